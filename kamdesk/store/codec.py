"""Entity ⇄ row translation, derived once from the entities' type hints.

Rows are plain tuples in the entity's field order (which is also the table's column order,
checked by tests), so encoding and decoding are a few conversions per row and no dicts.
"""

from __future__ import annotations

import functools
import itertools
import json
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import Table

from kamdesk.graph.entities import (
    Account,
    ActionItem,
    Entity,
    Kpi,
    Link,
    Meeting,
    Person,
    RaciActivity,
    Risk,
    RiskStep,
    ValueEntry,
)
from kamdesk.graph.types import DecisionRole, RaciValue, RiskStepKind
from kamdesk.store import schema

E = TypeVar("E", bound=Entity)
Convert = Callable[[Any], Any]
ColumnConvert = Callable[[Sequence[Any]], Iterable[Any]]


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _decode_steps(text: str) -> tuple[RiskStep, ...]:
    return tuple(RiskStep(date.fromisoformat(d), RiskStepKind(k), t) for d, k, t in
                 json.loads(text))


def _encode_steps(steps: tuple[RiskStep, ...]) -> str:
    return _dump([[s.on.isoformat(), s.kind.value, s.text] for s in steps])


def _decode_cells(text: str) -> tuple[tuple[str, RaciValue], ...]:
    return tuple((party, RaciValue(value)) for party, value in json.loads(text))


def _encode_roles(roles: tuple[DecisionRole, ...] | None) -> str | None:
    return None if roles is None else _dump([r.value for r in roles])


def _decode_roles(text: str | None) -> tuple[DecisionRole, ...] | None:
    return None if text is None else tuple(DecisionRole(r) for r in json.loads(text))


# The list-valued fields, which each have their own JSON shape:
_LISTS: dict[tuple[type[Any], str], tuple[Convert, Convert]] = {
    (Account, "required_roles"): (_encode_roles, _decode_roles),
    (Meeting, "attendees"): (lambda v: _dump(list(v)), lambda t: tuple(json.loads(t))),
    (RaciActivity, "assignments"): (lambda v: _dump([[p, x.value] for p, x in v]),
                                    _decode_cells),
    (Risk, "log"): (_encode_steps, _decode_steps),
}


def _enum_encoder(cls: type[Enum]) -> Convert:
    # Member → stored value by a C-level dict lookup; Enum.value is a slow descriptor.
    lookup: dict[Any, Any] = {member: member.value for member in cls}
    lookup[None] = None
    return lookup.__getitem__


def _enum_decoder(cls: type[Enum], optional: bool) -> Convert:
    # A bound dict lookup runs in C: decoding is the hot path of opening a workspace.
    lookup: dict[Any, Any] = dict(cls._value2member_map_)
    if optional:
        lookup[None] = None
    return lookup.__getitem__


def _column_decoder(convert: Convert) -> ColumnConvert:
    """A column's decoding: C-level decoders (a dict lookup, ``bool``) mapped directly; a
    Python function called once per distinct value, the column then mapped through a dict.
    Values from the database are str, int, float, bytes or None (all hashable), and what
    the decoders return (dates, tuples) is immutable, so sharing one result is safe."""
    if not isinstance(convert, types.FunctionType | types.LambdaType):
        return functools.partial(map, convert)

    def column(values: Sequence[Any]) -> Iterable[Any]:
        found = {value: convert(value) for value in set(values)}
        return map(found.__getitem__, values)

    return column


def _encode_day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _decode_day(value: Any) -> date | None:
    return date.fromisoformat(value) if value.__class__ is str else value


