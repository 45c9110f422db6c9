"""Questions asked of the solid reporting lines: roots, chains, subtrees, levels."""

from __future__ import annotations

import collections
import operator
from collections import deque
from collections.abc import Callable, Iterable
from functools import lru_cache

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Person
from kamdesk.graph.types import Level, LinkKind, Side

_SIDE = operator.attrgetter("side")


def reporting_cycles(starts: Iterable[str],
                     manager_of: Callable[[str], str | None]) -> list[list[str]]:
    """Every cycle of solid lines reached by following managers up from ``starts``.

    Each cycle comes as [a, b, …]: b manages a, …, and a manages the last. Linear: every
    person is walked once. With one solid manager each, two cycles never share a person.
    A sound graph has none; this serves the integrity check and importers planning lines
    that are not in a graph yet.
    """
    state: dict[str, bool] = {}  # True: on the walk under way; False: walked before
    found: list[list[str]] = []
    for start in starts:
        walk: list[str] = []
        node: str | None = start
        while node is not None and node not in state:
            state[node] = True
            walk.append(node)
            node = manager_of(node)
        if node is not None and state[node]:
            found.append(walk[walk.index(node):])
        for n in walk:
            state[n] = False
    return found


def people_of(graph: AccountGraph, side: Side | None = None) -> list[Person]:
    return [p for p in graph.people.values() if side is None or p.side is side]


def side_count(graph: AccountGraph, side: Side) -> int:
    """How many people are on ``side`` (counted in C: it is asked on every open)."""
    return collections.Counter(map(_SIDE, graph.people.values()))[side]


def roots(graph: AccountGraph, side: Side | None = None) -> list[str]:
    """People with no solid-line manager: the tops of the org chart (a forest)."""
    managed = graph.managers  # one look-up each, no call: this runs over every person
    return [pid for pid, p in graph.people.items()
            if (side is None or p.side is side) and pid not in managed]


def count_below(graph: AccountGraph, pid: str, limit: int) -> int:
    """How many people report to ``pid`` directly or not, counted up to just past limit."""
    count, queue = 0, [pid]
    while queue and count <= limit:
        reports = graph.solid_reports(queue.pop())
        count += len(reports)
        queue += reports
    return count


def direct_reports(graph: AccountGraph, person_id: str) -> list[str]:
    graph.person(person_id)
    return graph.solid_reports(person_id)


def manager_chain(graph: AccountGraph, person_id: str) -> list[str]:
    """The person's managers upwards, nearest first, to the root (solid lines only)."""
    graph.person(person_id)
    chain: list[str] = []
    seen = {person_id}
    current = graph.manager_of(person_id)
    while current is not None and current not in seen:  # `seen`: safe on a damaged file
        chain.append(current)
        seen.add(current)
        current = graph.manager_of(current)
    return chain


def subtree(graph: AccountGraph, person_id: str) -> list[str]:
    """The person and everybody below them on solid lines, breadth first."""
    graph.person(person_id)
    found = [person_id]
    seen = {person_id}
    queue = deque([person_id])
    while queue:
        for child in graph.solid_reports(queue.popleft()):
            if child not in seen:
                seen.add(child)
                found.append(child)
                queue.append(child)
    return found


def people_by_level(graph: AccountGraph, side: Side | None = None) -> dict[Level, list[str]]:
    """Person ids per comb level, every level present (possibly empty)."""
    found: dict[Level, list[str]] = {level: [] for level in Level}
    for p in people_of(graph, side):
        found[p.level].append(p.id)
    return found


def influence_paths(graph: AccountGraph, person_id: str,
                    max_steps: int = 2) -> list[tuple[str, ...]]:
    """Chains of influence that end at the person: (a, person), (b, a, person), …

    Influence lines may form cycles; a chain never visits a person twice. Nearest first,
    then by the strength of the first line.
    """
    graph.person(person_id)
    g = graph.graph

    def swayers(target: str) -> list[tuple[str, int]]:
        found = []
        for source in g.predecessors(target):
            for link_id, kind in g[source][target]["links"].items():
                if kind is LinkKind.INFLUENCES:
                    found.append((source, graph.link(link_id).weight))
        return sorted(found, key=lambda x: -x[1])

    paths: list[tuple[str, ...]] = []
    frontier: list[tuple[str, ...]] = [(person_id,)]
    for _ in range(max_steps):
        longer = []
        for path in frontier:
            for source, _weight in swayers(path[0]):
                if source not in path:
                    longer.append((source, *path))
        paths += longer
        frontier = longer
    return paths


@lru_cache(maxsize=1 << 17)
def folded(text: str) -> str:
    """Text as search compares it: case-folded, ё as е, runs of space as one.

    Remembered: a search folds every name, title and department of the account, and
    those repeat from keystroke to keystroke (10,000 people: 0.3 s a search otherwise).
    """
    return " ".join(text.casefold().replace("ё", "е").split())


def search(graph: AccountGraph, text: str, side: Side | None = None) -> list[str]:
    """People whose name, title or department contains ``text`` (as ``folded`` sees it).

    Matches on the name come first, then on the title, then on the department; within each,
    the graph's order. An empty query finds nobody. Answered by the account's search index
    (``search_index``), which looks only at the values that match.
    """
    from kamdesk.graph.search_index import index_of  # it folds with this module's folded

    return index_of(graph).search(text, side)
