"""Many rows a statement (store/inserting.write_rows): a new account's rows are written
``ROWS_A_STATEMENT`` at a time by one INSERT, then the rest one at a time. These tests show
that what is stored is exactly what one row a statement stores (values, storage classes,
order), for any values and any count around the batch's size, within SQLite's limits; and
that the statements executed are counted as promised (one a batch, not one a row).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine

from kamdesk.store import Workspace, inserting
from kamdesk.store.inserting import sqlite_literal, write_rows
from tests.store.test_new_account_writes import big_file, bound_copy, rows_of

COLUMNS = ("a", "b", "c", "d", "e")
values = st.one_of(st.none(), st.booleans(), st.integers(-2**63, 2**63 - 1),
                   st.floats(), st.binary(max_size=8),
                   st.text(st.characters(blacklist_categories=("Cs",)), max_size=8))


def stored(path: Path) -> list[tuple[Any, ...]]:
    """Every row in rowid order, each value with its storage class, read by plain sqlite3."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        select = ", ".join(f"{c}, typeof({c})" for c in COLUMNS)
        return conn.execute(f"SELECT rowid, {select} FROM t ORDER BY rowid").fetchall()


def table(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(f"CREATE TABLE t ({', '.join(COLUMNS)})")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data(), st.integers(0, 14), st.integers(1, 5))
def test_rows_written_many_a_statement_are_the_rows_written_one_by_one(
        tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, count: int,
        per: int) -> None:
    folder = tmp_path_factory.mktemp("rows")
    # each column bound, or (when its value has an exact literal) the same in every row
    constant = {c: data.draw(values) for c in COLUMNS if data.draw(st.booleans())}
    literal = {c: lit for c, v in constant.items() if (lit := sqlite_literal(v)) is not None}
    free = [c for c in COLUMNS if c not in literal]
    bound = [data.draw(st.lists(values, min_size=count, max_size=count)) for _ in free]
    row = "(" + ", ".join(literal.get(c, "?") for c in COLUMNS) + ")"
    into = f"t ({', '.join(COLUMNS)})"

    one_by_one = folder / "one.db"
    table(one_by_one)
    with sqlite3.connect(one_by_one) as conn:
        conn.executemany(f"INSERT INTO {into} VALUES {row}",
                         list(zip(*bound, strict=True)) if bound
                         else [()] * count)

    many = folder / "many.db"
    table(many)
    engine = create_engine(f"sqlite:///{many}")
    saved = inserting.ROWS_A_STATEMENT
    inserting.ROWS_A_STATEMENT = per
    try:
        with engine.begin() as conn:
            write_rows(conn, into, row, bound, count)
    finally:
        inserting.ROWS_A_STATEMENT = saved
        engine.dispose()
    assert stored(many) == stored(one_by_one)
    assert len(stored(many)) == count


def test_a_statement_holds_no_more_rows_than_sqlite_allows(tmp_path: Path) -> None:
    """A connection allowing 11 bound values takes 5 rows of 2 a statement, one allowing
    statements of 70 bytes takes 4 ("INSERT OR ROLLBACK INTO t (a, b) VALUES " and
    4 × 6 + 3 × 2): SQLite refuses neither, the rows are the same; and a limit no row fits
    under leaves one row a statement."""
    rows = [(f"v{i}", i) for i in range(23)]
    into, row = "t (a, b)", "(?, ?)"
    for limit, value, most in ((sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 11, 5),
                               (sqlite3.SQLITE_LIMIT_SQL_LENGTH, 70, 4),
                               (sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 3, 1)):
        path = tmp_path / f"{limit}-{value}.db"
        table(path)
        engine = create_engine(f"sqlite:///{path}")
        sent: list[str] = []
        try:
            with engine.begin() as conn:
                driver = conn.connection.driver_connection
                assert driver is not None
                driver.execute("SELECT * FROM t")  # the schema read before the limit
                driver.setlimit(limit, value)
                driver.set_trace_callback(sent.append)  # each execution, values filled in
                write_rows(conn, into, row, [[r[0] for r in rows], [r[1] for r in rows]],
                           len(rows))
                driver.set_trace_callback(None)
        finally:
            engine.dispose()
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT a, b FROM t ORDER BY rowid").fetchall() == rows
        sizes = [s.count("), (") + 1 for s in sent if s.startswith("INSERT")]
        assert max(sizes) == most and sum(sizes) == len(rows)


