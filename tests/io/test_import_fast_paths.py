"""The import's fast paths give exactly what the slow ones give.

Each shortcut of a large import (people and solid lines checked by column in
``bulk.add_many``, new people built by column in the plan, depths counted once, constant
columns written once as SQLite literals) is compared here with the path it replaces:
the same refusals (type and all), the same people, defects and rows — rows read back
through a second connection and, on PostgreSQL, a second workspace.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import add_many
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side
from kamdesk.io.people import Incoming
from kamdesk.io.plan import LIMITS, Planner
from kamdesk.io.sources import read_source
from kamdesk.io.text import ReadError
from kamdesk.store import Workspace
from kamdesk.store.codec import CODECS
from kamdesk.store.inserting import sqlite_literal
from kamdesk.workflows import prepare_import, run_import
from tests.helpers import snapshot

# ---------------------------------------------------------------- add_many vs single edits
IDS = ["a", "b", "c", "old", "ours", "gone"]


def start() -> AccountGraph:
    """An account: client people (``gone`` has left and reports to ``boss``; ``old`` has
    a dotted line to ``boss``) and one of ours."""
    graph = AccountGraph(Account("acc", "A"))
    graph.add_person(Person("old", "acc", Side.CLIENT, "Old"))
    graph.add_person(Person("ours", "acc", Side.INTERNAL, "Ours"))
    graph.add_person(Person("gone", "acc", Side.CLIENT, "Gone", left_on=date(2025, 1, 1)))
    graph.add_person(Person("boss", "acc", Side.CLIENT, "Boss"))
    graph.add_link(Link("d0", "acc", LinkKind.REPORTS_TO, "old", "boss", dotted=True))
    graph.add_link(Link("s0", "acc", LinkKind.REPORTS_TO, "gone", "boss"))
    return graph


people_st = st.builds(
    Person, id=st.sampled_from(["a", "b", "c", "old"]), account_id=st.sampled_from(
        ["acc", "acc", "acc", "other"]),
    side=st.sampled_from([Side.CLIENT, Side.CLIENT, Side.INTERNAL]),
    name=st.sampled_from(["A", "B", " ", "Ann"]),
    influence=st.sampled_from([3, 3, 9]),
    decision_role=st.sampled_from([None, None, DecisionRole.COACH]),
    successor_id=st.sampled_from([None, None, None, "gone", "a", "old", "x"]),
    left_on=st.sampled_from([None, None, date(2025, 2, 1)]))
links_st = st.builds(
    Link, id=st.sampled_from(["l1", "l2", "l3", "d0"]),
    account_id=st.sampled_from(["acc", "acc", "acc", "other"]),
    kind=st.sampled_from([LinkKind.REPORTS_TO] * 4 + [LinkKind.INFLUENCES]),
    source=st.sampled_from(IDS), target=st.sampled_from([*IDS, "boss"]),
    dotted=st.sampled_from([False, False, False, True]))


def outcome(run: Any) -> tuple[str, Any]:
    graph = start()
    before = snapshot(graph)
    try:
        run(graph)
    except DomainError as error:
        assert snapshot(graph) == before  # nothing changed on a refusal
        return type(error).__name__, getattr(error, "key", None)
    return "ok", snapshot(graph)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(people_st, max_size=4, unique_by=lambda p: p.id),
       st.lists(links_st, max_size=4))
def test_adding_at_once_refuses_exactly_what_single_edits_refuse(
        people: list[Person], links: list[Link]) -> None:
    def single(graph: AccountGraph) -> None:
        with graph.batch():
            for p in people:
                graph.add_person(p)
            for x in links:
                graph.add_link(x)

    assert outcome(lambda g: add_many(g, people, links)) == outcome(single)


def client(pid: str, **fields: Any) -> Person:
    return Person(pid, "acc", Side.CLIENT, pid.upper(), **fields)


def solid(lid: str, source: str, target: str, **fields: Any) -> Link:
    return Link(lid, "acc", LinkKind.REPORTS_TO, source, target, **fields)


FINE = [client("a"), client("b"), client("c")]
FINE_LINES = [solid("l1", "a", "b"), solid("l2", "b", "boss"), solid("l3", "c", "old")]


@pytest.mark.parametrize(("people", "links"), [
    (FINE, FINE_LINES),  # accepted
    (FINE, [*FINE_LINES, solid("l4", "ours", "old")]),  # across sides
    (FINE, [*FINE_LINES[:2], solid("l3", "c", "ours")]),  # across sides, to a new person
    ([*FINE, Person("d", "acc", Side.INTERNAL, "D")], [*FINE_LINES, solid("l4", "d", "a")]),
    (FINE, [*FINE_LINES, solid("l4", "ghost", "a")]),  # nobody
    (FINE, [*FINE_LINES, solid("l4", "a", "ghost")]),
    (FINE, [*FINE_LINES, solid("l4", "boss", "boss")]),  # oneself
    (FINE, [*FINE_LINES, solid("l4", "a", "c")]),  # a second manager in the batch
    (FINE, [*FINE_LINES, solid("l4", "gone", "old")]),  # a second manager: had one
    (FINE, [solid("l1", "old", "boss")]),  # a dotted line there already
    (FINE, [*FINE_LINES[:2], solid("d0", "c", "a")]),  # a line id taken
    (FINE, [*FINE_LINES[:2], solid("l2", "c", "a")]),  # a line id twice
    (FINE, [*FINE_LINES, solid("l4", "boss", "a"), solid("l5", "old", "c")]),  # a cycle
    (FINE, [*FINE_LINES, Link("l4", "other", LinkKind.REPORTS_TO, "boss", "a")]),
    (FINE, [*FINE_LINES, solid("l4", "boss", "a", weight=7)]),  # a bad value
    (FINE, [*FINE_LINES, solid("l4", "boss", "a", dotted=True)]),  # dotted: line by line
    ([*FINE, client("old")], FINE_LINES),  # a person id taken
    ([*FINE, client("a")], FINE_LINES),  # a person id twice
    ([*FINE, Person("d", "other", Side.CLIENT, "D")], FINE_LINES),
    ([*FINE, client("d", influence=9)], FINE_LINES),
    ([*FINE, client("d", left_on=date(2025, 1, 1), successor_id="gone")], FINE_LINES),
    ([*FINE, client("d", left_on=date(2025, 1, 1), successor_id="old")], FINE_LINES),
    ([*FINE, client("d", successor_id="old")], FINE_LINES),  # has not left
    ([*FINE, client("d", left_on=date(2025, 1, 1), successor_id="ours")], FINE_LINES),
])
def test_each_rule_is_kept_by_the_column_path(people: list[Person], links: list[Link]) -> None:
    def single(graph: AccountGraph) -> None:
        with graph.batch():
            for p in people:
                graph.add_person(p)
            for x in links:
                graph.add_link(x)

    assert outcome(lambda g: add_many(g, people, links)) == outcome(single)


def test_an_import_shaped_batch_takes_the_column_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """People with solid lines among them: no line is checked one by one."""
    from kamdesk.graph import bulk

    graph = AccountGraph(Account("acc", "A"))
    people = [Person(f"p{i}", "acc", Side.CLIENT, f"P {i}") for i in range(50)]
    lines = [Link(f"l{i}", "acc", LinkKind.REPORTS_TO, f"p{i}", f"p{(i - 1) // 2}")
             for i in range(1, 50)]
    calls: list[object] = []
    monkeypatch.setattr(bulk.rules, "check_link_sides", lambda *a: calls.append(a))
    add_many(graph, people, lines)
    assert calls == []
    assert graph.manager_of("p7") == "p3" and len(graph.links) == 49


# ---------------------------------------------------------------- the plan by column
CSV = ("id,manager_id,name,title,side,decision_role,level,notes,email\n"
       "1,,Анна Boss,CEO,client,ЛПР,,short,a@x.example\n"
       "2,1,Boris,,client,,,,\n"
       "3,2,Clara,,client,,2,,c@x.example\n"
       "4,3,Dmitri,,client,,,,\n"
       "5,4,Eva,,client,coach,,,\n"
       "6,,Our Head,Head of sales,internal,coach,,,\n"
       "7,6,Our Rep,,internal,,,,\n"
       "{long},5,Fedor,,,,,,\n")  # an id longer than an external id may be


def per_row(planner: Planner) -> list[Person]:
    """The plan's people made one row at a time (the path for rows already in an account)."""
    levels = planner._levels()
    return [planner._person(inc, planner.person_of[inc.row], None,
                            levels.get(planner.person_of[inc.row], Level.SPECIALIST))
            for inc in planner.incoming]


