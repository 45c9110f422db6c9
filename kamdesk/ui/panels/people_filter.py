"""The People table's filter: a proxy that maps rows through two integer arrays.

Why not ``QSortFilterProxyModel``: it asks ``filterAcceptsRow`` (a call into Python) for
every row each time the source reorders, so sorting 10,000 people cost 10,000 calls on
top of the sort (≈ 0.2 s). Here the filter is a set of accepted people, computed once per
filter change over the model's prefolded text (one pass in C over 10,000 short strings);
a sort, an insert or a removal in the source only re-reads that set while remapping rows.
Rows are never rebuilt: the source model keeps them; this proxy only hides some.

The mapping is ``rows`` (proxy row → source row, in source order) and ``at`` (source row
→ proxy row, or -1). A row added or removed in the source is added or removed here
(if shown); a sort or a filter change is one layout change, with the persistent indexes
(the view's selection and current cell) carried over by person id.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from kamdesk.graph.queries import folded
from kamdesk.graph.types import DecisionRole, Level, Side, Stance
from kamdesk.ui.panels.people_model import ANSWERED, PeopleModel

Index = QModelIndex | QPersistentModelIndex
Ids = set[str]  # person ids (in the class, ``set`` names a method)


class PeopleFilter(QAbstractProxyModel):
    """Side, level, role and stance filters and a free text over name, title, department.

    Sorting is the source model's (``sort`` passes it on); this proxy only hides rows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side: Side | None = None
        self.level: Level | None = None
        self.role: DecisionRole | None = None
        self.stance: Stance | None = None
        self.presence: str | None = "here"  # "here", "left" (graph.leaving) or None: all
        self.text = ""
        self.rows: list[int] = []  # proxy row → source row
        self.at: list[int] = []  # source row → proxy row (-1: hidden)
        self.accepted: Ids | None = None  # None: everyone
        self.checked = 0  # people checked against the filter so far (tests count it)
        self._kept: list[tuple[str, int]] = []  # persistent indexes during a change
        self._removing = False

    # ------------------------------------------------------------------ wiring
    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt's name
        assert isinstance(model, PeopleModel)
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._reset)
        model.layoutAboutToBeChanged.connect(self._about_to_change)
        model.layoutChanged.connect(self._changed)
        model.rowsAboutToBeRemoved.connect(self._about_to_remove)
        model.rowsRemoved.connect(self._removed)
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(self._data_changed)
        self.beginResetModel()
        self._reset()

    def _source(self) -> PeopleModel:
        model = self.sourceModel()
        assert isinstance(model, PeopleModel)
        return model

    def _reset(self) -> None:
        """The source was reset (its begin was passed on as ours)."""
        self.accepted = self._accepted()
        self._map()
        self.endResetModel()

    def _about_to_change(self, *_args: object) -> None:
        """Before the source moves rows: remember each persistent index by person id."""
        self.layoutAboutToBeChanged.emit()
        ids, rows = self._source().ids, self.rows
        self._kept = [(ids[rows[i.row()]], i.column()) if i.isValid() else ("", 0)
                      for i in self.persistentIndexList()]

    def _changed(self, *_args: object) -> None:
        """After the source moved rows: map again, put persistent indexes back by id."""
        model = self._source()
        self._map()
        old = self.persistentIndexList()
        new = []
        for pid, column in self._kept[:len(old)]:
            row = model.row_of.get(pid)
            shown = self.at[row] if row is not None else -1
            new.append(self.index(shown, column) if shown >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self._kept = []
        self.layoutChanged.emit()

    def _about_to_remove(self, _parent: QModelIndex, first: int, last: int) -> None:
        # source order is kept here, so the shown rows among first..last are contiguous
        shown = [self.at[r] for r in range(first, last + 1) if self.at[r] >= 0]
        self._removing = bool(shown)
        if shown:
            self.beginRemoveRows(QModelIndex(), min(shown), max(shown))

    def _removed(self, *_args: object) -> None:
        self._map()
        if self._removing:
            self._removing = False
            self.endRemoveRows()

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """A person added (or back by undo) is checked against the filter."""
        new = self._source().ids[first:last + 1]
        count = len(new)
        if self.accepted is not None:
            now = self._passing(new)
            self.accepted = (self.accepted - set(new)) | now
            count = len(now)
        if not count:
            self._map()
            return
        at = bisect_left(self.rows, first)  # shown rows before the new ones stay put
        self.beginInsertRows(QModelIndex(), at, at + count - 1)
        self._map()
        self.endInsertRows()

    def _data_changed(self, first: QModelIndex, last: QModelIndex, roles: Any = ()) -> None:
        model = self._source()
        if self.accepted is not None:
            edited = model.ids[first.row():last.row() + 1]
            now = self._passing(edited)
            if any((p in now) != (p in self.accepted) for p in edited):
                self._about_to_change()
                self.accepted = (self.accepted - set(edited)) | now
                self._changed()
                return
        shown = [self.at[r] for r in range(first.row(), last.row() + 1) if self.at[r] >= 0]
        if shown:
            self.dataChanged.emit(self.index(min(shown), first.column()),
                                  self.index(max(shown), last.column()))

    # ------------------------------------------------------------------ filtering
    def set(self, **values: Any) -> None:
        for key, value in values.items():
            setattr(self, key, folded(value) if key == "text" else value)
        self._about_to_change()
        self.accepted = self._accepted()
        self._changed()

    def _accepted(self) -> Ids | None:
        """Who passes the filters (None: everyone, no filter is set)."""
        if self.side is None and self.level is None and self.role is None \
                and self.stance is None and not self.text and self.presence is None:
            return None
        return self._passing(self._source().ids)

    def _passing(self, ids: list[str]) -> Ids:
        """Those of ``ids`` who pass: one comprehension per filter over prefolded text,
        no row rebuilt, no call per row from Qt."""
        model = self._source()
        side, level, role, stance, text, presence = (
            self.side, self.level, self.role, self.stance, self.text, self.presence)
        self.checked += len(ids)
        found = ids
        if text:
            hay = model.haystack
            found = [p for p in found if text in hay[p]]
        graph = model.graph
        if graph is not None and presence is not None:
            here = presence == "here"
            person = graph.person
            found = [p for p in found if (person(p).left_on is None) == here]
        if graph is None or (side is None and level is None and role is None
                             and stance is None):
            return Ids(found)
        person = graph.person
        # combo boxes hand the enums back as plain str and int: compare by value (==)
        return {p for p in found if (side is None or person(p).side == side)
                and (level is None or person(p).level == level)
                and (role is None or person(p).decision_role == role)
                and (stance is None or person(p).stance == stance)}

    def _map(self) -> None:
        ids, accepted = self._source().ids, self.accepted
        if accepted is None:
            self.rows = list(range(len(ids)))
            self.at = list(self.rows)
            return
        self.rows = rows = [r for r, p in enumerate(ids) if p in accepted]
        at = [-1] * len(ids)
        for i, r in enumerate(rows):
            at[r] = i
        self.at = at

    def filterAcceptsRow(self, row: int, _parent: Index) -> bool:  # noqa: N802
        """Whether the source row passes the filters (the name Qt's own proxy uses)."""
        return self.at[row] >= 0

    # ------------------------------------------------------------------ the proxy
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source().sort(column, order)

    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802 - Qt's name
        if not index.isValid() or index.row() >= len(self.rows):
            return QModelIndex()
        return self._source().index(self.rows[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802 - Qt's name
        if not index.isValid() or index.row() >= len(self.at) or self.at[index.row()] < 0:
            return QModelIndex()
        return self.index(self.at[index.row()], index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self.rows)) \
                or not (0 <= column < self._source().columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, *index: Index) -> Any:
        """No row has a parent; ``parent()`` without an index is QObject's."""
        return QModelIndex() if index else QObject.parent(self)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._source().columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED or not index.isValid():  # most roles a paint asks for
            return None
        return self._source().data(self._source().index(self.rows[index.row()],
                                                        index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._source().headerData(section, orientation, role)
