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


def painted_cards(view: OrgChartView) -> list[tuple[str, list[str]]]:
    """Record each card the view paints from now on: (person id, counterparts named)."""
    seen: list[tuple[str, list[str]]] = []
    paint = view.cards.paint

    def counting(painter, rect, person, **kw):  # type: ignore[no-untyped-def]
        seen.append((person.id, kw["counterparts"]))
        return paint(painter, rect, person, **kw)

    view.cards.paint = counting  # type: ignore[method-assign]
    return seen


def settle(window: MainWindow, view: OrgChartView, pid: str) -> None:
    """Show ``pid``'s card at full size, with every paint the move caused done."""
    from PySide6.QtTest import QTest

    window.tabs.setCurrentWidget(view)
    view.resetTransform()
    view.centerOn(view.card_rect(pid).center())
    QTest.qWait(100)  # the tab shown, its layout and scroll bars settled and painted


def test_a_rename_repaints_its_card_and_the_cards_naming_it_only(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from kamdesk.graph.types import LinkKind

    graph, document = window.graph, window.document
    assert graph is not None and document is not None
    client, team = window.chart, next(c for c in window.charts() if c is not window.chart)
    link = next(x for x in graph.links.values() if x.kind is LinkKind.COUNTERPART)
    ours, theirs = link.source, link.target  # a counterpart line: ours → the client's
    settle(window, client, theirs)
    on_screen = client.ids_in(client.mapToScene(client.viewport().rect()).boundingRect())
    seen = painted_cards(client)
    document.update_person(graph.person(theirs)._replace(name="Ёлкина Ия"))
    QApplication.processEvents()
    assert theirs in {pid for pid, _ in seen}
    assert len(seen) <= 4 < len(on_screen)  # the card and what its margin touches
    # the team chart: the card naming her is damaged, nothing else (what Qt then merges
    # into one paint is Qt's; the rectangles asked for are ours, counted here)
    settle(window, team, ours)
    asked: list[tuple[object, ...]] = []
    update = team.item.update
    team.item.update = lambda *rect: (asked.append(rect), update(*rect))  # type: ignore[method-assign]
    walked = team.chart.layout.walked if isinstance(team.chart, LiveChart) else -1
    document.update_person(graph.person(theirs)._replace(name="Зуева Ия"))
    assert asked and all(rect for rect in asked)  # no whole-chart update
    cards = {pid for (rect,) in asked for pid in team.ids_in(rect)
             if team.card_rect(pid).intersects(rect)}
    assert cards == {ours} | set(team._meeting(theirs)) and ours in team._meeting(theirs)
    assert isinstance(team.chart, LiveChart) and team.chart.layout.walked == walked  # no layout
    seen = painted_cards(team)
    team.viewport().repaint()
    assert any("Зуева Ия" in names for pid, names in seen if pid == ours)


def test_renaming_a_stacked_card_wider_widens_its_stack_as_a_full_layout_does(
        window: MainWindow) -> None:
    """A card in a stack is sized when its box is asked for: a rename that widens it must
    still lay its stack out again (the stack's cell is its widest card)."""
    view, document, graph = window.chart, window.document, window.graph
    assert document is not None and graph is not None and isinstance(view.chart, LiveChart)
    stacked = sorted(view.chart.stacked)
    assert stacked
    for pid in (stacked[0], stacked[len(stacked) // 2]):
        before = view._size(pid)
        document.update_person(graph.person(pid)._replace(name="A much longer name " * 3))
        assert view._size(pid)[0] > before[0]
        full_equal(view)
        document.stack.undo()
        full_equal(view)
