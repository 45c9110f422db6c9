"""Analysis benchmark: the stakeholder analysis of a 10,000-person account.

The account is written by ``kamdesk sample --people 10000`` and loaded from the file, as
the command line does. Figures are medians with their spread (min–max) in seconds over
several runs and people, wall-clock and CPU time of this process (on a shared, loaded
machine the CPU time is the fairer figure), and their ratio to the targets of issue 14.
"Nothing kept": the scores, the forecast and the signals of the account are computed
afresh in each run (as on the command line); "kept": the account's own were computed
before (as in the app, where the overview and the signals list have asked for them).
This prints, it asserts nothing.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.timing import HEADER, Timing, load, measure, row

PEOPLE = 10_000
TARGETS = {"scores": 0.5, "forecast": 0.5, "what-if": 0.5, "paths to one person": 0.1,
           "best path (any length)": 0.1}


def timed(run: Callable[[], object], repeat: int = 3, fresh: bool = False) -> Timing:
    """``repeat`` runs of ``run``; ``fresh``: nothing derived from any graph kept before each."""
    return measure(run, forget if fresh else (lambda: None), repeat)


def forget() -> None:
    from kamdesk.graph import forecast, influence, signals

    for kept in (signals._KEPT, influence._KEPT, forecast._KEPT):
        kept.clear()


def main() -> None:
    from kamdesk.graph import forecast as forecast_module
    from kamdesk.graph import signals
    from kamdesk.graph.forecast import forecast
    from kamdesk.graph.influence import influence_scores
    from kamdesk.graph.introductions import best_introduction, introduction_paths
    from kamdesk.graph.types import DecisionRole, Side, Stance
    from kamdesk.graph.whatif import what_if_leaves
    from kamdesk.store import Workspace

    print(__doc__.strip().splitlines()[0])
    print(load())
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

    def each(people: list[str], run: Callable[[str], object], repeat: int,
             fresh: bool = False) -> Timing:
        found = Timing()
        for pid in people:
            found.extend(timed(lambda pid=pid: run(pid), repeat, fresh))
        return found

    def kept_what_if(pid: str) -> Timing:
        forget()
        influence_scores(graph)  # as the app has them when its analysis is open
        forecast(graph)
        signals.detect(graph, today)
        return measure(lambda: what_if_leaves(graph, pid, today), runs=1)

    kept = Timing()
    for pid in leavers:
        for _ in range(2):
            kept.extend(kept_what_if(pid))
    results: dict[str, tuple[str, Timing]] = {
        "scores, nothing kept": ("scores", timed(lambda: influence_scores(graph), 5, True)),
        "forecast, nothing kept": ("forecast", timed(lambda: forecast(graph), 5, True)),
        "forecast, scores kept": ("forecast", measure(
            lambda: forecast(graph), forecast_module._KEPT.clear, 5)),
        "what-if, nothing kept": ("what-if", each(
            leavers, lambda pid: what_if_leaves(graph, pid, today), 2, True)),
        "what-if, the account's own kept": ("what-if", kept),
        "paths to one person": ("paths to one person", each(
            targets, lambda pid: introduction_paths(graph, pid), 3)),
        "best path (any length)": ("best path (any length)", each(
            targets, lambda pid: best_introduction(graph, pid), 3)),
    }
    print(f"{'computation, s':<34}" + HEADER[34:])
    for name, (target, times) in results.items():
        print(row(name, times, TARGETS[target], unit="s"))
    print(load())


if __name__ == "__main__":
    main()
