"""Export, then import into an empty account: the same people and the same lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.types import LinkKind, Side, Stance
from kamdesk.io.export import COLUMNS, export_account
from kamdesk.io.plan import apply, plan_import
from kamdesk.io.sources import read_source
from kamdesk.store import Workspace
from kamdesk.workflows import prepare_import, run_import
from tests.io import files


def people(graph: AccountGraph) -> list[tuple[Person, str | None]]:
    """Each person without the ids kamdesk gave them, with their manager's name."""
    return sorted((p._replace(id="", account_id="", version=0),
                   graph.person(m).name if (m := graph.manager_of(p.id)) else None)
                  for p in graph.people.values())


def lines(graph: AccountGraph) -> list[tuple[str, str, str, bool, int, int]]:
    name = {p.id: p.name for p in graph.people.values()}
    return sorted((x.kind.value, name[x.source], name[x.target], x.dotted, x.weight, x.strength)
                  for x in graph.links.values())


def hostile_account() -> AccountGraph:
    g = sample.generate(seed=1, today=date(2026, 11, 22))[0]
    ceo = next(p for p in g.people.values() if g.manager_of(p.id) is None
               and p.side is Side.CLIENT)
    g.add_person(Person("x1", g.id, Side.CLIENT, "=SUM(A1:A9)", title="@risky",
                        notes="строка 1\nстрока 2, \"кавычки\"; точка с запятой"))
    g.add_person(Person("x2", g.id, Side.CLIENT, "<b>Жирный</b> & 🚀", title="-minus"))
    g.add_link(Link("lx", g.id, LinkKind.REPORTS_TO, "x1", ceo.id))
    return g


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json", ".graphml"])
def test_export_then_import_gives_the_same_people_and_lines(tmp_path: Path,
                                                            suffix: str) -> None:
    original = hostile_account()
    out = tmp_path / f"people{suffix}"
    export_account(original, out)
    source = read_source(out)
    copy = AccountGraph(Account("new", "Copy"))
    apply(copy, plan_import(copy, source.people, by=source.manager_by, extra=source.extra))
    assert people(copy) == people(original)
    if suffix in (".json", ".graphml"):
        assert lines(copy) == lines(original)
    else:  # a table carries the reporting lines (manager_id)
        solid = [x for x in lines(original) if x[0] == "reports_to" and not x[3]]
        assert lines(copy) == solid


def test_csv_columns_bom_and_formula_guard(tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    export_account(hostile_account(), out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].split(",")[:7] == COLUMNS[:7] == \
        ["id", "manager_id", "name", "title", "department", "side", "level"]
    assert "'=SUM(A1:A9)" in text and "'@risky" in text and "'-minus" in text


def test_xlsx_cells_are_never_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "p.xlsx"
    export_account(hostile_account(), out)
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "=SUM(A1:A9)"]
    assert cells and all(c.data_type == "s" for c in cells)


def test_reimport_updates_the_same_people_and_keeps_the_kams_work(tmp_path: Path) -> None:
    path = tmp_path / "ws.kam"
    export_v1 = files.write(tmp_path, "v1.csv", files.SALESFORCE_API)
    with Workspace.open(path, create=True) as ws:
        run_import(ws, prepare_import(ws, read_source(export_v1), "Nordwind Retail Group"))
        graph = ws.load(ws.find_account("Nordwind Retail Group").id)
        cfo = next(p for p in graph.people.values() if p.name == "Olivia Bennett")
        graph.update_person(cfo._replace(stance=Stance.BLOCKER, influence=5,
                                         notes="Wants 60-day terms"))
        graph.add_person(Person("kam", graph.id, Side.INTERNAL, "Our KAM"))
        graph.add_link(Link("cp", graph.id, LinkKind.COUNTERPART, "kam", cfo.id))
    # The CRM's next export: a new title, an 18-character id where there was 15, a newcomer.
    v2 = files.SALESFORCE_API.replace("Chief Financial Officer", "Group CFO")
    v2 += ('"0035g00000Abc06AAF","0015g00000XyZ01AAA","Doyle","Megan","Ms.","Megan Doyle",'
           '"Buyer","Procurement","","m.doyle@nordwind.example","0035g00000Abc03AAC",'
           '"0055g00000Own01AAA","2024-04-01T10:00:00.000Z"\n')
    with Workspace.open(path) as ws:
        prepared = prepare_import(ws, read_source(files.write(tmp_path, "v2.csv", v2)),
                                  "nordwind retail group")
        assert not prepared.new_account
        assert prepared.plan.summary().startswith("1 to add, 1 to update, 4 unchanged")
        run_import(ws, prepared)
        graph = ws.load(ws.find_account("Nordwind Retail Group").id)
    by_name = {p.name: p for p in graph.people.values()}
    assert len(by_name) == 7  # 5 + the newcomer + our KAM: nobody duplicated
    cfo = by_name["Olivia Bennett"]
    assert (cfo.title, cfo.stance, cfo.influence, cfo.notes) == (
        "Group CFO", Stance.BLOCKER, 5, "Wants 60-day terms")
    assert graph.find_link(LinkKind.COUNTERPART, "kam", cfo.id) is not None
    assert graph.manager_of(by_name["Megan Doyle"].id) == by_name["Ravi Patel"].id


def test_a_2000_row_export_in_one_transaction(tmp_path: Path) -> None:
    header = files.SALESFORCE_API.splitlines()[0]
    rows = [header]
    for i in range(2000):
        boss = f"0035g0000{(i - 1) // 7:06d}" if i else ""
        rows.append(f'"0035g0000{i:06d}AAA","0015g00000XyZ01AAA","Фамилия{i}","Имя{i}","",'
                    f'"Имя{i} Фамилия{i}","Specialist","Ops","","p{i}@x.example","{boss}",'
                    '"0055g00000Own01AAA","2024-03-01T10:00:00.000Z"')
    path = files.write(tmp_path, "big.csv", "\n".join(rows) + "\n")
    ws_path = tmp_path / "ws.kam"
    with Workspace.open(ws_path, create=True) as ws:
        prepared = prepare_import(ws, read_source(path), "Big")
        assert prepared.plan.summary() == ("2,000 to add, 0 to update, 0 unchanged, 1,999 "
                                           "reporting lines (of 1,999 rows naming a manager), "
                                           "0 defects")
        run_import(ws, prepared)
    with Workspace.open(ws_path) as ws:
        graph = ws.load(ws.find_account("Big").id)
        assert len(graph.people) == 2000
        assert sum(1 for p in graph.people if graph.manager_of(p) is None) == 1
        assert ws.check() == []
