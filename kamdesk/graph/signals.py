"""Risk signals detected from the account graph (DESIGN.md §1, "Signals").

Signals are recomputed from the graph and never stored: they are a view of the data, not
data. Each carries the ids it is about, so a UI can highlight them, and an English sentence
for the command line; front ends translate by ``kind``.

Within one process the list is kept per graph until its next change (``AccountGraph.revision``)
and per day (silence and overdue items depend on today): the overview, the signals list and
the portfolio map all ask for the same list after an account opens, and on a 10,000-person
account it takes about a tenth of a second to compute, most of it the influence scores.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple
from weakref import WeakKeyDictionary

from kamdesk.graph import comb, sponsor
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.comb import COVERED_ROLES, is_silent
from kamdesk.graph.entities import ActionItem, RaciActivity, Risk
from kamdesk.graph.influence import InfluenceScore
from kamdesk.graph.leaving import present
from kamdesk.graph.types import RiskStatus, Severity, Side, Stance

__all__ = ["COVERED_ROLES", "SEVERITY", "Signal", "SignalKind", "detect"]
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
    VACANT_ROLE = "vacant_role"  # a buying-centre post nobody holds (Person.vacancy)


# How much each kind threatens the account: the order a KAM should read them in. A blocker
# nobody works on can lose the deal; a crossed comb tooth is a matter of style.
SEVERITY: dict[SignalKind, Severity] = {
    SignalKind.UNMANAGED_BLOCKER: Severity.CRITICAL,
    SignalKind.NO_EXECUTIVE_SPONSOR: Severity.HIGH,
    SignalKind.COMB_GAP: Severity.HIGH,
    SignalKind.SINGLE_THREADED: Severity.HIGH,
    SignalKind.RISK_WITHOUT_OWNER: Severity.HIGH,
    SignalKind.OVERDUE_ACTION: Severity.HIGH,
    SignalKind.SINGLE_CHAMPION: Severity.MEDIUM,
    SignalKind.SILENT_CLIENT: Severity.MEDIUM,
    SignalKind.VACANT_ROLE: Severity.MEDIUM,
    SignalKind.INVALID_RACI: Severity.MEDIUM,
    SignalKind.LEVEL_MISMATCH: Severity.LOW,
    # the stakeholder analysis (analysis_signals):
    SignalKind.SINGLE_POINT_OF_FAILURE: Severity.HIGH,
    SignalKind.MISSING_ROLE: Severity.HIGH,
    SignalKind.HIDDEN_INFLUENCER: Severity.MEDIUM,
    SignalKind.OVERRATED: Severity.LOW,
}
_RANK = {s: i for i, s in enumerate(reversed(Severity))}  # critical first

# The catalogue sentence of each kind (kamdesk.graph.vocabulary), worded from ``params``.
SENTENCE: dict[SignalKind, str] = {
    SignalKind.SILENT_CLIENT: "sig_silent", SignalKind.COMB_GAP: "sig_gap",
    SignalKind.LEVEL_MISMATCH: "sig_mismatch", SignalKind.UNMANAGED_BLOCKER: "sig_blocker",
    SignalKind.SINGLE_THREADED: "sig_thread", SignalKind.NO_EXECUTIVE_SPONSOR: "sig_sponsor",
    SignalKind.SINGLE_CHAMPION: "sig_champion", SignalKind.OVERDUE_ACTION: "sig_overdue",
    SignalKind.RISK_WITHOUT_OWNER: "sig_owner", SignalKind.INVALID_RACI: "sig_raci",
    SignalKind.HIDDEN_INFLUENCER: "sig_hidden", SignalKind.OVERRATED: "sig_overrated",
    SignalKind.SINGLE_POINT_OF_FAILURE: "sig_spof_ours", SignalKind.MISSING_ROLE: "sig_role",
    SignalKind.VACANT_ROLE: "sig_vacant",
}
_NONE: Mapping[str, object] = MappingProxyType({})


class Signal(NamedTuple):
    kind: SignalKind
    subjects: tuple[str, ...]  # ids of the persons, links or records concerned
    detail: str  # English, for logs and the command line
    params: Mapping[str, object] = _NONE  # the values the sentence is worded from

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.kind]

    @property
    def sentence(self) -> str:
        """The catalogue key of this signal's sentence."""
        if self.kind is SignalKind.SILENT_CLIENT and self.params.get("day") is None:
            return "sig_silent_never"
        if self.kind is SignalKind.SINGLE_POINT_OF_FAILURE and "champion" in self.params:
            return "sig_spof_champion"
        return SENTENCE[self.kind]


