"""Rows → people column by column: ``RowReader._person`` for a whole table at once.

``_person`` makes a dict and a dozen calls per row, the largest part of reading a large
export. Here each field is one pass over its column (mostly C-level: ``zip``, ``map``,
substring tests), and only rows that need ``_person``'s rarer rules — no name, a short
name that may say "vacant" or "N/D" — go through ``_person`` itself. The people and the
defects are the same, in the same order (``RowReader.read`` sorts the defects by row,
stably, and within a row they are appended in ``_person``'s order).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, repeat
from operator import attrgetter, contains, itemgetter, le, not_
from typing import TYPE_CHECKING, Any, cast

from kamdesk.io.incoming_columns import IncomingColumns, ReadPeople
from kamdesk.io.people import (
    MANAGER_SPLIT,
    MARKUP,
    TOP_MARKERS,
    UNDISCLOSED,
    VACANT,
    Incoming,
    _said,
    compose_name,
    defect,
    normal_id,
    parse_when,
)

if TYPE_CHECKING:
    from kamdesk.io.people import RowReader

TEXT_FIELDS = ("title", "department", "email", "phone", "priorities", "notes")
TYPED_FIELDS = ("level", "side", "stance", "decision_role", "influence", "cadence_days",
                "vacancy", "last_contact")
_SEPARATORS = ";|\n/"  # where MANAGER_SPLIT may split a cell
_SEPARATOR = re.compile(f"[{re.escape(_SEPARATORS)}]")
_FIRST_15 = itemgetter(slice(0, 15))


def read_by_column(reader: RowReader, names: list[str],
                   columns: list[list[str]]) -> list[Incoming] | None:
    """Every row with a name, in file order, as ``_person`` makes them; None when the
    table is one this path does not take (the UK organogram's rules are per row)."""
    if reader.fmt == "organogram" or not columns:
        return None
    numbers = reader.table.numbers
    count = len(numbers)
    given = dict(zip(names, columns, strict=True))
    empty = [""] * count

    def column(name: str) -> Sequence[str]:
        return given.get(name, empty)

    given_names, lasts = column("name"), column("last_name")
    if all(map(contains, given_names, lasts)):  # (an empty name goes to _person below)
        full = list(given_names)  # the usual: a full name in every row, with the last name
    else:
        full = [name if name and (not last or last in name) else
                compose_name(name, first, middle, last) for name, first, middle, last in
                zip(given_names, column("first_name"), column("middle_name"), lasts,
                    strict=True)]
    # rows for _person itself: no name (a vacancy or a refusal), or a short one that may
    # say "vacant" or "N/D" (the short ones found by a C-level pass)
    by_row = [k for k in compress(range(count), map(le, map(len, full), repeat(16)))
              if not full[k] or _said(full[k]) in VACANT or _said(full[k]) in UNDISCLOSED]
    keys = _cut_ids(column("id")) if reader.salesforce else list(column("id"))
    salesforce, split = reader.salesforce, _SEPARATOR.search
    cells = column("manager")
    firsts: list[str | None] | None = None  # each row's one reference, where found at once
    refs: dict[str, list[Any]] = {}  # each row's references: made from firsts when asked
    joined = "".join(cells)  # (a plain search a separator: a class tests every character)
    if not any(map(joined.__contains__, _SEPARATORS)) and \
            min(map(len, filter(None, cells)), default=7) > 6:
        # the usual: at most one reference a cell, none that may say "top" (TOP_MARKERS)
        firsts = cast(list[str | None], _cut_ids(cells) if salesforce else list(cells))
        for k in compress(range(count), map(not_, cells)):
            firsts[k] = None  # no reference
    else:
        refs["managers"] = [
            ([] if not cell else _managers(cell, salesforce) if len(cell) <= 6 or
             split(cell) else [cell[:15]] if salesforce and len(cell) == 18 and
             cell.isascii() and cell.isalnum() else [cell]) for cell in cells]
    texts: dict[str, list[str | None]] = {
        f: (list(given[f]) if f in given else [None] * count) for f in TEXT_FIELDS}
    external: list[str | None] = list(given["external_id"]) if "external_id" in given else \
        list(keys) if "" not in keys else [k or None for k in keys]  # no id: None
    mails, cells = texts["email"], given.get("email", ())  # (the cells: all text)
    for k in compress(range(count), map(le, map(len, cells), repeat(16))):
        if cells[k] and _said(cells[k]) in UNDISCLOSED:
            mails[k] = None
    nothing = [None] * count  # a field this path leaves for ``_typed`` (read only)
    fields: dict[str, list[Any]] = {
        "row": list(numbers), "key": keys, "name": full, **refs, **texts,
        "external_id": external, **dict.fromkeys(TYPED_FIELDS, nothing)}
    kept = IncomingColumns(fields, firsts)  # (what goes on with the people)
    # the rare rows, whole, by _person (its defects in its order)
    rare = {k: reader._person({f: c[k] for f, c in given.items() if c[k]}, numbers[k])
            for k in by_row}
    for k, name in enumerate(full) if "<" in "".join(full) else ():
        if "<" in name and k not in rare and MARKUP.search(name):
            reader.defects.append(defect(numbers[k], "markup", value=name[:60]))
    typed = [f for f in TYPED_FIELDS if f in given]
    if not rare and not typed and "modified" not in given:
        # every person as the columns say: made from them when first used (a plan of a
        # new account reads the columns alone: io/incoming_columns)
        return ReadPeople.later(kept)
    people: list[Incoming | None] = list(kept.people())
    for k, person in rare.items():
        people[k] = person
    # nothing typed and no date of change: every person stays as made (modified None)
    for k, person in enumerate(people) if typed or "modified" in given else ():
        if person is None or k in rare:
            continue
        if typed:
            reader._typed({f: given[f][k] for f in typed if given[f][k]}, numbers[k],
                          person)
        when = given["modified"][k] if "modified" in given else ""
        person.modified = parse_when(when) if when else None
    if rare:  # some rows made by _person (or refused): their values are its own
        return [p for p in people if p is not None]
    # every person made from these columns: they go on with them (io/incoming_columns)
    for f in typed:  # as ``_typed`` set them
        fields[f] = list(map(attrgetter(f), people))
    return ReadPeople(cast(list[Incoming], people), kept)


def _cut_ids(values: Sequence[str]) -> list[str]:
    """Salesforce's 18-character ids cut to the 15 that name the record (``normal_id``):
    ``SALESFORCE_ID.match`` of 18 characters is "ASCII letters and digits only", two string
    methods, asked of the whole column at once where every value is such an id or empty."""
    joined = "".join(values)  # (ASCII as bytes: their isalnum is a table look-up a byte)
    if set(map(len, values)) <= {0, 18} and joined.isascii() and \
            joined.encode("ascii").isalnum():
        return list(map(_FIRST_15, values))
    return [k[:15] if len(k) == 18 and k.isascii() and k.isalnum() else k for k in values]


def _managers(cell: str, salesforce: bool) -> list[str]:
    """The manager references of one cell, as ``_person`` reads them."""
    parts = MANAGER_SPLIT.split(cell)
    return [normal_id(m, salesforce) for m in parts
            if m.strip() and (len(m) > 6 or _said(m) not in TOP_MARKERS)]
