"""Rows kamdesk cannot read, found and named instead of failing with a bare KeyError.

Decoding stays the codec's fast column-at-a-time path; only when it fails are the rows
walked one value at a time to say which row, column and value are at fault.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kamdesk.store.codec import Codec
from kamdesk.store.errors import DamagedWorkspaceError

_UNREADABLE = (KeyError, ValueError, TypeError, IndexError, AttributeError)


def decoded(codec: Codec[Any], rows: Sequence[Sequence[Any]], where: str) -> list[Any]:
    """``codec.decode_all(rows)``, or DamagedWorkspaceError naming every unreadable value."""
    try:
        return codec.decode_all(rows)
    except _UNREADABLE:
        found = bad_values(codec, rows)
        if not found:
            raise
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise DamagedWorkspaceError(
            f"{where}: {found[0]}{more}; kamdesk cannot read it — correct or remove the "
            "value with a database tool, or restore a backup") from None


def bad_values(codec: Codec[Any], rows: Sequence[Sequence[Any]]) -> list[str]:
    found = []
    for row in rows:
        for index, convert in codec._decoders:
            try:
                convert(row[index])
            except _UNREADABLE:
                found.append(f"{codec.table.name} row {row[0]!r} holds {row[index]!r} in "
                             f"{codec.fields[index]}")
    return found
