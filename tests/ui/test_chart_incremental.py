"""The chart view follows edits incrementally: a change of manager, a collapse, a rename
and their undo lay out a few paths (counted), and the chart always equals a full layout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.chart import chart_layout
from kamdesk.graph.live_chart import LiveChart
from kamdesk.graph.queries import manager_chain
from kamdesk.store import Workspace
from kamdesk.ui.chart.view import OrgChartView
from kamdesk.ui.mainwindow import MainWindow

TODAY = date(2026, 11, 22)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    target = tmp_path / "big.kam"
    with Workspace.open(target, create=True) as ws:
        ws.add_account(sample.generate(seed=5, people=3000, today=TODAY)[0])
    win = MainWindow(Workspace.open(target))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.chart)
    yield win
    win.close()


def full_equal(view: OrgChartView) -> None:
    assert view.graph is not None and isinstance(view.chart, LiveChart)
    full = chart_layout(view.graph, view.side, view.collapsed, view._size)
    assert dict(view.chart.boxes) == full.boxes
    assert dict(view.chart.manager) == full.manager


def test_edits_lay_out_paths_and_equal_a_full_layout(window: MainWindow) -> None:
    view, document, graph = window.chart, window.document, window.graph
    assert document is not None and graph is not None and isinstance(view.chart, LiveChart)
    shown = len(view.chart.layout.nodes)
    assert shown > 300
    managers = [p for p in view.chart.boxes if graph.solid_reports(p) and graph.manager_of(p)]
    who, boss = managers[3], managers[-3]
    assert who not in manager_chain(graph, boss)
    paths = 2 + len(manager_chain(graph, who)) + len(manager_chain(graph, boss))
    document.set_manager(who, boss)
    assert view.chart.manager[who] == boss
    assert view.chart.layout.walked <= 2 * paths  # the two paths and their stacks
    full_equal(view)
    view.toggle(boss)  # collapse
    assert view.chart.layout.walked <= 2 * (len(manager_chain(graph, boss)) + 2)
    assert who not in view.chart.boxes
    full_equal(view)
    view.toggle(boss)  # expand: the hidden subtrees come back laid out
    assert view.chart.layout.walked <= 2 * (len(manager_chain(graph, boss)) + 2)
    full_equal(view)
    person = graph.person(who)
    document.update_person(person._replace(name=person.name + " with a much longer name"))
    assert view.chart.layout.walked <= 2 * paths
    full_equal(view)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert view.chart.manager[who] == graph.manager_of(who) != boss
    full_equal(view)


def test_what_is_visible_is_found_without_scanning_the_chart(window: MainWindow) -> None:
    view = window.chart
    assert isinstance(view.chart, LiveChart)
    rect = view.mapToScene(view.viewport().rect()).boundingRect()
    found = set(view.ids_in(rect))
    every = {p for p, b in view.chart.boxes.items()
             if b.x <= rect.right() and b.x + b.width >= rect.left()
             and b.y <= rect.bottom() and b.y + b.height >= rect.top()}
    assert every <= found  # every card on screen is painted
    assert len(found) < len(view.chart.boxes) / 4  # and not the whole chart


def test_a_large_chart_opens_top_first_and_grows_to_the_full_layout(qtbot, window) -> None:
    view = window.chart
    account = window.graph.id
    view.keeper.timer.stop()  # leaving keeps no layout: opening lays out (top first)
    window.show_account(None)
    view.progressive = 1000  # this account's 3,000 people count as large
    window.show_account(account)
    assert view.growing and isinstance(view.chart, LiveChart)
    first = len(view.chart.layout.nodes)
    assert 0 < first < len(view.graph.people) / 4  # the top only, painted at once
    qtbot.waitUntil(lambda: not view.growing, timeout=20_000)
    assert len(view.chart.layout.nodes) > 4 * first
    assert not view.collapsed  # the user collapsed nothing
    full_equal(view)  # the chart grown slice by slice is the full layout
