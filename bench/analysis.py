"""Analysis benchmark: the stakeholder analysis of a 10,000-person account.

The account is written by ``kamdesk sample --people 10000`` and loaded from the file, as
the command line does. Figures are medians (and the worst case) in seconds over several
runs and people, wall-clock and CPU time of this process (on a shared, loaded machine the
CPU time is the fairer figure); targets from issue 14. This prints, it asserts nothing.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

PEOPLE = 10_000
TARGETS = {"scores": 0.5, "forecast": 0.5, "what-if": 0.5, "paths to one person": 0.1,
           "best path (any length)": 0.1}


def timed(run: Callable[[], object], repeat: int = 3) -> list[tuple[float, float]]:
    times = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    return times


def main() -> None:
    from kamdesk.graph.forecast import forecast
    from kamdesk.graph.influence import influence_scores
    from kamdesk.graph.introductions import best_introduction, introduction_paths
    from kamdesk.graph.types import DecisionRole, Side, Stance
    from kamdesk.graph.whatif import what_if_leaves
    from kamdesk.store import Workspace

    print(__doc__.strip().splitlines()[0])
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.kam"
        subprocess.run([sys.executable, "-m", "kamdesk", "sample", str(path), "--people",
                        str(PEOPLE), "--seed", "7"], check=True, capture_output=True)
        with Workspace.open(str(path)) as ws:
            account = max(ws.accounts(), key=lambda a: ws.people_counts().get(
                (a.id, Side.CLIENT.value), 0))
            graph = ws.load(account.id)
    people = list(graph.people.values())
    clients = [p for p in people if p.side is Side.CLIENT]
    print(f"{len(clients):,} client and {len(people) - len(clients):,} of our people, "
          f"{len(graph.links):,} lines")
    rng = random.Random(7)
    dm = next(p.id for p in clients if p.decision_role is DecisionRole.DECISION_MAKER)
    director = next(p.id for p in clients if p.level == 2)
    champion = next(p.id for p in clients if p.stance is Stance.CHAMPION)
    # people with paths (some within four hops, the ones Yen's search works on) and without
    near = [p.id for p in rng.sample(clients, 400)
            if (best := best_introduction(graph, p.id)) is not None and len(best.hops) <= 4]
    targets = [dm, director, *near[:4], *(p.id for p in rng.sample(clients, 2))]
    leavers = [graph.account.kam_id or dm, champion, director]

    results: dict[str, list[tuple[float, float]]] = {
        "scores": timed(lambda: influence_scores(graph)),
        "forecast": timed(lambda: forecast(graph)),
        "what-if": [t for pid in leavers
                    for t in timed(lambda pid=pid: what_if_leaves(graph, pid, today), 1)],
        "paths to one person": [t for pid in targets
                                for t in timed(lambda pid=pid: introduction_paths(graph, pid))],
        "best path (any length)": [t for pid in targets for t in timed(
            lambda pid=pid: best_introduction(graph, pid))],
    }
    print(f"{'computation':<24} {'best s':>7} {'median s':>9} {'worst s':>8} {'cpu med':>8} "
          f"{'cpu worst':>9} {'target s':>9}")
    for name, times in results.items():
        wall = [w for w, _ in times]
        cpu = [c for _, c in times]
        verdict = "ok" if max(cpu) <= TARGETS[name] else "OVER"
        print(f"{name:<24} {min(wall):>7.3f} {statistics.median(wall):>9.3f} {max(wall):>8.3f} "
              f"{statistics.median(cpu):>8.3f} {max(cpu):>9.3f} {TARGETS[name]:>9.1f}  "
              f"{verdict} (by CPU time)")


if __name__ == "__main__":
    main()
