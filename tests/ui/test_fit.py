"""Fit gives something a person can read: legible top levels on a small chart at 1280×800,
and on a big one ways to make it smaller (N levels, key people only)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.types import Side
from kamdesk.store import Workspace
from kamdesk.ui import i18n
from kamdesk.ui.chart.fitting import LEGIBLE, depths
from kamdesk.ui.chart.painter import TEXT_LOD
from kamdesk.ui.mainwindow import MainWindow
from tests.ui import windows
from tests.ui.test_views import path

__all__ = ["path"]  # a fixture


def open_window(qtbot, target: Path) -> MainWindow:
    i18n.install("en")
    return windows.open_window(qtbot, target)


@pytest.fixture
def window(qtbot, path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, path)
    yield win
    win.close()


def in_view(chart, pid: str) -> bool:
    rect = chart.mapFromScene(chart.card_rect(pid)).boundingRect()
    return chart.viewport().rect().contains(rect)


def test_fit_keeps_names_legible_at_1280_by_800(window) -> None:
    chart = window.chart
    clients = sum(1 for p in window.graph.people.values() if p.side is Side.CLIENT)
    assert 10 <= clients <= 40  # a small account, as in the issue (18 people)
    window.fit_action.trigger()
    scale = chart.transform().m11()
    assert scale >= LEGIBLE > TEXT_LOD  # the cards carry their text
    # the top of the company (the largest tree) is in view, with people under it
    sizes = {root: sum(1 for pid in chart.chart.boxes if root in ({pid} | _chain(chart, pid)))
             for root, d in depths(chart).items() if d == 0}
    main = max(sizes, key=lambda r: sizes[r])
    assert in_view(chart, main)
    shown = [pid for pid in chart.chart.boxes if in_view(chart, pid)]
    assert len(shown) >= 4 and all(depths(chart)[pid] <= 2 for pid in shown if pid != main)
    window.fit_action.trigger()  # again: the whole chart, however small
    assert chart.transform().m11() < scale
    assert all(in_view(chart, pid) for pid in chart.chart.boxes)


def test_show_levels_and_key_people_only_make_a_big_chart_readable(qtbot, tmp_path) -> None:
    target = tmp_path / "big.kam"
    with Workspace.open(target, create=True) as ws:
        ws.add_account(sample.generate(seed=6, people=2000, today=date(2026, 11, 22))[0])
    win = open_window(qtbot, target)
    try:
        chart, g = win.chart, win.graph
        everyone = len(chart.chart.boxes)
        win.findChild(type(win.fit_action), "showLevels2").trigger()
        assert max(depths(chart).values()) == 1 and len(chart.chart.boxes) < everyone / 10
        win.findChild(type(win.fit_action), "showLevels0").trigger()
        assert len(chart.chart.boxes) == everyone
        win.key_people_action.trigger()
        shown = set(chart.chart.boxes)
        keys = {p.id for p in g.people.values() if p.side is Side.CLIENT
                and p.decision_role is not None}
        assert keys <= shown and len(shown) < everyone
        for pid in shown - keys:  # every other card shown leads to a key person
            assert pid in chart.collapsed or any(
                chart.chart.manager.get(k) == pid or pid in _chain(chart, k) for k in keys)
    finally:
        win.close()


def _chain(chart, pid: str) -> set[str]:
    found, at = set(), chart.chart.manager.get(pid)
    while at is not None:
        found.add(at)
        at = chart.chart.manager.get(at)
    return found
