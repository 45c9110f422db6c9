from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pytest


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def squashed(text: str) -> str:
    """Text without white space, to find words that a layout wrapped over lines."""
    return re.sub(r"\s+", "", text)


def logical_text(path: Path) -> str:
    """The PDF's text as poppler extracts it: right-to-left runs back in logical order.

    pdfplumber returns glyphs left to right as drawn (display order); pdftotext applies the
    bidi algorithm, as a reader's copy and paste does. Arabic presentation forms are folded
    back to letters (NFKC) and the direction marks poppler adds are removed.
    """
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return re.sub("[\u200e\u200f\u202a-\u202e]", "", unicodedata.normalize("NFKC", out))
