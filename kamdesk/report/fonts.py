"""The fonts every PDF uses: DejaVu Sans, and Droid Sans Fallback for what DejaVu lacks.

ReportLab's built-in Helvetica has no Cyrillic; DejaVu has Cyrillic, Greek, Hebrew and
Arabic and is embedded (subset) in each PDF, so a plan prints the same on every machine.
DejaVu has no Chinese, Japanese or Korean: those runs of a string are drawn with Droid
Sans Fallback (Apache 2.0, shipped beside DejaVu with its licence), loaded only when a
document first needs it. A character neither font has (an emoji) is left out rather than
printed as a box: ``runs`` splits a string by the font that can draw each part and drops
what none can.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"
_SPACES = re.compile(r"  +")


def _load(name: str, file: str) -> TTFont:
    folder = resources.files("kamdesk") / "resources" / "fonts"
    with resources.as_file(folder / file) as path:
        font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    return font


def _class(codepoints: set[int]) -> re.Pattern[str]:
    """A regex matching any character *not* among ``codepoints`` (C-speed coverage test)."""
    spans: list[str] = []
    ordered = sorted(c for c in codepoints if c > 31)
    start = prev = ordered[0]
    for c in ordered[1:]:
        if c != prev + 1:
            spans.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
            start = c
        prev = c
    spans.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
    return re.compile(f"[^{''.join(spans)}]")


@cache
def register() -> re.Pattern[str]:
    """Register DejaVu with ReportLab once per process; returns its "not covered" pattern."""
    regular = _load(REGULAR, "DejaVuSans.ttf")
    _load(BOLD, "DejaVuSans-Bold.ttf")
    # makes <b> inside paragraphs pick the bold face
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return _class(set(regular.face.charToGlyph))


@cache
def _fallback() -> frozenset[int]:
    return frozenset(_load(FALLBACK, "DroidSansFallback.ttf").face.charToGlyph)


def covered(text: str) -> bool:
    """True when DejaVu draws every character of ``text`` (the common, fast case)."""
    return text.isascii() or register().search(text) is None


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as (font, part) runs: ``font`` where DejaVu can, the fallback where it can.

    Characters no font has are dropped (and a double space they leave is closed).
    """
    if covered(text):
        return [(font, text)]
    missing = register()
    extra = _fallback()
    found: list[tuple[str, str]] = []
    pos = 0
    for match in missing.finditer(text):
        char = match.group()
        if match.start() > pos:
            found.append((font, text[pos:match.start()]))
        if ord(char) in extra:
            found.append((FALLBACK, char))
        pos = match.end()
    if pos < len(text):
        found.append((font, text[pos:]))
    merged: list[tuple[str, str]] = []
    for name, part in found:
        if merged and merged[-1][0] == name:
            merged[-1] = (name, merged[-1][1] + part)
        else:
            merged.append((name, part))
    return [(name, _SPACES.sub(" ", part)) for name, part in merged if part]


def printable(text: str) -> str:
    """``text`` without the characters no font of ours can draw."""
    return text if covered(text) else "".join(part for _, part in runs(text, REGULAR))


def width(text: str, size: float, bold: bool = False) -> float:
    font = BOLD if bold else REGULAR
    if covered(text):
        return float(pdfmetrics.stringWidth(text, font, size))
    return float(sum(pdfmetrics.stringWidth(part, name, size) for name, part in runs(text, font)))
