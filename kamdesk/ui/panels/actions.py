"""Open action items (``actionsPanel``): of the account, or across the portfolio; overdue first.

Filter by owner; mark the chosen items done (one undo step). Items of other accounts are
shown with their account's name for the weekly review, read from the workspace only when
the portfolio view is asked for. They are marked done in their own account (open it from
the portfolio), because an edit belongs on that account's own undo stack.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Account, ActionItem, Meeting, Person
from kamdesk.graph.meetings import done, is_overdue, open_actions
from kamdesk.ui.panels.desk import RED, DeskPanel, data_of, word

if TYPE_CHECKING:
    from kamdesk.store import Workspace

RECORD_ID = Qt.ItemDataRole.UserRole
ALL = "*"


class ActionsPanel(DeskPanel):
    OBJECT_NAME = "actionsPanel"
    OPENS = "ActionItem"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ActionsPanel", "Actions")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.others: dict[str, tuple[Account, AccountGraph]] = {}  # loaded on demand
        self.shown: list[tuple[str, ActionItem]] = []  # (account id, item), open ones
        self.visible: list[tuple[str, ActionItem]] = []  # the rows, after the owner filter
        self.graphs: dict[str, AccountGraph] = {}
        self.portfolio = QCheckBox(self.tr("Across the portfolio"), objectName="actionsPortfolio")
        self.portfolio.toggled.connect(lambda _on: self.refresh())
        self.owner = QComboBox(objectName="actionsOwner")
        self.owner.currentIndexChanged.connect(lambda _i: self._fill_table())
        self.done_button = QPushButton(self.tr("Mark done"), objectName="actionsDone")
        self.done_button.clicked.connect(self.mark_done)
        self.summary = QLabel(objectName="actionsSummary")
        self.table = QTableWidget(0, 6, objectName="actionsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Due"), self.tr("What"), self.tr("Who"), self.tr("Status"),
            self.tr("Meeting"), self.tr("Account")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Owner")))
        bar.addWidget(self.owner)
        bar.addWidget(self.portfolio)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.others.clear()

    def concerns(self, changes: ChangeSet) -> bool:
        return any(isinstance(c.entity, ActionItem | Meeting | Account | Person)
                   for c in changes)

    # ------------------------------------------------------------------ filling
    def _graphs(self) -> list[AccountGraph]:
        graph = self.graph
        if graph is None:
            return []
        if not self.portfolio.isChecked() or self.workspace is None:
            return [graph]
        found = [graph]
        for account in self.workspace.accounts():
            if account.id == graph.id:
                continue
            kept = self.others.get(account.id)
            if kept is None or kept[0] != account:
                kept = (account, self.workspace.load(account.id))
                self.others[account.id] = kept
            found.append(kept[1])
        return found

    def fill(self) -> None:
        today = date.today()
        graphs = {g.id: g for g in self._graphs()}
        owner_of = {a.id: gid for gid, g in graphs.items()
                    for a in g.records(ActionItem).values()}
        items = open_actions((a for g in graphs.values() for a in g.records(ActionItem).values()),
                             today)
        self.shown = [(owner_of[a.id], a) for a in items]
        self.graphs = graphs
        keep = data_of(self.owner)
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("(everyone)"), ALL)
        names: dict[str, str] = {}
        for gid, a in self.shown:
            person = graphs[gid].people.get(a.owner_id or "")
            if person is not None:
                names.setdefault(person.id, person.name)
        for pid, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            self.owner.addItem(name, pid)
        self.owner.setCurrentIndex(max(0, self.owner.findData(keep)))
        self.owner.blockSignals(False)
        self._fill_table()
        self.table.setColumnHidden(5, not self.portfolio.isChecked())

    def _fill_table(self) -> None:
        today = date.today()
        wanted = data_of(self.owner)
        rows = [(gid, a) for gid, a in self.shown
                if wanted in (None, ALL) or a.owner_id == wanted]
        self.table.setRowCount(len(rows))
        overdue = 0
        for r, (gid, a) in enumerate(rows):
            g = self.graphs[gid]
            meeting = g.records(Meeting).get(a.meeting_id or "")
            cells = [a.due.isoformat() if a.due else "", a.what,
                     g.people[a.owner_id].name if a.owner_id in g.people else "—",
                     word(a.status), meeting.title if meeting else "", g.account.name]
            late = is_overdue(a, today)
            overdue += late
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ID, a.id)
                if late:
                    item.setForeground(RED)
                self.table.setItem(r, c, item)
        self.visible = rows
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(self.tr("%1 open, %2 overdue").replace("%1", str(len(rows)))
                             .replace("%2", str(overdue)))
        self._selection()

    def _selected(self) -> list[ActionItem]:
        """The chosen items of the open account (others are changed in their own account)."""
        graph = self.graph
        if graph is None:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [a for gid, a in (self.visible[r] for r in rows) if gid == graph.id]

    def _selection(self) -> None:
        self.done_button.setEnabled(bool(self._selected()))

    def choose(self, record_id: str) -> None:
        self.portfolio.setChecked(False)
        self.owner.setCurrentIndex(0)
        self.refresh()
        for r, (_gid, a) in enumerate(self.visible):
            if a.id == record_id:
                self.table.selectRow(r)

    # ------------------------------------------------------------------ edits
    def mark_done(self) -> None:
        chosen = self._selected()
        if not chosen:
            return

        def edit(g: AccountGraph) -> ChangeSet:
            with g.batch() as collected:
                for a in chosen:
                    g.update_record(done(g.record(ActionItem, a.id)))
            return tuple(collected)
        self.edit(self.tr("Mark done"), edit)
