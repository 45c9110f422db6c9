"""Engines for the two kinds of workspace, and driver errors turned into sentences.

SQLite: WAL, foreign keys, a busy timeout, schema functions off (a file is data), and a
write transaction that takes the write lock at BEGIN (``IMMEDIATE``) so that what it reads
to check a rule is what it writes against. PostgreSQL: every connection and statement is
bounded (connect, statement and idle-in-transaction timeouts, TCP keepalives), and a
watchdog closes the sockets of a call that makes no progress, so a hung server becomes
"the server does not answer" within seconds instead of a frozen app.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError

from kamdesk.store import bulk_journal, sqlite_file
from kamdesk.store.errors import (
    ConcurrentEditError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceFullError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
    WorkspaceUnavailableError,
)

WRITE = {"kamdesk_write": True}
"""Execution options of a connection that is about to write (see ``sqlite_engine``)."""


def sqlite_engine(path: Path, *, read_only: bool, timeout: float) -> Engine:
    if read_only:
        uri = sqlite_file.read_only_uri(path)
        if sqlite_file.unwritten(path):
            # Nobody writes it (we may not, and a writer would have a log beside it): read
            # it as immutable, which leaves no -wal/-shm beside a read-only file and works
            # in a folder we cannot write to. A file in rollback mode (a large write under
            # way, store/bulk_journal) is read with SQLite's locks, which need neither.
            uri += "&immutable=1"
        url = f"sqlite:///{uri}&uri=true"
    else:
        url = f"sqlite:///{path.resolve()}"
    engine = create_engine(url, connect_args={"timeout": timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy emit BEGIN itself (the driver's implicit transactions would leave
        # DDL outside them), then the settings that make each commit safe and quick.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA trusted_schema = OFF")  # a file's schema may not call functions
        cur.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        if not read_only:  # waits while a large write holds the file in rollback mode
            bulk_journal.to_wal(dbapi_conn)
            cur.execute("PRAGMA synchronous = NORMAL")  # in WAL: durable across app crashes
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        writing = conn.get_execution_options().get("kamdesk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


class Watchdog:
    """Closes the sockets of an engine's connections when a call stalls for ``bound`` s.

    A stopped server keeps its sockets open, so no client timeout of the driver fires and a
    statement waits forever; shutting the socket down makes the driver fail at once, the
    pool drops the connection, and the transaction never commits.
    """

    def __init__(self, bound: float) -> None:
        self.bound = bound
        self.fired = False
        self._lock = threading.Lock()
        self._deadline: float | None = None
        self._depth = 0
        self._connections: list[Any] = []
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def attach(self, engine: Engine) -> None:
        event.listen(engine, "connect", self._on_connect)
        event.listen(engine, "before_cursor_execute", self._progress)

    def _on_connect(self, dbapi_conn: Any, _record: object) -> None:
        with self._lock:
            self._connections = [c for c in self._connections if not c.closed]
            self._connections.append(dbapi_conn)

    def _progress(self, _conn: object, _cursor: object, _statement: object,
                  parameters: object, _context: object, executemany: bool) -> None:
        """A new statement: the call is alive. A batch of rows (an import) is allowed a
        millisecond a row on top, since it is one statement to this event."""
        if self._depth:
            rows = len(parameters) if executemany and isinstance(parameters, list) else 0
            self._deadline = time.monotonic() + self.bound + rows / 1000

    @contextmanager
    def watching(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self.fired = False
                self._deadline = time.monotonic() + self.bound
            self._depth += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name="kamdesk-watchdog")
                self._thread.start()
        self._wake.set()
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    self._deadline = None

    def _run(self) -> None:
        while True:
            deadline = self._deadline
            if deadline is None:
                self._wake.wait()
                self._wake.clear()
                continue
            left = deadline - time.monotonic()
            if left > 0:
                time.sleep(min(left, 0.2))
                continue
            with self._lock:
                if self._deadline is None or self._deadline > time.monotonic():
                    continue
                self.fired = True
                self._deadline = None
                stuck = [c for c in self._connections if not c.closed]
            for conn in stuck:
                _shut(conn)


def _shut(conn: Any) -> None:
    try:
        sock = socket.socket(fileno=os.dup(conn.fileno()))
    except (OSError, ValueError, AttributeError):
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


def server_engine(url: str, timeout: float) -> tuple[Engine, Watchdog]:
    bound = max(1.0, timeout)
    ms = int(bound * 1000)
    # The server's own limits: a lock wait gives up as soon as the client would; a slow
    # statement on a live server is allowed longer (the watchdog stops a dead one sooner).
    options = (f"-c statement_timeout={ms * 6} -c lock_timeout={ms} "
               f"-c idle_in_transaction_session_timeout={ms * 6}")
    engine = create_engine(url, pool_pre_ping=True, connect_args={
        "connect_timeout": max(2, int(timeout)), "options": options,
        # TCP only (ignored on a unix socket): notice a vanished server or network
        "keepalives": 1, "keepalives_idle": max(1, int(bound)), "keepalives_interval": 1,
        "keepalives_count": 3, "tcp_user_timeout": ms})
    watchdog = Watchdog(bound)
    watchdog.attach(engine)
    return engine, watchdog


def translated(error: DBAPIError, where: str) -> WorkspaceError:
    text = str(error.orig) if error.orig is not None else str(error)
    low = text.lower()
    if isinstance(error, IntegrityError):  # a row this change relies on changed meanwhile
        return ConcurrentEditError(
            f"{where}: this change conflicts with one made elsewhere meanwhile (for example "
            "the account or a person was removed); reopen to see the current state")
    if "disk is full" in low or "no space left" in low or "disk full" in low:
        return WorkspaceFullError(f"the disk holding {where} is full: this change was not "
                                  "saved (everything before it was); free some space and "
                                  "try again")
    if "locked" in low or "busy" in low:
        return WorkspaceLockedError(f"{where} is locked by another program; try again")
    if "row-level security" in low or "permission denied" in low:  # team roles
        return WorkspaceReadOnlyError(f"{where}: your role on this account allows reading "
                                      "only; the change was refused by the server")
    if "readonly" in low or "read-only" in low:
        return WorkspaceReadOnlyError(f"{where} is read-only: changes cannot be saved")
    if "timeout expired" in low:
        return WorkspaceUnavailableError(f"{where}: the server does not answer; nothing was "
                                         "changed — check the connection and try again")
    if "statement timeout" in low or "lock timeout" in low:
        return WorkspaceUnavailableError(f"{where}: the server does not answer in time; "
                                         "nothing was changed, try again")
    if error.connection_invalidated or "connection" in low or "server" in low:
        return WorkspaceUnavailableError(f"cannot reach {where}: {text.strip()}")
    if "malformed" in low or "not a database" in low:
        return NotAWorkspaceError(f"{where} is damaged: {text.strip()}")
    return WorkspaceError(f"{where}: {text.strip()}")
