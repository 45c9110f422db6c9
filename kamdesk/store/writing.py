"""Writing one change set: under the account's write lock, re-checked against the database.

Each process checks an edit against its own copy of the account, which may miss what
another process committed since. So inside the write transaction, once the lock is held
(SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock per account), the
rules that span rows are asked again — by kamdesk.graph's own rule functions — of what the
database holds now, and every row is written only if it is still exactly as it was loaded.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection

from kamdesk.graph import rules
from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.types import LinkKind
from kamdesk.store.codec import Codec, codec_for
from kamdesk.store.errors import ConcurrentEditError

_SOLID = LinkKind.REPORTS_TO.value


def lock_account(conn: Connection, account_id: str) -> None:
    """Serialize writers of one account on PostgreSQL (SQLite has one writer at a time)."""
    if conn.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.blake2b(account_id.encode(), digest_size=8).digest(),
                             "big", signed=True)
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (key,))


def _run(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """Plain SQL written with ``?`` marks, in the driver's own style (no expression
    building per edit: it was most of an edit's cost)."""
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    return list(conn.exec_driver_sql(sql, params).all())


def recheck(conn: Connection, changes: ChangeSet) -> None:
    """Raise the domain's error (or ConcurrentEditError) if the change set, applied to what
    the database holds now, breaks a rule that spans rows."""
    touched = {c.entity.id for c in changes if isinstance(c.entity, Link)}
    added_people = {c.after.id for c in changes
                    if isinstance(c.after, Person) and c.before is None}
    removed_people = [c.before for c in changes
                      if isinstance(c.before, Person) and c.after is None]
    new_links = [c.after for c in changes if isinstance(c.after, Link)]
    if not new_links and not removed_people:
        return

    names: dict[str, str] = {c.after.id: c.after.name for c in changes
                             if isinstance(c.after, Person)}

    def name_of(pid: str) -> str:
        if pid not in names:
            found = _run(conn, "SELECT name FROM people WHERE id = ?", (pid,))
            names[pid] = str(found[0][0]) if found else pid
        return names[pid]

    needed = sorted({p for x in new_links for p in (x.source, x.target)} - added_people)
    if needed:
        present: set[str] = set()
        for at in range(0, len(needed), 500):  # under every driver's parameter limit
            chunk = tuple(needed[at:at + 500])
            marks = ", ".join("?" for _ in chunk)
            present |= {r[0] for r in _run(conn, f"SELECT id FROM people WHERE id IN "
                                           f"({marks})", chunk)}
        gone = [p for p in needed if p not in present]
        if gone:
            raise ConcurrentEditError(
                f"{name_of(gone[0])} was removed by someone else in the meantime, so this "
                "line cannot be drawn; reopen the account to see the current state")
    for person in removed_people:
        others = {r[0] for r in _run(conn, "SELECT id FROM links WHERE source = ? OR "
                                     "target = ?", (person.id, person.id))}
        if others - touched:
            raise ConcurrentEditError(
                f"someone else has just linked {person.name} to another person; reopen the "
                "account to see the current state and remove them again")

    solid = [x for x in new_links if x.kind is LinkKind.REPORTS_TO and not x.dotted]
    if not solid:
        return
    planned: dict[str, str] = {}
    stored: dict[str, str | None] = {}

    def manager_of(pid: str) -> str | None:
        if pid in planned:
            return planned[pid]
        if pid not in stored:
            rows = _run(conn, "SELECT id, target FROM links WHERE source = ? AND kind = ? "
                        "AND NOT dotted", (pid, _SOLID))
            current = [target for lid, target in rows if lid not in touched]
            stored[pid] = str(current[0]) if current else None
        return stored[pid]

    for link in solid:
        rules.check_solid_line(link.source, link.target, manager_of, name_of)
        planned[link.source] = link.target


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
