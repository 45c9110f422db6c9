"""Integrity check of a whole account graph, as loaded (``kamdesk check``).

AccountGraph.restore trusts what it is given, for speed; this module re-checks every rule
that the edit path enforces, so a file damaged outside kamdesk is found and named.
"""

from __future__ import annotations

from kamdesk.graph import validate
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RECORD_TYPES, ActionItem, Entity, Meeting, Risk
from kamdesk.graph.errors import DomainError
from kamdesk.graph.queries import reporting_cycles
from kamdesk.graph.types import LinkKind, Side


def problems(graph: AccountGraph) -> list[str]:
    """Every broken rule, as sentences naming the account and the entity; [] when sound."""
    where = f"account {graph.account.name!r}"
    found: list[str] = []

    def check(entity: Entity) -> None:
        try:
            validate.normalized(entity)
        except DomainError as error:
            found.append(f"{where}: {type(entity).__name__} {entity.id}: {error}")
        if entity.account_id != graph.id:
            found.append(f"{where}: {type(entity).__name__} {entity.id} names another account")

    check(graph.account)
    people = graph.people
    for p in people.values():
        check(p)
    solid: dict[str, str] = {}
    pairs: set[tuple[LinkKind, str, str]] = set()
    for x in graph.links.values():
        check(x)
        if x.source not in people or x.target not in people:
            found.append(f"{where}: link {x.id} points at a missing person")
            continue
        if x.source == x.target:
            found.append(f"{where}: link {x.id} links a person to themselves")
        key = (x.kind, x.source, x.target)
        if key in pairs:
            found.append(f"{where}: link {x.id} duplicates another {x.kind.value} link")
        pairs.add(key)
        sides = (people[x.source].side, people[x.target].side)
        if x.kind is LinkKind.REPORTS_TO:
            if sides[0] is not sides[1]:
                found.append(f"{where}: link {x.id} reports across sides")
            if not x.dotted:
                if x.source in solid:
                    found.append(f"{where}: {people[x.source].name} has two solid managers")
                solid[x.source] = x.target
        elif x.kind is LinkKind.COUNTERPART and sides != (Side.INTERNAL, Side.CLIENT):
            found.append(f"{where}: counterpart link {x.id} does not go internal → client")
        elif x.kind is LinkKind.CONFLICT and sides != (Side.CLIENT, Side.CLIENT):
            found.append(f"{where}: conflict link {x.id} is not between client people")
    for cycle in reporting_cycles(solid, solid.get):
        shown = " → ".join(people[p].name for p in [*cycle, cycle[0]])
        found.append(f"{where}: a solid reporting cycle: {shown}")
    for kind in RECORD_TYPES:
        for record in graph.records(kind).values():
            check(record)
    found += _dangling(graph, where)
    return found


def _dangling(graph: AccountGraph, where: str) -> list[str]:
    people = graph.people
    found = []
    for field in ("kam_id", "sponsor_id"):
        ref = getattr(graph.account, field)
        if ref is not None and (ref not in people or people[ref].side is not Side.INTERNAL):
            found.append(f"{where}: {field} {ref} is not one of our people in the account")
    for m in graph.records(Meeting).values():
        missing = [a for a in m.attendees if a not in people]
        if missing:
            found.append(f"{where}: meeting {m.id} lists missing attendees {missing}")
    owned: list[ActionItem | Risk] = [*graph.records(ActionItem).values(),
                                      *graph.records(Risk).values()]
    for r in owned:
        if r.owner_id is not None and r.owner_id not in people:
            found.append(f"{where}: {type(r).__name__} {r.id} has a missing owner")
    return found
