"""Import benchmark: a 10,000-row Salesforce contact export into a new account, then
200,000 rows, and a 200,000-deep reporting chain (against a 50,000-deep one, and against a
wide file of the same sizes: linear?).

The floor reads the same file with the ``csv`` module and inserts the rows with plain
``sqlite3`` into one table. kamdesk also detects the format and encoding, checks every row,
resolves the managers, finds cycles and writes people and lines through the store. The big
runs each go in a fresh process, so that their peak memory (resident size) is their own.
Targets (issue 12): 10,000 rows ≤ 1 s and ≤ 3× the floor; 200,000 rows ≤ 20 s and ≤ 1 GB.
"""

from __future__ import annotations

import csv
import gc
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.timing import Timing, load
from kamdesk.graph.bulk import paused_gc
from kamdesk.io.sources import read_source
from kamdesk.store import Workspace
from kamdesk.workflows import prepare_import, run_import

ROWS = 10_000
BIG = 200_000
RUNS = 7
PAIRS = 9  # kamdesk's and the floor's 10,000-row imports, run in turn
BIG_RUNS = 3  # fresh processes for each large file (medians)
HEADER = ('"Id","AccountId","LastName","FirstName","Salutation","Name","Title","Department",'
          '"Phone","Email","ReportsToId","OwnerId","CreatedDate"')


def make_file(path: Path, rows: int, chain: bool = False) -> None:
    """A Salesforce export: a tree six wide, or (``chain``) each person under the last."""
    lines = [HEADER]
    for i in range(rows):
        up = (i - 1) if chain else (i - 1) // 6
        boss = f"0035g0{up:09d}" if i else ""
        lines.append(f'"0035g0{i:09d}AAA","0015g00000XyZ01AAA","Фамилия{i}","Имя{i}","",'
                     f'"Имя{i} Фамилия{i}","Специалист","Отдел {i % 40}","+7 495 {i:07d}",'
                     f'"p{i}@client.example","{boss}","0055g00000Own01AAA",'
                     '"2024-03-01T10:00:00.000Z"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def kamdesk_import(source_file: Path, workspace: Path) -> int:
    """As ``kamdesk import`` does it: one pause of the collector from reading to writing,
    ended once what the import built is gone (so the collector's next pass finds little)."""
    with paused_gc():
        return _import(source_file, workspace)


def _import(source_file: Path, workspace: Path) -> int:
    with Workspace.open(workspace, create=True) as ws:
        prepared = prepare_import(ws, read_source(source_file), "Big client")
        return len(run_import(ws, prepared).people)


def stages(source_file: Path, folder: Path) -> str:
    """Where the import's CPU time goes: the median of each stage over RUNS imports."""
    found: dict[str, list[float]] = {}

    def clock(name: str, start: float) -> float:
        now = time.process_time()
        found.setdefault(name, []).append(now - start)
        return now

    def one(n: int) -> float:
        at = time.process_time()
        ws = Workspace.open(folder / f"stages{n}.kam", create=True)
        at = clock("open", at)
        source = read_source(source_file)
        at = clock("read", at)
        prepared = prepare_import(ws, source, "Big client")
        at = clock("plan", at)
        run_import(ws, prepared)  # the graph's rules (bulk.add_many), then the rows
        at = clock("apply+write", at)
        ws.close()
        return clock("close", at)

    for n in range(RUNS):
        gc.collect()
        with paused_gc():  # one pause, as kamdesk_import
            at = one(n)  # returning frees what the import built (most of this stage)
        _ = [[] for _ in range(1000)]  # and the collector's first pass after the pause
        clock("freed+gc", at)
    return ", ".join(f"{name} {statistics.median(cpu) * 1000:.0f}" for name, cpu in
                     found.items())


def indexes_after(source_file: Path, folder: Path) -> str:
    """Issue 12's idea of building the people's and lines' secondary indexes after the rows
    (drop them inside the transaction, insert, CREATE INDEX), measured on the statements an
    import sends: replayed on copies of a new workspace, SQLite's own CPU time only."""
    from collections.abc import Iterable

    from sqlalchemy import Connection

    from kamdesk.store import inserting

    sent: list[tuple[str, list[tuple[object, ...]]]] = []
    write_many = inserting.write_many

    def keep(conn: Connection, sql: str, rows: Iterable[tuple[object, ...]]) -> None:
        # the rows as the driver is given them (store/inserting.write_many)
        if sql.startswith(("INSERT INTO people", "INSERT INTO links",
                           "INSERT OR ROLLBACK INTO people", "INSERT OR ROLLBACK INTO links")):
            rows = list(rows)
            sent.append((sql, rows))
        write_many(conn, sql, rows)

    inserting.write_many = keep
    try:
        kamdesk_import(source_file, folder / "replayed.kam")
    finally:
        inserting.write_many = write_many
    Workspace.open(folder / "empty.kam", create=True).close()
    with sqlite3.connect(folder / "replayed.kam") as con:
        account = con.execute("SELECT * FROM accounts").fetchone()
        indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                              "tbl_name IN ('people', 'links') AND sql IS NOT NULL").fetchall()
    found: dict[str, list[float]] = {"kept": [], "built after": []}
    for n in range(RUNS * 2):
        how = "kept" if n % 2 else "built after"
        copy = folder / f"replay{n}.kam"
        copy.write_bytes((folder / "empty.kam").read_bytes())
        con = sqlite3.connect(copy, isolation_level=None)
        # as add_account writes a new account (store/inserting.checked_here: no look-ups)
        for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = OFF"):
            con.execute(f"PRAGMA {pragma}")
        start = time.process_time()
        con.execute("BEGIN IMMEDIATE")
        con.execute(f"INSERT INTO accounts VALUES ({', '.join('?' * len(account))})", account)
        for name, _ in indexes if how != "kept" else ():
            con.execute(f'DROP INDEX "{name}"')
        for sql, rows in sent:
            con.executemany(sql, rows)
        for _, sql in indexes if how != "kept" else ():
            con.execute(sql)
        con.execute("COMMIT")
        found[how].append(time.process_time() - start)
        con.close()
    return ", ".join(f"indexes {how} {statistics.median(cpu) * 1000:.0f}" for how, cpu in
                     found.items()) + f" ({len(indexes)} indexes)"


