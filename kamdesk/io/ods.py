"""An OpenDocument spreadsheet (.ods: LibreOffice, OpenOffice, Google Sheets' download) as a
table of people, streamed and bounded like a workbook.

ODS compresses what a sheet claims rather than what it holds: ``number-rows-repeated`` and
``number-columns-repeated`` say "this row a million times" in a few bytes (LibreOffice itself
writes a repeated empty row down to row 1,048,576 in every sheet), and a merged cell says how
far it spans. So nothing is sized by a claim: empty rows count towards the gap after which a
table is taken to have ended (as in ``tables.read_xlsx``), filled repeats towards the row
limit, cells past ``MAX_COLUMNS`` are dropped, and repeats may add at most ``MAX_EXPANDED``
cells to what the XML itself holds (which the unzipped-size limit bounds already). Merged
cells (an anchor with ``number-*-spanned``, covered cells after it) give their value to
every cell they cover, as in a workbook.
"""

from __future__ import annotations

import io
import zipfile
from typing import IO
from xml.etree.ElementTree import Element, ParseError, iterparse

from kamdesk.io.safe import check_zip
from kamdesk.io.tables import (
    HEADER_SEARCH,
    MAX_COLUMNS,
    MAX_GAP,
    MAX_ROWS,
    Table,
    fill_merged,
    from_rows,
    header_index,
)
from kamdesk.io.text import Note, ReadError

MAX_EXPANDED = 5_000_000  # cells repeats may add (~40 MB of row lists; real sheets: a few)
MAX_MERGES = 100_000  # merged ranges kept (a real sheet has dozens)
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
T = f"{{{_TABLE}}}"
X = f"{{{_TEXT}}}"
O = f"{{{_OFFICE}}}"  # noqa: E741 - the namespace's own prefix
S = f"{{{_STYLE}}}"
MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def is_ods(data: bytes) -> bool:
    """An ODS package: a zip whose first member is the ``mimetype`` saying so."""
    return data[:4] == b"PK\x03\x04" and MIMETYPE in data[:200]


