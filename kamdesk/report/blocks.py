"""Building blocks of the documents: styles, escaped paragraphs, and long tables.

User text is never trusted as markup: it goes into a Paragraph only through ``para``
(escaped), and into table cells as plain strings, which ReportLab does not parse. Cells are
wrapped here into lines ("\n"), not by Paragraphs: a table re-wraps its paragraphs on every
height calculation and split, which made a 10,000-person plan spend most of its time there.
Words too long for a column are hyphenated with pyphen (Russian or English by the word's
script), not cut at an arbitrary letter.

``Rows`` lays out a long table itself: it knows every row's height from its line count, so
it cuts the table where the page ends into small ReportLab Tables, each with the header
once, whole rows only (a row taller than a page is the one exception) and never a single
row left alone at the foot or the head of a page.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

import pyphen  # type: ignore[import-untyped]
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kamdesk.report import fonts
from kamdesk.report.scripts import visual

CELL_SIZE = 7.5
CELL_LEADING = CELL_SIZE * 1.2
CELL_PAD = 3
ROW_PAD = 2  # above and below a row's text
_HYPHEN = re.compile(r"(?<=-)(?=.)")  # a break is allowed after a hyphen
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MIN_ROWS = 2  # no orphan or widow rows

Cell = str | Flowable  # a flowable cell: a page reference

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#4a5562")
ACCENT = colors.HexColor("#1d4e89")
WARN = colors.HexColor("#b42318")
RULE = colors.HexColor("#c9d1d9")
HEAD_FILL = colors.HexColor("#e8eef5")

STANCE_COLOURS = {
    "champion": colors.HexColor("#1a7f37"), "supporter": colors.HexColor("#6cc644"),
    "neutral": colors.HexColor("#9aa5b1"), "skeptic": colors.HexColor("#f0a020"),
    "blocker": colors.HexColor("#cf222e"), "unknown": colors.HexColor("#d0d7de"),
}


def _style(name: str, size: float, *, bold: bool = False, colour: colors.Color = INK,
           space: float = 0, leading: float | None = None, before: float = 0,
           keep: int = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=fonts.BOLD if bold else fonts.REGULAR,
                          fontSize=size, leading=leading or size * 1.25, textColor=colour,
                          spaceAfter=space, spaceBefore=before, splitLongWords=True,
                          keepWithNext=keep, embeddedHyphenation=1, uriWasteReduce=0.3)


BODY = _style("body", 9, space=4)
SMALL = _style("small", CELL_SIZE, leading=CELL_SIZE * 1.2)
MUTED_TEXT = _style("muted", 8, colour=MUTED, space=3)
H1 = _style("h1", 16, bold=True, colour=ACCENT, space=8, before=10, keep=1)
H2 = _style("h2", 11, bold=True, colour=ACCENT, space=4, before=4, keep=1)
H3 = _style("h3", 9.5, bold=True, space=2, keep=1)
COVER_TITLE = _style("cover", 22, bold=True, colour=ACCENT, space=6, leading=26)
STYLES = (BODY, SMALL, MUTED_TEXT, H1, H2, H3, COVER_TITLE)


def set_language(lang: str) -> None:
    """Hyphenate paragraphs in the document's language (the styles are shared)."""
    for style in STYLES:
        style.hyphenationLang = "ru_RU" if lang == "ru" else "en_US"


def markup(text: str) -> str:
    """User text as Paragraph markup: escaped, right-to-left lines in display order, and
    runs DejaVu lacks in the fallback font (characters no font has are left out)."""
    lines = []
    for line in text.split("\n"):
        line = visual(line)
        if fonts.covered(line):
            lines.append(escape(line))
            continue
        lines.append("".join(escape(part) if name != fonts.FALLBACK else
                             f'<font name="{fonts.FALLBACK}">{escape(part)}</font>'
                             for name, part in fonts.runs(line, fonts.REGULAR)))
    return "<br/>".join(lines)


def para(text: str, style: ParagraphStyle = BODY, bold_prefix: str = "") -> Paragraph:
    """A paragraph of user text: escaped, line breaks kept."""
    body = markup(text)
    if bold_prefix:
        body = f"<b>{markup(bold_prefix)}</b> {body}"
    return Paragraph(body, style)


def cell(text: str, width: float, bold: bool = False) -> str:
    """A table cell's text, wrapped into lines that fit ``width`` points."""
    room = width - 2 * CELL_PAD
    lines: list[str] = []
    for line in text.split("\n"):
        lines += wrap(line, room, bold, cut_words=not bold)  # headers: our words, never cut
    return "\n".join(lines)


@cache
def _hyphenator(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang)


def hyphenate(word: str, room: float, bold: bool, size: float) -> tuple[str, str] | None:
    """The longest head of ``word`` that fits ``room`` with a hyphen, and the rest."""
    dic = _hyphenator("ru_RU" if _CYRILLIC.search(word) else "en_US")
    for head, tail in dic.iterate(word):  # longest head first
        if fonts.width(head + "-", size, bold) <= room:
            return head + "-", tail
    return None


