"""Every risk signal of the account in words, worst first (``signalsList``).

A double click (or Enter) opens what the signal is about: the person in the person editor,
or the risk, RACI row, meeting or action item in its panel. "Record as a risk" turns the
chosen signal into a risk of the register in one click (step 1 of the reaction tactic).

On a large account whose influence scores are not computed yet (a weighted PageRank, about
a tenth of a second of CPU at 10,000 people) the signals that need no scores are listed at
once, the summary says the influence signals are still being weighed, and the full list
replaces them on the next turn of the event loop; it is never shown for a graph that has
changed since.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import signals, tactic
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, RaciActivity, Risk
from kamdesk.graph.signals import Signal, SignalKind
from kamdesk.graph.types import Severity
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.ui.panels.desk import AMBER, MUTED, RED, DeskPanel, language, word
from kamdesk.ui.panels.fit import fit_columns

ROW = Qt.ItemDataRole.UserRole
STAGED_FROM = 2_000  # people: from here on the scores are worth not waiting for


def sentence(signal: Signal) -> str:
    """The signal in the user's words (the shared vocabulary)."""
    return vocabulary(language()).text(signal.sentence, signal.params)


class SignalsPanel(DeskPanel):
    OBJECT_NAME = "signalsList"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("SignalsPanel", "Signals")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: list[Signal] = []
        self.complete = True  # False: the influence signals are still being computed
        self.waiting: tuple[AccountGraph | None, int] = (None, 0)
        self.rest = QTimer(self, singleShot=True, interval=0)
        self.rest.timeout.connect(self._finish)
        self.tree = QTreeWidget(objectName="signalTree")
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Signal"), self.tr("Detail")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(lambda item, _c: self.open(item.data(0, ROW)))
        # the chosen signal's whole sentence: the detail column is elided at 1280 px
        self.detail = QLabel(objectName="signalDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.summary = QLabel(objectName="signalSummary")
        self.record_button = QPushButton(self.tr("Record as a risk"), objectName="recordRisk")
        self.record_button.clicked.connect(self.record_current)
        open_button = QPushButton(self.tr("Open"), objectName="openSignal")
        open_button.clicked.connect(self._open_current)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(open_button)
        bar.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)

    def fill(self) -> None:
        graph = self.graph
        today = date.today()
        self.rest.stop()
        self.complete = True
        if graph is None:
            self.found = []
        elif len(graph.people) < STAGED_FROM or signals.ready(graph, today):
            self.found = signals.detect(graph, today)  # detect ranks them: most severe first
        else:
            self.found = signals.detect(graph, today, analysis=False)
            self.complete = False
            self.waiting = (graph, graph.revision)
            self.rest.start()
        self._show(self.found)

    def _finish(self) -> None:
        """The full list, when the graph is the one the quick list was made for."""
        graph, revision = self.waiting
        if self.complete or graph is not self.graph or graph is None \
                or graph.revision != revision:
            return  # a refill since has started again, or nothing is open
        before = self._current_index()
        kept = self.found[before] if before is not None else None
        self.found = signals.detect(graph, date.today())
        self.complete = True
        self._show(self.found, kept)

    def _show(self, found: list[Signal], current: Signal | None = None) -> None:
        self.tree.clear()
        self.detail.clear()
        items = []
        for i, s in enumerate(found):
            severity = s.severity
            item = QTreeWidgetItem([word(severity), word(s.kind), sentence(s)])
            item.setData(0, ROW, i)
            colour = {Severity.CRITICAL: QColor("#8e0000"), Severity.HIGH: RED,
                      Severity.MEDIUM: AMBER}.get(severity, MUTED)
            item.setForeground(0, colour)
            items.append(item)
        self.tree.addTopLevelItems(items)
        fit_columns(self.tree, 2)
        if items:
            at = found.index(current) if current in found else 0
            self.tree.setCurrentItem(items[at])
        count = str(len(found))
        self.summary.setText(
            self.tr("%1 signals").replace("%1", count) if self.complete else
            self.tr("%1 signals so far; weighing influence…").replace("%1", count))
        self.record_button.setEnabled(bool(items))

    def _show_detail(self, item: QTreeWidgetItem | None, _old: object = None) -> None:
        self.detail.setText(item.text(2) if item is not None else "")

    def _current_index(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ROW) if item is not None else None

    def _open_current(self) -> None:
        index = self._current_index()
        if index is not None:
            self.open(index)

    def open(self, index: int) -> None:
        """Open what signal ``index`` is about, in the panel that shows it."""
        document, graph = self.document, self.graph
        if document is None or graph is None or not 0 <= index < len(self.found):
            return
        s = self.found[index]
        records = {SignalKind.OVERDUE_ACTION: ActionItem, SignalKind.RISK_WITHOUT_OWNER: Risk,
                   SignalKind.INVALID_RACI: RaciActivity}
        if s.kind in records and s.subjects:
            document.open_record(records[s.kind].__name__, s.subjects[0])
        elif s.kind is SignalKind.NO_EXECUTIVE_SPONSOR:
            document.open_record("Account", graph.id)
        else:
            people = [p for p in s.subjects if p in graph.people]
            if s.kind is SignalKind.LEVEL_MISMATCH:
                people = people[-1:]  # theirs: the one the comb must meet properly
            if people:
                document.activate(people[0])

    def record_current(self) -> str | None:
        """Record the chosen signal as a new risk (one undo step); the new risk's id."""
        index = self._current_index()
        graph = self.graph
        if index is None or graph is None:
            return None
        s = self.found[index]
        risk = tactic.from_signal(graph.id, s, sentence(s), date.today())
        if self.edit(self.tr("Record as a risk"), lambda g: g.add_record(risk)):
            if self.document is not None:
                self.document.open_record(Risk.__name__, risk.id)
            return risk.id
        return None
