"""Desktop app benchmark: the window's own timings, on real workspace files (offscreen Qt).

- open: the user picks an account in the portfolio; timed until the org chart has painted
  (load from SQLite, layout, paint index, table model, overview, first paint);
- rename / change manager: one edit through the undo stack until the chart has repainted;
- leave: from a 50,000-person account to nothing (the views let go, the graph is freed);
- cold start: a fresh ``python`` process until the main window has painted, as
  ``kamdesk`` starts it (Qt first, the domain after).

Medians of several runs, in milliseconds.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = [10_000, 50_000]
RUNS = {10_000: 5, 50_000: 3}
TODAY = date(2026, 11, 22)
COLD_RUNS = 5
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


def cold_start_ms() -> float:
    """Spawn to first paint of the main window, in a new interpreter each time."""
    times = []
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", COLD_CHILD], capture_output=True,
                              text=True, check=True, timeout=60)
        times.append((time.perf_counter() - start) * 1000)
        assert "painted" in done.stdout, done.stderr
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from kamdesk.graph import sample
    from kamdesk.store import Workspace
    from kamdesk.ui.app import MainWindow, application

    print(__doc__.strip().splitlines()[0])
    app = application()
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in SIZES:
            path = Path(folder) / f"app{n}.kam"
            with Workspace.open(path, create=True) as ws:
                ws.add_account(sample.generate(seed=7, people=n, today=TODAY)[0])
            window = MainWindow(Workspace.open(path))
            window.resize(1400, 900)
            window.show()
            window.tabs.setCurrentWidget(window.chart)
            app.processEvents()
            account = window.workspace.accounts()[0].id  # type: ignore[union-attr]

            def painted(window: MainWindow = window) -> None:
                app.processEvents()
                window.chart.viewport().repaint()

            opens, leaves = [], []
            for _ in range(RUNS[n]):
                window.show_account(None)
                gc.collect()
                start = time.perf_counter()
                window.show_account(account)
                painted()
                opens.append(time.perf_counter() - start)
                start = time.perf_counter()
                window.show_account(None)
                app.processEvents()
                leaves.append(time.perf_counter() - start)
            window.show_account(account)
            painted()
            graph, document = window.graph, window.document
            assert graph is not None and document is not None
            chart = window.chart
            person = next(p for p in chart.chart.boxes if p in chart.chart.manager)
            chart.centerOn(chart.card_rect(person).center())
            renames, moves = [], []
            bosses = [p for p in chart.chart.boxes if graph.solid_reports(p)
                      and person not in _chain(graph, p)][:8]
            for i in range(7):
                start = time.perf_counter()
                document.update_person(graph.person(person)._replace(name=f"Renamed {i}"))
                painted()
                renames.append(time.perf_counter() - start)
                start = time.perf_counter()
                document.set_manager(person, bosses[i % len(bosses)])
                painted()
                moves.append(time.perf_counter() - start)
            results[n] = {"open": statistics.median(opens) * 1000,
                          "leave": statistics.median(leaves) * 1000,
                          "rename": statistics.median(renames) * 1000,
                          "move": statistics.median(moves) * 1000,
                          "people": float(len(graph.people))}
            window.close()
            window.deleteLater()
            QApplication.sendPostedEvents()
    print(f"{'people':>8} {'open':>8} {'rename':>8} {'move':>8} {'leave':>8}")
    for r in results.values():
        print(f"{int(r['people']):>8,} {r['open']:>8.1f} {r['rename']:>8.1f} {r['move']:>8.1f} "
              f"{r['leave']:>8.1f}")
    print(f"cold start to a painted window: {cold_start_ms():.0f} ms "
          f"(median of {COLD_RUNS} fresh processes)")
    print("ms, medians; targets: open ≤ 600 (10k) / ≤ 3000 (50k), rename ≤ 16, "
          "move ≤ 100 (10k), leave ≤ 1000 (50k), cold start ≤ 600")


def _chain(graph: object, pid: str) -> list[str]:
    from kamdesk.graph.queries import manager_chain

    return [pid, *manager_chain(graph, pid)]  # type: ignore[arg-type]
