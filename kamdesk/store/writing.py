"""Writing one change set: under the account's write lock, re-checked against the database.

Each process checks an edit against its own copy of the account, which may miss what
another process committed since. So inside the write transaction, once the lock is held
(SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock per account), the
rules that span rows are asked again — by kamdesk.graph's own rule functions — of what the
database holds now, and every row is written only if it is still exactly as it was loaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Connection

from kamdesk.graph import rules
from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.types import LinkKind
from kamdesk.store.codec import CODECS, Codec, codec_for
from kamdesk.store.errors import ConcurrentEditError

_SOLID = LinkKind.REPORTS_TO.value


def lock_account(conn: Connection, account_id: str) -> None:
    """Serialize writers of one account on PostgreSQL (SQLite has one writer at a time)."""
    if conn.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.blake2b(account_id.encode(), digest_size=8).digest(),
                             "big", signed=True)
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (key,))


def name_taken(conn: Connection, name: str) -> bool:
    """An account of this name exists (plain SQL: see ``_run``; a new engine compiled the
    expression for each account added, 1–2 ms)."""
    return bool(_run(conn, "SELECT EXISTS (SELECT 1 FROM accounts WHERE name = ?)",
                     (name,))[0][0])


def _run(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """Plain SQL written with ``?`` marks, in the driver's own style (no expression
    building per edit: it was most of an edit's cost)."""
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    return list(conn.exec_driver_sql(sql, params).all())


def _columns(kind: type[Person] | type[Link]) -> str:
    return ", ".join(f'"{name}"' for name in CODECS[kind].fields)


class _StoredPeople(Mapping[str, Person]):
    """The account's people as the database holds them now, read one at a time on demand,
    with the change set's own additions and removals laid over them."""

    def __init__(self, conn: Connection, changes: ChangeSet) -> None:
        self._conn = conn
        self._known: dict[str, Person | None] = {}
        for c in changes:
            if isinstance(c.entity, Person):
                self._known[c.entity.id] = c.after if isinstance(c.after, Person) else None

    def __getitem__(self, pid: str) -> Person:
        if pid not in self._known:
            rows = _run(self._conn, f"SELECT {_columns(Person)} FROM people WHERE id = ?",
                        (pid,))
            self._known[pid] = CODECS[Person].decode(rows[0]) if rows else None
        found = self._known[pid]
        if found is None:
            raise KeyError(pid)
        return found

    def __iter__(self) -> Iterator[str]:  # only what was looked at: the rules never iterate
        return (pid for pid, p in self._known.items() if p is not None)

    def __len__(self) -> int:
        return sum(1 for p in self._known.values() if p is not None)


def needs_recheck(changes: ChangeSet) -> bool:
    """Whether the change set draws or moves a line or removes a person: only those can
    break a rule together with another process's edit (a field edit of a row is guarded by
    the row comparison of ``write_change``), so only those take the account's lock."""
    return any(isinstance(c.after, Link) or (isinstance(c.before, Person) and c.after is None)
               for c in changes)


