"""Schema migrations, one function per step, each run inside the opening transaction.

A step takes a connection to a database at schema N and brings it to N + 1. On SQLite the
caller has already written a backup copy; on PostgreSQL the step's DDL is transactional, so
a failed migration leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, update
from sqlalchemy.schema import CreateColumn

from kamdesk.store import caching, history, schema
from kamdesk.store.errors import NewerSchemaError, NotAWorkspaceError


def _add_row_versions(conn: Connection) -> None:
    """1 → 2: every entity row gets a version, for detecting concurrent edits.

    A table that has the column already (a file whose meta says 1 but whose tables are
    newer) is left as it is, so such a file is upgraded instead of failing every time.
    """
    for table in schema.ENTITY_TABLES:
        if "version" in {c["name"] for c in inspect(conn).get_columns(table.name)}:
            continue
        conn.exec_driver_sql(
            f"ALTER TABLE {table.name} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


def _add_team_tables(conn: Connection) -> None:
    """2 → 3: the history, account members and sync bookkeeping (issue 15)."""
    schema.metadata.create_all(conn, tables=schema.TEAM_TABLES)
    history.create_guards(conn)


def _add_v4(conn: Connection) -> None:
    """3 → 4: who left and their successor, vacancies, required roles, a meeting's time;
    the caches table. Columns a file has already (an interrupted upgrade) are kept."""
    for name, columns in schema.V4_COLUMNS.items():
        table = schema.metadata.tables[name]
        present = {c["name"] for c in inspect(conn).get_columns(name)}
        for column in columns:
            if column not in present:
                ddl = CreateColumn(table.c[column]).compile(dialect=conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN {ddl}")
    schema.caches.create(conn, checkfirst=True)
    caching.secure(conn)


STEPS: dict[int, Callable[[Connection], None]] = {
    1: _add_row_versions, 2: _add_team_tables, 3: _add_v4}


def migrate(conn: Connection, found: int) -> None:
    """Bring a database from schema ``found`` to schema.SCHEMA_VERSION."""
    for version in range(found, schema.SCHEMA_VERSION):
        STEPS[version](conn)
    conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version")
                 .values(value=str(schema.SCHEMA_VERSION)))


def version_of(meta: dict[str, str], where: str) -> int:
    """The schema version ``meta`` (the kamdesk_meta rows) claims, when it is a kamdesk
    workspace this kamdesk can open (as it is, or after ``migrate``); ``where`` names it
    in the refusal otherwise."""
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
    if found < 1 or (found not in STEPS and found != schema.SCHEMA_VERSION):
        raise NotAWorkspaceError(f"{where} has an unknown schema version {found}")
    return found
