"""The portfolio map in the main window: every account a bubble; a click opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from kamdesk.graph import sample
from kamdesk.graph.entities import ValueEntry
from kamdesk.graph.types import ValueDirection
from kamdesk.store import Workspace
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.panels.portfolio_map import COLOURS, SMALL, PortfolioMap
from tests.ui.desk_helpers import TODAY


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "map.kam"
    with Workspace.open(path, create=True) as ws:
        for g in sample.generate(seed=2, today=TODAY):
            ws.add_account(g)
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_every_account_is_a_bubble_and_a_click_opens_it(qtbot, window: MainWindow) -> None:
    panel: PortfolioMap = window.panel("portfolioMap")
    window.tabs.setCurrentWidget(panel)
    accounts = window.workspace.accounts()
    bubbles = {b.key: b for b in panel.chart.bubbles}
    assert set(bubbles) == {a.id for a in accounts}
    for a in accounts:
        assert (bubbles[a.id].x, bubbles[a.id].y) == (a.relationship_strength, a.attractiveness)
        assert bubbles[a.id].colour in COLOURS.values()
    other = next(a for a in accounts if a.id != window.graph.id)
    centre = panel.chart.at(other.relationship_strength, other.attractiveness)
    qtbot.mouseClick(panel.chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(centre.x()), round(centre.y())))
    assert window.graph.id == other.id


def test_the_open_account_moves_and_grows_as_it_is_edited(qtbot, window: MainWindow) -> None:
    panel: PortfolioMap = window.panel("portfolioMap")
    window.tabs.setCurrentWidget(panel)
    g = window.graph
    before = next(b for b in panel.chart.bubbles if b.key == g.id)
    window.document.run("move", lambda gr: gr.update_account(
        gr.account._replace(relationship_strength=9.5, attractiveness=0.5)))
    moved = next(b for b in panel.chart.bubbles if b.key == g.id)
    assert (moved.x, moved.y) == (9.5, 0.5)
    received = [e.id for e in g.records(ValueEntry).values()
                if e.direction is ValueDirection.RECEIVED and e.amount > 0]
    assert received and before.radius > SMALL
    window.document.compound("drop", *[
        (lambda gr, i=i: gr.remove_record(ValueEntry, i)) for i in received])
    assert next(b for b in panel.chart.bubbles if b.key == g.id).radius == SMALL
    window.document.stack.undo()
    window.document.stack.undo()
    assert next(b for b in panel.chart.bubbles if b.key == g.id) == before


def test_other_accounts_are_read_once_and_warmed_up_in_the_background(
        qtbot, window: MainWindow, monkeypatch) -> None:
    from kamdesk.store import caching
    from kamdesk.ui.panels.portfolio_reader import reader_for

    ws = window.workspace
    reader = reader_for(ws)
    reader.known.clear()
    with ws.engine.begin() as conn:  # a workspace whose summaries were never kept
        caching.forget(conn, {a.id for a in ws.accounts()})
    loads: list[str] = []
    real = ws.load
    monkeypatch.setattr(ws, "load", lambda aid: loads.append(aid) or real(aid))
    reader.warm_up(lambda: {window.graph.id})
    qtbot.waitUntil(lambda: not reader.pending and len(reader.known) == 3, timeout=10_000)
    assert sorted(loads) == sorted(a.id for a in ws.accounts() if a.id != window.graph.id)
    digests = reader.digests(window.graph)
    assert len(digests) == 4 and len(loads) == 3  # remembered: nothing read again
    assert any(d.actions for d in digests)


def test_the_warm_up_leaves_the_account_being_opened_to_its_own_read(
        qtbot, window: MainWindow, monkeypatch) -> None:
    """An account opened from its kept picture is read behind the picture; the warm-up,
    whose turn may come meanwhile, must not load it a second time (nor the open one)."""
    from kamdesk.store import caching
    from kamdesk.ui import opening
    from kamdesk.ui.panels.portfolio_reader import reader_for

    ws = window.workspace
    shown = window.graph.id
    other = next(a.id for a in ws.accounts() if a.id != shown)
    reader = reader_for(ws)
    with ws.engine.begin() as conn:  # nothing kept: the warm-up would load every account
        caching.forget(conn, {a.id for a in ws.accounts()})
    reader.known.clear()
    loads: list[str] = []
    real = ws.load
    monkeypatch.setattr(ws, "load", lambda aid: loads.append(aid) or real(aid))
    window.panel("portfolioMap").set_workspace(ws)  # the warm-up, as a window starts it
    picture = opening.FirstView(window, window.chart, other, window.chart.grab().toImage())
    picture._anyway.stop()  # (its own read is not started here: no event loop turns)
    while reader.pending:  # each turn of the warm-up, at once
        reader._next()
    opening.cancel(window)
    assert shown not in loads and other not in loads
    assert sorted(loads) == sorted(a.id for a in ws.accounts() if a.id not in (shown, other))
