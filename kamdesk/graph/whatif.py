"""What if someone leaves: one person removed from a copy of the account (issue 14).

People leave — on the client's side and on ours — and the relationship is more likely to
end when they do. Before it happens a KAM wants to know what hangs on each person: which
client people lose their only counterpart, which routes to the people who sign break,
which risk signals appear (and which go away with them), how the expected support moves,
and whose influence score changes most.

The original graph is never touched: the person is removed from a copy (``restore`` of the
same values, then the ordinary ``remove_person``, which also drops them from meetings,
actions, risks and RACI, exactly as deleting them would).

Limits: people react to departures (a successor, new lines); this shows the day after,
before anyone has adapted.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from kamdesk.graph import signals
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.analysis_signals import KEY_ROLES
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.entities import RECORD_TYPES
from kamdesk.graph.forecast import expected_support, forecast
from kamdesk.graph.influence import influence_scores, scores_without
from kamdesk.graph.introductions import Introduction, best_introduction
from kamdesk.graph.types import LinkKind, Side

SCORE_MOVES_SHOWN = 5
MIN_MOVE = 0.05  # a smaller change of a 1–5 score is noise (a big account shifts everyone)


class BrokenPath(NamedTuple):
    """A decision maker or economic buyer whose best introduction ran through the leaver."""

    person_id: str
    before: Introduction
    after: Introduction | None  # the best one left, or None: cut off


class WhatIf(NamedTuple):
    person_id: str
    orphaned: list[str]  # client people whose only counterpart was the leaver
    broken_paths: list[BrokenPath]
    new_signals: list[signals.Signal]
    gone_signals: list[signals.Signal]  # e.g. about the leaver themselves
    support_before: float
    support_after: float
    # (person, score before, after): the largest changes of at least MIN_MOVE, largest first
    score_moves: list[tuple[str, float, float]]


def without(graph: AccountGraph, person_id: str) -> AccountGraph:
    """A copy of the account with the person removed (the graph itself is not changed)."""
    graph.person(person_id)
    with paused_gc():
        copy = AccountGraph.restore(graph.account, graph.people.values(),
                                    graph.links.values(),
                                    [r for kind in RECORD_TYPES
                                     for r in graph.records(kind).values()])
    copy.remove_person(person_id)
    return copy


def _key(s: signals.Signal) -> tuple[str, tuple[str, ...]]:
    return (s.kind.value, s.subjects)


def what_if_leaves(graph: AccountGraph, person_id: str, today: date) -> WhatIf:
    """Everything that changes when ``person_id`` leaves (see the module's doc)."""
    with paused_gc():  # tens of thousands of short-lived tuples, no cycles (see bulk)
        return _what_if(graph, person_id, today)


def _what_if(graph: AccountGraph, person_id: str, today: date) -> WhatIf:
    after = without(graph, person_id)
    people = graph.people
    owners: dict[str, set[str]] = {}
    for x in graph.links.values():
        if x.kind is LinkKind.COUNTERPART:
            owners.setdefault(x.target, set()).add(x.source)
    orphaned = [pid for pid, who in owners.items() if who == {person_id}]

    broken: list[BrokenPath] = []
    for p in people.values():
        if p.id == person_id or p.side is not Side.CLIENT or p.decision_role not in KEY_ROLES:
            continue
        before = best_introduction(graph, p.id)
        if before is not None and person_id in before.people:
            broken.append(BrokenPath(p.id, before, best_introduction(after, p.id)))

    scores_before = influence_scores(graph)
    scores_after = scores_without(graph, person_id, after)  # from the graph's own solution
    old = signals.detect(graph, today)  # judged by the scores above (kept per graph)
    new = signals.detect(after, today)
    old_keys = {_key(s) for s in old}
    new_keys = {_key(s) for s in new}
    support_before = forecast(graph).support  # kept per graph, with the scores above
    support_after = expected_support(after)
    moves = [(pid, s.score, scores_after[pid].score) for pid, s in scores_before.items()
             if pid in scores_after and abs(scores_after[pid].score - s.score) >= MIN_MOVE]
    moves.sort(key=lambda m: (-abs(m[2] - m[1]), m[0]))
    return WhatIf(person_id, orphaned, broken,
                  [s for s in new if _key(s) not in old_keys],
                  [s for s in old if _key(s) not in new_keys],
                  support_before, support_after, moves[:SCORE_MOVES_SHOWN])
