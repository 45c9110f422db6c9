"""How to get there: warm-introduction paths from our people to a client person (issue 14).

A path starts at one of our people (who makes the ask) and follows ties on the client's
side to the person we want to reach: counterpart links and influence lines from ours to
theirs, then influence and reporting lines among the client's people, either way (a tie
carries an introduction both ways). A path never passes through another of ours — it
starts with the last of ours on it — and never uses a conflict line.

**The weighting.** Each tie gets a strength t from 0 to 1: a counterpart link its
strength / 5, an influence line its weight / 3, a solid reporting line 0.8, a dotted one
0.4. A hop costs

    cost(t) = 1 + 8 · (t − 0.6)²

the least (1.0) for a moderate tie (t = 0.6: a counterpart of strength 3) and up to 2.28
for the weakest and for the strongest ties. A path's cost is the sum of its hops' costs; the
cheapest come first. So one hop always costs at least one (shorter paths are preferred), a
weak tie costs more than a moderate one (it may not carry an ask), and — the point — so does
the strongest tie: two moderate hops (2.0) beat one strongest hop (2.28). Why: strong ties
sit inside one closed circle, whose people know the same people and hear the same things;
moderately weak ties bridge to the rest of the organisation and carry more new openings
(Granovetter 1973; Levin & Cross 2004). In LinkedIn's experiment with 20 million people
the ties that helped most were moderately weak, not the strongest (Rajkumar et al., Science
2022). The strongest relationships are also the ones people guard from asks.

Alternatives are the k cheapest simple paths (Yen 1971) of at most ``MAX_HOPS`` hops; a
path longer than that is not a warm introduction any more.

Limits: strength is what the KAM entered; a path says who could introduce, not who will.
"""

from __future__ import annotations

import heapq
import itertools
from collections import deque
from collections.abc import Collection
from typing import NamedTuple

import networkx as nx

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.errors import InvalidValueError
from kamdesk.graph.types import LinkKind, Side

MODERATE = 0.6
CURVATURE = 8.0
SOLID_LINE_TIE = 0.8
DOTTED_LINE_TIE = 0.4
MAX_HOPS = 4
ALTERNATIVES = 5
_START = "\x00ours"  # the super-source joined to every one of our people


def hop_cost(tie: float) -> float:
    """The cost of one hop over a tie of strength ``tie`` (0–1): see the module's doc."""
    return 1.0 + CURVATURE * (tie - MODERATE) ** 2


class Hop(NamedTuple):
    source: str
    target: str
    kind: LinkKind
    value: int  # counterpart: strength 1–5; influence: weight 1–3; reporting: 2 solid, 1 dotted
    tie: float  # 0–1
    cost: float


class Introduction(NamedTuple):
    hops: tuple[Hop, ...]
    cost: float

    @property
    def people(self) -> list[str]:
        """Our person first, then everyone on the way, the target last."""
        return [self.hops[0].source, *(h.target for h in self.hops)]


def hops_into(graph: AccountGraph, node: str, exclude: Collection[str] = ()) -> list[Hop]:
    """Every usable hop ending at ``node`` (see the module's doc), the cheapest per source.

    Read from the node's own lines only, so a search touches just the part of a large
    account it walks through.
    """
    people = graph.people
    if node in exclude:
        return []
    theirs = people[node]
    if theirs.side is not Side.CLIENT:
        return []
    g = graph.graph
    best: dict[str, Hop] = {}
    for n in itertools.chain(g.predecessors(node), g.successors(node)):
        if n in exclude or n == node or n in best:
            continue
        mine = people[n]
        for u, v in ((n, node), (node, n)):
            data = g.get_edge_data(u, v)
            if data is None:
                continue
            for link_id, kind in data["links"].items():
                if kind is LinkKind.CONFLICT:
                    continue
                if mine.side is Side.INTERNAL and kind is LinkKind.REPORTS_TO:
                    continue  # impossible in a sound graph: reporting stays on one side
                x = graph.links[link_id]
                if kind is LinkKind.COUNTERPART:
                    tie, value = x.strength / 5, x.strength
                elif kind is LinkKind.INFLUENCES:
                    tie, value = x.weight / 3, x.weight
                else:
                    tie, value = (DOTTED_LINE_TIE, 1) if x.dotted else (SOLID_LINE_TIE, 2)
                hop = Hop(n, node, kind, value, tie, hop_cost(tie))
                known = best.get(n)
                if known is None or (hop.cost, hop.kind) < (known.cost, known.kind):
                    best[n] = hop
    return [best[n] for n in sorted(best)]


