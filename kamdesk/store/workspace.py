"""A workspace: one database (a ``.kam`` SQLite file or a PostgreSQL URL) holding a portfolio.

The workspace owns the engine. It loads an account into an AccountGraph and attaches itself
as the graph's journal, so every edit is written in its own short transaction before the
graph applies it: there is no Save, and an edit that returned survives a crash.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, bindparam, create_engine, event, func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from kamdesk.graph import integrity
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.entities import RECORD_TYPES, Account, Entity, Link, Person
from kamdesk.store import history, migrations, schema, sqlite_file
from kamdesk.store.codec import CODECS, Codec, codec_for
from kamdesk.store.errors import (
    ConcurrentEditError,
    NewerSchemaError,
    NotAWorkspaceError,
    UnknownAccountError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
    WorkspaceUnavailableError,
)

if TYPE_CHECKING:
    from kamdesk.store.notify import LiveFeed


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


class Workspace:
    def __init__(self, engine: Engine, location: str, *, path: Path | None,
                 read_only: bool) -> None:
        self.engine = engine
        self.location = location  # for messages and titles; never shows a password
        self.path = path  # the .kam file, or None on a server
        self.read_only = read_only
        self.backup_path: Path | None = None  # written when opening migrated the schema
        # team: this object's token in the history (a live feed skips its own change sets),
        # and per account the last history entry seen when it was last loaded
        self.origin = uuid.uuid4().hex
        self._history_marks: dict[str, int] = {}

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, target: str | Path, *, create: bool = False,
             timeout: float = 5.0) -> Workspace:
        """Open (or with ``create``, start) a workspace; raises a WorkspaceError subclass."""
        if is_url(target):
            try:
                url = make_url(str(target))
            except ArgumentError:
                raise WorkspaceMissingError(f"{target!r} is not a valid database URL") from None
            backend = url.get_backend_name()
            if backend == "postgresql":
                return cls._open_server(str(target), create=create, timeout=timeout)
            if backend != "sqlite":
                raise WorkspaceError(f"kamdesk works with .kam files and PostgreSQL servers, "
                                     f"not {backend!r} databases")
            target = url.database or ""
        return cls._open_file(Path(target).expanduser(), create=create, timeout=timeout)

    @classmethod
    def _open_file(cls, path: Path, *, create: bool, timeout: float) -> Workspace:
        if create and not path.exists():
            if not path.parent.is_dir():
                raise WorkspaceMissingError(f"{path.parent}: no such folder")
            ws = cls(_sqlite_engine(path, read_only=False, timeout=timeout), str(path),
                     path=path, read_only=False)
            with ws._guard(), ws.engine.begin() as conn:
                _create_schema(conn)
            return ws
        sqlite_file.check_file(path)
        meta = sqlite_file.read_meta(path, timeout)
        if meta is None:
            raise NotAWorkspaceError(f"{path} is a database, but not a kamdesk workspace")
        found = _schema_version(meta, str(path))
        read_only = sqlite_file.is_read_only(path)
        backup = None
        if found < schema.SCHEMA_VERSION:
            if read_only:
                raise WorkspaceReadOnlyError(
                    f"{path} was written by an older kamdesk and must be upgraded, "
                    "but it is read-only; make it writable and open it again")
            backup = sqlite_file.backup_copy(path, f"schema{found}")
        ws = cls(_sqlite_engine(path, read_only=read_only, timeout=timeout), str(path),
                 path=path, read_only=read_only)
        if backup is not None:
            ws.backup_path = backup
            with ws._guard(), ws.engine.begin() as conn:
                migrations.migrate(conn, found)
        return ws

    @classmethod
    def _open_server(cls, url: str, *, create: bool, timeout: float) -> Workspace:
        shown = make_url(url).render_as_string(hide_password=True)
        try:
            engine = create_engine(url, pool_pre_ping=True,
                                   connect_args={"connect_timeout": max(1, int(timeout))})
        except ImportError:
            raise WorkspaceError("PostgreSQL workspaces need the psycopg driver: "
                                 "pip install 'kamdesk[postgres]'") from None
        ws = cls(engine, shown, path=None, read_only=False)
        try:
            ws._prepare_server(create)
        except BaseException:
            engine.dispose()  # a refused or unreachable server leaves no pool behind
            raise
        return ws

    def _prepare_server(self, create: bool) -> None:
        """Create the schema in an empty database, or check and migrate an existing one."""
        shown = self.location
        with self._guard(), self.engine.begin() as conn:
            tables = set(inspect(conn).get_table_names())
            if "kamdesk_meta" not in tables:
                if tables - {t.name for t in schema.metadata.sorted_tables}:
                    raise NotAWorkspaceError(
                        f"{shown} holds other tables: not a kamdesk workspace")
                if not create:
                    raise NotAWorkspaceError(f"{shown} is an empty database, not yet a "
                                             "kamdesk workspace")
                _create_schema(conn)
                return
            meta = {k: v for k, v in conn.execute(select(schema.meta.c.key,
                                                         schema.meta.c.value))}
            found = _schema_version(meta, shown)
            if found < schema.SCHEMA_VERSION:
                migrations.migrate(conn, found)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reading
    def accounts(self) -> list[Account]:
        codec = CODECS[Account]
        with self._guard(), self.engine.connect() as conn:
            rows = conn.execute(select(codec.table).order_by(codec.table.c.name)).all()
        return codec.decode_all(rows)

    def find_account(self, name_or_id: str) -> Account:
        """The account with this id, or else with this name (exact, then ignoring case)."""
        accounts = self.accounts()
        wanted = name_or_id.casefold()
        for found in ([a for a in accounts if a.id == name_or_id],
                      [a for a in accounts if a.name == name_or_id],
                      [a for a in accounts if a.name.casefold() == wanted]):
            if len(found) == 1:
                return found[0]
        raise UnknownAccountError(f"no account named {name_or_id!r} in {self.location}")

    def people_counts(self) -> dict[tuple[str, str], int]:
        """(account id, side) → number of people, without loading the graphs."""
        t = schema.people
        with self._guard(), self.engine.connect() as conn:
            rows = conn.execute(select(t.c.account_id, t.c.side, func.count())
                                .group_by(t.c.account_id, t.c.side)).all()
        return {(a, s): n for a, s, n in rows}

    def load(self, account_id: str) -> AccountGraph:
        """The account as a graph whose every edit is written here."""
        with paused_gc(), self._guard(), self.engine.connect() as conn:
            mark = history.last_id(conn, account_id)  # team: before the rows, see follow()
            found = self._rows(conn, Account, schema.accounts.c.id, account_id)
            if not found:
                raise UnknownAccountError(f"no account with id {account_id!r}")
            people = self._rows(conn, Person, None, account_id)
            links = self._rows(conn, Link, None, account_id)
            records: list[Entity] = []
            for kind in RECORD_TYPES:
                records += self._rows(conn, kind, None, account_id)
            graph = AccountGraph.restore(found[0], people, links, records)
        self._history_marks[account_id] = mark
        graph.attach_journal(self.write)
        return graph

    @staticmethod
    def _rows(conn: Connection, kind: type[Entity], column: Any,
              account_id: str) -> list[Any]:
        codec: Codec[Any] = CODECS[kind]
        key = column if column is not None else codec.table.c.account_id
        rows = conn.execute(select(codec.table).where(key == bindparam("key")),
                            {"key": account_id}).all()
        return codec.decode_all(rows)

    # ------------------------------------------------------------------ writing
    def add_account(self, graph: AccountGraph) -> None:
        """Write a whole new account (sample, import) in one transaction; attach the journal."""
        if any(a.name == graph.account.name for a in self.accounts()):
            raise WorkspaceError(f"an account named {graph.account.name!r} already exists")
        rows: list[tuple[Codec[Any], Sequence[Entity]]] = [
            (CODECS[Account], [graph.account]),
            (CODECS[Person], list(graph.people.values())),
            (CODECS[Link], list(graph.links.values()))]
        rows += [(CODECS[kind], list(graph.records(kind).values())) for kind in RECORD_TYPES]
        self._check_writable()
        with paused_gc(), self._guard(), self.engine.begin() as conn:
            for codec, entities in rows:
                if entities:
                    # Straight to the driver's executemany: SQLAlchemy's per-row parameter
                    # handling would triple the time of a 10,000-person import.
                    conn.exec_driver_sql(_insert_sql(conn, codec), codec.encode_all(entities))
            # team: one entry for the whole new account (its rows are the account's start)
            history.record(conn, (Change(None, graph.account),), self.origin)
        graph.attach_journal(self.write)

    def delete_account(self, account_id: str) -> None:
        self._check_writable()
        with self._guard(), self.engine.begin() as conn:
            conn.execute(schema.accounts.delete().where(schema.accounts.c.id == account_id))

    def write(self, changes: ChangeSet) -> None:
        """The journal of loaded graphs: one transaction for one change set."""
        self._check_writable()
        with self._guard(), self.engine.begin() as conn:
            for change in changes:
                _write_change(conn, change)
            history.record(conn, changes, self.origin)  # team: same transaction as the change

    # ------------------------------------------------------------------ team: history, live
    def history(self, account_id: str, *, since: datetime | None = None,
                person: str | None = None) -> list[history.HistoryEntry]:
        """Who changed what in an account, oldest first (store/history.py)."""
        with self._guard(), self.engine.connect() as conn:
            return history.entries(conn, account_id, since=since, person=person)

    def follow(self, graph: AccountGraph) -> LiveFeed:
        """A feed applying other writers' change sets to ``graph``, loaded from here."""
        from kamdesk.store.notify import LiveFeed

        return LiveFeed(self, graph, self._history_marks.get(graph.id, 0))

    # ------------------------------------------------------------------ checking
    def check(self) -> list[str]:
        """Every problem found in the database and in each account's rules; [] when sound."""
        found: list[str] = []
        if self.path is not None:
            with self._guard(), self.engine.connect() as conn:
                result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if result != ["ok"]:
                    found += [f"database: {line}" for line in result]
                for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    found.append(f"database: row {rowid} of {table} points at a missing "
                                 f"{parent} row")
        for account in self.accounts():
            found += integrity.problems(self.load(account.id))
        return found

    # ------------------------------------------------------------------ errors
    def _check_writable(self) -> None:
        if self.read_only:
            raise WorkspaceReadOnlyError(f"{self.location} is read-only: changes cannot be "
                                         "saved")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn driver errors into WorkspaceErrors with a sentence a user can act on."""
        try:
            yield
        except WorkspaceError:  # already a sentence for the user
            raise
        except DBAPIError as error:
            raise _translated(error, self.location) from error
        except SQLAlchemyError as error:
            raise WorkspaceError(f"{self.location}: {error}") from error


def _write_change(conn: Connection, change: Change) -> None:
    entity = change.entity
    codec = codec_for(entity)
    t = codec.table
    if change.before is None:
        conn.execute(t.insert(), codec.encode(entity))
        return
    where = (t.c.id == bindparam("b_id")) & (t.c.version == bindparam("b_version"))
    params = {"b_id": entity.id, "b_version": change.before.version}
    if change.after is None:
        result = conn.execute(t.delete().where(where), params)
    else:
        result = conn.execute(t.update().where(where), {**codec.encode(change.after), **params})
    if result.rowcount != 1:
        raise ConcurrentEditError(
            f"{type(entity).__name__} {entity.id} was changed or removed elsewhere "
            "since it was loaded; reopen the account to see the current state")


def _insert_sql(conn: Connection, codec: Codec[Any]) -> str:
    """A positional INSERT of every column, in the driver's own parameter style."""
    quote = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(quote(c) for c in codec.fields)
    marks = ", ".join(mark for _ in codec.fields)
    return f"INSERT INTO {quote(codec.table.name)} ({names}) VALUES ({marks})"


