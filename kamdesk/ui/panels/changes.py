"""What changed since a date or since the last meeting: the account's memory before a meeting.

People who joined, left (marked or removed), came back or moved; stance and influence
rating changes; lines drawn or removed — grouped, worded by the vocabulary (the same
sentences as ``kamdesk changes`` and the plan's section), each with when and by whom. A
double click (or Enter) on a line opens its person when they are still in the account.

Read from the workspace's history tables like the History panel (``historyView``), and
again when the account changes while the panel is shown (or on showing it after a change).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph.changes_since import (
    as_facts,
    describe,
    grouped,
    names_of,
    since_last_meeting,
    summarize,
)
from kamdesk.graph.entities import Meeting
from kamdesk.graph.vocabulary import Vocabulary
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument, follow
from kamdesk.ui.panels.refilling import RefillingPanel

PERSON_ROLE = Qt.ItemDataRole.UserRole


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)  # the stable name tests and accessibility tools use
    return widget


class ChangesPanel(RefillingPanel):
    """The "What changed" tab (``changesView``)."""

    PLACE = "tab"
    OBJECT_NAME = "changesView"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ChangesPanel", "What changed")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.document: AccountDocument | None = None
        self.today = date.today()
        self.since = _named(QComboBox(), "changesSince")
        self.since.addItem(self.tr("since the last meeting"), "meeting")
        self.since.addItem(self.tr("since a date"), "date")
        self.day = _named(QDateEdit(), "changesDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(i18n.date_format())  # the language's one format
        start = QDate.currentDate().addDays(-30)
        self.day.setDate(start)
        self.day.setEnabled(False)
        self.since.currentIndexChanged.connect(self._since_changed)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.heading = _named(QLabel(), "changesHeading")
        self.heading.setStyleSheet("font-weight: 600;")
        self.tree = _named(QTreeWidget(), "changesList")
        self.tree.setHeaderLabels([self.tr("What"), self.tr("When, by whom")])
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._open)
        header = self.tree.header()  # the sentence takes the room; when and who stay whole
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        bar = QHBoxLayout()
        bar.addWidget(self.since)
        bar.addWidget(self.day)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)

    # ------------------------------------------------------------------ the document
    def set_document(self, document: AccountDocument | None) -> None:
        old = self.document
        follow(old.graph if old is not None else None,
               document.graph if document is not None else None, self._on_changes)
        self.document = document
        self.tree.clear()
        self.heading.clear()
        if document is not None:
            self._on_changes(())

    def _since_changed(self, _index: int) -> None:
        self.day.setEnabled(self.since.currentData() == "date")
        self.refresh()

    def start(self) -> tuple[date, str]:
        """The first day listed and the heading that says so, in the user's language."""
        words = i18n.words()
        if self.since.currentData() == "date" or self.document is None:
            shown = self.day.date()
            day = date(shown.year(), shown.month(), shown.day())
            return day, words("changes_since", day=words.day(day))
        meetings = self.document.graph.records(Meeting).values()
        day, held = since_last_meeting(meetings, self.today)
        if not held:
            return day, words("changes_no_meeting")
        return day, words("changes_since_meeting", day=words.day(day))

    # ------------------------------------------------------------------ filling
    def refresh(self) -> None:
        self.stale = False
        self.tree.clear()
        document = self.document
        link = document.findChild(QObject, "liveLink") if document is not None else None
        if document is None or link is None:
            return
        day, heading = self.start()
        self.heading.setText(heading)
        since = datetime.combine(day, datetime.min.time(), UTC)
        try:
            entries = link.workspace.history(document.graph.id, since=since)  # type: ignore[attr-defined]
        except Exception as error:  # noqa: BLE001 - a lost server: say so in the list
            self.tree.addTopLevelItem(QTreeWidgetItem([str(error), ""]))
            return
        rows = as_facts(summarize(entries), names_of(entries, document.graph.people))
        words = i18n.words()
        groups = grouped(rows)
        if not groups:
            self.tree.addTopLevelItem(QTreeWidgetItem([words("changes_none"), ""]))
        for key, shown in groups:
            top = QTreeWidgetItem([f"{words(key)} ({len(shown)})", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.addChildren([self._item(row, words) for row in shown])
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    def _item(self, row: Mapping[str, Any], words: Vocabulary) -> QTreeWidgetItem:
        at = datetime.fromisoformat(row["at"]).astimezone()
        when = words("ch_by", day=f"{words.day(at.date())} {at:%H:%M}", author=row["by"])
        item = QTreeWidgetItem([describe(row, words.lang), when])
        item.setData(0, PERSON_ROLE, row["person_id"])
        item.setToolTip(0, item.text(0))
        return item

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        pid = item.data(0, PERSON_ROLE)
        if self.document is not None and pid in self.document.graph.people:
            self.document.activate(pid)
