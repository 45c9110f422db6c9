"""The plan made from the reader's columns (``io/incoming_columns``) is the plan made from
the people themselves.

A table read by column hands its columns on with its people; the plan of a new account
then finds lines, levels and new people from them instead of taking 10,000 ``Incoming``
objects apart again. Any file of rows (ids, names, references of every kind, long texts,
typed fields, duplicates) is planned both ways and must give the same people, lines,
counts, levels and defects in the same order. The columns vouch only for the very list
they came with; the plan never changes the rows it reads.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account
from kamdesk.io import plan as plan_module
from kamdesk.io.incoming_columns import ReadPeople, carried
from kamdesk.io.plan import plan_import
from kamdesk.io.sources import read_source
from kamdesk.io.text import ReadError

HEADERS = ["Id,Name,ReportsToId,Email,Title,Notes",
           "id,name,manager,email,title,level,side,influence,notes,modified"]
ids = st.sampled_from(["", "1", "2", "3", "4", "5", "0035g00000Abc01AAA"])
names = st.sampled_from(["Ann Lee", "Bob", "Lee Ann", "Vacant", "", "Cid Ray"])
refs = st.sampled_from(["", "", "1", "2", "3", "4", "9", "1; 2", "Ann Lee", "a@x.io",
                        "0035g00000Abc01", "XX"])
mails = st.sampled_from(["", "a@x.io", "b@x.io", "N/D"])
titles = st.sampled_from(["", "CEO", "Head of sales", "Clerk"])
typed = st.sampled_from(["", "", "2", "internal", "client", "9", "2024-05-20 16:45"])
notes = st.sampled_from(["", "short", "x" * 5000])


def plan_of(people: list[Any], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    """The plan of ``people`` into a new account, with the same ids every time."""
    counter = iter(range(10**6))
    with monkeypatch.context() as patch:
        patch.setattr(plan_module, "new_ids",
                      lambda n: [f"i{next(counter):05d}" for _ in range(n)])
        plan = plan_import(AccountGraph(Account("acc", "A")), people)
    return (plan.adds, plan.updates, plan.unchanged, plan.managers, plan.lines,
            plan.references, [(d.row, d.key, d.params) for d in plan.defects])


def both_plans(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, bool]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        path.write_text(text, encoding="utf-8")
        people = read_source(path).people
        again = read_source(path).people
    copies = [dataclasses.replace(p) for p in again]  # the same rows, no columns
    with_columns = carried(people) is not None
    fast = plan_of(people, monkeypatch)  # (a usual file's people: not made yet)
    assert people == copies  # the plan changed no row (nor the columns they are made of)
    return fast, plan_of(copies, monkeypatch), with_columns


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(ids, names, refs, mails, titles, typed, typed, typed, notes,
                          typed), min_size=1, max_size=9),
       st.sampled_from(HEADERS))
@example([("1", "Ann Lee", "", "a@x.io", "CEO", "", "", "", "short", ""),
          ("2", "Bob", "1", "", "", "", "", "", "", "")], HEADERS[0])
@example([("1", "Ann Lee", "", "", "", "2", "client", "", "x" * 5000, ""),
          ("2", "Bob", "1", "", "Clerk", "", "internal", "9", "", "2024-05-20 16:45")],
         HEADERS[1])
def test_a_plan_from_carried_columns_is_the_plan_from_the_people(
        rows: list[tuple[str, ...]], header: str) -> None:
    out = io.StringIO()
    fields = header.split(",")
    csv.writer(out).writerows([fields, *(row[:len(fields)] for row in rows)])
    with pytest.MonkeyPatch.context() as patch:
        try:
            fast, slow, _ = both_plans(out.getvalue(), patch)
        except ReadError:  # a refusal of the file: not this test's business
            return
    assert fast == slow


USUAL = "Id,Name,ReportsToId,Email,Title\n" + "".join(
    f"c-{k:06d},Person {k} Lee,{f'c-{(k - 1) // 3:06d}' if k else ''},p{k}@x.example,"
    f"{'Head of sales' if k % 7 == 0 else 'Specialist'}\n" for k in range(60))


def test_a_usual_export_is_planned_from_its_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The columns come with the people through dedupe, and the plan reads them: it never
    takes the rows apart into columns itself (``_columns_of``), and its lines are found at
    once from the references the reader found (``managers_at_once``)."""
    from kamdesk.io import plan_managers

    found: list[bool] = []

    def spied(*args: Any, **kwargs: Any) -> Any:
        lines = plan_managers.managers_at_once(*args, **kwargs)
        found.append(lines is not None and kwargs["columns"] is not None)
        return lines

    with monkeypatch.context() as patch:
        patch.setattr(plan_module, "managers_at_once", spied)
        fast, slow, with_columns = both_plans(USUAL, monkeypatch)
    assert with_columns and fast == slow
    assert found == [True, False]  # at once, from the columns; the copies carry none
    assert fast[4] == 59 and len(fast[0]) == 60  # lines, people

    def apart(*args: object) -> None:
        raise AssertionError("the rows taken apart again")

    monkeypatch.setattr(plan_module, "_columns_of", apart)
    assert both_plans(USUAL, monkeypatch)[0] == fast


def test_columns_vouch_only_for_their_own_list(tmp_path: Path) -> None:
    path = tmp_path / "usual.csv"
    path.write_text(USUAL, encoding="utf-8")
    people = read_source(path).people
    columns = carried(people)
    assert isinstance(people, ReadPeople) and columns is not None
    assert columns.field("name")[5] == people[5].name == "Person 5 Lee"
    assert carried(list(people)) is None  # a plain list carries nothing
    assert carried(ReadPeople(people[:-1], columns)) is None  # a row less
    swapped = ReadPeople(people, columns)
    swapped[3] = dataclasses.replace(people[3])  # an equal row, not the same one
    assert carried(swapped) is None
    assert carried(ReadPeople(people, columns)) is columns


def test_merged_duplicates_drop_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(USUAL + "c3,Person 3 Lee,c0,p3@x.example,Specialist\n", encoding="utf-8")
    source = read_source(path)
    assert len(source.people) == 60 and any(d.key == "same_record" for d in source.defects)
    assert carried(source.people) is None


def test_a_usual_export_is_imported_without_making_its_people(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read, planned and written into a new account from the columns alone: no
    ``Incoming`` is made, nor a list of references a row (counted work); the account holds
    every person and line."""
    from kamdesk.io import incoming_columns
    from kamdesk.store import Workspace
    from kamdesk.workflows import prepare_import, run_import

    path = tmp_path / "usual.csv"
    path.write_text(USUAL, encoding="utf-8")
    made: list[int] = []
    asked: set[str] = set()
    make, field = incoming_columns.made_from, incoming_columns.IncomingColumns.field

    def counted(columns: Any) -> list[Any]:
        made.append(columns.count())
        return make(columns)

    def spied(columns: Any, name: str) -> list[Any]:
        asked.add(name)
        return field(columns, name)

    monkeypatch.setattr(incoming_columns, "made_from", counted)
    monkeypatch.setattr(incoming_columns.IncomingColumns, "field", spied)
    source = read_source(path)
    with Workspace.open(tmp_path / "w.kam", create=True) as ws:
        graph = run_import(ws, prepare_import(ws, source, "Usual"))
        assert made == [] and "managers" not in asked and "name" in asked
        assert len(graph.people) == 60 and len(graph.links) == 59
        assert sorted(p.name for p in graph.people.values()) == sorted(
            p.name for p in source.people)  # (made now, by this use)
    assert made == [60] and "managers" in asked
    assert source.people[4].managers == ["c-000001"] and source.people[0].managers == []
