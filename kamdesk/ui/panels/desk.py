"""What the KAM's desk panels share: mirroring the document, words, pickers, dates.

Every desk panel (account, KPIs, value log, RACI, risks, meetings, actions, signals) keeps
the panel contract of ``kamdesk.ui.panels``: it is handed an ``AccountDocument``, listens
to the graph's change events, and edits only through ``document.run`` (one undo step each,
written at once). ``DeskPanel`` does the listening once: a change marks the panel stale and
it refills itself when on screen, so a panel in a hidden tab costs nothing while the user
edits elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Person
from kamdesk.graph.types import Side
from kamdesk.io.words import value as value_word
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument, follow
from kamdesk.ui.panels.refilling import RefillingPanel

RECORD_ID = Qt.ItemDataRole.UserRole  # a table row's record id, on its first cell
NO_DATE = QDate(1900, 1, 1)  # a QDateEdit at this minimum shows "—": no date
RED = QColor("#c62828")
AMBER = QColor("#ef6c00")
GREEN = QColor("#2e7d32")
MUTED = QColor("#757575")


def language() -> str:
    """The language the app shows now (``en`` or ``ru``)."""
    return i18n.language()


def word(item: Enum) -> str:
    """A domain value in the user's language, from the shared vocabulary."""
    return value_word(item, language())


class DeskPanel(RefillingPanel):
    """A tab that mirrors the open account and refills itself when shown after a change."""

    PLACE: ClassVar[str] = "tab"
    OBJECT_NAME: ClassVar[str] = ""
    OPENS: ClassVar[str] = ""  # the record type whose "open" requests this panel answers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.document: AccountDocument | None = None
        self.stale = True  # filled when first shown

    @property
    def graph(self) -> AccountGraph | None:
        return self.document.graph if self.document is not None else None

    def set_document(self, document: AccountDocument | None) -> None:
        old = self.graph
        follow(old, document.graph if document is not None else None, self._on_changes)
        if self.document is not None and self.OPENS:
            self.document.recordOpened.disconnect(self._opened)
        if document is not None and self.OPENS:
            document.recordOpened.connect(self._opened)
        self.document = document
        self.stale = True
        if self.isVisible() or document is None:  # a hidden tab fills when it is shown
            self.refresh()

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.concerns(changes):
            super()._on_changes(changes)

    def _opened(self, kind: str, record_id: str) -> None:
        if kind == self.OPENS:
            self.bring_forward()
            self.choose(record_id)

    def choose(self, record_id: str) -> None:
        """Show the record ``record_id`` (panels that list records override this)."""

    def bring_forward(self) -> None:
        """Make this panel's tab the current one (when it sits in a tab widget)."""
        widget: QWidget | None = self
        while widget is not None:
            parent = widget.parentWidget()
            tabs = parent.parentWidget() if isinstance(parent, QStackedWidget) else None
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(widget)
                return
            widget = parent

    def concerns(self, changes: ChangeSet) -> bool:
        """Whether a change set can alter what the panel shows (default: any)."""
        return True

    def refresh(self) -> None:
        """Fill the panel from the graph (a cleared panel without a document)."""
        self.stale = False
        self.fill()

    def fill(self) -> None:
        raise NotImplementedError

    def edit(self, text: str, change: Callable[[AccountGraph], ChangeSet]) -> bool:
        """One undo step through the document; False when refused (the user was told)."""
        if self.document is None:
            return False
        return self.document.run(text, change)


def fill_enum(combo: QComboBox, items: Iterable[Enum], current: Enum | None) -> None:
    """A drop-down of fixed domain values, in the user's words, the current one chosen."""
    combo.blockSignals(True)
    combo.clear()
    for item in items:
        combo.addItem(word(item), item)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    combo.blockSignals(False)


def fill_people(combo: QComboBox, people: Iterable[Person], current: str | None,
                none_text: str | None = None) -> None:
    """A drop-down of people (by name, then title), the current one chosen."""
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for p in sorted(people, key=lambda p: (p.level, p.name.casefold())):
        combo.addItem(f"{p.name} · {p.title}" if p.title else p.name, p.id)
    found = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(found if found >= 0 else 0)
    combo.blockSignals(False)


def ours(graph: AccountGraph) -> list[Person]:
    return [p for p in graph.people.values() if p.side is Side.INTERNAL]


def name_of(graph: AccountGraph, person_id: str | None, missing: str = "—") -> str:
    person = graph.people.get(person_id or "")
    return person.name if person is not None else missing


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else NO_DATE


def from_qdate(value: QDate) -> date | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


def date_edit(optional: bool = True) -> QDateEdit:
    """A calendar drop-down; optional ones show "—" at their minimum for "no date"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(i18n.date_format())  # the language's one format
    # in a table cell the column may be narrower than a date: never squeeze it to a stub
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(i18n.day(date(2026, 12, 31)))
                         + 30)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
    return edit


def put(table: QTableWidget, row: int, column: int, text: str) -> QTableWidgetItem:
    """The cell's item with ``text``, reused when there is one.

    Refilling a table happens inside ``itemChanged`` of the cell the user just typed in
    (the edit's change event refreshes the panel): replacing that item would delete the
    sender of the signal being delivered, so items are updated in place instead.
    """
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, column, item)
    if item.text() != text:
        item.setText(text)
    return item


def data_of(combo: QComboBox) -> Any:
    return combo.currentData(Qt.ItemDataRole.UserRole)


E = TypeVar("E", bound=Enum)


def enum_of(combo: QComboBox, cls: type[E]) -> E:
    """The chosen value of a ``fill_enum`` drop-down (Qt hands a StrEnum back as a str)."""
    return cls(data_of(combo))


class RecordListPanel(DeskPanel):
    """A desk panel with a table of records (``table``, first column carrying each row's
    record id) and the one chosen (``current``) shown below it by ``_show_current``."""

    current: str | None
    table: QTableWidget

    def _show_current(self) -> None:
        raise NotImplementedError

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self.current = item.data(RECORD_ID)
            self._show_current()

    def choose(self, record_id: str) -> None:
        """Show the record ``record_id`` (the signals list opens one this way)."""
        self.current = record_id
        self.refresh()
