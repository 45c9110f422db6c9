"""The import's column paths give exactly what the row-by-row paths give.

The columns a large import makes its people and lines from go on with them
(``graph/columns``) to the rules' column checks and to the store: the same refusals and the
very same rows written (values and storage classes) as taking the entities apart again.

``io/plan_managers`` finds every reporting line of a usual file in one look-up a row; here
any small file of references (by id, by e-mail, by name, to oneself, two managers, a side
column, aliases) is planned both ways and must give the same lines, the same counts and the
same defects, and the fast path must really be taken for the usual shape.
"""

from __future__ import annotations

import csv
import functools
import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kamdesk.graph import validate_many
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import Checked
from kamdesk.graph.columns import Columns
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.queries import reporting_cycles
from kamdesk.graph.types import LinkKind, Side
from kamdesk.io import plan_managers
from kamdesk.io.people import Incoming
from kamdesk.io.plan import Planner
from kamdesk.io.sources import read_source
from kamdesk.store import Workspace
from kamdesk.workflows import prepare_import, run_import
from tests.graph.test_validate_many import lines, one_by_one, outcome, persons
from tests.io.test_import_fast_paths import typed_rows


def planned(path: Path, graph: AccountGraph, *, fast: bool, by: str | None = None,
            alias: dict[str, str] | None = None) -> tuple[Any, ...]:
    """The plan's lines (as rows → row), counts and defects, the fast path allowed or not."""
    planner = Planner(graph, read_source(path).people, by=by, alias=alias)
    planner.person_of = {inc.row: f"id{inc.row}" for inc in planner.incoming}
    with pytest.MonkeyPatch.context() as patch:
        if not fast:
            patch.setattr("kamdesk.io.plan.managers_at_once", lambda *a, **k: None)
        planner._plan_managers()
    plan = planner.plan
    return (plan.managers, plan.lines, plan.references,
            [str(d) for d in plan.defects])


# mostly references by id (the fast path's files), now and then anything else
refs = st.sampled_from(["", "1", "2", "3", "4"] * 2 + ["9", "1; 2", "a@x.io", "Ann Lee",
                                                      "Lee Ann", "boss", "old"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["1", "2", "3", "4"] * 3 + ["", "a@x.io"]),
                          st.sampled_from(["Ann Lee", "Bob", "Lee Ann", "Cid"]), refs,
                          st.sampled_from(["", "", "client", "internal"])),
                min_size=1, max_size=8),
       st.booleans(), st.booleans(), st.sampled_from([None, "name"]), st.booleans())
# each kind of doubtful row the fast path must hand back, beside a usual one
@example([("1", "Bob", "", ""), ("2", "Cid", "1", "")], False, False, None, False)
@example([("1", "Bob", "", ""), ("2", "Cid", "1; 2", "")], False, False, None, False)
@example([("1", "Bob", "", ""), ("2", "Cid", "2", "")], False, False, None, False)
@example([("1", "Bob", "", "internal"), ("2", "Cid", "1", "client")], True, False, None,
         False)
@example([("1", "Bob", "", ""), ("2", "Cid", "Bob", "")], False, False, None, False)
@example([("1", "Bob", "", ""), ("2", "Cid", "boss", "")], False, False, None, True)
@example([("1", "Bob", "", ""), ("2", "Cid", "1", "")], False, False, "name", False)
def test_lines_found_at_once_are_the_lines_found_row_by_row(
        rows: list[tuple[str, str, str, str]], with_side: bool, in_account: bool,
        by: str | None, aliased: bool) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "name", "manager", "email", *(["side"] if with_side else [])])
    for key, name, ref, side in rows:
        writer.writerow([key, name, ref, f"{name.split()[0].lower()}@x.io",
                         *([side] if with_side else [])])
    graph = AccountGraph(Account("acc", "A"))
    if in_account:  # people already there: the fast path is not for them
        graph.add_person(Person("old", "acc", Side.CLIENT, "Old Boss"))
    alias = {"boss": "1", "9": "2"} if aliased else None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        try:
            read_source(path)
        except Exception:  # noqa: BLE001 - a refused file has no plan to compare
            return
        fast = planned(path, graph, fast=True, by=by, alias=alias)
        slow = planned(path, graph, fast=False, by=by, alias=alias)
    assert fast == slow


