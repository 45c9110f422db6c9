"""What can be computed again from an account's rows but is worth keeping between runs.

A cache row (``schema.caches``: account, kind, stamp, data) holds bytes whose meaning is the
caller's (the chart's layout, the portfolio's summary of an account). Its ``stamp`` is the id
of the account's newest history entry when the data was computed. Every write of kamdesk's
(an edit, an import, a new account, a sync into a checked-out file) appends a history entry
in the same transaction, so a cache is current exactly while its stamp is still the
account's newest entry; a stale row is never returned, only overwritten.

The caller passes the stamp of the state it computed from, which it got *before* reading
that state (``Workspace.stamp_of`` for a loaded graph): a change committed meanwhile makes
the row stale at once, never a new state labelled with an old result.

Usage, from the front end or a command::

    data = ws.read_cache(account_id, "layout/1")       # bytes, or None: absent or stale
    stamp = ws.stamp_of(account_id)                      # None: unknown, do not write
    if stamp is not None:
        ws.write_cache(account_id, "layout/1", data, stamp)  # False if it could not

Put a format version in ``kind`` ("layout/1") so that a newer kamdesk does not read an
older one's bytes. Caches are a speed-up: writing one never fails loudly (a read-only file,
a viewer on a team server), and deleting them all loses nothing but time.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, func, select, text

from kamdesk.store import schema
from kamdesk.store.team_policies import GROUP, statements

MAX_BYTES = 64 * 1024 * 1024
"""A cache larger than this is not kept (a layout of 50,000 people is about 2 MB)."""


def newest_entry(conn: Connection, account_id: str, *, before: int | None = None) -> int:
    """The id of the account's newest history entry (0: none yet): the stamp of now; or of
    the newest before entry ``before``."""
    h = schema.history
    query = select(func.max(h.c.id)).where(h.c.account_id == account_id)
    if before is not None:
        query = query.where(h.c.id < before)
    found = conn.execute(query).scalar()
    return int(found or 0)


def read(conn: Connection, account_id: str, kind: str) -> bytes | None:
    """The cached bytes if they were computed from the account as it is now, else None.

    One statement (the row and the check of its stamp): opening an account reads its kept
    first view this way before anything else."""
    c, h = schema.caches, schema.history
    newest = select(func.coalesce(func.max(h.c.id), 0)).where(
        h.c.account_id == bindparam("a")).scalar_subquery()
    row = conn.execute(select(c.c.data).where(
        c.c.account_id == bindparam("a"), c.c.kind == bindparam("k"), c.c.stamp == newest),
        {"a": account_id, "k": kind}).first()
    return None if row is None else bytes(row.data)


def write(conn: Connection, account_id: str, kind: str, data: bytes, stamp: int) -> bool:
    """Keep ``data`` as computed from the account at ``stamp``; False if already stale."""
    if len(data) > MAX_BYTES or stamp != newest_entry(conn, account_id):
        return False
    c = schema.caches
    conn.execute(delete(c).where(c.c.account_id == account_id, c.c.kind == kind))
    conn.execute(c.insert().values(account_id=account_id, kind=kind, stamp=stamp, data=data))
    return True


def forget(conn: Connection, account_ids: set[str]) -> None:
    """Drop every cache of these accounts (a write that appends no history entry)."""
    if account_ids:
        conn.execute(delete(schema.caches).where(schema.caches.c.account_id.in_(account_ids)))


def secure(conn: Connection) -> None:
    """On a team server with row-level security: the caches table gets the same rules as
    the account's rows (members read, owners and editors write). Nothing on a file."""
    if conn.dialect.name != "postgresql":
        return
    enabled = conn.execute(text(
        "SELECT relrowsecurity FROM pg_class WHERE relname = 'people'")).scalar()
    if enabled:
        for statement in statements("caches", "account_id"):
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON caches TO {GROUP}")
