"""Reading a file's text faster gives exactly what reading it the general way gives.

Each shortcut of the reading stages (cells that need care found by C-level passes and one
search of the joined column, a NUL known absent from the whole file) is compared here with
the per-cell path it replaces, kept below as the reference: the same cleaned text and the
same defects in the same order.
"""

from __future__ import annotations

from itertools import product, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.io import people as people_module
from kamdesk.io import text as text_module
from kamdesk.io.people import _ACTED_FIRST, _ACTED_ON, _LIMITS, MAX_LINE, Defect, RowReader
from kamdesk.io.tables import Table, read_csv
from kamdesk.io.text import Note


def _columns_as_before(reader: RowReader) -> list[list[str]]:
    """``RowReader._columns`` as it was: a NUL, a long text or a formula-like start tested
    per column, then every cell of such a column looked at one by one (the reference)."""
    rows, numbers = reader.table.rows, reader.table.numbers
    if not rows or not reader._fields:
        return []
    if min(map(len, rows)) >= reader._width:
        picked: list[Any] = [list(map(itemgetter(i), rows)) for _, i in reader._fields]
    else:
        picked = [[r[i] if i < len(r) else "" for r in rows] for _, i in reader._fields]
    columns: list[list[str]] = []
    for (field_name, _), raw in zip(reader._fields, picked, strict=True):
        clean = list(map(str.strip, raw))
        if "\x00" in "".join(raw) or max(map(len, raw)) > 1000 or (
                any(map(str.startswith, clean, repeat(_ACTED_FIRST)))
                and any(map(_ACTED_ON.match, clean))):
            limit = _LIMITS.get(field_name, MAX_LINE)
            for k, text in enumerate(raw):
                if text and ("\x00" in text or len(text) > 1000
                             or _ACTED_ON.match(clean[k])):
                    clean[k] = reader._clean(text, field_name, numbers[k], limit)
        columns.append(clean)
    return columns


def _both(table: Table, mapping: dict[str, int]) -> tuple[Any, Any]:
    fast, slow = RowReader(table, mapping, "csv"), RowReader(table, mapping, "csv")
    got = fast._columns()
    want = _columns_as_before(slow)
    return ((got, _said(fast.defects)), (want, _said(slow.defects)))


def _said(defects: list[Defect]) -> list[tuple[Any, ...]]:
    return [(d.row, d.key, d.params, d.message) for d in defects]


# cells that start with spaces, NULs, formulas, guards, phone numbers, quotes; long texts
_PIECES = ["", " ", "\t", "\x00", "'", "=", "@", "+", "-", "+7 495", "-5", "=1+1", "'=x",
           "Анна", "a b", '"', "\u2028", "\xa0", "x" * 600, "я" * 1500, "ж" * 4100,
           "+a", "-b", "@c"]
cells = st.lists(st.sampled_from(_PIECES), max_size=4).map("".join)
FIELDS = ["name", "title", "notes", "phone", "manager"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(cells, min_size=0, max_size=6), min_size=1, max_size=25),
       st.permutations(range(6)), st.integers(min_value=1, max_value=5),
       st.booleans(), st.sampled_from([None, 0, 5000]))
def test_cells_cleaned_by_column_are_the_cells_cleaned_one_by_one(
        rows: list[list[str]], order: list[int], mapped: int, nul_free: bool,
        slack: int | None) -> None:
    mapping = dict(zip(FIELDS[:mapped], order, strict=False))
    table = Table(["h"] * 6, rows, list(range(2, len(rows) + 2)))
    # nul_free is only ever set for a file without NUL: then the columns have none either;
    # cell_bound is no less than the longest cell (None: not known)
    table.nul_free = nul_free and not any("\x00" in c for r in rows for c in r)
    table.cell_bound = None if slack is None else slack + max(
        (len(c) for r in rows for c in r), default=0)
    got, want = _both(table, mapping)
    assert got == want


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(cells, cells, cells), min_size=1, max_size=20))
def test_a_file_read_by_column_keeps_every_defect_and_value(
        rows: list[tuple[str, str, str]]) -> None:
    text = "name,phone,notes\r\n" + "".join(
        ",".join('"' + c.replace('"', '""') + '"' for c in r) + "\r\n" for r in rows)
    for data in (text.encode("utf-8"), text.encode("utf-16")):
        try:
            table = read_csv(data)
        except Exception:  # noqa: BLE001 - a refused file: nothing to compare
            continue
        assert table.nul_free == ("\x00" not in text)
        got, want = _both(table, {"name": 0, "phone": 1, "notes": 2})
        assert got == want


def test_a_column_of_phone_numbers_is_not_cleaned_cell_by_cell(monkeypatch: Any) -> None:
    """"+7 495 …" starts like a formula in every cell; none is one: ``_clean`` runs for
    the one cell that is (counted work, not time)."""
    rows = [[f"+7 495 {i:07d}", f"Name {i}"] for i in range(2000)] + [["=1+1", "Eve"]]
    table = Table(["phone", "name"], rows, list(range(2, len(rows) + 2)), nul_free=True)
    reader = RowReader(table, {"phone": 0, "name": 1}, "csv")
    calls: list[str] = []
    clean = reader._clean

    def counted(text: str, *args: Any) -> str:
        calls.append(text)
        return clean(text, *args)

    monkeypatch.setattr(reader, "_clean", counted)
    columns = reader._columns()
    assert calls == ["=1+1"] and columns[0][-1] == "=1+1"
    assert [d.key for d in reader.defects] == ["formula"]


