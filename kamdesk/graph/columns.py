"""Entities together with the columns they were made from, for whoever reads them by column.

A large import builds its new people (and their lines) from columns of the file, then the
graph's rules check them column by column (``validate_many``) and the store writes them
column by column (``store/inserting``): each used to take the entities apart again
(``zip(*entities)``: 230,000 values for 10,000 people, twice) and to ask of every column
whether it holds one value of one type. ``Columns`` keeps the columns it was made from, and
those two answers once found, so the entities are taken apart never.

It only ever vouches for the very objects it was made with: ``holds`` compares identities,
so an entity replaced on the way (a value normalized, a role cleared) makes every reader
take the entities apart itself, as before. The columns are tuples, which nobody can change.

Most columns of an import are one value throughout (the account, the side, a dozen fields
the file is silent on): given as ``Constant(value)``, such a column is known to hold one
value of one type without a pass over it (``kinds`` and ``one_value`` then cost nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import is_
from typing import Any, TypeVar

T = TypeVar("T", bound=tuple[Any, ...])


class Constant:
    """A column with ``value`` in every row, for ``Columns.build``."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"Constant({self.value!r})"


class Columns:
    """``entities`` (tuples of one type, all with the same fields) and their fields as
    columns: ``columns[i][k] is entities[k][i]``."""

    __slots__ = ("_entities", "_kinds", "_longest", "_one_value", "columns")

    def __init__(self, entities: Sequence[tuple[Any, ...]],
                 columns: Sequence[Sequence[Any]]) -> None:
        self._entities = tuple(entities)
        self.columns: tuple[tuple[Any, ...], ...] = tuple(map(tuple, columns))
        self._kinds: dict[int, frozenset[type]] = {}
        self._one_value: dict[int, bool] = {}
        self._longest: dict[int, int] = {}

    @classmethod
    def build(cls, kind: type[T], columns: Sequence[Sequence[Any] | Constant], *,
              count: int | None = None) -> tuple[list[T], Columns]:
        """Entities of ``kind`` (a NamedTuple) made from ``columns`` (one a field, in field
        order; a ``Constant`` for a field with one value in every row), and the carrier of
        both: right by construction, nothing to verify. Made by ``tuple.__new__`` (a
        NamedTuple's own ``__new__`` is Python code, a call a row). ``count``: the number
        of entities, needed only when every column is a ``Constant``."""
        if len(columns) != len(kind._fields):  # type: ignore[attr-defined]
            raise ValueError(f"{kind.__name__}: {len(columns)} columns for "
                             f"{len(kind._fields)} fields")  # type: ignore[attr-defined]
        sized = [len(c) for c in columns if not isinstance(c, Constant)]
        if count is None and not sized:
            raise ValueError(f"{kind.__name__}: only constant columns, and no count")
        rows = sized[0] if count is None else count
        found = cls((), [(c.value,) * rows if isinstance(c, Constant) else c
                         for c in columns])
        for index, column in enumerate(columns):
            if isinstance(column, Constant) and rows:  # known without a pass
                found._kinds[index] = frozenset((type(column.value),))
                found._one_value[index] = True
        entities = list(map(tuple.__new__, repeat(kind), zip(*found.columns, strict=True)))
        found._entities = tuple(entities)
        return entities, found

    def holds(self, entities: Sequence[tuple[Any, ...]]) -> bool:
        """``entities`` are exactly the objects these columns were made from, in order."""
        return len(entities) == len(self._entities) and all(
            map(is_, entities, self._entities))

    def kinds(self, index: int) -> frozenset[type]:
        """The types of the values in column ``index``."""
        if index not in self._kinds:
            self._kinds[index] = frozenset(map(type, self.columns[index]))
        return self._kinds[index]

    def longest(self, index: int) -> int:
        """The length of the longest value in column ``index`` (texts; 0: none)."""
        if index not in self._longest:
            column = self.columns[index]
            self._longest[index] = len(column[0]) if column and self.one_value(index) else \
                max(map(len, column), default=0)
        return self._longest[index]

    def one_value(self, index: int) -> bool:
        """Column ``index`` holds one value of one type throughout (``1 == True == 1.0``
        is not enough: the types must agree too)."""
        if index not in self._one_value:
            column = self.columns[index]
            # (the last value tells most columns apart at once: ids, names, e-mails)
            self._one_value[index] = len(self.kinds(index)) == 1 and (
                column[-1] == column[0]) and column.count(column[0]) == len(column)
        return self._one_value[index]