def rows_a_statement(source_file: Path, folder: Path) -> str:
    """Writing the new account (``Workspace.add_account``, CPU) with one row an INSERT
    against ``inserting.ROWS_A_STATEMENT`` rows an INSERT (store/inserting.write_rows),
    whole imports alternating in this process."""
    from kamdesk.store import inserting

    add_account = Workspace.add_account
    spent: list[float] = []

    def timed_add(ws: Workspace, *args: Any) -> None:
        start = time.process_time()
        try:
            add_account(ws, *args)
        finally:
            spent.append(time.process_time() - start)

    many = inserting.ROWS_A_STATEMENT
    found: dict[int, list[float]] = {1: [], many: []}
    Workspace.add_account = timed_add  # type: ignore[method-assign]
    try:
        for n in range(RUNS * 2):
            inserting.ROWS_A_STATEMENT = 1 if n % 2 else many
            gc.collect()
            kamdesk_import(source_file, folder / f"rows{n}.kam")
            found[inserting.ROWS_A_STATEMENT].append(spent[-1])
    finally:
        Workspace.add_account = add_account  # type: ignore[method-assign]
        inserting.ROWS_A_STATEMENT = many
    return ", ".join(f"{rows} a statement {statistics.median(cpu) * 1000:.0f}"
                     for rows, cpu in found.items())


def floor_import(source_file: Path, db: Path) -> int:
    with source_file.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    con = sqlite3.connect(db)
    con.execute(f"CREATE TABLE people ({', '.join(f'c{i}' for i in range(len(rows[0])))})")
    con.executemany(f"INSERT INTO people VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])
    con.commit()
    con.close()
    return len(rows) - 1


def timed(step: object, make_args: object, runs: int = RUNS) -> Timing:
    """Wall-clock and CPU seconds of each run (CPU time says more on a machine others
    load)."""
    found = Timing()
    for n in range(runs):
        args = make_args(n)  # type: ignore[operator]
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        step(*args)  # type: ignore[operator]
        found.add(time.perf_counter() - start, time.process_time() - start_cpu)
    return found


def median(step: object, make_args: object) -> tuple[float, float]:
    """Median wall-clock and CPU seconds."""
    found = timed(step, make_args)
    return statistics.median(found.wall), statistics.median(found.cpu)


def spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):.3f} ({min(xs):.3f}–{max(xs):.3f})"


