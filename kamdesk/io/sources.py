"""Any supported file → the people it describes, ready to plan an import.

The format is told from the file's ending and content (headers for tables); ``fmt`` forces
one. Every problem that stops reading is a ReadError with a sentence for the user.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.graph.types import LinkKind
from kamdesk.io import formats
from kamdesk.io.formats import IMPORT_FORMATS
from kamdesk.io.graphml import read_graphml
from kamdesk.io.people import Defect, Incoming, RowReader
from kamdesk.io.plan import ExtraLink
from kamdesk.io.tables import Table, read_csv, read_xlsx
from kamdesk.io.text import ReadError, decode
from kamdesk.io.vcard import read_vcards

MAX_BYTES = 200 * 2**20


@dataclass
class Source:
    """What a file holds, and how it was read."""

    path: Path
    format: str
    people: list[Incoming]
    defects: list[Defect] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    table: Table | None = None  # for tables: the raw headers and rows (the wizard shows them)
    mapping: dict[str, int] = field(default_factory=dict)
    extra: list[ExtraLink] = field(default_factory=list)
    manager_by: str | None = None  # "id" or "name"; None: decided from the data


def read_source(path: Path, fmt: str = "auto", *, encoding: str | None = None,
                mapping: dict[str, int] | None = None, map_spec: list[str] | None = None,
                need_names: bool = True) -> Source:
    """Read ``path``. ``need_names=False`` returns a table whose names are not mapped yet
    (with nobody in it), for the wizard's column page to map."""
    path = Path(path)
    if fmt not in IMPORT_FORMATS:
        raise ReadError(f"unknown format {fmt!r}; one of {', '.join(IMPORT_FORMATS)}")
    try:
        if path.is_dir():
            raise ReadError(f"{path} is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"{path} is {size / 2**20:.0f} MB; kamdesk imports files up to "
                            f"{MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except PermissionError:
        raise ReadError(f"{path}: permission denied") from None
    if not data.strip():
        raise ReadError(f"{path} is empty")
    suffix = path.suffix.lower()
    if fmt == "graphml" or (fmt == "auto" and suffix in (".graphml", ".xml")):
        people, extra, defects, _ = read_graphml(data)
        return Source(path, "graphml", people, defects, extra=extra, manager_by="id")
    if fmt == "vcard" or (fmt == "auto" and suffix in (".vcf", ".vcard")):
        people, defects = read_vcards(decode(data, encoding).text)
        return Source(path, "vcard", people, defects)
    if fmt == "json" or (fmt == "auto" and suffix == ".json"):
        return _read_json(path, data)
    if fmt == "xlsx" or (fmt == "auto" and suffix in (".xlsx", ".xlsm")) or \
            data[:4] == b"PK\x03\x04":
        table = read_xlsx(data)
    else:
        table = read_csv(data, encoding)
    detected = formats.detect(table.headers) if fmt in ("auto", "xlsx") else fmt
    guessed = mapping if mapping is not None else formats.guess_mapping(table.headers, detected)
    if map_spec:
        try:
            guessed = {**guessed, **formats.parse_mapping(map_spec, table.headers)}
        except ValueError as error:
            raise ReadError(str(error)) from None
    if not names_mapped(guessed):
        if not need_names:
            return Source(path, detected, [], [], list(table.notes), table, guessed)
        raise ReadError("no column holds the names (seen: "
                        f"{', '.join(h for h in table.headers[:12] if h)}); "
                        "map one with --map name=COLUMN")
    reader = RowReader(table, guessed, detected)
    people = reader.read()
    by = "name" if detected in ("salesforce-report", "dynamics") else None
    return Source(path, detected, people, reader.defects, list(table.notes), table, guessed,
                  manager_by=by)


def names_mapped(mapping: dict[str, int]) -> bool:
    return "name" in mapping or bool({"first_name", "last_name"} & set(mapping))


def _read_json(path: Path, data: bytes) -> Source:
    try:
        doc = json.loads(decode(data).text)
        people_rows = doc["people"]
        link_rows = doc.get("links", [])
        if not isinstance(people_rows, list) or not isinstance(link_rows, list):
            raise TypeError("people and links must be lists")
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ReadError(f"not a kamdesk JSON export: {error}") from None
    table = Table(headers=[], rows=[], numbers=[])
    people: list[Incoming] = []
    columns = list(formats.ALIASES)
    table.headers = ["id", "manager", *[c for c in columns if c not in ("id", "manager")]]
    for n, row in enumerate(people_rows, start=1):
        if not isinstance(row, dict):
            raise ReadError(f"person {n} is not an object")
        table.rows.append([_text(row.get("manager_id") if h == "manager" else row.get(h))
                           for h in table.headers])
        table.numbers.append(n)
    mapping = {h: i for i, h in enumerate(table.headers)}
    reader = RowReader(table, mapping, "kamdesk")
    people = reader.read()
    extra = []
    for n, x in enumerate(link_rows, start=1):
        try:
            kind = LinkKind(x["kind"])
            if kind is LinkKind.REPORTS_TO and not x.get("dotted"):
                continue  # the manager_id of each person says it already
            extra.append(ExtraLink(kind, str(x["source"]), str(x["target"]),
                                   bool(x.get("dotted")), int(x.get("weight", 1)),
                                   int(x.get("strength", 3))))
        except (KeyError, ValueError, TypeError) as error:
            reader.defects.append(Defect(None, f"line {n} is not valid ({error}); dropped"))
    return Source(path, "json", people, reader.defects, extra=extra, manager_by="id")


def _text(value: object) -> str:
    return "" if value is None else str(value)
