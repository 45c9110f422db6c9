"""Reading delimited text as people really save it: any encoding Excel or a CRM writes,
any delimiter, an Excel ``sep=`` line, and report footers under the table.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from kamdesk.graph.import_words import import_text
from kamdesk.graph.vocabulary import vocabulary

MAX_CELL = 1_000_000  # characters in one cell (safe.MAX_CELL; here to avoid a cycle)

# Excel in a Russian locale saves "CSV" as cp1251 with ";"; in a Western one as cp1252 (a
# superset of Latin-1 for text); CRMs write UTF-8, with or without a BOM; Excel's "Unicode
# text" is UTF-16 with tabs.
FALLBACK_ENCODING = "cp1251"
WESTERN_ENCODING = "cp1252"
REPAIR = "repair"  # --encoding repair: UTF-8, then undo text garbled by a wrong decoding
DELIMITERS = [",", ";", "\t", "|"]
_WORD = re.compile(r"[^\W\d_]+")
# UTF-8 decoded as cp1251 (and saved again) turns Cyrillic into pairs like "Р°" or "СЃ";
# decoded as Latin-1/cp1252 it turns "ü" into "Ã¼" and "’" into "â€™". Each code page's
# pattern as its parts, each starting with a plain character: a search for one skips to that
# character at C speed (a pattern that starts with a class tests it at every position, the
# larger part of decoding a Cyrillic file). No part's second character starts a part, so the
# parts' matches never overlap: their counts add up to the whole pattern's.
_CP1251_SECOND = ("[\u0400-\u040f\u0450-\u045f\u0490\u0491\u0080-\u00bf"  # Ђ…Џ, ђ…џ,
                  "\u2013-\u203a\u20ac\u2116\u2122]")  # Ґґ, punctuation, never а–я/А–Я
_CP1252_SECOND = "[\u0080-\u00bf\u2018-\u203a\u0152-\u017e]"
_GARBLED_PARTS = {
    # the second byte (0x80–0xBF) read as cp1251 ("Специалист", "Россия" are not garbled)
    "cp1251": ("Р" + _CP1251_SECOND, "С" + _CP1251_SECOND),
    "cp1252": ("Ã" + _CP1252_SECOND, "Â" + _CP1252_SECOND, "â€"),
}
_GARBLED = {cp: re.compile("|".join(parts)) for cp, parts in _GARBLED_PARTS.items()}
_GARBLED_COUNTED = {cp: [re.compile(p) for p in parts] for cp, parts in _GARBLED_PARTS.items()}
_GARBLED_WORD = {cp: re.compile(rf"\S*(?:{rx.pattern})\S*") for cp, rx in _GARBLED.items()}


class Note(str):
    """A line of the import preview: its English text as a plain ``str`` (what printing it
    shows), with the vocabulary key that words it in every language (``text("ru")``)."""

    key: str
    params: dict[str, object]

    def __new__(cls, key: str, **params: object) -> Note:
        note = super().__new__(cls, import_text("en", key, params))
        note.key, note.params = key, params
        return note

    def text(self, lang: str = "en") -> str:
        return import_text(lang, self.key, self.params)


class ReadError(ValueError):
    """The file cannot be read at all; nothing was imported.

    Worded like the domain's refusals: a catalogue ``key`` (graph.read_words) and its
    ``params``; ``str()`` is the English sentence, ``vocabulary(lang).error(e)`` the same
    sentence in the user's language."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(vocabulary("en").read_refusal(key, params))


