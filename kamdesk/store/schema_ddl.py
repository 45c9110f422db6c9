"""The statements that create a new ``.kam`` file's schema, compiled once a process
instead of at every creation.

``metadata.create_all`` asks SQLite about each of the 15 tables and compiles 28 statements
each time a workspace is created: 14–24 ms, most of it SQLAlchemy's work rather than
SQLite's, and paid by every import into a new file. ``sqlite_ddl`` compiles the same
statements from the metadata once (about 7 ms) and keeps them for the process, so
``schema.py`` stays the one definition of the tables; a test
(tests/store/test_schema_ddl.py) checks that a new file holds exactly what ``create_all``
makes. A PostgreSQL server keeps ``create_all``.

A new empty file (``Workspace.open(create=True)``, where nothing fills it while it is built
aside) is written over a plain sqlite3 connection (``create_file``): an engine, its pool and
SQLAlchemy's handling of 40 statements were a third of the 12 ms its creation took.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from kamdesk.store import history, schema
from kamdesk.store.engines import translated


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
    conn.execute(schema.meta.insert(), [dict(zip(("key", "value"), row, strict=True))
                                        for row in _meta_rows()])


def _meta_rows() -> list[tuple[str, str]]:
    return [("application", schema.APPLICATION),
            ("schema_version", str(schema.SCHEMA_VERSION))]


def create_file(path: Path, shown: str) -> None:
    """A new workspace's schema in the new file ``path`` (private: built aside, see
    store/creating), what ``create_schema`` writes, in one transaction, then in WAL mode as
    every workspace. ``shown``: the workspace's name in a refusal (a full disk)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        # nobody else sees the file until store/creating has flushed it and given it its
        # name; a crash before leaves a private file that is swept: no journal on disk
        con.execute("PRAGMA journal_mode = MEMORY")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("BEGIN IMMEDIATE")
        for statement in (*sqlite_ddl(), *history.sqlite_guards()):
            con.execute(statement)
        con.executemany(f'INSERT INTO "{schema.meta.name}" (key, value) VALUES (?, ?)',
                        _meta_rows())
        con.execute("COMMIT")
        con.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        raise translated(DBAPIError(None, None, error), shown) from error
    finally:
        con.close()
