"""Integrity check of a whole account graph, as loaded (``kamdesk check``).

AccountGraph.restore trusts what it is given, for speed; this module runs the same rules
the edit path runs (``validate`` for fields, ``rules`` for what involves the rest of the
account) on every entity, so a file damaged outside kamdesk is found and named, and a file
kamdesk wrote always passes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from kamdesk.graph import rules, validate
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RECORD_TYPES, Entity, Link, Meeting
from kamdesk.graph.errors import (
    DomainError,
    DuplicateLinkError,
    ReportingCycleError,
    SecondManagerError,
    SelfLinkError,
)
from kamdesk.graph.queries import reporting_cycles
from kamdesk.graph.types import LinkKind


def problems(graph: AccountGraph) -> list[str]:
    """Every broken rule, as sentences naming the account and the entity; [] when sound."""
    where = f"account {graph.account.name!r}"
    found: list[str] = []

    def check(entity: Entity, *more: Callable[[], None]) -> None:
        name = f"{where}: {type(entity).__name__} {entity.id}"
        try:
            validate.normalized(entity)
            for rule in more:
                rule()
        except DomainError as error:
            found.append(f"{name}: {error}")
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            found.append(f"{name}: unreadable value ({type(error).__name__})")
        if entity.account_id != graph.id:
            found.append(f"{name} names another account")

    people = graph.people
    check(graph.account, partial(rules.check_account_refs, graph.account, people))
    for p in people.values():
        check(p, partial(rules.check_successor, p, people))
    solid: dict[str, str] = {}
    pairs: set[tuple[LinkKind, str, str]] = set()
    for x in graph.links.values():
        if x.source not in people or x.target not in people:
            found.append(f"{where}: link {x.id} points at a missing person")
            continue
        check(x, partial(_link_alone, x, graph, pairs, solid))
    for cycle in reporting_cycles(solid, solid.get):
        error = ReportingCycleError([*cycle, cycle[0]],
                                    [people[p].name for p in [*cycle, cycle[0]]])
        found.append(f"{where}: {error}")
    meetings: Mapping[str, Entity] = graph.records(Meeting)
    for kind in RECORD_TYPES:
        for record in graph.records(kind).values():
            check(record, partial(rules.check_record, record, people, meetings))
    return found


def _link_alone(x: Link, graph: AccountGraph, pairs: set[tuple[LinkKind, str, str]],
                solid: dict[str, str]) -> None:
    """The rules of one line that do not need the others in order (cycles come after)."""
    people = graph.people
    if x.source == x.target:
        raise SelfLinkError(x.kind.value, x.source)
    rules.check_link_sides(x, people[x.source], people[x.target])
    keys = [(x.kind, x.source, x.target)]
    if x.kind is LinkKind.CONFLICT:
        keys.append((x.kind, x.target, x.source))
    duplicate = any(k in pairs for k in keys)
    pairs.add(keys[0])
    if duplicate:
        raise DuplicateLinkError(x.kind.value)
    if x.kind is LinkKind.REPORTS_TO and not x.dotted:
        if x.source in solid:
            raise SecondManagerError(people[x.source].name, people[solid[x.source]].name)
        solid[x.source] = x.target