def test_new_people_by_column_are_the_people_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(CSV.format(long="x" * 300), encoding="utf-8")
    graph = AccountGraph(Account("acc", "A"))
    fast, slow = (Planner(graph, read_source(path).people, by=None) for _ in range(2))
    for planner in (fast, slow):  # the same ids for both
        planner.person_of = {inc.row: f"id{inc.row:03d}" for inc in planner.incoming}
        planner._plan_managers()
    by_column = fast._new_people(fast._level_column(fast._pids()), fast._pids())
    by_row = per_row(slow)
    assert by_column == by_row
    assert [type(p) for p in by_column] == [Person] * 8
    def in_order(planner: Planner) -> list[str]:  # as ``build`` sorts them, by row
        return [str(d) for d in sorted(planner.plan.defects,
                                       key=lambda d: (d.row is None, d.row or 0))]

    assert in_order(fast) == in_order(slow)
    assert any(d.key == "cut" for d in fast.plan.defects)  # the long id, kept cut
    assert any(d.key == "ours_no_role" for d in fast.plan.defects)
    levels = {p.name: p.level for p in by_column}
    assert levels["Clara"] == Level.DIRECTOR  # given
    assert levels["Анна Boss"] == Level.TOP  # from the title
    assert (levels["Boris"], levels["Dmitri"], levels["Fedor"]) == (
        Level.DIRECTOR, Level.SPECIALIST, Level.SPECIALIST)  # from the depth


