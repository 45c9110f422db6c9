"""Reading delimited text as people really save it: any encoding Excel or a CRM writes,
any delimiter, an Excel ``sep=`` line, and report footers under the table.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass

# Excel in a Russian locale saves "CSV" as cp1251 with ";"; CRMs write UTF-8, with or
# without a BOM; Excel's "Unicode text" is UTF-16 with tabs.
FALLBACK_ENCODING = "cp1251"
DELIMITERS = [",", ";", "\t", "|"]
# UTF-8 text decoded as cp1251 turns Cyrillic into pairs like "Р°" or "СЃ":
_MOJIBAKE = re.compile("[РС][\u0400-\u045f\u2018-\u203a\u0080-\u00bf]")


class ReadError(ValueError):
    """The file cannot be read as a table at all; nothing was imported."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warning: str = ""


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Bytes → text, with the encoding given or detected (BOM, then UTF-8, else cp1251)."""
    if encoding:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as error:
            raise ReadError(f"the file is not valid {encoding}: {error}") from None
        return Decoded(text.lstrip("\ufeff"), encoding, _mojibake_warning(text, encoding))
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name).lstrip("\ufeff"), name)
            except UnicodeDecodeError as error:
                raise ReadError(f"the file starts as {name} but is not: {error}") from None
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and b"\x00" not in data[0:4:2]:
        try:  # UTF-16 LE without a BOM: every other byte of ASCII text is NUL
            return Decoded(data.decode("utf-16-le"), "utf-16-le")
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode(FALLBACK_ENCODING, errors="replace")
    return Decoded(text, FALLBACK_ENCODING)


def _mojibake_warning(text: str, encoding: str) -> str:
    if len(_MOJIBAKE.findall(text[:20000])) > 5:
        return (f"the text looks garbled as {encoding} (like UTF-8 read as {encoding}); "
                "try another encoding")
    return ""


def split_rows(text: str, delimiter: str | None = None) -> tuple[list[list[str]], str]:
    """Text → rows of cells, and the delimiter used (given, an Excel sep= line, or sniffed)."""
    lines = text.splitlines()
    if lines and re.fullmatch(r'"?sep=(.)"?', lines[0].strip()):
        delimiter = delimiter or lines[0].strip().strip('"')[4]
        text = "\n".join(lines[1:])
    delimiter = delimiter or sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ReadError(f"the file is not a readable table: {error}") from None
    return rows, delimiter


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of cells."""
    sample = [line for line in text.splitlines()[:20] if line.strip()]
    if not sample:
        return ","
    best, best_score = ",", (-1, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = (consistent if counts[0] > 1 else 0, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best
