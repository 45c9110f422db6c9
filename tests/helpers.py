"""Small tools shared by the tests: snapshots of a graph and a hand-made account."""

from __future__ import annotations

from datetime import date
from typing import Any

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RECORD_TYPES, Account, Link, Person
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side, Stance

ACC = "acc1"


def snapshot(graph: AccountGraph) -> dict[str, Any]:
    """Everything the graph holds, as plain comparable values (and the networkx edges)."""
    return {
        "account": graph.account,
        "people": dict(graph.people),
        "links": dict(graph.links),
        "records": {k.__name__: dict(graph.records(k)) for k in RECORD_TYPES},
        "edges": sorted((u, v, tuple(sorted(d["links"]))) for u, v, d in
                        graph.graph.edges(data=True)),
        "nodes": sorted(graph.graph.nodes),
        "managers": {p: graph.manager_of(p) for p in graph.people},
    }


def person(pid: str, side: Side = Side.CLIENT, level: int = 4, **fields: Any) -> Person:
    return Person(pid, ACC, side, fields.pop("name", f"Person {pid}"),
                  level=Level(level), **fields)


def tiny_graph() -> AccountGraph:
    """Client: ceo ← cfo ← analyst, ceo ← cto; ours: boss ← kam. One counterpart."""
    g = AccountGraph(Account(ACC, "Тест «Альфа»"))
    g.add_person(person("ceo", level=1, name="Фёдор Королёв",
                        decision_role=DecisionRole.DECISION_MAKER, stance=Stance.NEUTRAL))
    g.add_person(person("cfo", level=2, name="Olivia Bennett",
                        decision_role=DecisionRole.ECONOMIC_BUYER))
    g.add_person(person("cto", level=2, name="Артём Семёнов"))
    g.add_person(person("analyst", level=4, name="Анна Петрова",
                        last_contact=date(2026, 1, 5)))
    g.add_person(person("boss", Side.INTERNAL, level=1, name="Our CEO"))
    g.add_person(person("kam", Side.INTERNAL, level=3, name="Our KAM"))
    for pid, manager in (("cfo", "ceo"), ("cto", "ceo"), ("analyst", "cfo"), ("kam", "boss")):
        g.add_link(Link(f"r-{pid}", ACC, LinkKind.REPORTS_TO, pid, manager))
    g.add_link(Link("cp1", ACC, LinkKind.COUNTERPART, "kam", "cfo", strength=4))
    return g


def without_versions(snap: dict[str, Any]) -> dict[str, Any]:
    """A snapshot with every entity's version zeroed (undo and migrations renumber them)."""
    def plain(value: Any) -> Any:
        if hasattr(value, "_replace") and hasattr(value, "version"):
            return value._replace(version=0)
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value
    return {k: plain(v) for k, v in snap.items()}
