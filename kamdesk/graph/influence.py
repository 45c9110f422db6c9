"""Who really decides: a structural influence score per client person (issue 14).

The KAM rates each person's influence 1–5 by feel. The lines they drew say more: whom
people go to (influence lines) and whom they answer to (reporting lines). We read those
lines as a **deference graph** among the client's people, where an edge ``a → b`` means
"a defers to b", and score people by **weighted PageRank** on it (Brin & Page 1998): you
are influential when influential people defer to you. Eigenvector-type centralities of
this kind predict a person's real power in a group better than their title (Bonacich 1987;
Brass & Burkhardt 1993).

The edges and their weights:

- ``influences`` A → B with weight w (1–3): B defers to A, weight w;
- ``reports_to`` A → B: A defers to B, weight 2 for a solid line (formal authority counts
  as a medium influence line: a strong informal line, weight 3, outweighs it) and 1 for a
  dotted line.

Only client people take part: the score is about the client's own power structure; our
people's lines to them are coverage, not power (see ``introductions``).

PageRank with damping 0.85 and uniform teleport; a person who defers to nobody spreads
their weight uniformly (the usual treatment of dangling nodes). Raw PageRank sums to 1 over
the client's people; to sit beside the KAM's 1–5 rating it becomes a **percentile score**:
1 + 4 × (the share of the other client people ranked below, ties counting half), from 1.0
(lowest) to 5.0 (highest), 3.0 for everybody when nobody stands out.

The signals "hidden influencer" and "overrated" (``InfluenceScore``) need the two views to
differ by at least 2 points, and a graph to judge by: the person has a line, and at least
``MIN_JUDGED`` (5) client people have one — among three people a percentile is 1, 3 or 5
and would contradict every rating.

Limits: the score is only as good as the lines drawn; people with no line at all say
nothing, so the signals leave them alone; it measures position, not will or budget.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple
from weakref import WeakKeyDictionary

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.types import LinkKind, Side

DAMPING = 0.85
SOLID_LINE_WEIGHT = 2.0
DOTTED_LINE_WEIGHT = 1.0
TOLERANCE = 1e-15  # relative change of a person's r below which nobody is told
MAX_SWEEPS = 10_000
TIE = 1e-9  # relative difference under which two PageRanks are equal
GAP_THRESHOLD = 2.0  # score − rating (or rating − score) that makes a signal
TOP_RANKS = 10  # a hidden influencer is among the account's ten highest scores
MIN_JUDGED = 5  # fewer connected people: ranks too coarse to contradict the KAM
HIGH = 4.0  # a hidden influencer scores at least this; an overrated person is rated at least


class InfluenceScore(NamedTuple):
    """One client person's structural influence beside the KAM's rating."""

    person_id: str
    pagerank: float  # sums to 1 over the client's people
    score: float  # 1.0–5.0, the percentile among the client's people
    rating: int  # the KAM's own 1–5
    connected: bool  # has at least one influence or reporting line to another client
    rank: int  # 1: the highest PageRank of the account (ties share the better rank)
    judged: bool  # connected, among at least MIN_JUDGED connected people: signals apply

    @property
    def gap(self) -> float:
        """Positive: the lines say more influence than the rating; negative: less."""
        return self.score - self.rating

    @property
    def hidden_influencer(self) -> bool:
        return (self.judged and self.rank <= TOP_RANKS and self.score >= HIGH
                and self.gap >= GAP_THRESHOLD)

    @property
    def overrated(self) -> bool:
        return self.judged and self.rating >= HIGH and -self.gap >= GAP_THRESHOLD


Edges = dict[str, dict[str, float]]  # a → {b: weight}: a defers to b


def deference_edges(graph: AccountGraph, people: Iterable[str] | None = None) -> Edges:
    """The weighted deference graph among client people (parallel lines add up).

    ``people``: restrict to these client people (default: every client person).
    """
    allowed = set(people) if people is not None else {
        p.id for p in graph.people.values() if p.side is Side.CLIENT}
    edges: Edges = {pid: {} for pid in graph.people if pid in allowed}
    influences, reports = LinkKind.INFLUENCES, LinkKind.REPORTS_TO
    for x in graph.links.values():  # the kind first: most lines of a big account are neither
        kind = x.kind
        if kind is influences:
            a, b, w = x.target, x.source, float(x.weight)
        elif kind is reports:
            a, b = x.source, x.target
            w = DOTTED_LINE_WEIGHT if x.dotted else SOLID_LINE_WEIGHT
        else:
            continue
        outs = edges.get(a)
        if outs is None or b not in allowed or a == b:
            continue
        outs[b] = outs.get(b, 0.0) + w
    return edges


def pagerank(edges: Mapping[str, Mapping[str, float]],
             damping: float = DAMPING) -> dict[str, float]:
    """Weighted PageRank of every node of ``edges`` (a → {b: weight > 0}, every b a key
    too), summing to 1.

    Solved as a linear system rather than by power iteration: with dangling nodes spread
    uniformly, PageRank is proportional to the r solving r = 1 + d·Pᵀr, where P is the
    row-normalised weight matrix with dangling rows left empty (Del Corso, Gullì & Romani
    2005). Gauss–Seidel sweeps in a near-topological order (those who defer before those
    deferred to) solve the acyclic part — a reporting tree — in one sweep; the cycles that
    influence lines make need more, and then only the people whose inputs still move are
    computed again, not everybody as in each of the ~100 iterations of the power method.
    """
    return _System.build(edges, damping).ranks()


@dataclass(slots=True)
class _System:
    """r = 1 + d·Pᵀr for one deference graph, and its solution ``r``: kept with a graph's
    scores, so that the graph without one person is solved from it (``without``)."""

    edges: Mapping[str, Mapping[str, float]]  # a → {b: weight}: a defers to b
    damping: float
    nodes: list[str]
    incoming: list[list[tuple[int, float]]]  # i ← (j, p_ji)
    order: list[int]  # the sweep order: those who defer before those deferred to
    feeds: list[list[int]]  # j → positions in ``order`` of those whose sum has r_j
    r: list[float]
    gone: frozenset[int] = frozenset()  # people removed (``without``): not in the answer

    @classmethod
    def build(cls, edges: Mapping[str, Mapping[str, float]], damping: float) -> _System:
        nodes = list(edges)
        index = {n: i for i, n in enumerate(nodes)}
        incoming: list[list[tuple[int, float]]] = [[] for _ in nodes]  # i ← (j, p_ji)
        try:
            for a, outs in edges.items():
                if not outs:
                    continue
                if min(outs.values()) <= 0:
                    raise ValueError(f"{a!r}: every weight must be positive")
                ja = index[a]
                share = damping / sum(outs.values())
                for b, w in outs.items():
                    incoming[index[b]].append((ja, w * share))
        except KeyError as error:
            raise ValueError(f"{error.args[0]!r} is a target but not a node") from None
        # Nobody defers to most people (the specialists): their r stays 1; sweep the others.
        order = _sweep_order(incoming)
        position = {i: k for k, i in enumerate(order)}
        feeds: list[list[int]] = [[] for _ in nodes]  # j → positions of those with r_j in
        for i in order:
            for j, _ in incoming[i]:
                feeds[j].append(position[i])
        system = cls(edges, damping, nodes, incoming, order, feeds, [1.0] * len(nodes))
        system.solve([True] * len(order))
        return system

    def solve(self, dirty: list[bool]) -> None:
        """Gauss–Seidel from the ``r`` there is, recomputing only a person whose inputs
        moved (a worklist): ``dirty`` marks, by position in ``order``, who to start with."""
        r, incoming, order, feeds = self.r, self.incoming, self.order, self.feeds
        for _ in range(MAX_SWEEPS):
            again = False
            for k, i in enumerate(order):
                if not dirty[k]:
                    continue
                dirty[k] = False
                value = 1.0
                for j, p in incoming[i]:
                    value += p * r[j]
                if abs(value - r[i]) > TOLERANCE * value:
                    for f in feeds[i]:
                        dirty[f] = True
                        again = again or f <= k
                r[i] = value
            if not again:
                break

    def ranks(self) -> dict[str, float]:
        gone, r = self.gone, self.r
        total = sum(v for i, v in enumerate(r) if i not in gone) if gone else sum(r)
        return {n: r[i] / total for i, n in enumerate(self.nodes) if i not in gone}

    def without(self, person_id: str) -> _System:
        """The system of the same graph without ``person_id``, solved from this solution
        (a warm start): only the people whose inputs the removal moves are computed again —
        those the leaver deferred to, those whose shares grow because they deferred to the
        leaver too, and whom that reaches. The answer is the cold solve's (same fixed point,
        same tolerance; tested to 1e-9)."""
        nodes = self.nodes
        index = {n: i for i, n in enumerate(nodes)}
        gone_at = index[person_id]
        incoming = list(self.incoming)  # the lists that change are replaced, not changed
        changed: set[int] = set()
        for b in self.edges[person_id]:  # the leaver's own deference is gone
            ib = index[b]
            incoming[ib] = [(j, p) for j, p in incoming[ib] if j != gone_at]
            changed.add(ib)
        for ja, _ in self.incoming[gone_at]:  # whoever deferred to the leaver: new shares
            outs = {b: w for b, w in self.edges[nodes[ja]].items() if b != person_id}
            share = self.damping / sum(outs.values()) if outs else 0.0
            for b, w in outs.items():
                ib = index[b]
                incoming[ib] = [(j, w * share if j == ja else p) for j, p in incoming[ib]]
                changed.add(ib)
        incoming[gone_at] = []
        position = {i: k for k, i in enumerate(self.order)}
        dirty = [False] * len(self.order)
        for i in changed:
            if i in position:
                dirty[position[i]] = True
        edges = {a: outs for a, outs in self.edges.items() if a != person_id}
        edges = {a: ({b: w for b, w in outs.items() if b != person_id}
                     if person_id in outs else outs) for a, outs in edges.items()}
        found = _System(edges, self.damping, nodes, incoming, self.order, self.feeds,
                        list(self.r), self.gone | {gone_at})
        found.r[gone_at] = 0.0
        found.solve(dirty)
        return found


def _sweep_order(incoming: list[list[tuple[int, float]]]) -> list[int]:
    """The people someone defers to, in Kahn's topological order of "j defers to i" (j
    first). Nobody defers to the others: they are sources and change no one's place."""
    return kahn_order([i for i, ins in enumerate(incoming) if ins], incoming)


