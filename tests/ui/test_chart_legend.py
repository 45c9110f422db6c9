"""The chart's legend sits in a strip of its own below the chart, never over a card, and
says only what applies to the side drawn: the team chart has no stance legend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

from kamdesk.graph import sample
from kamdesk.store import Workspace
from kamdesk.ui.chart.looks import COLOURS
from kamdesk.ui.chart.view import OrgChartView
from kamdesk.ui.mainwindow import MainWindow
from tests.ui.test_views import TODAY


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "legend.kam"
    with Workspace.open(path, create=True) as ws:
        for g in sample.generate(seed=3, today=TODAY):
            ws.add_account(g)
    QSettings().setValue("view/overlay", "stance")
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QSettings().setValue("view/overlay", "stance")
    win.close()


def shown(qtbot, window: MainWindow, chart: OrgChartView) -> None:
    window.tabs.setCurrentWidget(chart)
    chart.fit()
    chart.viewport().grab()  # a real paint
    qtbot.wait(20)  # the strip is placed after the paint


def test_the_legend_covers_no_card(qtbot, window: MainWindow) -> None:
    chart = window.chart
    shown(qtbot, window, chart)
    legend = chart.looks.legend
    assert legend.isVisible() and len(legend.rows) == 6  # the five stances and unknown
    port = chart.viewport().geometry()
    assert chart.viewportMargins().bottom() >= legend.height()
    assert not legend.geometry().intersects(port)  # below the chart, not over it
    assert chart.rect().contains(legend.geometry())  # and whole
    for (_colour, text), square in zip(legend.rows, legend.places, strict=True):
        assert legend.rect().contains(square.toRect()), text
    # a card at the chart's lower left (where the legend used to float) is fully seen
    lowest = max(chart.graph.people, key=lambda p: (chart.card_rect(p).bottom()
                                                    if chart.side is chart.graph.person(p).side
                                                    else -1e9))
    card = chart.mapFromScene(chart.card_rect(lowest)).boundingRect()
    assert not card.intersects(legend.geometry().translated(-port.topLeft()))


def test_a_narrow_chart_wraps_the_legend_and_keeps_it_whole(qtbot, window: MainWindow) -> None:
    chart = window.chart
    shown(qtbot, window, chart)
    legend = chart.looks.legend
    one_line = legend.height()
    window.resize(900, 800)
    qtbot.wait(20)
    chart.viewport().grab()
    qtbot.wait(20)
    assert chart.rect().contains(legend.geometry())
    assert legend.height() >= one_line
    window.resize(1280, 800)


def test_the_team_chart_shows_only_the_legend_that_applies(qtbot, window: MainWindow) -> None:
    team = window.team_chart
    shown(qtbot, window, team)
    assert not team.looks.legend.isVisible()  # our people have no stance toward us
    assert team.viewportMargins().bottom() == 0  # and the chart keeps the room
    window.findChild(QAction, "overlay_coverage").trigger()
    shown(qtbot, window, team)
    rows = team.looks.legend.rows
    assert team.looks.legend.isVisible()
    assert [c for c, _t in rows] == [COLOURS["covering"], COLOURS["not_covering"]]
    shown(qtbot, window, window.chart)
    assert [c for c, _t in window.chart.looks.legend.rows] == \
        [COLOURS["covered"], COLOURS["uncovered"]]
