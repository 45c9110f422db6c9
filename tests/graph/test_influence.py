"""Influence scores: hand-derived PageRank, a broker with a low title, order invariance."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link
from kamdesk.graph.influence import (
    DAMPING,
    influence_scores,
    pagerank,
    percentile_scores,
)
from kamdesk.graph.types import LinkKind, Side
from tests.helpers import ACC, person


def star() -> AccountGraph:
    """Three people report (solid lines) to one boss; no other line."""
    g = AccountGraph(Account(ACC, "Star"))
    g.add_person(person("boss", level=1, influence=5))
    for pid in ("a", "b", "c"):
        g.add_person(person(pid, level=3, influence=3))
        g.add_link(Link(f"r{pid}", ACC, LinkKind.REPORTS_TO, pid, "boss"))
    return g


def test_pagerank_of_a_star_by_hand() -> None:
    """By hand, n = 4, d = 0.85; the boss defers to nobody (spread uniformly):
    leaf x = (1−d)/4 + d·h/4 and h = (1−d)/4 + d·3x + d·h/4, so
    h = 0.133125 / 0.245625 ≈ 0.541985 and x = (1 − h)/3 ≈ 0.152672."""
    assert DAMPING == 0.85
    scores = influence_scores(star())
    h = 0.133125 / 0.245625
    assert abs(scores["boss"].pagerank - h) < 1e-12
    for leaf in "abc":
        assert abs(scores[leaf].pagerank - (1 - h) / 3) < 1e-12
        # three tied at the bottom: 1 + 4 · (0 below + ½ · 2 equal) / 3
        assert abs(scores[leaf].score - (1 + 4 / 3)) < 1e-12
        assert scores[leaf].rank == 2
    assert scores["boss"].score == 5.0 and scores["boss"].rank == 1


def exact_pagerank(edges: dict[str, dict[str, int]]) -> dict[str, Fraction]:
    """PageRank as the exact solution of x = d·Gᵀx with Σx = 1, by Gaussian elimination
    over fractions (a reference that shares nothing with kamdesk's iterative solver)."""
    nodes = sorted(edges)
    n = len(nodes)
    d = Fraction(85, 100)
    # rows: x_i − Σ_j d·G_ji·x_j = (1 − d)/n
    a = [[Fraction(int(i == j)) for j in range(n)] + [(1 - d) / n] for i in range(n)]
    for j, src in enumerate(nodes):
        total = sum(edges[src].values())
        for i, dst in enumerate(nodes):
            share = Fraction(edges[src].get(dst, 0), total) if total else Fraction(1, n)
            a[i][j] -= d * share
    for col in range(n):
        pivot = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col] != 0:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    return {nodes[i]: a[i][n] / a[i][i] for i in range(n)}


def broker() -> AccountGraph:
    """The CEO (rated 5) has three directors (rated 4); Ivan, a specialist of director d1
    rated 1, is whom all of them go to for advice (influence lines of weight 3)."""
    g = AccountGraph(Account(ACC, "Broker"))
    g.add_person(person("ceo", level=1, influence=5, name="CEO"))
    for d in ("d1", "d2", "d3"):
        g.add_person(person(d, level=2, influence=4))
        g.add_link(Link(f"r{d}", ACC, LinkKind.REPORTS_TO, d, "ceo"))
    g.add_person(person("ivan", level=4, influence=1, name="Ivan"))
    g.add_link(Link("rivan", ACC, LinkKind.REPORTS_TO, "ivan", "d1"))
    for who in ("ceo", "d1", "d2", "d3"):
        g.add_link(Link(f"i{who}", ACC, LinkKind.INFLUENCES, "ivan", who, weight=3))
    return g


def test_a_broker_with_a_low_title_scores_highest() -> None:
    """By hand: the CEO defers only to Ivan, so Ivan receives all the CEO's rank; each
    director gives 3/5 of theirs to Ivan and 2/5 to the CEO: Ivan — level 4, rated 1 —
    comes out on top (5.0), a hidden influencer. Ivan in turn defers only to his manager
    d1, who is second (4.0); the CEO, who gets only 2/5 of the directors', third (3.0) —
    rated 5, so "overrated"; d2 and d3, to whom nobody defers, tie last
    (1 + 4 · ½ / 4 = 1.5), rated 4: overrated too. Exact values from a fraction solve."""
    g = broker()
    scores = influence_scores(g)
    exact = exact_pagerank({"ceo": {"ivan": 3}, "d1": {"ceo": 2, "ivan": 3},
                            "d2": {"ceo": 2, "ivan": 3}, "d3": {"ceo": 2, "ivan": 3},
                            "ivan": {"d1": 2}})
    for pid, value in exact.items():
        assert abs(scores[pid].pagerank - float(value)) < 1e-12
    assert [(pid, scores[pid].rank, scores[pid].score) for pid in ("ivan", "d1", "ceo")] \
        == [("ivan", 1, 5.0), ("d1", 2, 4.0), ("ceo", 3, 3.0)]
    assert scores["d2"].score == scores["d3"].score == 1.5
    assert scores["ivan"].hidden_influencer and scores["ivan"].gap == 4.0
    assert [pid for pid, s in scores.items() if s.hidden_influencer] == ["ivan"]
    assert [pid for pid, s in scores.items() if s.overrated] == ["ceo", "d2", "d3"]


