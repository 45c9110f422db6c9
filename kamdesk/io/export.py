"""Exports of an account's people and lines: CSV, XLSX, JSON, GraphML — each re-importable.

CSV is UTF-8 with a BOM (so that Excel shows Cyrillic) and starts with the columns DESIGN.md
fixes. A cell a spreadsheet would run is written as text: in CSV with a leading apostrophe
before every value starting with = + - @ tab, CR or LF (OWASP's CSV-injection guidance; a
phone "+7 …" too, as the guidance says) or with an apostrophe, which the importer removes
again, so a re-import is lossless; in XLSX as a typed string cell.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Person
from kamdesk.graph.types import Side
from kamdesk.io.graphml import write_graphml
from kamdesk.io.people import GUARDED

COLUMNS = ["id", "manager_id", "name", "title", "department", "side", "level", "email", "phone",
           "decision_role", "stance", "influence", "priorities", "last_contact", "cadence_days",
           "notes", "external_id", "vacancy"]
EXPORT_SUFFIXES = (".csv", ".xlsx", ".json", ".graphml")


def ordered(graph: AccountGraph) -> Iterator[Person]:
    """Client side then ours, each as its org chart reads: a manager before their reports."""
    for side in (Side.CLIENT, Side.INTERNAL):
        people = [p for p in graph.people.values() if p.side is side]
        stack = sorted((p for p in people if graph.manager_of(p.id) is None),
                       key=lambda p: p.name, reverse=True)
        seen: set[str] = set()
        while stack:
            p = stack.pop()
            if p.id in seen:
                continue
            seen.add(p.id)
            yield p
            reports = [graph.person(r) for r in graph.solid_reports(p.id)]
            stack += sorted(reports, key=lambda r: r.name, reverse=True)
        yield from (p for p in people if p.id not in seen)  # only on a damaged file


def _value(p: Person, column: str, graph: AccountGraph) -> Any:
    if column == "manager_id":
        return graph.manager_of(p.id) or ""
    value = getattr(p, column)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return value.value if hasattr(value, "value") else value


def rows(graph: AccountGraph) -> list[list[Any]]:
    return [[_value(p, c, graph) for c in COLUMNS] for p in ordered(graph)]


def _safe_csv(value: Any) -> Any:
    return f"'{value}" if isinstance(value, str) and GUARDED.match(value) else value


def _atomic(target: Path, write: Callable[[Path], None]) -> None:
    handle, temp = tempfile.mkstemp(prefix=".kamdesk-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    try:
        write(Path(temp))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_csv(graph: AccountGraph, target: Path) -> None:
    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow(COLUMNS)
            out.writerows([[_safe_csv(v) for v in row] for row in rows(graph)])
    _atomic(target, write)


def write_xlsx(graph: AccountGraph, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    def write(path: Path) -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(graph.account.name[:31].translate(str.maketrans("[]:*?/\\",
                                                                                   "()_____")))
        sheet.append(COLUMNS)
        for row in rows(graph):
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever it starts with
                cells.append(cell)
            sheet.append(cells)
        book.save(path)
    _atomic(target, write)


def write_json(graph: AccountGraph, target: Path) -> None:
    doc = {
        "format": "kamdesk-people", "version": 1, "account": graph.account.name,
        "people": [dict(zip(COLUMNS, row, strict=True)) for row in rows(graph)],
        "links": [{"id": x.id, "kind": x.kind.value, "source": x.source, "target": x.target,
                   "dotted": x.dotted, "weight": x.weight, "strength": x.strength,
                   "last_contact": x.last_contact.isoformat() if x.last_contact else None,
                   "note": x.note} for x in graph.links.values()],
    }

    def write(path: Path) -> None:
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    _atomic(target, write)


def write_graphml_file(graph: AccountGraph, target: Path) -> None:
    _atomic(target, lambda path: write_graphml(graph, path))


def export_account(graph: AccountGraph, target: Path) -> None:
    """Write ``graph``'s people and lines to ``target``, in the format its ending names."""
    target = Path(target)
    writers: dict[str, Callable[[AccountGraph, Path], None]] = {
        ".csv": write_csv, ".xlsx": write_xlsx, ".json": write_json, ".graphml": write_graphml_file}
    writer = writers.get(target.suffix.lower())
    if writer is None:
        raise ValueError(f"cannot export to {target.suffix or 'a file without an ending'}: "
                         f"use {', '.join(EXPORT_SUFFIXES)}")
    writer(graph, target)
