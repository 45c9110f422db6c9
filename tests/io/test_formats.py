"""Each real-world format is detected from its headers and comes in with its managers."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account
from kamdesk.graph.types import DecisionRole, Level
from kamdesk.io.plan import apply, plan_import
from kamdesk.io.sources import read_source
from tests.io import files


def imported(path: Path, fmt: str = "auto") -> tuple[AccountGraph, object, object]:
    source = read_source(path, fmt)
    graph = AccountGraph(Account("acc", "Imported"))
    plan = plan_import(graph, source.people, by=source.manager_by, extra=source.extra)
    apply(graph, plan)
    return graph, source, plan


def managers(graph: AccountGraph) -> dict[str, str | None]:
    names = {p.id: p.name for p in graph.people.values()}
    return {p.name: names.get(graph.manager_of(p.id) or "") for p in graph.people.values()}


@pytest.mark.parametrize("text", [files.SALESFORCE_API, files.SALESFORCE_UPPER])
def test_salesforce_contacts_with_15_and_18_character_ids(tmp_path: Path, text: str) -> None:
    graph, source, plan = imported(files.write(tmp_path, "contacts.csv", text))
    assert source.format == "salesforce"  # type: ignore[attr-defined]
    assert managers(graph) == {"James Whitfield": None, "Olivia Bennett": "James Whitfield",
                               "Ravi Patel": "Olivia Bennett", "Ken Nakamura": "James Whitfield",
                               "Chloe Quinn": "Ken Nakamura"}
    assert plan.defects == []  # type: ignore[attr-defined]
    cfo = next(p for p in graph.people.values() if p.name == "Olivia Bennett")
    assert cfo.external_id == files.SF_IDS["cfo"][:15] and cfo.level is Level.DIRECTOR
    assert cfo.title == "Chief Financial Officer" and cfo.phone == "+44 20 7946 0001"


def test_salesforce_report_with_names_and_a_footer(tmp_path: Path) -> None:
    graph, source, _ = imported(files.write(tmp_path, "report.csv", files.SALESFORCE_REPORT))
    assert source.format == "salesforce-report"  # type: ignore[attr-defined]
    assert len(graph.people) == 4  # the footer lines are not people
    assert managers(graph)["Олег Фролов"] == "Пётр Королёв"
    assert managers(graph)["Пётр Королёв"] == "Анна Смирнова"
    assert any("footer" in n for n in source.notes)  # type: ignore[attr-defined]


def test_dynamics_365_workbook(tmp_path: Path) -> None:
    graph, source, _ = imported(files.dynamics_xlsx(tmp_path / "contacts.xlsx"))
    assert source.format == "dynamics"  # type: ignore[attr-defined]
    assert managers(graph) == {"Grace Fletcher": None, "Noah Stewart": "Grace Fletcher",
                               "Ruth Ellison": "Noah Stewart"}
    roles = {p.name: p.decision_role for p in graph.people.values()}
    assert roles == {"Grace Fletcher": DecisionRole.DECISION_MAKER,
                     "Noah Stewart": DecisionRole.INFLUENCER, "Ruth Ellison": DecisionRole.USER}
    grace = next(p for p in graph.people.values() if p.name == "Grace Fletcher")
    assert grace.external_id == "6f1c2a10-0000-0000-0000-000000000001"


def test_hubspot_contacts(tmp_path: Path) -> None:
    graph, source, plan = imported(files.write(tmp_path, "hubspot.csv", files.HUBSPOT))
    assert source.format == "hubspot"  # type: ignore[attr-defined]
    assert sorted(p.name for p in graph.people.values()) == ["Grace Fletcher", "Noah Stewart"]
    assert {p.external_id for p in graph.people.values()} == {"51", "52"}
    assert any("several roots" in str(d) for d in plan.defects)  # type: ignore[attr-defined]


def test_bitrix24_in_cp1251_with_semicolons(tmp_path: Path) -> None:
    graph, source, _ = imported(files.write(tmp_path, "bitrix.csv", files.BITRIX24, "cp1251"))
    assert source.format == "bitrix24"  # type: ignore[attr-defined]
    assert source.table.encoding == "cp1251" and source.table.delimiter == ";"  # type: ignore[attr-defined]
    names = sorted(p.name for p in graph.people.values())
    assert names == ["Алёна Орлова", "Фёдор Семёнович Журавлёв"]
    ceo = next(p for p in graph.people.values() if "Журавлёв" in p.name)
    assert ceo.level is Level.TOP and ceo.notes == "ключевой ЛПР"


def test_yed_graphml_org_chart(tmp_path: Path) -> None:
    graph, source, _ = imported(files.write(tmp_path, "chart.graphml", files.YED_GRAPHML))
    assert source.format == "graphml"  # type: ignore[attr-defined]
    assert managers(graph) == {"Генеральный директор Ершов": None,
                               "Директор по ИТ Титов": "Генеральный директор Ершов",
                               "Инженер Гусева": "Директор по ИТ Титов"}


@pytest.mark.parametrize(("text", "boss", "report"), [
    (files.VCARD_30, "Пётр Королёв", "Ирина Волкова"),
    (files.VCARD_40, "Olivia Bennett", "Ravi Patel")])
def test_vcards(tmp_path: Path, text: str, boss: str, report: str) -> None:
    graph, source, _ = imported(files.write(tmp_path, "people.vcf", text))
    assert source.format == "vcard"  # type: ignore[attr-defined]
    assert managers(graph) == {boss: None, report: boss}
    people = {p.name: p for p in graph.people.values()}
    assert people[report].department in ("Закупки", "Procurement")
    if text is files.VCARD_30:
        assert people[report].title == "Начальник отдела закупок"  # a folded line
        assert people[boss].notes == "Любит цифры, не любит сюрпризы"


def test_generic_csv_needs_and_takes_a_mapping(tmp_path: Path) -> None:
    text = ("Персона\tКод\tКод начальника\tДолжность\n"
            "Иван Петров\t1\t\tДиректор\nМария Котова\t2\t1\tЮрист\n")
    path = files.write(tmp_path, "hr.tsv", text)
    with pytest.raises(ValueError, match="no column holds the names"):
        read_source(path)
    source = read_source(path, map_spec=["name=Персона", "id=Код",
                                         "manager=Код начальника"])
    graph = AccountGraph(Account("acc", "A"))
    apply(graph, plan_import(graph, source.people, by=source.manager_by))
    assert managers(graph) == {"Иван Петров": None, "Мария Котова": "Иван Петров"}
    assert source.table.delimiter == "\t"  # type: ignore[union-attr]
