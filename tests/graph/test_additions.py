"""Additions applied in bulk (graph/additions): ``bulk.add_many`` hands the graph what it found
of its batch, and the graph then leaves exactly what applying each change in turn leaves, into
an account that already has people, lines (solid, dotted, counterparts on the same pairs) and
a networkx graph built or not; and the changes are then not taken apart a second time."""

from __future__ import annotations

import contextlib
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.graph import account_graph
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.additions import additions_in
from kamdesk.graph.bulk import add_many
from kamdesk.graph.changes import Change
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import LinkKind, Side
from tests.graph.test_bulk_new_account import _state, one_edit_each
from tests.helpers import ACC, person

SIDES = (Side.CLIENT, Side.INTERNAL)  # counterparts join the two: a pair can hold two lines
KINDS = [(LinkKind.REPORTS_TO, False), (LinkKind.REPORTS_TO, True), (LinkKind.COUNTERPART, False),
         (LinkKind.INFLUENCES, False)]


def _start(old: int, old_lines: list[tuple[int, int, int]], built: bool,
           journal: list[tuple[Change, ...]]) -> AccountGraph:
    graph = AccountGraph(Account(ACC, "A"))
    for k in range(old):
        graph.add_person(person(f"o{k}", SIDES[k % 2]))
    for n, (s, t, kind) in enumerate(old_lines):
        # (a cycle, a second manager, a self line: the account goes without it)
        with contextlib.suppress(DomainError):
            graph.add_link(Link(f"x{n}", ACC, KINDS[kind][0], f"o{s % old}", f"o{t % old}",
                                dotted=KINDS[kind][1]))
    if built:
        graph.graph  # noqa: B018 - networkx built first: the additions go into it too
    graph.attach_journal(journal.append)
    return graph


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 5), st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9),
                                             st.integers(0, 3)), max_size=6),
       st.integers(1, 80), st.data(), st.booleans())
def test_additions_in_bulk_leave_what_single_changes_leave(
        old: int, old_lines: list[tuple[int, int, int]], new: int, data: st.DataObject,
        built: bool) -> None:
    names = [f"o{k}" for k in range(old)] + [f"n{k}" for k in range(new)]
    people = [person(f"n{k}", SIDES[k % 3 // 2]) for k in range(new)]  # a third ours
    ends = data.draw(st.lists(st.tuples(st.sampled_from(names), st.sampled_from(names),
                                        st.integers(0, 3)), max_size=new + 4))
    lines = [Link(f"l{n}", ACC, KINDS[kind][0], s, t, dotted=KINDS[kind][1])
             for n, (s, t, kind) in enumerate(ends)]
    if not old:
        old_lines = []

    def outcome(bulk: bool) -> Any:
        journal: list[tuple[Change, ...]] = []
        graph = _start(old, old_lines, built, journal)
        try:
            if bulk:
                add_many(graph, people, lines)
            else:  # the same change set, each change applied in turn
                one_edit_each(graph, people, lines)
        except DomainError as error:
            return type(error).__name__
        return _state(graph, journal)

    bulk, single = outcome(True), outcome(False)
    # (with several faults the refusal named may differ: add_many finds cycles last)
    assert bulk == single if "dict" in (type(bulk).__name__, type(single).__name__) \
        else isinstance(bulk, str) and isinstance(single, str)


def test_add_many_does_not_take_its_changes_apart_again(monkeypatch: Any) -> None:
    """Counted work: the graph takes add_many's additions as add_many found them; a change
    set of additions made elsewhere is looked at once."""
    looked: list[int] = []

    def counted(changes: tuple[Change, ...]) -> Any:
        looked.append(len(changes))
        return additions_in(changes)

    monkeypatch.setattr(account_graph, "additions_in", counted)
    people = [person(f"p{k}") for k in range(100)]
    lines = [Link(f"l{k}", ACC, LinkKind.REPORTS_TO, f"p{k}", f"p{k // 2}")
             for k in range(1, 100)]
    graph = AccountGraph(Account(ACC, "A"))
    add_many(graph, people, lines)
    assert looked == [] and graph.manager_of("p9") == "p4" and len(graph.people) == 100
    other = AccountGraph(Account(ACC, "A"))
    with other.batch():
        other.commit(tuple(Change(None, p) for p in people) + tuple(
            Change(None, x) for x in lines))
    assert looked == [199] and _state(other, []) == _state(graph, [])


def test_changes_other_than_additions_are_not_taken_for_additions() -> None:
    p, q = Person("p", ACC, person("p").side, "P"), Person("q", ACC, person("q").side, "Q")
    line = Link("l", ACC, LinkKind.REPORTS_TO, "p", "q")
    assert additions_in((Change(None, p), Change(None, line))) is not None
    assert additions_in((Change(None, line), Change(None, p))) is None  # lines first
    assert additions_in((Change(None, p), Change(p, q))) is None  # an update
    assert additions_in((Change(None, p), Change(line, None))) is None  # a removal


def test_a_line_on_a_pair_linked_already_keeps_both_lines() -> None:
    """The pair's edge holds both lines, whether networkx was built before or after."""
    for built in (True, False):
        states = []
        for bulk in (True, False):
            graph = AccountGraph(Account(ACC, "A"))
            for pid in ("a", "b"):
                graph.add_person(person(pid))
            graph.add_link(Link("ab", ACC, LinkKind.REPORTS_TO, "a", "b"))
            if built:
                graph.graph  # noqa: B018
            people = [person(f"n{k}") for k in range(70)]  # over 64: the bulk path
            lines = [Link("sway", ACC, LinkKind.INFLUENCES, "a", "b"),
                     *(Link(f"l{k}", ACC, LinkKind.REPORTS_TO, f"n{k}", "a")
                       for k in range(70))]
            if bulk:
                add_many(graph, people, lines)
            else:
                one_edit_each(graph, people, lines)
            states.append(_state(graph, []))
        assert states[0] == states[1]
        assert ("a", "b", ("ab", "sway")) in states[0]["edges"]


def test_checked_knows_the_batch_it_passed_and_nothing_else() -> None:
    """``not_checked`` answers for the batch check_many passed at once, as person by person
    (``in``) answers: a copy swapped in, a repeated id, a later check of one of them."""
    from kamdesk.graph.bulk import Checked

    def agree(checked: Checked, people: list[Person]) -> list[Person]:
        found = checked.not_checked(people)
        assert found == [p for p in people if p not in checked]
        return found

    people = [person(f"p{k}") for k in range(30)]
    checked = Checked()
    checked.check_many(people)
    assert agree(checked, people) == []
    swapped = [*people[:9], people[9]._replace(name="Other"), *people[10:]]
    assert agree(checked, swapped) == [swapped[9]]
    twice = [*people, people[3]._replace(name="Again")]  # an id given twice
    again = Checked()
    again.check_many(twice)
    assert agree(again, twice) == [twice[3]]  # (the later one is remembered)
    checked.check(people[5]._replace(name="Later"))  # the same id, checked again
    assert agree(checked, people) == [people[5]]
