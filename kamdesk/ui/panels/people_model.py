"""The people table's model over the graph, and its filter.

``PeopleModel`` keeps the account's people in its own row order with a precomputed sort key
per cell (names folded: case-free, ё as е, so Cyrillic sorts as a Russian reader expects)
and a folded haystack per row for the text filter. Sorting is one ``list.sort`` over those
keys (not a Python comparison per pair through the proxy); filtering (``people_filter``)
hides rows through an index array, never rebuilds them. Change events update only the rows
they touch: an added person gets a row, a removed one loses it, and a person brought back
by undo returns to the row it left. ``setData`` sends the new value through the
``AccountDocument``, so an edit in a cell is the same undo step as one in the editor.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.queries import folded
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side, Stance
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument, follow

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3  # [(value, word)] a drop-down offers
COLUMNS = ("name", "title", "department", "side", "level", "decision_role", "stance",
           "influence", "manager", "last_contact")
EDITABLE = {"name", "title", "department", "level", "decision_role", "stance", "influence",
            "last_contact"}
ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, ID_ROLE,
                      SORT_ROLE, CHOICES_ROLE})
RESET_ABOVE = 200  # a change set touching more people than this resets the model


LEFT_GREY = QColor("#8a8f96")


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph: AccountGraph | None = None
        self.document: AccountDocument | None = None
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}
        self.keys: dict[str, tuple[Any, ...]] = {}  # pid → a sort key per column
        self.haystack: dict[str, str] = {}  # pid → folded name, title, department
        self._gone: dict[str, int] = {}  # removed person → the row they left
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self.headers = [self.tr("Name"), self.tr("Title"), self.tr("Department"),
                        self.tr("Side"), self.tr("Level"), self.tr("Role"), self.tr("Stance"),
                        self.tr("Influence"), self.tr("Manager"), self.tr("Last contact")]
        words = i18n.words()
        self.words = words
        self.sides = {side: words.enum(side) for side in Side}

    def set_account(self, graph: AccountGraph | None, document: AccountDocument | None) -> None:
        follow(self.graph, graph, self._on_changes)
        self.beginResetModel()
        self.graph, self.document = graph, document
        self._gone = {}
        self._rows()
        self.endResetModel()

    def _rows(self) -> None:
        self.ids = list(self.graph.people) if self.graph is not None else []
        self.keys, self.haystack = {}, {}
        for pid in self.ids:
            self._key(pid)
        if self._sorted is not None:
            self._sort_ids(*self._sorted)
        self.row_of = {pid: row for row, pid in enumerate(self.ids)}

    def _key(self, pid: str) -> None:
        assert self.graph is not None
        p = self.graph.person(pid)
        boss = self.graph.manager_of(pid)
        role = self.words.enum(p.decision_role) if p.decision_role is not None else ""
        self.keys[pid] = (folded(p.name), folded(p.title), folded(p.department),
                          p.side.value, int(p.level), folded(role),
                          list(Stance).index(p.stance), p.influence,
                          folded(self.graph.person(boss).name) if boss else "",
                          p.last_contact.isoformat() if p.last_contact else "")
        self.haystack[pid] = "\n".join((folded(p.name), folded(p.title), folded(p.department)))

    def _on_changes(self, changes: ChangeSet) -> None:
        assert self.graph is not None
        people = [c for c in changes if isinstance(c.entity, Person)]
        if len(people) > RESET_ABOVE:
            self.beginResetModel()
            self._rows()
            self.endResetModel()
            return
        for change in people:
            pid = change.entity.id
            if change.is_remove and pid in self.row_of:
                row = self.row_of[pid]
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.ids[row]
                self.keys.pop(pid, None)
                self.haystack.pop(pid, None)
                self._gone[pid] = row
                self.row_of = {p: r for r, p in enumerate(self.ids)}
                self.endRemoveRows()
            elif change.is_add and pid not in self.row_of:
                row = min(self._gone.pop(pid, len(self.ids)), len(self.ids))
                self.beginInsertRows(QModelIndex(), row, row)
                self.ids.insert(row, pid)
                self._key(pid)
                self.row_of = {p: r for r, p in enumerate(self.ids)}
                self.endInsertRows()
        touched = {c.entity.id for c in people if not c.is_remove}
        # a change of manager shows in the manager column of the person who moved; a
        # renamed manager in the column of each report
        for c in changes:
            if isinstance(c.entity, Link) and c.entity.kind is LinkKind.REPORTS_TO:
                touched.add(c.entity.source)
        for c in people:
            if c.after is not None and c.before is not None and c.before.name != c.after.name:
                touched.update(self.graph.solid_reports(c.entity.id))
        for pid in touched:
            row = self.row_of.get(pid)
            if row is not None and pid in self.graph.people:
                self._key(pid)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # ------------------------------------------------------------------ sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the precomputed keys (column -1: the account's own order)."""
        self.layoutAboutToBeChanged.emit()
        before = list(self.ids)
        persistent = self.persistentIndexList()
        if column < 0:
            self._sorted = None
            kept = set(before)
            self.ids = [pid for pid in (self.graph.people if self.graph else ()) if pid in kept]
        else:
            self._sorted = (column, order)
            self._sort_ids(column, order)
        self.row_of = {pid: row for row, pid in enumerate(self.ids)}
        self.changePersistentIndexList(
            persistent, [self.index(self.row_of[before[i.row()]], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _sort_ids(self, column: int, order: Qt.SortOrder) -> None:
        keys = self.keys
        self.ids.sort(key=lambda pid: keys[pid][column],
                      reverse=order is Qt.SortOrder.DescendingOrder)

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
        field = COLUMNS[index.column()]
        if field not in EDITABLE:
            return base
        if field == "decision_role" and self.person(index.row()).side is Side.INTERNAL:
            return base  # a decision role is the client's: not offered for our people
        return base | Qt.ItemFlag.ItemIsEditable

    def person(self, row: int) -> Person:
        assert self.graph is not None
        return self.graph.person(self.ids[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a painted cell is asked for a dozen roles, most of which we leave to the style:
        # answer those first, before any lookup (the table's paint is mostly these calls)
        if role not in ANSWERED or not index.isValid() or self.graph is None:
            return None
        pid = self.ids[index.row()]
        p = self.graph.person(pid)
        field = COLUMNS[index.column()]
        if role == ID_ROLE:
            return pid
        if role == SORT_ROLE:
            return self.keys[pid][index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(p, field)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(p, field)
        if role == CHOICES_ROLE:
            return self.choices(field)
        if role == Qt.ItemDataRole.ForegroundRole and p.left_on is not None:
            return LEFT_GREY  # one who left, listed on request
        return None

    def choices(self, field: str) -> list[tuple[object, str]] | None:
        """What a drop-down offers for ``field`` (None: a plain editor)."""
        if field == "level":
            return [(level, self.words.level(level)) for level in Level]
        if field == "stance":
            return [(stance, self.words.enum(stance)) for stance in Stance]
        if field == "decision_role":
            return [(None, "—"), *((r, self.words.enum(r)) for r in DecisionRole)]
        return None

    def _shown(self, p: Person, field: str) -> str:
        if field == "side":
            return self.sides[p.side]
        if field == "level":
            return self.words.level(p.level)
        if field in ("decision_role", "stance"):
            value = getattr(p, field)
            return self.words.enum(value) if value is not None else ""
        if field == "last_contact":
            return p.last_contact.isoformat() if p.last_contact is not None else ""
        if field == "manager":
            assert self.graph is not None
            boss = self.graph.manager_of(p.id)
            return self.graph.person(boss).name if boss is not None else ""
        return str(getattr(p, field))

    def _edit_value(self, p: Person, field: str) -> object:
        if field in ("level", "decision_role", "stance"):
            return getattr(p, field)
        if field == "influence":
            return p.influence
        return self._shown(p, field)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.document is None:
            return False
        p = self.person(index.row())
        field = COLUMNS[index.column()]
        try:
            changed = p._replace(**{field: self._parse(field, value)})
        except (ValueError, KeyError):
            self.document.report(self.tr("Cannot change this cell"),
                                 self.tr("“%1” is not a valid value here.").replace(
                                     "%1", str(value)))
            return False
        if changed == p:
            return False
        return self.document.update_person(changed)

    def _parse(self, field: str, value: Any) -> object:
        if isinstance(value, Enum) or (value is None and field == "decision_role"):
            return value
        text = str(value).strip()
        if field == "influence":
            return int(text)
        if field in ("level", "stance", "decision_role"):
            for member, word in self.choices(field) or []:
                if text.casefold() in (word.casefold(), str(getattr(member, "value", ""))):
                    return member
            raise ValueError(text)
        if field == "last_contact":
            return date.fromisoformat(text) if text else None
        return str(value)
