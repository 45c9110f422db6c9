"""Opening an account paints its kept first view before loading a single person, then loads
it and shows the live chart in the very same pixels; the kept view is used only while it is
the account's current state (another process's edit, a resize, broken bytes: the usual
open), nothing can be edited before the load, and the chart after it is a fresh open's."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from sqlalchemy import event

from kamdesk.graph import sample
from kamdesk.graph.chart import chart_layout
from kamdesk.graph.live_chart import LiveChart
from kamdesk.graph.queries import manager_chain
from kamdesk.store import Workspace
from kamdesk.ui import i18n, opening
from kamdesk.ui.chart import first_view
from kamdesk.ui.chart.view import OrgChartView
from kamdesk.ui.mainwindow import MainWindow

TODAY = date(2026, 11, 22)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=3, people=600, today=TODAY)[0])
    return path


def _statements(window: MainWindow) -> list[str]:
    """Every SQL statement the workspace runs from now on, as sqlite3 runs it (the load
    reads with the sqlite3 cursor itself, past SQLAlchemy's events)."""
    seen: list[str] = []
    assert window.workspace is not None
    engine = window.workspace.engine

    @event.listens_for(engine, "checkout")
    def _traced(dbapi, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        dbapi.set_trace_callback(seen.append)

    return seen


def _pixels(view: OrgChartView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _equals_a_full_layout(view: OrgChartView) -> None:
    assert view.graph is not None and isinstance(view.chart, LiveChart)
    assert not view.growing
    full = chart_layout(view.graph, view.side, view.collapsed, view._size)
    assert dict(view.chart.boxes) == full.boxes
    assert dict(view.chart.manager) == full.manager


def _open_painted_first(qtbot, window: MainWindow, account: str,  # type: ignore[no-untyped-def]
                        ) -> QImage | None:
    """Open as choosing the account does; the kept picture if one was painted first
    (then waited until the account is loaded and the picture gone)."""
    opening.open_account(window, account)
    shown = opening.pending(window)
    if shown is None:
        assert window.document is not None  # loaded at once, the usual way
        return None
    assert window.document is None  # nothing to edit before the load
    image = shown.image
    shown.repaint()  # the first paint: the load follows it
    qtbot.waitUntil(lambda: window.document is not None and opening.pending(window) is None,
                    timeout=20_000)
    window.chart.viewport().repaint()
    return image


def _leave(window: MainWindow) -> str:
    assert window.graph is not None
    account = window.graph.id
    window.show_account(None)  # leaving keeps the layout and the first view
    return account


def test_the_first_view_is_painted_before_any_person_is_read(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.chart
    assert window.graph is not None
    people = len(window.graph.people)
    account = _leave(window)
    seen = _statements(window)
    cards: list[str] = []
    painter = view.cards.paint
    view.cards.paint = lambda p, rect, person, **kw: (  # type: ignore[method-assign]
        cards.append(person.id), painter(p, rect, person, **kw))
    opening.open_account(window, account)
    shown = opening.pending(window)
    assert shown is not None and window.document is None
    shown.repaint()
    # before and at the first paint: one read of the cache row, no person, no card
    reads = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 1 and "caches" in reads[0] and "people" not in reads[0]
    assert cards == []
    # input meanwhile edits nothing: there is no document to edit
    window.new_person()
    window.delete_person()
    qtbot.waitUntil(lambda: window.document is not None and opening.pending(window) is None,
                    timeout=20_000)
    assert any('FROM "people"' in s for s in seen)  # now loaded
    assert window.graph is not None and len(window.graph.people) == people
    assert _pixels(view) == shown.image  # the live chart's first frame: the same
    assert cards  # the live chart paints its cards
    assert view.keeper.reused_last  # the kept layout, restored whole
    _equals_a_full_layout(view)
    assert _pixels(view) == shown.image  # the swap shows nothing move


def test_another_process_edit_is_never_painted_from_an_old_view(
        qtbot, window: MainWindow, target: Path) -> None:  # type: ignore[no-untyped-def]
    view = window.chart
    assert window.graph is not None
    top = view.chart.roots()[0]
    account = _leave(window)
    _rename_elsewhere(target, top, "Renamed Elsewhere")
    assert _open_painted_first(qtbot, window, account) is None  # stale: the usual open
    assert window.graph is not None and window.graph.person(top).name == "Renamed Elsewhere"
    _equals_a_full_layout(view)
    _leave(window)  # kept again, for the new state
    image = _open_painted_first(qtbot, window, account)
    assert image is not None and _pixels(view) == image


def test_an_edit_between_the_first_paint_and_the_load_is_what_loads(
        qtbot, window: MainWindow, target: Path) -> None:  # type: ignore[no-untyped-def]
    view = window.chart
    top = view.chart.roots()[0]
    account = _leave(window)
    opening.open_account(window, account)
    shown = opening.pending(window)
    assert shown is not None
    _rename_elsewhere(target, top, "Renamed Meanwhile")  # before the load starts
    shown.repaint()
    qtbot.waitUntil(lambda: window.document is not None and opening.pending(window) is None,
                    timeout=20_000)
    assert window.graph is not None and window.graph.person(top).name == "Renamed Meanwhile"
    assert not view.keeper.reused_last  # the kept layout is stale too: laid out afresh
    view.finish_growing()
    _equals_a_full_layout(view)


def _rename_elsewhere(target: Path, pid: str, name: str) -> None:
    done = subprocess.run([sys.executable, "-c", (
        "import sys\n"
        "from kamdesk.store import Workspace\n"
        "with Workspace.open(sys.argv[1]) as ws:\n"
        "    g = ws.load(ws.accounts()[0].id)\n"
        "    g.update_person(g.person(sys.argv[2])._replace(name=sys.argv[3]))\n"),
        str(target), pid, name], cwd=ROOT, capture_output=True, text=True, timeout=120,
        check=False)
    assert done.returncode == 0, done.stderr


def test_a_view_kept_for_another_size_or_broken_bytes_is_not_used(
        qtbot, window: MainWindow, target: Path) -> None:  # type: ignore[no-untyped-def]
    account = _leave(window)
    window.resize(1100, 760)  # another viewport: the kept pixels would not fit
    qtbot.wait(50)
    assert _open_painted_first(qtbot, window, account) is None
    _leave(window)  # kept for this size
    with sqlite3.connect(target) as conn:  # the row current, its bytes damaged
        conn.execute("UPDATE caches SET data = substr(data, 1, length(data) / 2) "
                     "WHERE kind LIKE 'first/%'")
    assert _open_painted_first(qtbot, window, account) is None
    assert window.graph is not None
    _equals_a_full_layout(window.chart)
    assert first_view.decode(b"not a first view", "x") is None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_after_random_edits_the_chart_loaded_is_a_fresh_opens(
        qtbot, window: MainWindow, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    view = window.chart
    for _ in range(4):
        graph, document = window.graph, window.document
        assert graph is not None and document is not None
        shown = sorted(view.chart.boxes)
        pid = rng.choice(shown)
        what = rng.randrange(3)
        if what == 0:
            document.update_person(graph.person(pid)._replace(name=f"Edited {rng.random()}"))
        elif what == 1 and graph.manager_of(pid) is not None:
            bosses = [p for p in shown if p != pid and pid not in manager_chain(graph, p)
                      and graph.person(p).side is graph.person(pid).side]
            document.set_manager(pid, rng.choice(bosses))
        elif graph.solid_reports(pid):
            view.toggle(pid)
        account = _leave(window)
        image = _open_painted_first(qtbot, window, account)
        assert image is not None and _pixels(view) == image
        painted_first = dict(view.chart.boxes), dict(view.chart.manager), set(view.collapsed)
        window.show_account(account)  # the usual open of the same state: the same chart
        assert not view.growing
        assert (dict(view.chart.boxes), dict(view.chart.manager),
                set(view.collapsed)) == painted_first


def test_a_rename_widening_a_stacked_card_matches_a_full_layout(window: MainWindow) -> None:
    view, graph, document = window.chart, window.graph, window.document
    assert graph is not None and document is not None and isinstance(view.chart, LiveChart)
    pid = next(p for p in sorted(view.chart.boxes) if p in view.chart.stacked)
    document.update_person(graph.person(pid)._replace(name="Edited 0.9560342718892494"))
    _equals_a_full_layout(view)


def test_a_large_chart_loads_whole_under_its_first_view(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.chart
    view.progressive = 200  # this account counts as large: it would open top first
    account = _leave(window)
    image = _open_painted_first(qtbot, window, account)
    assert image is not None
    assert not view.growing and view.keeper.reused_last  # no top-first growing under it
    _equals_a_full_layout(view)
    assert _pixels(view) == image


def test_a_reused_layout_keeps_a_first_view_for_the_window_as_it_is_now(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.chart
    account = _leave(window)  # kept: layout and first view, at 1280 × 800
    window.resize(1180, 740)
    qtbot.wait(50)
    window.show_account(account)  # the usual open: the kept layout, nothing laid out
    assert view.keeper.reused_last and view.keeper.first_timer.isActive()
    view.viewport().repaint()
    qtbot.wait(50)  # the legend placed after the first paint
    view.keeper.keep_first()  # as the timer does once the chart is still
    assert view.keeper.first_print is not None
    window.show_account(None)
    image = _open_painted_first(qtbot, window, account)
    assert image is not None and _pixels(view) == image


def test_the_live_charts_first_frame_is_the_picture(
        qtbot, window: MainWindow, target: Path) -> None:  # type: ignore[no-untyped-def]
    """A window just started (its chart never showed an account: no legend yet) paints
    the picture, then the live chart's first frame is the same: the legend's strip too."""
    _leave(window)
    window.close()  # kept on leaving
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    fresh.resize(1280, 800)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.attach(Workspace.open(target))  # as the app starts: the window first
    shown = opening.pending(fresh)
    assert shown is not None and fresh.chart.looks.legend.isHidden()
    shown._load.stop()
    shown.load()  # as its timer does: the worker reads the account
    assert shown._future is not None
    shown._future.result(timeout=60)
    shown.finish()  # shown, nothing processed in between
    assert opening.pending(fresh) is None and fresh.document is not None
    fresh.repaint()  # the first frame of the live chart
    assert _pixels(fresh.chart) == shown.image
    fresh.close()


def test_the_window_answers_while_the_account_is_read_and_a_new_choice_drops_it(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    account = _leave(window)
    opening.open_account(window, account)
    shown = opening.pending(window)
    assert shown is not None
    shown._load.stop()
    shown.load()  # the worker reads; the GUI thread is free
    reading = shown._future
    window.show_account(None)  # the user leaves before it is shown
    assert opening.pending(window) is None and window.document is None
    assert reading is not None and shown._future is None
    reading.result(timeout=60)
    qtbot.wait(20)  # nothing shows what was read for a choice taken back
    assert window.document is None
    image = _open_painted_first(qtbot, window, account)  # chosen again: shown as ever
    assert image is not None and _pixels(window.chart) == image


def test_switching_language_while_the_picture_waits_still_opens_the_account(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    account = _leave(window)
    opening.open_account(window, account)
    assert opening.pending(window) is not None
    window.switch_language("ru")  # the panels are made again: the picture's view is gone
    try:
        qtbot.waitUntil(lambda: window.document is not None, timeout=20_000)
        assert window.graph is not None and window.graph.id == account
        assert opening.pending(window) is None
    finally:
        QSettings().setValue("language", "en")
        i18n.install("en")