def _target(graph: AccountGraph, target: str) -> None:
    if graph.person(target).side is not Side.CLIENT:
        raise InvalidValueError("target", graph.people[target].name,
                                "an introduction leads to a client person, not one of ours")


def introduction_paths(graph: AccountGraph, target: str, k: int = ALTERNATIVES,
                       max_hops: int = MAX_HOPS, exclude: Collection[str] = ()
                       ) -> list[Introduction]:
    """The ``k`` cheapest introductions to ``target`` (cheapest first; equal costs by the
    people on them), ignoring the people in ``exclude``."""
    _target(graph, target)
    if target in exclude or k <= 0 or max_hops <= 0:
        return []
    people = graph.people
    # Who can be on a path of at most max_hops hops: clients within max_hops − 1 hops of
    # the target, and our people with a hop straight to one of them.
    into: dict[str, list[Hop]] = {}
    depth = {target: 0}
    queue = deque([target])
    while queue:
        node = queue.popleft()
        into[node] = hops_into(graph, node, exclude)
        if depth[node] >= max_hops - 1:
            continue
        for hop in into[node]:
            if hop.source not in depth and people[hop.source].side is Side.CLIENT:
                depth[hop.source] = depth[node] + 1
                queue.append(hop.source)
    search: nx.DiGraph[str] = nx.DiGraph()
    chosen: dict[tuple[str, str], Hop] = {}
    for b, hops in into.items():
        for hop in hops:
            a = hop.source
            if a in depth or people[a].side is Side.INTERNAL:
                search.add_edge(a, b, cost=hop.cost)
                chosen[a, b] = hop
                if people[a].side is Side.INTERNAL:
                    search.add_edge(_START, a, cost=0.0)
    if _START not in search:
        return []
    found: list[Introduction] = []
    paths = nx.shortest_simple_paths(search, _START, target, weight="cost")
    try:
        for path in itertools.islice(paths, 0, 20 * k):  # longer ones are skipped, so 20 k
            if len(path) - 2 > max_hops:
                continue
            steps = tuple(chosen[a, b] for a, b in itertools.pairwise(path[1:]))
            found.append(Introduction(steps, sum(h.cost for h in steps)))
            if len(found) >= k:
                break
    except nx.NetworkXNoPath:  # every node reaches the target by construction; defensive
        return []
    found.sort(key=lambda p: (round(p.cost, 9), p.people))
    return found


def best_introduction(graph: AccountGraph, target: str,
                      exclude: Collection[str] = ()) -> Introduction | None:
    """The cheapest introduction of any length to ``target``, or None.

    Dijkstra backwards from the target, stopping at the first of our people it reaches,
    so it walks only the part of the account nearer than that.
    """
    _target(graph, target)
    people = graph.people
    cost_to: dict[str, float] = {target: 0.0}
    onward: dict[str, Hop] = {}
    heap: list[tuple[float, str]] = [(0.0, target)]
    done: set[str] = set()
    while heap:
        cost, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        if people[node].side is Side.INTERNAL:
            hops: list[Hop] = []
            while node != target:
                hops.append(onward[node])
                node = onward[node].target
            return Introduction(tuple(hops), cost)
        for hop in hops_into(graph, node, exclude):
            new = cost + hop.cost
            if new < cost_to.get(hop.source, float("inf")) - 1e-12:
                cost_to[hop.source] = new
                onward[hop.source] = hop
                heapq.heappush(heap, (new, hop.source))
    return None