def _create_schema(conn: Connection) -> None:
    schema.metadata.create_all(conn)
    history.create_guards(conn)
    conn.execute(schema.meta.insert(), [
        {"key": "application", "value": schema.APPLICATION},
        {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)}])


def _schema_version(meta: dict[str, str], where: str) -> int:
    if meta.get("application") != schema.APPLICATION:
        raise NotAWorkspaceError(f"{where} is not a kamdesk workspace")
    try:
        found = int(meta.get("schema_version", ""))
    except ValueError:
        raise NotAWorkspaceError(f"{where} is damaged: its schema version is not a number") \
            from None
    if found > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{where} was written by a newer kamdesk (schema {found}; this version reads up "
            f"to {schema.SCHEMA_VERSION}); update kamdesk to open it")
    if found < 1 or (found not in migrations.STEPS and found != schema.SCHEMA_VERSION):
        raise NotAWorkspaceError(f"{where} has an unknown schema version {found}")
    return found


def _sqlite_engine(path: Path, *, read_only: bool, timeout: float) -> Engine:
    if read_only:
        url = f"sqlite:///{sqlite_file.read_only_uri(path)}&uri=true"
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
        cur.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")  # in WAL: durable across app crashes
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _translated(error: DBAPIError, where: str) -> WorkspaceError:
    text = str(error.orig) if error.orig is not None else str(error)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return WorkspaceLockedError(f"{where} is locked by another program; try again")
    if "row-level security" in low or "permission denied" in low:  # team roles
        return WorkspaceReadOnlyError(f"{where}: your role on this account allows reading "
                                      "only; the change was refused by the server")
    if "readonly" in low or "read-only" in low:
        return WorkspaceReadOnlyError(f"{where} is read-only: changes cannot be saved")
    if error.connection_invalidated or "connection" in low or "server" in low:
        return WorkspaceUnavailableError(f"cannot reach {where}: {text.strip()}")
    if "malformed" in low or "not a database" in low:
        return NotAWorkspaceError(f"{where} is damaged: {text.strip()}")
    return WorkspaceError(f"{where}: {text.strip()}")
