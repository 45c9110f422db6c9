"""Import benchmark: a 10,000-row Salesforce contact export into a new account.

The floor reads the same file with the ``csv`` module and inserts the rows with plain
``sqlite3`` into one table. kamdesk also detects the format and encoding, checks every row,
resolves the managers, finds cycles and writes people and lines through the store.
"""

from __future__ import annotations

import csv
import gc
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from kamdesk.io.sources import read_source
from kamdesk.store import Workspace
from kamdesk.workflows import prepare_import, run_import

ROWS = 10_000
RUNS = 5
HEADER = ('"Id","AccountId","LastName","FirstName","Salutation","Name","Title","Department",'
          '"Phone","Email","ReportsToId","OwnerId","CreatedDate"')


def make_file(path: Path, rows: int) -> None:
    lines = [HEADER]
    for i in range(rows):
        boss = f"0035g0{(i - 1) // 6:09d}" if i else ""
        lines.append(f'"0035g0{i:09d}AAA","0015g00000XyZ01AAA","Фамилия{i}","Имя{i}","",'
                     f'"Имя{i} Фамилия{i}","Специалист","Отдел {i % 40}","+7 495 {i:07d}",'
                     f'"p{i}@client.example","{boss}","0055g00000Own01AAA",'
                     '"2024-03-01T10:00:00.000Z"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def kamdesk_import(source_file: Path, workspace: Path) -> int:
    with Workspace.open(workspace, create=True) as ws:
        prepared = prepare_import(ws, read_source(source_file), "Big client")
        return len(run_import(ws, prepared).people)


def floor_import(source_file: Path, db: Path) -> int:
    with source_file.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    con = sqlite3.connect(db)
    con.execute(f"CREATE TABLE people ({', '.join(f'c{i}' for i in range(len(rows[0])))})")
    con.executemany(f"INSERT INTO people VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])
    con.commit()
    con.close()
    return len(rows) - 1


def median(step: object, make_args: object) -> float:
    times = []
    for n in range(RUNS):
        args = make_args(n)  # type: ignore[operator]
        gc.collect()
        start = time.perf_counter()
        step(*args)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "contacts.csv"
        make_file(source, ROWS)
        ours = median(kamdesk_import, lambda n: (source, folder / f"ws{n}.kam"))
        floor = median(floor_import, lambda n: (source, folder / f"floor{n}.db"))
    print(f"{ROWS:,} rows: kamdesk {ours:.2f} s, floor {floor:.2f} s, ratio {ours / floor:.1f}"
          " (medians)")


if __name__ == "__main__":
    main()