def test_the_search_before_each_column_lets_every_acted_on_cell_through() -> None:
    at_start = people_module._ACTED_AT_START
    missed = [first for first in map(chr, range(0x3000))
              for rest in ("", "x", "1", "\x00")
              if _ACTED_ON.match(first + rest) and not at_start.search("\x00" + first + rest)]
    assert missed == []
    # and the plain search before it: every cell it matches holds a character of these
    unseen = [first for first in map(chr, range(0x3000)) for rest in ("", "x", "1")
              if _ACTED_ON.match(first + rest)
              and not any(map((first + rest).__contains__, _ACTED_FIRST))]
    assert unseen == []


def test_a_column_of_ids_is_cut_as_each_id_alone() -> None:
    """Salesforce ids cut by the whole column's test (ASCII letters and digits, asked of
    the column's bytes) as ``normal_id`` cuts each: every ASCII character, and beyond."""
    from kamdesk.io.people import normal_id
    from kamdesk.io.people_columns import _cut_ids

    for code in [*range(128), 0xc4, 0x430, 0x2028]:
        column = ["0035g00000Abc01AAA", f"0035g00000Abc0{chr(code)}AAA", ""]
        assert _cut_ids(column) == [normal_id(x, salesforce=True) for x in column], code


# ---------------------------------------------------------------- garbled text, looked for
def _garbled_as_before(text: str) -> str:
    """``text.garbled_warning`` as it was: every pattern searched through (the reference)."""
    sample = text[:200000]
    for codepage, pattern in text_module._GARBLED.items():
        hits = len(pattern.findall(sample))
        if hits > 3:
            return Note("garbled", count=hits, codepage=codepage)
    return ""


def test_the_garbled_parts_find_each_match_of_the_whole_pattern_once() -> None:
    """Every two characters the whole pattern matches, exactly one part matches; and no
    part's match ends with a character a part's match starts with, so their matches never
    overlap in a text (and their counts add up to the whole pattern's count)."""
    seconds = [chr(c) for c in [*range(0x80, 0x250), *range(0x400, 0x4a0),
                                *range(0x2010, 0x2130)]]
    for codepage, pattern in text_module._GARBLED.items():
        parts = text_module._GARBLED_COUNTED[codepage]
        pairs = [first + second for first in map(chr, range(0x2200)) for second in seconds
                 if pattern.match(first + second)]
        assert pairs and all(sum(1 for p in parts if p.fullmatch(x)) == 1 for x in pairs)
        starts = {x[0] for x in pairs}
        assert not [x for x in pairs if x[1] in starts], codepage
        assert all(p.pattern[0] in starts and p.pattern[0] not in "[(\\" for p in parts)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("РСÃÂâ€ђ°«»–№Анаa üé\n"), max_size=60),
       st.integers(min_value=1, max_value=4000))
def test_the_garbled_warning_is_the_warning_of_every_pattern_searched(
        text: str, repeat_count: int) -> None:
    for whole in (text, text * repeat_count):
        got = text_module.garbled_warning(whole)
        assert (got, getattr(got, "params", None)) == (
            (want := _garbled_as_before(whole)), getattr(want, "params", None))


# ---------------------------------------------------------------- the lines csv reads
_TEXT_PIECES = ["a", "б", ",", ";", '"', "\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d",
                "\x1e", "\x85", "\u2028", "\u2029", " ", "\t", "\x00"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PIECES), max_size=80).map("".join))
def test_rows_split_from_lines_are_the_rows_split_from_a_file(text: str) -> None:
    import csv
    import io

    for whole in (text, text + "\r\n", "x,y\n" + text):
        assert list(text_module._lines(whole)) == list(io.StringIO(whole, newline=""))
        if whole.strip().startswith(("sep=", '"sep=')):
            continue  # (an Excel sep= line: not what this compares)
        for delimiter in (",", ";"):
            try:
                want: object = list(csv.reader(io.StringIO(whole, newline=""),
                                               delimiter=delimiter))
            except csv.Error:
                want = "refused"
            try:
                got: object = text_module.split_rows(whole, delimiter)[0]
            except text_module.ReadError:
                got = "refused"
            assert got == want


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_TEXT_PIECES), max_size=12).map("".join),
                max_size=12))
def test_no_cell_is_longer_than_the_bound_the_split_gives(cells: list[str]) -> None:
    text = ",".join(cells) + "\n" + ",".join('"' + c.replace('"', '""') + '"' for c in cells)
    try:
        split = text_module.split_table(text, ",")
    except text_module.ReadError:
        return
    longest = max((len(c) for r in split.rows for c in r), default=0)
    assert split.cell_bound is None or longest <= split.cell_bound
    if any(c in text for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
        return
    assert split.cell_bound is not None  # one row a line: known


def test_a_file_of_whitespace_is_told_without_stripping_it(tmp_path: Path) -> None:
    """``read_source`` tells an empty file by ``bytes.isspace`` (no copy of the file): the
    same answer as ``not data.strip()`` for every file of up to two bytes."""
    import pytest

    from kamdesk.io.sources import read_source

    pairs = [bytes(p) for n in (1, 2) for p in product(range(256), repeat=n)]
    assert [not d.strip() for d in pairs] == [not d or d.isspace() for d in pairs]
    for data in (b"", b" \t\r\n\x0b\x0c", b"\xa0"):
        (tmp_path / "f.csv").write_bytes(data)
        if data.strip():
            with pytest.raises(text_module.ReadError) as refused:
                read_source(tmp_path / "f.csv")
            assert refused.value.key != "empty"
        else:
            with pytest.raises(text_module.ReadError, match="is empty"):
                read_source(tmp_path / "f.csv")