def comb_gaps(graph: AccountGraph) -> list[str]:
    """Client decision makers and influencers nobody of ours meets (see graph.comb)."""
    return comb.gaps(graph)


def level_mismatches(graph: AccountGraph) -> list[str]:
    """Counterpart links between people of different levels (see graph.comb)."""
    return comb.mismatches(graph)


def _sig(kind: SignalKind, subjects: tuple[str, ...], detail: str,
         **params: object) -> Signal:
    return Signal(kind, subjects, detail, MappingProxyType(params))


def detect(graph: AccountGraph, today: date, *,
           scores: Mapping[str, InfluenceScore] | None = None,
           analysis: bool = True) -> list[Signal]:
    """Every signal of the account, most severe first (then by kind, then the graph's order).

    People who left are not part of the account now (``leaving.present``): they raise no
    signal and cover nobody; scores computed with them are not used.
    ``scores``: influence scores to judge by instead of the account's own (then nothing is
    kept). ``analysis`` False: only the signals that need no influence scores (all but
    ``ANALYSIS_KINDS``), for a view that shows those at once and the rest when
    the scores are ready: the same signals in the same order as the full list without the
    analysis kinds (the sort is stable and no kind is in both parts).
    """
    now = present(graph)
    if now is not graph:
        graph, scores = now, None
    if scores is not None:
        return _detect(graph, today, scores, analysis)
    kept = _KEPT.get(graph)
    if kept is None or kept[0] != graph.revision:
        kept = (graph.revision, {})
        _KEPT[graph] = kept
    found = kept[1].get((today, analysis))
    if found is None:
        with paused_gc():  # many short-lived lists and tuples, no cycles (see bulk)
            found = _kept_detect(graph, today, analysis, kept[1])
    return list(found)


def _kept_detect(graph: AccountGraph, today: date, analysis: bool,
                 kept: dict[tuple[date, bool], tuple[Signal, ...]]) -> tuple[Signal, ...]:
    """The list asked for, made from the quick part (kept too) and, if asked, the rest."""
    base = kept.get((today, False))
    if base is None:
        base = kept[(today, False)] = tuple(_detect(graph, today, None, False))
    if not analysis:
        return base
    from kamdesk.graph.analysis_signals import detect_analysis  # it imports this module

    found = kept[(today, True)] = tuple(sorted([*base, *detect_analysis(graph)], key=_order))
    return found


def worst(graph: AccountGraph, today: date) -> Severity | None:
    """The severity of the account's worst signal (None: no signal) — the full list's first
    — without the influence scores when a quick signal is already as severe as any signal
    of the analysis can be (a critical blocker: most large accounts have one)."""
    quick = detect(graph, today, analysis=False)
    if quick and _RANK[quick[0].severity] <= _ANALYSIS_WORST:
        return quick[0].severity
    found = detect(graph, today)
    return found[0].severity if found else None


def ready(graph: AccountGraph, today: date) -> bool:
    """Whether ``detect(graph, today)`` would answer at once (kept from an earlier call)."""
    graph = present(graph)
    kept = _KEPT.get(graph)
    return kept is not None and kept[0] == graph.revision and (today, True) in kept[1]


# graph → (its revision, (today, analysis) → the signals); a graph's next change clears it
_KEPT: WeakKeyDictionary[
    AccountGraph, tuple[int, dict[tuple[date, bool], tuple[Signal, ...]]]] = WeakKeyDictionary()
_KIND_ORDER = {k: i for i, k in enumerate(SignalKind)}
# The kinds that need the influence scores or the paths (analysis_signals), and the rank of
# the most severe of them (0 is critical).
ANALYSIS_KINDS = (SignalKind.HIDDEN_INFLUENCER, SignalKind.OVERRATED,
                  SignalKind.SINGLE_POINT_OF_FAILURE, SignalKind.MISSING_ROLE)
_ANALYSIS_WORST = min(_RANK[SEVERITY[k]] for k in ANALYSIS_KINDS)


def _order(s: Signal) -> tuple[int, int]:
    """Most severe first, then by kind (a stable sort keeps the graph's order within)."""
    return (_RANK[s.severity], _KIND_ORDER[s.kind])