@pytest.mark.parametrize(("field", "limit"), LIMITS)
def test_a_text_past_its_limit_is_cut_by_column_as_row_by_row(field: str, limit: int) -> None:
    """The lengths are measured on the columns made (``Columns.longest``): one text one
    character past the domain's limit (as a reader that does not cut gives it) is cut as
    row by row, and said the same."""
    def rows() -> list[Incoming]:
        made = [Incoming(k + 2, str(k), f"Имя {k}", [str(k // 2)] if k else [], title="Head",
                         notes="n", email=f"p{k}@x.example") for k in range(40)]
        setattr(made[17], field, "Ё" * (limit + 1))
        return made

    graph = AccountGraph(Account("acc", "A"))
    fast, slow = (Planner(graph, rows(), by=None) for _ in range(2))
    for planner in (fast, slow):
        planner.person_of = {inc.row: f"id{inc.row:03d}" for inc in planner.incoming}
        planner._plan_managers()
    by_column = fast._new_people(fast._level_column(fast._pids()), fast._pids())
    assert by_column == per_row(slow)
    assert [str(d) for d in fast.plan.defects] == [str(d) for d in slow.plan.defects]
    assert [(d.key, d.row) for d in fast.plan.defects if d.key == "cut"] == [("cut", 19)]
    assert len(getattr(by_column[17], field)) == limit


def levels_walked(planner: Planner) -> dict[str, Level]:
    """The depth rule as it was written first: walk up at most four managers a person."""
    found: dict[str, Level] = {}
    managers = planner.plan.managers
    for inc in planner.incoming:
        pid = planner.person_of[inc.row]
        depth, node, seen = 0, managers.get(pid), {pid}
        while node is not None and node not in seen and depth < 4:
            seen.add(node)
            depth += 1
            node = managers[node] if node in managers else planner.g.manager_of(node)
        found[pid] = Level(min(depth + 1, 4))
    return found


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-1, max_value=30), min_size=1, max_size=30),
       st.permutations(list(range(30))))
