"""JSON org charts that are not kamdesk's: nested children, or a flat list of people.

dabeng's OrgChart, d3-hierarchy and many chart tools nest each person's reports in
``children`` (``{"id", "name", "title", "children": [...]}``); d3-org-chart and most APIs
give a flat list with a parent id. Both become a table (one column per key the people
carry, and for nested charts the parent each node sits under), so the usual column
guessing, checks and defects apply. Walked with a stack, never recursion: a deep chart
cannot overflow Python's stack here.
"""

from __future__ import annotations

import json
from typing import Any

from kamdesk.io.tables import MAX_ROWS, Table
from kamdesk.io.text import ReadError

KEY, PARENT = "(position in the chart)", "(parent in the chart)"
CHILDREN = ("children", "subordinates", "reports", "nodes", "_children")


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ReadError("json_too_deep") from None
    except ValueError as error:
        raise ReadError("not_json", detail=str(error).split(":")[0]) from None


def is_chart(doc: Any) -> bool:
    """A nested chart (an object with children, or a list of them) or a flat list of
    people objects."""
    if isinstance(doc, dict):
        return any(isinstance(doc.get(c), list) for c in CHILDREN) or "name" in doc
    return isinstance(doc, list) and bool(doc) and all(isinstance(x, dict) for x in doc[:100])


def chart_table(doc: Any) -> tuple[Table, bool]:
    """The people of a JSON chart as a table; True when it was nested (the hierarchy is
    then the nesting, in the two first columns)."""
    roots = doc if isinstance(doc, list) else [doc]
    nested = any(isinstance(r, dict) and any(isinstance(r.get(c), list) for c in CHILDREN)
                 for r in roots)
    keys: dict[str, None] = {}
    found: list[tuple[dict[str, Any], str, str]] = []  # node, its key, its parent's key
    stack: list[tuple[Any, str]] = [(r, "") for r in reversed(roots)]
    while stack:
        node, parent = stack.pop()
        if not isinstance(node, dict):
            continue
        if len(found) >= MAX_ROWS:
            raise ReadError("chart_too_big", limit=MAX_ROWS)
        own = node.get("id")
        key = str(own) if isinstance(own, str | int) and not isinstance(own, bool) \
            else f"#{len(found) + 1}"
        found.append((node, key, parent))
        for k, v in node.items():
            if k not in CHILDREN and (v is None or isinstance(v, str | int | float | bool)):
                keys.setdefault(k, None)
        for c in CHILDREN:
            children = node.get(c)
            if isinstance(children, list):
                stack.extend((child, key) for child in reversed(children))
    columns = list(keys)
    headers = [KEY, PARENT, *columns] if nested else columns
    rows = []
    for node, key, parent in found:
        cells = [_text(node.get(k)) for k in columns]
        rows.append([key, parent, *cells] if nested else cells)
    return Table(headers, rows, list(range(1, len(rows) + 1)), encoding="utf-8"), nested


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
