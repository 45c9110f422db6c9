"""The People tab: every person of the account in a sortable, filterable table, edited in place.

The model (``people_model``) mirrors the graph; this module is the panel around it: a filter
bar (the free text is applied a moment after typing stops, so a 10,000-row table does not
re-filter on every key), the table, and drop-downs for the cells that take a word from the
vocabulary (level, decision role, stance) instead of free text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.types import DecisionRole, Level, Side, Stance
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument
from kamdesk.ui.panels.people_filter import PeopleFilter
from kamdesk.ui.panels.people_model import CHOICES_ROLE, ID_ROLE, PeopleModel

Index = QModelIndex | QPersistentModelIndex
FILTER_DELAY_MS = 200


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the words the model offers for a cell (``CHOICES_ROLE``)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent, objectName="cellChoice")
        for value, word in choices:
            box.addItem(word, value)
        box.activated.connect(lambda _i: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


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
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
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
        self.text.setMinimumWidth(160)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.proxy.set(text=self.text.text()))
        self.text.textChanged.connect(lambda _t: self._filter_timer.start())
        words = i18n.words()
        self.side_box = self._choice("peopleFilterSide", self.tr("Both sides"),
                                     [(s, words.enum(s)) for s in Side], "side")
        self.level_box = self._choice("peopleFilterLevel", self.tr("All levels"),
                                      [(lv, words.level(lv)) for lv in Level], "level")
        self.role_box = self._choice("peopleFilterRole", self.tr("All roles"),
                                     [(r, words.enum(r)) for r in DecisionRole], "role")
        self.stance_box = self._choice("peopleFilterStance", self.tr("All stances"),
                                       [(s, words.enum(s)) for s in Stance], "stance")
        self.presence_box = self._choice("peopleFilterLeft", self.tr("Everyone"),
                                         [("here", self.tr("At the client now")),
                                          ("left", self.tr("People who left"))], "presence")
        self.presence_box.setCurrentIndex(1)  # who left: listed on request (graph.leaving)
        # the text filter on its own row, the choices below it at their full width: in
        # one row at 1280×800 the Russian words were cut to stubs ("Обе сторон")
        choices = QHBoxLayout()
        for box in (self.side_box, self.level_box, self.role_box, self.stance_box,
                    self.presence_box):
            choices.addWidget(box)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)

    def _choice(self, name: str, everything: str, values: list[tuple[Any, str]],
                key: str) -> QComboBox:
        box = QComboBox(objectName=name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.addItem(everything, None)
        for value, label in values:
            box.addItem(label, value)

        def apply(_index: int) -> None:
            self.proxy.set(**{key: box.currentData()})
        box.currentIndexChanged.connect(apply)
        return box

    def filter_now(self) -> None:
        """Apply the typed filter at once (Enter; tests)."""
        self._filter_timer.stop()
        self.proxy.set(text=self.text.text())

    # ------------------------------------------------------------------ the document
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
            if document is not None:
                self.select(document.selected)

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