def test_depths_counted_once_are_the_depths_walked(ups: list[int], order: list[int]) -> None:
    # a forest: row k reports to an earlier row (or nobody), rows listed in any order
    rows = [k for k in order if k < len(ups)]
    lines = ["id,manager_id,name"] + [
        f"{k},{min(ups[k], k - 1) if ups[k] >= 0 and k else ''},P{k}" for k in rows]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        planner = Planner(AccountGraph(Account("acc", "A")), read_source(path).people,
                          by=None)
    planner.person_of = {inc.row: f"id{inc.row}" for inc in planner.incoming}
    planner._plan_managers()
    assert planner._levels() == levels_walked(planner)


# ---------------------------------------------------------------- the rows written
def import_file(tmp_path: Path, rows: int = 300) -> Path:
    lines = ["Id,Name,Title,Department,Email,ReportsToId,Level,Notes"]
    quoted = "it's"  # a quote inside a constant: doubled in the literal
    for i in range(rows):
        boss = f"c{(i - 1) // 3}" if i else ""
        lines.append(f"c{i},Person {i},Specialist,\"Dept's {i % 4}\",p{i}@x.example,{boss},"
                     f"{'' if i % 5 else 3},{quoted if i % 7 == 0 else ''}")
    path = tmp_path / "people.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def typed_rows(db: Path, table: str) -> list[tuple[Any, ...]]:
    """Every row with the storage class of each value, through a connection of its own."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        select = ", ".join(f'"{n}", typeof("{n}")' for n in names)
        return sorted(conn.execute(f"SELECT {select} FROM {table}").fetchall())


def test_constant_columns_store_what_binding_stores(tmp_path: Path) -> None:
    """The literal path writes the very rows (values and storage classes) that binding
    every value writes, read through another connection."""
    source = read_source(import_file(tmp_path))
    with Workspace.open(tmp_path / "fast.kam", create=True) as ws:
        graph = run_import(ws, prepare_import(ws, source, "Client"))
    people = list(graph.people.values())
    links = list(graph.links.values())
    assert len(people) == 300 and len(links) == 299
    slow = tmp_path / "slow.kam"
    Workspace.open(slow, create=True).close()
    with sqlite3.connect(slow) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        accounts = CODECS[Account].encode_all([graph.account])
        conn.executemany(f"INSERT INTO accounts VALUES ({', '.join('?' * len(accounts[0]))})",
                         accounts)
        for kind, rows in ((Person, people), (Link, links)):
            encoded = CODECS[kind].encode_all(rows)
            conn.executemany(f"INSERT INTO {CODECS[kind].table.name} VALUES "
                             f"({', '.join('?' * len(encoded[0]))})", encoded)
    for table in ("accounts", "people", "links"):
        assert typed_rows(tmp_path / "fast.kam", table) == typed_rows(slow, table), table


@pytest.mark.parametrize("value", [None, True, False, 0, -7, 2**62, "", "it's", "Отдел «1»",
                                   "a\nb", "'; DROP TABLE people; --"])
def test_a_literal_reads_back_as_the_value_bound(value: object) -> None:
    literal = sqlite_literal(value)
    assert literal is not None
    conn = sqlite3.connect(":memory:")
    assert conn.execute(f"SELECT {literal}, typeof({literal})").fetchone() == \
        conn.execute("SELECT ?, typeof(?)", (value, value)).fetchone()


@pytest.mark.parametrize("value", [1.5, b"\x00", "a\x00b", "x" * 5000, 2**70, "\ud800"])
def test_values_without_an_exact_literal_are_bound(value: object) -> None:
    assert sqlite_literal(value) is None


def test_an_import_reads_back_the_same_on_both_databases(workspace_target: str,
                                                         tmp_path: Path) -> None:
    """The whole bulk path, into a new account, read back by a second workspace: the same
    people and lines, one history entry (what ``kamdesk changes`` and undo read)."""
    source = read_source(import_file(tmp_path, 120))
    with Workspace.open(workspace_target, create=True) as ws:
        graph = run_import(ws, prepare_import(ws, source, "Client"))
        graph.add_person(Person("extra", graph.id, Side.CLIENT, "Added after"))  # journal on
    with Workspace.open(workspace_target) as other:
        again = other.load(other.find_account("Client").id)
        history = other.history(graph.id)
    assert dict(again.people) == dict(graph.people)
    assert dict(again.links) == dict(graph.links)
    assert again.managers == graph.managers
    assert [len(e.changes) for e in history] == [1, 1]
    assert history[0].changes[0].after == graph.account


def test_another_process_reads_the_imported_account(tmp_path: Path) -> None:
    source = read_source(import_file(tmp_path, 50))
    target = tmp_path / "ws.kam"
    with Workspace.open(target, create=True) as ws:
        run_import(ws, prepare_import(ws, source, "Client"))
    out = subprocess.run([sys.executable, "-m", "kamdesk", "accounts", str(target), "--json"],
                         capture_output=True, text=True, check=True, timeout=120)
    (found,) = json.loads(out.stdout)
    assert (found["name"], found["client_people"], found["internal_people"]) == (
        "Client", 50, 0)


# ---------------------------------------------------------------- the rows read by column
DATA = Path(__file__).parent.parent / "data"


def both_ways(path: Path, monkeypatch: pytest.MonkeyPatch, **options: Any) -> tuple[Any, Any]:
    """What ``read_source`` gives by column, and row by row (the column path switched off)."""
    from kamdesk.io import people_columns

    fast = read_source(path, **options)
    with monkeypatch.context() as patch:
        patch.setattr(people_columns, "read_by_column", lambda *args: None)
        slow = read_source(path, **options)
    return fast, slow


def test_nothing_to_merge_is_seen_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The look for duplicates that finds none gives what merging row by row gives, for
    every data file (read without merging, then merged both ways)."""
    from kamdesk.io import dedupe, sources

    for path in sorted(DATA.iterdir()):
        if path.suffix not in (".csv", ".json", ".vcf", ".gexf", ".graphml"):
            continue
        with monkeypatch.context() as patch:
            patch.setattr(sources, "merge_duplicates", lambda people: (people, {}, []))
            people = read_source(path).people
        copies = [dataclasses.replace(p) for p in people]
        assert dedupe.merge_duplicates(people) == dedupe.merge_all(copies), path.name
    twice = [*people[:3], dataclasses.replace(people[0], row=10_000)]
    assert dedupe.merge_duplicates(twice)[2]  # a duplicate: merged, and said