def one_run(source_file: Path, workspace: Path) -> None:
    """In a fresh process: import once, print seconds, people, lines and peak RSS as JSON."""
    start, start_cpu = time.perf_counter(), time.process_time()
    with Workspace.open(workspace, create=True) as ws:
        prepared = prepare_import(ws, read_source(source_file), "Big client")
        graph = run_import(ws, prepared)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB → MB (Linux)
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "people": len(graph.people),
                      "lines": prepared.plan.lines, "peak_mb": peak}))


def fresh(source_file: Path, workspace: Path, runs: int = BIG_RUNS) -> dict[str, float]:
    """Each run in a fresh process: the median of its seconds and CPU seconds (one run of a
    large file varies by ±25% on a shared machine), the largest peak."""
    found: list[dict[str, float]] = []
    for n in range(runs):
        out = subprocess.run([sys.executable, "-m", "bench.importing", "--one",
                              str(source_file), str(workspace.with_suffix(f".{n}.kam"))],
                             check=True, capture_output=True, text=True)
        found.append(json.loads(out.stdout.strip().splitlines()[-1]))
    result = {key: statistics.median(r[key] for r in found) for key in found[0]}
    result["peak_mb"] = max(r["peak_mb"] for r in found)
    return result


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "contacts.csv"
        make_file(source, ROWS)
        print(load())
        ours, floor = Timing(), Timing()
        for n in range(PAIRS):  # in turn: a drift of the machine's speed meets both alike
            ours.extend(timed(kamdesk_import, lambda _, n=n: (source, folder / f"ws{n}.kam"),
                              runs=1))
            floor.extend(timed(floor_import, lambda _, n=n: (source, folder / f"f{n}.db"),
                               runs=1))
        for what, mine, theirs in (("wall", ours.wall, floor.wall),
                                   ("CPU ", ours.cpu, floor.cpu)):
            print(f"{ROWS:,} rows, {what} s, median (min–max) of {PAIRS}, in turn: kamdesk "
                  f"{spread(mine)}, floor {spread(theirs)}, ratio of medians "
                  f"{statistics.median(mine) / statistics.median(theirs):.1f} "
                  "(targets ≤ 1 s and ≤ 3×)")
        print(f"CPU ms by stage (medians): {stages(source, folder)}")
        print(f"people and lines written, CPU ms (medians): {indexes_after(source, folder)}")
        print(f"new account written, rows an INSERT, CPU ms (medians): "
              f"{rows_a_statement(source, folder)}")
        print(load())
        big = folder / "big.csv"
        make_file(big, BIG)
        r = fresh(big, folder / "big.kam")
        print(f"{BIG:,} rows (medians of {BIG_RUNS} processes): {r['seconds']:.1f} s "
              f"({r['cpu']:.1f} s CPU), "
              f"peak {r['peak_mb']:.0f} MB, "
              f"{r['people']:,.0f} people, {r['lines']:,.0f} lines (targets ≤ 20 s, ≤ 1 GB)")
        chains = {}
        for depth in (BIG // 4, BIG):
            deep = folder / f"chain{depth}.csv"
            make_file(deep, depth, chain=True)
            chains[depth] = fresh(deep, folder / f"chain{depth}.kam")
            c = chains[depth]
            print(f"a {depth:,}-deep chain: {c['seconds']:.1f} s ({c['cpu']:.1f} s CPU), "
                  f"peak {c['peak_mb']:.0f} MB, "
                  f"{c['lines']:,.0f} lines")
        growth = chains[BIG]["cpu"] / chains[BIG // 4]["cpu"]
        print(f"chain 4× deeper took {growth:.1f}× the CPU time (linear: about 4)")
        # what 4× the rows costs a tree six wide (no depth to speak of): the part of the
        # chains' growth that comes with size alone (memory, caches, B-tree depth)
        quarter = folder / "quarter.csv"
        make_file(quarter, BIG // 4)
        wide = fresh(quarter, folder / "quarter.kam")["cpu"]
        print(f"a {BIG // 4:,}-row file six wide: {wide:.1f} s CPU; 4× the rows took "
              f"{r['cpu'] / wide:.1f}× the CPU time; at {BIG:,} rows the chain took "
              f"{chains[BIG]['cpu'] / r['cpu']:.2f}× the wide file's")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one_run(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main()
