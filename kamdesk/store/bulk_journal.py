"""A large write into a ``.kam`` file that no other connection has open, made with SQLite's
rollback journal instead of its write-ahead log.

In WAL mode every page a transaction writes goes to disk twice: into the log at the commit,
and from the log into the file at the checkpoint (a few system calls a page, and the log's
checksums). A new account of 10,000 people writes about 1,100 pages: about 10 ms of
SQLite's CPU, a tenth of its whole write. With the rollback journal the new pages are
written once, into the file, and only the pages the write changes are first copied aside.

Both are safe against a crash at any point: a write killed half-way leaves a "hot"
journal, and the next connection that may write puts the file back as it was before the
write (``sqlite_file.check_file`` has that done before anything else reads the file).
``synchronous = FULL`` meanwhile: in rollback mode that is what keeps a power cut from
damaging the file, as NORMAL does in WAL mode.

SQLite only leaves WAL mode when no other connection has the file open, so the switch is
tried without waiting and the log simply kept when it fails. While the write runs, a
process that opens the file waits for it (``engines``: its own switch to WAL is retried),
and the file is in WAL mode again when the write ends.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator

from sqlalchemy import Connection

RETRY = 0.005  # seconds between attempts to go back to WAL while another reads


@contextlib.contextmanager
def rollback_journal(conn: Connection) -> Iterator[None]:
    """The transaction opened inside, on a ``.kam`` file no other connection has open,
    written with the rollback journal; WAL mode again afterwards, whatever happens. Where
    the file is shared (or a server), nothing changes."""
    if conn.dialect.name != "sqlite" or conn.in_transaction():
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    try:
        mode = driver.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:  # "locked": another connection has it open
        mode = None
    if mode != "delete":
        yield
        return
    sync = int(driver.execute("PRAGMA synchronous").fetchone()[0])
    driver.execute("PRAGMA synchronous = FULL")
    try:
        yield
    finally:
        # The write stands (or was rolled back) whatever happens here: an error going back
        # to WAL (a full disk) is not the write's, so it is not raised, and the connection
        # stays open and usable (callers still switch their own pragmas back on it). Until
        # WAL is back, synchronous stays FULL: rollback mode with NORMAL is not safe
        # against a power cut. Every new connection tries WAL again (``engines``).
        with contextlib.suppress(sqlite3.Error):
            if to_wal(driver):
                driver.execute(f"PRAGMA synchronous = {sync}")


def to_wal(driver: sqlite3.Connection) -> bool:
    """Put the file in WAL mode, waiting (up to the connection's busy timeout) while
    another connection's write or read holds it back; if that never ends, the file stays
    in rollback mode, which is as safe (every writer's connection tries again): False.
    Any other error is raised, as the pragma alone raised it.

    Once in WAL mode, one read makes the log and its index beside the file: a WAL file
    without them is taken by read-only openers for one nobody writes, and read as
    immutable (``sqlite_file.unwritten``), which a live writer would change under them."""
    deadline = time.monotonic() + int(driver.execute("PRAGMA busy_timeout").fetchone()[0]) \
        / 1000
    while True:
        try:
            driver.execute("PRAGMA journal_mode = WAL").fetchone()
            driver.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            return True
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise  # not the write under way: what it is, the caller says
            if time.monotonic() >= deadline:
                return False
        time.sleep(RETRY)
