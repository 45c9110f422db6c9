"""The signals of the stakeholder analysis (issue 14), detected with the others in
``signals.detect``:

- **hidden influencer**: among the account's ten highest influence scores, with a score at
  least 4 and at least 2 points above the KAM's rating (``influence.InfluenceScore``);
- **overrated**: rated 4 or 5 by the KAM, scored at least 2 points lower;
  both only for people with at least one line to another client person — with no line the
  graph knows nothing about them;
- **single point of failure**: one of ours who is the counterpart of more than half of the
  buying-centre people we cover (and of at least two), while others of ours cover some
  too (when one person covers everything, "single-threaded" says so already): if they
  leave, most of our access goes with them; or a client champion without whom some
  decision maker or economic buyer whom we can reach now could not be reached by any
  introduction at all (everything to them passes through the champion);
- **missing role**: the buying centre has nobody in a role the account requires: its own
  setting (``Account.required_roles``, chosen in the account panel), or when it has none
  (None) economic buyer, decision maker and coach (``DEFAULT_REQUIRED_ROLES``); an empty
  setting requires nothing. People who left hold no role (``signals.detect`` reads the
  account without them).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.influence import InfluenceScore, influence_scores
from kamdesk.graph.introductions import best_introduction
from kamdesk.graph.signals import Signal, SignalKind
from kamdesk.graph.types import DecisionRole, LinkKind, Side, Stance

DEFAULT_REQUIRED_ROLES = (DecisionRole.ECONOMIC_BUYER, DecisionRole.DECISION_MAKER,
                          DecisionRole.COACH)
REQUIRED_ROLES = DEFAULT_REQUIRED_ROLES  # the name before accounts had their own setting
KEY_ROLES = frozenset({DecisionRole.DECISION_MAKER, DecisionRole.ECONOMIC_BUYER})
MIN_KEY_TIES = 2  # holding one tie is "single-threaded", its own signal


def required_roles(graph: AccountGraph) -> tuple[DecisionRole, ...]:
    """The roles this account must have identified, in the vocabulary's order of roles."""
    chosen = graph.account.required_roles
    if chosen is None:
        return DEFAULT_REQUIRED_ROLES
    return tuple(r for r in DecisionRole if r in chosen)


def missing_roles(graph: AccountGraph) -> list[DecisionRole]:
    """Required roles nobody on the client's side holds (none if there is no client)."""
    roles = {p.decision_role for p in graph.people.values() if p.side is Side.CLIENT}
    if not any(p.side is Side.CLIENT for p in graph.people.values()):
        return []
    return [r for r in required_roles(graph) if r not in roles]


def key_tie_holders(graph: AccountGraph) -> list[tuple[str, int, int]]:
    """Ours who are counterparts of more than half the buying centre we cover:
    (person, buying-centre people they cover, buying-centre people covered by anyone)."""
    people = graph.people
    covers: dict[str, set[str]] = {}
    covered: set[str] = set()
    for x in graph.links.values():
        if x.kind is LinkKind.COUNTERPART and people[x.target].decision_role is not None:
            covers.setdefault(x.source, set()).add(x.target)
            covered.add(x.target)
    if len(covers) < 2:
        return []  # one of ours carries it all: "single-threaded" says so already
    return [(pid, len(mine), len(covered)) for pid, mine in covers.items()
            if len(mine) >= MIN_KEY_TIES and 2 * len(mine) > len(covered)]


def bridging_champions(graph: AccountGraph) -> list[tuple[str, list[str]]]:
    """Client champions without whom some reachable key person becomes unreachable:
    (champion, the key people cut off)."""
    people = graph.people
    keys = [p.id for p in people.values() if p.side is Side.CLIENT
            and p.decision_role in KEY_ROLES]
    reachable = [k for k in keys if best_introduction(graph, k) is not None]
    found = []
    for p in people.values():
        if p.side is Side.CLIENT and p.stance is Stance.CHAMPION:
            cut = [k for k in reachable
                   if k != p.id and best_introduction(graph, k, exclude={p.id}) is None]
            if cut:
                found.append((p.id, cut))
    return found


def detect_analysis(graph: AccountGraph,
                    scores: Mapping[str, InfluenceScore] | None = None) -> list[Signal]:
    """The analysis signals, kind by kind, each in the graph's order of people; each with
    the ``params`` its sentence in ``vocabulary`` is worded from."""
    people = graph.people
    ranked = influence_scores(graph) if scores is None else scores
    found: list[Signal] = []

    def add(kind: SignalKind, subjects: tuple[str, ...], detail: str,
            **params: object) -> None:
        found.append(Signal(kind, subjects, detail, MappingProxyType(params)))

    for s in ranked.values():
        if s.hidden_influencer:
            name, score = people[s.person_id].name, round(s.score, 1)
            add(SignalKind.HIDDEN_INFLUENCER, (s.person_id,),
                f"{name}: influence score {score:.1f} (rank {s.rank}) but rated {s.rating}",
                name=name, score=score, rank=s.rank, rating=s.rating)
    for s in ranked.values():
        if s.overrated:
            name, score = people[s.person_id].name, round(s.score, 1)
            add(SignalKind.OVERRATED, (s.person_id,),
                f"{name}: rated {s.rating} but influence score {score:.1f}",
                name=name, score=score, rating=s.rating)
    for pid, mine, total in key_tie_holders(graph):
        name = people[pid].name
        add(SignalKind.SINGLE_POINT_OF_FAILURE, (pid,),
            f"{name} alone meets {mine} of the {total} buying-centre people we cover",
            name=name, mine=mine, total=total)
    for pid, cut in bridging_champions(graph):
        names = ", ".join(people[k].name for k in cut)
        add(SignalKind.SINGLE_POINT_OF_FAILURE, (pid, *cut),
            f"every way to {names} passes through champion {people[pid].name}",
            names=names, champion=people[pid].name)
    for role in missing_roles(graph):
        add(SignalKind.MISSING_ROLE, (), f"nobody identified as {role.value.replace('_', ' ')}",
            role=role)
    return found
