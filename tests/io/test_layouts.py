"""Layouts found without options: columns told by their values, header rows under titles,
merged cells, encodings told by what the text looks like, and garbled text repaired."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account
from kamdesk.io.plan import apply, plan_import
from kamdesk.io.sources import read_source
from kamdesk.io.text import ReadError, decode, garbled_warning, reads_as_cyrillic


def lines_of(path: Path) -> tuple[AccountGraph, int]:
    source = read_source(path)
    graph = AccountGraph(Account("a", "A"))
    plan = plan_import(graph, source.people, by=source.manager_by, alias=source.alias)
    apply(graph, plan)
    return graph, plan.lines


def test_a_manager_column_is_found_by_its_values(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Табельный код,Кто,Должность,Над ним\n"
                    "T-01,Анна Смирнова,CEO,\nT-02,Пётр Королёв,CFO,T-01\n"
                    "T-03,Ирина Волкова,Buyer,T-02\nT-04,Олег Фролов,Analyst,T-02\n",
                    encoding="utf-8")
    source = read_source(path, map_spec=["name=Кто"])
    assert source.mapping["id"] == 0 and source.mapping["manager"] == 3
    assert any("ids are in column 'Табельный код'" in n for n in source.notes)
    assert any("managers are in column 'Над ним' (its values are the ids" in n
               for n in source.notes)
    assert [p.managers for p in source.people] == [[], ["T-01"], ["T-02"], ["T-02"]]


def test_a_manager_column_of_names_in_another_order(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Имя;Отчество;Фамилия;Должность;Чей сотрудник\n"
                    "Фёдор;Семёнович;Журавлёв;Директор;\n"
                    "Алёна;Викторовна;Орлова;Бухгалтер;Журавлёв Фёдор Семёнович\n"
                    "Мария;Андреевна;Ким;Бухгалтер;Орлова Алёна Викторовна\n",
                    encoding="utf-8")
    source = read_source(path)
    assert any("managers are in column 'Чей сотрудник' (its values are the names" in n
               for n in source.notes)
    graph, lines = lines_of(path)
    assert lines == 2 and len(graph.people) == 3


def test_no_manager_column_is_said_plainly(tmp_path: Path) -> None:
    path = tmp_path / "flat.csv"
    path.write_text("Name,Title,Email\nAnna,CEO,a@x.example\nBoris,CFO,b@x.example\n",
                    encoding="utf-8")
    source = read_source(path)
    assert any(n.startswith("no manager column was found") for n in source.notes)
    assert source.notes[0] == ("columns: name \u2190 'Name', title \u2190 'Title', "
                               "email \u2190 'Email'")


def test_a_russian_sheet_with_title_rows_and_merged_departments(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Штатное расписание АО «Уралтехмаш»"
    sheet.merge_cells("A1:E1")
    sheet["A2"] = "Утверждено приказом № 17 от 01.02.2026"
    sheet.append([])
    sheet.append(["Подразделение", "Табельный номер", "ФИО", "Должность", "Руководитель"])
    rows = [
        ("Дирекция", 1, "Смирнова Анна Петровна", "Генеральный директор", None),
        ("Финансы", 2, "Королёв Пётр Ильич", "Финансовый директор", 1),
        (None, 3, "Волкова Ирина Олеговна", "Главный бухгалтер", 2),
        (None, 4, "Фролов Олег Иванович", "Экономист", 2),
        ("Закупки", 5, "Титов Глеб Андреевич", "Начальник отдела закупок", 1),
        (None, 6, "Ким Мария Сергеевна", "Менеджер по закупкам", 5),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("A6:A8")  # Финансы over three rows, as people draw it
    sheet.merge_cells("A9:A10")
    path = tmp_path / "штат.xlsx"
    book.save(path)
    source = read_source(path)
    assert source.table is not None and source.table.header_row == 4
    assert any("2 title rows above it were skipped" in n for n in source.notes)
    assert any("merged cells gave their value" in n for n in source.notes)
    departments = {p.name: p.department for p in source.people}
    assert departments["Фролов Олег Иванович"] == "Финансы"
    assert departments["Ким Мария Сергеевна"] == "Закупки"
    graph, lines = lines_of(path)
    assert len(graph.people) == 6 and lines == 5


def test_latin1_is_told_from_cp1251_by_the_words() -> None:
    western = "Name;Title\nJürgen Weiß;Geschäftsführer\nAnaïs Lefèvre;Directrice\n"
    russian = "ФИО;Должность\nЖуравлёв Фёдор;Генеральный директор\n"
    assert decode(western.encode("latin-1")).text == western
    assert decode(western.encode("latin-1")).encoding == "cp1252"
    assert decode(russian.encode("cp1251")).encoding == "cp1251"
    assert decode(russian.encode("cp1251")).text == russian
    assert not reads_as_cyrillic(western.encode("latin-1").decode("cp1251"))


def test_latin1_file_imports_with_its_names(tmp_path: Path) -> None:
    path = tmp_path / "de.csv"
    path.write_bytes("Name;Title\nJürgen Weiß;Geschäftsführer\n".encode("latin-1"))
    source = read_source(path)
    assert [p.name for p in source.people] == ["Jürgen Weiß"]
    assert any("cp1252" in n for n in source.notes)


def test_mojibake_is_warned_and_repaired_on_request(tmp_path: Path) -> None:
    # (no capital "И": its second UTF-8 byte is the one byte cp1251 leaves undefined)
    good = "Сотрудник,Должность\nЖуравлёв Фёдор,Генеральный директор\nОрлова Алёна,Бухгалтер\n"
    garbled = good.encode("utf-8").decode("cp1251").encode("utf-8")  # read wrong, saved
    path = tmp_path / "garbled.csv"
    path.write_bytes(garbled)
    with pytest.raises(ReadError, match="looks garbled: import with --encoding repair"):
        read_source(path)  # its headers are garbled too: no name column, and the reason
    fixed = read_source(path, encoding="repair")
    assert [p.name for p in fixed.people] == ["Журавлёв Фёдор", "Орлова Алёна"]
    latin = "Name,Title\nJürgen Weiß,Geschäftsführer\nAnaïs Lefèvre,Directrice\n"
    path.write_bytes(latin.encode("utf-8").decode("cp1252").encode("utf-8"))
    assert any("looks garbled" in n and "--encoding repair" in n
               for n in read_source(path).notes)
    assert [p.name for p in read_source(path, encoding="repair").people] == \
        ["Jürgen Weiß", "Anaïs Lefèvre"]


def test_clean_russian_text_is_not_taken_for_garbled(tmp_path: Path) -> None:
    """Words starting with Р or С ("Специалист", "Россия") are Russian, not UTF-8 read as
    cp1251; and every letter garbled that way is still told apart."""
    rows = [f"Сергей Соколов {i},Специалист,Россия,Руководитель {i}" for i in range(50)]
    path = tmp_path / "clean.csv"
    path.write_text("Имя,Должность,Страна,Отдел\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert not garbled_warning(path.read_text(encoding="utf-8"))
    assert not any("garbled" in n for n in read_source(path).notes)
    letters = "".join(chr(c) for c in range(0x410, 0x450) if chr(c) != "И") + "Ёё"
    assert garbled_warning(letters.encode("utf-8").decode("cp1251"))


def test_a_new_account_from_an_import_is_not_strategic(tmp_path: Path) -> None:
    from kamdesk.graph.types import Quadrant
    from kamdesk.store import Workspace
    from kamdesk.workflows import prepare_import, run_import

    path = tmp_path / "p.csv"
    path.write_text("Name,Title\nAnna,CEO\n", encoding="utf-8")
    with Workspace.open(tmp_path / "ws.kam", create=True) as ws:
        graph = run_import(ws, prepare_import(ws, read_source(path), "Brand new"))
        assert graph.account.quadrant is not Quadrant.STRATEGIC
        assert graph.account.attractiveness == graph.account.relationship_strength == 0.0


def test_a_duplicate_id_keeps_the_newer_row_where_the_file_says(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("Id,Name,Title,Last Modified Date\n"
                    "7,Anna Smirnova,CFO,2024-05-20 16:45\n"
                    "7,Anna Smirnova,CEO,2024-09-01 08:00\n"
                    "8,Boris Orlov,Buyer,2024-01-01\n"
                    "8,Boris Orlov,Senior Buyer,2023-01-01\n", encoding="utf-8")
    source = read_source(path)
    titles = {p.name: p.title for p in source.people}
    assert titles == {"Anna Smirnova": "CEO", "Boris Orlov": "Buyer"}
    said = [str(d) for d in source.defects]
    assert said == ["row 3: the same id '7' as row 2: one person; the newer row (row 3) wins",
                    "row 5: the same id '8' as row 4: one person; the newer row (row 4) wins"]