def wrap(text: str, room: float, bold: bool = False, size: float = CELL_SIZE,
         cut_words: bool = True) -> list[str]:
    """Greedy word wrap, also after a hyphen; a word wider than the room is hyphenated."""
    if fonts.width(text, size, bold) <= room:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        for n, piece in enumerate(_HYPHEN.split(word)):
            glue = " " if n == 0 and current else ""
            if fonts.width(current + glue + piece, size, bold) <= room:
                current += glue + piece
                continue
            if current:  # the word's first syllables may still go on this line
                split = hyphenate(piece, room - fonts.width(current + glue, size, bold),
                                  bold, size) if cut_words and len(piece) > 7 else None
                if split is not None:
                    lines.append(current + glue + split[0])
                    piece = split[1]
                else:
                    lines.append(current)
            while cut_words and fonts.width(piece, size, bold) > room and len(piece) > 1:
                split = hyphenate(piece, room, bold, size)
                if split is None:  # not a word (a code, a run of one letter): cut it
                    cut = _longest_prefix(piece, room, bold, size)
                    split = piece[:cut], piece[cut:]
                lines.append(split[0])
                piece = split[1]
            current = piece
    lines.append(current)
    return lines


def _longest_prefix(word: str, room: float, bold: bool, size: float) -> int:
    low, high = 1, len(word)
    while low < high:
        mid = (low + high + 1) // 2
        if fonts.width(word[:mid], size, bold) <= room:
            low = mid
        else:
            high = mid - 1
    return low


class Rows(Flowable):
    """A long table laid out a page at a time (see the module's docstring)."""

    def __init__(self, head: list[str], rows: list[list[Cell]], widths: Sequence[float],
                 marks: Collection[tuple[int, int]], right: Collection[int], *,
                 first: int = 0, heights: list[float] | None = None) -> None:
        super().__init__()
        self.head, self.rows, self.widths = head, rows, list(widths)
        self.marks, self.right, self.first = marks, right, first  # first: index of rows[0]
        self.head_h = self._height(head)
        self.heights = heights if heights is not None else [self._height(r) for r in rows]
        self.width = sum(self.widths)
        self.height = self.head_h + sum(self.heights)

    @staticmethod
    def _height(row: Sequence[Cell]) -> float:
        lines = max(c.count("\n") + 1 if isinstance(c, str) else 1 for c in row)
        return lines * CELL_LEADING + 2 * ROW_PAD

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        used, fit = self.head_h, 0
        for h in self.heights:
            if used + h > avail_height:
                break
            used += h
            fit += 1
        if fit >= len(self.rows):
            return [self]
        if len(self.rows) - fit < MIN_ROWS and fit > MIN_ROWS:
            fit -= MIN_ROWS - (len(self.rows) - fit)  # leave no row alone on the next page
        if fit < min(MIN_ROWS, len(self.rows)):
            if avail_height < 200 or (fit == 0 and avail_height < self.head_h + 40):
                return []  # to the next page, whole
            if fit == 0:  # one row taller than what a page has left: cut it by lines
                return self._cut_row(avail_height - self.head_h)
        return [self.table(0, fit), self._rest(fit)]

    def _rest(self, start: int) -> Rows:
        return Rows(self.head, self.rows[start:], self.widths, self.marks, self.right,
                    first=self.first + start, heights=self.heights[start:])

    def _cut_row(self, room: float) -> list[Flowable]:
        keep = max(1, int((room - 2 * ROW_PAD) // CELL_LEADING))
        cells = [c.split("\n") if isinstance(c, str) else [c] for c in self.rows[0]]
        top: list[Cell] = [c[0] if isinstance(c[0], Flowable) else "\n".join(c[:keep])
                           for c in cells]
        bottom: list[Cell] = ["" if isinstance(c[0], Flowable) else "\n".join(c[keep:])
                              for c in cells]
        rest = Rows(self.head, [bottom, *self.rows[1:]], self.widths, self.marks, self.right,
                    first=self.first)
        return [Rows(self.head, [top], self.widths, self.marks, self.right, first=self.first)
                .table(0, 1), rest]

    def draw(self) -> None:
        table = self.table(0, len(self.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    def table(self, start: int, stop: int) -> Table:
        style: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), ROW_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PAD)]
        style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in self.right]
        for r, c in self.marks:
            if start <= r - self.first < stop:
                row = r - self.first - start + 1
                style.append(("TEXTCOLOR", (c, row), (c, row), WARN))
        return Table([self.head, *self.rows[start:stop]], colWidths=self.widths,
                     hAlign="LEFT", style=TableStyle(style))


def table(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float],
          marks: Sequence[tuple[int, int]] = (), right: Collection[int] = ()) -> list[Flowable]:
    """A header and rows; ``marks`` = (row, column) cells shown in red, ``right``: numbers."""
    if not rows:
        return []
    head = [cell(h, w, bold=True) for h, w in zip(header, widths, strict=True)]
    data = [[cell(text, w) if isinstance(text, str) else text
             for text, w in zip(row, widths, strict=True)] for row in rows]
    return [Rows(head, data, widths, set(marks), set(right))]


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def scaled(fractions: Sequence[float], width: float) -> list[float]:
    """Column widths from fractions of the frame's width (they need not sum to 1)."""
    total = sum(fractions)
    return [width * f / total for f in fractions]
