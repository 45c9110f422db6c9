"""The people a table was read into, together with the columns they were read from.

``people_columns.read_by_column`` has every field of a large export as a column, makes one
``Incoming`` a row, and the plan then took those people apart into columns again (a pass a
field over 10,000 objects), to find the lines, levels and new people column by column.
``IncomingColumns`` keeps the reader's columns for the plan instead.

It vouches only for the very objects it was made with, in their order (``holds`` compares
identities, as ``graph/columns.Columns`` does for entities): a list that gained, lost or
swapped a person (dedupe merging two rows) makes the plan take the people apart itself, as
before. Nothing changes an ``Incoming`` once read: the readers fill them while reading, a
merge of duplicates changes the list too, and the plan cuts long texts in copies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import is_
from typing import Any

from kamdesk.io.people import Incoming


class IncomingColumns:
    """``people`` and their fields as columns: ``field(name)[k] == getattr(people[k],
    name)`` for every field but ``modified``. ``firsts``: each row's first manager
    reference (None: none), when the reader found them at once (else None)."""

    __slots__ = ("_fields", "_people", "firsts")

    def __init__(self, people: Sequence[Incoming], fields: dict[str, list[Any]],
                 firsts: list[str | None] | None = None) -> None:
        self._people = tuple(people)
        self._fields = fields
        self.firsts = firsts

    def holds(self, people: Sequence[Incoming]) -> bool:
        """``people`` are exactly the objects these columns were read into, in order."""
        return len(people) == len(self._people) and all(map(is_, people, self._people))

    def field(self, name: str) -> list[Any]:
        """The column of ``name`` (the caller must not change it)."""
        return self._fields[name]


class ReadPeople(list[Incoming]):
    """A list of people that carries the columns they were read from (or None)."""

    __slots__ = ("columns",)

    def __init__(self, people: Iterable[Incoming], columns: IncomingColumns | None) -> None:
        super().__init__(people)
        self.columns = columns


def carried(people: Sequence[Incoming]) -> IncomingColumns | None:
    """The columns ``people`` carry, if they hold exactly these people."""
    columns = people.columns if isinstance(people, ReadPeople) else None
    return columns if columns is not None and columns.holds(people) else None
