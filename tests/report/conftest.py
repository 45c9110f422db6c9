from __future__ import annotations

import re
from pathlib import Path

import pdfplumber


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def squashed(text: str) -> str:
    """Text without white space, to find words that a layout wrapped over lines."""
    return re.sub(r"\s+", "", text)