def test_a_usual_file_takes_the_fast_path(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids and managers by id, no side column, a new account: found at once, and the same
    as row by row (a cycle and several roots included, which come after the look-ups)."""
    lines = ["Id,Name,ReportsToId"] + [f"{k},P{k},{(k - 1) // 3 if k else ''}"
                                       for k in range(40)] + ["40,Q40,41", "41,Q41,40"]
    path = tmp_path / "usual.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    taken: list[bool] = []
    real = plan_managers.managers_at_once

    def spy(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        taken.append(found is not None)
        return found

    monkeypatch.setattr("kamdesk.io.plan.managers_at_once", spy)
    graph = AccountGraph(Account("acc", "A"))
    fast = planned(path, graph, fast=True)
    assert taken == [True]
    assert fast == planned(path, graph, fast=False)
    managers, lines, references, defects = fast
    assert references == 41 and lines == 40  # the cycle loses one line
    assert managers["id3"] == "id2"  # P1 (line 3 of the file) reports to P0 (line 2)
    assert any("cycle" in d or "→" in d for d in defects)


def test_a_reference_not_by_id_hands_the_file_to_the_slow_path(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Id,Name,ReportsToId\n1,Ann Lee,\n2,Bob,Ann Lee\n3,Cid,7\n",
                    encoding="utf-8")
    people = read_source(path).people
    person_of = {inc.row: f"id{inc.row}" for inc in people}
    by_key = {inc.key: person_of[inc.row] for inc in people}
    assert plan_managers.managers_at_once(people, person_of, by_key, {},
                                          new_account=True) is None
    graph = AccountGraph(Account("acc", "A"))
    _, lines, references, defects = planned(path, graph, fast=True)
    assert lines == 1 and references == 2
    assert any("7" in d for d in defects)  # the missing manager, worded


def test_an_empty_reference_is_not_taken_for_no_reference() -> None:
    """A reference that is there but empty is looked up (and missed) by the slow path,
    which counts it and says so; the fast path must not count it as no reference."""
    rows = [Incoming(2, "1", "Ann"), Incoming(3, "2", "Bob", managers=[""])]
    person_of = {2: "a", 3: "b"}
    found = plan_managers.managers_at_once(rows, person_of, {"1": "a", "2": "b"}, {},
                                           new_account=True)
    assert found is None
    rows[1].managers = ["1"]
    assert plan_managers.managers_at_once(rows, person_of, {"1": "a", "2": "b"}, {},
                                          new_account=True) == (
        {"a": None, "b": "a"}, 1)


# ---------------------------------------------------------------- columns carried on
def carried(batch: list[Any]) -> Columns:
    """The batch remade from its own columns, as the planner makes people (the very
    objects ``Columns.build`` returns replace the batch)."""
    kind = type(batch[0])
    made, columns = Columns.build(kind, list(zip(*batch, strict=True)))
    batch[:] = made
    return columns


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(persons, min_size=1, max_size=6), st.lists(lines, min_size=1, max_size=6))
def test_rules_read_from_carried_columns_refuse_what_they_refuse_otherwise(
        people: list[Person], links: list[Link]) -> None:
    """validate_many with the columns carried: the same people, the same first refusal."""
    for check, batch in ((validate_many.people, people), (validate_many.links, links)):
        columns = carried(batch)
        assert outcome(functools.partial(check, columns=columns), batch) == \
            outcome(check, batch)
        assert outcome(check, batch) == outcome(one_by_one, batch)


def test_columns_vouch_only_for_the_objects_they_made() -> None:
    made, columns = Columns.build(Person, [["a", "b"], ["acc"] * 2, [Side.CLIENT] * 2,
                                           ["A", "B"], *([[d] * 2 for d in
                                                          list(Person._field_defaults.values())
                                                          ])])
    assert made == [Person("a", "acc", Side.CLIENT, "A"), Person("b", "acc", Side.CLIENT, "B")]
    assert all(type(p) is Person for p in made)
    assert columns.holds(made) and columns.holds(tuple(made))
    assert not columns.holds([made[0], made[1]._replace(name="B")])  # equal, not the same
    assert not columns.holds(made[:1])
    assert columns.one_value(1) and not columns.one_value(0)
    with pytest.raises(ValueError):
        Columns.build(Person, [["a"]])


def test_one_value_means_one_type_too() -> None:
    _, columns = Columns.build(Link, [["l1", "l2"], ["acc"] * 2, [LinkKind.REPORTS_TO] * 2,
                                      ["a", "b"], ["b", "c"], [False, 0], [1, True],
                                      [3, 3], [None, None], ["", ""], [1, 1]])
    assert not columns.one_value(5) and not columns.one_value(6)  # False == 0, 1 == True
    assert columns.one_value(7) and columns.one_value(8)
    assert columns.kinds(6) == {int, bool}


def written(tmp_path: Path, name: str, text: str, monkeypatch: pytest.MonkeyPatch, *,
            carry: bool) -> tuple[Any, ...]:
    """An import of ``text`` with fixed ids, the columns carried or not: every row written
    (values and storage classes, read by another connection), and what ``holds`` said."""
    counter = iter(range(10**6))
    monkeypatch.setattr("kamdesk.io.plan.new_ids",
                        lambda n: [f"i{next(counter):05d}" for _ in range(n)])
    monkeypatch.setattr("kamdesk.workflows.new_id", lambda: "acc0")
    said: list[bool] = []
    real = Columns.holds
    monkeypatch.setattr(Columns, "holds", lambda self, e: said.append(
        carry and real(self, e)) or said[-1])
    path = tmp_path / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / f"{name}-{carry}.kam"
    with Workspace.open(db, create=True) as ws:
        run_import(ws, prepare_import(ws, read_source(path), "Client"))
    monkeypatch.undo()
    return tuple(typed_rows(db, t) for t in ("accounts", "people", "links")), said


USUAL = "Id,Name,Title,Department,Email,ReportsToId,Level\n" + "".join(
    f"c{i},Person {i},Specialist,Dept {i % 4},p{i}@x.example,{f'c{(i - 1) // 3}' if i else ''},"
    f"{'' if i % 5 else 3}\n" for i in range(60))
# an internal person given a decision role: the plan replaces that person (role cleared)
REPLACED = "id,name,side,decision_role,manager\n1,Ann,client,decision maker,\n" \
    "2,Bob,internal,coach,\n3,Cid,client,,1\n"


@pytest.mark.parametrize(("text", "people_carried"), [(USUAL, True), (REPLACED, False)])
def test_rows_written_from_carried_columns_are_the_rows_written_from_entities(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str,
        people_carried: bool) -> None:
    fast, said = written(tmp_path, "f", text, monkeypatch, carry=True)
    slow, _ = written(tmp_path, "f", text, monkeypatch, carry=False)
    assert fast == slow
    assert len(fast[1]) == text.count("\n") - 1 and len(fast[2]) >= 1
    # validate people, add people (bulk.add_many), validate lines, their references
    # (store/inserting.references_hold), write people, write lines
    assert said == [people_carried, people_carried, True, people_carried, True,
                    people_carried, True]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=-1, max_value=30),
                          st.sampled_from(["", "", "Director", "CEO", "Clerk"]),
                          st.sampled_from(["", "", "2", "4"])), min_size=1, max_size=30))
def test_depths_by_layer_are_the_depths_counted_row_by_row(
        rows: list[tuple[int, str, str]]) -> None:
    """A new account's levels by layer (``plan_levels.levels_by_layer``) against the
    row-by-row count (``levels_walked``), in a new account and in one with people in it:
    given, titled or by depth."""
    lines = ["id,manager_id,name,title,level"] + [
        f"{k},{up if 0 <= up < k else ''},P{k},{title},{level}"
        for k, (up, title, level) in enumerate(rows)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        incoming = read_source(path).people
    found, columns = [], []
    for graph in (AccountGraph(Account("acc", "A")), AccountGraph(Account("acc", "A"))):
        if found:  # someone unrelated already there: the row-by-row count
            graph.add_person(Person("other", "acc", Side.CLIENT, "Other"))
        planner = Planner(graph, incoming, by=None)
        planner.person_of = {inc.row: f"id{inc.row}" for inc in planner.incoming}
        planner._plan_managers()
        found.append(planner._levels())
        columns.append(planner._level_column(planner._pids()))  # as _new_people reads them
    assert found[0] == found[1]
    assert columns[0] == columns[1] == [found[1][f"id{inc.row}"] for inc in incoming]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=-1, max_value=12), min_size=1, max_size=12),
       st.permutations(list(range(12))), st.booleans())
def test_cycles_dropped_are_the_cycles_walked(ups: list[int], order: list[int],
                                              outside: bool) -> None:
    """``Checked.drop_cycles`` skips the walk when every line goes to someone planned
    earlier; any order of any lines (cycles, lines to people not planned) drops exactly
    the cycles the walk finds."""
    chosen: dict[str, str | None] = {
        f"p{k}": (None if ups[k] < 0 else f"p{ups[k]}" if ups[k] < len(ups) else "gone")
        for k in order if k < len(ups)}
    account = {}
    if outside:  # someone already in the account, reporting to a planned person
        account = {"acc-person": list(chosen)[-1]}
        chosen[next(iter(chosen))] = "acc-person"

    def manager_of(pid: str) -> str | None:
        return chosen[pid] if pid in chosen else account.get(pid)

    walked = reporting_cycles(list(chosen), manager_of)
    dropped = Checked().drop_cycles(dict(chosen), manager_of, lambda cycle: cycle[-1])
    assert [cycle for cycle, _, _ in dropped] == walked
    if not walked:  # and the proof add_many relies on is kept
        checked = Checked()
        checked.drop_cycles(dict(chosen), manager_of, lambda cycle: cycle[-1])
        assert checked.acyclic({p: m for p, m in chosen.items() if m is not None})
