"""GraphML in and out, with networkx.

Files kamdesk writes carry every person field and every line with its kind (a reporting
line points from the person to their manager, as in the model). Other GraphML — yEd's org
charts among them — is read as an org chart drawn top-down: an edge goes from a manager to
a report, and a node's name is its label.
"""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import networkx as nx

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side, Stance
from kamdesk.io.people import Defect, Incoming, defect
from kamdesk.io.plan import ExtraLink
from kamdesk.io.safe import check_xml
from kamdesk.io.text import ReadError

MARK = "kamdesk_account"
PERSON_FIELDS = ("name", "title", "department", "side", "level", "email", "phone",
                 "decision_role", "stance", "influence", "priorities", "notes", "last_contact",
                 "cadence_days", "external_id", "vacancy")


def write_graphml(graph: AccountGraph, target: Path) -> None:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()  # two people may share lines of two kinds
    g.graph[MARK] = graph.account.name
    for p in graph.people.values():
        data = {}
        for f in PERSON_FIELDS:
            value = getattr(p, f)
            if value is None:
                continue
            data[f] = value.isoformat() if isinstance(value, date) else \
                str(value.value) if hasattr(value, "value") else value
        data["label"] = p.name  # what yEd and Gephi show
        g.add_node(p.id, **data)
    for x in graph.links.values():
        g.add_edge(x.source, x.target, key=x.id, kind=x.kind.value, dotted=x.dotted,
                   weight=x.weight, strength=x.strength)
    nx.write_graphml(g, str(target), encoding="utf-8", prettyprint=True)


def read_graphml(data: bytes) -> tuple[list[Incoming], list[ExtraLink], list[Defect], bool]:
    """People, non-manager lines, defects, and whether kamdesk wrote the file."""
    check_xml(data, "GraphML")
    try:
        g = nx.parse_graphml(data.decode("utf-8", errors="replace"), force_multigraph=True)
    except ET.ParseError as error:
        raise ReadError("xml_error", what="GraphML", line=error.position[0]) from None
    except (nx.NetworkXError, KeyError, ValueError, TypeError, IndexError):
        raise ReadError("graphml_rules") from None
    ours = MARK in g.graph
    people: list[Incoming] = []
    defects: list[Defect] = []
    for n, (node, attrs) in enumerate(g.nodes(data=True), start=1):
        name = str(attrs.get("name") or attrs.get("label") or "").strip()
        if not name:
            defects.append(defect(None, "node_no_name", node=str(node)[:40]))
            continue
        person = Incoming(n, str(node), name)
        for f in ("title", "department", "email", "phone", "priorities", "notes"):
            if attrs.get(f):
                setattr(person, f, str(attrs[f]))
        # kamdesk's node ids are its own; other tools' ids are the external ones
        person.external_id = str(attrs.get("external_id", "")) if ours else str(node)
        _typed(person, attrs)
        people.append(person)
    by_key = {p.key: p for p in people}
    extra: list[ExtraLink] = []
    for source, target, edge in g.edges(data=True):
        kind = str(edge.get("kind", LinkKind.REPORTS_TO.value)) if ours else "reports_to"
        if kind not in LinkKind._value2member_map_:
            defects.append(defect(None, "edge_unknown_kind", source=str(source)[:40],
                                  target=str(target)[:40], kind=kind[:40]))
            continue
        if kind == LinkKind.REPORTS_TO.value and not edge.get("dotted"):
            report, manager = (source, target) if ours else (target, source)
            if report in by_key:
                by_key[report].managers.append(str(manager))
            continue
        extra.append(ExtraLink(LinkKind(kind), str(source), str(target),
                               bool(edge.get("dotted", False)), int(edge.get("weight", 1)),
                               int(edge.get("strength", 3))))
    return people, extra, defects, ours


def _typed(person: Incoming, data: dict[str, object]) -> None:
    """Fields kamdesk itself wrote; other tools' values are ignored if they do not fit."""
    if str(data.get("side", "")) in Side._value2member_map_:
        person.side = Side(str(data["side"]))
    if str(data.get("level", "")) in ("1", "2", "3", "4"):
        person.level = Level(int(str(data["level"])))
    if str(data.get("stance", "")) in Stance._value2member_map_:
        person.stance = Stance(str(data["stance"]))
    if str(data.get("decision_role", "")) in DecisionRole._value2member_map_:
        person.decision_role = DecisionRole(str(data["decision_role"]))
    for f, low, high in (("influence", 1, 5), ("cadence_days", 1, 3650)):
        value = data.get(f)
        if isinstance(value, int) and low <= value <= high:
            setattr(person, f, value)
    if isinstance(data.get("vacancy"), bool):
        person.vacancy = bool(data["vacancy"])
    if data.get("last_contact"):
        with contextlib.suppress(ValueError):  # another tool's date format: left empty
            person.last_contact = date.fromisoformat(str(data["last_contact"]))
