"""The field rules of ``graph.validate`` applied to many people or lines at once, by column.

An import checks ten thousand people: calling ``validate.normalized`` on each costs a dozen
Python calls per person. Here each rule runs once per column with C-level passes (``map``,
``set``, ``max``, one search over the joined text). When every column passes, the entities
are exactly what ``normalized`` would return (already typed, unchanged). When any column
fails, or an entity is not already typed, the entities are checked one by one with
``validate.normalized`` itself, so the refusal is the very error (same type, key and
parameters, same first offender) that checking them one by one raises. The column checks
only decide "all clearly fine"; they never word a refusal of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from typing import cast

from kamdesk.graph import validate
from kamdesk.graph.columns import Columns
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side, Stance
from kamdesk.graph.validate import MAX_CADENCE_DAYS, MAX_LINE, MAX_PHOTO_BYTES, MAX_TEXT

_NONE = type(None)
# Person fields → (how the column is checked, its limit). Every field must be listed: a
# field added to Person and not here makes ``people`` fall back to one-by-one checks (and
# tests/graph/test_validate_many.py fail), so no rule is ever skipped silently.
_PERSON: dict[str, tuple[str, int]] = {
    "id": ("required", 64), "account_id": ("required", 64), "side": ("enum", 0),
    "name": ("required", MAX_LINE), "title": ("text", MAX_LINE),
    "department": ("text", MAX_LINE), "level": ("enum", 0), "email": ("text", MAX_LINE),
    "phone": ("text", MAX_LINE), "notes": ("text", MAX_TEXT), "photo": ("photo", 0),
    "decision_role": ("enum", 0), "stance": ("enum", 0), "influence": ("int", 5),
    "priorities": ("text", MAX_TEXT), "last_contact": ("day", 0),
    "cadence_days": ("int", MAX_CADENCE_DAYS), "external_id": ("text", 256),
    "left_on": ("day", 0), "left_to": ("text", MAX_LINE), "successor_id": ("optional_id", 64),
    "vacancy": ("bool", 0), "version": ("version", 0),
}
_LINK: dict[str, tuple[str, int]] = {
    "id": ("required", 64), "account_id": ("required", 64), "kind": ("enum", 0),
    "source": ("id", 0), "target": ("id", 0), "dotted": ("bool", 0), "weight": ("int", 3),
    "strength": ("int", 5), "last_contact": ("day", 0), "note": ("text", MAX_TEXT),
    "version": ("version", 0),
}
_ENUMS: dict[str, tuple[type, ...]] = {
    "side": (Side,), "level": (Level,), "stance": (Stance,),
    "decision_role": (DecisionRole, _NONE), "kind": (LinkKind,),
}
_ROLE = Person._fields.index("decision_role")
_LOW = {"influence": 1, "cadence_days": 1, "weight": 1, "strength": 1}
_OPTIONAL = {"cadence_days"}


def people(batch: Sequence[Person], columns: Columns | None = None) -> list[Person]:
    """Every person as ``validate.normalized`` returns it; raises the error it raises first.
    ``columns``: the batch's fields as columns (``graph/columns``), used if they hold it."""
    if batch and tuple(_PERSON) == Person._fields:
        columns = _held(batch, columns)
        if _columns_pass(batch, _PERSON, columns, True) and _roles_fit_sides(batch, columns):
            return list(batch)
    return [cast(Person, validate.normalized(p)) for p in batch]


def links(batch: Sequence[Link], columns: Columns | None = None,
          held: bool = False) -> list[Link]:
    """Every line as ``validate.normalized`` returns it (an equal tuple); raises as it does.
    ``held``: the caller knows ``columns`` hold the batch (``Columns.holds``)."""
    if batch and tuple(_LINK) == Link._fields and _columns_pass(batch, _LINK, columns, held):
        return list(batch)
    return [cast(Link, validate.normalized(x)) for x in batch]


def _columns_pass(batch: Sequence[tuple[object, ...]], spec: dict[str, tuple[str, int]],
                  columns: Columns | None = None, held: bool = False) -> bool:
    columns = columns if held and columns is not None else _held(batch, columns)
    for index, ((name, (check, limit)), column) in enumerate(zip(
            spec.items(), columns.columns, strict=True)):
        kinds: AbstractSet[type] = columns.kinds(index)
        if columns.one_value(index):
            column = column[:1]  # one value throughout (a default): its checks are the same
        if check in ("required", "text", "id"):
            if kinds != {str} or columns.longest(index) > (limit or 64) or \
                    not _texts_pass(column, check != "text"):
                return False
        elif check == "optional_id":
            given = tuple(v for v in column if v is not None)
            if not kinds <= {str, _NONE} or (given and not (
                    max(map(len, given)) <= limit and _texts_pass(given, True))):
                return False
        elif check == "enum":
            if not kinds <= set(_ENUMS[name]):
                return False
        elif check == "int":
            ints = [v for v in column if v is not None] if name in _OPTIONAL else column
            allowed = {int, _NONE} if name in _OPTIONAL else {int}
            if not kinds <= allowed or (ints and not (
                    _LOW[name] <= min(ints) and max(ints) <= limit)):
                return False
        elif check == "version":
            if kinds != {int} or min(column) < 1 or max(column) > 2**62:
                return False
        elif check == "day":
            if not kinds <= {date, _NONE}:
                return False
        elif check == "bool":
            if kinds != {bool}:
                return False
        elif check == "photo":
            if not kinds <= {bytes, _NONE} or (bytes in kinds and max(
                    len(v) for v in column if v is not None) > MAX_PHOTO_BYTES):
                return False
        else:  # a check this module does not know: leave it to validate.normalized
            return False
    return True


def _held(batch: Sequence[tuple[object, ...]], columns: Columns | None) -> Columns:
    """The batch's own columns, and what is known of them, when they came with it; else
    the batch taken apart."""
    if columns is None or not columns.holds(batch):
        columns = Columns(batch, list(zip(*batch, strict=True)))
    return columns


def _texts_pass(column: tuple[object, ...], required: bool) -> bool:
    """No value with a NUL or half a surrogate pair, and (``required``) none blank:
    ``validate.text``'s rules (but the length) as "clearly fine" tests over the column
    joined (one C-level pass each)."""
    texts = cast(tuple[str, ...], column)
    # (joining makes no pair of two halves: a str is code points, not UTF-16)
    return validate.storable("".join(texts)) and (
        not required or all(map(str.strip, texts)))  # none blank


def _roles_fit_sides(batch: Sequence[Person], columns: Columns) -> bool:
    """Decision roles are for client people only (``validate._check_person_values``)."""
    if columns.one_value(_ROLE) and columns.columns[_ROLE][0] is None:
        return True  # no role given (an import's usual column): nothing to compare
    return not any(p.decision_role is not None and p.side is Side.INTERNAL
                   for p in batch if p.decision_role is not None)