class Codec(Generic[E]):
    """Translates one entity type to and from its table's rows."""

    def __init__(self, cls: type[E], table: Table) -> None:
        self.cls = cls
        self.table = table
        self.fields: tuple[str, ...] = cls._fields
        self._encoders: list[tuple[int, Convert]] = []
        self._decoders: list[tuple[int, Convert]] = []
        # decode_all's conversion of a whole column: a C-level map for C-level decoders,
        # and a Python-level one (dates, JSON lists) run once per distinct value
        self._column_decoders: list[tuple[int, ColumnConvert]] = []
        hints = typing.get_type_hints(cls)
        for index, name in enumerate(self.fields):
            encode, decode = self._converters(cls, name, hints[name])
            if encode is not None:
                self._encoders.append((index, encode))
            if decode is not None:
                self._decoders.append((index, decode))
                self._column_decoders.append((index, _column_decoder(decode)))

    @staticmethod
    def _converters(owner: type[Any], name: str,
                    hint: Any) -> tuple[Convert | None, Convert | None]:
        if (owner, name) in _LISTS:
            return _LISTS[(owner, name)]
        args = typing.get_args(hint)
        optional = typing.get_origin(hint) in (typing.Union, types.UnionType)
        base = next(a for a in args if a is not type(None)) if optional else hint
        if base is date:
            return _encode_day, _decode_day
        if isinstance(base, type) and issubclass(base, Enum):
            return _enum_encoder(base), _enum_decoder(base, optional)
        if base is bool:
            return None, bool  # SQLite returns 0/1
        return None, None  # text, numbers and bytes come back as they went in

    def encode(self, entity: E) -> dict[str, Any]:
        """A row as a dict of column → value, for SQLAlchemy insert and update."""
        values = list(entity)
        for index, convert in self._encoders:
            values[index] = convert(values[index])
        return dict(zip(self.fields, values, strict=True))

    def encode_all(self, entities: Sequence[E]) -> list[tuple[Any, ...]]:
        """Rows as tuples in column order, encoded column by column (for executemany)."""
        if not entities:
            return []
        return list(zip(*self.encode_columns(entities), strict=True))

    @property
    def encoders(self) -> dict[int, Convert]:
        """Column index → the conversion its values need before they are written."""
        return dict(self._encoders)

    def encode_columns(self, entities: Sequence[E]) -> list[Sequence[Any]]:
        """The rows' values column by column, encoded (one C-level ``map`` a column)."""
        columns: list[Any] = list(zip(*entities, strict=True))
        for index, convert in self._encoders:
            columns[index] = list(map(convert, columns[index]))
        return columns

    def decode(self, row: Sequence[Any]) -> E:
        values = list(row)
        for index, convert in self._decoders:
            values[index] = convert(values[index])
        return cast(E, self.cls._make(values))

    def decode_all(self, rows: Sequence[Sequence[Any]]) -> list[E]:
        """Decode many rows column by column: each conversion is one C-level ``map``, and
        the entities are made by ``tuple.__new__`` (a NamedTuple's own ``__new__`` is
        Python code taking a third of the time of opening a large account)."""
        if not rows:
            return []
        columns: list[Any] = list(zip(*rows, strict=True))
        if len(columns) != len(self.fields):
            raise ValueError(f"{self.table.name}: {len(columns)} columns read, "
                             f"{len(self.fields)} expected")
        for index, convert in self._column_decoders:
            columns[index] = convert(columns[index])
        return list(map(tuple.__new__, itertools.repeat(self.cls),
                        zip(*columns, strict=True)))


CODECS: dict[type[Any], Codec[Any]] = {
    cls: Codec(cls, table) for cls, table in [
        (Account, schema.accounts), (Person, schema.people), (Link, schema.links),
        (Kpi, schema.kpis), (ValueEntry, schema.value_entries),
        (RaciActivity, schema.raci_activities), (Risk, schema.risks),
        (Meeting, schema.meetings), (ActionItem, schema.action_items)]
}


def codec_for(entity_or_type: Entity | type[Entity]) -> Codec[Any]:
    cls = entity_or_type if isinstance(entity_or_type, type) else type(entity_or_type)
    return CODECS[cls]
