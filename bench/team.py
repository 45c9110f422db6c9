"""Team benchmark: live notification latency with 4 writers, and offline sync at 10,000 people.

A throw-away PostgreSQL server is started as in the tests (tests/pg_server.py). Latency is
from a writer's edit call (in its own process) until a listening Workspace in this process
has applied that change set to its open graph: commit, NOTIFY, the fetch and the apply.
Sync: a 10,000-person account checked out, 500 people changed on each side, then ``sync``
and a second, idle ``sync``. Figures are seconds; this prints, it asserts nothing.
"""

from __future__ import annotations

import multiprocessing
import statistics
import tempfile
import time
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kamdesk.graph import sample
from kamdesk.graph.entities import Person
from kamdesk.store import Workspace
from kamdesk.store.sync import checkout, sync
from tests import pg_server

WRITERS, EDITS = 4, 50
SPAWN = multiprocessing.get_context("spawn")


def _database(admin: str, name: str) -> str:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin).set(database=name).render_as_string(hide_password=False)


def _writer(*, url: str, account_id: str, people: list[str], number: int, start: Any,
            out: Queue[Any]) -> None:
    with Workspace.open(url) as ws:
        graph = ws.load(account_id)
        start.wait(60)
        for n, pid in enumerate(people):
            title = f"w{number}-{n}"
            sent = time.time()
            graph.update_person(graph.person(pid)._replace(title=title))
            out.put((title, sent))
            time.sleep(0.02)  # a person typing, not a bulk load


def latency(url: str) -> list[float]:
    graph = sample.generate(seed=8, people=400)[0]
    with Workspace.open(url, create=True) as ws:
        ws.add_account(graph)
    ids = sorted(graph.people)
    start, out = SPAWN.Event(), SPAWN.Queue()
    writers = [SPAWN.Process(target=_writer, kwargs={
        "url": url, "account_id": graph.id, "people": ids[i * EDITS:(i + 1) * EDITS],
        "number": i, "start": start, "out": out}) for i in range(WRITERS)]
    for w in writers:
        w.start()
    received: dict[str, float] = {}
    with Workspace.open(url) as ws:
        mine = ws.load(graph.id)

        def heard(changes: Any) -> None:
            now = time.time()
            for c in changes:
                if isinstance(c.after, Person):
                    received[c.after.title] = now

        mine.subscribe(heard)
        with ws.follow(mine) as feed:
            time.sleep(3)  # the writers have loaded
            start.set()
            deadline = time.monotonic() + 120
            while len(received) < WRITERS * EDITS and time.monotonic() < deadline:
                feed.poll(1.0)
    sent = dict(out.get(timeout=30) for _ in range(WRITERS * EDITS))
    for w in writers:
        w.join(60)
    return [received[t] - s for t, s in sent.items() if t in received]


def sync_at_scale(url: str, folder: Path) -> dict[str, float]:
    graph = sample.generate(seed=9, people=10_000)[0]
    with Workspace.open(url, create=True) as ws:
        ws.add_account(graph)
    ids = sorted(p.id for p in graph.people.values())
    figures = {}
    trip = folder / "trip.kam"
    with Workspace.open(url) as server:
        t = time.perf_counter()
        checkout(server, graph.id, trip)
        figures["checkout"] = time.perf_counter() - t
    for target, chosen, label in ((str(trip), ids[:500], "mine"),
                                  (url, ids[-500:], "theirs")):
        with Workspace.open(target) as ws:
            g = ws.load(graph.id)
            with g.batch():
                for pid in chosen:
                    g.update_person(g.person(pid)._replace(title=f"changed: {label}"))
    with Workspace.open(trip) as local, Workspace.open(url) as server:
        t = time.perf_counter()
        result = sync(local, server)
        figures["sync"] = time.perf_counter() - t
        figures["sent"], figures["taken"] = result.sent, result.taken
        t = time.perf_counter()
        again = sync(local, server)
        figures["again"] = time.perf_counter() - t
        figures["again_sent"] = again.sent + again.taken
    return figures


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    with pg_server.server() as admin, tempfile.TemporaryDirectory() as folder:
        if admin is None:
            print("no PostgreSQL server on this machine: skipped")
            return
        found = sorted(latency(_database(admin, "bench_live")))
        p95 = found[min(len(found) - 1, int(len(found) * 0.95))]
        print(f"notification latency, {WRITERS} writers × {EDITS} edits "
              f"({len(found)} of {WRITERS * EDITS} delivered): "
              f"median {statistics.median(found) * 1000:.1f} ms, "
              f"p95 {p95 * 1000:.1f} ms, max {found[-1] * 1000:.1f} ms")
        f = sync_at_scale(_database(admin, "bench_sync"), Path(folder))
        print(f"10,000 people: checkout {f['checkout']:.2f} s; sync of 500 + 500 changes "
              f"{f['sync']:.2f} s (sent {f['sent']:.0f}, took {f['taken']:.0f}); "
              f"second sync {f['again']:.2f} s ({f['again_sent']:.0f} rows)")


if __name__ == "__main__":
    main()
