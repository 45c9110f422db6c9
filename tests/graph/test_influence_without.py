"""The scores of an account without one person, solved from the account's own solution (a
warm start), are the scores computed afresh on the copy without them: PageRank to 1e-9,
and the same percentile score, rank and verdicts for everybody."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import influence
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Link
from kamdesk.graph.sample import generate
from kamdesk.graph.types import LinkKind, Side
from kamdesk.graph.whatif import without
from tests.strategies import account_graphs


def _same(warm: dict[str, influence.InfluenceScore],
          cold: dict[str, influence.InfluenceScore]) -> None:
    assert list(warm) == list(cold)  # the graph's order of people
    for pid, c in cold.items():
        w = warm[pid]
        assert abs(w.pagerank - c.pagerank) <= 1e-9 * c.pagerank
        assert (w.score, w.rank, w.connected, w.judged, w.rating) == \
            (c.score, c.rank, c.connected, c.judged, c.rating)


@settings(max_examples=80, deadline=None)
@given(account_graphs(max_people=16), st.data())
def test_warm_start_without_a_person_equals_the_cold_solve(graph: AccountGraph,
                                                           data: st.DataObject) -> None:
    if not graph.people:
        return
    pid = data.draw(st.sampled_from(sorted(graph.people)))
    copy = without(graph, pid)
    _same(influence.scores_without(graph, pid, copy), influence._scores(copy))
    _same(influence.influence_scores(copy), influence._scores(copy))  # kept as the copy's


def test_on_a_large_account_with_influence_cycles() -> None:
    """A reporting tree with influence lines both ways (cycles): the warm start needs
    several sweeps, and each leaver's answer is still the cold one."""
    g = generate(seed=11, people=1500)[0]
    clients = [p for p in g.people.values() if p.side is Side.CLIENT]
    for k in range(0, 60, 3):  # cycles through the top of the tree
        a, b = clients[k], clients[(k * 7 + 5) % len(clients)]
        if a.id != b.id and not g.find_link(LinkKind.INFLUENCES, a.id, b.id) \
                and not g.find_link(LinkKind.INFLUENCES, b.id, a.id):
            g.add_link(Link(f"cyc{k}", g.id, LinkKind.INFLUENCES, a.id, b.id, weight=3))
            g.add_link(Link(f"cyc{k}r", g.id, LinkKind.INFLUENCES, b.id, a.id, weight=1))
    scores = influence.influence_scores(g)
    top = sorted(scores.values(), key=lambda s: -s.pagerank)[:5]
    ours = next(p.id for p in g.people.values() if p.side is Side.INTERNAL)
    for pid in [s.person_id for s in top] + [clients[-1].id, ours]:
        copy = without(g, pid)
        _same(influence.scores_without(g, pid, copy), influence._scores(copy))
    assert influence.influence_scores(g) == scores  # the account's own are untouched


@settings(max_examples=60, deadline=None)
@given(account_graphs(max_people=14), st.data())
def test_scores_kept_across_edits_equal_the_ones_computed_afresh(
        graph: AccountGraph, data: st.DataObject) -> None:
    """Edits that leave the lines as they were reuse the solution (new ratings read);
    edits of the lines solve again: either way the scores are the fresh ones."""
    from kamdesk.graph.types import Stance

    influence.influence_scores(graph)
    clients = sorted(p.id for p in graph.people.values() if p.side is Side.CLIENT)
    for _ in range(data.draw(st.integers(1, 4))):
        if not clients:
            return
        pid = data.draw(st.sampled_from(clients))
        what = data.draw(st.sampled_from(["rating", "stance", "line", "remove"]))
        if what == "rating":
            graph.update_person(graph.person(pid)._replace(
                influence=data.draw(st.integers(1, 5))))
        elif what == "stance":
            graph.update_person(graph.person(pid)._replace(
                stance=data.draw(st.sampled_from(Stance))))
        elif what == "line":
            other = data.draw(st.sampled_from(clients))
            if other == pid or graph.find_link(LinkKind.INFLUENCES, pid, other):
                continue
            graph.add_link(Link(f"e{len(graph.links)}-{pid}-{other}", graph.id,
                                LinkKind.INFLUENCES, pid, other,
                                weight=data.draw(st.integers(1, 3))))
        else:
            graph.remove_person(pid)
            clients.remove(pid)
        _same(influence.influence_scores(graph), influence._scores(graph))
