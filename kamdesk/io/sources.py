"""Any supported file → the people it describes, ready to plan an import.

The format is told from the file's content first (XML dialects, JSON shapes, a workbook's
zip signature, table headers) and its ending second; ``fmt`` forces one. The file is read
within fixed limits (``safe``); every problem that stops reading is a ReadError with a
sentence about the file, never a line of its content. ``Source.notes`` say, for the
preview, which column was taken for what, how the hierarchy was found, or that none was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.types import LinkKind
from kamdesk.io import formats
from kamdesk.io.columns import find_columns
from kamdesk.io.dedupe import merge_duplicates
from kamdesk.io.formats import IMPORT_FORMATS
from kamdesk.io.gexf import read_gexf
from kamdesk.io.graphml import read_graphml
from kamdesk.io.incoming_columns import carried
from kamdesk.io.ods import is_ods, read_ods
from kamdesk.io.people import Defect, Incoming, RowReader, defect
from kamdesk.io.plan import ExtraLink
from kamdesk.io.safe import MAX_BYTES, read_bounded
from kamdesk.io.tables import Table, read_csv, read_xlsx
from kamdesk.io.text import Note, ReadError, decode
from kamdesk.io.trees import KEY, PARENT, chart_table, is_chart, load_json
from kamdesk.io.vcard import read_vcards
from kamdesk.io.yed import is_yed, read_yed

__all__ = ["MAX_BYTES", "MAX_DOCUMENT", "Source", "names_mapped", "read_source",
           "shown_format"]
_VACANCY = attrgetter("vacancy")  # bool or None
MAX_DOCUMENT = 64 * 2**20  # JSON and plain GraphML, parsed whole (a 200,000-person one: ~40 MB)


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
    alias: dict[str, str] = field(default_factory=dict)  # a merged row's id → the kept one's


def read_source(path: Path, fmt: str = "auto", *, encoding: str | None = None,
                mapping: dict[str, int] | None = None, map_spec: list[str] | None = None,
                need_names: bool = True) -> Source:
    """Read ``path``. ``need_names=False`` returns a table whose names are not mapped yet
    (with nobody in it), for the wizard's column page to map."""
    path = Path(path)
    if fmt not in IMPORT_FORMATS:
        raise ReadError("unknown_format", fmt=fmt, formats=", ".join(IMPORT_FORMATS))
    data = read_bounded(path)
    if not data or data.isspace():  # (as ``not data.strip()``, without a copy of the file)
        raise ReadError("empty", name=path.name)
    with paused_gc():  # hundreds of thousands of small objects, none in a cycle
        source = _read(path, data, fmt, encoding=encoding, mapping=mapping,
                       map_spec=map_spec, need_names=need_names)
        if source.people:
            source.people, source.alias, merged = merge_duplicates(source.people)
            source.defects.extend(merged)
    return source


def _read(path: Path, data: bytes, fmt: str, *, encoding: str | None,
          mapping: dict[str, int] | None, map_spec: list[str] | None,
          need_names: bool) -> Source:
    suffix = path.suffix.lower()
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    xml = head.startswith(b"<")
    if fmt == "gexf" or (fmt == "auto" and (suffix == ".gexf" or (xml and b"<gexf" in head))):
        people, extra, defects, notes = read_gexf(data)
        return Source(path, "gexf", people, defects, notes, extra=extra, manager_by="id")
    if fmt == "graphml" or (fmt == "auto" and (suffix in (".graphml", ".xml") or xml)):
        if is_yed(data):
            people, extra, defects, notes = read_yed(data)
            return Source(path, "graphml", people, defects, notes, extra=extra,
                          manager_by="id")
        _whole_document(path, data, "GraphML")
        people, extra, defects, _ = read_graphml(data)
        return Source(path, "graphml", people, defects, extra=extra, manager_by="id")
    if fmt == "vcard" or (fmt == "auto" and (suffix in (".vcf", ".vcard")
                                             or head[:11].upper() == b"BEGIN:VCARD")):
        decoded = decode(data, encoding)
        people, defects = read_vcards(decoded.text)
        notes = [decoded.warning] if decoded.warning else []
        return Source(path, "vcard", people, defects, notes)
    if fmt == "json" or (fmt == "auto" and (suffix == ".json" or head[:1] in (b"{", b"["))):
        return _read_json(path, data, mapping=mapping, map_spec=map_spec,
                          need_names=need_names)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # OLE2: Excel 97-2003, Word…
        raise ReadError("old_xls", name=path.name)
    if fmt == "ods" or (fmt == "auto" and (suffix == ".ods" or is_ods(data))):
        table = read_ods(data)
    elif fmt == "xlsx" or (fmt == "auto" and suffix in (".xlsx", ".xlsm")) or \
            data[:4] == b"PK\x03\x04":
        table = read_xlsx(data)
    else:
        table = read_csv(data, encoding)
    detected = formats.detect(table.headers) if fmt in ("auto", "xlsx", "ods") else fmt
    return _from_table(path, table, detected, mapping=mapping, map_spec=map_spec,
                       need_names=need_names)


