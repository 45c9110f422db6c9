"""A large new account written with SQLite's rollback journal when no other connection has
the file open (store/bulk_journal): the file is in WAL mode again afterwards, a shared file
keeps the log, a write killed half-way (pages already in the file) leaves the workspace as
it was before it, and another process opening the file meanwhile reads the state before.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kamdesk.store import Workspace, inserting, sqlite_file
from tests.store.test_new_account_writes import (
    big_file,
    counts,
    counts_elsewhere,
    import_into,
    schema_of,
)

ROOT = Path(__file__).resolve().parents[2]


def journal_modes_while_writing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The journal mode each insert of a new account runs under (read on its connection)."""
    seen: list[str] = []
    real = inserting.insert_rows

    def watching(conn: Any, *args: Any) -> None:
        driver = conn.connection.driver_connection
        seen.append(str(driver.execute("PRAGMA journal_mode").fetchone()[0]))
        real(conn, *args)

    monkeypatch.setattr(inserting, "insert_rows", watching)
    return seen


def test_a_large_account_on_a_file_of_its_own_uses_the_journal_then_wal_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = journal_modes_while_writing(monkeypatch)
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        assert import_into(ws, big_file(tmp_path), "Big") == 1200
        assert set(seen) == {"delete"}
        with ws.engine.connect() as conn:
            driver = conn.connection.driver_connection
            assert driver is not None
            assert driver.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert driver.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL again
        seen.clear()
        assert import_into(ws, big_file(tmp_path), "Second") == 1200  # pooled connection
        assert set(seen) == {"delete"}
        assert ws.check() == []
    assert sqlite_file.is_wal_file(path)
    assert not sqlite_file.companion(path, "-journal").exists()
    assert counts_elsewhere(path) == [2, 2400, 2398, 0]