def read_ods(data: bytes) -> Table:
    """The first visible sheet of an ODS file as a Table (header row found, merges filled)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip(archive)
            with archive.open("content.xml") as xml:
                sheet = _Sheet()
                sheet.read(xml)
    except ReadError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, ParseError,
            RecursionError) as error:
        raise ReadError("not_spreadsheet", detail=type(error).__name__) from None
    if not sheet.found:
        raise ReadError("no_visible_sheet")
    raw = sheet.rows
    start = header_index(raw)  # found before merges widen rows under it
    filled = fill_merged(raw, [m for m in sheet.merges if m[0] > start + 1])  # titles: one cell
    table = from_rows(raw, start=start)
    table.encoding = "ods"
    if sheet.stopped:
        table.notes.append(Note("reading_stopped", count=MAX_GAP))
    if sheet.wide:
        table.notes.append(Note("columns_cut", limit=MAX_COLUMNS, count=sheet.wide))
    if filled:
        table.notes.append(Note("merged", count=filled))
    return table


class _Sheet:
    """The streaming reader of content.xml: rows as text, merges as ranges (1-based)."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.merges: list[tuple[int, int, int, int]] = []
        self.hidden_styles: set[str] = set()
        self.found = self.stopped = self.ended = False
        self.wide = self.filled = self.gap = self.cells = self.kept = 0
        self.wide_row = False  # the row being read had cells past MAX_COLUMNS
        self.row: list[str] = []
        self.pending = 0  # empty cells repeated before the next filled one

    def read(self, xml: IO[bytes]) -> None:
        depth = 0  # >0 while inside the sheet being read
        style: str | None = None
        for event, el in iterparse(xml, events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == f"{T}table" and not self.found and depth == 0:
                    if el.get(f"{T}style-name") not in self.hidden_styles:
                        self.found = True
                        depth = 1
                elif tag == f"{T}table" and depth:
                    depth += 1  # a sub-table inside a cell: its rows are not the sheet's
                elif tag == f"{S}style" and el.get(f"{S}family") == "table":
                    style = el.get(f"{S}name")
                elif tag == f"{S}table-properties" and style and \
                        el.get(f"{T}display") == "false":
                    self.hidden_styles.add(style)
                continue
            if tag == f"{T}table" and depth:
                depth -= 1
                if depth == 0:
                    return  # the first visible sheet only
            elif depth == 1 and tag in (f"{T}table-cell", f"{T}covered-table-cell"):
                self._cell(el)
                el.clear()
            elif depth == 1 and tag == f"{T}table-row":
                if self._row(_count(el.get(f"{T}number-rows-repeated"))):
                    return
                el.clear()
            elif tag == f"{O}automatic-styles" or (depth == 0 and tag == f"{T}table"):
                el.clear()

    def _cell(self, el: Element) -> None:
        repeat = _count(el.get(f"{T}number-columns-repeated"))
        text = _cell_text(el) if el.tag == f"{T}table-cell" else ""
        if not text:
            self.pending += repeat  # never expanded unless a filled cell follows
            return
        start = len(self.row) + self.pending
        if start >= MAX_COLUMNS:
            self.wide_row = True
            return
        self.row.extend([""] * self.pending)
        self.pending = 0
        room = MAX_COLUMNS - len(self.row)
        if repeat > room:
            self.wide_row = True
        self._expand(min(repeat, room) - 1)
        self.row.extend([text] * min(repeat, room))
        across = _count(el.get(f"{T}number-columns-spanned"))
        down = _count(el.get(f"{T}number-rows-spanned"))
        if (across > 1 or down > 1) and len(self.merges) < MAX_MERGES:
            r = len(self.rows) + 1
            for c in range(start + 1, start + min(repeat, room) + 1):
                self.merges.append((r, c, r + down - 1, c + across - 1))

    def _row(self, repeat: int) -> bool:
        """Take the row just read ``repeat`` times; True when reading should stop."""
        cells, self.row, self.pending = self.row, [], 0
        if self.wide_row:
            self.wide += 1
            self.wide_row = False
        if not cells:
            self.gap += repeat
            if self.gap > MAX_GAP:  # the table has ended (LibreOffice ends every sheet so)
                self.ended = True
                return False
            self._keep(repeat)
            self.rows.extend([] for _ in range(repeat))
            return False
        if self.ended:  # a row a million rows down is not part of a table of people
            self.stopped = True
            return True
        self.gap = 0
        self.filled += repeat
        self._expand(len(cells) * (repeat - 1))
        if self.filled > MAX_ROWS + HEADER_SEARCH:
            raise ReadError("sheet_too_many_rows", limit=MAX_ROWS)
        self._keep(repeat)
        self.rows.append(cells)
        self.rows.extend(list(cells) for _ in range(repeat - 1))
        return False

    def _expand(self, cells: int) -> None:
        """Count cells that repeats add: a row of a thousand repeated cells, itself repeated
        ten thousand times, is a few hundred bytes of XML."""
        self.cells += cells
        if self.cells > MAX_EXPANDED:
            raise ReadError("sheet_too_many_cells", limit=MAX_EXPANDED)

    def _keep(self, repeat: int) -> None:
        """Count rows kept, empty ones too: blank runs just short of the gap between every
        filled row would otherwise make millions of rows of a small file."""
        self.kept += repeat
        if self.kept > MAX_ROWS + HEADER_SEARCH + MAX_GAP:
            raise ReadError("sheet_too_many_rows", limit=MAX_ROWS)


def _count(value: str | None) -> int:
    """A repeat or span count as written; anything not a positive number is one."""
    if not value or not value.isdigit():
        return 1
    return max(1, min(int(value), 2**31))


def _cell_text(el: Element) -> str:
    """What the cell shows as data: the stored value of a number, date or boolean (so an
    id reads "17", not "17.00"), else its paragraphs, with ODS's counted spaces."""
    kind = el.get(f"{O}value-type")
    if kind in ("float", "percentage", "currency"):
        value = el.get(f"{O}value", "")
        try:
            number = float(value)
        except ValueError:
            return value
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else value
    if kind == "date":
        value = el.get(f"{O}date-value", "")
        return value[:10] if value.endswith("T00:00:00") or len(value) == 10 else \
            value.replace("T", " ")[:16]
    if kind == "boolean":
        return el.get(f"{O}boolean-value", "")
    paragraphs = [_text(p) for p in el if p.tag in (f"{X}p", f"{X}h")]
    return "\n".join(paragraphs).strip()


def _text(el: Element) -> str:
    parts = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == f"{X}s":
            parts.append(" " * min(_count(child.get(f"{X}c")), 1000))
        elif tag == f"{X}tab":
            parts.append("\t")
        elif tag == f"{X}line-break":
            parts.append("\n")
        elif tag not in (f"{O}annotation",):  # a comment is not the cell's value
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
