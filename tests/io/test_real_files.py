"""Real public files (tests/data/README.md names each source) and realistic CRM shapes, imported
without options: the people, the REPORTING LINES the file holds, the names and the defects."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account
from kamdesk.graph.types import LinkKind
from kamdesk.io.plan import ImportPlan, apply, plan_import
from kamdesk.io.sources import Source, read_source

DATA = Path(__file__).resolve().parent.parent / "data"


def imported(name: str) -> tuple[Source, ImportPlan, AccountGraph]:
    source = read_source(DATA / name)
    graph = AccountGraph(Account("acc", "Client"))
    plan = plan_import(graph, source.people, by=source.manager_by, extra=source.extra,
                       alias=source.alias)
    plan.file_defects = len(source.defects)
    apply(graph, plan)
    return source, plan, graph


def solid_lines(graph: AccountGraph) -> int:
    return sum(1 for p in graph.people if graph.manager_of(p) is not None)


def dotted_lines(graph: AccountGraph) -> int:
    return sum(1 for x in graph.links.values() if x.kind is LinkKind.REPORTS_TO and x.dotted)


def defects(source: Source, plan: ImportPlan) -> list[str]:
    return [str(d) for d in [*source.defects, *plan.defects]]


def boss(graph: AccountGraph, name: str) -> str | None:
    person = next(p for p in graph.people.values() if p.name == name)
    manager = graph.manager_of(person.id)
    return graph.person(manager).name if manager else None


def lines_in_file(name: str, key: str, parent: str) -> tuple[int, int]:
    """(rows, rows whose parent is another row's id), counted with the csv module."""
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    ids = {r[key] for r in rows}
    return len(rows), sum(1 for r in rows if r[parent] in ids)


def test_d3_org_chart_demo_data_keeps_every_line() -> None:
    people, lines = lines_in_file("d3-org-chart-demo.csv", "id", "parentId")
    assert (people, lines) == (1516, 1515)
    source, plan, graph = imported("d3-org-chart-demo.csv")
    assert len(graph.people) == 1516 and solid_lines(graph) == 1515 == plan.lines
    assert "manager \u2190 'parentId'" in source.notes[0]
    assert "title \u2190 'positionName'" in source.notes[0]
    assert "department \u2190 'area'" in source.notes[0]
    assert boss(graph, "Davolio Nancy") == "Ian Devling"
    ian = next(p for p in graph.people.values() if p.name == "Ian Devling")
    assert ian.title == "Chief Executive Officer" and ian.department == "Corporate"
    assert defects(source, plan) == []
    assert "1,515 reporting lines" in plan.summary() and plan.summary().endswith("0 defects")


def test_oracle_hr_chart_names_are_first_plus_last() -> None:
    assert lines_in_file("d3-org-chart-oracle-hr.csv", "id", "parentId") == (107, 106)
    source, plan, graph = imported("d3-org-chart-oracle-hr.csv")
    assert len(graph.people) == 107 and solid_lines(graph) == 106
    names = [p.name for p in graph.people.values()]
    assert "Steven King" in names and "Steven" not in names
    assert sum(1 for n in names if n.startswith("David ")) == 3  # three Davids, all kept apart
    assert boss(graph, "Neena Kochhar") == "Steven King"
    assert defects(source, plan) == []


def test_dabeng_orgchart_nested_children() -> None:
    source, plan, graph = imported("dabeng-orgchart-hybrid.json")
    assert source.format == "json"
    assert len(graph.people) == 19 and solid_lines(graph) == 18
    assert boss(graph, "San Pang") == "Er Pang"
    assert boss(graph, "Su Miao") == "Lao Lao"
    assert next(p for p in graph.people.values() if p.name == "Si Dan").title == "intern"
    assert any("nesting of children" in n for n in source.notes)
    assert defects(source, plan) == []


@pytest.mark.parametrize(("name", "people", "lines", "placeholders", "top"), [
    ("uk-organogram-apa-2012-03-31-senior.csv", 13, 12, 9, "Bill Dickinson"),
    ("uk-organogram-ago-2011-09-30-senior.csv", 5, 4, 3, "Peter Fish"),
    ("uk-organogram-ukaea-2013-09-30-senior.csv", 10, 9, 3, "Prof. Steve Cowley"),
])
def test_uk_government_organograms(name: str, people: int, lines: int, placeholders: int,
                                   top: str) -> None:
    assert lines_in_file(name, "Post Unique Reference", "Reports to Senior Post") == \
        (people, lines)
    source, plan, graph = imported(name)
    assert source.format == "organogram"
    assert "department \u2190 'Unit'" in source.notes[0]  # the issue: Unit was missed
    assert "title \u2190 'Job Title'" in source.notes[0]
    assert len(graph.people) == people and solid_lines(graph) == lines
    held = [p for p in graph.people.values() if p.vacancy]
    assert len(held) == placeholders  # the N/D posts keep their place and their lines
    assert all(p.title and p.name == p.title for p in held)  # a field, not a naming
    assert not any("placeholder" in p.notes for p in held)  # convention or a note
    assert all(p.email != "N/D" for p in graph.people.values())
    tops = [p.name for p in graph.people.values() if graph.manager_of(p.id) is None]
    assert tops == [top]  # the post reporting to "XX" is the top, and it is not a defect
    assert any(f"{placeholders} posts have no disclosed" in n for n in source.notes)
    assert not any(p.vacancy for p in graph.people.values() if p.name == top)
    assert not any("not found" in d for d in defects(source, plan))


def test_uk_organogram_placeholder_keeps_its_reports() -> None:
    _, _, graph = imported("uk-organogram-apa-2012-03-31-senior.csv")
    risk = next(p for p in graph.people.values() if p.external_id == "18139")
    assert risk.vacancy
    reports = graph.solid_reports(risk.id)
    assert len(reports) == 2 and boss(graph, risk.name) == "Bill Dickinson"


def test_networkx_gephi_web_network_cycle_is_reported() -> None:
    source, plan, graph = imported("networkx-gexf-attribute.gexf")
    assert source.format == "gexf"
    assert sorted(p.name for p in graph.people.values()) == \
        ["BarabasiLab", "Gephi", "RTGI", "Webatlas"]
    # edges 0→1, 0→2, 1→0, 2→1, 0→3: the second manager of Webatlas is a dotted line, and
    # Webatlas → Gephi closes a cycle with Gephi → Webatlas: dropped, and said
    assert solid_lines(graph) == 3 and dotted_lines(graph) == 1
    assert any("reporting cycle" in d for d in defects(source, plan))


def test_networkx_pid_pointing_at_itself() -> None:
    source, plan, graph = imported("networkx-gexf-pid.gexf")
    assert len(graph.people) == 4 and solid_lines(graph) == 0
    found = defects(source, plan)
    assert sum(1 for d in found if "their own manager" in d) == 4
    assert any("3 edges were not read" in n for n in source.notes)


def test_gephi_pid_hierarchy_with_attributes() -> None:
    source, _, graph = imported("shape-gephi-orgchart-pid.gexf")
    assert source.format == "gexf" and any("pid" in n for n in source.notes)
    assert len(graph.people) == 6 and solid_lines(graph) == 5
    assert boss(graph, "Ruth Ellison") == "Maya Lindqvist"
    ruth = next(p for p in graph.people.values() if p.name == "Ruth Ellison")
    assert ruth.title == "Head of Purchasing" and ruth.department == "Procurement"


def test_yed_names_without_title_or_html_and_dashed_edges_dotted() -> None:
    source, plan, graph = imported("shape-yed-orgchart.graphml")
    names = sorted(p.name for p in graph.people.values())
    assert names == ["Анна Смирнова", "Глеб Титов", "Ирина Волкова", "Пётр Королёв"]
    peter = next(p for p in graph.people.values() if p.name == "Пётр Королёв")
    assert peter.title == "Финансовый директор"  # from the HTML label's second line
    assert solid_lines(graph) == 3 and dotted_lines(graph) == 1
    assert boss(graph, "Ирина Волкова") == "Пётр Королёв"  # the solid edge, not the dashed one
    irina = next(p for p in graph.people.values() if p.name == "Ирина Волкова")
    assert irina.department == "Закупки" and irina.title == "Начальник отдела закупок"
    assert defects(source, plan) == []


def test_outlook_vcards_quoted_printable_and_manager() -> None:
    source, plan, graph = imported("ez-vcard-outlook-2007.vcf")
    (mike,) = graph.people.values()
    assert mike.name == "Mr. Michael Angstadt Jr." and mike.title == "TheJobTitle"
    # the note continues over three soft line breaks: all of it is there
    assert mike.notes.startswith("This is the NOTE field")
    assert "It does not preserve the formatting" in mike.notes
    assert plan.references == 1  # X-MS-MANAGER:TheManagerName, a person not in the file
    assert any("manager 'TheManagerName' not found" in d for d in defects(source, plan))


@pytest.mark.parametrize("name", ["ez-vcard-John_Doe_MS_OUTLOOK.vcf",
                                  "ez-vcard-outlook-2003.vcf", "ez-vcard-rfc6350-example.vcf"])
def test_other_vcard_suites_read_one_person_each(name: str) -> None:
    _, _, graph = imported(name)
    assert len(graph.people) == 1


def test_bitrix24_names_in_any_order_and_a_merged_duplicate() -> None:
    source, plan, graph = imported("shape-bitrix24-employees.csv")
    assert source.format == "bitrix24" and source.table and source.table.encoding == "cp1251"
    assert len(graph.people) == 7 and solid_lines(graph) == 6 == plan.lines
    assert boss(graph, "Мария Андреевна Ким") == "Алёна Викторовна Орлова"
    olga = next(p for p in graph.people.values() if "Белова" in p.name)
    assert olga.title == "Старший менеджер по закупкам"  # the newer row (01.06.2024) won
    found = defects(source, plan)
    assert found == ["row 8: the same e-mail 'BELOVA@sibagro.example' as row 7: one person; "
                     "the newer row (row 8) wins"]


def test_hubspot_managers_by_email_dates_and_two_record_ids() -> None:
    source, plan, graph = imported("shape-hubspot-contacts.csv")
    assert source.format == "hubspot"
    assert len(graph.people) == 4 and solid_lines(graph) == 3
    assert boss(graph, "Ruth Ellison") == "Noah Stewart"  # "NOAH@helix.example"
    ruth = next(p for p in graph.people.values() if p.name == "Ruth Ellison")
    assert ruth.title == "Senior QA Specialist" and str(ruth.last_contact) == "2024-11-10"
    assert [d for d in defects(source, plan) if "same e-mail" in d] == \
        ["row 5: the same e-mail 'Ruth@Helix.example' as row 4: one person; the newer row "
         "(row 5) wins"]
    assert not any("not a date" in d for d in defects(source, plan))


def test_a_flat_json_list_with_parent_ids(tmp_path: Path) -> None:
    """d3-org-chart's data as the JSON list its users load (the same 107 rows)."""
    import json

    with (DATA / "d3-org-chart-oracle-hr.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    path = tmp_path / "chart.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    source = read_source(path)
    graph = AccountGraph(Account("acc", "Client"))
    plan = plan_import(graph, source.people, by=source.manager_by)
    apply(graph, plan)
    assert len(graph.people) == 107 and solid_lines(graph) == 106
    assert boss(graph, "Neena Kochhar") == "Steven King"
