"""Upgrading a ``.kam`` file of an older schema, safely when several processes open it.

The version is read again inside a write transaction that holds the file's write lock
(BEGIN IMMEDIATE), so of two processes opening one old file at once the first upgrades it
and the second finds nothing left to do (no "duplicate column name", no second backup).
Room on the disk is checked before the backup copy is written; a backup whose upgrade then
fails is removed, so a refusal never leaves copies behind.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import Engine, select

from kamdesk.store import migrations, schema, sqlite_file
from kamdesk.store.engines import WRITE


def upgrade_file(engine: Engine, path: Path,
                 guard: Callable[[], AbstractContextManager[None]]) -> Path | None:
    """Bring the file to the current schema; the backup copy written first, or None when
    another process had already done it."""
    backup: Path | None = None
    try:
        with guard(), engine.connect() as conn:
            conn.execution_options(**WRITE)
            with conn.begin():
                found = int(conn.execute(select(schema.meta.c.value).where(
                    schema.meta.c.key == "schema_version")).scalar_one())
                if found >= schema.SCHEMA_VERSION:
                    return None
                need = sqlite_file.database_bytes(path)
                sqlite_file.ensure_room(path.parent, 2 * need, f"upgrading {path.name} "
                                        "(a backup copy and the upgrade)")
                backup = sqlite_file.backup_copy(path, f"schema{found}")
                migrations.migrate(conn, found)
    except BaseException:
        if backup is not None:
            sqlite_file.remove_with_companions(backup)
        raise
    return backup
