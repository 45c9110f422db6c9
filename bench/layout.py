"""Layout benchmark: kamdesk's tidy_tree against d3 in Node, on the same trees.

The client org chart of the sample account at 10,000 and 50,000 people (under one virtual
root, as d3 needs one) is laid out with fixed card sizes against d3-hierarchy's ``tree()``,
and with each card its own size against d3-flextree. Medians in milliseconds; Node and the
two npm packages are installed into bench/node on first use. Then kamdesk's incremental
layout (``TidyLayout.update``) after one change of manager, against the full layout. Rows
``·flat``: the layout from scratch on flat arrays (``tidy_flat.place``, what ``tidy_tree``
runs), beside the node layout's rows (kept: the chart still lays out with nodes).
"""

from __future__ import annotations

import gc
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

from kamdesk.graph import queries, sample, tidy_core
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.layout import Box, TidyLayout
from kamdesk.graph.types import Side

NODE_DIR = Path(__file__).parent / "node"
SIZES = [10_000, 50_000]
RUNS = 7
FIXED = (180.0, 80.0)
ROOT = "__root__"


def card_size(graph: AccountGraph, pid: str) -> tuple[float, float]:
    """A card as wide as its title needs (120–260 pt), taller when it lists a counterpart."""
    p = graph.person(pid)
    width = min(260.0, max(120.0, 6.0 * max(len(p.name), len(p.title))))
    return width, 80.0 if p.decision_role is not None else 60.0


def tree_json(graph: AccountGraph, roots: list[str]) -> dict[str, object]:
    def node(pid: str) -> dict[str, object]:
        w, h = card_size(graph, pid)
        return {"w": w, "h": h, "children": []}

    top: dict[str, object] = {"w": 10.0, "h": 10.0, "children": []}
    made = {ROOT: top}
    order = [(r, ROOT) for r in roots]
    while order:
        pid, parent = order.pop()
        made[pid] = node(pid)
        made[parent]["children"].append(made[pid])  # type: ignore[union-attr]
        order += [(c, pid) for c in reversed(graph.solid_reports(pid))]
    return top


def callbacks(graph: AccountGraph, roots: list[str], variable: bool,
              ) -> tuple[Callable[[str], list[str]], Callable[[str], tuple[float, float]]]:
    """A card's children (the roots under the virtual root) and its size, one call each."""
    def children(k: str) -> list[str]:
        return roots if k == ROOT else graph.solid_reports(k)

    def size(k: str) -> tuple[float, float]:
        if k == ROOT:
            return 10.0, 10.0
        return card_size(graph, k) if variable else FIXED

    return children, size


class PythonLayout(TidyLayout[str]):
    """The same layout with the walks run as Python even when they are compiled."""

    _core = tidy_core.pure()