def kahn_order(nodes: list[int], incoming: list[list[tuple[int, float]]]) -> list[int]:
    """``nodes`` in Kahn's topological order of the edges j → i listed in ``incoming[i]``
    (j first; edges from outside ``nodes`` and self-loops ignored); a cycle is entered at
    its first node in ``nodes``. The sweep order of the Gauss–Seidel solvers here and in
    ``forecast``: sweeping sources first makes an acyclic graph converge in one pass."""
    indegree = dict.fromkeys(nodes, 0)
    outs: dict[int, list[int]] = {i: [] for i in nodes}
    for i in nodes:
        for j, _ in incoming[i]:
            if j in indegree and j != i:
                outs[j].append(i)
                indegree[i] += 1
    order: list[int] = []
    done: set[int] = set()
    ready = deque(i for i in nodes if indegree[i] == 0)
    cursor = 0
    while len(order) < len(nodes):
        if not ready:
            while nodes[cursor] in done:
                cursor += 1
            ready.append(nodes[cursor])
        i = ready.popleft()
        if i in done:
            continue
        done.add(i)
        order.append(i)
        for k in outs[i]:
            indegree[k] -= 1
            if indegree[k] == 0 and k not in done:
                ready.append(k)
    return order


def percentile_scores(values: Mapping[str, float]) -> dict[str, tuple[float, int]]:
    """Each key's (score, rank): score 1 + 4 × the share of the others ranked below (ties
    count half), 1.0 to 5.0; rank 1 + how many are strictly above.

    Values within a relative 1e-9 of their neighbour in sorted order are ties, so that the
    result does not depend on the order in which floating-point sums were taken.
    """
    n = len(values)
    if n <= 1:
        return {k: (3.0, 1) for k in values}
    ordered = sorted(values.items(), key=itemgetter(1))
    result: dict[str, tuple[float, int]] = {}
    start = 0
    while start < n:
        end = start + 1
        while end < n and ordered[end][1] - ordered[end - 1][1] <= TIE * abs(ordered[end][1]):
            end += 1
        score = 1.0 + 4.0 * (start + 0.5 * (end - start - 1)) / (n - 1)
        for key, _ in ordered[start:end]:
            result[key] = (score, n - end + 1)
        start = end
    return result