def _detect(graph: AccountGraph, today: date, scores: Mapping[str, InfluenceScore] | None,
            analysis: bool) -> list[Signal]:
    found: list[Signal] = []
    people = graph.people
    pairs = comb.pairs(graph)
    owners = comb.owners(graph)
    clients = [p for p in people.values() if p.side is Side.CLIENT]

    for p in clients:  # a vacant post has nobody to be in touch with: never silent
        if p.decision_role is not None and not p.vacancy and is_silent(p, today):
            when = f"last contact {p.last_contact}" if p.last_contact else "never contacted"
            found.append(_sig(SignalKind.SILENT_CLIENT, (p.id,),
                              f"{p.name}: {when}, cadence {p.cadence} days",
                              name=p.name, day=p.last_contact, days=p.cadence))
    for pid in comb.gaps(graph):
        p = people[pid]
        found.append(_sig(SignalKind.COMB_GAP, (p.id,),
                          f"{p.name} ({p.decision_role}) has no counterpart of ours",
                          name=p.name, role=p.decision_role))
    for p in clients:
        if p.vacancy and p.decision_role is not None:
            found.append(_sig(SignalKind.VACANT_ROLE, (p.id,),
                              f"{p.title or p.name} ({p.decision_role}) is a vacant post",
                              title=p.title or p.name, role=p.decision_role))
    for link_id in comb.mismatches(graph):
        x = graph.link(link_id)
        ours, theirs = people[x.source], people[x.target]
        found.append(_sig(SignalKind.LEVEL_MISMATCH, (x.id, ours.id, theirs.id),
                          f"{ours.name} (level {ours.level}) meets {theirs.name} "
                          f"(level {theirs.level})", ours=ours.name, a=int(ours.level),
                          theirs=theirs.name, b=int(theirs.level)))
    for p in clients:
        opposed = p.stance in (Stance.SKEPTIC, Stance.BLOCKER)
        if opposed and p.influence >= BLOCKER_INFLUENCE and (
                p.id not in owners or is_silent(p, today)):
            found.append(_sig(SignalKind.UNMANAGED_BLOCKER, (p.id,),
                              f"{p.name} ({p.stance}, influence {p.influence}) "
                              "has no owner or no recent contact",
                              name=p.name, stance=p.stance, influence=p.influence))
    if clients:
        our_side = {x.ours for x in pairs}
        their_side = {x.theirs for x in pairs}
        if len(our_side) <= 1 or len(their_side) <= 1:
            found.append(_sig(SignalKind.SINGLE_THREADED,
                              tuple(sorted(our_side | their_side)),
                              f"the relationship rests on {len(our_side)} of ours and "
                              f"{len(their_side)} of theirs",
                              ours=len(our_side), theirs=len(their_side)))
        if not sponsor.has_executive_sponsor(graph):  # the sponsor field agrees (graph.sponsor)
            found.append(_sig(SignalKind.NO_EXECUTIVE_SPONSOR, (),
                              "nobody of ours at level 1 is linked to the client's level 1"))
        champions = [p.id for p in clients if p.stance is Stance.CHAMPION]
        if len(champions) == 1:
            name = people[champions[0]].name
            found.append(_sig(SignalKind.SINGLE_CHAMPION, tuple(champions),
                              f"{name} is the only champion", name=name))
    for a in graph.records(ActionItem).values():
        if not a.is_closed and a.due is not None and a.due < today:
            found.append(_sig(SignalKind.OVERDUE_ACTION, (a.id,),
                              f"overdue since {a.due}: {a.what[:80]}", day=a.due,
                              what=a.what[:80]))
    for r in graph.records(Risk).values():
        if r.status is not RiskStatus.RESOLVED and r.owner_id is None:
            found.append(_sig(SignalKind.RISK_WITHOUT_OWNER, (r.id,),
                              f"risk without owner: {r.description[:80]}",
                              what=r.description[:80]))
    for act in sorted(graph.records(RaciActivity).values(), key=lambda a: a.position):
        if not act.is_valid:
            found.append(_sig(SignalKind.INVALID_RACI, (act.id,),
                              f"RACI '{act.name}' needs exactly one A and at least one R",
                              what=act.name))
    if analysis:
        from kamdesk.graph.analysis_signals import detect_analysis  # it imports this module

        found += detect_analysis(graph, scores)
    found.sort(key=_order)
    return found