def same_reading(fast: Any, slow: Any) -> None:
    assert fast.people == slow.people
    assert [(d.row, d.key, d.params) for d in fast.defects] == \
        [(d.row, d.key, d.params) for d in slow.defects]
    assert fast.alias == slow.alias
    # the preview's notes too (the count of vacancies: from the reader's column, or a row
    # at a time)
    assert [(n, getattr(n, "params", None)) for n in fast.notes] == \
        [(n, getattr(n, "params", None)) for n in slow.notes]


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir()
                                        if p.suffix in (".csv", ".json")))
def test_real_files_read_by_column_as_row_by_row(name: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = both_ways(DATA / name, monkeypatch)
    assert fast.people
    same_reading(fast, slow)


cells = st.sampled_from(["", "Ann Lee", "Vacant", "N/D", "n/a", "<b>Bob</b> Stone", "Ёжик",
                         "x" * 17, "  padded  ", "'=1+1", "=cmd", "Иванов Иван", "XX"])
managers = st.sampled_from(["", "1", "2", "1; 2", "XX", "none", "1 / 3", "Ann Lee", "a@x.io",
                            "0035g00000Abc01AAA", "0035g00000Abc01", "3|4"])
ids = st.sampled_from(["", "1", "2", "3", "4", "0035g00000Abc01AAA", "a@x.io"])
typed = st.sampled_from(["", "2", "9", "internal", "blocker", "ЛПР", "yes", "maybe",
                         "2024-05-20 16:45", "20.05.2024", "soon"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(ids, cells, cells, managers, st.sampled_from(["", "N/D",
                                                                         "a@x.io"]),
                          typed, typed), min_size=1, max_size=8),
       st.sampled_from(["id,name,last_name,manager,email,level,stance",
                        "Id,FirstName,LastName,ReportsToId,Email,Level,Last Modified Date",
                        "id,name,title,manager,email,influence,vacancy"]))
def test_any_rows_read_by_column_as_row_by_row(rows: list[tuple[str, ...]],
                                               header: str) -> None:
    read_both(rows, header)


def read_both(rows: list[tuple[str, ...]], header: str) -> None:
    """``rows`` under ``header`` as a CSV file, read by column and row by row: the same."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header.split(","))
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        with pytest.MonkeyPatch.context() as patch:
            try:
                fast, slow = both_ways(path, patch)
            except ReadError as error:  # a refusal: the same either way
                with pytest.raises(type(error)):
                    patch.setattr("kamdesk.io.people_columns.read_by_column",
                                  lambda *args: None)
                    read_source(path)
                return
    same_reading(fast, slow)


# ---------------------------------------------------------------- the collector, paused once
def test_the_cli_import_pauses_the_collector_once(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """``kamdesk import`` runs read, plan, apply and write under one pause of the cyclic
    collector: no collection inside it (each step pausing on its own re-enabled it, and
    the next allocation paid a pass over everything built so far), the collector on again
    after it, and the rows there, read through another connection."""
    import gc

    from kamdesk import workflows
    from kamdesk.cli import main
    from kamdesk.io import sources

    source = import_file(tmp_path, 2000)
    target = tmp_path / "ws.kam"
    Workspace.open(target, create=True).close()
    passes: list[int] = []
    importing = [False]  # from the start of reading to the end of writing

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and importing[0]:
            passes.append(info["generation"])

    def reading(*args: Any, **kwargs: Any) -> Any:
        importing[0] = True
        return read(*args, **kwargs)

    def writing(*args: Any, **kwargs: Any) -> Any:
        found = write(*args, **kwargs)
        importing[0] = False
        return found

    read, write = sources.read_source, workflows.run_import
    monkeypatch.setattr(sources, "read_source", reading)
    monkeypatch.setattr(workflows, "run_import", writing)

    gc.collect()
    threshold = gc.get_threshold()
    gc.set_threshold(10, 10, 10)  # any moment the collector is on, it runs
    gc.callbacks.append(counted)  # the list the interpreter calls (not a copy of it)
    try:
        assert main(["import", str(target), str(source), "--account", "Client",
                     "--lang", "en"]) == 0
    finally:
        gc.callbacks.remove(counted)
        gc.set_threshold(*threshold)
    assert gc.isenabled()
    assert passes == []
    with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone() == (2000,)
        assert conn.execute("SELECT count(*) FROM links").fetchone() == (1999,)


# ---------------------------------------------------------------- the cycle walk, once
def test_an_import_walks_its_reporting_lines_once(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan walks the lines for cycles (and drops one line of each, saying so);
    ``add_many`` then trusts that walk for those very lines instead of walking again."""
    from kamdesk.graph import queries

    calls: list[int] = []
    walk = queries.reporting_cycles

    def counted(starts: Any, manager_of: Any) -> list[list[str]]:
        starts = list(starts)
        calls.append(len(starts))
        return walk(starts, manager_of)

    monkeypatch.setattr(queries, "reporting_cycles", counted)
    path = tmp_path / "cycle.csv"  # c0 ← c1 ← … plus a cycle x → y → x
    path.write_text("Id,Name,ReportsToId\nc0,Zero,\nc1,One,c0\nc2,Two,c1\n"
                    "x,Ex,y\ny,Why,x\n", encoding="utf-8")
    with Workspace.open(tmp_path / "ws.kam", create=True) as ws:
        prepared = prepare_import(ws, read_source(path), "Client")
        graph = run_import(ws, prepared)
    assert calls == [5]  # the plan's walk; none in add_many
    assert [d.key for d in prepared.plan.defects if d.key == "cycle"] == ["cycle"]
    assert len(graph.managers) == 3  # c1, c2 and one of x, y
    with Workspace.open(tmp_path / "ws.kam") as other:
        assert other.load(graph.id).managers == graph.managers


def test_lines_the_plan_did_not_walk_are_walked() -> None:
    """A proof covers only the lines it walked: any other line (or the same lines in an
    account that has solid lines of its own) is walked, and a cycle refused."""
    from kamdesk.graph.bulk import Checked
    from kamdesk.graph.errors import ReportingCycleError

    graph = AccountGraph(Account("acc", "A"))
    people = [client("a"), client("b"), client("c")]
    checked = Checked()
    checked.check_many(people)
    proved: dict[str, str | None] = {"a": "b", "b": None, "c": None}
    assert checked.drop_cycles(proved, proved.get, lambda cycle: cycle[0]) == []
    proved["b"] = "a"  # changed after the walk: proves nothing
    with pytest.raises(ReportingCycleError):
        add_many(graph, people, [solid("l1", "a", "b"), solid("l2", "b", "a")], checked)
    assert not graph.people and not graph.links  # nothing changed
    add_many(graph, people, [solid("l1", "a", "b")], checked)  # among the lines walked
    assert len(graph.people) == 3 and graph.managers == {"a": "b"}


# ---------------------------------------------------------------- the start of a text only
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab;,\"\r\n\t\x0b\x1c\u2028 sep="), max_size=300),
       st.integers(min_value=1, max_value=25))
