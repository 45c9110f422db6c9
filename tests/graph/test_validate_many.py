"""Checking many at once (validate_many, bulk.add_many) refuses exactly what checking one by one
refuses: the same values, the same first refusal, the same account afterwards."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.graph import validate, validate_many
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import add_many
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side, Stance
from tests.helpers import snapshot

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def test_every_field_of_a_person_and_a_line_has_a_column_check() -> None:
    # a field added to Person or Link must get its check here, or bulk checks fall back
    assert tuple(validate_many._PERSON) == Person._fields
    assert tuple(validate_many._LINK) == Link._fields


def outcome(check: object, batch: list[object]) -> object:
    try:
        return ("ok", check(batch))  # type: ignore[operator]
    except DomainError as error:
        return ("refused", type(error), str(error))


def one_by_one(batch: list[object]) -> list[object]:
    return [validate.normalized(e) for e in batch]  # type: ignore[arg-type]


# Valid entities with one field (sometimes) set to a value a rule may refuse: most batches
# then hold a single defect, the case where a column check that skipped a rule would show.
BAD_TEXT = ["", " ", "a\x00b", "x" * 4_001, "\ud800", "x" * 300, "x" * 200_001, 7, None]
BAD_PERSON: dict[str, list[object]] = {
    "id": ["", " ", "x" * 65, 5], "account_id": ["", "a\x00"],
    "side": ["client", "nobody", None], "name": BAD_TEXT, "title": BAD_TEXT,
    "department": BAD_TEXT, "level": [2, 7, True, 0], "email": BAD_TEXT, "phone": BAD_TEXT,
    "notes": BAD_TEXT, "photo": [b"png", "png", b"x" * 5_000_001],
    "decision_role": [DecisionRole.COACH, "coach", "king"],
    "stance": ["champion", "x", None], "influence": [0, 6, True, 2.0, None],
    "priorities": BAD_TEXT, "last_contact": [date(2024, 1, 1), datetime(2024, 1, 1), "2024"],
    "cadence_days": [1, 3650, 0, 3651, "7", True], "external_id": ["x" * 257, None, "CRM"],
    "left_on": [date(2024, 1, 1), datetime(2024, 1, 1), "2024"], "left_to": BAD_TEXT,
    "successor_id": ["p2", "", " ", "x" * 65, 5, "a\x00"], "vacancy": [True, 1, None, "yes"],
    "version": [2, 0, True, 2**63],
}
BAD_LINK: dict[str, list[object]] = {
    "id": ["", "x" * 65], "account_id": ["", "other"], "kind": ["reports_to", "likes"],
    "source": ["", 5], "target": ["x" * 70], "dotted": [True, 0, None],
    "weight": [3, 4, 0, True], "strength": [5, 6, 0], "note": BAD_TEXT,
    "last_contact": [date(2024, 1, 1), "x", datetime(2024, 1, 1)], "version": [0, 2],
}


def spoiled(entity: st.SearchStrategy[tuple[object, ...]],
            bad: dict[str, list[object]]) -> st.SearchStrategy[object]:
    """An entity, or the entity with one or two fields given one of ``bad``'s values."""
    fields = sorted(bad)
    field = st.sampled_from(fields).flatmap(
        lambda f: st.tuples(st.just(f), st.sampled_from(bad[f])))
    return st.one_of(entity, st.tuples(entity, st.lists(field, min_size=1, max_size=2)).map(
        lambda t: t[0]._replace(**dict(t[1]))))  # type: ignore[attr-defined]


# (st.builds would also fill the fields left out, with any value of their type)
persons = spoiled(st.tuples(
    st.sampled_from(["p1", "p2", "p3"]), st.sampled_from([Side.CLIENT, Side.INTERNAL]),
    st.sampled_from(["Анна", "Ana Lee"]), st.sampled_from(list(Level)),
    st.sampled_from(list(Stance))).map(
        lambda t: Person(t[0], "acc", t[1], t[2], level=t[3], stance=t[4])), BAD_PERSON)
lines = spoiled(st.tuples(st.sampled_from(["l1", "l2"]), st.sampled_from(list(LinkKind))).map(
    lambda t: Link(t[0], "acc", t[1], "p1", "p2")), BAD_LINK)


@FAST
@given(st.lists(persons, max_size=6))
def test_people_checked_by_column_as_one_by_one(batch: list[Person]) -> None:
    assert outcome(validate_many.people, batch) == outcome(one_by_one, batch)


@pytest.mark.parametrize("side", list(Side))
def test_each_defect_alone_is_refused_as_one_by_one(side: Side) -> None:
    # every listed defect on its own, among valid people (hypothesis rarely isolates one)
    fine = [Person(f"p{i}", "acc", side, f"Name {i}") for i in range(3)]
    for field, values in BAD_PERSON.items():
        for value in values:
            batch: list[object] = [*fine[:2], fine[2]._replace(**{field: value})]
            assert outcome(validate_many.people, batch) == outcome(one_by_one, batch), field
    line = Link("l1", "acc", LinkKind.REPORTS_TO, "p1", "p2")
    for field, values in BAD_LINK.items():
        for value in values:
            batch = [line._replace(id="l0"), line._replace(**{field: value})]
            assert outcome(validate_many.links, batch) == outcome(one_by_one, batch), field


