"""Our executive sponsor: the account's sponsor field and the comb's top tooth, in agreement.

An account has an executive sponsor when one of ours at level 1 owns the relationship with
a client person at level 1. When the account names its sponsor, it is *that* person who
must: a sponsor on paper who meets nobody at the top is no sponsor. The "no executive
sponsor" signal asks ``has_executive_sponsor`` and the account panel shows ``check`` with
the fix it suggests, so the field and the signal never tell different stories.
"""

from __future__ import annotations

from typing import NamedTuple

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.types import Level, LinkKind, Side


class SponsorCheck(NamedTuple):
    sponsor_id: str | None  # the account's field
    top_pairs: list[tuple[str, str]]  # (ours, theirs) at level 1; only the sponsor's if named
    ok: bool  # what the signal says (no signal when True)
    link_to: str | None  # a client level-1 person the sponsor could be linked with
    suggested: str | None  # one of ours who meets the top, for an empty sponsor field


def check(graph: AccountGraph) -> SponsorCheck:
    """Walks only the counterpart links of our level-1 people: cheap on a 50,000-person chart."""
    people = graph.people
    sponsor = graph.account.sponsor_id
    if sponsor is not None and sponsor not in people:
        sponsor = None
    ours_top = [sponsor] if sponsor is not None else [
        p.id for p in people.values() if p.side is Side.INTERNAL and p.level is Level.TOP]
    top = [(x.source, x.target) for pid in ours_top if people[pid].level is Level.TOP
           for x in graph.links_of(pid, LinkKind.COUNTERPART)
           if x.source == pid and people[x.target].level is Level.TOP]
    ok = bool(top)
    link_to = None
    if sponsor is not None and not ok:
        tops = [p.id for p in people.values() if p.side is Side.CLIENT and p.level is Level.TOP]
        link_to = tops[0] if tops else None
    suggested = top[0][0] if sponsor is None and top else None
    return SponsorCheck(sponsor, top, ok, link_to, suggested)


def has_executive_sponsor(graph: AccountGraph) -> bool:
    return check(graph).ok
