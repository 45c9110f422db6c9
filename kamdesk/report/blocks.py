"""Building blocks of the documents: styles, escaped paragraphs, and long tables.

User text is never trusted as markup: it goes into a Paragraph only through ``para``
(escaped), and into table cells as plain strings, which ReportLab does not parse. Cells are
wrapped here into lines ("\n"), not by Paragraphs: a table re-wraps its paragraphs on every
height calculation and split, which made a 10,000-person plan spend most of its time there.
Long tables are cut into chunks, because one ReportLab Table of n rows lays out in time
that grows faster than n.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kamdesk.report import fonts

CELL_SIZE = 7.5
CELL_PAD = 3
_HYPHEN = re.compile(r"(?<=-)(?=.)")  # a break is allowed after a hyphen
CHUNK_ROWS = 120  # rows per Table: layout cost grows superlinearly with one table's rows

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#6b7785")
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
           space: float = 0, leading: float | None = None,
           before: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=fonts.BOLD if bold else fonts.REGULAR,
                          fontSize=size, leading=leading or size * 1.25, textColor=colour,
                          spaceAfter=space, spaceBefore=before, splitLongWords=True)


BODY = _style("body", 9, space=4)
SMALL = _style("small", CELL_SIZE, leading=CELL_SIZE * 1.2)
MUTED_TEXT = _style("muted", 8, colour=MUTED, space=3)
H1 = _style("h1", 16, bold=True, colour=ACCENT, space=8, before=10)
H2 = _style("h2", 11, bold=True, colour=ACCENT, space=4)
H3 = _style("h3", 9.5, bold=True, space=2)
COVER_TITLE = _style("cover", 26, bold=True, colour=ACCENT, space=14, leading=31)


def para(text: str, style: ParagraphStyle = BODY, bold_prefix: str = "") -> Paragraph:
    """A paragraph of user text: escaped, line breaks kept."""
    body = escape(text).replace("\n", "<br/>")
    if bold_prefix:
        body = f"<b>{escape(bold_prefix)}</b> {body}"
    return Paragraph(body, style)


def cell(text: str, width: float, bold: bool = False) -> str:
    """A table cell's text, wrapped into lines that fit ``width`` points."""
    room = width - 2 * CELL_PAD
    lines: list[str] = []
    for line in text.split("\n"):
        lines += wrap(line, room, bold, cut_words=not bold)  # headers: our words, never cut
    return "\n".join(lines)


def wrap(text: str, room: float, bold: bool = False, size: float = CELL_SIZE,
         cut_words: bool = True) -> list[str]:
    """Greedy word wrap, also after a hyphen; a word wider than the room is cut."""
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
            if current:
                lines.append(current)
            while cut_words and fonts.width(piece, size, bold) > room and len(piece) > 1:
                cut = _longest_prefix(piece, room, bold, size)
                lines.append(piece[:cut])
                piece = piece[cut:]
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


def table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
          marks: Sequence[tuple[int, int]] = ()) -> list[Flowable]:
    """A header and rows as chunked Tables; ``marks`` = (row, column) cells shown in red."""
    if not rows:
        return []
    head = [cell(h, w, bold=True) for h, w in zip(header, widths, strict=True)]
    out: list[Flowable] = []
    marked = set(marks)
    for start in range(0, len(rows), CHUNK_ROWS):
        chunk = rows[start:start + CHUNK_ROWS]
        data = [head] + [[cell(text, w) for text, w in zip(row, widths, strict=True)]
                         for row in chunk]
        style: list[Any] = [("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                 ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
                 ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
                 ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.2),
                 ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                 ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                 ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        for r, c in marked:
            if start <= r < start + CHUNK_ROWS:
                style.append(("TEXTCOLOR", (c, r - start + 1), (c, r - start + 1), WARN))
        t = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT",
                  style=TableStyle(style))
        out.append(t)
    return out


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def scaled(fractions: Sequence[float], width: float) -> list[float]:
    """Column widths from fractions of the frame's width (they need not sum to 1)."""
    total = sum(fractions)
    return [width * f / total for f in fractions]