@dataclass
class Decoded:
    text: str
    encoding: str
    warning: str = ""


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Bytes → text, with the encoding given or detected (BOM, UTF-16, UTF-8, else the
    single-byte code page the text reads as: cp1251 for Cyrillic, cp1252 for Western)."""
    if encoding and encoding.lower() == REPAIR:
        found = decode(data)
        text, fixed = repair(found.text)
        return Decoded(text, f"{found.encoding}, repaired",
                       Note("repaired", count=fixed) if fixed else "")
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise ReadError("unknown_encoding", encoding=encoding[:40]) from None
        except UnicodeDecodeError as error:
            raise ReadError("not_encoding", encoding=encoding, byte=error.start) from None
        text = text.lstrip("\ufeff")
        return Decoded(text, encoding, garbled_warning(text))
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(name).lstrip("\ufeff")
            except UnicodeDecodeError as error:
                raise ReadError("bad_bom", encoding=name, byte=error.start) from None
            return Decoded(text, name, garbled_warning(text))
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and b"\x00" not in data[0:4:2]:
        try:  # UTF-16 LE without a BOM: every other byte of ASCII text is NUL
            return Decoded(data.decode("utf-16-le"), "utf-16-le")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
        return Decoded(text, "utf-8", garbled_warning(text))
    except UnicodeDecodeError:
        pass
    cyrillic = data.decode(FALLBACK_ENCODING, errors="replace")
    if reads_as_cyrillic(cyrillic):
        return Decoded(cyrillic, FALLBACK_ENCODING)
    western = data.decode(WESTERN_ENCODING, errors="replace")
    return Decoded(western, WESTERN_ENCODING, Note("cp1252"))


def reads_as_cyrillic(text: str) -> bool:
    """Does single-byte text decoded as cp1251 read as Cyrillic words?

    Latin-1 text decoded as cp1251 scatters single Cyrillic letters inside Latin words
    ("Jьrgen WeiЯ"); real Russian has whole Cyrillic words. Counted over the first 20,000
    characters: more whole Cyrillic words than mixed ones means cp1251.
    """
    whole = mixed = 0
    for word in _WORD.findall(text[:20000]):
        cyr = any("\u0400" <= c <= "\u04ff" for c in word)
        if not cyr:
            continue
        if any("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f" for c in word):
            mixed += 1
        else:
            whole += 1
    return whole >= mixed and whole > 0


def garbled_warning(text: str) -> str:
    """A warning when the text looks like UTF-8 once decoded with a wrong code page."""
    sample = text[:200000]
    for codepage, parts in _GARBLED_COUNTED.items():
        hits = sum(len(part.findall(sample)) for part in parts)
        if hits > 3:
            return Note("garbled", count=hits, codepage=codepage)
    return ""


def repair(text: str) -> tuple[str, int]:
    """Undo UTF-8 once decoded as cp1251 or cp1252, word by word (a word that does not
    decode back is kept as it is); linear in the text. Returns the text and the words fixed."""
    fixed = 0
    for codepage, word in _GARBLED_WORD.items():
        def back(match: re.Match[str], codepage: str = codepage) -> str:
            nonlocal fixed
            try:
                result = match.group(0).encode(codepage).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                return match.group(0)
            fixed += 1
            return result
        text = word.sub(back, text)
    return text, fixed


def split_rows(text: str, delimiter: str | None = None) -> tuple[list[list[str]], str]:
    """Text → rows of cells, and the delimiter used (given, an Excel sep= line, or sniffed)."""
    split = split_table(text, delimiter)
    return split.rows, split.delimiter


@dataclass
class Split:
    rows: list[list[str]]
    delimiter: str
    # no cell is longer than this: the longest line, when each row is one line (None: not
    # known), so that the cells need not be measured one by one
    cell_bound: int | None = None


def split_table(text: str, delimiter: str | None = None) -> Split:
    """``split_rows``, with what the split tells of the cells' length."""
    # the first line only (splitting a large file into lines just to look at its first
    # took as long as a tenth of the whole csv split)
    first = next(iter(_head_lines(text, 1)), "")
    if re.fullmatch(r'"?sep=(.)"?', first.strip()):
        delimiter = delimiter or first.strip().strip('"')[4]
        text = "\n".join(text.splitlines()[1:])
    delimiter = delimiter or sniff_delimiter(text)
    csv.field_size_limit(MAX_CELL)
    lines = _lines(text)
    try:
        rows = list(csv.reader(lines, delimiter=delimiter))
    except csv.Error as error:
        if "field larger" in str(error):
            raise ReadError("cell_too_long", limit=MAX_CELL) from None
        raise ReadError("not_table", detail=str(error)) from None
    bound = max(map(len, lines), default=0) if isinstance(lines, list) and \
        len(lines) == len(rows) else None  # (a row of several lines: a line's is no bound)
    return Split(rows, delimiter, bound)


def _lines(text: str) -> Iterable[str]:
    """The lines the csv module reads, ends kept: as a file opened with ``newline=""``
    gives them (ended by "\n", "\r" or "\r\n"). ``str.splitlines`` also ends a line at
    rarer breaks ("\v", "\x1c", "\u2028"…): when no line but the last ends other than
    with "\n" or "\r", its lines are those, and csv reads a list faster than a file
    (a StringIO holds four bytes a character and is read line by line)."""
    lines = text.splitlines(keepends=True)
    if set(map(itemgetter(-1), lines[:-1])) <= {"\n", "\r"}:
        return lines
    return io.StringIO(text, newline="")


def _head_lines(text: str, count: int) -> list[str]:
    """``text.splitlines()[:count]`` without splitting the whole text: the lines of a
    prefix long enough to hold them (doubled until it does, or is the whole text)."""
    size = 4096
    while True:
        lines = text[:size].splitlines()
        if len(lines) > count or size >= len(text):
            return lines[:count]
        size *= 2


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of cells."""
    sample = [line for line in _head_lines(text, 20) if line.strip()]
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
