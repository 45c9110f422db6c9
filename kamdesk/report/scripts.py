"""Right-to-left text (Hebrew, Arabic) in the order and shape a reader expects.

ReportLab's own bidi support needs ``rlbidi`` (the ``reportlab[bidi]`` extra), which
ReportLab publishes on its own index, not on PyPI. So the report reorders with
``python-bidi`` (the Unicode bidirectional algorithm) and joins Arabic letters with
``arabic-reshaper`` (contextual forms, which DejaVu Sans has), line by line, after the line
is wrapped in logical order. The page is left to right, so a line's base direction is LTR:
an Arabic name inside an English sentence stays where the sentence puts it. A PDF reader's
text extraction (poppler's, for one) turns the visual order back into logical order.
"""

from __future__ import annotations

import re

import arabic_reshaper  # type: ignore[import-untyped]
from bidi import get_display  # type: ignore[import-untyped]

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u08ff]")


def visual(line: str) -> str:
    """One line of text in display order, Arabic letters joined; other text unchanged."""
    if line.isascii() or _RTL.search(line) is None:
        return line
    if _ARABIC.search(line):
        line = arabic_reshaper.reshape(line)
    return str(get_display(line, base_dir="L"))