def test_head_lines_are_the_first_lines_of_the_whole_split(text: str, count: int) -> None:
    from kamdesk.io import text as text_module

    assert text_module._head_lines(text, count) == text.splitlines()[:count]
    assert text_module._head_lines(text * 300, count) == (text * 300).splitlines()[:count]


def test_a_sep_line_and_the_sniffed_delimiter_after_a_long_first_line() -> None:
    from kamdesk.io.text import split_rows

    rows, used = split_rows('"sep=;"\r\nname;manager\r\nAnna;\r\n')
    assert (rows, used) == ([["name", "manager"], ["Anna", ""]], ";")
    wide = "x" * 10_000  # a first line longer than the first look (4,096 characters)
    rows, used = split_rows(f"name;notes\r\nAnna;{wide}\r\n" + "Boris;b\r\n" * 30)
    assert used == ";" and rows[1] == ["Anna", wide] and len(rows) == 32


def test_the_cheap_first_character_test_lets_every_acted_on_cell_through() -> None:
    from kamdesk.io.people import _ACTED_FIRST, _ACTED_ON

    missed = [first for first in map(chr, range(0x3000)) if not first.startswith(
        _ACTED_FIRST) and any(_ACTED_ON.match(first + rest) for rest in ("", "x", "1"))]
    assert missed == []


