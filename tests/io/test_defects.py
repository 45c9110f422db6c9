"""Messy files: every defect is reported with its row; nothing crashes or half-imports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account
from kamdesk.io.plan import apply, plan_import
from kamdesk.io.sources import read_source
from kamdesk.io.text import ReadError
from tests.helpers import snapshot
from tests.io import files

MESSY = (
    "id,manager_id,name,title,email\n"
    "1,,Анна Смирнова,CEO,a@x.example\n"              # row 2: a root
    "2,1,Борис Орлов,CFO,b@x.example\n"               # row 3
    "3,4,Вера Котова,Head,v@x.example\n"              # row 4: 3 → 4 → 5 → 3: a cycle
    "4,5,Глеб Титов,Head,g@x.example\n"               # row 5
    "5,3,Дина Фролова,Head,d@x.example\n"             # row 6: closes the cycle
    "6,99,Егор Белов,Analyst,e@x.example\n"           # row 7: missing manager
    "7,7,Жанна Ким,Analyst,zh@x.example\n"            # row 8: manages herself
    "2,1,Борис Орлов (copy),CFO,b2@x.example\n"       # row 9: duplicate id
    "8,,Зоя Лебедева,Chair,z@x.example\n"             # row 10: a second root
    "9,1;2,Игорь Попов,Analyst,i@x.example\n"         # row 11: two managers in one cell
    "10,1,,Ghost,g@x.example\n"                       # row 12: no name
    "11,1,=HYPERLINK(\"http://evil\";\"click\"),Analyst,h@x.example\n"  # row 13: a formula
    "12,1,<b>Карл</b> Маркс,Analyst,k@x.example\n"    # row 14: markup
    f"13,1,Лев Толстой,{'Очень длинная должность ' * 200},l@x.example\n"  # row 15: 4,800 chars
    "14,1,+Сергей Минус,@cmd,s@x.example\n"           # row 16: two formula-like cells
    "15,1,Том Телефон,Analyst,t@x.example\n"
)


def messages(plan: object, source: object) -> list[str]:
    return [str(d) for d in [*source.defects, *plan.defects]]  # type: ignore[attr-defined]


def test_every_defect_is_named_with_its_row(tmp_path: Path) -> None:
    path = files.write(tmp_path, "messy.csv", MESSY)
    source = read_source(path)
    graph = AccountGraph(Account("acc", "A"))
    plan = plan_import(graph, source.people, by=source.manager_by)
    found = messages(plan, source)
    expect = [
        ("row 6: reporting cycle", "Дина Фролова"),
        ("row 7: manager '99' not found", ""),
        ("row 8: Жанна Ким is their own manager", ""),
        ("row 9: the same id '2' as row 3: one person", "the first row (row 3) wins"),
        ("row 11: 2 managers in one cell", "'1'"),
        ("row 12: no name", ""),
        ("row 13: name", "formula"),
        ("row 14: the name", "markup"),
        ("row 15: title is 4,799 characters long", "cut to 4,000"),  # trailing space trimmed
        ("row 16: name", "formula"),
        ("row 16: title", "formula"),
        ("several roots", "Анна Смирнова"),
    ]
    for start, part in expect:
        assert any(m.startswith(start) and part in m for m in found) or \
            any(start in m and part in m for m in found), (start, found)
    cycle = next(m for m in found if "reporting cycle" in m)
    assert "Вера Котова → Глеб Титов → Дина Фролова → Вера Котова" in cycle or \
        "Дина Фролова → Вера Котова → Глеб Титов → Дина Фролова" in cycle
    apply(graph, plan)
    by_name = {p.name: p for p in graph.people.values()}
    assert len(graph.people) == 14  # 16 rows − the duplicate − the nameless one
    assert graph.manager_of(by_name["Дина Фролова"].id) is None  # the closing line dropped
    assert graph.manager_of(by_name["Вера Котова"].id) == by_name["Глеб Титов"].id
    assert graph.manager_of(by_name["Игорь Попов"].id) == by_name["Анна Смирнова"].id
    assert by_name["<b>Карл</b> Маркс"].title == "Analyst"  # markup kept as text
    assert len(by_name["Лев Толстой"].title) == 4000
    assert '=HYPERLINK("http://evil";"click")' in by_name
    assert by_name["+Сергей Минус"].title == "@cmd"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\n\n  \n", "is empty"),
    ("junk.csv", bytes(range(256)) * 4, "no column holds the names"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "not a readable Excel workbook"),
    ("broken.graphml", b"<graphml><graph><node id='a'>", "not a readable GraphML"),
    ("cards.vcf", b"FN:nobody\n", None),
    ("bad.json", b'{"people": 5}', "not a kamdesk JSON export"),
    ("utf16.csv", "name,title\nАнна,CEO\n".encode("utf-16"), None),
])
def test_broken_files_get_a_clear_message(tmp_path: Path, name: str, content: bytes,
                                          message: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    if message is None:  # readable, perhaps with nobody in it: never a crash
        source = read_source(path)
        assert isinstance(source.people, list)
        return
    with pytest.raises(ReadError, match=message):
        read_source(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_source(tmp_path / "nope.csv")
    with pytest.raises(ReadError, match="is a folder"):
        read_source(tmp_path)


def test_a_failing_import_changes_nothing(tmp_path: Path) -> None:
    """All or nothing: a refusal in the middle rolls the whole batch back."""
    graph = sample.generate(seed=1, today=date(2026, 11, 22))[1]
    before = snapshot(graph)
    source = read_source(files.write(tmp_path, "ok.csv", "name,title\nNew Person,CEO\n"))
    plan = plan_import(graph, source.people)
    plan.managers[plan.adds[0].id] = "no-such-person-id"  # a broken plan
    plan.managers["also-missing"] = None
    existing = next(iter(graph.people))
    plan.managers[existing] = existing  # a self line: the domain refuses it mid-batch
    with pytest.raises(Exception):  # noqa: B017 - whichever refusal comes first
        apply(graph, plan)
    assert snapshot(graph) == before


def test_encodings_and_delimiters(tmp_path: Path) -> None:
    text = "Имя;Фамилия;Должность\nПётр;Королёв;Финансовый директор\n"
    for name, data in [("cp1251.csv", text.encode("cp1251")),
                       ("bom.csv", "\ufeff".encode() + text.encode()),
                       ("utf16.csv", text.replace(";", "\t").encode("utf-16")),
                       ("sep.csv", ("sep=;\n" + text).encode("cp1251"))]:
        path = tmp_path / name
        path.write_bytes(data)
        source = read_source(path)
        assert [p.name for p in source.people] == ["Пётр Королёв"], name
        assert source.people[0].title == "Финансовый директор"
        assert source.people[0].row == (3 if name == "sep.csv" else 2)


def test_a_wrongly_forced_encoding_is_noticed(tmp_path: Path) -> None:
    path = files.write(tmp_path, "utf8.csv", "name,title\n" + "Пётр Королёв,Директор\n" * 5)
    source = read_source(path, encoding="cp1251")
    assert any("garbled" in n for n in source.notes)


def test_a_decision_role_for_one_of_ours_is_reported_and_left_out(tmp_path: Path) -> None:
    path = files.write(tmp_path, "team.csv", "name,side,role\nOur KAM,internal,decision maker\n")
    source = read_source(path)
    graph = AccountGraph(Account("acc", "A"))
    plan = plan_import(graph, source.people)
    assert any("row 2: Our KAM is one of our people" in str(d) for d in plan.defects)
    apply(graph, plan)
    (person,) = graph.people.values()
    assert person.decision_role is None and person.side.value == "internal"
