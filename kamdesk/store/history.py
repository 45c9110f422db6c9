"""Who changed what, when: every change set kept in the ``history`` tables.

The workspace calls ``record`` inside the transaction that writes the change set, so a change
and its history entry are committed (or lost) together. The author is decided where it cannot
be forged: on PostgreSQL it is the server's ``current_user`` and the time the server's
``now()``; in a file it is the OS user and the local clock. The tables are append-only (the
triggers below refuse UPDATE and DELETE), and an undo is recorded as a new entry like any edit.

Each entry keeps the rows before and after, so other processes can replay it (store/notify.py)
and ``kamdesk history`` can say what changed, by account, date and person.
"""

from __future__ import annotations

import base64
import getpass
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, func, literal_column, or_, select, text

from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.entities import Account, ActionItem, Entity, Link, Person, Risk
from kamdesk.store import schema
from kamdesk.store.codec import CODECS, codec_for

CHANNEL = "kamdesk_changes"
"""The PostgreSQL NOTIFY channel; the payload is ``account_id history_id origin``."""

_LOCK_SPACE = 0x4B48  # "KH": kamdesk history; the first key of its advisory locks
_KINDS: dict[str, type[Any]] = {cls.__name__: cls for cls in CODECS}


class HistoryEntry(NamedTuple):
    id: int
    account_id: str
    at: datetime
    author: str
    origin: str
    changes: ChangeSet


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment
        return "unknown"


# ---------------------------------------------------------------------- writing
def record(conn: Connection, changes: Sequence[Change], origin: str) -> int | None:
    """Append one entry for ``changes`` in the caller's transaction; its id (None if empty).

    On PostgreSQL the same transaction sends a NOTIFY, which the server delivers only when
    the transaction commits: listeners never hear of a change that was rolled back.
    """
    if not changes:
        return None
    account_id = _account_of(changes[0].entity)
    server = conn.dialect.name == "postgresql"
    values: dict[str, Any] = {"account_id": account_id, "origin": origin}
    if server:
        # Entry ids must follow commit order, or a feed that has read entry 11 would never
        # read entry 10 committed a moment later. The lock (per account, held until this
        # transaction ends; this is its last statement) makes the next id wait for the
        # previous commit. A file needs none: SQLite has one writer at a time.
        conn.execute(text("SELECT pg_advisory_xact_lock(:space, hashtext(:account))"),
                     {"space": _LOCK_SPACE, "account": account_id})
        values |= {"author": literal_column("current_user"), "at": func.now()}
    else:
        return _record_in_file(conn, changes, account_id, origin)
    result = conn.execute(schema.history.insert().values(**values))
    key = result.inserted_primary_key
    assert key is not None, "an INSERT of one row has a key"
    entry_id = int(key[0])
    conn.execute(schema.history_items.insert(), [
        _item(entry_id, seq, account_id, change) for seq, change in enumerate(changes)])
    if server:
        conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                     {"channel": CHANNEL, "payload": f"{account_id} {entry_id} {origin}"})
    return entry_id


def _record_in_file(conn: Connection, changes: Sequence[Change], account_id: str,
                    origin: str) -> int:
    """``record`` on a ``.kam`` file, as plain SQL: SQLAlchemy compiles its statements once
    an engine, and a process that writes once (``kamdesk import``, an account added) paid
    3–5 ms for compiling the two INSERTs. The time is stored as SQLAlchemy stores it (its
    own conversion of the column's type); the rows are the same (tested)."""
    at = schema.history.c.at.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    now = datetime.now(UTC)
    result = conn.exec_driver_sql(
        "INSERT INTO history (account_id, at, author, origin) VALUES (?, ?, ?, ?)",
        (account_id, at(now) if at else now, os_user(), origin))
    entry_id = int(result.lastrowid)
    names = [c.name for c in schema.history_items.columns]
    quoted = ", ".join(f'"{name}"' for name in names)  # "before": a word of SQL's own
    conn.exec_driver_sql(
        f"INSERT INTO history_items ({quoted}) VALUES ({', '.join('?' * len(names))})",
        [tuple(map(_item(entry_id, seq, account_id, change).__getitem__, names))
         for seq, change in enumerate(changes)])
    return entry_id


def _account_of(entity: Entity) -> str:
    return entity.id if isinstance(entity, Account) else str(entity.account_id)


def _item(entry_id: int, seq: int, account_id: str, change: Change) -> dict[str, Any]:
    entity = change.entity
    person, other = _people_of(entity)
    return {"history_id": entry_id, "seq": seq, "account_id": account_id,
            "kind": type(entity).__name__, "entity_id": entity.id, "person_id": person,
            "other_person_id": other, "before": encode(change.before),
            "after": encode(change.after)}


