"""yEd's GraphML: names from the node's properties or label, lines by their style.

yEd keeps a node's text in ``y:NodeLabel`` — often the name and the title on two lines, or
HTML (``<html><b>Name</b><br>Title``) — and its custom properties (Data → Properties) as
plain GraphML data. An edge drawn dashed or dotted is a matrix (dotted-line) manager; a
solid one is the manager. Edges go from the manager to the report, as charts are drawn.
"""

from __future__ import annotations

import html
import io
import re
from xml.etree.ElementTree import Element, ParseError, iterparse

from kamdesk.graph.types import LinkKind
from kamdesk.io.formats import ALIASES, normal
from kamdesk.io.people import Defect, Incoming, defect
from kamdesk.io.plan import ExtraLink
from kamdesk.io.safe import check_xml
from kamdesk.io.text import Note, ReadError

_BREAK = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_FIELDS = ("name", "title", "department", "email", "phone", "notes")


def is_yed(data: bytes) -> bool:
    return b"http://www.yworks.com/xml/graphml" in data[:8192]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def label_lines(text: str) -> list[str]:
    """A label's lines as plain text (HTML labels lose their markup, keep their breaks)."""
    if "<" in text and ">" in text:
        text = _TAG.sub("", _BREAK.sub("\n", text))
    return [line.strip() for line in html.unescape(text).splitlines() if line.strip()]


def read_yed(data: bytes) -> tuple[list[Incoming], list[ExtraLink], list[Defect], list[str]]:
    check_xml(data, "GraphML")
    fields = {normal(a): f for f, names in ALIASES.items() for a in names}
    keys: dict[str, str] = {}  # data key id → field
    people: list[Incoming] = []
    by_key: dict[str, Incoming] = {}
    edges: list[tuple[str, str, bool]] = []
    defects: list[Defect] = []
    try:
        for _, element in iterparse(io.BytesIO(data)):
            tag = _local(element.tag)
            if tag == "key" and element.get("for") in ("node", "all"):
                field = fields.get(normal(element.get("attr.name", "")))
                if field in _FIELDS:
                    keys[element.get("id", "")] = field
            elif tag == "node" and not any(_local(c.tag) == "graph" for c in element):
                person = _person(element, keys, len(people) + 1, defects)
                if person is not None:
                    people.append(person)
                    by_key[person.key] = person
                element.clear()
            elif tag == "edge":
                style = next((c.get("type", "line") for c in element.iter()
                              if _local(c.tag) == "LineStyle"), "line")
                edges.append((element.get("source", ""), element.get("target", ""),
                              style != "line"))
                element.clear()
    except ParseError as error:
        raise ReadError("xml_error", what="GraphML", line=error.position[0]) from None
    extra: list[ExtraLink] = []
    dotted = 0
    for source, target, is_dotted in sorted(edges, key=lambda e: e[2]):  # solid lines first
        report = by_key.get(target)
        if report is not None and not is_dotted and not report.managers:
            report.managers.append(source)
        else:
            dotted += 1
            extra.append(ExtraLink(LinkKind.REPORTS_TO, target, source, dotted=True))
    notes: list[str] = [Note("yed")]
    if dotted:
        notes.append(Note("yed_dotted", count=dotted))
    return people, extra, defects, notes


def _person(node: Element, keys: dict[str, str], number: int,
            defects: list[Defect]) -> Incoming | None:
    values: dict[str, str] = {}
    label: list[str] = []
    for child in node.iter():
        tag = _local(child.tag)
        if tag == "data" and child.get("key") in keys:
            text = "".join(child.itertext()).strip()
            if text:
                values[keys[child.get("key", "")]] = text
        elif tag == "NodeLabel" and not label:
            label = label_lines("".join(child.itertext()))
    key = node.get("id", "")
    name = values.pop("name", "") or (label[0] if label else "")
    name = " ".join(label_lines(name)) if "<" in name else name
    if not name:
        defects.append(defect(None, "node_no_name", node=key[:40]))
        return None
    person = Incoming(number, key, name, external_id=key or None)
    if "title" not in values and len(label) > 1 and label[0] == name:
        values["title"] = " ".join(label[1:])
    for field, value in values.items():
        setattr(person, field, value)
    return person
