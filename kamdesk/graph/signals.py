"""Risk signals detected from the account graph (DESIGN.md §1, "Signals").

Signals are recomputed from the graph whenever asked and never stored: they are a view of
the data, not data. Each carries the ids it is about, so a UI can highlight them, and an
English sentence for the command line; front ends translate by ``kind``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Person, RaciActivity, Risk
from kamdesk.graph.influence import InfluenceScore
from kamdesk.graph.types import DecisionRole, Level, LinkKind, RiskStatus, Side, Stance

# Client roles whose missing counterpart is a comb gap:
COVERED_ROLES = frozenset({DecisionRole.DECISION_MAKER, DecisionRole.INFLUENCER})
BLOCKER_INFLUENCE = 4


class SignalKind(StrEnum):
    SILENT_CLIENT = "silent_client"
    COMB_GAP = "comb_gap"
    LEVEL_MISMATCH = "level_mismatch"
    UNMANAGED_BLOCKER = "unmanaged_blocker"
    SINGLE_THREADED = "single_threaded"
    NO_EXECUTIVE_SPONSOR = "no_executive_sponsor"
    SINGLE_CHAMPION = "single_champion"
    OVERDUE_ACTION = "overdue_action"
    RISK_WITHOUT_OWNER = "risk_without_owner"
    INVALID_RACI = "invalid_raci"
    # The stakeholder analysis (issue 14), detected in kamdesk.graph.analysis_signals:
    HIDDEN_INFLUENCER = "hidden_influencer"
    OVERRATED = "overrated"
    SINGLE_POINT_OF_FAILURE = "single_point_of_failure"
    MISSING_ROLE = "missing_role"


class Signal(NamedTuple):
    kind: SignalKind
    subjects: tuple[str, ...]  # ids of the persons, links or records concerned
    detail: str


def _is_silent(p: Person, today: date) -> bool:
    return p.last_contact is None or (today - p.last_contact).days > p.cadence


def comb_gaps(graph: AccountGraph) -> list[str]:
    """Client decision makers and influencers nobody of ours meets, in the graph's order."""
    owned = {x.target for x in graph.links.values() if x.kind is LinkKind.COUNTERPART}
    return [p.id for p in graph.people.values() if p.side is Side.CLIENT
            and p.decision_role in COVERED_ROLES and p.id not in owned]


def level_mismatches(graph: AccountGraph) -> list[str]:
    """Counterpart links between people of different levels (the comb's crossed teeth)."""
    people = graph.people
    return [x.id for x in graph.links.values() if x.kind is LinkKind.COUNTERPART
            and people[x.source].level != people[x.target].level]


def detect(graph: AccountGraph, today: date, *, scores: Mapping[str, InfluenceScore] | None = None
           ) -> list[Signal]:
    """Every signal of the account, in a stable order (by kind, then by the graph's order).

    ``scores``: the account's ``influence.influence_scores`` if already computed.
    """
    found: list[Signal] = []
    people = graph.people
    counterparts = [x for x in graph.links.values() if x.kind is LinkKind.COUNTERPART]
    owners: dict[str, list[str]] = {}
    for x in counterparts:
        owners.setdefault(x.target, []).append(x.source)
    clients = [p for p in people.values() if p.side is Side.CLIENT]

    for p in clients:
        if p.decision_role is not None and _is_silent(p, today):
            when = f"last contact {p.last_contact}" if p.last_contact else "never contacted"
            found.append(Signal(SignalKind.SILENT_CLIENT, (p.id,),
                                f"{p.name}: {when}, cadence {p.cadence} days"))
    for pid in comb_gaps(graph):
        p = people[pid]
        found.append(Signal(SignalKind.COMB_GAP, (p.id,),
                            f"{p.name} ({p.decision_role}) has no counterpart of ours"))
    for link_id in level_mismatches(graph):
        x = graph.link(link_id)
        ours, theirs = people[x.source], people[x.target]
        found.append(Signal(SignalKind.LEVEL_MISMATCH, (x.id, ours.id, theirs.id),
                            f"{ours.name} (level {ours.level}) meets {theirs.name} "
                            f"(level {theirs.level})"))
    for p in clients:
        opposed = p.stance in (Stance.SKEPTIC, Stance.BLOCKER)
        if opposed and p.influence >= BLOCKER_INFLUENCE and (
                p.id not in owners or _is_silent(p, today)):
            found.append(Signal(SignalKind.UNMANAGED_BLOCKER, (p.id,),
                                f"{p.name} ({p.stance}, influence {p.influence}) "
                                "has no owner or no recent contact"))
    if clients:
        our_side = {x.source for x in counterparts}
        their_side = {x.target for x in counterparts}
        if len(our_side) <= 1 or len(their_side) <= 1:
            found.append(Signal(SignalKind.SINGLE_THREADED,
                                tuple(sorted(our_side | their_side)),
                                f"the relationship rests on {len(our_side)} of ours and "
                                f"{len(their_side)} of theirs"))
        top = any(people[x.source].level is Level.TOP and people[x.target].level is Level.TOP
                  for x in counterparts)
        if not top:
            found.append(Signal(SignalKind.NO_EXECUTIVE_SPONSOR, (),
                                "nobody of ours at level 1 is linked to the client's level 1"))
        champions = [p.id for p in clients if p.stance is Stance.CHAMPION]
        if len(champions) == 1:
            found.append(Signal(SignalKind.SINGLE_CHAMPION, tuple(champions),
                                f"{people[champions[0]].name} is the only champion"))
    for a in graph.records(ActionItem).values():
        if not a.is_closed and a.due is not None and a.due < today:
            found.append(Signal(SignalKind.OVERDUE_ACTION, (a.id,),
                                f"overdue since {a.due}: {a.what[:80]}"))
    for r in graph.records(Risk).values():
        if r.status is not RiskStatus.RESOLVED and r.owner_id is None:
            found.append(Signal(SignalKind.RISK_WITHOUT_OWNER, (r.id,),
                                f"risk without owner: {r.description[:80]}"))
    for act in sorted(graph.records(RaciActivity).values(), key=lambda a: a.position):
        if not act.is_valid:
            found.append(Signal(SignalKind.INVALID_RACI, (act.id,),
                                f"RACI '{act.name}' needs exactly one A and at least one R"))
    from kamdesk.graph.analysis_signals import detect_analysis  # it imports this module

    found += detect_analysis(graph, scores)
    order = list(SignalKind)
    found.sort(key=lambda s: order.index(s.kind))
    return found
