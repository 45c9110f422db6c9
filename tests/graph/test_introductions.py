"""Warm-introduction paths: the weighting by hand, the rules, and a property of removal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link
from kamdesk.graph.errors import InvalidValueError
from kamdesk.graph.introductions import (
    best_introduction,
    hop_cost,
    introduction_paths,
)
from kamdesk.graph.types import LinkKind, Side
from kamdesk.graph.whatif import without
from tests.helpers import ACC, person


def two_ways() -> AccountGraph:
    """Olga of ours meets the target T with the strongest tie (5); Oleg meets M with a
    moderate one (3), and M sways T with a moderate influence line (2 of 3)."""
    g = AccountGraph(Account(ACC, "Two ways"))
    for pid in ("olga", "oleg"):
        g.add_person(person(pid, Side.INTERNAL, level=2))
    g.add_person(person("t", level=2))
    g.add_person(person("m", level=3))
    g.add_link(Link("k1", ACC, LinkKind.COUNTERPART, "olga", "t", strength=5))
    g.add_link(Link("k2", ACC, LinkKind.COUNTERPART, "oleg", "m", strength=3))
    g.add_link(Link("i1", ACC, LinkKind.INFLUENCES, "m", "t", weight=2))
    return g


def test_the_hop_cost_by_hand() -> None:
    assert hop_cost(0.6) == 1.0  # a moderate tie: one hop
    assert hop_cost(1.0) == pytest.approx(1 + 8 * 0.16)  # the strongest: 2.28
    assert hop_cost(0.2) == pytest.approx(2.28)  # the weakest as much
    assert 2 * hop_cost(0.6) < hop_cost(1.0)


def test_two_moderate_ties_beat_one_strongest() -> None:
    """Oleg → M → T costs 1 + (1 + 8·(⅔ − 0.6)²) = 2 + 8/225 ≈ 2.0356; Olga → T costs
    1 + 8·0.4² = 2.28. The two-hop path comes first."""
    paths = introduction_paths(two_ways(), "t")
    assert [p.people for p in paths] == [["oleg", "m", "t"], ["olga", "t"]]
    assert paths[0].cost == pytest.approx(2 + 8 / 225, abs=1e-12)
    assert paths[1].cost == pytest.approx(2.28, abs=1e-12)
    first = paths[0].hops
    assert [(h.source, h.target, h.kind, h.value) for h in first] == [
        ("oleg", "m", LinkKind.COUNTERPART, 3), ("m", "t", LinkKind.INFLUENCES, 2)]
    best = best_introduction(two_ways(), "t")
    assert best is not None and best.people == ["oleg", "m", "t"]


def test_a_moderate_direct_tie_still_beats_a_detour() -> None:
    g = two_ways()
    g.update_link(g.link("k1")._replace(strength=3))
    assert introduction_paths(g, "t")[0].people == ["olga", "t"]


def test_conflict_lines_and_our_own_lines_are_not_ways_in() -> None:
    g = AccountGraph(Account(ACC, "Rules"))
    g.add_person(person("boss", Side.INTERNAL, level=1))
    g.add_person(person("kam", Side.INTERNAL, level=3))
    g.add_person(person("a", level=2))
    g.add_person(person("b", level=2))
    g.add_link(Link("r", ACC, LinkKind.REPORTS_TO, "kam", "boss"))
    g.add_link(Link("k", ACC, LinkKind.COUNTERPART, "kam", "a", strength=3))
    g.add_link(Link("c", ACC, LinkKind.CONFLICT, "a", "b"))
    assert introduction_paths(g, "b") == [] and best_introduction(g, "b") is None
    paths = introduction_paths(g, "a")
    assert [p.people for p in paths] == [["kam", "a"]]  # never boss → kam → a
    with pytest.raises(InvalidValueError, match="client person"):
        introduction_paths(g, "kam")


def chain(length: int) -> AccountGraph:
    """Ours → c0 → c1 → … along reporting lines (each reports to the next)."""
    g = AccountGraph(Account(ACC, "Chain"))
    g.add_person(person("o", Side.INTERNAL))
    for i in range(length):
        g.add_person(person(f"c{i}"))
        if i:
            g.add_link(Link(f"r{i}", ACC, LinkKind.REPORTS_TO, f"c{i - 1}", f"c{i}"))
    g.add_link(Link("k", ACC, LinkKind.COUNTERPART, "o", "c0"))
    return g


def test_paths_longer_than_max_hops_are_left_out() -> None:
    g = chain(6)
    assert len(introduction_paths(g, "c3")[0].hops) == 4
    assert introduction_paths(g, "c4") == []  # five hops
    longer = best_introduction(g, "c5")
    assert longer is not None and len(longer.hops) == 6
    assert introduction_paths(g, "c4", max_hops=5)[0].people == ["o", "c0", "c1", "c2",
                                                                  "c3", "c4"]


@st.composite
def random_accounts(draw: st.DrawFn) -> AccountGraph:
    ours = [f"o{i}" for i in range(draw(st.integers(1, 3)))]
    theirs = [f"c{i}" for i in range(draw(st.integers(2, 8)))]
    people = [person(p, Side.INTERNAL) for p in ours] + [person(p) for p in theirs]
    links: list[Link] = []
    for i in range(1, len(theirs)):
        boss = draw(st.integers(-1, i - 1))
        if boss >= 0:
            links.append(Link(f"r{i}", ACC, LinkKind.REPORTS_TO, theirs[i], theirs[boss],
                              dotted=draw(st.booleans())))
    lines = draw(st.lists(st.tuples(st.sampled_from(theirs + ours), st.sampled_from(theirs),
                                    st.integers(1, 3)), max_size=10, unique_by=lambda t: t[:2]))
    links += [Link(f"i{a}{b}", ACC, LinkKind.INFLUENCES, a, b, weight=w)
              for a, b, w in lines if a != b]
    cps = draw(st.lists(st.tuples(st.sampled_from(ours), st.sampled_from(theirs),
                                  st.integers(1, 5)), max_size=6, unique_by=lambda t: t[:2]))
    links += [Link(f"k{a}{b}", ACC, LinkKind.COUNTERPART, a, b, strength=s)
              for a, b, s in cps]
    return AccountGraph.restore(Account(ACC, "Random"), people, links)


def every_path(graph: AccountGraph, target: str) -> set[tuple[tuple[str, ...], float]]:
    return {(tuple(p.people), round(p.cost, 9))
            for p in introduction_paths(graph, target, k=10_000)}


@settings(max_examples=40, deadline=None)
@given(random_accounts(), st.data())
def test_removing_a_person_never_adds_a_path(graph: AccountGraph, data: st.DataObject) -> None:
    clients = sorted(p.id for p in graph.people.values() if p.side is Side.CLIENT)
    target = data.draw(st.sampled_from(clients))
    leaver = data.draw(st.sampled_from(sorted(pid for pid in graph.people if pid != target)))
    before = every_path(graph, target)
    after_graph = without(graph, leaver)
    after = every_path(after_graph, target)
    assert after <= before
    assert not any(leaver in people for people, _ in after)
    assert after == {p for p in before if leaver not in p[0]}  # exactly those avoiding them
    best_before = best_introduction(graph, target)
    best_after = best_introduction(after_graph, target)
    if best_after is not None:
        assert best_before is not None and best_after.cost >= best_before.cost - 1e-9


@settings(max_examples=25, deadline=None)
@given(random_accounts(), st.data())
def test_the_best_of_the_paths_is_the_best_introduction(graph: AccountGraph,
                                                        data: st.DataObject) -> None:
    clients = sorted(p.id for p in graph.people.values() if p.side is Side.CLIENT)
    target = data.draw(st.sampled_from(clients))
    paths = introduction_paths(graph, target, k=10_000, max_hops=len(graph.people))
    best = best_introduction(graph, target)
    assert (best is None) == (not paths)
    if best is not None:
        assert best.cost == pytest.approx(paths[0].cost, abs=1e-9)
        costs = [round(p.cost, 9) for p in paths]
        assert costs == sorted(costs)
