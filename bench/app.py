"""Desktop app benchmark: every interaction of issue 16, on real workspace files (offscreen Qt).

One row per interaction, each a function below (``ROWS``), timed until the chart (or the
table) has painted, at 1,000, 10,000 and 50,000 people; medians and the spread (min–max)
of several runs, in milliseconds. Then the memory of a fresh process holding the open
account with its chart painted, and a cold start (a fresh ``python`` until the main
window has painted, as ``kamdesk`` starts it). ``python -m bench app 10000`` runs one size.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bench.open_gaps import row_cold_top_gap
from bench.store_load import row_sqlite_floor, row_store_load

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = [1_000, 10_000, 50_000]
RUNS = {1_000: 7, 10_000: 7, 50_000: 5}
TODAY = date(2026, 11, 22)
COLD_RUNS = 5
TOP_LEVELS = 2  # "open collapsed": the people this deep with reports are collapsed
COLD_CHILD = """
import sys, time
from kamdesk import launch  # what the kamdesk command imports first
from kamdesk.ui.app import MainWindow, application
from PySide6.QtCore import QEvent, QObject

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            sys.exit(0)
        return False

app = application()
window = MainWindow()
window.installEventFilter(Painted(window))
window.show()
app.exec()
"""
MEMORY_CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from kamdesk.store import Workspace
from kamdesk.ui.app import MainWindow, application
app = application()
window = MainWindow(Workspace.open(sys.argv[1]))
window.resize(1400, 900)
window.show()
window.tabs.setCurrentWidget(window.chart)
app.processEvents()
window.show_account(window.workspace.accounts()[0].id)
app.processEvents()
window.chart.viewport().repaint()
window.chart.fit()
window.chart.fit()
window.chart.viewport().repaint()
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(int(status["VmRSS"].split()[0]) // 1024, int(status["VmHWM"].split()[0]) // 1024)
"""


@dataclass
class Bench:
    """The window on one workspace file, and what the rows need of it."""

    n: int
    app: Any
    window: Any
    account: str
    path: Path
    runs: int
    results: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)  # process time, same runs
    _cpu_now: list[float] = field(default_factory=list)

    @property
    def chart(self) -> Any:
        return self.window.chart

    def painted(self) -> None:
        """Until the chart has painted what the action changed: the pending paint, as
        the event loop does it (only the damaged region); a full repaint only if nothing
        was pending. (Always repainting after the event loop painted twice, and all of
        the view even where an edit damaged one card.)"""
        painted(self.app, self.chart.viewport())

    def timed(self, action: Callable[[], object], after: Callable[[], None] | None = None,
              ) -> float:
        FULL_GC.timing = True
        start, cpu = time.perf_counter(), time.process_time()
        action()
        (after or self.painted)()
        FULL_GC.timing = False
        # CPU time beside wall time: on a shared machine the wall clock includes waiting
        self._cpu_now.append((time.process_time() - cpu) * 1000)
        return (time.perf_counter() - start) * 1000

    def reopen(self, collapsed: list[str] | None = None, kept: bool = False,
               first_view: bool = False) -> None:
        """Leave the account, set what opening it will find collapsed, and either keep
        its layout (``kept``: the next open reuses it; ``first_view``: and the picture
        opening paints first, ``ui/opening``) or forget every kept layout."""
        from PySide6.QtCore import QSettings
        from sqlalchemy import delete

        from kamdesk.store import schema

        if kept:
            _grown(self)
            for view in self.charts:
                view.keeper.keep()
        self.window.show_account(None)
        if collapsed is not None:
            key = f"collapsed/{self.account}/{self.chart.side}"
            QSettings().setValue(key, collapsed)
        with self.window.workspace.engine.begin() as conn:
            if not kept:
                conn.execute(delete(schema.caches))
            elif not first_view:  # the rows of before first views: the layout alone
                conn.execute(delete(schema.caches).where(schema.caches.c.kind.like("first/%")))
        gc.collect()

    @property
    def charts(self) -> list[Any]:
        from kamdesk.ui.chart.view import OrgChartView

        return [p for p in self.window.panels if isinstance(p, OrgChartView)]

    def reused(self) -> bool:
        return all(view.keeper.reused_last for view in self.charts)


