"""The people a table was read into, together with the columns they were read from.

``people_columns.read_by_column`` has every field of a large export as a column; the plan
of a new account finds the lines, levels and new people column by column from them
(``IncomingColumns``), instead of taking 10,000 ``Incoming`` objects apart again. Where
the columns say everything about the people (no typed field, no date of change, no row
read alone), the people themselves are made from the columns only when first used
(``ReadPeople.later``): a plan that reads the columns alone never makes them, nor frees
them. Any use of the list as a list makes them first, so every other reader (the wizard,
dedupe's merges, a plan of an account that has people) gets the list it always had.

The columns vouch only for the very objects they were read into, in their order
(``holds`` compares identities, as ``graph/columns.Columns`` does for entities): a list
that gained, lost or swapped a person (dedupe merging two rows) makes the plan take the
people apart itself, as before. Nothing changes an ``Incoming`` once read: the readers
fill them while reading, a merge of duplicates changes the list too, and the plan cuts
long texts in copies.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from itertools import compress, repeat
from operator import is_
from typing import Any

from kamdesk.io.people import Incoming

_ORDER = [f.name for f in dataclasses.fields(Incoming)]  # Incoming's arguments, in order


def made_from(columns: IncomingColumns) -> list[Incoming]:
    """One ``Incoming`` a row of ``columns`` (one C-level pass; ``modified``: None)."""
    return list(map(Incoming, *[columns.field(f) if f != "modified" else repeat(None)
                                for f in _ORDER]))


class IncomingColumns:
    """People's fields as columns: ``field(name)[k] == getattr(people()[k], name)`` for
    every field but ``modified``. ``firsts``: each row's first manager reference (None:
    none), when the reader found them at once (else None): then each row's references as
    a list (``field("managers")``) are made from them when first asked for (the plan of a
    new account reads ``firsts`` alone)."""

    __slots__ = ("_fields", "_people", "firsts")

    def __init__(self, fields: dict[str, list[Any]],
                 firsts: list[str | None] | None = None) -> None:
        self._fields = fields
        self.firsts = firsts
        self._people: tuple[Incoming, ...] | None = None

    def people(self) -> tuple[Incoming, ...]:
        """The people these columns were read into (made on the first call)."""
        if self._people is None:
            self._people = tuple(made_from(self))
        return self._people

    def count(self) -> int:
        return len(self._fields["row"])

    def holds(self, people: Sequence[Incoming]) -> bool:
        """``people`` are exactly the objects these columns were read into, in order."""
        if isinstance(people, ReadPeople) and people.columns is self and people.waiting:
            return True  # (they will be made from these columns, when first used)
        mine = self.people()
        return len(people) == len(mine) and all(map(is_, people, mine))

    def field(self, name: str) -> list[Any]:
        """The column of ``name`` (the caller must not change it)."""
        if name == "managers" and name not in self._fields and self.firsts is not None:
            self._fields[name] = managers = list(map(list, zip(self.firsts)))
            for k in compress(range(len(managers)), map(is_, self.firsts, repeat(None))):
                managers[k] = []  # no reference
        return self._fields[name]


class ReadPeople(list[Incoming]):
    """A list of people that carries the columns they were read from (or None)."""

    # (class-level defaults, no slots: a copy or an unpickled list is filled before its
    # attributes are set)
    columns: IncomingColumns | None = None
    _waiting = False

    def __init__(self, people: Iterable[Incoming], columns: IncomingColumns | None) -> None:
        super().__init__(people)
        self.columns = columns

    @classmethod
    def later(cls, columns: IncomingColumns) -> ReadPeople:
        """The people of ``columns``, made when first used as a list (``len`` and ``bool``
        do not make them: the columns count them)."""
        people = cls((), columns)
        people._waiting = True
        return people

    @property
    def waiting(self) -> bool:
        """The people are not made yet (nothing has used the list but to count it)."""
        return self._waiting

    def _make(self) -> None:
        if self._waiting and self.columns is not None:
            self._waiting = False
            list.extend(self, self.columns.people())

    def __len__(self) -> int:
        if self._waiting and self.columns is not None:
            return self.columns.count()
        return list.__len__(self)

    def __radd__(self, other: object) -> object:
        """``[…] + people``: made, then the list's own concatenation (which reads the items
        without asking the list)."""
        self._make()
        return NotImplemented


def _made_first(method: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(method)
    def use(self: ReadPeople, *args: Any, **kwargs: Any) -> Any:
        self._make()
        for other in args:  # (list's methods read another list's items directly)
            if isinstance(other, ReadPeople):
                other._make()
        return method(self, *args, **kwargs)
    return use


# every use of the list's items, as list's own methods define them (and copy, pickle),
# makes the people first; only creating, counting and hashing (none) do not
for _name, _method in [*vars(list).items(), ("__reduce_ex__", object.__reduce_ex__),
                       ("__reduce__", object.__reduce__)]:
    if callable(_method) and _name not in ("__new__", "__init__", "__len__", "__hash__",
                                           "__getattribute__", "__class_getitem__"):
        setattr(ReadPeople, _name, _made_first(_method))


def carried(people: Sequence[Incoming]) -> IncomingColumns | None:
    """The columns ``people`` carry, if they hold exactly these people."""
    columns = people.columns if isinstance(people, ReadPeople) else None
    return columns if columns is not None and columns.holds(people) else None