def test_an_import_runs_one_insert_a_batch_and_stores_every_row(tmp_path: Path) -> None:
    """1,237 people and 1,236 lines (not a multiple of the batch): SQLite runs one INSERT
    a batch of 50 and one a row of the rest, and the rows are those of binding every
    value of every row one at a time (the general path), through another connection."""
    from kamdesk.io.sources import read_source
    from kamdesk.workflows import prepare_import, run_import
    from tests.io.test_import_fast_paths import typed_rows

    source = big_file(tmp_path, 1237)
    path = tmp_path / "w.kam"
    runs: list[str] = []
    with Workspace.open(path, create=True) as ws:
        with ws.engine.connect() as conn:  # the pooled connection the import will use
            driver = conn.connection.driver_connection
            assert driver is not None
            driver.set_trace_callback(runs.append)
        graph = run_import(ws, prepare_import(ws, read_source(source), "Client"))
        with ws.engine.connect() as conn:
            conn.connection.driver_connection.set_trace_callback(None)  # type: ignore[union-attr]
    assert len(graph.people) == 1237  # the graph as imported, not as read back
    per = inserting.ROWS_A_STATEMENT
    for name, count in (("people", 1237), ("links", 1236)):
        inserts = [s for s in runs if s.startswith("INSERT") and f" INTO {name} (" in s]
        assert len(inserts) == count // per + count % per, name
        assert sum(s.count("), (") + 1 for s in inserts) == count, name
    bound = bound_copy(graph, tmp_path / "bound.kam")
    for name in ("accounts", "people", "links"):
        assert typed_rows(path, name) == typed_rows(bound, name), name


KILLED_MID_BATCHES = """
import os, signal, sys
from kamdesk.io.sources import read_source
from kamdesk.store import Workspace, inserting
from kamdesk.workflows import prepare_import, run_import

real = inserting.write_rows
runs = []

def die_at_the_tenth(sql):
    runs.append(sql)
    if sum(s.startswith("INSERT") and " INTO people (" in s for s in runs) == 10:
        print("killing", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

def watched(conn, *args):
    driver = conn.connection.driver_connection
    driver.execute("PRAGMA cache_size = 10")  # pages spill into the file before the commit
    driver.set_trace_callback(die_at_the_tenth)
    real(conn, *args)

inserting.write_rows = watched
with Workspace.open(sys.argv[1]) as ws:
    run_import(ws, prepare_import(ws, read_source(sys.argv[2]), "Killed"))
print("not killed", flush=True)
"""


def test_a_write_killed_between_two_statements_of_many_rows_is_rolled_back(
        tmp_path: Path) -> None:
    """SIGKILL as the tenth INSERT of 50 people starts (450 people in, some of their pages
    already in the file): the next open finds the workspace as it was, and clean."""
    import signal
    import subprocess
    import sys

    from kamdesk.store import sqlite_file
    from tests.store.test_bulk_journal import ROOT
    from tests.store.test_new_account_writes import counts, import_into, schema_of

    source = big_file(tmp_path)
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        import_into(ws, source, "Kept")
    want, schema, size = counts(path), schema_of(path), path.stat().st_size
    proc = subprocess.run([sys.executable, "-c", KILLED_MID_BATCHES, str(path), str(source)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "killing" in proc.stdout and "not killed" not in proc.stdout
    assert sqlite_file.companion(path, "-journal").exists()  # a hot journal
    assert path.stat().st_size > size  # the first batches' pages went into the file
    with Workspace.open(path) as ws:
        assert [a.name for a in ws.accounts()] == ["Kept"]
        assert ws.check() == []
    assert counts(path) == want and schema_of(path) == schema


def test_a_row_refused_in_a_statement_of_many_writes_nothing(tmp_path: Path) -> None:
    """Two people with one id, the second in the second statement of 50 rows: SQLite
    refuses it, the whole transaction is undone (``OR ROLLBACK``), the error is the
    workspace's sentence, nothing is written, and the connection writes the next account."""
    from kamdesk.io.sources import read_source
    from kamdesk.store import WorkspaceError
    from kamdesk.workflows import prepare_import, run_import
    from tests.store.test_new_account_writes import counts, counts_elsewhere, schema_of

    Workspace.open(tmp_path / "never.kam", create=True).close()
    source = big_file(tmp_path, 1237)
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        prepared = prepare_import(ws, read_source(source), "Client")
        graph = prepared.graph
        run_import(ws, prepared.__class__(graph, prepared.plan, False))  # in memory only
        people = list(graph.people.values())
        twin = people[70]._replace(name="twin")  # its id a second time, at row 71
        rows = rows_of(graph, people=[*people[:70], twin, *people[70:]])
        with pytest.raises(WorkspaceError) as refused, ws._guard(), \
                ws.engine.connect() as conn, inserting.whole_account(conn, rows), \
                conn.begin():
            inserting.insert_all(conn, rows)
        assert "UNIQUE constraint failed: people.id" in str(refused.value.__cause__)
        assert ws.accounts() == [] and ws.check() == []
        ws.add_account(graph)  # the same pooled connection, in order again
        assert [a.name for a in ws.accounts()] == ["Client"]
    assert counts(path) == (1, 1237, 1236)
    assert counts_elsewhere(path) == [1, 1237, 1236, 0]
    assert schema_of(path) == schema_of(tmp_path / "never.kam")
