"""The RACI map (``raciTable``): activities × our departments or people, a letter per cell.

Click a cell to step it through R, A, C, I and empty, or type the letter (Delete clears;
a Russian layout's keys work too); any other letter is refused with the domain's message.
A row without exactly one A and at least one R is marked red with what is wrong, at once,
as the user types. "Add the template" adds the activities a KAM coordinates that the account
does not have yet, in one undo step. Every cell is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import raci
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import RaciActivity, new_id
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import RaciValue
from kamdesk.ui.panels.desk import (
    RECORD_ID,
    RED,
    DeskPanel,
    data_of,
    language,
    ours,
    put,
)
from kamdesk.ui.panels.fit import fit_columns

CYCLE = [None, RaciValue.RESPONSIBLE, RaciValue.ACCOUNTABLE, RaciValue.CONSULTED,
         RaciValue.INFORMED]
INVALID = QColor("#fdecea")


class RaciGrid(QTableWidget):
    """The table: keys on a cell become letters (``typed``); clicks step the letter."""

    typed = Signal(int, int, str)  # row, column, text ("" clears)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        text = event.text().strip()
        if index.isValid() and index.column() > 0:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space):
                self.typed.emit(index.row(), index.column(), "")
                return
            if text.isalpha() and len(text) == 1:
                self.typed.emit(index.row(), index.column(), text)
                return
        super().keyPressEvent(event)


class RaciPanel(DeskPanel):
    OBJECT_NAME = "raciTable"
    OPENS = "RaciActivity"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("RaciPanel", "RACI")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RaciActivity] = []
        self.parties: list[str] = []
        self.extra: list[str] = []  # columns added in the view that hold no letter yet
        self.grid = RaciGrid(0, 0, objectName="raciGrid")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.cellClicked.connect(self._clicked)
        self.grid.cellDoubleClicked.connect(self._rename)
        self.grid.typed.connect(self._typed)
        self.grid.itemChanged.connect(self._renamed)
        self.party = QComboBox(objectName="raciParty")
        self.party.setEditable(True)
        self.party.lineEdit().setPlaceholderText(self.tr("Department or person of ours"))
        add_party = QPushButton(self.tr("Add column"), objectName="raciAddParty")
        add_party.clicked.connect(self.add_party)
        add = QPushButton(self.tr("Add activity"), objectName="raciAddActivity")
        add.clicked.connect(self.add_activity)
        remove = QPushButton(self.tr("Remove activity"), objectName="raciRemoveActivity")
        remove.clicked.connect(self.remove_activity)
        template = QPushButton(self.tr("Add the template"), objectName="raciTemplate")
        template.setToolTip(self.tr("Delivery, service and support, documentation, contract "
                                    "approval, claims and warranties, payments and credit "
                                    "terms, training"))
        template.clicked.connect(self.add_template)
        bar = QHBoxLayout()
        for w in (add, remove, template):
            bar.addWidget(w)
        bar.addStretch(1)
        # the columns on a row of their own: beside the rows' buttons the name field was
        # squeezed to "Наш о…" and the panel wider than its room at 1280×800
        columns = QHBoxLayout()
        columns.addWidget(self.party, 1)
        columns.addWidget(add_party)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(columns)
        layout.addWidget(self.grid, 1)

    def concerns(self, changes: ChangeSet) -> bool:
        return any(type(c.entity).__name__ in ("RaciActivity", "Person") for c in changes)

    # ------------------------------------------------------------------ filling
    def _party_name(self, graph: AccountGraph, party: str) -> str:
        person = graph.people.get(party)
        return person.name if person is not None else party

    def fill(self) -> None:
        graph = self.graph
        self.rows = sorted(graph.records(RaciActivity).values(),
                           key=lambda a: a.position) if graph is not None else []
        used = raci.parties(self.rows)
        self.extra = [p for p in self.extra if p not in used]
        self.parties = used + self.extra
        self.grid.blockSignals(True)
        self.grid.setColumnCount(len(self.parties) + 2)
        self.grid.setRowCount(len(self.rows))
        names = [self._party_name(graph, p) for p in self.parties] if graph else []
        self.grid.setHorizontalHeaderLabels([self.tr("Activity"), *names, self.tr("Check")])
        for r, act in enumerate(self.rows):
            first = put(self.grid, r, 0, act.name)
            first.setData(RECORD_ID, act.id)
            cells = dict(act.assignments)
            for c, party in enumerate(self.parties, 1):
                value = cells.get(party)
                item = put(self.grid, r, c, value.value if value is not None else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setForeground(self.palette().text().color())
                item.setToolTip(self._word(value) if value is not None else "")
            self._mark(r, act)
        fit_columns(self.grid, 0)
        self.grid.blockSignals(False)
        self._fill_party_choices(graph)

    def _word(self, value: RaciValue) -> str:
        from kamdesk.graph.vocabulary import vocabulary

        return vocabulary(language()).enum(value)

    def _mark(self, row: int, act: RaciActivity) -> None:
        """Colour an invalid row and say what is wrong in its last column."""
        found = raci.problems(act.assignments)
        texts = {raci.RaciProblem.NO_ACCOUNTABLE: self.tr("no A"),
                 raci.RaciProblem.SEVERAL_ACCOUNTABLE: self.tr("more than one A"),
                 raci.RaciProblem.NO_RESPONSIBLE: self.tr("no R")}
        check = put(self.grid, row, len(self.parties) + 1,
                    ", ".join(texts[p] for p in found) if found else "✓")
        check.setForeground(RED if found else QColor("#2e7d32"))
        brush = QBrush(INVALID) if found else QBrush()
        for c in range(len(self.parties) + 2):
            item = self.grid.item(row, c)
            if item is not None:
                item.setBackground(brush)

    def _fill_party_choices(self, graph: AccountGraph | None) -> None:
        self.party.clear()
        if graph is None:
            return
        departments = sorted({p.department for p in ours(graph) if p.department},
                             key=str.casefold)
        for d in departments:
            if d not in self.parties:
                self.party.addItem(d, d)
        for p in sorted(ours(graph), key=lambda p: (p.level, p.name)):
            if p.id not in self.parties:
                self.party.addItem(f"{p.name} · {p.title}" if p.title else p.name, p.id)
        self.party.setCurrentIndex(-1)

    # ------------------------------------------------------------------ edits
    def _set(self, row: int, column: int, value: RaciValue | None) -> bool:
        if not 0 <= row < len(self.rows) or not 1 <= column <= len(self.parties):
            return False
        act = self.rows[row]
        after = raci.set_cell(act, self.parties[column - 1], value)
        if after == act:
            return True
        return self.edit(self.tr("Set RACI cell"), lambda g: g.update_record(after))

    def _clicked(self, row: int, column: int) -> None:
        if not 1 <= column <= len(self.parties):
            return
        current = dict(self.rows[row].assignments).get(self.parties[column - 1])
        following = CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)]
        self._set(row, column, following)

    def _typed(self, row: int, column: int, text: str) -> None:
        try:
            value = raci.letter(text)
        except DomainError as error:
            if self.document is not None:
                self.document.report(self.tr("Not a RACI letter"), self.document.words(error))
            return
        if self._set(row, column, value):
            self.grid.setCurrentCell(row, min(column + 1, len(self.parties)))

    def _rename(self, row: int, column: int) -> None:
        if column == 0:
            self.grid.editItem(self.grid.item(row, 0))

    def _renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or not 0 <= item.row() < len(self.rows):
            return
        act = self.rows[item.row()]
        if item.text() != act.name:
            after = act._replace(name=item.text())
            if not self.edit(self.tr("Rename activity"), lambda g: g.update_record(after)):
                self.refresh()

    def add_party(self) -> None:
        index = self.party.currentIndex()
        text = self.party.currentText().strip()
        party = data_of(self.party) if index >= 0 and \
            self.party.itemText(index) == text else text
        if party and party not in self.parties:
            self.extra.append(party)
            self.refresh()

    def add_activity(self) -> None:
        graph = self.graph
        if graph is None:
            return
        position = max((a.position for a in self.rows), default=-1) + 1
        act = RaciActivity(new_id(), graph.id, self.tr("New activity"), position)
        if self.edit(self.tr("Add activity"), lambda g: g.add_record(act)):
            self.grid.setCurrentCell(len(self.rows) - 1, 0)

    def remove_activity(self) -> None:
        row = self.grid.currentRow()
        if 0 <= row < len(self.rows):
            gone = self.rows[row].id
            self.edit(self.tr("Remove activity"), lambda g: g.remove_record(RaciActivity, gone))

    def add_template(self) -> None:
        graph = self.graph
        if graph is None:
            return
        made = raci.from_template(graph.id, self.rows, language())
        if not made:
            return

        def edit(g: AccountGraph) -> ChangeSet:
            with g.batch() as collected:
                for act in made:
                    g.add_record(act)
            return tuple(collected)
        self.edit(self.tr("Add the RACI template"), edit)

    def choose(self, record_id: str) -> None:
        for r, act in enumerate(self.rows):
            if act.id == record_id:
                self.grid.setCurrentCell(r, 0)
                self.grid.scrollTo(self.grid.model().index(r, 0), QTableWidget.ScrollHint.
                                   PositionAtCenter)