def recheck(conn: Connection, changes: ChangeSet) -> None:
    """Raise the domain's error (or ConcurrentEditError) if the change set, applied to what
    the database holds now, breaks a rule that spans rows: ``rules.check_link`` — the very
    function the graph ran on its own copy — asked again of the database's state."""
    touched = {c.entity.id for c in changes if isinstance(c.entity, Link)}
    removed_people = [c.before for c in changes
                      if isinstance(c.before, Person) and c.after is None]
    new_links = [c.after for c in changes if isinstance(c.after, Link)]
    if not new_links and not removed_people:
        return
    people = _StoredPeople(conn, changes)
    for link in new_links:
        for end in (link.source, link.target):
            if end not in people:
                raise ConcurrentEditError(
                    "a person this line joins was removed by someone else in the meantime, "
                    "so it cannot be drawn; reopen the account to see the current state")
    for person in removed_people:
        others = {r[0] for r in _run(conn, "SELECT id FROM links WHERE source = ? OR "
                                     "target = ?", (person.id, person.id))}
        if others - touched:
            raise ConcurrentEditError(
                f"someone else has just linked {person.name} to another person; reopen the "
                "account to see the current state and remove them again")

    planned: dict[tuple[LinkKind, str, str], Link] = {}
    managers: dict[str, str | None] = {}

    def find_link(kind: LinkKind, source: str, target: str) -> Link | None:
        if (kind, source, target) in planned:
            return planned[(kind, source, target)]
        rows = _run(conn, f"SELECT {_columns(Link)} FROM links WHERE kind = ? AND "
                    "source = ? AND target = ?", (kind.value, source, target))
        stored = [CODECS[Link].decode(r) for r in rows]
        return next((x for x in stored if x.id not in touched), None)

    def manager_of(pid: str) -> str | None:
        if pid not in managers:
            rows = _run(conn, "SELECT id, target FROM links WHERE source = ? AND kind = ? "
                        "AND NOT dotted", (pid, _SOLID))
            current = [str(target) for lid, target in rows if lid not in touched]
            managers[pid] = current[0] if current else None
        return managers[pid]

    for link in new_links:
        rules.check_link(link, people, find_link, manager_of, replacing=None)
        planned[(link.kind, link.source, link.target)] = link
        if link.kind is LinkKind.REPORTS_TO and not link.dotted:
            managers[link.source] = link.target


def write_change(conn: Connection, change: Change) -> None:
    """Insert, or update/delete only a row still exactly as it was loaded.

    Comparing every column, not just the version, also catches a change made by another
    program that did not bump the version (an outside script, a hand edit in a database
    tool), which would otherwise be silently overwritten. The statements are plain SQL
    made once per table: building SQLAlchemy expressions per edit tripled its cost.
    """
    entity = change.entity
    codec = codec_for(entity)
    if change.before is None:
        conn.exec_driver_sql(_statement(conn, codec, "insert"), codec.encode_all([entity])[0])
        return
    before = codec.encode_all([change.before])[0]
    where = before if _null_safe(conn) else _where_params(before)
    if change.after is None:
        result = conn.exec_driver_sql(_statement(conn, codec, "delete"), where)
    else:
        after = codec.encode_all([change.after])[0]
        result = conn.exec_driver_sql(_statement(conn, codec, "update"), (*after, *where))
    if result.rowcount != 1:
        raise ConcurrentEditError(
            f"{type(entity).__name__} {entity.id} was changed or removed elsewhere "
            "since it was loaded; reopen the account to see the current state")


_STATEMENTS: dict[tuple[str, str, str], str] = {}


def _null_safe(conn: Connection) -> bool:
    return conn.dialect.name in ("sqlite", "postgresql")


def _where_params(before: tuple[Any, ...]) -> tuple[Any, ...]:
    # other dialects: "(col = ? OR (col IS NULL AND ? IS NULL))" takes each value twice
    return (before[0], *(v for value in before[1:] for v in (value, value)))


def _statement(conn: Connection, codec: Codec[Any], kind: str) -> str:
    key = (conn.dialect.name, codec.table.name, kind)
    found = _STATEMENTS.get(key)
    if found is None:
        quote = conn.dialect.identifier_preparer.quote
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        name = conn.dialect.name
        same = {"sqlite": "{c} IS {m}", "postgresql": "{c} IS NOT DISTINCT FROM {m}"}.get(
            name, "({c} = {m} OR ({c} IS NULL AND {m} IS NULL))")
        columns = [quote(c) for c in codec.fields]
        where = " AND ".join([f"{columns[0]} = {mark}",
                              *(same.format(c=c, m=mark) for c in columns[1:])])
        table = quote(codec.table.name)
        if kind == "insert":
            found = (f"INSERT INTO {table} ({', '.join(columns)}) "
                     f"VALUES ({', '.join(mark for _ in columns)})")
        elif kind == "delete":
            found = f"DELETE FROM {table} WHERE {where}"
        else:
            sets = ", ".join(f"{c} = {mark}" for c in columns)
            found = f"UPDATE {table} SET {sets} WHERE {where}"
        _STATEMENTS[key] = found
    return found
