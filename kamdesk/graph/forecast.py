"""Who to win over: a decision forecast for the buying centre (issue 14).

Each client person's **stance** becomes a number — champion +1, supporter +½, neutral and
unknown 0, skeptic −½, blocker −1 — their opinion before anybody talks to anybody. Opinions
then move along the influence lines by the **Friedkin–Johnsen** model (Friedkin & Johnsen
1990, 1999): every person listens to the people who influence them, in proportion to the
lines' weights (1–3), and to themselves with a weight of 2 (``SELF_WEIGHT``, as much as a
medium-strong line); how far they can be moved — their susceptibility λ — is the share of
that attention they give to others (λ = 1 − w_ii, the model's usual coupling). The final
opinion solves

    x = Λ W x + (I − Λ) x₀

which has one solution: everybody keeps part of their own stance (λ < 1), so opinions
do not all collapse into one as in plain averaging (DeGroot).

The **expected support** is the weighted mean of the final opinions over the buying centre
(client people with a decision role; everybody on the client's side if nobody has one),
from −1 (all block) to +1 (all champion). A person's weight is their influence: by default
the mean of the KAM's 1–5 rating and the structural score of ``influence`` — both views
count. Because x is linear in x₀, how much moving one person's stance one step toward us
changes the support is exact and comes for all people at once from one adjoint solve:
∂support/∂x₀ = Bᵀ(I − Cᵀ)⁻¹a. "Whom to meet next" ranks people by that change.

Limits: the stance and the lines are the KAM's beliefs; influence from our own people onto
the client is not modelled (it is what the plan is for); reporting lines carry authority
into the score (``influence``), not opinions here; the forecast is a direction, not a
probability of winning.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple
from weakref import WeakKeyDictionary

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.influence import InfluenceScore, influence_scores, kahn_order
from kamdesk.graph.types import LinkKind, Side, Stance

STANCE_VALUE: dict[Stance, float] = {
    Stance.CHAMPION: 1.0, Stance.SUPPORTER: 0.5, Stance.NEUTRAL: 0.0, Stance.UNKNOWN: 0.0,
    Stance.SKEPTIC: -0.5, Stance.BLOCKER: -1.0}
# One step toward us (unknown counts as neutral); a champion has no step left.
STEP_TOWARD_US: dict[Stance, Stance] = {
    Stance.BLOCKER: Stance.SKEPTIC, Stance.SKEPTIC: Stance.NEUTRAL,
    Stance.NEUTRAL: Stance.SUPPORTER, Stance.UNKNOWN: Stance.SUPPORTER,
    Stance.SUPPORTER: Stance.CHAMPION}
SELF_WEIGHT = 2.0
TOLERANCE = 1e-13
MAX_SWEEPS = 100_000


class Suggestion(NamedTuple):
    """Winning this person over one step would change the expected support by ``gain``."""

    person_id: str
    stance: Stance
    next_stance: Stance
    gain: float


class Forecast(NamedTuple):
    support: float  # −1…+1, after influence
    initial_support: float  # −1…+1, the stances as they are, before influence
    opinions: dict[str, float]  # each client person's final opinion
    weights: dict[str, float]  # the buying centre and each member's weight
    gains: dict[str, float]  # each client person: the change of support from one step

    def whom_to_meet(self, graph: AccountGraph, count: int = 5) -> list[Suggestion]:
        """People whose one step toward us raises the support most, best first."""
        found = []
        people = graph.people
        for pid, gain in self.gains.items():
            stance = people[pid].stance
            if gain > 1e-12 and stance in STEP_TOWARD_US:
                found.append(Suggestion(pid, stance, STEP_TOWARD_US[stance], gain))
        found.sort(key=lambda s: (-round(s.gain, 12), s.person_id))
        return found[:count]


class _Model(NamedTuple):
    nodes: list[str]
    x0: list[float]
    # x_i = Σ_j c_ij x_j + b_i x0_i: influencers[i] = [(j, c_ij)]
    influencers: list[list[tuple[int, float]]]
    b: list[float]
    order: list[int]  # influencers before the influenced, where the lines allow


def _model(graph: AccountGraph, stances: Mapping[str, Stance]) -> _Model:
    people = graph.people
    nodes = [p.id for p in people.values() if p.side is Side.CLIENT]
    index = {n: i for i, n in enumerate(nodes)}
    lines: dict[int, dict[int, float]] = {}  # i ← j: weight; only people someone sways
    for x in graph.links.values():
        if x.kind is LinkKind.INFLUENCES and x.source in index and x.target in index \
                and x.source != x.target:
            i, j = index[x.target], index[x.source]
            mine = lines.setdefault(i, {})
            mine[j] = mine.get(j, 0.0) + float(x.weight)
    influencers: list[list[tuple[int, float]]] = [[] for _ in nodes]
    b = [1.0] * len(nodes)  # nobody sways you: you keep your stance (λ = 0)
    for i, ins in lines.items():
        total = sum(ins.values())
        w_self = SELF_WEIGHT / (SELF_WEIGHT + total)
        susceptibility = 1.0 - w_self
        denominator = 1.0 - susceptibility * w_self
        influencers[i] = [(j, susceptibility * w / (SELF_WEIGHT + total) / denominator)
                          for j, w in ins.items()]
        b[i] = (1.0 - susceptibility) / denominator
    x0 = [STANCE_VALUE[stances.get(n, people[n].stance)] for n in nodes]
    involved = set(lines) | {j for ins in lines.values() for j in ins}
    return _Model(nodes, x0, influencers, b, kahn_order(sorted(involved), influencers))


def _solve(m: _Model) -> list[float]:
    """Gauss–Seidel on x = Cx + B x0 (C is substochastic with row sums < 1: it converges)."""
    x = list(m.x0)  # nobody sways most people: x_i = x0_i; sweep the others
    order = [i for i in m.order if m.influencers[i]]
    for _ in range(MAX_SWEEPS):
        change = 0.0
        for i in order:
            value = m.b[i] * m.x0[i]
            for j, c in m.influencers[i]:
                value += c * x[j]
            change = max(change, abs(value - x[i]))
            x[i] = value
        if change <= TOLERANCE:
            break
    return x


def _adjoint(m: _Model, a: list[float]) -> list[float]:
    """y = a + Cᵀy: how much each person's final opinion is worth to the support."""
    n = len(m.nodes)
    influenced: list[list[tuple[int, float]]] = [[] for _ in range(n)]  # j → (i, c_ij)
    for i, ins in enumerate(m.influencers):
        for j, c in ins:
            influenced[j].append((i, c))
    y = list(a)  # most people sway nobody: y_j = a_j; sweep the others
    backwards = [j for j in m.order[::-1] if influenced[j]]
    for _ in range(MAX_SWEEPS):
        change = 0.0
        for j in backwards:
            value = a[j]
            for i, c in influenced[j]:
                value += c * y[i]
            change = max(change, abs(value - y[j]))
            y[j] = value
        if change <= TOLERANCE:
            break
    return y


