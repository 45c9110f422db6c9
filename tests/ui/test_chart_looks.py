"""Focus mode and colour overlays on the real org chart: cards dimmed as painted, bands
painted in the overlay's colours, the View menu, the context menu and Esc."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QLabel

from kamdesk.graph.types import LinkKind, Side
from kamdesk.store import Workspace
from kamdesk.ui.chart.looks import COLOURS
from kamdesk.ui.chart.menu import chart_menu
from kamdesk.ui.chart.view import OrgChartView
from kamdesk.ui.mainwindow import MainWindow
from tests.graph.test_focus_overlays import chain


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "looks.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(chain())
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.chart)
    win.chart.fit()
    yield win
    QSettings().setValue("view/overlay", "stance")  # the next test starts plain
    win.close()


def painted(chart: OrgChartView) -> None:
    chart.viewport().grab()  # a real paint of the whole viewport


def band_pixel(chart: OrgChartView, pid: str) -> QColor:
    rect = chart.card_rect(pid)
    at = chart.mapFromScene(QPointF(rect.x() + 4, rect.center().y()))
    return chart.viewport().grab().toImage().pixelColor(at)


def close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 12 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_focus_dims_everyone_outside_the_network_and_esc_leaves(
        window: MainWindow, qtbot) -> None:
    chart, document = window.chart, window.document
    assert document is not None
    painted(chart)
    assert chart.looks.dimmed == set()  # no focus: nothing dimmed
    document.select("cfo")
    window.findChild(QAction, "focusMode").setChecked(True)  # View → Focus
    assert chart.looks.focusing
    painted(chart)
    # cfo's network (near, cto, analyst), and far on a way in; ceo and island are not
    assert chart.looks.dimmed == {"ceo", "island"}
    banner = chart.findChild(QLabel, "chartFocusBanner")
    assert banner.isVisible() and "Focus on Olivia Bennett" in banner.text()
    assert "Way in 1: Our KAM → Olivia Bennett" in banner.text()
    assert "Nobody of ours meets: Near, Анна Петрова" in banner.text()
    dim_colour = band_pixel(chart, "ceo")
    assert not close(dim_colour, COLOURS["neutral"])  # the stance band is washed out
    document.select("island")  # focus follows the selection
    painted(chart)
    found = chart.looks.current_focus()
    assert found is not None and found.network == {"island": 0}  # no influence lines
    clients = {p for p, x in window.graph.people.items() if x.side is Side.CLIENT}
    assert chart.looks.dimmed == clients - found.people and "near" in chart.looks.dimmed
    assert "Focus on Island" in banner.text()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert not chart.looks.focusing
    painted(chart)
    assert chart.looks.dimmed == set() and not banner.isVisible()


def test_the_context_menu_enters_and_leaves_focus(window: MainWindow) -> None:
    chart = window.chart
    window.document.select("cto")
    texts = {a.text(): a for a in chart_menu(chart, "cto").actions()}
    texts["Focus on this person"].trigger()
    painted(chart)
    assert chart.looks.focusing
    found = chart.looks.current_focus()
    assert found is not None and found.centre == "cto"
    clients = {p for p, x in window.graph.people.items() if x.side is Side.CLIENT}
    assert chart.looks.dimmed == clients - found.people
    assert "island" in chart.looks.dimmed  # a reporting line is not an influence step
    texts = {a.text(): a for a in chart_menu(chart, "cto").actions()}
    texts["Leave focus"].trigger()
    painted(chart)
    assert not chart.looks.focusing and chart.looks.dimmed == set()


def test_overlays_colour_every_band_and_show_a_legend(window: MainWindow) -> None:
    chart, team = window.chart, window.team_chart
    assert close(band_pixel(chart, "ceo"), COLOURS["neutral"])  # stance by default
    window.findChild(QAction, "overlay_coverage").trigger()
    assert QSettings().value("view/overlay") == "coverage"
    assert chart.looks.overlay == team.looks.overlay == "coverage"
    assert close(band_pixel(chart, "cfo"), COLOURS["covered"])
    assert close(band_pixel(chart, "ceo"), COLOURS["uncovered"])
    legend = chart.looks.legend
    assert legend.isVisible() and legend.title == "Coverage"
    assert (COLOURS["uncovered"], "nobody of ours meets them") in legend.rows
    square = legend.places[[t for _c, t in legend.rows].index("nobody of ours meets them")]
    assert close(legend.grab().toImage().pixelColor(square.center().toPoint()),
                 COLOURS["uncovered"])
    window.findChild(QAction, "overlay_freshness").trigger()
    assert close(band_pixel(chart, "ceo"), COLOURS["never"])
    window.findChild(QAction, "overlay_influence").trigger()
    assert close(band_pixel(chart, "ceo"), COLOURS["score_5"])
    assert legend.title == "Influence score" and len(legend.rows) == 6
    window.findChild(QAction, "overlay_stance").trigger()
    assert close(band_pixel(chart, "ceo"), COLOURS["neutral"])


def test_an_edit_updates_the_focus_and_the_overlay(window: MainWindow) -> None:
    chart, document = window.chart, window.document
    window.findChild(QAction, "overlay_coverage").trigger()
    document.select("cfo")
    chart.looks.enter_focus()
    painted(chart)
    assert "ceo" in chart.looks.dimmed
    assert chart.looks.band("ceo") == COLOURS["uncovered"]
    assert document.link_counterpart("ceo", "boss")  # now one of ours meets the ceo…
    assert document.add_link(LinkKind.INFLUENCES, "ceo", "cfo")  # …and the ceo sways cfo
    painted(chart)
    assert "ceo" not in chart.looks.dimmed  # in focus now
    assert close(band_pixel(chart, "ceo"), COLOURS["covered"])