def influence_scores(graph: AccountGraph) -> dict[str, InfluenceScore]:
    """Every client person's score, in the graph's order of people.

    Kept per graph until its next change: the overview, the signals list, the portfolio map
    and the chart's overlay all ask for the same scores after an account opens.
    """
    return dict(_kept(graph)[1])


def scores_without(graph: AccountGraph, person_id: str,
                   copy: AccountGraph) -> dict[str, InfluenceScore]:
    """The scores of ``copy``, which is ``graph`` without ``person_id`` (``whatif.without``),
    solved from ``graph``'s own solution rather than afresh, and kept as ``copy``'s.

    One of ours leaving changes no line among the client's people: the scores stay. A client
    person leaving is a warm start (``_System.without``): a what-if on a 10,000-person
    account recomputes the few hundred people above the leaver, not the whole account.
    """
    _, scores, system = _kept(graph)
    if person_id in system.edges:
        system = system.without(person_id)
        scores = _scored(copy, system)
    _KEPT[copy] = (copy.revision, scores, system)
    return dict(scores)


def _kept(graph: AccountGraph) -> tuple[int, dict[str, InfluenceScore], _System]:
    """The graph's scores and PageRank solution, computed once per change. Most edits (a
    stance, a rating, a name, a counterpart, a meeting) leave the lines among the client's
    people as they were: then the solution stands and only the KAM's ratings are read
    again — a few milliseconds at 10,000 people instead of a tenth of a second."""
    kept = _KEPT.get(graph)
    if kept is not None and kept[0] == graph.revision:
        return kept
    with paused_gc():  # tens of thousands of short-lived dicts and tuples, no cycles
        return _compute(graph, kept)