class _FullCollections:
    """Python's full (generation 2) collections that land inside timed interactions."""

    def __init__(self) -> None:
        self.timing, self.count, self.ms, self._start = False, 0, 0.0, 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2 or not self.timing:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.ms += (time.perf_counter() - self._start) * 1000


FULL_GC = _FullCollections()


# ---------------------------------------------------------------------- the rows
def row_open(b: Bench) -> list[float]:
    times = []
    for _ in range(b.runs):
        b.reopen([])
        times.append(b.timed(lambda: b.window.show_account(b.account)))
        assert not b.reused()
    return times


def row_open_kept(b: Bench, whole: bool = False) -> list[float]:
    """Reopening an unchanged account: painted from the layout kept in the workspace (a
    large chart: its top laid out and painted first, then the kept layout taken whole;
    ``whole``: timed until then)."""
    times = []
    for _ in range(b.runs):
        b.reopen([], kept=True)
        times.append(b.timed(lambda: b.window.show_account(b.account),
                             (lambda: _grown(b)) if whole else None))
        _grown(b)
        assert b.reused(), "the kept layout was not reused"
    return times


def row_open_kept_whole(b: Bench) -> list[float]:
    return row_open_kept(b, whole=True)


def _grown(b: Bench) -> None:
    """A large chart opens top first: wait until the rest is laid out and painted."""
    b.painted()
    while getattr(b.chart, "growing", False):
        b.app.processEvents()
    b.painted()


