"""The portfolio map's bubbles differ in size by value received, compared within a currency,
and the legend says what the size means and against which account it is measured."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.entities import Account
from kamdesk.store import Workspace
from kamdesk.ui import i18n
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.panels.portfolio_map import LARGE, SMALL, PortfolioMap, bubbles
from kamdesk.ui.panels.portfolio_reader import Digest


def summary(name: str, received: float, currency: str) -> Digest:
    account = Account(id=name, name=name)
    return Digest(account, None, received, currency, (), date(2026, 12, 1))


def test_area_follows_value_received_within_each_currency() -> None:
    made = {b.key: b.radius for b in bubbles([
        summary("a", 100.0, "EUR"), summary("b", 25.0, "EUR"), summary("c", 1000.0, "RUB"),
        summary("d", 0.0, "RUB")])}
    assert made["a"] == LARGE and made["c"] == LARGE  # the largest of each currency
    assert made["b"] == pytest.approx(SMALL + (LARGE - SMALL) * 0.5)  # a quarter: half radius
    assert made["d"] == SMALL


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_sample_portfolio_has_bubbles_of_different_sizes(qtbot, tmp_path: Path,
                                                             language: str) -> None:
    path = tmp_path / "sizes.kam"
    with Workspace.open(path, create=True) as ws:
        for g in sample.generate(seed=3, today=date(2026, 11, 22)):
            ws.add_account(g)
    i18n.install(language)
    window = MainWindow(Workspace.open(path))
    try:
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        panel: PortfolioMap = window.panel("portfolioMap")
        window.navigator.show_panel("portfolioMap")
        qtbot.waitUntil(lambda: len(panel.chart.bubbles) == 4, timeout=5000)
        radii = sorted(b.radius for b in panel.chart.bubbles)
        assert len(set(radii)) >= 3  # not one size for all
        legend = panel.size_legend.text()
        assert legend and legend.count("GBP") == 1 and legend.count("RUB") == 1
        assert "Nordwind Retail Group" in legend and "АО «Уралтехмаш»" in legend
        assert ("value received" if language == "en" else "полученная ценность") in legend
        assert panel.size_legend.isVisible()
    finally:
        window.close()
        i18n.install("en")