def _people_of(entity: Entity) -> tuple[str | None, str | None]:
    """The people an entry is about, for ``history --person``."""
    if isinstance(entity, Person):
        return entity.id, None
    if isinstance(entity, Link):
        return entity.source, entity.target
    if isinstance(entity, Risk | ActionItem):
        return entity.owner_id, None
    return None, None


def encode(entity: Entity | None) -> str | None:
    """An entity as JSON: its row's values in column order (bytes as base64)."""
    if entity is None:
        return None
    row = codec_for(entity).encode(entity)
    return json.dumps([{"b64": base64.b64encode(v).decode()} if isinstance(v, bytes) else v
                       for v in row.values()], ensure_ascii=False, separators=(",", ":"))


def decode(kind: str, data: str | None) -> Entity | None:
    if data is None:
        return None
    values = [base64.b64decode(v["b64"]) if isinstance(v, dict) else v
              for v in json.loads(data)]
    codec = CODECS[_KINDS[kind]]
    if len(values) != len(codec.fields):
        values = _widened(codec.cls, codec.table.name, values)
    decoded: Entity = codec.decode(values)
    return decoded


def _widened(cls: type[Any], table: str, values: list[Any]) -> list[Any]:
    """A row written before schema 4 added columns: the new fields get their defaults."""
    added = schema.V4_COLUMNS.get(table, ())
    old = [f for f in cls._fields if f not in added]
    if len(values) != len(old):
        raise ValueError(f"a history row of {table} has {len(values)} values")
    given = dict(zip(old, values, strict=True))
    defaults = cls._field_defaults
    return [given[f] if f in given else defaults[f] for f in cls._fields]


# ---------------------------------------------------------------------- reading
def last_id(conn: Connection, account_id: str) -> int:
    found = conn.execute(select(func.max(schema.history.c.id))
                         .where(schema.history.c.account_id == account_id)).scalar()
    return int(found or 0)


def entries(conn: Connection, account_id: str, *, since: datetime | None = None,
            person: str | None = None, after_id: int = 0,
            exclude_origin: str | None = None) -> list[HistoryEntry]:
    """The account's entries, oldest first, filtered by time, person and position."""
    h, i = schema.history, schema.history_items
    query = select(h).where(h.c.account_id == account_id, h.c.id > after_id)
    if since is not None:
        if since.tzinfo is not None and conn.dialect.name == "sqlite":
            since = since.astimezone(UTC).replace(tzinfo=None)  # stored as naive UTC
        query = query.where(h.c.at >= since)
    if exclude_origin is not None:
        query = query.where(h.c.origin != exclude_origin)
    if person is not None:
        query = query.where(h.c.id.in_(
            select(i.c.history_id).where(i.c.account_id == account_id,
                                         or_(i.c.person_id == person,
                                             i.c.other_person_id == person))))
    heads = conn.execute(query.order_by(h.c.id)).all()
    if not heads:
        return []
    items: dict[int, list[Change]] = {}
    rows = conn.execute(select(i.c.history_id, i.c.kind, i.c.before, i.c.after)
                        .where(i.c.account_id == account_id,
                               i.c.history_id.in_([r.id for r in heads]))
                        .order_by(i.c.history_id, i.c.seq))
    for entry_id, kind, before, after in rows:
        items.setdefault(entry_id, []).append(Change(decode(kind, before),
                                                     decode(kind, after)))
    return [HistoryEntry(r.id, r.account_id, _aware(r.at), r.author, r.origin,
                         tuple(items.get(r.id, ()))) for r in heads]


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)  # SQLite keeps UTC naive


# ---------------------------------------------------------------------- append-only
APPEND_ONLY = "the history is append-only"  # what the guards below say when refusing
SQLITE_TRIGGERS = frozenset(("trigger", f"{table}_no_{action}")
                            for table in ("history", "history_items")
                            for action in ("update", "delete"))
"""(type, name) of the schema objects a schema-3 file holds beyond ``schema.metadata``:
kamdesk's own, for a check that refuses to write files carrying foreign triggers."""


def create_guards(conn: Connection) -> None:
    """Triggers that refuse UPDATE and DELETE on the history tables, on either database.

    Idempotent: a migration interrupted or run again over a file that already has them
    (a schema version written back by an older kamdesk) creates each once."""
    message = APPEND_ONLY
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION kamdesk_append_only() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{message}'; END $$")
        for table in ("history", "history_items"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            conn.exec_driver_sql(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION kamdesk_append_only()")
        return
    for statement in sqlite_guards():
        conn.exec_driver_sql(statement)


def sqlite_guards() -> list[str]:
    """``create_guards``'s statements on a ``.kam`` file."""
    statements = []
    for _, name in sorted(SQLITE_TRIGGERS):
        table, action = name.rsplit("_no_", 1)
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {action.upper()} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")
    return statements