def test_a_small_account_or_a_shared_file_keeps_the_log(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers import tiny_graph

    seen = journal_modes_while_writing(monkeypatch)
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(tiny_graph())
        assert set(seen) == {"wal"}  # a small account: not worth the switch
        seen.clear()
        reader = sqlite3.connect(path)  # another connection has the file open
        try:
            reader.execute("SELECT count(*) FROM people").fetchone()
            assert import_into(ws, big_file(tmp_path), "Big") == 1200
            assert set(seen) == {"wal"}
            assert reader.execute("SELECT count(*) FROM people").fetchone()[0] == 1206
        finally:
            reader.close()
    assert counts_elsewhere(path) == [2, 1206, 1204, 0]


KILLED = """
import os, signal, sys
from kamdesk.io.sources import read_source
from kamdesk.store import Workspace, inserting
from kamdesk.workflows import prepare_import, run_import

real = inserting.insert_rows

def spill_then_die(conn, codec, *args):
    driver = conn.connection.driver_connection
    # a cache of 10 pages: the people's pages spill into the file itself before the commit
    driver.execute("PRAGMA cache_size = 10")
    if codec.table.name == "links":
        assert driver.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        print("killing", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    real(conn, codec, *args)

inserting.insert_rows = spill_then_die
with Workspace.open(sys.argv[1]) as ws:
    run_import(ws, prepare_import(ws, read_source(sys.argv[2]), "Killed"))
print("not killed", flush=True)
"""


@pytest.mark.parametrize("before", [0, 1])
def test_a_write_killed_with_its_pages_half_in_the_file_is_rolled_back(
        tmp_path: Path, before: int) -> None:
    """SIGKILL while the people's pages are already in the file (spilled) and the lines not
    yet: the next open finds the workspace exactly as before the write (a new file, or one
    holding an account), clean, in WAL mode, and takes the import afterwards."""
    source = big_file(tmp_path)
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        for n in range(before):
            import_into(ws, source, f"Kept {n}")
    want = counts(path)
    schema = schema_of(path)
    size = path.stat().st_size
    proc = subprocess.run([sys.executable, "-c", KILLED, str(path), str(source)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "killing" in proc.stdout and "not killed" not in proc.stdout
    assert sqlite_file.companion(path, "-journal").exists()  # a hot journal
    assert path.stat().st_size > size  # the people's pages went into the file
    with Workspace.open(path) as ws:
        assert [a.name for a in ws.accounts()] == [f"Kept {n}" for n in range(before)]
        assert ws.check() == []
    assert not sqlite_file.companion(path, "-journal").exists()
    assert counts(path) == want and schema_of(path) == schema
    assert counts_elsewhere(path) == [*want, 0]
    with Workspace.open(path) as ws:
        assert import_into(ws, source, "Again") == 1200
    assert sqlite_file.is_wal_file(path)
    assert counts_elsewhere(path) == [before + 1, 1200 * (before + 1), 1199 * (before + 1), 0]


OPENER = """
import sys
from kamdesk.store import Workspace
with Workspace.open(sys.argv[1], timeout=float(sys.argv[2])) as ws:
    print(len(ws.accounts()), flush=True)
"""


def test_a_process_opening_the_file_during_the_write_reads_the_state_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the write holds the file in rollback mode, another process opens it (its own
    switch to WAL cannot happen until the write ends): after waiting its busy timeout it
    reads, under SQLite's locks, the workspace as it was; the write then ends normally."""
    path = tmp_path / "w.kam"
    seen: list[str] = []
    real = inserting.insert_rows

    def with_a_visitor(conn: Any, codec: Any, *args: Any) -> None:
        real(conn, codec, *args)
        if codec.table.name == "people":
            out = subprocess.run([sys.executable, "-c", OPENER, str(path), "0.5"], cwd=ROOT,
                                 capture_output=True, text=True, timeout=120, check=False)
            seen.append(out.stdout.strip() or out.stderr.strip().splitlines()[-1])

    monkeypatch.setattr(inserting, "insert_rows", with_a_visitor)
    with Workspace.open(path, create=True) as ws:
        assert import_into(ws, big_file(tmp_path), "Big") == 1200
        assert ws.check() == []
    assert seen == ["0"]
    assert sqlite_file.is_wal_file(path)
    assert counts_elsewhere(path) == [1, 1200, 1199, 0]


def test_a_cut_write_is_not_rolled_back_into_a_file_that_is_not_a_database(
        tmp_path: Path) -> None:
    path = tmp_path / "notes.kam"
    path.write_bytes(b"not a database at all" * 100)
    sqlite_file.companion(path, "-journal").write_bytes(os.urandom(2048))
    before = path.read_bytes()
    sqlite_file.roll_back_cut_write(path)
    assert path.read_bytes() == before


def test_going_back_to_wal_waits_for_a_reader_then_leaves_rollback_mode(
        tmp_path: Path) -> None:
    """``to_wal`` while another connection reads (in rollback mode) waits its busy timeout
    and leaves the file as it is (safe); once the reader is done, the switch happens."""
    from kamdesk.store import bulk_journal

    path = tmp_path / "plain.db"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("CREATE TABLE t (x)")
    writer.execute("PRAGMA busy_timeout = 100")
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (0,)
    bulk_journal.to_wal(writer)  # returns after about 0.1 s, the file unchanged
    assert writer.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    reader.execute("COMMIT")
    bulk_journal.to_wal(writer)
    assert writer.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    reader.close()
    writer.close()
    assert sqlite_file.is_wal_file(path)


def test_after_the_write_the_log_is_beside_the_file_for_read_only_openers(
        tmp_path: Path) -> None:
    """Back in WAL mode, the log and its index exist while the writer is connected, so a
    read-only opener in another process never takes the file for one nobody writes (and
    reads it as immutable while edits change it under it)."""
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        assert import_into(ws, big_file(tmp_path), "Big") == 1200
        assert sqlite_file.companion(path, "-wal").exists()
        assert not sqlite_file.unwritten(path)


def test_a_failure_going_back_to_wal_leaves_the_written_account_usable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The write committed; going back to WAL then fails (a full disk, say): the account
    stands, the import says nothing went wrong, the file stays in rollback mode with full
    syncs, later edits are written and the next connection goes back to WAL."""
    from kamdesk.store import bulk_journal

    real = bulk_journal.to_wal

    def failing(driver: sqlite3.Connection) -> bool:
        if driver.execute("PRAGMA journal_mode").fetchone()[0] == "delete":
            raise sqlite3.OperationalError("disk I/O error")
        return real(driver)

    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        monkeypatch.setattr(bulk_journal, "to_wal", failing)
        assert import_into(ws, big_file(tmp_path), "Big") == 1200
        with ws.engine.connect() as conn:
            driver = conn.connection.driver_connection
            assert driver is not None
            assert driver.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            assert driver.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        monkeypatch.setattr(bulk_journal, "to_wal", real)
        graph = ws.load(ws.find_account("Big").id)
        someone = next(iter(graph.people.values()))
        graph.update_person(someone._replace(title="Edited after"))
        assert ws.check() == []
    assert counts_elsewhere(path)[:2] == [1, 1200]
    with Workspace.open(path) as again:  # a new connection: WAL again
        assert again.load(again.find_account("Big").id).person(someone.id).title == \
            "Edited after"
    assert sqlite_file.is_wal_file(path)
