"""Foundation benchmark: sample, save, open and edit a workspace at 1k / 10k / 50k people.

The floor is the least any implementation must pay for the same data: the same rows
inserted with the plain ``sqlite3`` module into tables of the same columns, then read back
into a plain ``networkx.DiGraph`` (one node per person with its fields, one edge per link).
Figures are medians of several runs, in milliseconds; this prints, it asserts nothing.
"""

from __future__ import annotations

import gc
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Link, Person
from kamdesk.store import Workspace
from kamdesk.store.codec import CODECS

SIZES = [1_000, 10_000, 50_000]
RUNS = {1_000: 7, 10_000: 5, 50_000: 3}
TODAY = date(2026, 11, 22)


def median_ms(runs: int, setup: Callable[[], Any], step: Callable[[Any], Any]) -> float:
    """Median wall time of ``step(setup())``, setup not timed, collector settled before."""
    times = []
    for _ in range(runs):
        arg = setup()
        gc.collect()
        start = time.perf_counter()
        step(arg)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def floor_save(path: Path, people: list[tuple[Any, ...]], links: list[tuple[Any, ...]]) -> None:
    con = sqlite3.connect(path)
    for name, rows in (("people", people), ("links", links)):
        cols = CODECS[Person if name == "people" else Link].fields
        con.execute(f"CREATE TABLE {name} (id TEXT PRIMARY KEY, {', '.join(cols[1:])})")
        con.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(cols))})", rows)
    con.commit()
    con.close()


def schema_floor_save(path: Path, people: list[tuple[Any, ...]],
                      links: list[tuple[Any, ...]]) -> None:
    """The same insert with plain sqlite3, but into kamdesk's real schema (foreign keys,
    indexes, WAL): what is left above this is the cost of kamdesk's own code."""
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("BEGIN")
    con.execute("INSERT INTO accounts (id, name, industry, business_model, goals, "
                "attractiveness, relationship_strength, stage, notes) "
                "VALUES ('acc', 'a', '', '', '', 5, 5, 'basic', '')")
    for codec, rows in ((CODECS[Person], people), (CODECS[Link], links)):
        marks = ", ".join("?" * len(codec.fields))
        con.executemany(f"INSERT INTO {codec.table.name} VALUES ({marks})",
                        [(r[0], "acc", *r[2:]) for r in rows])
    con.execute("COMMIT")
    con.close()


def empty_schema(path: Path) -> Path:
    Workspace.open(path, create=True).close()
    return path


def floor_open(path: Path) -> nx.DiGraph[str]:
    con = sqlite3.connect(path)
    g: nx.DiGraph[str] = nx.DiGraph()
    cols = CODECS[Person].fields
    g.add_nodes_from((r[0], dict(zip(cols, r, strict=True)))
                     for r in con.execute("SELECT * FROM people"))
    g.add_edges_from((r[3], r[4], {"id": r[0], "kind": r[2]})
                     for r in con.execute("SELECT * FROM links"))
    con.close()
    return g


def measure(n: int, folder: Path) -> dict[str, float]:
    runs = RUNS[n]
    counter = iter(range(10_000))
    graph = sample.generate(seed=7, people=n, today=TODAY)[0]

    def fresh_path() -> Path:
        return folder / f"w{n}-{next(counter)}.kam"

    def new_graph() -> AccountGraph:
        return sample.generate(seed=7, people=n, today=TODAY)[0]

    def save(args: tuple[Path, AccountGraph]) -> None:
        with Workspace.open(args[0], create=True) as ws:
            ws.add_account(args[1])

    result = {"people": float(len(graph.people)), "links": float(len(graph.links))}
    result["sample"] = median_ms(max(1, runs - 2), lambda: None, lambda _: new_graph())
    result["save"] = median_ms(runs, lambda: (fresh_path(), graph), save)
    stored = fresh_path()
    save((stored, graph))

    def open_account(path: Path) -> AccountGraph:
        with Workspace.open(path) as ws:
            return ws.load(graph.id)

    result["open"] = median_ms(runs, lambda: stored, open_account)

    ws = Workspace.open(stored)
    live = ws.load(graph.id)
    person = next(iter(live.people.values()))
    edits = []
    for i in range(51):
        p = live.person(person.id)
        start = time.perf_counter()
        live.update_person(p._replace(title=f"Title {i}"))
        edits.append(time.perf_counter() - start)
    result["edit"] = statistics.median(edits) * 1000
    ws.close()

    person_rows = [tuple(CODECS[Person].encode(p).values()) for p in graph.people.values()]
    link_rows = [tuple(CODECS[Link].encode(x).values()) for x in graph.links.values()]
    result["floor_save"] = median_ms(runs, fresh_path,
                                     lambda p: floor_save(p, person_rows, link_rows))
    result["schema_floor_save"] = median_ms(
        runs, lambda: empty_schema(fresh_path()),
        lambda p: schema_floor_save(p, person_rows, link_rows))
    floor_file = fresh_path()
    floor_save(floor_file, person_rows, link_rows)
    result["floor_open"] = median_ms(runs, lambda: floor_file, floor_open)
    return result


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    header = (f"{'people':>8} {'links':>7} {'sample':>8} {'save':>8} {'floor':>8} {'ratio':>6}"
              f" {'schema':>7} {'ratio':>6} {'open':>8} {'floor':>8} {'ratio':>6} {'edit':>7}")
    print(header)
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            r = measure(n, Path(tmp))
            rows[n] = r
            print(f"{int(r['people']):>8,} {int(r['links']):>7,} {r['sample']:>8.1f} "
                  f"{r['save']:>8.1f} {r['floor_save']:>8.1f} "
                  f"{r['save'] / r['floor_save']:>6.2f} {r['schema_floor_save']:>7.1f} "
                  f"{r['save'] / r['schema_floor_save']:>6.2f} {r['open']:>8.1f} "
                  f"{r['floor_open']:>8.1f} {r['open'] / r['floor_open']:>6.2f} "
                  f"{r['edit']:>7.2f}", flush=True)
    print("times in ms (medians); ratio = kamdesk / floor; schema = plain sqlite3 into "
          "kamdesk's own schema (foreign keys, indexes, WAL); edit = one rename's commit")
    big, mid = rows[SIZES[-1]], rows[SIZES[-2]]
    growth = {k: big[k] / mid[k] for k in ("sample", "save", "open", "edit")}
    print(f"growth {SIZES[-2]:,} → {SIZES[-1]:,} people (×5): " +
          ", ".join(f"{k} ×{v:.2f}" for k, v in growth.items()))


if __name__ == "__main__":
    main()
