"""The statements that create a new ``.kam`` file's schema, compiled once a process
instead of at every creation.

``metadata.create_all`` asks SQLite about each of the 15 tables and compiles 28 statements
each time a workspace is created: 14–24 ms, most of it SQLAlchemy's work rather than
SQLite's, and paid by every import into a new file. ``sqlite_ddl`` compiles the same
statements from the metadata once (about 7 ms) and keeps them for the process, so
``schema.py`` stays the one definition of the tables; a test
(tests/store/test_schema_ddl.py) checks that a new file holds exactly what ``create_all``
makes. A PostgreSQL server keeps ``create_all``.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Connection

from kamdesk.store import history, schema


def compile_sqlite_ddl() -> list[str]:
    """CREATE TABLE and CREATE INDEX for every table, in the order ``create_all`` makes
    them (tables by their foreign keys; a table's indexes by name, right after it)."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = sqlite.dialect()
    statements: list[str] = []
    for table in schema.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)))
        statements += [str(CreateIndex(index).compile(dialect=dialect))
                       for index in sorted(table.indexes, key=lambda ix: str(ix.name))]
    return statements


@cache
def sqlite_ddl() -> tuple[str, ...]:
    """``compile_sqlite_ddl``, once a process."""
    return tuple(compile_sqlite_ddl())


def create_schema(conn: Connection) -> None:
    """A new workspace's tables, guards and meta rows, inside the caller's transaction."""
    if conn.dialect.name == "sqlite":
        for statement in sqlite_ddl():
            conn.exec_driver_sql(statement)
    else:
        schema.metadata.create_all(conn)
    history.create_guards(conn)
    conn.execute(schema.meta.insert(), [
        {"key": "application", "value": schema.APPLICATION},
        {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)}])