@FAST
@given(st.lists(lines, max_size=6))
def test_lines_checked_by_column_as_one_by_one(batch: list[Link]) -> None:
    assert outcome(validate_many.links, batch) == outcome(one_by_one, batch)


def test_the_fast_path_is_taken_for_valid_people() -> None:
    batch = [Person(f"p{i}", "acc", Side.CLIENT, f"Name {i}") for i in range(100)]
    checked = validate_many.people(batch)
    assert all(a is b for a, b in zip(checked, batch, strict=True))  # unchanged, not rebuilt


@pytest.mark.parametrize("field", ["name", "department", "successor_id"])
@pytest.mark.parametrize("value", ["Анна\ud800", "\udfffЁ", "Ёж\x00", "\ud83d\ude00",
                                   "😀 Ёж", "  ", "\u3000"])
def test_a_value_among_many_non_ascii_ones_is_judged_as_one_by_one(field: str,
                                                                   value: str) -> None:
    # one value in a column of Cyrillic text (the column is judged joined, not value by
    # value): refused as one by one refuses it, or let through untouched
    batch = [Person(f"p{i}", "acc", Side.CLIENT, f"Имя {i}", department="Отдел")
             for i in range(50)]
    batch[37] = batch[37]._replace(**{field: value})
    assert outcome(validate_many.people, batch) == outcome(one_by_one, batch)
    if value == "😀 Ёж":
        assert all(a is b for a, b in zip(validate_many.people(batch), batch, strict=True))


def start() -> AccountGraph:
    graph = AccountGraph(Account("acc", "A"))
    graph.add_person(Person("boss", "acc", Side.CLIENT, "Boss"))
    graph.add_person(Person("ours", "acc", Side.INTERNAL, "Ours"))
    return graph


# Every small case, not a random sample: two new people (one possibly invalid or taking an
# id in use), then every pair of lines among them, the account's people and a missing one.
PEOPLE_CASES = [
    [Person("a", "acc", Side.CLIENT, "A"), Person("b", "acc", Side.CLIENT, "B")],
    [Person("a", "acc", Side.CLIENT, "A"), Person("b", "acc", Side.INTERNAL, "B")],
    [Person("a", "acc", Side.CLIENT, "A"), Person("b", "acc", Side.CLIENT, "")],
    [Person("a", "acc", Side.CLIENT, "A"), Person("boss", "acc", Side.CLIENT, "B")],
]
ENDS = ["a", "b", "boss", "ours", "ghost"]
LINES = [Link("", "acc", kind, s, t, dotted=dotted)
         for s in ENDS[:3] for t in ENDS
         for kind, dotted in ((LinkKind.REPORTS_TO, False), (LinkKind.REPORTS_TO, True),
                              (LinkKind.COUNTERPART, False))]


def same_outcome(people: list[Person], links: list[Link]) -> None:
    bulk, single = start(), start()
    before = snapshot(bulk)
    try:
        add_many(bulk, people, links)
        bulk_ok = True
    except DomainError:
        bulk_ok = False
        assert snapshot(bulk) == before  # nothing changed on a refusal
    try:
        with single.batch():
            for p in people:
                single.add_person(p)
            for x in links:
                single.add_link(x)
        single_ok = True
    except DomainError:
        single_ok = False
    assert bulk_ok == single_ok, (people, links)
    if bulk_ok:
        assert snapshot(bulk) == snapshot(single)


@pytest.mark.parametrize("people", PEOPLE_CASES)
def test_adding_many_refuses_exactly_what_single_edits_refuse(people: list[Person]) -> None:
    for first in LINES:
        for second in LINES:
            same_outcome(people, [first._replace(id="l1"), second._replace(id="l2")])


def test_a_three_line_cycle_is_refused_like_single_edits() -> None:
    three = [*PEOPLE_CASES[0], Person("c", "acc", Side.CLIENT, "C")]
    ring = [Link(f"l{n}", "acc", LinkKind.REPORTS_TO, s, t)
            for n, (s, t) in enumerate((("a", "b"), ("b", "c"), ("c", "a")))]
    same_outcome(three, ring)
    same_outcome(three, ring[:2])


def test_storable_is_no_nul_and_no_half_of_a_surrogate_pair() -> None:
    """``validate.storable`` (one UTF-8 encode) says what the character class it replaced
    says, at every code point (joined texts: two halves side by side stay two halves)."""
    import re

    unstorable = re.compile("[\x00\ud800-\udfff]")
    for code in range(0x110000):
        ch = chr(code)
        assert validate.storable(ch) is (unstorable.search(ch) is None), hex(code)
    assert not validate.storable("ok" + "\ud83d" + "\ude00")  # not a pair: two halves
    assert validate.storable("Ёлка 😀 ok") and not validate.storable("a\x00b")
