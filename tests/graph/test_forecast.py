"""The Friedkin–Johnsen forecast: hand-derived opinions, the right direction, exact gains."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link
from kamdesk.graph.forecast import (
    SELF_WEIGHT,
    STANCE_VALUE,
    STEP_TOWARD_US,
    forecast,
)
from kamdesk.graph.types import DecisionRole, LinkKind, Stance
from tests.helpers import ACC, person

EQUAL = {"a": 1.0, "b": 1.0}


def pair(stance_a: Stance = Stance.BLOCKER) -> AccountGraph:
    """A (a blocker) sways B (neutral) with an influence line of weight 2."""
    g = AccountGraph(Account(ACC, "Pair"))
    g.add_person(person("a", decision_role=DecisionRole.APPROVER, stance=stance_a))
    g.add_person(person("b", decision_role=DecisionRole.DECISION_MAKER, stance=Stance.NEUTRAL))
    g.add_link(Link("i", ACC, LinkKind.INFLUENCES, "a", "b", weight=2))
    return g


def test_opinions_by_hand() -> None:
    """B listens to itself with weight 2 and to A with 2: w_BB = w_BA = ½, λ_B = ½.
    x_B = ½(½·x_B + ½·(−1)) + ½·0  ⇒  ¾ x_B = −¼  ⇒  x_B = −⅓. A listens to nobody: −1.
    Support with equal weights: (−1 − ⅓)/2 = −⅔; before influence (−1 + 0)/2 = −½."""
    assert SELF_WEIGHT == 2.0
    f = forecast(pair(), EQUAL)
    assert f.opinions["a"] == -1.0
    assert f.opinions["b"] == pytest.approx(-1 / 3, abs=1e-12)
    assert f.support == pytest.approx(-2 / 3, abs=1e-12)
    assert f.initial_support == pytest.approx(-0.5, abs=1e-12)


def test_the_forecast_moves_up_when_the_blocker_becomes_neutral() -> None:
    before = forecast(pair(), EQUAL)
    after = forecast(pair(Stance.NEUTRAL), EQUAL)
    assert after.support > before.support
    assert after.support == pytest.approx(0.0, abs=1e-12)  # nobody is against any more
    overridden = forecast(pair(), EQUAL, stances={"a": Stance.NEUTRAL})
    assert overridden.support == pytest.approx(after.support, abs=1e-12)


def test_gains_and_whom_to_meet_by_hand() -> None:
    """One step for A (blocker → skeptic, +½): A's own ½·½ plus, through B (∂x_B/∂x_A =
    λ·w_BA/(1 − λ·w_BB) = ¼/¾ = ⅓), ½·⅓·½: total ⅓. For B (neutral → supporter, +½):
    ∂x_B/∂x0_B = (1 − λ)/(1 − λ·w_BB) = ½/¾ = ⅔, so ½·⅔·½ = ⅙. A first."""
    g = pair()
    f = forecast(g, EQUAL)
    assert f.gains["a"] == pytest.approx(1 / 3, abs=1e-12)
    assert f.gains["b"] == pytest.approx(1 / 6, abs=1e-12)
    meet = f.whom_to_meet(g)
    assert [(m.person_id, m.stance, m.next_stance) for m in meet] == [
        ("a", Stance.BLOCKER, Stance.SKEPTIC), ("b", Stance.NEUTRAL, Stance.SUPPORTER)]


def test_a_champion_has_no_step_left_and_no_lines_means_a_weighted_mean() -> None:
    g = AccountGraph(Account(ACC, "Flat"))
    g.add_person(person("c", decision_role=DecisionRole.COACH, stance=Stance.CHAMPION))
    g.add_person(person("s", decision_role=DecisionRole.USER, stance=Stance.SKEPTIC))
    f = forecast(g, {"c": 3.0, "s": 1.0})
    assert f.support == pytest.approx((3 * 1.0 + 1 * -0.5) / 4, abs=1e-12)
    assert f.gains["c"] == 0.0
    assert [m.person_id for m in f.whom_to_meet(g)] == ["s"]


def test_the_default_buying_centre_is_the_people_with_a_role() -> None:
    g = pair()
    g.add_person(person("x", stance=Stance.CHAMPION))  # no decision role
    assert set(forecast(g).weights) == {"a", "b"}


def shifted_support(graph: AccountGraph, weights: dict[str, float], pid: str) -> float:
    stance = graph.people[pid].stance
    return forecast(graph, weights, stances={pid: STEP_TOWARD_US[stance]}).support


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 3), st.integers(1, 99))
def test_gains_equal_a_full_recomputation(account: int, seed: int) -> None:
    """The adjoint gain of every person equals re-solving with their stance moved."""
    g = sample.generate(seed=seed, today=date(2026, 11, 22))[account]
    f = forecast(g)
    for pid, gain in f.gains.items():
        stance = g.people[pid].stance
        if stance is Stance.CHAMPION:
            assert gain == 0.0
            continue
        assert shifted_support(g, f.weights, pid) - f.support == pytest.approx(gain, abs=1e-9)
        assert gain >= 0.0  # winning anyone over never lowers the support
    assert -1.0 <= f.support <= 1.0


def test_stance_scale() -> None:
    values = [STANCE_VALUE[s] for s in (Stance.BLOCKER, Stance.SKEPTIC, Stance.NEUTRAL,
                                        Stance.SUPPORTER, Stance.CHAMPION)]
    assert values == sorted(values) and values[0] == -1 and values[-1] == 1
    for s, nxt in STEP_TOWARD_US.items():
        assert STANCE_VALUE[nxt] > STANCE_VALUE[s]
