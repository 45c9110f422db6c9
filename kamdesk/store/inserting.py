"""Writing many new rows of one table at once (a new account: an import, the sample).

The driver's ``executemany`` binds every value of every row: for a 10,000-person import
that is 230,000 bindings, most of them the same value again (the account's id, the side,
"", NULL, version 1). Binding, not the B-tree, is most of SQLite's cost there. So on a
``.kam`` file a column holding one value in every row is written into the statement once,
as an SQL literal, and only the other columns are bound per row. The rows stored are the
same: a literal is only used for a value whose literal SQLite reads back as exactly that
value (NULL, an integer, a boolean as 0/1, text without NUL); floats and bytes are always
bound. And one INSERT writes 50 rows (``write_rows``): SQLite's work to run a statement
once (cursors opened, the B-trees' last entries found again, its piece of the transaction
ended) was as much again as writing the row. A server keeps binding everything, a row a
statement (its driver sends rows in a pipeline, and its literal syntax depends on server
settings we do not control).

A whole new account's rows can only refer to each other (its people to its account, its
lines to its people), so on a ``.kam`` file their references are checked here, once, in
sets (``references_hold``), and SQLite's row-by-row foreign-key look-ups are off while they
are written (``checked_here``): three B-tree searches a line, 15–20 ms CPU of a 10,000-person
import. Rows that fail the check are written with SQLite checking, which refuses them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from kamdesk.graph.columns import Columns
from kamdesk.store import bulk_journal
from kamdesk.store.codec import Codec

Rows = Sequence[tuple[Codec[Any], Sequence[Any]]]

MAX_LITERAL = 1000  # characters: a longer constant is bound like any value
# rows of people and lines above which, into empty tables, their indexes are built after
# the rows: CREATE INDEX sorts once where each row would update a B-tree (a 10,000-person
# import: about a tenth of SQLite's time); a small account (the sample's) is not worth the DDL
INDEXES_AFTER = 1000
_LATER_INDEXED = ("people", "links")
# the page cache while a large batch is written (cache_for): a person's or a line's row
# and index entries take about half a KiB; a 200,000-person import is held to 64 MiB
CACHE_KIB_A_ROW = 1
CACHE_MAX_KIB = 64 * 1024
# rows one INSERT writes into a .kam file (write_rows): past about 50 the statement's own
# size (its program holds each row's values) costs more than the executions it saves
ROWS_A_STATEMENT = 50


def insert_all(conn: Connection, rows: Rows,
               columns: Mapping[type, Columns] | None = None) -> None:
    """INSERT each table's entities, in the order given. On a ``.kam`` file whose people and
    lines tables are empty (a new workspace), a large batch is written without their
    secondary indexes, which are then made again from the same statements, in the same
    transaction: afterwards the schema is exactly as before, and a failure on the way rolls
    the dropped indexes back with everything else. ``columns``: see ``insert_rows``.

    Only in a transaction that is all or nothing, and not inside a savepoint: on a ``.kam``
    file a refused row ends the whole transaction (``write_rows``: ``OR ROLLBACK``)."""
    assert not conn.in_nested_transaction(), "a refused row would end the savepoint's parent"
    later: list[tuple[str, str]] = []
    if conn.dialect.name == "sqlite" and _batch(rows) >= INDEXES_AFTER:
        later = _indexes_of_empty(conn)
    for name, _ in later:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    for codec, entities in rows:
        insert_rows(conn, codec, entities, (columns or {}).get(codec.cls))
    for _, sql in later:
        conn.exec_driver_sql(sql)


def _batch(rows: Rows) -> int:
    """How many people and lines ``rows`` hold."""
    return sum(len(entities) for codec, entities in rows
               if codec.table.name in _LATER_INDEXED)


@contextlib.contextmanager
def whole_account(conn: Connection, rows: Rows,
                  columns: Mapping[type, Columns] | None = None) -> Iterator[None]:
    """How the transaction opened inside writes a whole new account: its references checked
    here (``checked_here``, read from ``columns`` where they hold); when it is large, a
    page cache to hold it (``cache_for``) and, on a file no other connection has open, the
    rollback journal (``bulk_journal``)."""
    batch = _batch(rows) if conn.dialect.name == "sqlite" else 0
    large = batch >= INDEXES_AFTER
    with checked_here(conn, rows, columns), \
            cache_for(conn, batch) if large else contextlib.nullcontext(), \
            bulk_journal.rollback_journal(conn) if large else contextlib.nullcontext():
        yield


@contextlib.contextmanager
def cache_for(conn: Connection, batch: int) -> Iterator[None]:
    """SQLite's page cache large enough for the pages ``batch`` new people and lines make
    (up to ``CACHE_MAX_KIB``) until the transaction opened inside ends, as it was
    afterwards. With the default 2 MB a 10,000-person import spills pages before its commit
    (to the log, or into the file under the rollback journal) and reads its B-trees back:
    3–5 ms of SQLite's CPU. Only the pages used are allocated."""
    want = min(batch * CACHE_KIB_A_ROW, CACHE_MAX_KIB)
    driver = conn.connection.driver_connection
    assert driver is not None
    was = int(driver.execute("PRAGMA cache_size").fetchone()[0])
    if was <= -want:  # negative: in KiB, and already as large
        yield
        return
    driver.execute(f"PRAGMA cache_size = {-want}")
    try:
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):  # a larger cache left behind does no harm
            driver.execute(f"PRAGMA cache_size = {was}")


