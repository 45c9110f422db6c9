"""Live: other writers' change sets, applied to an open account as they are committed.

A ``LiveFeed`` belongs to one loaded AccountGraph. On PostgreSQL it holds one connection of
the workspace's engine that LISTENs on ``history.CHANNEL``; the server delivers a NOTIFY only
when the writing transaction commits, and the payload names the account and the history
entry. ``poll`` then reads every entry of the account newer than the last one seen (written
by another Workspace object) and applies it through ``AccountGraph.absorb``, which announces
it to the graph's listeners exactly like a local edit, so the views update the same way.

It is Qt-free and uses no thread: the app watches ``fileno()`` (a QSocketNotifier) and calls
``poll(0)`` when it becomes readable; tests and scripts call ``poll(timeout)``. On a ``.kam``
file there is nothing to listen to, and ``poll`` just reads the history (call it on a timer).
"""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.store import history
from kamdesk.store.errors import WorkspaceUnavailableError

if TYPE_CHECKING:
    from kamdesk.store.workspace import Workspace


class LiveFeed:
    def __init__(self, workspace: Workspace, graph: AccountGraph, seen: int) -> None:
        self._ws = workspace
        self._graph = graph
        self.seen = seen  # the last history entry this copy holds
        self._listen: Connection | None = None
        self._driver: Any = None
        self._behind = True  # what was committed between the load and the LISTEN
        if workspace.engine.dialect.name == "postgresql":
            with workspace._guard():
                conn = workspace.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT")
                self._driver = conn.connection.driver_connection
                self._driver.execute(f"LISTEN {history.CHANNEL}")
                self._listen = conn

    def fileno(self) -> int | None:
        """The socket that becomes readable when a notification arrives (None on a file)."""
        return None if self._driver is None else int(self._driver.fileno())

    def poll(self, timeout: float = 0.0) -> list[history.HistoryEntry]:
        """Wait up to ``timeout`` s for news, apply every new entry; the entries applied.

        Raises graph.errors.StaleCopyError when the copy cannot take an entry (nothing of
        that entry applied; reload the account).
        """
        if self._driver is not None:
            import psycopg  # present: this is a PostgreSQL workspace

            deadline = time.monotonic() + timeout
            try:
                heard = self._heard(timeout)
                while not heard and time.monotonic() < deadline:
                    heard = self._heard(deadline - time.monotonic())
            except psycopg.Error as error:  # the raw driver: no SQLAlchemy to translate it
                raise WorkspaceUnavailableError(
                    f"lost the live connection to {self._ws.location}: "
                    f"{str(error).strip()}") from error
            if not heard and not self._behind:
                return []
        return self.catch_up()

    def _heard(self, timeout: float) -> bool:
        """True when a notification about this account arrived (drains the queue)."""
        heard = False
        for note in self._driver.notifies(timeout=max(0.0, timeout), stop_after=1):
            heard = note.payload.split(" ", 1)[0] == self._graph.id
        for note in self._driver.notifies(timeout=0.0):  # the rest that came with it
            heard = heard or note.payload.split(" ", 1)[0] == self._graph.id
        return heard

    def catch_up(self) -> list[history.HistoryEntry]:
        """Apply every entry newer than the last seen (used after a refused edit, too)."""
        with self._ws._guard(), self._ws.engine.connect() as conn:
            found = history.entries(conn, self._graph.id, after_id=self.seen)
        self._behind = False
        applied = []
        for entry in found:
            self.seen = entry.id
            if entry.origin == self._ws.origin:
                continue  # our own edit: the graph already holds it
            self._graph.absorb(entry.changes)  # StaleCopyError: this copy must be reloaded
            applied.append(entry)
        return applied

    def close(self) -> None:
        if self._listen is not None:
            with contextlib.suppress(Exception):  # a broken connection is closed all the same
                self._driver.execute(f"UNLISTEN {history.CHANNEL}")
            self._listen.close()
            self._listen = None
            self._driver = None

    def __enter__(self) -> LiveFeed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