def default_weights(graph: AccountGraph,
                    scores: Mapping[str, InfluenceScore] | None = None) -> dict[str, float]:
    """The buying centre (see the module's doc) and each member's weight: the mean of the
    KAM's rating and the structural score (``scores``: already computed ones)."""
    scores = influence_scores(graph) if scores is None else scores
    people = graph.people
    centre = [pid for pid in scores if people[pid].decision_role is not None]
    return {pid: (scores[pid].rating + scores[pid].score) / 2 for pid in centre or scores}


def forecast(graph: AccountGraph, weights: Mapping[str, float] | None = None,
             stances: Mapping[str, Stance] | None = None) -> Forecast:
    """The expected support of the buying centre (``weights``: person → weight; default
    ``default_weights``), with ``stances`` overriding people's stances (for what-ifs).

    The default forecast is kept per graph until its next change, as the influence scores
    are: the analysis, the plan's summary and each what-if ask for it again.
    """
    if weights is None and not stances:
        kept = _KEPT.get(graph)
        if kept is None or kept[0] != graph.revision:
            with paused_gc():
                kept = (graph.revision, _forecast(graph, None, None))
            _KEPT[graph] = kept
        return _copy(kept[1])
    with paused_gc():  # many short-lived lists and tuples, no cycles (see bulk)
        return _forecast(graph, weights, stances)


def _copy(f: Forecast) -> Forecast:
    """The caller's own dicts: a kept forecast is never changed through an answer."""
    return f._replace(opinions=dict(f.opinions), weights=dict(f.weights), gains=dict(f.gains))


_KEPT: WeakKeyDictionary[AccountGraph, tuple[int, Forecast]] = WeakKeyDictionary()


def expected_support(graph: AccountGraph) -> float:
    """``forecast(graph).support`` alone: no adjoint solve, no gains (what a what-if needs
    of the account without the leaver)."""
    kept = _KEPT.get(graph)
    if kept is not None and kept[0] == graph.revision:
        return kept[1].support
    with paused_gc():
        m, a, _ = _weighted(graph, None, None)
        x = _solve(m)
        return sum((a[i] * x[i] for i in range(len(a))), 0.0)


def _weighted(graph: AccountGraph, weights: Mapping[str, float] | None,
              stances: Mapping[str, Stance] | None) -> tuple[_Model, list[float],
                                                             dict[str, float]]:
    """The model, each person's share of the support (a), and the weights chosen."""
    m = _model(graph, stances or {})
    chosen = default_weights(graph) if weights is None else dict(weights)
    index = {n: i for i, n in enumerate(m.nodes)}
    chosen = {pid: w for pid, w in chosen.items() if pid in index and w > 0}
    total = sum(chosen.values())
    a = [0.0] * len(m.nodes)
    for pid, w in chosen.items():
        a[index[pid]] = w / total
    return m, a, chosen


def _forecast(graph: AccountGraph, weights: Mapping[str, float] | None,
              stances: Mapping[str, Stance] | None) -> Forecast:
    m, a, chosen = _weighted(graph, weights, stances)
    x = _solve(m)
    y = _adjoint(m, a)
    gains: dict[str, float] = {}
    people = graph.people
    for i, pid in enumerate(m.nodes):
        stance = stances.get(pid, people[pid].stance) if stances else people[pid].stance
        step = STEP_TOWARD_US.get(stance)
        delta = 0.0 if step is None else STANCE_VALUE[step] - STANCE_VALUE[stance]
        gains[pid] = m.b[i] * y[i] * delta
    return Forecast(
        support=sum((a[i] * x[i] for i in range(len(a))), 0.0),
        initial_support=sum((a[i] * m.x0[i] for i in range(len(a))), 0.0),
        opinions={pid: x[i] for i, pid in enumerate(m.nodes)},
        weights=chosen, gains=gains)
