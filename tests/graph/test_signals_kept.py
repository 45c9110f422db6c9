"""The signals kept per graph (``signals.detect``) are the signals computed afresh: after any
edit, on any day, and the quick list without the analysis is the full one without those
kinds."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import signals
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.analysis import ANALYSIS_KINDS
from kamdesk.graph.entities import Link
from kamdesk.graph.sample import generate
from kamdesk.graph.types import LinkKind, Side, Stance
from tests.strategies import account_graphs

TODAY = date(2026, 11, 22)


def _fresh(graph: AccountGraph, today: date) -> list[signals.Signal]:
    return signals._detect(graph, today, None, True)


@settings(max_examples=60, deadline=None)
@given(account_graphs(), st.dates(date(2020, 1, 1), date(2030, 1, 1)))
def test_kept_signals_equal_the_ones_computed_afresh(graph: AccountGraph, today: date) -> None:
    quick = signals.detect(graph, today, analysis=False)  # the quick part first, as a view does
    full = signals.detect(graph, today)
    assert full == _fresh(graph, today)
    assert quick == [s for s in full if s.kind not in ANALYSIS_KINDS]
    assert signals.ready(graph, today) and signals.detect(graph, today) == full


def test_an_edit_or_another_day_is_never_answered_from_before() -> None:
    g = generate(seed=3, people=300, today=TODAY)[0]
    before = signals.detect(g, TODAY)
    assert signals.ready(g, TODAY) and not signals.ready(g, TODAY + timedelta(days=1))
    later = TODAY + timedelta(days=400)  # every cadence has passed: more silent people
    assert signals.detect(g, later) == _fresh(g, later) != before
    clients = [p for p in g.people.values() if p.side is Side.CLIENT]
    champion = next(p for p in clients if p.stance is Stance.CHAMPION)
    # a blocker nobody has met: "unmanaged blocker" must appear at once
    g.update_person(champion._replace(stance=Stance.BLOCKER, influence=5, last_contact=None))
    assert not signals.ready(g, TODAY)
    after = signals.detect(g, TODAY)
    assert after == _fresh(g, TODAY) != before
    assert any(s.kind is signals.SignalKind.UNMANAGED_BLOCKER and champion.id in s.subjects
               for s in after)
    g.add_link(Link("kept-test", g.id, LinkKind.INFLUENCES, clients[-1].id, clients[0].id,
                    weight=3))
    assert signals.detect(g, TODAY) == _fresh(g, TODAY)


def test_the_list_returned_is_the_callers_own() -> None:
    g = generate(seed=4, people=100, today=TODAY)[0]
    first = signals.detect(g, TODAY)
    first.clear()
    assert signals.detect(g, TODAY) == _fresh(g, TODAY) != []


def test_the_kept_forecast_is_the_one_computed_afresh_and_the_callers_own() -> None:
    from kamdesk.graph import forecast as fc

    g = generate(seed=6, people=400, today=TODAY)[0]
    first = fc.forecast(g)
    assert first == fc._forecast(g, None, None)
    first.gains.clear()
    first.opinions.clear()
    assert fc.forecast(g) == fc._forecast(g, None, None) and fc.forecast(g).gains
    blocker = next(p for p in g.people.values() if p.side is Side.CLIENT
                   and p.stance is Stance.CHAMPION)
    g.update_person(blocker._replace(stance=Stance.BLOCKER))
    after = fc.forecast(g)
    assert after == fc._forecast(g, None, None) and after.support < fc._forecast(
        generate(seed=6, people=400, today=TODAY)[0], None, None).support


def test_the_worst_signal_without_weighing_influence_when_a_quick_one_is_critical() -> None:
    from kamdesk.graph import influence

    g = generate(seed=8, people=500, today=TODAY)[0]
    clients = [p for p in g.people.values() if p.side is Side.CLIENT]
    blocker = clients[-1]
    g.update_person(blocker._replace(stance=Stance.BLOCKER, influence=5, last_contact=None))
    assert signals.worst(g, TODAY) is signals.Severity.CRITICAL
    assert g not in influence._KEPT  # no PageRank was needed to know it
    assert signals.worst(g, TODAY) == _fresh(g, TODAY)[0].severity
    g.update_person(g.person(blocker.id)._replace(stance=Stance.SUPPORTER))
    found = _fresh(g, TODAY)
    assert signals.worst(g, TODAY) == (found[0].severity if found else None)


@settings(max_examples=40, deadline=None)
@given(account_graphs())
def test_the_expected_support_alone_is_the_forecasts(graph: AccountGraph) -> None:
    from kamdesk.graph import forecast as fc

    fresh = fc._forecast(graph, None, None).support
    assert fc.expected_support(graph) == fresh  # the same sums in the same order
    assert fc.forecast(graph).support == fresh == fc.expected_support(graph)  # now kept
