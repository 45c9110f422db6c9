"""The sample portfolio: deterministic, rule-abiding, and covering what the views must show."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.graph import integrity, sample
from kamdesk.graph.signals import SignalKind, detect
from kamdesk.graph.types import DecisionRole, Level, Quadrant, Side, Stance
from tests.helpers import snapshot

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def portfolio():
    return sample.generate(seed=3, today=TODAY)


def test_same_seed_same_portfolio_other_seed_other(portfolio) -> None:
    again = sample.generate(seed=3, today=TODAY)
    assert [snapshot(g) for g in again] == [snapshot(g) for g in portfolio]
    other = sample.generate(seed=4, today=TODAY)
    assert [snapshot(g) for g in other] != [snapshot(g) for g in portfolio]


def test_accounts_cover_languages_and_quadrants(portfolio) -> None:
    assert 3 <= len(portfolio) <= 5
    names = [g.account.name for g in portfolio]
    assert any(any("а" <= ch <= "я" for ch in n.lower()) for n in names)
    assert any(n.isascii() for n in names)
    assert {g.account.quadrant for g in portfolio} == set(Quadrant)


def test_each_account_has_everything_the_views_need(portfolio) -> None:
    for g in portfolio:
        assert integrity.problems(g) == []
        people = list(g.people.values())
        for side in Side:
            assert {p.level for p in people if p.side is side} == set(Level), side
        clients = [p for p in people if p.side is Side.CLIENT]
        assert {p.stance for p in clients} == set(Stance)
        assert {p.decision_role for p in clients} >= set(DecisionRole)
        found = {s.kind for s in detect(g, TODAY)}
        assert {SignalKind.COMB_GAP, SignalKind.LEVEL_MISMATCH, SignalKind.INVALID_RACI,
                SignalKind.OVERDUE_ACTION, SignalKind.RISK_WITHOUT_OWNER} <= found
        kinds = {x.kind.value for x in g.links.values()}
        assert kinds == {"reports_to", "influences", "counterpart", "conflict"}
        assert any(x.dotted for x in g.links.values())
        assert g.account.kam_id and g.account.sponsor_id
        assert any("ё" in p.name or "ё" in p.title for p in people) or g.account.name.isascii()


def test_one_account_scales_to_the_people_asked_for() -> None:
    graphs = sample.generate(seed=1, people=700, today=TODAY)
    first = graphs[0]
    clients = [p for p in first.people.values() if p.side is Side.CLIENT]
    assert len(clients) == 700
    assert integrity.problems(first) == []
    assert [len(g.people) for g in graphs[1:]] == [len(g.people) for g in
                                                   sample.generate(seed=1, today=TODAY)[1:]]


@pytest.mark.parametrize("people", [0, -1, sample.MAX_PEOPLE + 1])
def test_out_of_range_sizes_are_refused(people: int) -> None:
    with pytest.raises(ValueError, match="from 1 to"):
        sample.generate(people=people)


@pytest.mark.parametrize("people", [1, 2, 5, 13])
def test_tiny_sizes_still_make_a_valid_account(people: int) -> None:
    first = sample.generate(people=people, today=TODAY)[0]
    assert sum(p.side is Side.CLIENT for p in first.people.values()) == people
    assert integrity.problems(first) == []