def test_no_line_means_no_verdict() -> None:
    g = broker()
    g.add_person(person("lonely", level=2, influence=5))  # rated 5, no line at all
    g.add_person(person("quiet", level=4, influence=1))
    scores = influence_scores(g)
    assert not scores["lonely"].connected and not scores["lonely"].overrated
    assert not scores["quiet"].hidden_influencer


def test_only_client_people_are_scored_and_no_lines_means_all_equal() -> None:
    g = AccountGraph(Account(ACC, "Flat"))
    for pid in ("a", "b", "c"):
        g.add_person(person(pid))
    g.add_person(person("ours", Side.INTERNAL))
    g.add_link(Link("k", ACC, LinkKind.COUNTERPART, "ours", "a", strength=5))
    scores = influence_scores(g)
    assert set(scores) == {"a", "b", "c"}
    assert {s.score for s in scores.values()} == {3.0}
    assert not any(s.hidden_influencer or s.overrated for s in scores.values())


def test_percentile_scores_handle_ties_and_tiny_inputs() -> None:
    assert percentile_scores({}) == {}
    assert percentile_scores({"x": 0.3}) == {"x": (3.0, 1)}
    found = percentile_scores({"a": 0.1, "b": 0.2, "c": 0.2, "d": 0.5})
    assert found == {"a": (1.0, 4), "b": (1 + 4 * 1.5 / 3, 2), "c": (1 + 4 * 1.5 / 3, 2),
                     "d": (5.0, 1)}


def test_pagerank_sums_to_one_with_cycles_and_parallel_lines() -> None:
    ranks = pagerank({"a": {"b": 1.0}, "b": {"c": 2.0}, "c": {"a": 1.0, "b": 1.0}, "d": {}})
    assert abs(sum(ranks.values()) - 1) < 1e-12
    exact = exact_pagerank({"a": {"b": 1}, "b": {"c": 2}, "c": {"a": 1, "b": 1}, "d": {}})
    for k, v in exact.items():
        assert abs(ranks[k] - float(v)) < 1e-12


@st.composite
def shuffled_accounts(draw: st.DrawFn) -> tuple[AccountGraph, AccountGraph]:
    """One random client org chart with influence lines, built twice in different orders."""
    n = draw(st.integers(2, 12))
    ids = [f"p{i}" for i in range(n)]
    people = [person(pid, level=draw(st.integers(1, 4)), influence=draw(st.integers(1, 5)))
              for pid in ids]
    links = []
    for i in range(1, n):
        boss = draw(st.integers(-1, i - 1))
        if boss >= 0:
            links.append(Link(f"r{i}", ACC, LinkKind.REPORTS_TO, ids[i], ids[boss],
                              dotted=False))
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids),
                                    st.integers(1, 3)), max_size=20, unique_by=lambda t: t[:2]))
    links += [Link(f"i{a}{b}", ACC, LinkKind.INFLUENCES, a, b, weight=w)
              for a, b, w in pairs if a != b]
    order = draw(st.permutations(range(n)))
    link_order = draw(st.permutations(range(len(links))))
    one = AccountGraph.restore(Account(ACC, "x"), people, links)
    two = AccountGraph.restore(Account(ACC, "x"), [people[i] for i in order],
                               [links[i] for i in link_order])
    return one, two


@settings(max_examples=60, deadline=None)
@given(shuffled_accounts())
def test_scores_do_not_depend_on_the_order_of_people_or_lines(
        pair: tuple[AccountGraph, AccountGraph]) -> None:
    one, two = (influence_scores(g) for g in pair)
    assert set(one) == set(two)
    for pid, s in one.items():
        t = two[pid]
        assert abs(s.pagerank - t.pagerank) < 1e-12
        assert (s.score, s.rank, s.hidden_influencer, s.overrated) == \
            (t.score, t.rank, t.hidden_influencer, t.overrated)


def test_pagerank_refuses_bad_edges() -> None:
    import pytest

    with pytest.raises(ValueError, match="positive"):
        pagerank({"a": {"b": 0.0}, "b": {}})
    with pytest.raises(ValueError, match="not a node"):
        pagerank({"a": {"ghost": 1.0}})


def test_scores_are_kept_until_the_graph_changes() -> None:
    """The overview, the signals and the map ask for the same scores: computed once per
    change, and a change is never answered with the scores from before it."""
    from kamdesk.graph.influence import influence_scores
    from kamdesk.graph.sample import generate

    g = generate(seed=2, people=300)[0]
    first = influence_scores(g)
    assert influence_scores(g) == first
    clients = [p for p in g.people.values() if p.side.value == "client"]
    someone = next(p for p in clients if p.level == 4)
    boss = next(p for p in clients if p.level == 1)
    changed = {p.id for p in g.people.values()}
    g.add_link(Link("new-influence", g.id, LinkKind.INFLUENCES, someone.id, boss.id, weight=3))
    after = influence_scores(g)
    assert after != first and set(after) <= changed
    assert after == _fresh(g)


def _fresh(g: AccountGraph) -> dict[str, object]:
    from kamdesk.graph import influence

    return influence._scores(g)  # type: ignore[return-value]
