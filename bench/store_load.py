"""``bench app`` rows on the store's part of opening an account (issue 16: "the store load
itself at or below the plain ``sqlite3`` floor").

"store load": ``Workspace.load`` alone (the fetch, the decoding, the graph), on the GUI
thread, nothing painted. "sqlite3 floor": the same SELECTs of every column of the
account's rows by the plain ``sqlite3`` module, ``fetchall`` and nothing else, on a
connection of its own (read only): what no load of those rows can do without.
"""

from __future__ import annotations

import gc
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.app import Bench


def row_store_load(b: Bench) -> list[float]:
    workspace = b.window.workspace
    times = []
    for _ in range(b.runs):
        gc.collect()
        times.append(b.timed(lambda: workspace.load(b.account), lambda: None))
    return times


def row_sqlite_floor(b: Bench) -> list[float]:
    from kamdesk.graph.entities import RECORD_TYPES, Account, Link, Person
    from kamdesk.store.codec import CODECS
    from kamdesk.store.workspace import _select_sql

    reads = [(Account, "id"), (Person, "account_id"), (Link, "account_id")]
    statements = [_select_sql(CODECS[kind], column)
                  for kind, column in reads + [(k, "account_id") for k in RECORD_TYPES]]
    times = []
    for _ in range(b.runs):
        gc.collect()
        with sqlite3.connect(f"file:{b.path}?mode=ro", uri=True) as con:
            def fetch() -> None:
                for sql in statements:
                    con.execute(sql, (b.account,)).fetchall()

            gc.disable()  # as the load pauses the collector
            try:
                times.append(b.timed(fetch, lambda: None))
            finally:
                gc.enable()
        con.close()
    return times

