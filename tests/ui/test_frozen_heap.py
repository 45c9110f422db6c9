"""While an account is open its objects are frozen out of Python's full collections
(``ui/frozen_heap``); leaving unfreezes them, and what a left account leaves behind (the
chart's layout nodes are reference cycles) is collected, never frozen with the next one."""

from __future__ import annotations

import gc
import weakref
from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.store import Workspace
from kamdesk.ui import frozen_heap, opening
from kamdesk.ui.mainwindow import MainWindow

TODAY = date(2026, 11, 22)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        for graph in sample.generate(seed=3, people=400, today=TODAY)[:2]:
            ws.add_account(graph)
    return path


def _tracked_ids() -> set[int]:
    return {id(o) for o in gc.get_objects()}  # every generation, not the frozen one


def test_an_open_account_is_frozen_and_unfrozen_when_left(window: MainWindow) -> None:
    assert window.workspace is not None
    first = window.workspace.accounts()[0].id
    window.show_account(first)
    graph = window.graph
    assert graph is not None
    assert frozen_heap.frozen() > len(graph.people)
    assert id(graph) not in _tracked_ids()  # frozen: no full collection walks it
    window.show_account(None)
    assert frozen_heap.frozen() == 0
    assert id(graph) in _tracked_ids()


def test_a_left_accounts_cycles_are_collected_before_the_next_is_frozen(
        window: MainWindow) -> None:
    assert window.workspace is not None
    first, second = (a.id for a in window.workspace.accounts()[:2])
    window.show_account(first)
    chart = weakref.ref(window.chart.chart)
    gc.disable()  # no collection but the ones made on purpose
    try:
        window.show_account(None)
        assert chart() is not None, "the left chart is no cyclic garbage: nothing to test"
        window.show_account(second)
        assert chart() is None, "the left account's chart was frozen with the next one"
        assert frozen_heap.frozen() > 0
    finally:
        gc.enable()


def test_the_worker_open_freezes_too(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.workspace is not None
    first, second = (a.id for a in window.workspace.accounts()[:2])
    window.show_account(first)
    opening.open_account(window, second)
    qtbot.waitUntil(lambda: opening.pending(window) is None and window.document is not None)
    assert window.graph is not None and window.graph.id == second
    assert id(window.graph) not in _tracked_ids()


def test_a_window_closed_with_an_account_open_unfreezes(qtbot, target: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Workspace.open(target))
    assert win.workspace is not None
    win.show_account(win.workspace.accounts()[0].id)
    assert frozen_heap.frozen() > 0
    document = win.document
    assert document is not None
    win.deleteLater()
    del win
    qtbot.waitUntil(lambda: frozen_heap.frozen() == 0)