def _indexes_of_empty(conn: Connection) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the people's and lines' own indexes (not a primary
    key's) when both tables hold no row; [] otherwise."""
    for table in _LATER_INDEXED:
        if conn.exec_driver_sql(f"SELECT EXISTS (SELECT 1 FROM {table})").scalar():
            return []
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
        f"tbl_name IN {_LATER_INDEXED!r} ORDER BY name").all()
    return [(str(name), str(sql)) for name, sql in found]


def insert_rows(conn: Connection, codec: Codec[Any], entities: Sequence[Any],
                columns: Columns | None = None) -> None:
    """INSERT every entity as a new row of its table, in the order given. ``columns``: the
    entities' fields as the importer made them (``graph/columns``), read as they are (and
    what they know of each column) instead of taking the entities apart, when they hold
    exactly these entities. As ``insert_all``: a refused row may end the whole
    transaction."""
    if not entities:
        return
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in codec.fields)
    table = quote(codec.table.name)
    if conn.dialect.name != "sqlite":
        marks = ", ".join("%s" if conn.dialect.paramstyle != "qmark" else "?"
                          for _ in codec.fields)
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                             codec.encode_all(entities))
        return
    values: list[str] = []
    bound: list[Sequence[Any]] = []
    encoders = codec.encoders
    if columns is None or not columns.holds(entities):  # the entities taken apart
        columns = Columns(entities, list(zip(*entities, strict=True)))
    for index, column in enumerate(columns.columns):
        convert = encoders.get(index)
        literal = None
        if len(entities) > 1 and columns.one_value(index):  # encoded once
            literal = sqlite_literal(convert(column[0]) if convert else column[0])
        if literal is None:
            values.append("?")
            bound.append(list(map(convert, column)) if convert else column)
        else:
            values.append(literal)
    write_rows(conn, f"{table} ({names})", f"({', '.join(values)})", bound, len(entities))


