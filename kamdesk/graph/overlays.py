"""Colour overlays for the org chart: one category per person, by one question at a time.

The chart's colour band shows the person's stance by default; an overlay asks another
question of the whole chart and puts the answer in the band (the UI maps categories to
colours and draws the legend; the words are in ``vocabulary``):

- ``stance``: the stance (champion … blocker, unknown);
- ``coverage``: a client person ``covered`` (one of ours meets them: a counterpart link)
  or ``uncovered``; one of ours ``covering`` someone or ``not_covering`` anyone;
- ``freshness``: the contact's freshness against the cadence (``comb.freshness``, the one
  rule): fresh, due, stale, never;
- ``influence``: the client person's influence score from the lines
  (``influence.influence_scores``), rounded to ``score_1`` … ``score_5``; ``no_score`` for
  a person with no influence or reporting line to another client person (the score says
  nothing there) and for our people.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from kamdesk.graph.comb import freshness, owners
from kamdesk.graph.types import LinkKind, Side, Stance

if TYPE_CHECKING:  # the chart's View menu names the overlays before networkx loads
    from kamdesk.graph.account_graph import AccountGraph

OVERLAYS = ("stance", "coverage", "freshness", "influence")
CATEGORIES: Mapping[str, tuple[str, ...]] = {
    "stance": tuple(s.value for s in Stance),
    "coverage": ("covered", "uncovered", "covering", "not_covering"),
    "freshness": ("fresh", "due", "stale", "never"),
    "influence": ("score_5", "score_4", "score_3", "score_2", "score_1", "no_score"),
}


def overlay(graph: AccountGraph, name: str, today: date) -> dict[str, str]:
    """Person id → the person's category under overlay ``name`` (one of ``OVERLAYS``)."""
    people = graph.people
    if name == "stance":
        return {pid: p.stance.value for pid, p in people.items()}
    if name == "freshness":
        return {pid: freshness(p.last_contact, p.cadence, today).value
                for pid, p in people.items()}
    if name == "coverage":
        met = owners(graph)
        covering = {x.source for x in graph.links.values() if x.kind is LinkKind.COUNTERPART}
        return {pid: ("covered" if pid in met else "uncovered") if p.side is Side.CLIENT
                else "covering" if pid in covering else "not_covering"
                for pid, p in people.items()}
    if name == "influence":
        from kamdesk.graph.influence import influence_scores
        from kamdesk.graph.leaving import present

        scores = influence_scores(present(graph))  # the account now: who left has none
        found = {pid: "no_score" for pid in people}
        for pid, s in scores.items():
            if s.connected:
                found[pid] = f"score_{min(5, max(1, round(s.score)))}"
        return found
    raise ValueError(f"no overlay named {name!r}; one of {', '.join(OVERLAYS)}")
