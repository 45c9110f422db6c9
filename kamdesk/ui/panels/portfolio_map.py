"""The portfolio on the McDonald–Woodburn 2×2 (``portfolioMap``): where to invest, at a glance.

Every account of the workspace is a bubble: x its relationship strength, y its
attractiveness, the area by the value received from it (compared within one currency: a
rouble and a pound are not added up), the colour by its worst open signal. A click opens
the account through the portfolio list (``portfolioView``), the one place that chooses
the open account. Accounts other than the open one are read once and remembered by their
row (an account changes only when it is open, and then the open graph is used).
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from kamdesk.graph import signals, value
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Account, ValueEntry
from kamdesk.graph.types import Severity, ValueDirection
from kamdesk.ui.panels.desk import DeskPanel
from kamdesk.ui.panels.portfolio import PortfolioPanel
from kamdesk.ui.panels.quadrant import Bubble, QuadrantChart

if TYPE_CHECKING:
    from kamdesk.store import Workspace

COLOURS = {Severity.CRITICAL: QColor("#b71c1c"), Severity.HIGH: QColor("#e53935"),
           Severity.MEDIUM: QColor("#fb8c00"), Severity.LOW: QColor("#fdd835"),
           None: QColor("#43a047")}
SMALL, LARGE = 7.0, 30.0  # bubble radius in pixels: nothing received, the most received


class Summary(NamedTuple):
    """What the map needs of an account, worked out once per version of it."""

    account: Account
    worst: Severity | None
    received: float
    currency: str


def summarize(graph: AccountGraph, today: date) -> Summary:
    found = signals.detect(graph, today)  # the most severe first
    entries = list(graph.records(ValueEntry).values())
    currency = value.main_currency(entries)
    received = sum(e.amount for e in entries if e.currency == currency
                   and e.direction is ValueDirection.RECEIVED)
    return Summary(graph.account, found[0].severity if found else None, received, currency)


def bubbles(summaries: list[Summary]) -> list[Bubble]:
    """Area proportional to value received, against the largest in the same currency."""
    largest: dict[str, float] = {}
    for s in summaries:
        largest[s.currency] = max(largest.get(s.currency, 0.0), s.received)
    made = []
    for s in summaries:
        top = largest[s.currency]
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
        self.workspace: Workspace | None = None
        self.known: dict[str, Summary] = {}
        self.chart = QuadrantChart()
        self.chart.setObjectName("portfolioQuadrant")
        self.chart.chosen.connect(self.open_account)
        legend = QLabel(self.tr("Bubble size: value received (within a currency). Colour: the "
                                "worst open signal — dark red critical, red high, orange "
                                "medium, yellow low, green none. Click to open."))
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 1)
        layout.addWidget(legend)

    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.known.clear()
        self.stale = True

    def concerns(self, changes: ChangeSet) -> bool:
        return True  # any change of the open account can change its colour or place

    def summaries(self) -> list[Summary]:
        today = date.today()
        graph = self.graph
        accounts = self.workspace.accounts() if self.workspace is not None else (
            [graph.account] if graph is not None else [])
        found = []
        for account in accounts:
            if graph is not None and account.id == graph.id:
                summary = summarize(graph, today)
            else:
                kept = self.known.get(account.id)
                if kept is None or kept.account != account:
                    assert self.workspace is not None
                    kept = summarize(self.workspace.load(account.id), today)
                summary = kept
            self.known[account.id] = summary
            found.append(summary)
        return found

    def fill(self) -> None:
        self.chart.set_bubbles(bubbles(self.summaries()))

    def open_account(self, account_id: str) -> None:
        """Open the account clicked: through the portfolio list, which chooses for all."""
        self.accountChosen.emit(account_id)
        listing = self.window().findChild(QListWidget, "portfolioView")
        if isinstance(listing, PortfolioPanel) and account_id in listing.ids():
            listing.setCurrentRow(listing.ids().index(account_id))