def write_rows(conn: Connection, into: str, row: str, bound: Sequence[Sequence[Any]],
               count: int) -> None:
    """``count`` rows INSERT INTO ``into`` (a table and its columns) VALUES ``row`` (a
    tuple of literals and ``?``), the values of the ``?`` taken from the columns ``bound``:
    ``ROWS_A_STATEMENT`` rows a statement, then the rest one a statement. Each execution of
    a statement opens the table's and its key's cursors and finds their last entries
    again, and ends its own piece of the transaction: one row at a time, that was half of
    SQLite's work for a new account's people and lines. The statement with many rows is
    the same INSERT (the same values, bound the same way, in the same order: tested),
    prepared once and kept by the driver.

    A row refused there ends the whole transaction (``OR ROLLBACK``): so SQLite keeps no
    journal of each statement to undo it alone, as it would to leave the rows written
    before it. Only for a transaction that is all or nothing (a new account's)."""
    width = len(bound)
    many = f"INSERT OR ROLLBACK INTO {into}"
    per_statement = min(ROWS_A_STATEMENT, _most_rows(conn, width, many, row))
    # the rows written many a statement; the rest go one a statement
    batched = count - count % per_statement if per_statement > 1 else 0
    flat: list[Any] = [None] * (count * width)  # row after row: the ``?`` in order
    for index, column in enumerate(bound):
        flat[index::width] = column
    if batched:
        step = per_statement * width
        write_many(conn, f"{many} VALUES {', '.join([row] * per_statement)}",
                   (flat[at:at + step] for at in range(0, batched * width, step)) if width
                   else repeat((), batched // per_statement))
    if batched < count:
        write_many(conn, f"INSERT INTO {into} VALUES {row}",
                   (flat[at:at + width] for at in range(batched * width, count * width,
                                                        width))
                   if width else repeat((), count - batched))


def _most_rows(conn: Connection, width: int, head: str, row: str) -> int:
    """How many rows ``row`` of ``width`` bound values one statement ``head`` VALUES may
    hold within this SQLite's limits (its length in bytes, its bound values)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    room = int(driver.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH)) - len(head.encode()) - 6
    most = room // (len(row.encode()) + 2)  # ", " between rows
    if width:
        most = min(most, int(driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)) // width)
    return max(1, most)


def write_many(conn: Connection, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """The driver's own ``executemany`` of ``sql`` over ``rows``, in the transaction ``conn``
    began, each execution's values made as the driver takes them (no list of them all is
    built, kept and freed), and SQLAlchemy's per-row copy of the parameters
    (``_init_statement``) skipped — 10–15 ms CPU of a 10,000-person import. A driver error
    becomes SQLAlchemy's, as ``exec_driver_sql`` would raise it, for the workspace to turn
    into a sentence."""
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.executemany(sql, rows)
    except sqlite3.Error as error:
        raise DBAPIError.instance(sql, None, error, sqlite3.Error) from error
    finally:
        cursor.close()


def sqlite_literal(value: object) -> str | None:
    """``value`` as an SQLite literal that stores exactly what binding it stores; None
    when it should be bound instead."""
    if value is None:
        return "NULL"
    if type(value) is bool:  # the driver binds a bool as the integer 0 or 1
        return "1" if value else "0"
    if type(value) is int:
        return str(value) if -2**62 <= value <= 2**62 else None  # far from overflow
    if type(value) is str and len(value) <= MAX_LITERAL and "\x00" not in value:
        try:
            value.encode("utf-8")  # half a surrogate pair: let the driver refuse it
        except UnicodeEncodeError:
            return None
        return "'" + value.replace("'", "''") + "'"
    return None


def references_hold(rows: Rows, columns: Mapping[type, Columns] | None = None) -> bool:
    """Every foreign key of these rows names a row among them (what SQLite would check,
    held to the rows written together: a new account refers to nothing else). False also
    when a key points at a table that is not among them. ``columns``: as ``insert_rows``
    (a column read as it is; one holding one value is that value)."""
    keys: dict[tuple[str, str], set[Any]] = {}  # the referred-to columns, as sets
    carried = {codec.cls: found for codec, entities in rows
               if (found := (columns or {}).get(codec.cls)) is not None
               and found.holds(entities)}

    def column(codec: Codec[Any], entities: Sequence[Any], name: str) -> Sequence[Any]:
        index = codec.fields.index(name)
        known = carried.get(codec.cls)
        if known is None:
            return list(map(itemgetter(index), entities))
        found = known.columns[index]
        return found[:1] if known.one_value(index) else found

    def key(codec: Codec[Any], entities: Sequence[Any], name: str) -> set[Any]:
        if (codec.table.name, name) not in keys:
            keys[codec.table.name, name] = set(column(codec, entities, name))
        return keys[codec.table.name, name]

    tables = {codec.table.name: (codec, entities) for codec, entities in rows}
    for codec, entities in rows:
        for fk in codec.table.foreign_keys:
            if not entities:
                continue
            parent = tables.get(fk.column.table.name)
            if parent is None:
                return False
            known = key(*parent, fk.column.name)
            wanted = column(codec, entities, fk.parent.name)  # looked up, no set made of it
            if not known.issuperset(wanted) and \
                    not known.issuperset(set(wanted) - {None}):  # NULL refers to none
                return False
    return True


@contextlib.contextmanager
def checked_here(conn: Connection, rows: Rows,
                 columns: Mapping[type, Columns] | None = None) -> Iterator[None]:
    """SQLite's foreign-key checks off for the transaction opened inside, when the rows'
    references hold (``references_hold``); on again afterwards, whatever happens. The
    pragma only takes effect outside a transaction, so it goes straight to the driver."""
    if conn.dialect.name != "sqlite" or conn.in_transaction() or \
            not references_hold(rows, columns):
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        try:
            driver.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            conn.invalidate()  # never hand a connection without the checks back to the pool
            raise
