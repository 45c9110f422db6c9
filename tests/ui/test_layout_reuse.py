"""Reopening an unchanged account paints from the layout kept in the workspace; any change
— here, in another process, an import — makes the next open lay out afresh. In every case
the chart shown equals a full layout of the account as it is."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.chart import chart_layout
from kamdesk.graph.live_chart import LiveChart
from kamdesk.store import Workspace
from kamdesk.ui.chart.view import OrgChartView
from kamdesk.ui.mainwindow import MainWindow

TODAY = date(2026, 11, 22)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=6, people=1500, today=TODAY)[0])
    return path


def _views(window: MainWindow) -> list[OrgChartView]:
    return [window.chart, *(p for p in window.panels if isinstance(p, OrgChartView)
                            and p is not window.chart)]


def _equals_a_full_layout(view: OrgChartView) -> None:
    assert view.graph is not None and isinstance(view.chart, LiveChart)
    full = chart_layout(view.graph, view.side, view.collapsed, view._size)
    assert dict(view.chart.boxes) == full.boxes
    assert dict(view.chart.manager) == full.manager
    assert dict(view.chart.stacked) == full.stacked


def _reopen(window: MainWindow) -> None:
    account = window.graph.id if window.graph is not None else None
    window.show_account(None)  # leaving keeps a layout that changed since it was kept
    window.show_account(account)


def test_an_unchanged_account_reopens_with_its_layout(window: MainWindow) -> None:
    views = _views(window)
    assert len(views) == 2  # the client's chart and our team's
    assert not any(v.keeper.reused_last for v in views)  # never kept before
    _reopen(window)
    assert all(v.keeper.reused_last for v in views)
    for view in views:
        _equals_a_full_layout(view)
    # an edit here: the layout follows it, and the one kept then is reused next time
    graph, document = window.graph, window.document
    assert graph is not None and document is not None
    boss = next(p for p in window.chart.chart.boxes if len(graph.solid_reports(p)) > 2)
    document.update_person(graph.person(boss)._replace(name="A much longer name " * 3))
    _reopen(window)
    assert window.chart.keeper.reused_last
    assert window.chart.chart.boxes[boss].width > 200
    _equals_a_full_layout(window.chart)


def test_a_move_is_shown_as_the_reopened_account_orders_it(window: MainWindow) -> None:
    """After a change of manager the moved person is last among the new manager's
    reports; reopened, the graph orders the reports as stored, which may differ: the
    kept layout is then not used, and the chart is the account's as reopened."""
    graph, document = window.graph, window.document
    assert graph is not None and document is not None
    boss = next(p for p in window.chart.chart.boxes if len(graph.solid_reports(p)) > 2)
    who = graph.solid_reports(boss)[0]
    other = next(p for p in window.chart.chart.boxes if graph.solid_reports(p)
                 and p not in (boss, who) and graph.manager_of(p) != who)
    document.set_manager(who, other)
    before = window.graph.solid_reports(other) if window.graph else []
    _reopen(window)
    assert window.graph is not None and window.chart.chart.manager[who] == other
    reused = window.chart.keeper.reused_last
    assert reused == (window.graph.solid_reports(other) == before)
    _equals_a_full_layout(window.chart)


def test_a_large_chart_paints_its_top_first_then_takes_the_kept_layout(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.chart
    view.progressive = 500  # this account's 1,500 people count as large
    _reopen(window)  # kept when left (laid out whole: it was opened small)
    assert view.growing and not view.keeper.reused_last  # the top first, as ever
    first = len(view.chart.layout.nodes)
    view.viewport().repaint()  # the first paint: then the kept layout replaces it
    qtbot.waitUntil(lambda: view.keeper.reused_last, timeout=10_000)
    assert not view.growing and len(view.chart.layout.nodes) > 3 * first
    _equals_a_full_layout(view)


def test_collapsed_cards_are_part_of_what_is_kept(window: MainWindow) -> None:
    view = window.chart
    graph = window.graph
    assert graph is not None
    boss = next(p for p in view.chart.boxes if graph.solid_reports(p) and graph.manager_of(p))
    view.toggle(boss)
    _reopen(window)  # kept collapsed, reopened collapsed: reused
    assert view.keeper.reused_last and boss in view.collapsed
    assert graph.solid_reports(boss)[0] not in window.chart.chart.boxes
    _equals_a_full_layout(view)
    view.toggle(boss)  # expanded: a new layout, kept on leaving
    _reopen(window)
    assert view.keeper.reused_last and boss not in view.collapsed
    _equals_a_full_layout(view)


def _run(*args: str) -> None:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_change_in_another_process_is_not_painted_from_an_old_layout(
        window: MainWindow, target: Path) -> None:
    _reopen(window)
    assert window.chart.keeper.reused_last
    graph = window.graph
    assert graph is not None
    boss = next(p for p in window.chart.chart.boxes if len(graph.solid_reports(p)) > 1)
    moved = graph.solid_reports(boss)[0]
    other = next(p for p in window.chart.chart.boxes if graph.solid_reports(p)
                 and p not in (boss, moved) and graph.manager_of(p) != moved)
    window.show_account(None)
    _run("-c", "import sys\n"
               "from kamdesk.store import Workspace\n"
               "with Workspace.open(sys.argv[1]) as ws:\n"
               "    g = ws.load(ws.accounts()[0].id)\n"
               "    g.set_manager(sys.argv[2], sys.argv[3])\n",
         str(target), moved, other)
    window.show_account(graph.id)
    assert not window.chart.keeper.reused_last
    assert window.chart.chart.manager[moved] == other
    _equals_a_full_layout(window.chart)
    _reopen(window)  # kept again for the new state
    assert window.chart.keeper.reused_last


def test_an_import_makes_the_kept_layout_stale(window: MainWindow, target: Path,
                                               tmp_path: Path) -> None:
    _reopen(window)
    assert window.chart.keeper.reused_last
    graph = window.graph
    assert graph is not None
    top = next(p for p in window.chart.chart.roots())
    csv = tmp_path / "more.csv"
    csv.write_text("id,manager_id,name,title,department,side,level\n"
                   f"n1,{top},Новый Директор,Director,Sales,client,2\n"
                   "n2,n1,New Analyst,Analyst,Sales,client,4\n", encoding="utf-8")
    name = graph.account.name
    window.show_account(None)
    _run("-m", "kamdesk", "import", str(target), str(csv), "--account", name)
    window.show_account(graph.id)
    view = window.chart
    assert not view.keeper.reused_last
    assert view.graph is not None
    imported = [p for p in view.graph.people.values() if p.name == "Новый Директор"]
    assert len(imported) == 1 and imported[0].id in view.chart.boxes
    _equals_a_full_layout(view)
