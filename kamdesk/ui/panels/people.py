"""Every person of the account in a sortable, filterable table, edited in place.

The model reads the graph and mirrors its change events; ``setData`` sends the new value
through ``AccountDocument``, so an edit in a cell is the same undo step as one in the editor.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Person
from kamdesk.graph.queries import folded
from kamdesk.graph.types import DecisionRole, Level, Side, Stance
from kamdesk.ui.chart.cards import level_names, role_names, stance_names
from kamdesk.ui.document import AccountDocument, follow

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("name", "title", "department", "side", "level", "decision_role", "stance",
           "influence", "manager", "last_contact")
EDITABLE = {"name", "title", "department", "level", "decision_role", "stance", "influence",
            "last_contact"}


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph: AccountGraph | None = None
        self.document: AccountDocument | None = None
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}
        self.headers = [self.tr("Name"), self.tr("Title"), self.tr("Department"),
                        self.tr("Side"), self.tr("Level"), self.tr("Role"), self.tr("Stance"),
                        self.tr("Influence"), self.tr("Manager"), self.tr("Last contact")]
        self.sides = {Side.CLIENT: self.tr("client"), Side.INTERNAL: self.tr("ours")}
        self.levels = level_names()
        self.roles = role_names()
        self.stances = stance_names()

    def set_account(self, graph: AccountGraph | None, document: AccountDocument | None) -> None:
        follow(self.graph, graph, self._on_changes)
        self.beginResetModel()
        self.graph, self.document = graph, document
        self._rows()
        self.endResetModel()

    def _rows(self) -> None:
        self.ids = list(self.graph.people) if self.graph is not None else []
        self.row_of = {pid: row for row, pid in enumerate(self.ids)}

    def _on_changes(self, changes: ChangeSet) -> None:
        people = [c for c in changes if isinstance(c.entity, Person)]
        if any(c.is_add or c.is_remove for c in people) or len(people) > 50:
            self.beginResetModel()
            self._rows()
            self.endResetModel()
            return
        touched = {c.entity.id for c in people}
        # a change of manager shows in the manager column of the person who moved
        touched |= {getattr(c.entity, "source", "") for c in changes}
        for pid in touched:
            row = self.row_of.get(pid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if COLUMNS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def person(self, row: int) -> Person:
        assert self.graph is not None
        return self.graph.person(self.ids[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.graph is None:
            return None
        p = self.person(index.row())
        field = COLUMNS[index.column()]
        if role == ID_ROLE:
            return p.id
        if role == SORT_ROLE:
            value = self._value(p, field)
            return value if isinstance(value, int | str) else str(value or "")
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(p, field)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(p, field)
        return None

    def _value(self, p: Person, field: str) -> object:
        if field == "manager":
            assert self.graph is not None
            boss = self.graph.manager_of(p.id)
            return self.graph.person(boss).name if boss is not None else ""
        value = getattr(p, field)
        if field == "decision_role":
            return value.value if value is not None else ""
        return int(value) if field == "level" else value

    def _shown(self, p: Person, field: str) -> str:
        if field == "side":
            return self.sides[p.side]
        if field == "level":
            return self.levels[p.level]
        if field == "decision_role":
            return self.roles[p.decision_role] if p.decision_role is not None else ""
        if field == "stance":
            return self.stances[p.stance]
        if field == "last_contact":
            return p.last_contact.isoformat() if p.last_contact is not None else ""
        return str(self._value(p, field))

    def _edit_value(self, p: Person, field: str) -> object:
        if field in ("level", "influence"):
            return int(getattr(p, field))
        return self._shown(p, field)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.document is None:
            return False
        p = self.person(index.row())
        try:
            changed = p._replace(**{COLUMNS[index.column()]: self._parse(
                COLUMNS[index.column()], value)})
        except (ValueError, KeyError) as error:
            self.document.report(self.tr("Cannot change this cell"), str(error))
            return False
        if changed == p:
            return False
        return self.document.update_person(changed)

    def _parse(self, field: str, value: Any) -> object:
        text = str(value).strip()
        if field in ("level", "influence"):
            number = int(text.split()[0].lstrip("L")) if text else 0
            return Level(number) if field == "level" else number
        if field == "decision_role":
            back = {v: k for k, v in self.roles.items()}
            return back[text] if text in back else (DecisionRole(text) if text else None)
        if field == "stance":
            back_s = {v: k for k, v in self.stances.items()}
            return back_s[text] if text in back_s else Stance(text)
        if field == "last_contact":
            return date.fromisoformat(text) if text else None
        return str(value)


class PeopleFilter(QSortFilterProxyModel):
    """Side, level, role and stance filters and a free text over name, title, department."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side: Side | None = None
        self.level: Level | None = None
        self.role: DecisionRole | None = None
        self.stance: Stance | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set(self, **values: Any) -> None:
        for key, value in values.items():
            setattr(self, key, folded(value) if key == "text" else value)
        self.beginFilterChange()  # Qt 6.10's replacement of invalidateRowsFilter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        assert isinstance(model, PeopleModel)
        p = model.person(row)
        # combo boxes hand the enums back as plain str and int: compare by value
        if self.side is not None and p.side != self.side:
            return False
        if self.level is not None and p.level != self.level:
            return False
        if self.role is not None and p.decision_role != self.role:
            return False
        if self.stance is not None and p.stance != self.stance:
            return False
        if self.text:
            return any(self.text in folded(x) for x in (p.name, p.title, p.department))
        return True


