"""The stakeholder analysis as answers: for the command line, the plan and the app.

One place turns the computations of ``influence``, ``forecast``, ``introductions`` and
``whatif`` into plain facts (JSON-ready dicts of names, numbers and ids), so every front
end says the same thing. ``plan_summary`` is the short version for the plan's first page.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any, NamedTuple

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.analysis_signals import missing_roles, required_roles
from kamdesk.graph.errors import InvalidValueError
from kamdesk.graph.forecast import Forecast, Suggestion, forecast
from kamdesk.graph.influence import InfluenceScore, influence_scores, top_influencers
from kamdesk.graph.introductions import (
    MAX_HOPS,
    Introduction,
    best_introduction,
    introduction_paths,
)
from kamdesk.graph.leaving import present
from kamdesk.graph.signals import ANALYSIS_KINDS, Signal, SignalKind, detect
from kamdesk.graph.whatif import what_if_leaves

TOP_SHOWN = 10
MEET_SHOWN = 5


class Analysis(NamedTuple):
    scores: dict[str, InfluenceScore]
    forecast: Forecast
    whom_to_meet: list[Suggestion]
    signals: list[Signal]  # the analysis's own kinds: rating gaps, single points, roles




def analyze(graph: AccountGraph, today: date) -> Analysis:
    graph = present(graph)  # the account as it is now: without those who left
    scores = influence_scores(graph)
    result = forecast(graph)  # the default weights, from the scores above (kept per graph)
    found = [s for s in detect(graph, today) if s.kind in ANALYSIS_KINDS]  # scores kept
    return Analysis(scores, result, result.whom_to_meet(graph, MEET_SHOWN), found)


class PlanSummary(NamedTuple):
    """The analysis for the plan's first page: who decides, where we stand, whom to meet.

    ``top_influencers``: (name, score 1–5, the KAM's rating, rank), the highest first;
    ``support`` and ``support_before_influence``: −1 (all block) to +1 (all champion);
    ``whom_to_meet``: (name, stance now, the stance one step toward us, support gained).
    """

    top_influencers: list[tuple[str, float, int, int]]
    support: float
    support_before_influence: float
    whom_to_meet: list[tuple[str, str, str, float]]


def plan_summary(graph: AccountGraph, count: int = MEET_SHOWN) -> PlanSummary:
    """The summary facts of the analysis for a printed plan (pure; no signals)."""
    graph = present(graph)
    people = graph.people
    scores = influence_scores(graph)
    result = forecast(graph)  # the default weights, from the scores above (kept per graph)
    return PlanSummary(
        [(people[s.person_id].name, s.score, s.rating, s.rank)
         for s in top_influencers(scores, count)],
        result.support, result.initial_support,
        [(people[s.person_id].name, s.stance.value, s.next_stance.value, s.gain)
         for s in result.whom_to_meet(graph, count)])


def find_person(graph: AccountGraph, ref: str) -> str:
    """The id of the person named by ``ref``: an id, or a name (case- and ё/е-insensitive)."""
    if ref in graph.people:
        return ref
    wanted = _folded(ref)
    if not wanted:
        raise InvalidValueError("person", ref, "person_ref")
    hits = [p.id for p in graph.people.values() if _folded(p.name) == wanted]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise InvalidValueError("person", ref, "nobody_named")
    raise InvalidValueError("person", ref, "same_name", count=len(hits),
                            ids=", ".join(hits[:5]))


def _present_with(graph: AccountGraph, person_id: str) -> AccountGraph:
    """The account now, refusing a person who is no longer part of it."""
    now = present(graph)
    if person_id not in now.people:
        raise InvalidValueError("person", graph.person(person_id).name, "has_left")
    return now


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split())).casefold()
    return text.replace("ё", "е")


def _who(graph: AccountGraph, pid: str) -> dict[str, Any]:
    p = graph.people[pid]
    return {"id": pid, "name": p.name, "title": p.title, "side": p.side.value,
            "level": int(p.level)}


def _role(graph: AccountGraph, pid: str) -> str | None:
    role = graph.people[pid].decision_role
    return None if role is None else role.value


def _path(graph: AccountGraph, path: Introduction) -> dict[str, Any]:
    return {"cost": round(path.cost, 3), "people": [_who(graph, pid) for pid in path.people],
            "hops": [{"from": h.source, "to": h.target, "kind": h.kind.value,
                      "strength": h.value, "tie": round(h.tie, 3), "cost": round(h.cost, 3)}
                     for h in path.hops]}


def _signal(s: Signal) -> dict[str, Any]:
    return {"kind": s.kind.value, "subjects": list(s.subjects), "detail": s.detail}


def analysis_facts(graph: AccountGraph, today: date) -> dict[str, Any]:
    """``kamdesk analyze --json``: every client person (highest score first) with their
    score, rating, final opinion and the support gained by one step of their stance; the
    forecast, whom to meet next and the analysis signals."""
    graph = present(graph)
    a = analyze(graph, today)
    people = graph.people
    ranked = sorted(a.scores.values(), key=lambda s: (s.rank, -s.rating, s.person_id))
    return {
        "account": {"id": graph.id, "name": graph.account.name},
        "scores": [{**_who(graph, s.person_id), "score": round(s.score, 2),
                    "rating": s.rating, "rank": s.rank, "pagerank": s.pagerank,
                    "decision_role": _role(graph, s.person_id),
                    "stance": people[s.person_id].stance.value,
                    "opinion": a.forecast.opinions[s.person_id],
                    "gain": a.forecast.gains[s.person_id],
                    "hidden_influencer": s.hidden_influencer, "overrated": s.overrated}
                   for s in ranked],
        "forecast": {"support": a.forecast.support,
                     "support_before_influence": a.forecast.initial_support,
                     "buying_centre": [{"id": pid, "weight": w, "stance":
                                        people[pid].stance.value,
                                        "opinion": a.forecast.opinions[pid]}
                                       for pid, w in a.forecast.weights.items()]},
        "whom_to_meet": [{**_who(graph, s.person_id), "stance": s.stance.value,
                          "next_stance": s.next_stance.value, "gain": s.gain}
                         for s in a.whom_to_meet],
        "roles": {"required": [r.value for r in required_roles(graph)],
                  "missing": [r.value for r in missing_roles(graph)],
                  "default": graph.account.required_roles is None},
        "single_points_of_failure": [_signal(s) for s in a.signals
                                     if s.kind is SignalKind.SINGLE_POINT_OF_FAILURE],
        "signals": [_signal(s) for s in a.signals],
    }


def paths_facts(graph: AccountGraph, target: str) -> dict[str, Any]:
    """``kamdesk paths --json``: the ranked introductions of at most MAX_HOPS hops, and the
    cheapest of any length when none is that short."""
    graph = _present_with(graph, target)
    paths = introduction_paths(graph, target)
    longer = best_introduction(graph, target) if not paths else None
    return {"target": _who(graph, target), "max_hops": MAX_HOPS,
            "paths": [_path(graph, p) for p in paths],
            "longer": _path(graph, longer) if longer is not None else None}


def what_if_facts(graph: AccountGraph, person: str, today: date) -> dict[str, Any]:
    """``kamdesk what-if --json``."""
    graph = _present_with(graph, person)
    w = what_if_leaves(graph, person, today)
    return {
        "leaves": _who(graph, person),
        "orphaned": [_who(graph, pid) for pid in w.orphaned],
        "broken_paths": [{"to": _who(graph, b.person_id), "before": _path(graph, b.before),
                          "after": _path(graph, b.after) if b.after else None}
                         for b in w.broken_paths],
        "new_signals": [_signal(s) for s in w.new_signals],
        "gone_signals": [_signal(s) for s in w.gone_signals],
        "support_before": w.support_before, "support_after": w.support_after,
        "score_moves": [{**_who(graph, pid), "before": round(b, 2), "after": round(a, 2)}
                        for pid, b, a in w.score_moves],
    }
