"""The importer's bulk path (graph.bulk.add_many) keeps every rule of single edits, refuses
with the same typed errors, changes nothing on a refusal, and checks each person once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.graph import bulk, validate, validate_many
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import Checked, add_many
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.errors import (
    CrossSideReportingError,
    DomainError,
    DuplicateIdError,
    DuplicateLinkError,
    InvalidValueError,
    ReportingCycleError,
    SecondManagerError,
    SelfLinkError,
    UnknownEntityError,
)
from kamdesk.graph.types import LinkKind, Side
from kamdesk.io.plan import apply, plan_import
from kamdesk.io.sources import read_source
from tests.helpers import snapshot


def person(pid: str, side: Side = Side.CLIENT, **fields: object) -> Person:
    return Person(pid, "acc", side, str(fields.pop("name", f"Person {pid}")),
                  **fields)  # type: ignore[arg-type]


def line(lid: str, source: str, target: str, **fields: object) -> Link:
    return Link(lid, "acc", LinkKind.REPORTS_TO, source, target, **fields)  # type: ignore[arg-type]


def account() -> AccountGraph:
    graph = AccountGraph(Account("acc", "A"))
    graph.add_person(person("boss"))
    graph.add_person(person("ours", Side.INTERNAL))
    return graph


@pytest.mark.parametrize(("people", "links", "error"), [
    ([person("a"), person("b")], [line("1", "a", "b"), line("2", "b", "a")],
     ReportingCycleError),
    ([person("a"), person("b")], [line("1", "a", "boss"), line("2", "a", "b")],
     SecondManagerError),
    ([person("a")], [line("1", "a", "ours")], CrossSideReportingError),
    ([person("a"), person("a")], [], DuplicateIdError),
    ([person("boss")], [], DuplicateIdError),
    ([person("a")], [line("1", "a", "a")], SelfLinkError),
    ([person("a")], [line("1", "a", "ghost")], UnknownEntityError),
    ([person("a")], [line("1", "a", "boss", dotted=True), line("2", "a", "boss", dotted=True)],
     DuplicateLinkError),
    ([person("a", influence=9)], [], InvalidValueError),
    ([person("a", name="")], [], InvalidValueError),
])
def test_the_bulk_path_refuses_what_single_edits_refuse(
        people: list[Person], links: list[Link], error: type[DomainError]) -> None:
    graph = account()
    before = snapshot(graph)
    with pytest.raises(error):
        add_many(graph, people, links)
    assert snapshot(graph) == before
    single = account()  # the same edits one by one are refused with the same error
    with pytest.raises(error), single.batch():
        for p in people:
            single.add_person(p)
        for x in links:
            single.add_link(x)


def test_a_checked_person_is_not_checked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = account()
    checked = Checked()
    people = [checked.check(person(f"p{i}")) for i in range(5)]
    calls: list[object] = []
    real, real_people, real_links = (validate.normalized, validate_many.people,
                                     validate_many.links)
    monkeypatch.setattr(bulk.validate, "normalized",
                        lambda e: calls.append(e) or real(e))  # type: ignore[func-returns-value]
    monkeypatch.setattr(bulk.validate_many, "people",  # (b, the columns carried if any)
                        lambda b, *c: calls.extend(b) or real_people(b, *c))  # type: ignore[func-returns-value]
    monkeypatch.setattr(bulk.validate_many, "links",
                        lambda b, *c: calls.extend(b) or real_links(b, *c))  # type: ignore[func-returns-value]
    add_many(graph, people, [line(f"l{i}", f"p{i}", "boss") for i in range(5)], checked)
    assert not any(isinstance(c, Person) for c in calls)  # the people: checked once, before
    assert sum(1 for c in calls if isinstance(c, Link)) == 5  # each line checked once
    swapped = person("p9")._replace(influence=9)  # not the checked object: checked again
    with pytest.raises(InvalidValueError):
        add_many(graph, [swapped], [], checked)


def test_an_import_is_one_change_set_for_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("id,manager_id,name\n1,,A\n2,1,B\n3,2,C\n", encoding="utf-8")
    graph = AccountGraph(Account("acc", "A"))
    written: list[int] = []
    graph.attach_journal(lambda changes: written.append(len(changes)))
    source = read_source(path)
    apply(graph, plan_import(graph, source.people, by=source.manager_by))
    assert written == [5]  # 3 people and 2 lines, in one transaction
