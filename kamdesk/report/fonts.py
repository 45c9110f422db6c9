"""The fonts every PDF uses: DejaVu Sans, shipped in the package with its license.

ReportLab's built-in Helvetica has no Cyrillic; DejaVu has Cyrillic, Greek, Hebrew and
Arabic and is embedded (subset) in each PDF, so a plan prints the same on every machine.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register() -> None:
    """Register the fonts with ReportLab once per process."""
    folder = resources.files("kamdesk") / "resources" / "fonts"
    for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        with resources.as_file(folder / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # makes <b> inside paragraphs pick the bold face
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)


def width(text: str, size: float, bold: bool = False) -> float:
    register()
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))
