"""Open action items (``actionsPanel``): of the account, or across the portfolio; overdue first.

Filter by owner; mark the chosen items done (one undo step). Items of other accounts are
shown with their account's name for the weekly review, read from the workspace only when
the portfolio view is asked for. They are marked done in their own account (open it from
the portfolio), because an edit belongs on that account's own undo stack.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
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
from kamdesk.ui import i18n
from kamdesk.ui.panels.desk import (
    RECORD_ID,
    RED,
    DeskPanel,
    data_of,
    word,
)
from kamdesk.ui.panels.fit import fit_columns
from kamdesk.ui.panels.portfolio_reader import PortfolioReader, reader_for

if TYPE_CHECKING:
    from kamdesk.store import Workspace

ALL = "*"


class Row(NamedTuple):
    account_id: str
    account: str
    item: ActionItem
    owner: str
    meeting: str


class ActionsPanel(DeskPanel):
    OBJECT_NAME = "actionsPanel"
    OPENS = "ActionItem"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ActionsPanel", "Actions")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader: PortfolioReader | None = None
        self.shown: list[Row] = []  # the open items, overdue first
        self.visible: list[Row] = []  # the rows, after the owner filter
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
        # a long owner's name is elided in the drop-down, not a window wider than 1280 px
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner.setMinimumContentsLength(18)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Owner")))
        bar.addWidget(self.owner, 1)
        bar.addWidget(self.portfolio)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_workspace(self, workspace: Workspace) -> None:
        self.reader = reader_for(workspace)

    def concerns(self, changes: ChangeSet) -> bool:
        return any(isinstance(c.entity, ActionItem | Meeting | Account | Person)
                   for c in changes)

    # ------------------------------------------------------------------ filling
    def _items(self) -> list[Row]:
        """(account id, account name, item, owner's name, meeting title) of every open item."""
        graph = self.graph
        if graph is None:
            return []
        rows: list[Row] = []
        if self.portfolio.isChecked() and self.reader is not None:
            for d in self.reader.digests(None):
                if d.account.id != graph.id:
                    rows += [Row(d.account.id, d.account.name, o.item, o.owner, o.meeting)
                             for o in d.actions]
        meetings = graph.records(Meeting)
        people = graph.people
        rows += [Row(graph.id, graph.account.name, a,
                     people[a.owner_id].name if a.owner_id in people else "",
                     meetings[a.meeting_id].title if a.meeting_id in meetings else "")
                 for a in graph.records(ActionItem).values() if not a.is_closed]
        return rows

    def fill(self) -> None:
        today = date.today()
        rows = self._items()
        order = {a.id: i for i, a in enumerate(open_actions((r.item for r in rows), today))}
        self.shown = sorted(rows, key=lambda r: order[r.item.id])
        keep = data_of(self.owner)
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("(everyone)"), ALL)
        names = sorted({r.owner for r in self.shown if r.owner}, key=str.casefold)
        for name in names:
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(keep)))
        self.owner.blockSignals(False)
        self._fill_table()
        self.table.setColumnHidden(5, not self.portfolio.isChecked())

    def _fill_table(self) -> None:
        today = date.today()
        wanted = data_of(self.owner)
        rows = [r for r in self.shown if wanted in (None, ALL) or r.owner == wanted]
        self.table.setRowCount(len(rows))
        overdue = 0
        for r, row in enumerate(rows):
            a = row.item
            cells = [i18n.day(a.due), a.what, row.owner or "—",
                     word(a.status), row.meeting, row.account]
            late = is_overdue(a, today)
            overdue += late
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ID, a.id)
                if late:
                    item.setForeground(RED)
                self.table.setItem(r, c, item)
        self.visible = rows
        fit_columns(self.table, 1)
        self.summary.setText(self.tr("%1 open, %2 overdue").replace("%1", str(len(rows)))
                             .replace("%2", str(overdue)))
        self._selection()

    def _selected(self) -> list[ActionItem]:
        """The chosen items of the open account (others are changed in their own account)."""
        graph = self.graph
        if graph is None:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.visible[r].item for r in rows if self.visible[r].account_id == graph.id]

    def _selection(self) -> None:
        self.done_button.setEnabled(bool(self._selected()))

    def choose(self, record_id: str) -> None:
        self.portfolio.setChecked(False)
        self.owner.setCurrentIndex(0)
        self.refresh()
        for r, row in enumerate(self.visible):
            if row.item.id == record_id:
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
