"""Report benchmark: the account plan of a 1,000- and a 10,000-person account.

Each size runs in a fresh process, so that its peak memory (max RSS) is its own. Figures
are medians, in seconds; this prints, it asserts nothing.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile

SIZES = {1_000: 3, 10_000: 2}  # people → runs

CHILD = """
import json, resource, sys, time, gc
from datetime import date
from pathlib import Path
from kamdesk.graph import sample
from kamdesk.report.plan import write_plan
people, runs, folder = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
graph = sample.generate(seed=7, people=people, today=date(2026, 11, 22))[0]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
times = []
for n in range(runs):
    gc.collect()
    start = time.perf_counter()
    write_plan(graph, folder / f"plan-{people}-{n}.pdf", lang="ru", today=date(2026, 11, 22))
    times.append(time.perf_counter() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

print(json.dumps({"times": times, "peak_mb": peak / 1024, "graph_mb": before / 1024,
                  "size_mb": (folder / f"plan-{people}-0.pdf").stat().st_size / 2**20}))
"""


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    print(f"{'people':>8} {'plan s':>8} {'peak MB':>8} {'(graph)':>8} {'PDF MB':>7}")
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for people, runs in SIZES.items():
            out = subprocess.run([sys.executable, "-c", CHILD, str(people), str(runs), folder],
                                 check=True, capture_output=True, text=True)
            r = json.loads(out.stdout)
            results[people] = statistics.median(r["times"])
            print(f"{people:>8,} {results[people]:>8.2f} {r['peak_mb']:>8.0f} "
                  f"{r['graph_mb']:>8.0f} {r['size_mb']:>7.1f}", flush=True)
    small, large = results[1_000], results[10_000]
    print(f"growth 1,000 → 10,000 people (×10): ×{large / small:.1f} "
          "(peak MB: the whole process; (graph): before printing)")


if __name__ == "__main__":
    main()
