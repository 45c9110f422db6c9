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
from typing import TYPE_CHECKING

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
_SEPARATOR = re.compile("[;|\n/]")  # where MANAGER_SPLIT may split a cell


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

    full = [name if name and (not last or last in name) else
            compose_name(name, first, middle, last) for name, first, middle, last in
            zip(column("name"), column("first_name"), column("middle_name"),
                column("last_name"), strict=True)]
    # rows for _person itself: no name (a vacancy or a refusal), or a short one that may
    # say "vacant" or "N/D"
    by_row = [k for k, name in enumerate(full) if not name or (
        len(name) <= 16 and (_said(name) in VACANT or _said(name) in UNDISCLOSED))]
    keys = list(column("id"))
    # ``SALESFORCE_ID.match`` of 18 characters is "ASCII letters and digits only": two
    # string methods, cheaper than the regex call a row (tests/io/test_import_fast_paths)
    if reader.salesforce:
        keys = [k[:15] if len(k) == 18 and k.isascii() and k.isalnum() else k  # normal_id
                for k in keys]
    salesforce, split = reader.salesforce, _SEPARATOR.search
    managers = [([] if not cell else _managers(cell, salesforce) if len(cell) <= 6 or
                 split(cell) else [cell[:15]] if salesforce and len(cell) == 18 and
                 cell.isascii() and cell.isalnum() else [cell]) for cell in column("manager")]
    texts: dict[str, list[str | None]] = {
        f: (list(given[f]) if f in given else [None] * count) for f in TEXT_FIELDS}
    external = list(given["external_id"]) if "external_id" in given else \
        [k or None for k in keys]
    for k, mail in enumerate(texts["email"]):
        if mail and len(mail) <= 16 and _said(mail) in UNDISCLOSED:
            texts["email"][k] = None
    people: list[Incoming | None] = list(map(
        Incoming, numbers, keys, full, managers, texts["title"], texts["department"],
        texts["email"], texts["phone"], [None] * count, [None] * count, [None] * count,
        [None] * count, [None] * count, texts["priorities"], texts["notes"], [None] * count,
        [None] * count, external))
    special = set(by_row)
    for k in by_row:  # the rare rows, whole, by _person (its defects in its order)
        values = {f: c[k] for f, c in given.items() if c[k]}
        people[k] = reader._person(values, numbers[k])
    for k, name in enumerate(full):
        if "<" in name and k not in special and MARKUP.search(name):
            reader.defects.append(defect(numbers[k], "markup", value=name[:60]))
    typed = [f for f in TYPED_FIELDS if f in given]
    # nothing typed and no date of change: every person stays as made (modified None)
    for k, person in enumerate(people) if typed or "modified" in given else ():
        if person is None or k in special:
            continue
        if typed:
            reader._typed({f: given[f][k] for f in typed if given[f][k]}, numbers[k],
                          person)
        when = given["modified"][k] if "modified" in given else ""
        person.modified = parse_when(when) if when else None
    return [p for p in people if p is not None]


def _managers(cell: str, salesforce: bool) -> list[str]:
    """The manager references of one cell, as ``_person`` reads them."""
    parts = MANAGER_SPLIT.split(cell)
    return [normal_id(m, salesforce) for m in parts
            if m.strip() and (len(m) > 6 or _said(m) not in TOP_MARKERS)]
