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

from sqlalchemy import Connection, bindparam, select

from kamdesk.graph import rules
from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.types import LinkKind
from kamdesk.store import schema
from kamdesk.store.codec import Codec, codec_for
from kamdesk.store.errors import ConcurrentEditError

_SOLID = LinkKind.REPORTS_TO.value


def lock_account(conn: Connection, account_id: str) -> None:
    """Serialize writers of one account on PostgreSQL (SQLite has one writer at a time)."""
    if conn.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.blake2b(account_id.encode(), digest_size=8).digest(),
                             "big", signed=True)
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(k)s)", {"k": key})


def recheck(conn: Connection, changes: ChangeSet) -> None:
    """Raise the domain's error (or ConcurrentEditError) if the change set, applied to what
    the database holds now, breaks a rule that spans rows."""
    links = schema.links
    touched = {c.entity.id for c in changes if isinstance(c.entity, Link)}
    added_people = {c.after.id for c in changes
                    if isinstance(c.after, Person) and c.before is None}
    removed_people = [c.before for c in changes
                      if isinstance(c.before, Person) and c.after is None]
    new_links = [c.after for c in changes if isinstance(c.after, Link)]

    names: dict[str, str] = {}

    def name_of(pid: str) -> str:
        if pid not in names:
            found = conn.execute(select(schema.people.c.name).where(
                schema.people.c.id == bindparam("p")), {"p": pid}).scalar()
            names[pid] = str(found) if found is not None else pid
        return names[pid]

    for c in changes:
        if isinstance(c.after, Person):
            names[c.after.id] = c.after.name

    needed = {p for x in new_links for p in (x.source, x.target)} - added_people
    if needed:
        present = set(conn.execute(select(schema.people.c.id).where(
            schema.people.c.id.in_(bindparam("ids", expanding=True))),
            {"ids": sorted(needed)}).scalars())
        gone = sorted(needed - present)
        if gone:
            raise ConcurrentEditError(
                f"{name_of(gone[0])} was removed by someone else in the meantime, so this "
                "line cannot be drawn; reopen the account to see the current state")
    for person in removed_people:
        others = conn.execute(select(links.c.id).where(
            (links.c.source == bindparam("p")) | (links.c.target == bindparam("p"))),
            {"p": person.id}).scalars().all()
        if set(others) - touched:
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
            rows = conn.execute(select(links.c.id, links.c.target).where(
                (links.c.source == bindparam("p")) & (links.c.kind == _SOLID)
                & links.c.dotted.is_(False)), {"p": pid}).all()
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
        conn.execute(codec.table.insert(), codec.encode(entity))
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
        if kind == "delete":
            found = f"DELETE FROM {table} WHERE {where}"
        else:
            sets = ", ".join(f"{c} = {mark}" for c in columns)
            found = f"UPDATE {table} SET {sets} WHERE {where}"
        _STATEMENTS[key] = found
    return found
