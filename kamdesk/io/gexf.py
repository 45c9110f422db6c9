"""GEXF (Gephi's format) in: people from nodes, the hierarchy from ``pid`` or from edges.

GEXF can say who is under whom two ways: a node's ``pid`` (its parent node, GEXF's own
hierarchy) or edges. An org chart drawn as a graph points edges from the manager to the
report, as charts are drawn top-down; ``pid`` wins where both exist. Node attributes whose
titles name a field (title, department, email, …) fill it, found by the same header names
as tables. Read by streaming the XML (no networkx: it refuses ``pid`` hierarchies and
mixed edge types that Gephi writes).
"""

from __future__ import annotations

import io
from xml.etree.ElementTree import ParseError, iterparse

from kamdesk.graph.types import LinkKind
from kamdesk.io.formats import ALIASES, normal
from kamdesk.io.people import Defect, Incoming, defect
from kamdesk.io.plan import ExtraLink
from kamdesk.io.safe import check_xml
from kamdesk.io.text import Note, ReadError

_TEXT_FIELDS = ("title", "department", "email", "phone", "notes")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_gexf(data: bytes) -> tuple[list[Incoming], list[ExtraLink], list[Defect], list[str]]:
    """People (with their managers), dotted lines, defects, and notes for the preview (how
    the hierarchy was given)."""
    check_xml(data, "GEXF")
    titles: dict[str, str] = {}  # attribute id → field
    people: list[Incoming] = []
    by_key: dict[str, Incoming] = {}
    parents: dict[str, str] = {}
    edges: list[tuple[str, str, bool]] = []
    defects: list[Defect] = []
    fields = {normal(a): f for f, names in ALIASES.items() for a in names}
    default_type = "directed"
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end")):
            if event == "start":
                if _local(element.tag) == "graph":
                    default_type = element.get("defaultedgetype", "directed")
                continue
            tag = _local(element.tag)
            if tag == "attribute":
                field = fields.get(normal(element.get("title", "")))
                if field in _TEXT_FIELDS or field == "name":
                    titles[element.get("id", "")] = field
            elif tag == "node":
                key = element.get("id", "")
                values = {titles[a.get("for", "")]: a.get("value", "")
                          for a in element.iter() if _local(a.tag) == "attvalue"
                          and a.get("for", "") in titles}
                name = (values.pop("name", "") or element.get("label") or "").strip()
                if not name:
                    defects.append(defect(None, "node_no_name", node=key[:40]))
                else:
                    person = Incoming(len(people) + 1, key, name, external_id=key or None)
                    for f, v in values.items():
                        setattr(person, f, v.strip() or None)
                    people.append(person)
                    by_key[key] = person
                    if element.get("pid"):
                        parents[key] = element.get("pid", "")
                element.clear()
            elif tag == "edge":
                plain = element.get("type", default_type) == "undirected"
                edges.append((element.get("source", ""), element.get("target", ""), plain))
                element.clear()
    except ParseError as error:
        raise ReadError("xml_error", what="GEXF", line=error.position[0]) from None
    if not people:
        raise ReadError("gexf_no_nodes")
    extra: list[ExtraLink] = []
    notes: list[str] = []
    for child, parent in parents.items():
        by_key[child].managers.append(parent)
    if parents:
        notes.append(Note("gexf_pid", count=len(parents)))
        if edges:
            notes.append(Note("gexf_edges_ignored", count=len(edges)))
        return people, extra, defects, notes
    undirected = 0
    for source, target, plain in edges:
        report = by_key.get(target)
        if plain:
            undirected += 1
        elif report is not None and not report.managers:
            report.managers.append(source)
        else:  # a second manager: a dotted line, from the report to the manager
            extra.append(ExtraLink(LinkKind.REPORTS_TO, target, source, dotted=True))
    if edges:
        notes.append(Note("gexf_edges"))
    if undirected:
        notes.append(Note("gexf_undirected", count=undirected))
    return people, extra, defects, notes
