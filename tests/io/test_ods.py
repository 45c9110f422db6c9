"""OpenDocument spreadsheets: files LibreOffice wrote (title rows, merged departments, a hidden
first sheet) read with their people, lines and departments; hostile ones (claimed repeats and
spans of a million) read or refused in bounded time and memory."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kamdesk.io import ods
from kamdesk.io.sources import read_source
from tests.io.test_hostile import bounded, refused
from tests.io.test_layouts import lines_of

DATA = Path(__file__).resolve().parent.parent / "data"
STAFF = {  # the sheet as typed: department (merged down the side), manager's number
    "Смирнова Анна Петровна": ("Дирекция", []),
    "Орлов Борис Викторович": ("Дирекция", ["1"]),
    "Королёв Пётр Ильич": ("Финансы", ["1"]),
    "Волкова Ирина Олеговна": ("Финансы", ["3"]),
    "Фролов Олег Иванович": ("Финансы", ["3"]),
    "Титов Глеб Андреевич": ("Закупки", ["2"]),
    "Ким Мария Сергеевна": ("Закупки", ["6"]),
    "Белов Егор Павлович": ("Закупки", ["6"]),
    "Лебедева Зоя Романовна": ("Закупки", ["6"]),
    "Попов Игорь Николаевич": ("Производство", ["1"]),
    "Котова Вера Алексеевна": ("Производство", ["10"]),
    "Минус Сергей Львович": ("ИТ", ["2"]),
}


@pytest.mark.parametrize("name", ["shape-russian-staff-merged.ods",
                                  "shape-russian-staff-merged-libreoffice.xlsx"])
def test_a_russian_sheet_with_title_rows_and_merged_departments_from_libreoffice(
        name: str) -> None:
    """The same sheet saved by LibreOffice as ODS and as XLSX: the header under two merged
    title rows is found, every row of each merged department gets it, lines by number."""
    source = read_source(DATA / name)
    assert source.table is not None and source.table.header_row == 4
    assert source.table.encoding == name.rsplit(".", 1)[1]
    assert {p.name: (p.department, p.managers) for p in source.people} == STAFF
    assert [p.key for p in source.people] == [str(n) for n in range(1, 13)]  # not "1.0"
    assert source.people[0].email == "smirnova@uraltm.example"
    assert not source.defects
    notes = [str(n) for n in source.notes]
    assert "the header is row 4; 2 title rows above it were skipped" in notes
    assert "7 merged cells gave their value to the cells they cover" in notes  # 1+2+3+1
    assert "1 footer line under the table was ignored (from row 17)" in notes
    assert not any("reading stopped" in n for n in notes)  # LibreOffice's 1,048,557 blank rows
    graph, lines = lines_of(DATA / name)
    assert len(graph.people) == 12 and lines == 11


def test_a_hidden_first_sheet_is_passed_over() -> None:
    source = read_source(DATA / "shape-ods-hidden-first-sheet.ods")
    assert [(p.name, p.department, p.managers) for p in source.people] == [
        ("Anna Smith", "Board", []), ("Boris Brown", "Finance", ["Anna Smith"]),
        ("Clara  Jones", "Finance", ["Boris Brown"]),  # ODS's <text:s/>: two spaces, as typed
        ("Dmitri Ivanov", "Procurement", ["Anna Smith"])]
    graph, lines = lines_of(DATA / "shape-ods-hidden-first-sheet.ods")
    assert len(graph.people) == 4 and lines == 3


def make_ods(rows: str, *, hidden_first: bool = False) -> bytes:
    """A minimal ODS package: ``mimetype`` first and stored, then content.xml with ``rows``."""
    styles = ('<office:automatic-styles><style:style style:name="ta1" style:family="table">'
              '<style:table-properties table:display="false"/></style:style>'
              '</office:automatic-styles>') if hidden_first else ""
    first = ('<table:table table:name="hidden" table:style-name="ta1"><table:table-row>'
             '<table:table-cell office:value-type="string"><text:p>x</text:p>'
             '</table:table-cell></table:table-row></table:table>') if hidden_first else ""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f'{styles}<office:body><office:spreadsheet>{first}<table:table table:name="People">'
        f'{rows}</table:table></office:spreadsheet></office:body></office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ods.MIMETYPE)  # stored, as the standard says
        z.writestr("content.xml", content)
    return out.getvalue()


def row(*cells: str, repeat: int = 1, extra: str = "") -> str:
    tds = "".join(f'<table:table-cell office:value-type="string"{extra}><text:p>{c}</text:p>'
                  '</table:table-cell>' if c else "<table:table-cell/>" for c in cells)
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{rep}>{tds}</table:table-row>"


PEOPLE = (row("id", "name", "manager", "department") + row("1", "Anna Smith", "", "Board")
          + row("2", "Boris Brown", "1", "Finance"))


def test_a_minimal_ods_reads_and_the_suffix_is_not_needed(tmp_path: Path) -> None:
    path = tmp_path / "people.bin"
    path.write_bytes(make_ods(PEOPLE, hidden_first=True))
    source = read_source(path)
    assert [(p.key, p.name, p.managers) for p in source.people] == [
        ("1", "Anna Smith", []), ("2", "Boris Brown", ["1"])]
    assert source.table is not None and source.table.encoding == "ods"


def test_a_million_repeated_filled_rows_are_refused_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "repeat.ods"
    path.write_bytes(make_ods(PEOPLE + row("3", "Clone", "1", "X", repeat=1_048_576)))
    assert path.stat().st_size < 2000
    message = bounded(lambda: refused(lambda: read_source(path)), seconds=2, megabytes=200)
    assert "more than 200,000 rows" in message


def test_a_million_blank_rows_then_a_cell_is_not_a_million_rows(tmp_path: Path) -> None:
    far = row(repeat=1_048_000) + row("9", "Far Away", "1", "X")
    path = tmp_path / "far.ods"
    path.write_bytes(make_ods(PEOPLE + far))
    source = bounded(lambda: read_source(path), seconds=2, megabytes=200)
    assert [p.name for p in source.people] == ["Anna Smith", "Boris Brown"]
    assert any("reading stopped after" in n for n in source.notes)


def test_blank_runs_short_of_the_gap_cannot_make_millions_of_rows(tmp_path: Path) -> None:
    """9,999 blank rows (one short of the gap that ends a table) before each of 300 filled
    rows: three million rows claimed in a small file, refused by the count of rows kept."""
    runs = (row(repeat=9_999) + row("5", "Someone", "1", "X")) * 300
    path = tmp_path / "runs.ods"
    path.write_bytes(make_ods(PEOPLE + runs))
    message = bounded(lambda: refused(lambda: read_source(path)), seconds=2, megabytes=200)
    assert "more than 200,000 rows" in message


def test_a_wide_row_repeated_ten_thousand_times_is_refused_by_its_cells(
        tmp_path: Path) -> None:
    """1,000 repeated cells × 12,000 repeated rows: 12 million cells from 400 bytes of XML,
    under the row limit but over the cells repeats may add."""
    wide = ('<table:table-row table:number-rows-repeated="12000"><table:table-cell '
            'office:value-type="string" table:number-columns-repeated="1000"><text:p>w'
            '</text:p></table:table-cell></table:table-row>')
    filler = "".join(row(str(n), f"Person {n}", "1", "") for n in range(5, 40))
    path = tmp_path / "wide.ods"
    path.write_bytes(make_ods(PEOPLE + filler + wide))
    message = bounded(lambda: refused(lambda: read_source(path)), seconds=2, megabytes=200)
    assert "more than 5,000,000 cells" in message, message


def test_huge_column_repeats_and_spans_stay_bounded(tmp_path: Path) -> None:
    wide = ('<table:table-row><table:table-cell office:value-type="string" '
            'table:number-columns-repeated="16384"><text:p>w</text:p></table:table-cell>'
            '</table:table-row>')
    span = ('<table:table-row><table:table-cell office:value-type="string">'
            '<text:p>3</text:p></table:table-cell><table:table-cell office:value-type="string">'
            '<text:p>Cara Span</text:p></table:table-cell><table:table-cell/>'
            '<table:table-cell office:value-type="string" table:number-rows-spanned="1048576" '
            'table:number-columns-spanned="16384"><text:p>Everywhere</text:p>'
            '</table:table-cell></table:table-row>')
    path = tmp_path / "spans.ods"
    filler = "".join(row(str(n), f"Person {n}", "1", "") for n in range(5, 40))  # the
    # header is looked for in the first 30 rows: the wide row comes after them
    path.write_bytes(make_ods(PEOPLE + span + row("4", "Dan Down", "3", "") + filler + wide))
    source = bounded(lambda: read_source(path), seconds=2, megabytes=200)
    names = [p.name for p in source.people]
    assert names[:4] == ["Anna Smith", "Boris Brown", "Cara Span", "Dan Down"]
    assert any("cells right of column 1,000 were ignored in 1 row" in n for n in source.notes)
    dan = source.people[3]
    assert dan.department == ""  # a span of a million rows × 16,384 columns fills nothing


def test_a_merged_department_over_rows_and_columns_fills_each_cell(tmp_path: Path) -> None:
    merged = ('<table:table-row><table:table-cell office:value-type="float" office:value="3">'
              '<text:p>3.00</text:p></table:table-cell><table:table-cell '
              'office:value-type="string"><text:p>Cara Span</text:p></table:table-cell>'
              '<table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p>'
              '</table:table-cell><table:table-cell office:value-type="string" '
              'table:number-rows-spanned="3"><text:p>Sales <text:span>&amp; Trade</text:span>'
              '</text:p></table:table-cell></table:table-row>'
              + row("4", "Dan Down", "3") + "<table:table-row><table:table-cell "
              'office:value-type="string"><text:p>5</text:p></table:table-cell>'
              '<table:table-cell office:value-type="string"><text:p>Eve Last</text:p>'
              '</table:table-cell><table:table-cell office:value-type="string"><text:p>3'
              '</text:p></table:table-cell><table:covered-table-cell/></table:table-row>')
    path = tmp_path / "merged.ods"
    path.write_bytes(make_ods(PEOPLE + merged))
    source = read_source(path)
    assert [(p.key, p.department, p.managers) for p in source.people[2:]] == [
        ("3", "Sales & Trade", ["2"]), ("4", "Sales & Trade", ["3"]),
        ("5", "Sales & Trade", ["3"])]
    assert any("2 merged cells gave their value" in n for n in source.notes)


@pytest.mark.parametrize("data", [
    ods.MIMETYPE,  # not even a zip, under an .ods name
    b"PK\x03\x04" + b"\x00" * 26 + b"mimetype" + ods.MIMETYPE + b"\x00" * 64,  # a broken zip
])
def test_a_broken_ods_is_one_sentence(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.ods"
    path.write_bytes(data)
    assert "not a readable OpenDocument spreadsheet" in refused(lambda: read_source(path))


def test_unclosed_or_deep_xml_is_one_sentence(tmp_path: Path) -> None:
    deep = ('<table:table-row><table:table-cell office:value-type="string"><text:p>'
            + "<text:span>" * 5000 + "x" + "</text:span>" * 5000
            + "</text:p></table:table-cell></table:table-row>")
    for rows, name in ((PEOPLE[:-30], "cut.ods"), (PEOPLE + deep, "deep.ods")):
        path = tmp_path / name
        path.write_bytes(make_ods(rows))
        message = refused(lambda p=path: read_source(p))  # type: ignore[misc]
        assert "not a readable OpenDocument spreadsheet" in message, message


def test_an_ods_zip_bomb_is_refused_and_a_csv_forced_as_ods_is_one_sentence(
        tmp_path: Path) -> None:
    bomb = make_ods(PEOPLE.replace("<table:table-row>", "<table:table-row>" + " " * (80 * 2**20),
                                   1))  # 80 MB of blanks in content.xml: ~80 KB packed
    assert len(bomb) < 2**20
    path = tmp_path / "bomb.ods"
    path.write_bytes(bomb)
    message = bounded(lambda: refused(lambda: read_source(path)), seconds=5, megabytes=50)
    assert "zip bomb" in message
    csv = tmp_path / "people.csv"
    csv.write_text("id,name\n1,Anna\n", encoding="utf-8")
    assert "not a readable OpenDocument spreadsheet" in refused(
        lambda: read_source(csv, "ods"))


def test_many_overlapping_merges_fill_within_a_budget(tmp_path: Path) -> None:
    """900 merges of 300 × 300 cells each over the same people (one anchor repeated across
    columns): 81 million cell visits if each were filled; the ranges together visit at most
    tables.MAX_FILLED cells."""
    from kamdesk.io import tables

    anchor = ('<table:table-row><table:table-cell office:value-type="string"><text:p>3'
              '</text:p></table:table-cell><table:table-cell office:value-type="string">'
              '<text:p>Cara Span</text:p></table:table-cell><table:table-cell/>'
              '<table:table-cell/><table:table-cell office:value-type="string" '
              'table:number-columns-repeated="900" table:number-rows-spanned="300" '
              'table:number-columns-spanned="300"><text:p>m</text:p></table:table-cell>'
              '</table:table-row>')
    above = "".join(row(str(n), f"Person {n}", "1", "") for n in range(4, 40))  # the header
    below = "".join(row(str(n), f"Person {n}", "1", "") for n in range(40, 340))  # is above
    path = tmp_path / "overlap.ods"
    path.write_bytes(make_ods(PEOPLE + above + anchor + below))
    source = bounded(lambda: read_source(path), seconds=2, megabytes=200)
    assert len(source.people) == 339
    merged = next(n for n in source.notes if "merged cells gave" in n)
    assert int(merged.split()[0].replace(",", "")) <= tables.MAX_FILLED
