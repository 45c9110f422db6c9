"""Our executive sponsor: the account's sponsor field and the comb's top tooth, in agreement.

An account has an executive sponsor when one of ours at level 1 owns the relationship with
a client person at level 1. When the account names its sponsor, it is *that* person who
must: a sponsor on paper who meets nobody at the top is no sponsor. The "no executive
sponsor" signal asks ``has_executive_sponsor`` and the account panel shows ``check`` with
the fix it suggests, so the field and the signal never tell different stories.
"""

from __future__ import annotations

from typing import NamedTuple

from kamdesk.graph import comb
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.types import Level, Side


class SponsorCheck(NamedTuple):
    sponsor_id: str | None  # the account's field
    top_pairs: list[tuple[str, str]]  # (ours, theirs), both at level 1
    ok: bool  # what the signal says (no signal when True)
    link_to: str | None  # a client level-1 person the sponsor could be linked with
    suggested: str | None  # one of ours who meets the top, for an empty sponsor field


def check(graph: AccountGraph) -> SponsorCheck:
    people = graph.people
    top = [(p.ours, p.theirs) for p in comb.pairs(graph)
           if people[p.ours].level is Level.TOP and people[p.theirs].level is Level.TOP]
    sponsor = graph.account.sponsor_id
    if sponsor is not None and sponsor not in people:
        sponsor = None
    ok = any(o == sponsor for o, _ in top) if sponsor is not None else bool(top)
    link_to = None
    if sponsor is not None and not ok:
        tops = [p.id for p in people.values() if p.side is Side.CLIENT and p.level is Level.TOP]
        link_to = tops[0] if tops else None
    suggested = top[0][0] if sponsor is None and top else None
    return SponsorCheck(sponsor, top, ok, link_to, suggested)


def has_executive_sponsor(graph: AccountGraph) -> bool:
    return check(graph).ok