class PeoplePanel(QWidget):
    """The table with its filter bar; the table itself is ``peopleTable``."""

    PLACE = "tab"
    OBJECT_NAME = "peoplePanel"
    DELETE_KEY = True

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("PeoplePanel", "People")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.document: AccountDocument | None = None
        self.model = PeopleModel(self)
        self._pending: tuple[AccountGraph | None, AccountDocument | None] | None = None
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="peopleTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the graph's order at first
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 220, 160, 70, 110, 140, 90, 70, 180)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.text = QLineEdit(objectName="peopleFilterText",
                              placeholderText=self.tr("Filter by name, title, department"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(lambda value: self.proxy.set(text=value))
        bar = QHBoxLayout()
        bar.addWidget(self.text, 2)
        sides = {self.tr("client"): Side.CLIENT, self.tr("ours"): Side.INTERNAL}
        self.side_box = self._choice("peopleFilterSide", self.tr("Both sides"), sides, "side")
        self.level_box = self._choice("peopleFilterLevel", self.tr("All levels"),
                                      {v: Level(k) for k, v in level_names().items()}, "level")
        self.role_box = self._choice("peopleFilterRole", self.tr("All roles"),
                                     {v: k for k, v in role_names().items()}, "role")
        self.stance_box = self._choice("peopleFilterStance", self.tr("All stances"),
                                       {v: k for k, v in stance_names().items()}, "stance")
        for box in (self.side_box, self.level_box, self.role_box, self.stance_box):
            bar.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _choice(self, name: str, everything: str, values: dict[str, Any],
                key: str) -> QComboBox:
        box = QComboBox(objectName=name)
        box.addItem(everything, None)
        for label, value in values.items():
            box.addItem(label, value)
        def apply(_index: int) -> None:
            self.proxy.set(**{key: box.currentData()})
        box.currentIndexChanged.connect(apply)
        return box

    def set_document(self, document: AccountDocument | None) -> None:
        if self.document is not None:
            self.document.selectionChanged.disconnect(self.select)
        self.document = document
        if document is not None:
            document.selectionChanged.connect(self.select)
        self.set_account(document.graph if document is not None else None, document)

    def set_account(self, graph: AccountGraph | None, document: AccountDocument | None) -> None:
        """Shown at once if the table is on screen, else when it is first shown: filling
        the filter over 50,000 rows is wasted on an account the user only charts."""
        self._pending = (graph, document)
        if self.isVisible() or graph is None:
            self._fill()

    def _fill(self) -> None:
        if self._pending is not None:
            graph, document = self._pending
            self._pending = None
            self.model.set_account(graph, document)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._fill()
        super().showEvent(event)

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.document is not None:
            self.document.select(self.proxy.data(current, ID_ROLE))

    def select(self, pid: str | None) -> None:
        if self._pending is not None:
            return
        row = self.model.row_of.get(pid or "")
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and index != self.table.currentIndex():
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(index)
            self.table.selectionModel().blockSignals(False)
            self.table.scrollTo(index)

