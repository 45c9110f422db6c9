"""A workspace: one database (a ``.kam`` SQLite file or a PostgreSQL URL) holding a portfolio.

The workspace owns the engine. It loads an account into an AccountGraph and attaches itself
as the graph's journal, so every edit is written in its own short transaction before the
graph applies it: there is no Save, and an edit that returned survives a crash. The write
transaction re-checks the rules against what other processes committed (see ``writing``).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, bindparam, func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from kamdesk.graph import integrity
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.columns import Columns
from kamdesk.graph.entities import RECORD_TYPES, Account, Entity, Link, Person
from kamdesk.graph.errors import DomainError
from kamdesk.store import (
    caching,
    creating,
    history,
    inserting,
    migrations,
    schema,
    schema_ddl,
    sqlite_file,
    upgrading,
    writing,
)
from kamdesk.store.codec import CODECS, Codec
from kamdesk.store.diagnose import decoded
from kamdesk.store.engines import WRITE, Watchdog, server_engine, sqlite_engine, translated
from kamdesk.store.errors import (
    ConcurrentEditError,
    DamagedWorkspaceError,
    NotAWorkspaceError,
    UnknownAccountError,
    WorkspaceError,
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
        self._stamps: dict[str, int] = {}  # account → newest history entry of its graph
        self._refusal: str | None = None  # why this file may be read but not written
        self._checked = False  # SQLite's quick check passed (done before the first write)
        self._watchdog: Watchdog | None = None  # a server's stall detector

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, target: str | Path, *, create: bool = False,
             timeout: float = 5.0) -> Workspace:
        """Open (or with ``create``, start) a workspace; raises a WorkspaceError subclass."""
        if is_url(target):
            try:
                url = make_url(str(target))
            except (ArgumentError, ValueError):
                raise WorkspaceMissingError(
                    f"{mask_url(str(target))!r} is not a valid database URL") from None
            backend = url.get_backend_name()
            if backend == "postgresql":
                return cls._open_server(str(target), create=create, timeout=timeout)
            if backend != "sqlite":
                raise WorkspaceError(f"kamdesk works with .kam files and PostgreSQL servers, "
                                     f"not {backend!r} databases")
            target = url.database or ""
        return cls._open_file(Path(target).expanduser(), create=create, timeout=timeout)

    @classmethod
    def create(cls, target: str | Path, fill: Callable[[Workspace], None] | None = None, *,
               replace_leftover: bool = False, empty_too: bool = False,
               timeout: float = 5.0) -> Path | None:
        """Write a new ``.kam`` file whole — built aside, then given its name — so a crash
        leaves nothing or a complete workspace. ``fill`` adds its content (sample, import).
        ``replace_leftover``: an empty or broken file a killed creation left at the name is
        moved aside (its new name is returned) instead of refusing; ``empty_too``: so is a
        workspace without accounts. FileExistsError when a workspace is there already."""
        path = Path(target).expanduser()

        def make(temp: Path) -> None:
            if fill is None:  # an empty workspace: no engine needed (store/schema_ddl)
                return schema_ddl.create_file(temp, str(path))
            ws = cls(sqlite_engine(temp, read_only=False, timeout=timeout), str(path),
                     path=temp, read_only=False)
            with ws:
                with ws._guard(), ws.engine.begin() as conn:
                    schema_ddl.create_schema(conn)
                fill(ws)

        return creating.build_aside(path, make, replace=replace_leftover, empty_too=empty_too)

    @classmethod
    def _open_file(cls, path: Path, *, create: bool, timeout: float) -> Workspace:
        made = False
        if create and not os.path.lexists(path):
            with contextlib.suppress(FileExistsError):  # another process was quicker
                cls.create(path, timeout=timeout)
                made = True
        if made:  # what we just wrote whole and flushed: this version's schema, nothing else
            found, foreign = schema.SCHEMA_VERSION, []
        else:
            sqlite_file.check_file(path)
            facts = sqlite_file.read_meta(path, timeout)
            if facts.meta is None:
                raise NotAWorkspaceError(f"{path} is a database, but not a kamdesk workspace")
            found = migrations.version_of(facts.meta, str(path))
            foreign = sqlite_file.foreign_objects(facts.objects)
        read_only = sqlite_file.is_read_only(path)
        if found < schema.SCHEMA_VERSION:
            if read_only:
                raise WorkspaceReadOnlyError(
                    f"{path} was written by an older kamdesk and must be upgraded, "
                    "but it is read-only; make it writable and open it again")
            if foreign:
                raise DamagedWorkspaceError(sqlite_file.describe_foreign(path, foreign))
        read_only = read_only or bool(foreign)  # code in the file: never run it by writing
        ws = cls(sqlite_engine(path, read_only=read_only, timeout=timeout), str(path),
                 path=path, read_only=read_only)
        ws._checked = made  # SQLite's quick check of a file we wrote a moment ago: no need
        if foreign:
            ws._refusal = sqlite_file.describe_foreign(path, foreign)
        if found < schema.SCHEMA_VERSION:
            try:
                ws.backup_path = upgrading.upgrade_file(ws.engine, path, ws._guard)
            except BaseException:
                ws.close()
                raise
        return ws

    @classmethod
    def _open_server(cls, url: str, *, create: bool, timeout: float) -> Workspace:
        shown = make_url(url).render_as_string(hide_password=True)
        try:
            engine, watchdog = server_engine(url, timeout)
        except ImportError:
            raise WorkspaceError("PostgreSQL workspaces need the psycopg driver: "
                                 "pip install 'kamdesk[postgres]'") from None
        ws = cls(engine, shown, path=None, read_only=False)
        ws._watchdog = watchdog
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
            writing.lock_account(conn, "kamdesk schema")  # one creator/migrator at a time
            tables = set(inspect(conn).get_table_names())
            if "kamdesk_meta" not in tables:
                if tables - {t.name for t in schema.metadata.sorted_tables}:
                    raise NotAWorkspaceError(
                        f"{shown} holds other tables: not a kamdesk workspace")
                if not create:
                    raise NotAWorkspaceError(f"{shown} is an empty database, not yet a "
                                             "kamdesk workspace")
                schema_ddl.create_schema(conn)
                return
            meta = {k: v for k, v in conn.execute(select(schema.meta.c.key,
                                                         schema.meta.c.value))}
            found = migrations.version_of(meta, shown)
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
            if self.path is None:
                rows = conn.execute(select(codec.table).order_by(codec.table.c.name)).all()
            else:  # plain SQL, as ``load`` reads a file: no statement compiled (an import's
                # first read of a new file: 1–2 ms), the same rows in the same order (tested)
                rows = conn.exec_driver_sql(_select_sql(codec, None, "name")).all()
        return decoded(codec, rows, self.location)

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
        """The account as a graph whose every edit is written here.

        One read transaction (a consistent snapshot). A ``.kam`` file's rows are read with
        the sqlite3 cursor itself: SQLAlchemy's result rows add a tenth to the fetch, the
        larger part of opening a large account. A server keeps SQLAlchemy's execution, which
        its watchdog follows statement by statement."""
        with paused_gc(), self._guard(), self.engine.connect() as conn:
            mark = history.last_id(conn, account_id)  # team: before the rows, see follow()
            fetch = self._fetcher(conn)
            found = fetch(Account, "id", account_id)
            if not found:
                raise UnknownAccountError(f"no account with id {account_id!r}")
            people = fetch(Person, "account_id", account_id)
            links = fetch(Link, "account_id", account_id)
            records: list[Entity] = []
            for kind in RECORD_TYPES:
                records += fetch(kind, "account_id", account_id)
            graph = AccountGraph.restore(found[0], people, links, records)
        self._history_marks[account_id] = self._stamps[account_id] = mark
        graph.attach_journal(self.write)
        return graph

    def _fetcher(self, conn: Connection) -> Callable[[type[Entity], str, str], list[Any]]:
        """A function reading one kind of entity by one column's value, decoded."""
        if self.path is None:
            return lambda kind, column, key: self._rows(conn, kind, column, key)
        driver = conn.connection.dbapi_connection  # inside the transaction conn began
        assert driver is not None

        def fetch(kind: type[Entity], column: str, key: str) -> list[Any]:
            codec: Codec[Any] = CODECS[kind]
            with contextlib.closing(driver.cursor()) as cursor:
                rows = cursor.execute(_select_sql(codec, column), (key,)).fetchall()
            return decoded(codec, rows, self.location)

        return fetch

    def _rows(self, conn: Connection, kind: type[Entity], column: str,
              account_id: str) -> list[Any]:
        codec: Codec[Any] = CODECS[kind]
        rows = conn.execute(select(codec.table).where(
            codec.table.c[column] == bindparam("key")), {"key": account_id}).all()
        return decoded(codec, rows, self.location)

    # ------------------------------------------------------------------ writing
    def add_account(self, graph: AccountGraph,
                    columns: Mapping[type, Columns] | None = None) -> None:
        """Write a whole new account (sample, import) in one transaction; attach the journal.
        ``columns``: the entities' fields as the importer made them (``graph/columns``).

        The name is checked inside the write transaction, under the lock, so two processes
        importing into a new account of one name do not make two."""
        rows: list[tuple[Codec[Any], Sequence[Entity]]] = [
            (CODECS[Account], [graph.account]),
            (CODECS[Person], list(graph.people.values())),
            (CODECS[Link], list(graph.links.values()))]
        rows += [(CODECS[kind], list(graph.records(kind).values())) for kind in RECORD_TYPES]
        self._check_writable()
        with paused_gc(), self._guard(), self.engine.connect() as conn, \
                inserting.whole_account(conn, rows, columns):  # store/bulk_journal
            conn.execution_options(**WRITE)
            with conn.begin():
                writing.lock_account(conn, "kamdesk accounts")
                if writing.name_taken(conn, graph.account.name):
                    raise WorkspaceError(
                        f"an account named {graph.account.name!r} already exists")
                # straight to the driver's executemany, by column (store/inserting)
                inserting.insert_all(conn, rows, columns)
                # team: one entry for the whole new account (its rows are the account's start)
                entry = history.record(conn, (Change(None, graph.account),), self.origin)
        self._stamps[graph.id] = entry or 0
        graph.attach_journal(self.write)

    def delete_account(self, account_id: str) -> None:
        self._check_writable()
        with self._guard(), self.engine.begin() as conn:
            conn.execute(schema.accounts.delete().where(schema.accounts.c.id == account_id))

    def write(self, changes: ChangeSet) -> None:
        """The journal of loaded graphs: one transaction for one change set, written only if
        the rules still hold with what other processes committed meanwhile. A refusal carries
        the account as it now is (``latest_state(error)``) for the front end to offer."""
        self._check_writable()
        account_id = changes[0].entity.account_id if changes else ""
        try:
            with self._guard(), self.engine.connect() as conn:
                conn.execution_options(**WRITE)
                with conn.begin():
                    if writing.needs_recheck(changes):
                        writing.lock_account(conn, account_id)
                        writing.recheck(conn, changes)
                    for change in changes:
                        writing.write_change(conn, change)
                    entry = history.record(conn, changes, self.origin)  # team: same txn
                    self._follow_stamp(conn, account_id, entry)
        except (DomainError, ConcurrentEditError) as error:
            error.add_note("another process changed this account meanwhile")
            with contextlib.suppress(WorkspaceError, DomainError):
                error.latest = self.load(account_id)  # type: ignore[union-attr]
            raise

    # ------------------------------------------------------------------ caches
    def _follow_stamp(self, conn: Connection, account_id: str, entry: int | None) -> None:
        """After our own write: the graph is still the stored state only if no other
        process wrote in between (the entry before ours is the one we knew)."""
        known = self._stamps.pop(account_id, None)
        if entry is not None and known is not None \
                and caching.newest_entry(conn, account_id, before=entry) == known:
            self._stamps[account_id] = entry

    def stamp_of(self, account_id: str) -> int | None:
        """The stamp of the account's graph loaded here, as edited here; None when another
        process changed it since (its caches cannot be written from this graph)."""
        return self._stamps.get(account_id)

    def read_cache(self, account_id: str, kind: str) -> bytes | None:
        """Bytes kept by ``write_cache`` if the account is unchanged since (store/caching)."""
        with self._guard(), self.engine.connect() as conn:
            return caching.read(conn, account_id, kind)

    def write_cache(self, account_id: str, kind: str, data: bytes, stamp: int) -> bool:
        """Keep ``data`` computed from the account at ``stamp``; False if that is stale or
        this workspace may not write (a read-only file, a viewer): a cache never fails."""
        if self.read_only or self._refusal:
            return False
        try:
            with self._guard(), self.engine.begin() as conn:
                return caching.write(conn, account_id, kind, data, stamp)
        except WorkspaceError:
            return False

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
        """Every problem found in the database and in each account's rules; [] when sound.

        A value kamdesk cannot read (an unknown stance, a date that is not one) is reported
        as a problem of its row, not raised, so one bad cell does not hide all the others.
        """
        found: list[str] = []
        if self._refusal is not None:
            found.append(f"database: {self._refusal}")
        if self.path is not None:
            with self._guard(), self.engine.connect() as conn:
                result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if result != ["ok"]:
                    found += [f"database: {line}" for line in result]
                for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    found.append(f"database: row {rowid} of {table} points at a missing "
                                 f"{parent} row")
        try:
            accounts = self.accounts()
        except DamagedWorkspaceError as error:
            return [*found, str(error)]
        for account in accounts:
            try:
                found += integrity.problems(self.load(account.id))
            except DamagedWorkspaceError as error:
                found.append(str(error))
        return found

    def account_count(self) -> int:
        with self._guard(), self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.accounts))
                       .scalar_one())

    # ------------------------------------------------------------------ errors
    def _check_writable(self) -> None:
        if self._refusal is not None:
            raise DamagedWorkspaceError(self._refusal)
        if self.read_only:
            raise WorkspaceReadOnlyError(f"{self.location} is read-only: changes cannot be "
                                         "saved")
        if self.path is not None and not self._checked:
            self._quick_check()

    def _quick_check(self) -> None:
        """Refuse to write into a file that fails SQLite's own quick check: writing on a
        corrupt page spreads the damage. Done once, before the first write."""
        with self._guard(), self.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        problems = [" ".join(r.split()) for r in rows if r != "ok" and not r.startswith("***")]
        problems = problems or [" ".join(r.split()) for r in rows if r != "ok"]
        if problems:
            assert self.path is not None
            backups = sqlite_file.backups_of(self.path)
            where = (f"restore the backup copy {backups[0]}" if backups else
                     "restore it from your last backup copy")
            self._refusal = (f"{self.path} is damaged (SQLite's check found: "
                             f"{problems[0][:120]}); kamdesk will not write into it — "
                             f"{where}, or export what can still be read")
            raise DamagedWorkspaceError(self._refusal)
        self._checked = True

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn driver errors into WorkspaceErrors with a sentence a user can act on; on a
        server, bound the call (see engines.Watchdog)."""
        watching = (self._watchdog.watching() if self._watchdog is not None
                    else contextlib.nullcontext())
        try:
            with watching:
                yield
        except WorkspaceError:  # already a sentence for the user
            raise
        except DBAPIError as error:
            if self._watchdog is not None and self._watchdog.fired:
                raise WorkspaceUnavailableError(
                    f"{self.location}: the server does not answer; this change was not "
                    "confirmed — check the connection, then reopen to see what was saved") \
                    from error
            raise translated(error, self.location) from error
        except SQLAlchemyError as error:
            raise WorkspaceError(f"{self.location}: {error}") from error


def latest_state(error: BaseException) -> AccountGraph | None:
    """The account as the database holds it after an edit was refused as a conflict with
    another process (None when it could not be read); what a front end offers to reload."""
    found = getattr(error, "latest", None)
    return found if isinstance(found, AccountGraph) else None


_SECRET = re.compile(r"(://[^:/?#@]*:)[^@/?#]*@")


def mask_url(text: str) -> str:
    """A database URL with its password replaced by ***, safe to show or log."""
    return _SECRET.sub(r"\1***@", text)


@functools.cache
def _select_sql(codec: Codec[Any], column: str | None, order: str | None = None) -> str:
    """A ``.kam`` file's SELECT of every column of an entity's rows, by one column (None:
    all rows), in the order of another (None: as SQLite finds them)."""
    names = ", ".join(f'"{name}"' for name in codec.fields)
    where = f' WHERE "{column}" = ?' if column is not None else ""
    by = f' ORDER BY "{order}"' if order is not None else ""
    return f'SELECT {names} FROM "{codec.table.name}"{where}{by}'