def row_open_complete(b: Bench) -> list[float]:
    times = []
    for _ in range(max(3, b.runs // 2)):
        b.reopen([])
        times.append(b.timed(lambda: b.window.show_account(b.account), lambda: _grown(b)))
    return times


def _collapsed_top(b: Bench) -> list[str]:
    """The people TOP_LEVELS down with reports: "open collapsed" opens them collapsed."""
    from kamdesk.graph.queries import roots
    from kamdesk.graph.types import Side

    graph = b.window.graph
    level = roots(graph, Side.CLIENT)
    for _ in range(TOP_LEVELS):
        level = [k for p in level for k in graph.solid_reports(p)]
    return [p for p in level if graph.solid_reports(p)]


def row_open_collapsed(b: Bench, kept: bool = False) -> list[float]:
    top = _collapsed_top(b)
    if kept:  # opened collapsed once: that layout is the one kept from then on
        b.reopen(top)
        b.window.show_account(b.account)
    times = []
    for _ in range(b.runs):
        b.reopen(top, kept=kept)
        times.append(b.timed(lambda: b.window.show_account(b.account)))
        assert b.reused() == kept
    b.reopen([])
    b.window.show_account(b.account)
    _grown(b)
    return times


def row_open_collapsed_kept(b: Bench) -> list[float]:
    return row_open_collapsed(b, kept=True)


def _loaded(b: Bench) -> None:
    """Until the account is loaded, its chart whole and painted: interactive."""
    from PySide6.QtCore import QEventLoop

    from kamdesk.ui import opening

    b.painted()
    while opening.pending(b.window) is not None or b.window.document is None:
        # waiting as the event loop does: a busy loop here would take the worker's GIL
        b.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    _grown(b)


def row_open_first_view(b: Bench, loaded: bool = False,
                        collapsed: list[str] | None = None) -> list[float]:
    """Choosing an unchanged account (``ui/opening``): its kept first view painted before
    anything is loaded (``loaded``: timed until loaded, laid out whole and painted)."""
    from kamdesk.ui import opening

    times = []
    for _ in range(b.runs):
        b.reopen([] if collapsed is None else collapsed, kept=True, first_view=True)
        times.append(b.timed(lambda: opening.open_account(b.window, b.account),
                             (lambda: _loaded(b)) if loaded else None))
        _loaded(b)
        assert b.reused(), "the kept layout was not reused"
    return times


def row_open_first_view_loaded(b: Bench) -> list[float]:
    return row_open_first_view(b, loaded=True)


def row_open_collapsed_first_view(b: Bench, loaded: bool = False) -> list[float]:
    top = _collapsed_top(b)
    b.reopen(top)  # opened collapsed once: that view is the one kept from then on
    b.window.show_account(b.account)
    times = row_open_first_view(b, loaded, top)
    b.reopen([])
    b.window.show_account(b.account)
    _grown(b)
    return times


def row_open_collapsed_first_view_loaded(b: Bench) -> list[float]:
    return row_open_collapsed_first_view(b, loaded=True)


def row_open_collapsed_cold_top(b: Bench, loaded: bool = False) -> list[float]:
    """A cold open (nothing kept) of a chart opening collapsed (``ui/chart/cold_top``): its
    top read alone and painted before the account is loaded (``loaded``: timed until loaded,
    laid out and painted: interactive)."""
    from kamdesk.ui import opening

    top = _collapsed_top(b)
    times = []
    for _ in range(b.runs):
        b.reopen(top)
        times.append(b.timed(lambda: opening.open_account(b.window, b.account),
                             (lambda: _loaded(b)) if loaded else None))
        _loaded(b)
        assert not b.reused()
    b.reopen([])
    b.window.show_account(b.account)
    _grown(b)
    return times


def row_open_collapsed_cold_top_loaded(b: Bench) -> list[float]:
    return row_open_collapsed_cold_top(b, loaded=True)


def row_open_cold_top(b: Bench, loaded: bool = False) -> list[float]:
    """A cold open (nothing kept) of a chart opening expanded, as choosing it does
    (``ui/opening``): a chart large enough to open top first has its top levels read alone
    and painted before the account is loaded (``ui/chart/cold_top``); a smaller one is
    loaded at once, as "open → painted" (``loaded``: timed until loaded, whole, painted)."""
    from kamdesk.ui import opening

    times = []
    for _ in range(b.runs):
        b.reopen([])
        times.append(b.timed(lambda: opening.open_account(b.window, b.account),
                             (lambda: _loaded(b)) if loaded else None))
        _loaded(b)
        assert not b.reused()
    return times


def row_open_cold_top_loaded(b: Bench) -> list[float]:
    return row_open_cold_top(b, loaded=True)


def _mover(b: Bench) -> tuple[str, list[str]]:
    from kamdesk.graph.queries import manager_chain

    _grown(b)  # an edit is timed on a chart at rest, not while the open's slices run
    graph, lay = b.window.graph, b.chart.chart
    person = next(p for p in lay.boxes if p in lay.manager and graph.solid_reports(p))
    bosses = [p for p in lay.boxes if graph.solid_reports(p) and p != person
              and person not in manager_chain(graph, p)][::97][:8]
    return person, bosses


def row_move(b: Bench) -> list[float]:
    person, bosses = _mover(b)
    b.chart.resetTransform()
    b.chart.centerOn(b.chart.card_rect(person).center())
    doc = b.window.document
    return [b.timed(lambda i=i: doc.set_manager(person, bosses[i % len(bosses)]))
            for i in range(b.runs)]


def row_rename(b: Bench) -> list[float]:
    person, _ = _mover(b)
    doc, graph = b.window.document, b.window.graph
    return [b.timed(lambda i=i: doc.update_person(
        graph.person(person)._replace(name=f"Renamed {i}"))) for i in range(b.runs)]


def row_collapse(b: Bench) -> list[float]:
    person, _ = _mover(b)
    b.chart.centerOn(b.chart.card_rect(person).center())
    return [b.timed(lambda: b.chart.toggle(person)) for _ in range(b.runs * 2)]


def row_fit(b: Bench) -> list[float]:
    """Fit the whole chart: Fit's second press (the first shows the top levels legibly)."""
    times = []
    for _ in range(b.runs):
        b.chart.resetTransform()
        b.chart.fit()
        b.painted()
        times.append(b.timed(b.chart.fit))
    return times


def row_zoom_at_fit(b: Bench) -> list[float]:
    b.chart.resetTransform()
    b.chart.fit()
    b.chart.fit()
    b.painted()
    return [b.timed(lambda i=i: b.chart.zoom(1.25 if i % 2 == 0 else 0.8))
            for i in range(b.runs * 2)]


def row_search(b: Bench) -> list[float]:
    graph, window = b.window.graph, b.window
    names = [p.name for p in list(graph.people.values())[-b.runs * 37::37]][:b.runs]
    times = []
    for name in names:
        b.chart.resetTransform()
        b.chart.fit()
        b.chart.fit()
        b.painted()
        window.search.blockSignals(True)
        window.search.setText(name)
        window.search.blockSignals(False)
        times.append(b.timed(window.find))
    return times


def _table_painted(b: Bench) -> None:
    painted(b.app, b.window.people.table.viewport())


class _Paints:
    """Counts paint events anywhere in the application (an event filter on it)."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, _watched: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self.filter = Filter()
        app.installEventFilter(self.filter)


PAINTS: _Paints | None = None


def painted(app: Any, widget: Any) -> None:
    """The frame after an action: what the event loop paints (only the damaged widgets
    and regions: a key typed into the filter repaints the line edit, the table once the
    filter applies); ``widget`` wholly only if nothing at all was painted."""
    global PAINTS  # noqa: PLW0603 - one counter for the run, made once Qt is up
    if PAINTS is None:
        PAINTS = _Paints(app)
    before = PAINTS.count
    app.processEvents()
    if PAINTS.count == before:
        widget.repaint()


def row_sort(b: Bench) -> list[float]:
    from PySide6.QtCore import Qt

    panel = b.window.people
    b.window.tabs.setCurrentWidget(panel)
    _table_painted(b)
    times = []
    for i in range(b.runs):
        order = Qt.SortOrder.AscendingOrder if i % 2 else Qt.SortOrder.DescendingOrder
        times.append(b.timed(lambda i=i, order=order: panel.table.sortByColumn(i % 3, order),
                             lambda: _table_painted(b)))
    return times


def _filter_word(b: Bench) -> str:
    return next(p.name for p in b.window.graph.people.values()).split()[0][:6]


def row_filter_key(b: Bench) -> list[float]:
    """A key typed into the filter, until the table has painted (the filter itself waits
    for typing to stop: ``row_filter_applied``)."""
    panel = b.window.people
    b.window.tabs.setCurrentWidget(panel)
    _table_painted(b)
    word = _filter_word(b)
    times = []
    for _ in range(max(1, b.runs // 3)):
        for i in range(1, len(word) + 1):
            times.append(b.timed(lambda i=i: panel.text.setText(word[:i]),
                                 lambda: _table_painted(b)))
        panel.text.setText("")
        panel.filter_now()
        _table_painted(b)
    return times


def row_filter_applied(b: Bench) -> list[float]:
    """Typing stopped: the filter applied to every row, until the table has painted
    (one prefix after another, then cleared)."""
    panel = b.window.people
    b.window.tabs.setCurrentWidget(panel)
    _table_painted(b)
    word = _filter_word(b)
    times = []
    for _ in range(max(1, b.runs // 3)):
        for i in [*range(1, len(word) + 1), 0]:
            panel.text.blockSignals(True)
            panel.text.setText(word[:i])
            panel.text.blockSignals(False)
            times.append(b.timed(panel.filter_now, lambda: _table_painted(b)))
    b.window.tabs.setCurrentWidget(b.chart)
    b.painted()
    return times


def row_leave(b: Bench) -> list[float]:
    times = []
    for _ in range(max(1, b.runs // 2)):
        b.window.show_account(b.account)
        b.painted()
        gc.collect()
        times.append(b.timed(lambda: b.window.show_account(None), b.app.processEvents))
    b.window.show_account(b.account)
    b.painted()
    return times


ROWS: dict[str, tuple[Callable[[Bench], list[float]], str]] = {
    "open → painted": (row_open, "≤ 150 (10k), ≤ 600 (50k)"),
    "open, cold top (exp.)": (row_open_cold_top, "≤ 150 (10k), ≤ 600 (50k)"),
    "cold top exp.→ loaded": (row_open_cold_top_loaded, "(loaded, whole, interactive)"),
    "cold top exp. gap": (row_cold_top_gap, "(longest stall until loaded)"),
    "store load": (row_store_load, "≤ the sqlite3 floor"),
    "sqlite3 floor": (row_sqlite_floor, "(fetchall of the same SELECTs)"),
    "open → all laid out": (row_open_complete, "(top first: the rest after)"),
    "open collapsed": (row_open_collapsed, "≤ 50 (10k), ≤ 150 (50k)"),
    "open coll., cold top": (row_open_collapsed_cold_top, "≤ 50 (10k), ≤ 150 (50k)"),
    "cold top → loaded": (row_open_collapsed_cold_top_loaded, "(loaded, interactive)"),
    "open, layout kept": (row_open_kept, "(unchanged account: no layout)"),
    "open kept → all": (row_open_kept_whole, "(the kept layout taken whole)"),
    "open coll., kept": (row_open_collapsed_kept, "(unchanged account: no layout)"),
    "open, 1st view kept": (row_open_first_view, "≤ 150 (10k), ≤ 600 (50k)"),
    "1st view → loaded": (row_open_first_view_loaded, "(loaded, whole, interactive)"),
    "open coll., 1st view": (row_open_collapsed_first_view, "≤ 50 (10k), ≤ 150 (50k)"),
    "coll. 1st v.→ loaded": (row_open_collapsed_first_view_loaded, "(loaded, interactive)"),
    "change of manager": (row_move, "≤ 16 (10k), ≤ 50 (50k)"),
    "rename": (row_rename, "≤ 16"),
    "collapse / expand": (row_collapse, "≤ 16"),
    "fit → painted": (row_fit, "≤ 50 (10k), ≤ 200 (50k)"),
    "zoom step at fit": (row_zoom_at_fit, "≤ 16"),
    "search → centred": (row_search, "≤ 50"),
    "table: sort": (row_sort, "≤ 50 (10k), ≤ 250 (50k)"),
    "table: filter/key": (row_filter_key, "≤ 16 (10k)"),
    "table: filter done": (row_filter_applied, "(after typing stops)"),
    "leave": (row_leave, ""),
}


# ---------------------------------------------------------------------- running
def workspace_file(folder: Path, n: int) -> Path:
    from kamdesk.graph import sample
    from kamdesk.store import Workspace

    path = folder / f"app{n}.kam"
    if not path.exists():
        with Workspace.open(path, create=True) as ws:
            ws.add_account(sample.generate(seed=7, people=n, today=TODAY)[0])
    return path


def bench_size(app: Any, path: Path, n: int,
               ) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    from PySide6.QtWidgets import QApplication

    from kamdesk.store import Workspace
    from kamdesk.ui.app import MainWindow

    window = MainWindow(Workspace.open(path))
    window.resize(1400, 900)
    window.show()
    window.tabs.setCurrentWidget(window.chart)
    app.processEvents()
    account = window.workspace.accounts()[0].id
    window.show_account(account)
    b = Bench(n, app, window, account, path, RUNS.get(n, 5))
    b.painted()
    for name, (row, _target) in chosen().items():
        b._cpu_now = []
        b.results[name] = row(b)
        b.cpu[name] = b._cpu_now
    window.show_account(None)
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents()
    return b.results, b.cpu


def memory_mb(path: Path) -> tuple[int, int]:
    """(resident now, peak) of a fresh process with the account open and painted, in MB."""
    out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(path)], check=True,
                         capture_output=True, text=True, timeout=300)
    now, peak = out.stdout.split()[-2:]
    return int(now), int(peak)


def cold_start_ms() -> list[float]:
    """Spawn to first paint of the main window, in a new interpreter each time."""
    times = []
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", COLD_CHILD], capture_output=True,
                              text=True, check=True, timeout=60)
        times.append((time.perf_counter() - start) * 1000)
        assert "painted" in done.stdout, done.stderr
    return times


def _load() -> str:
    """The machine's load average (1, 5, 15 min): how shared the cores were."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def chosen() -> dict[str, tuple[Callable[[Bench], list[float]], str]]:
    """The rows to run: all, or those named in KAMDESK_BENCH_ROWS (separated by "|")."""
    names = [n.strip() for n in os.environ.get("KAMDESK_BENCH_ROWS", "").split("|")
             if n.strip()]
    unknown = [n for n in names if n not in ROWS]
    if unknown:
        raise SystemExit(f"bench app: no row {unknown[0]!r}; rows: {', '.join(ROWS)}")
    return {n: r for n, r in ROWS.items() if not names or n in names}


def spread(times: list[float]) -> str:
    return f"{statistics.median(times):7.1f} ({min(times):.0f}–{max(times):.0f})"


def main(sizes: list[int] | None = None) -> None:
    from kamdesk.ui.app import application

    sizes = sizes or [int(a) for a in sys.argv[2:] if a.isdigit()] or SIZES
    print(__doc__.strip().splitlines()[0])
    with tempfile.TemporaryDirectory() as settings:
        os.environ["XDG_CONFIG_HOME"] = settings  # the bench's QSettings, not the user's
        app = application()
        folder = Path(os.environ.get("KAMDESK_BENCH_DIR") or tempfile.mkdtemp())
        gc.callbacks.append(FULL_GC)
        results, cpu, collections = {}, {}, {}
        print(f"load average before: {_load()}")
        for n in sizes:
            FULL_GC.count, FULL_GC.ms = 0, 0.0
            results[n], cpu[n] = bench_size(app, workspace_file(folder, n), n)
            collections[n] = (FULL_GC.count, FULL_GC.ms)
        gc.callbacks.remove(FULL_GC)
        print(f"load average after: {_load()}")
        header = "".join(f"{f'{n:,} people':>22}" for n in sizes)
        for title, table in (("wall", results), ("CPU (process time)", cpu)):
            print(f"\n{title}, ms")
            print(f"{'interaction':<20}{header}   target (ms)")
            for name, (_row, target) in chosen().items():
                cells = "".join(f"{spread(table[n][name]):>22}" for n in sizes)
                print(f"{name:<20}{cells}   {target}")
        print("full garbage collections inside the timed interactions: " + ", ".join(
            f"{n:,}: {count} ({ms:.0f} ms)" for n, (count, ms) in collections.items()))
        if len(chosen()) < len(ROWS):  # some rows only: no memory, cold start, desk
            print(f"load average now {_load()}")
            return
        memory = {n: memory_mb(workspace_file(folder, n)) for n in sizes}
        print("memory, whole process, account open and painted (MB now / peak): " + ", ".join(
            f"{n:,}: {now} / {peak}" for n, (now, peak) in memory.items())
            + "; targets ≤ 350 (10k), ≤ 1,300 (50k)")
    print(f"cold start to a painted window: {spread(cold_start_ms())} ms")
    print("ms: median (min–max) of several runs, wall and (cpu) process CPU time; the "
          f"machine is shared, expect noise; load average now {_load()}")
    from bench import desk_panels  # the KAM's desk panels (issue 11)

    desk_panels.main()
