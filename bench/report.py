"""Report benchmark: the account plan of a 1,000- and a 10,000-person account.

Each size runs in a fresh process, so that its peak memory (max RSS) is its own. Figures
are medians, in seconds (wall clock, and CPU time, which a busy machine inflates less);
this prints, it asserts nothing. "auto" is the default print
(over 200 people: the key people and their managers); "all" prints every person on the
chart and in the list; "pptx" is the deck. Targets: 1,000 people ≤ 2 s, 10,000 ≤ 8 s,
peak memory ≤ 300 MB.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile

SIZES = {1_000: 3, 10_000: 2}  # people → runs
SCOPES = ("auto", "all", "pptx")

CHILD = """
import json, resource, sys, time, gc
from datetime import date
from pathlib import Path
from kamdesk.graph import sample
from kamdesk.report.deck import write_deck
from kamdesk.report.plan import write_plan
from kamdesk.report.selection import Choice
people, runs, folder, scope = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
suffix = "pptx" if scope == "pptx" else "pdf"
graph = sample.generate(seed=7, people=people, today=date(2026, 11, 22))[0]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
times, cpu = [], []
for n in range(runs):
    gc.collect()
    start, cpu_start = time.perf_counter(), time.process_time()
    target = folder / f"plan-{people}-{n}.{suffix}"
    if scope == "pptx":
        write_deck(graph, target, lang="ru", today=date(2026, 11, 22))
    else:
        write_plan(graph, target, lang="ru", today=date(2026, 11, 22), choice=Choice(scope))
    times.append(time.perf_counter() - start)
    cpu.append(time.process_time() - cpu_start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

print(json.dumps({"times": times, "cpu": cpu, "peak_mb": peak / 1024, "graph_mb": before / 1024,
                  "size_mb": (folder / f"plan-{people}-0.{suffix}").stat().st_size / 2**20}))
"""


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    print(f"{'scope':>6} {'people':>8} {'wall s':>8} {'CPU s':>8} {'peak MB':>8} {'(graph)':>8} "
          f"{'file MB':>7}")
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for scope in SCOPES:
            for people, runs in SIZES.items():
                out = subprocess.run([sys.executable, "-c", CHILD, str(people), str(runs),
                                      folder, scope], check=True, capture_output=True, text=True)
                r = json.loads(out.stdout)
                results[scope, people] = statistics.median(r["times"])
                print(f"{scope:>6} {people:>8,} {results[scope, people]:>8.2f} "
                      f"{statistics.median(r['cpu']):>8.2f} {r['peak_mb']:>8.0f} "
                      f"{r['graph_mb']:>8.0f} {r['size_mb']:>7.1f}",
                      flush=True)
    for scope in SCOPES:
        small, large = results[scope, 1_000], results[scope, 10_000]
        print(f"{scope}: growth 1,000 → 10,000 people (×10): ×{large / small:.1f}")
    print("(peak MB: the whole process; (graph): before printing)")


if __name__ == "__main__":
    main()