def _compute(graph: AccountGraph, kept: tuple[int, dict[str, InfluenceScore], _System] | None
             ) -> tuple[int, dict[str, InfluenceScore], _System]:
    edges = deference_edges(graph)
    if kept is not None and edges == kept[2].edges and list(edges) == list(kept[2].edges):
        people = graph.people
        scores = {pid: s if s.rating == people[pid].influence
                  else s._replace(rating=people[pid].influence)
                  for pid, s in kept[1].items()}
        kept = (graph.revision, scores, kept[2])
    else:
        system = _System.build(edges, DAMPING)
        kept = (graph.revision, _scored(graph, system), system)
    _KEPT[graph] = kept
    return kept


_KEPT: WeakKeyDictionary[AccountGraph, tuple[int, dict[str, InfluenceScore], _System]] = \
    WeakKeyDictionary()


def _scores(graph: AccountGraph) -> dict[str, InfluenceScore]:
    """The scores computed afresh (nothing kept)."""
    return _scored(graph, _System.build(deference_edges(graph), DAMPING))


def _scored(graph: AccountGraph, system: _System) -> dict[str, InfluenceScore]:
    edges = system.edges
    ranks = system.ranks()
    scores = percentile_scores(ranks)
    connected = {a for a, outs in edges.items() if outs} | {
        b for outs in edges.values() for b in outs}
    enough = len(connected) >= MIN_JUDGED
    people = graph.people  # one read-only view, not one per person
    new = tuple.__new__  # what the NamedTuple's own __new__ ends in, without its Python frame
    found = {}
    for pid in edges:
        score, rank = scores[pid]
        linked = pid in connected
        found[pid] = new(InfluenceScore, (pid, ranks[pid], score, people[pid].influence,
                                          linked, rank, enough and linked))
    return found


def top_influencers(scores: Mapping[str, InfluenceScore], count: int = 5) -> list[InfluenceScore]:
    """The highest scores first (then the higher rating, then the id, for a stable order)."""
    return sorted(scores.values(), key=lambda s: (-s.pagerank, -s.rating, s.person_id))[:count]
