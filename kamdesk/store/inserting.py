"""Writing many new rows of one table at once (a new account: an import, the sample).

The driver's ``executemany`` binds every value of every row: for a 10,000-person import
that is 230,000 bindings, most of them the same value again (the account's id, the side,
"", NULL, version 1). Binding, not the B-tree, is most of SQLite's cost there. So on a
``.kam`` file a column holding one value in every row is written into the statement once,
as an SQL literal, and only the other columns are bound per row. The rows stored are the
same: a literal is only used for a value whose literal SQLite reads back as exactly that
value (NULL, an integer, a boolean as 0/1, text without NUL); floats and bytes are always
bound. A server keeps binding everything (its driver sends rows in a pipeline, and its
literal syntax depends on server settings we do not control).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from kamdesk.store.codec import Codec

MAX_LITERAL = 1000  # characters: a longer constant is bound like any value


def insert_rows(conn: Connection, codec: Codec[Any], entities: Sequence[Any]) -> None:
    """INSERT every entity as a new row of its table, in the order given."""
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
    for index, column in enumerate(zip(*entities, strict=True)):
        convert = encoders.get(index)
        literal = None
        if len(entities) > 1 and _constant(column):  # encoded once, not once a row
            literal = sqlite_literal(convert(column[0]) if convert else column[0])
        if literal is None:
            values.append("?")
            bound.append(list(map(convert, column)) if convert else column)
        else:
            values.append(literal)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(values)})"
    if bound:
        conn.exec_driver_sql(sql, list(zip(*bound, strict=True)))
    else:  # every column the same in every row: nothing to bind, one statement a row
        for _ in entities:
            conn.exec_driver_sql(sql)


def _constant(column: Sequence[Any]) -> bool:
    """Every value the same, of the same type (``1 == True == 1.0`` is not enough)."""
    first = column[0]
    return column.count(first) == len(column) and len(set(map(type, column))) == 1


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