def _from_table(path: Path, table: Table, detected: str, *, mapping: dict[str, int] | None,
                map_spec: list[str] | None, need_names: bool) -> Source:
    guessed = mapping if mapping is not None else formats.guess_mapping(table.headers, detected)
    if map_spec:
        guessed = {**guessed, **formats.parse_mapping(map_spec, table.headers)}
    notes = list(table.notes)
    if not names_mapped(guessed):
        if not need_names:
            return Source(path, detected, [], [], notes, table, guessed)
        garbled = any("looks garbled" in n for n in notes)
        raise ReadError("no_names_garbled" if garbled else "no_names",
                        count=len(table.headers))
    if mapping is None:
        notes += find_columns(table, guessed)
    notes.insert(0, columns_note(table, guessed))
    if "manager" not in guessed:
        notes.append(Note("no_manager_column"))
    reader = RowReader(table, guessed, detected)
    people = reader.read()
    columns = carried(people)  # (the reader's column, else one C-level pass)
    held = (columns.field("vacancy") if columns else list(map(_VACANCY, people))).count(True)
    if held:
        notes.append(Note("vacancies", count=held))
    by = "name" if detected in ("salesforce-report", "dynamics") else None
    return Source(path, detected, people, reader.defects, notes, table, guessed, manager_by=by)


WORKBOOKS = ("xlsx", "ods")  # Table.encoding of a sheet read from a workbook


def shown_format(source: Source) -> tuple[str, str]:
    """(format, encoding) as the user reads them: a workbook of no known product is its
    kind ("ods", "xlsx"), not "csv", and has no encoding (its XML is UTF-8 by rule)."""
    encoding = source.table.encoding if source.table is not None else ""
    if encoding in WORKBOOKS:
        return (encoding if source.format == "csv" else source.format), ""
    return source.format, encoding


def columns_note(table: Table, mapping: dict[str, int]) -> Note:
    """Which column was taken for what, in the preview's words."""
    return Note("columns", pairs=[(f, table.headers[i][:40]) for f, i in
                                  sorted(mapping.items(), key=lambda x: x[1])
                                  if i < len(table.headers)])


def names_mapped(mapping: dict[str, int]) -> bool:
    return "name" in mapping or bool({"first_name", "last_name"} & set(mapping))


def _whole_document(path: Path, data: bytes, what: str) -> None:
    """JSON and plain GraphML are parsed whole (not streamed): their objects take several
    times the file's size, so they get a smaller limit than streamed formats."""
    if len(data) > MAX_DOCUMENT:
        raise ReadError("document_too_big", name=path.name, size=round(len(data) / 2**20),
                        what=what, limit=MAX_DOCUMENT // 2**20)


def _read_json(path: Path, data: bytes, *, mapping: dict[str, int] | None,
               map_spec: list[str] | None, need_names: bool) -> Source:
    _whole_document(path, data, "JSON")
    doc = load_json(decode(data).text)
    if isinstance(doc, dict) and "people" in doc:
        return _read_kamdesk_json(path, doc)
    if not is_chart(doc):
        raise ReadError("json_unknown")
    table, nested = chart_table(doc)
    if nested and mapping is None:
        mapping = {**{f: i + 2 for f, i in formats.guess_mapping(table.headers[2:], "csv")
                      .items() if f not in ("id", "manager")},
                   "id": 0, "manager": 1}
    source = _from_table(path, table, "json", mapping=mapping, map_spec=map_spec,
                         need_names=need_names)
    source.format = "json"
    source.manager_by = "id"
    if nested:
        source.notes.insert(1, Note("nesting", position=KEY, parent=PARENT))
    return source


def _read_kamdesk_json(path: Path, doc: dict[str, object]) -> Source:
    people_rows, link_rows = doc.get("people"), doc.get("links", [])
    if not isinstance(people_rows, list) or not isinstance(link_rows, list):
        raise ReadError("json_not_lists")
    columns = list(formats.ALIASES)
    headers = ["id", "manager", *[c for c in columns if c not in ("id", "manager")]]
    table = Table(headers=headers, rows=[], numbers=[])
    for n, row in enumerate(people_rows, start=1):
        if not isinstance(row, dict):
            raise ReadError("json_person", number=n)
        table.rows.append([_text(row.get("manager_id") if h == "manager" else row.get(h))
                           for h in table.headers])
        table.numbers.append(n)
    reader = RowReader(table, {h: i for i, h in enumerate(table.headers)}, "kamdesk")
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
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            reader.defects.append(defect(None, "line_invalid", number=n,
                                         what=type(error).__name__))
    return Source(path, "json", people, reader.defects, extra=extra, manager_by="id")


def _text(value: object) -> str:
    return "" if value is None else str(value)

