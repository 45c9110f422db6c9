"""The account at a glance: name, industry, quadrant and stage, head counts, risk signals.

The signals scan the whole account, so they are worked out only while the panel is on
screen: a change to an account shown elsewhere marks the panel stale, and showing it
redoes the scan once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kamdesk.graph.types import Severity
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument, follow
from kamdesk.ui.panels.refilling import RefillingPanel

SEVERITY_COLOURS = {Severity.CRITICAL: QColor("#8e0000"), Severity.HIGH: QColor("#c62828"),
                    Severity.MEDIUM: QColor("#a15c00"), Severity.LOW: QColor("#555555")}


class OverviewPanel(RefillingPanel):
    """The overview tab (``accountOverview``)."""

    PLACE = "tab"
    OBJECT_NAME = "accountOverview"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("OverviewPanel", "Overview")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.document: AccountDocument | None = None
        self.heading = QLabel(objectName="accountTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.facts = QLabel(objectName="accountFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.signal_list = QListWidget(objectName="signalList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(self.tr("Signals")))
        layout.addWidget(self.signal_list, 1)

    def set_document(self, document: AccountDocument | None) -> None:
        old = self.document.graph if self.document is not None else None
        follow(old, document.graph if document is not None else None, self._on_changes)
        self.document = document
        self.signal_list.clear()
        self.heading.clear()
        self.facts.clear()
        if document is not None:
            self.heading.setText(document.graph.account.name)
            self._on_changes(())

    def refresh(self) -> None:
        from kamdesk.graph import signals
        from kamdesk.graph.types import Side

        self.stale = False
        if self.document is None:
            return
        graph = self.document.graph
        account = graph.account
        words = i18n.words()
        clients = sum(1 for p in graph.people.values() if p.side is Side.CLIENT)
        self.heading.setText(account.name)
        self.facts.setText(
            f"{account.industry}\n"
            + self.tr("Quadrant: %1 · stage: %2").replace("%1", words.enum(account.quadrant))
            .replace("%2", words.enum(account.stage)) + "\n"
            + self.tr("Client people: %1 · ours: %2").replace("%1", words.number(clients))
            .replace("%2", words.number(len(graph.people) - clients)))
        self.signal_list.clear()
        for s in signals.detect(graph, date.today()):
            # the sentence names the matter itself; the severity leads, in its colour
            item = QListWidgetItem(f"{words.enum(s.severity)} · {words.text(s.sentence, s.params)}")
            item.setToolTip(words.enum(s.kind))
            item.setForeground(SEVERITY_COLOURS[s.severity])
            self.signal_list.addItem(item)
