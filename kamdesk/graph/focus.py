"""Focus on one person: their influence network two steps out, our coverage of it, the
ways in (issue 14's focus mode; the chart dims everyone else).

``focus(graph, pid)`` is pure and cheap (a bounded walk over the person's lines, then
``introduction_paths`` for a client person), so the chart can recompute it on every edit.

- **network**: the people within ``STEPS`` influence lines of the person, following the
  lines either way (who sways them, whom they sway, and so on once more), the person
  included. Reporting lines are not followed: the formal chain is on the chart already;
  focus shows the informal one.
- **coverage**: for each client person in the network, our people who meet them
  (counterpart links); ``uncovered`` are the network's client people nobody of ours meets.
- **paths**: for a client person, the cheapest warm introductions
  (``kamdesk.graph.introductions``); their people are in focus too.
"""

from __future__ import annotations

from typing import NamedTuple

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.comb import owners
from kamdesk.graph.introductions import Introduction, introduction_paths
from kamdesk.graph.types import LinkKind, Side

STEPS = 2
PATHS = 3


class Focus(NamedTuple):
    centre: str
    network: dict[str, int]  # person id → steps from the centre (0 for the centre)
    coverage: dict[str, tuple[str, ...]]  # client person in the network → our people
    uncovered: tuple[str, ...]  # the network's client people nobody of ours meets
    paths: tuple[Introduction, ...]

    @property
    def people(self) -> frozenset[str]:
        """Everyone in focus: the network, our people covering it, the people on paths."""
        found = set(self.network)
        for ours in self.coverage.values():
            found.update(ours)
        for path in self.paths:
            for hop in path.hops:
                found.update((hop.source, hop.target))
        return frozenset(found)

    def lines(self, graph: AccountGraph) -> frozenset[str]:
        """The ids of the links that make the focus: influence lines inside the network,
        the coverage's counterpart links, and every tie a path uses."""
        hops = {(h.kind, frozenset((h.source, h.target))) for p in self.paths for h in p.hops}
        return frozenset(
            x.id for x in graph.links.values()
            if (x.kind is LinkKind.INFLUENCES and x.source in self.network
                and x.target in self.network)
            or (x.kind is LinkKind.COUNTERPART and x.source in self.coverage.get(x.target, ()))
            or (x.kind, frozenset((x.source, x.target))) in hops)


def influence_network(graph: AccountGraph, pid: str, steps: int = STEPS) -> dict[str, int]:
    """Person id → influence steps from ``pid`` (either direction), up to ``steps``."""
    graph.person(pid)  # an unknown person is refused
    g = graph.graph
    found = {pid: 0}
    frontier = [pid]
    for step in range(1, steps + 1):
        nxt = []
        for node in frontier:
            for u, v, data in (*g.out_edges(node, data=True), *g.in_edges(node, data=True)):
                other = v if u == node else u
                if other not in found and LinkKind.INFLUENCES in data["links"].values():
                    found[other] = step
                    nxt.append(other)
        frontier = nxt
    return found


def focus(graph: AccountGraph, pid: str, steps: int = STEPS, paths: int = PATHS) -> Focus:
    """What focus mode shows for ``pid`` (see the module's docstring)."""
    network = influence_network(graph, pid, steps)
    people = graph.people
    met = owners(graph)
    coverage = {p: tuple(met.get(p, ())) for p in network if people[p].side is Side.CLIENT}
    uncovered = tuple(sorted((p for p, ours in coverage.items() if not ours),
                             key=lambda p: (network[p], people[p].name)))
    ways = tuple(introduction_paths(graph, pid, k=paths)) \
        if people[pid].side is Side.CLIENT else ()
    return Focus(pid, network, coverage, uncovered, ways)