def _rows_as_before(raw: list[list[str]], width: int) -> tuple[list[list[str]], list[int]]:
    """``from_rows``'s row filter as it was, one Python step a row (the reference)."""
    kept = [(r, n) for n, r in enumerate(raw[1:], start=2) if any(map(str.strip, r))]
    return ([r if len(r) == width else (r + [""] * width)[:width] if len(r) < width else r
             for r, _ in kept], [n for _, n in kept])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["", " ", "a", "b c", "\t"]), max_size=5),
                max_size=30))
def test_rows_kept_by_column_are_the_rows_kept_one_by_one(body: list[list[str]]) -> None:
    from kamdesk.io.tables import _footer_start, from_rows

    raw = [["id", "name", "manager"], *body, ["x", "y", "z"]]  # (a last row: no footer)
    assert _footer_start(raw[1:]) == len(raw) - 1
    table = from_rows([list(r) for r in raw], start=0)
    assert (table.rows, table.numbers) == _rows_as_before(raw, 3)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ09_-é١²ⅫK\n \t"), min_size=16, max_size=20))
def test_ascii_letters_and_digits_are_what_the_salesforce_id_pattern_matches(
        value: str) -> None:
    from kamdesk.io.people import SALESFORCE_ID

    by_methods = len(value) == 18 and value.isascii() and value.isalnum()
    assert by_methods == (len(value) == 18 and SALESFORCE_ID.match(value) is not None)
