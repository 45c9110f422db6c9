"""The portfolio on the McDonald–Woodburn 2×2 (``portfolioMap``): where to invest, at a glance.

Every account of the workspace is a bubble: x its relationship strength, y its
attractiveness, the area by the value received from it (compared within one currency: a
rouble and a pound are not added up), the colour by its worst open signal. A click opens
the account through the portfolio list (``portfolioView``), the one place that chooses
the open account. The other accounts come from the workspace's ``PortfolioReader``.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.types import Severity
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.ui.opening import pending
from kamdesk.ui.panels.desk import DeskPanel, language
from kamdesk.ui.panels.portfolio import PortfolioPanel
from kamdesk.ui.panels.portfolio_reader import Digest, PortfolioReader, digest, reader_for
from kamdesk.ui.panels.quadrant import Bubble, QuadrantChart

if TYPE_CHECKING:
    from kamdesk.store import Workspace

COLOURS = {Severity.CRITICAL: QColor("#b71c1c"), Severity.HIGH: QColor("#e53935"),
           Severity.MEDIUM: QColor("#fb8c00"), Severity.LOW: QColor("#fdd835"),
           None: QColor("#43a047")}
SMALL, LARGE = 7.0, 30.0  # bubble radius in pixels: nothing received, the most received


def largest(summaries: list[Digest]) -> dict[str, Digest]:
    """Per currency, the account that received the most (when anything was received)."""
    tops: dict[str, Digest] = {}
    for s in summaries:
        if s.received > 0 and (s.currency not in tops or s.received > tops[s.currency].received):
            tops[s.currency] = s
    return tops


def bubbles(summaries: list[Digest]) -> list[Bubble]:
    """Area proportional to value received, against the largest in the same currency."""
    tops = largest(summaries)
    made = []
    for s in summaries:
        top = tops[s.currency].received if s.currency in tops else 0.0
        share = s.received / top if top > 0 else 0.0
        radius = SMALL + (LARGE - SMALL) * math.sqrt(max(share, 0.0))
        a = s.account
        made.append(Bubble(a.id, a.name, a.relationship_strength, a.attractiveness, radius,
                           COLOURS[s.worst]))
    return made


class PortfolioMap(DeskPanel):
    OBJECT_NAME = "portfolioMap"
    accountChosen = Signal(str)  # noqa: N815 - also asked of the portfolio list, if any

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("PortfolioMap", "Portfolio map")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader: PortfolioReader | None = None
        self.chart = QuadrantChart()
        self.chart.setObjectName("portfolioQuadrant")
        self.chart.chosen.connect(self.open_account)
        # what the size means, with the largest of each currency it is measured against
        self.size_legend = QLabel()
        self.size_legend.setObjectName("portfolioSizeLegend")
        self.size_legend.setWordWrap(True)
        self.size_legend.setTextFormat(Qt.TextFormat.PlainText)
        legend = QLabel(self.tr("Colour: the worst open signal — dark red critical, red high, "
                                "orange medium, yellow low, green none. Click to open."))
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.size_legend)
        layout.addWidget(legend)

    def set_workspace(self, workspace: Workspace) -> None:
        self.reader = reader_for(workspace)
        self.reader.warm_up(self._open_now)
        self.stale = True

    def _open_now(self) -> set[str]:
        """The accounts the window has open or is opening (its kept first view painted, the
        account read behind it): the warm-up leaves them to their live graph."""
        found = {self.graph.id} if self.graph is not None else set()
        if isValid(self):  # (a language switch makes the panels again)
            opening = pending(self.window())
            if opening is not None:
                found.add(opening.account_id)
        return found

    def concerns(self, changes: ChangeSet) -> bool:
        return True  # any change of the open account can change its colour or place

    def fill(self) -> None:
        graph = self.graph
        if graph is None:  # between accounts: nothing to read the portfolio for
            self.chart.set_bubbles([])
            return
        found = [digest(graph, date.today())] if self.reader is None \
            else self.reader.digests(graph)
        self.chart.set_bubbles(bubbles(found))
        self.size_legend.setText(self.size_words(found))

    def size_words(self, summaries: list[Digest]) -> str:
        """The legend of the bubbles' size: value received, and against what."""
        words = vocabulary(language())
        tops = largest(summaries)
        if not tops:
            return self.tr("Bubble size: value received. No value received yet: all small.")
        basis = "; ".join(f"{currency} {words.number(s.received)} — {s.account.name}"
                          for currency, s in sorted(tops.items()))
        return self.tr("Bubble area: value received, against the largest in the same currency "
                       "(amounts in different currencies are not compared): %1.") \
            .replace("%1", basis)

    def open_account(self, account_id: str) -> None:
        """Open the account clicked: through the portfolio list, which chooses for all."""
        self.accountChosen.emit(account_id)
        listing = self.window().findChild(QListWidget, "portfolioView")
        if isinstance(listing, PortfolioPanel) and account_id in listing.ids():
            listing.setCurrentRow(listing.ids().index(account_id))
