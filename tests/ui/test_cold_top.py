"""A cold open (nothing kept) of a chart that opens collapsed below its top levels paints
the top from the cards shown alone (``chart/cold_top``), before the account is loaded; the
loaded chart's first frame is the very same pixels, and an edit by another OS process made
before the open is what is painted."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from sqlalchemy import delete

from kamdesk.graph import sample
from kamdesk.graph.queries import roots
from kamdesk.store import Workspace, schema, top_read
from kamdesk.ui import opening
from kamdesk.ui.chart.view import OrgChartView
from kamdesk.ui.mainwindow import MainWindow

TODAY = date(2026, 11, 22)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=3, people=2500, today=TODAY)[0])
    return path


def _pixels(view: OrgChartView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _leave_collapsed(window: MainWindow, depth: int = 2) -> tuple[str, list[str]]:
    """Leave the account with the people ``depth`` levels down collapsed (as ``bench app``'s
    "open collapsed") and nothing kept: the next open is cold."""
    graph = window.graph
    assert graph is not None
    view = window.chart
    level = roots(graph, view.side)
    for _ in range(depth):
        level = [k for p in level for k in graph.solid_reports(p)]
    collapsed = [p for p in level if graph.solid_reports(p)]
    window.show_account(None)
    QSettings().setValue(f"collapsed/{graph.id}/{view.side}", collapsed)
    assert window.workspace is not None
    with window.workspace.engine.begin() as conn:
        conn.execute(delete(schema.caches))
    return graph.id, collapsed


def _spy(monkeypatch: pytest.MonkeyPatch, window: MainWindow,
         ) -> tuple[list[top_read.Top], list[str]]:
    tops: list[top_read.Top] = []
    loads: list[str] = []
    read = top_read.read_top
    monkeypatch.setattr(top_read, "read_top",
                        lambda *a, **k: tops.append(read(*a, **k)) or tops[-1])
    assert window.workspace is not None
    load = window.workspace.load
    monkeypatch.setattr(window.workspace, "load",
                        lambda account: loads.append(account) or load(account))
    return tops, loads


def _opened(qtbot, window: MainWindow, account: str) -> QImage:  # type: ignore[no-untyped-def]
    opening.open_account(window, account)
    shown = opening.pending(window)
    assert shown is not None, "a cold collapsed open paints its top first"
    assert window.document is None  # nothing to edit before the load
    shown.repaint()
    qtbot.waitUntil(lambda: window.document is not None and opening.pending(window) is None,
                    timeout=30_000)
    window.chart.viewport().repaint()
    return shown.image


def test_the_top_is_painted_before_the_account_is_read(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert window.graph is not None
    people, links = len(window.graph.people), len(window.graph.links)
    account, collapsed = _leave_collapsed(window)
    tops, loads = _spy(monkeypatch, window)
    opening.open_account(window, account)
    shown = opening.pending(window)
    assert shown is not None
    shown.repaint()
    # at the first paint: the top read, the account not loaded, few rows decoded
    assert loads == [] and len(tops) == 1
    assert tops[0].rows < (people + links) / 10, (tops[0].rows, people + links)
    assert window.chart.graph is None  # the partial graph is not left on the view
    qtbot.waitUntil(lambda: window.document is not None and opening.pending(window) is None,
                    timeout=30_000)
    assert loads == [account]
    window.chart.viewport().repaint()
    assert window.graph is not None and len(window.graph.people) == people
    assert window.chart.collapsed == set(collapsed) & set(window.graph.people)
    assert _pixels(window.chart) == shown.image  # the loaded chart's first frame: the same


def test_another_process_edit_is_what_is_painted(
        qtbot, window: MainWindow, target: Path) -> None:  # type: ignore[no-untyped-def]
    account, _ = _leave_collapsed(window)
    before = _opened(qtbot, window, account)
    assert _pixels(window.chart) == before
    assert window.graph is not None
    top = roots(window.graph, window.chart.side)[0]
    _leave_collapsed(window)
    subprocess.run([sys.executable, "-c",
                    "import sqlite3, sys\n"
                    "db = sqlite3.connect(sys.argv[1])\n"
                    "db.execute('UPDATE people SET name = ? WHERE id = ?', "
                    "('Edited Elsewhere', sys.argv[2]))\n"
                    "db.commit()\n", str(target), top], check=True)
    after = _opened(qtbot, window, account)
    assert window.graph is not None and window.graph.person(top).name == "Edited Elsewhere"
    assert after != before  # the top card shows the new name
    assert _pixels(window.chart) == after


def test_a_chart_not_collapsed_opens_the_usual_way(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    account, _ = _leave_collapsed(window)
    QSettings().setValue(f"collapsed/{account}/{window.chart.side}", [])
    tops, loads = _spy(monkeypatch, window)
    opening.open_account(window, account)
    assert opening.pending(window) is None and window.document is not None
    assert tops == [] and loads == [account]


def test_a_large_chart_opened_expanded_paints_its_top_first(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A chart large enough to open top first (here 2,500 people over a lowered bar, as
    10,000 are over the real one) opens expanded from its top levels alone: the cards
    whose subtrees come later are read, nothing below them; the loaded chart's first
    frame (before its first growing slice) is the picture's pixels, and it then grows."""
    assert window.graph is not None
    people, links = len(window.graph.people), len(window.graph.links)
    view = window.chart
    account, _ = _leave_collapsed(window)
    QSettings().setValue(f"collapsed/{account}/{view.side}", [])
    view.progressive = 500
    tops, loads = _spy(monkeypatch, window)
    frames: list[tuple[QImage, set[str]]] = []
    finish = opening.FirstView.finish

    def first_frame(self: opening.FirstView) -> None:
        finish(self)
        frames.append((_pixels(window.chart), set(window.chart._later)))

    monkeypatch.setattr(opening.FirstView, "finish", first_frame)
    opening.open_account(window, account)
    shown = opening.pending(window)
    assert shown is not None, "a large chart opened expanded paints its top first"
    assert window.document is None
    shown.repaint()
    assert loads == [] and len(tops) == 1
    top = tops[0]
    assert top.later and not top.hidden  # nothing collapsed: nothing below is counted
    assert top.rows < (people + links) / 10, (top.rows, people + links)
    assert top.fetched == top.rows + 2
    assert window.chart.graph is None
    qtbot.waitUntil(lambda: window.document is not None and opening.pending(window) is None,
                    timeout=30_000)
    assert loads == [account]
    assert len(frames) == 1
    frame, later = frames[0]
    assert later == set(top.later)  # the loaded chart opened top first too, the same ...
    assert frame == shown.image  # ... and its first frame is the picture
    qtbot.waitUntil(lambda: not view.growing, timeout=30_000)
    assert view.chart.boxes.keys() >= set(window.graph.people) - {
        p for p in window.graph.people if window.graph.people[p].side is not view.side
        or window.graph.people[p].left_on is not None}
