"""Many additions at once: what an import adds to an AccountGraph, its people then its lines.

Applying 20,000 additions change by change costs a dict write, an index step and (once the
networkx graph is built) a networkx call each. When a change set is only additions (new
people, then new lines), the graph takes them in a few bulk steps that give the same
people, lines, indexes and networkx graph, in the same order. ``bulk.add_many`` hands over
what it has already found of its own batch (the people by id, the solid lines' managers);
any other change set is looked at here (``additions_in``).
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple, cast

from kamdesk.graph.changes import Change
from kamdesk.graph.entities import Entity, Link, Person
from kamdesk.graph.types import LinkKind

if TYPE_CHECKING:
    import networkx as nx

_BEFORE, _AFTER = operator.itemgetter(0), operator.itemgetter(1)  # of a Change
_ID = operator.itemgetter(0)  # of a Person or a Link


class Additions(NamedTuple):
    """A change set of additions, taken apart: the new people by id (in order), then the
    new lines, and (when known) the solid lines among them as source → target."""

    people: dict[str, Person]
    links: list[Link]
    managers: dict[str, str] | None = None


def additions_in(changes: tuple[Change, ...]) -> Additions | None:
    """``changes`` as Additions when they are new people, then new lines (what an import
    adds); None otherwise. A few C-level passes."""
    afters: list[Entity | None] = list(map(_AFTER, changes))
    kinds = list(map(type, afters))
    people, lines = kinds.count(Person), kinds.count(Link)
    if people + lines != len(kinds) or (lines and kinds.index(Link) != people) or \
            any(map(_BEFORE, changes)):
        return None  # not people then lines, or not additions (an entity is non-empty)
    added = cast(list[Person], afters[:people])
    return Additions(dict(zip(map(_ID, added), added, strict=True)),
                     cast(list[Link], afters[people:]))


def edges_of(links: Iterable[Link]) -> dict[tuple[str, str], dict[str, LinkKind]]:
    """The networkx graph's edges for ``links``: each pair with its links as {id: kind}."""
    pairs: dict[tuple[str, str], dict[str, LinkKind]] = {}
    for x in links:
        pairs.setdefault((x.source, x.target), {})[x.id] = x.kind
    return pairs


def linked_already(links: list[Link], graph: nx.DiGraph[str] | None,
                   existing: Mapping[str, Link]) -> bool:
    """A line among ``links`` joins two people linked already by one of ``existing`` (the
    edge exists in ``graph``, the networkx graph when built): then applying them at once
    would replace that edge's links instead of adding to them."""
    if not links or (graph is None and not existing):
        return False  # no line yet: none is doubled
    if graph is not None:
        has_edge = graph.has_edge
    else:  # not built: the pairs linked now, from the links themselves
        linked = {(x.source, x.target) for x in existing.values()}
        has_edge = lambda u, v: (u, v) in linked  # noqa: E731
    return any(has_edge(x.source, x.target) for x in links)
