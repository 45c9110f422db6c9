"""Which column holds the ids and which the managers, told from the values when the headers
do not say: a column whose values are the ids (or e-mails, or names) of other rows is a
manager column, whatever it is called.

The header guess (``formats.guess_mapping``) comes first; this fills what it left out, and
says what it took and why, so the preview can show it. One pass over the cells: linear.
"""

from __future__ import annotations

from kamdesk.io.formats import normal
from kamdesk.io.people import TOP_MARKERS, name_key, normal_name
from kamdesk.io.tables import Table
from kamdesk.io.text import Note

MIN_SHARE = 0.8  # of a column's filled cells that must be ids of other rows
UNIQUE_SHARE = 0.98  # of an id column's filled cells that are distinct


def _values(table: Table, index: int) -> list[str]:
    return [row[index].strip() for row in table.rows if index < len(row)]


def find_columns(table: Table, mapping: dict[str, int]) -> list[Note]:
    """Add the id and manager columns found by content to ``mapping``; return what was
    decided, in sentences for the preview."""
    said: list[Note] = []
    rows = len(table.rows)
    if rows < 2 or ("id" in mapping and "manager" in mapping):
        return said
    taken = set(mapping.values())
    width = len(table.headers)
    columns = {i: _values(table, i) for i in range(width) if i not in taken}
    if "id" not in mapping:
        best: tuple[int, int] | None = None
        for i, values in columns.items():
            filled = [v for v in values if v]
            if len(filled) >= 0.9 * rows and len(set(filled)) >= UNIQUE_SHARE * len(filled):
                hits = _manager_hits(columns, set(filled), i)
                if hits and (best is None or hits[1] > best[1]):
                    best = (i, hits[1])
        if best is not None:
            mapping["id"] = best[0]
            said.append(Note("ids_found", header=_h(table, best[0])))
    if "manager" not in mapping:
        found = _manager_column(table, mapping, columns)
        if found is not None:
            index, kind = found
            mapping["manager"] = index
            said.append(Note("managers_found", header=_h(table, index), what=kind))
    return said


def _h(table: Table, index: int) -> str:
    return table.headers[index] or f"column {index + 1}"


def _manager_hits(columns: dict[int, list[str]], ids: set[str],
                  skip: int) -> tuple[int, int] | None:
    """The column (other than ``skip``) whose filled values are mostly in ``ids``."""
    best: tuple[int, int] | None = None
    for j, values in columns.items():
        if j == skip:
            continue
        refs = [v for v in values if v and normal(v) not in TOP_MARKERS]
        if len(refs) < 1:
            continue
        hits = sum(1 for v in refs if v in ids)
        if hits >= MIN_SHARE * len(refs) and hits >= 1 and (best is None or hits > best[1]):
            best = (j, hits)
    return best


def _manager_column(table: Table, mapping: dict[str, int],
                    columns: dict[int, list[str]]) -> tuple[int, str] | None:
    """A column of ids, e-mails or names of other rows (in any order of the name's parts)."""
    keys: dict[str, set[str]] = {}
    if "id" in mapping:
        keys["of_ids"] = {v for v in _values(table, mapping["id"]) if v}
    if "email" in mapping:
        keys["of_emails"] = {v.casefold() for v in _values(table, mapping["email"]) if v}
    names = _names(table, mapping)
    if names:
        keys["of_names"] = names
    best: tuple[int, str, int] | None = None
    for j, values in columns.items():
        if j in mapping.values():
            continue
        refs = [v for v in values if v and normal(v) not in TOP_MARKERS]
        if not refs:
            continue
        for kind, known in keys.items():
            if kind == "of_emails":
                hits = sum(1 for v in refs if v.casefold() in known)
            elif kind == "of_names":
                hits = sum(1 for v in refs if name_key(v) in known)
            else:
                hits = sum(1 for v in refs if v in known)
            if hits >= MIN_SHARE * len(refs) and (best is None or hits > best[2]):
                best = (j, kind, hits)
    return None if best is None else (best[0], best[1])


def _names(table: Table, mapping: dict[str, int]) -> set[str]:
    """Every row's name as an order-free key (whole name, or its parts)."""
    parts = [mapping[f] for f in ("name", "first_name", "middle_name", "last_name")
             if f in mapping]
    found: set[str] = set()
    for row in table.rows:
        text = " ".join(row[i] for i in parts if i < len(row) and row[i].strip())
        if text.strip():
            found.add(name_key(normal_name(text)))
    return found