def python_ms(graph: AccountGraph, roots: list[str], variable: bool,
              kind: type[TidyLayout[str]] = TidyLayout,
              ) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of ``tidy_tree`` (a layout from scratch and its boxes).
    The layout pauses the collector; its first pass over the new nodes starts as the
    pause ends, inside the time (as d3's collector is inside d3's)."""
    children, size = callbacks(graph, roots, variable)
    times, cpu = [], []
    for _ in range(RUNS):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        layout = kind(children, size, gap_x=16, gap_y=40)  # what tidy_tree does
        with paused_gc():
            layout.update([ROOT])
            layout.boxes()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return times, cpu


def mapped_ms(graph: AccountGraph, roots: list[str],
              kind: type[TidyLayout[str]] = TidyLayout) -> tuple[list[float], list[float]]:
    """As ``python_ms`` with fixed sizes, the children read from the graph's own index of
    reports (``reports_by_manager``) and one size for all: no Python call per card. The
    reading stays inside the time (d3 builds its hierarchy inside its). The forest's roots
    are laid side by side instead of under a virtual root (one walk fewer than d3's)."""
    times, cpu = [], []
    reports = graph.reports_by_manager()
    layout = None
    for _ in range(RUNS):
        del layout  # freed before the clock, as in python_ms
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        layout = kind(reports, FIXED, gap_x=16, gap_y=40)
        with paused_gc():
            layout.update(roots)
            layout.boxes()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return times, cpu


def flat_ms(graph: AccountGraph, roots: list[str], variable: bool, *, mapped: bool = False,
            core: ModuleType = tidy_core.FLAT, boxes: bool = False,
            ) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of a layout from scratch on flat arrays (``tidy_flat.place``:
    every card's x and y in arrays, no node or box objects), gathering the children inside
    the time: by callbacks under the virtual root as ``python_ms``, or (``mapped``) from the
    graph's reports with one size, the roots side by side as ``mapped_ms``. ``boxes``: also
    every card's ``Box`` in a dict (what ``tidy_tree`` returns). The collector runs as usual
    (a flat layout leaves it a constant number of objects)."""
    children, size = callbacks(graph, roots, variable)
    reports = graph.reports_by_manager()
    times, cpu = [], []
    placed = None
    for _ in range(RUNS):
        del placed
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        if mapped:
            placed = core.place(roots, reports, FIXED, 16.0, 40.0, 32.0)
        else:
            placed = core.place([ROOT], children, size, 16.0, 40.0, 32.0)
        if boxes:
            with paused_gc():  # as TidyLayout.boxes and Placed.boxes
                core.placed_boxes(placed, Box)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return times, cpu


def incremental_ms(graph: AccountGraph, roots: list[str],
                   kind: type[TidyLayout[str]] = TidyLayout) -> tuple[list[float], int]:
    """A leaf moved back and forth between two managers far apart: the update's time
    and the number of cards it laid out again (the median run's)."""
    kids = {p: graph.solid_reports(p) for p in graph.people}
    kids[ROOT] = roots
    layout = kind(kids.__getitem__, lambda k: FIXED, gap_x=16, gap_y=40)
    layout.update([ROOT])
    leaf = next(p for p in reversed(list(kids)) if not kids[p] and p != ROOT)
    old = next(p for p, k in kids.items() if leaf in k)
    new = next(p for p in kids if kids[p] and p not in (old, ROOT))
    times, walked = [], []
    for i in range(RUNS * 2):
        a, b = (old, new) if i % 2 == 0 else (new, old)
        kids[a] = [k for k in kids[a] if k != leaf]
        kids[b] = [*kids[b], leaf]
        start = time.perf_counter()
        layout.update([ROOT], [a, b])
        times.append((time.perf_counter() - start) * 1000)
        walked.append(layout.walked)
    return times, sorted(walked)[len(walked) // 2]


def against(cpu: list[float], peers: dict[str, float], peer: str = "tree_cpu_ms") -> str:
    """Our CPU median over d3's (cpu/cpu: fair on a loaded machine, where wall time is
    mostly the wait for a core)."""
    return f"cpu/cpu {statistics.median(cpu) / peers.get(peer, float('nan')):.2f}"


def spread(times: list[float]) -> str:
    return f"{statistics.median(times):.1f} ({min(times):.0f}–{max(times):.0f})"


def node_ms(tree_file: Path) -> dict[str, float] | None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return None
    if not (NODE_DIR / "node_modules" / "d3-flextree").exists():
        subprocess.run([npm, "install", "--silent", "--no-audit", "--no-fund",
                        "--no-package-lock"], cwd=NODE_DIR, check=True, capture_output=True)
    out = subprocess.run([node, str(NODE_DIR / "layout.mjs"), str(tree_file), str(RUNS)],
                         check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"layout walks: {tidy_core.KIND}; flat: {tidy_core.FLAT_KIND}; load average {load}")
    kinds: list[tuple[str, type[TidyLayout[str]]]] = [("python", PythonLayout)]
    if tidy_core.COMPILED:
        kinds.insert(0, ("compiled", TidyLayout))
    flats: list[tuple[str, ModuleType]] = [("python", tidy_core.pure_flat())]
    if tidy_core.FLAT is not flats[0][1]:
        flats.insert(0, ("compiled", tidy_core.FLAT))
    print(f"{'people':>8} {'walks':>9} {'ours fixed':>16} {'cpu':>7} {'d3 tree':>8} "
          f"{'ratio':>6} {'ours var':>16} {'flextree':>9} {'ratio':>6} {'ours, a move':>16} "
          f"{'cards':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            graph = sample.generate(seed=7, people=n, today=date(2026, 11, 22))[0]
            roots = queries.roots(graph, Side.CLIENT)
            tree_file = Path(tmp) / f"tree{n}.json"
            tree_file.write_text(json.dumps(tree_json(graph, roots)))
            peers = node_ms(tree_file) or {"tree_ms": float("nan"), "flextree_ms": float("nan")}
            print(f"{n:>8,} d3 tree() cpu {peers.get('tree_cpu_ms', float('nan')):.1f} ms, "
                  f"d3-flextree cpu {peers.get('flextree_cpu_ms', float('nan')):.1f} ms "
                  "(medians; the ratios in the last column, cpu/cpu, are against these)",
                  flush=True)
            for name, kind in kinds:
                fixed, fixed_cpu = python_ms(graph, roots, variable=False, kind=kind)
                variable, _ = python_ms(graph, roots, variable=True, kind=kind)
                moves, walked = incremental_ms(graph, roots, kind)
                f, v = statistics.median(fixed), statistics.median(variable)
                print(f"{n:>8,} {name:>9} {spread(fixed):>16} "
                      f"{statistics.median(fixed_cpu):>7.1f} {peers['tree_ms']:>8.1f} "
                      f"{f / peers['tree_ms']:>6.1f} {spread(variable):>16} "
                      f"{peers['flextree_ms']:>9.1f} {v / peers['flextree_ms']:>6.1f} "
                      f"{spread(moves):>16} {walked:>6}  {against(fixed_cpu, peers)}",
                      flush=True)
                mapped, mapped_cpu = mapped_ms(graph, roots, kind)
                m = statistics.median(mapped)
                print(f"{n:>8,} {name + '·map':>9} {spread(mapped):>16} "
                      f"{statistics.median(mapped_cpu):>7.1f} {peers['tree_ms']:>8.1f} "
                      f"{m / peers['tree_ms']:>6.1f}  {against(mapped_cpu, peers)}", flush=True)
            for name, core in flats:
                fixed, fixed_cpu = flat_ms(graph, roots, variable=False, core=core)
                variable, variable_cpu = flat_ms(graph, roots, variable=True, core=core)
                whole, whole_cpu = flat_ms(graph, roots, variable=False, core=core, boxes=True)
                f, v = statistics.median(fixed), statistics.median(variable)
                print(f"{n:>8,} {name + '·flat':>9} {spread(fixed):>16} "
                      f"{statistics.median(fixed_cpu):>7.1f} {peers['tree_ms']:>8.1f} "
                      f"{f / peers['tree_ms']:>6.1f} {spread(variable):>16} "
                      f"{peers['flextree_ms']:>9.1f} {v / peers['flextree_ms']:>6.1f} "
                      f"{'+boxes ' + spread(whole):>16} {statistics.median(whole_cpu):>6.1f}  "
                      f"{against(fixed_cpu, peers)}, var "
                      f"{against(variable_cpu, peers, 'flextree_cpu_ms')}, +boxes "
                      f"{against(whole_cpu, peers)}", flush=True)
                mapped, mapped_cpu = flat_ms(graph, roots, variable=False, mapped=True,
                                             core=core)
                m = statistics.median(mapped)
                print(f"{n:>8,} {name + '·flat·map':>9} {spread(mapped):>16} "
                      f"{statistics.median(mapped_cpu):>7.1f} {peers['tree_ms']:>8.1f} "
                      f"{m / peers['tree_ms']:>6.1f}  {against(mapped_cpu, peers)}", flush=True)
    print("ms: median (min–max) of wall time, cpu: median process CPU time (ours, fixed "
          "sizes); ratio = kamdesk / d3 (above 1: kamdesk is slower); cards: laid out again by the "
          "move; ·map: children read from the graph's reports, one size, no call per card; "
          "·flat: from scratch on flat arrays (tidy_flat), x and y in arrays, no objects per "
          "card; +boxes: and a Box per card in a dict (tidy_tree), then its cpu; cpu/cpu: our "
          "CPU median over d3's (tree(); var: flextree's); "
          "the machine is shared, expect noise")


if __name__ == "__main__":
    sys.exit(main())
