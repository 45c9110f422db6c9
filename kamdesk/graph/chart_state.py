"""A laid-out chart as bytes, and back: reopening an unchanged account paints without a layout.

``dump`` writes a ``LiveChart``'s whole state (the tidy layout's nodes with every field its
walks left, the undo records included, the stacks) so that ``restore`` gives a chart that
is not merely drawn the same but *is* the same: later edits update it incrementally with
the very arithmetic a fresh layout would do (the tests compare a restored chart with a
fresh one, before and after edits).

The format is data only — numbers in ``array`` blocks, names and records in JSON — never
pickle: a ``.kam`` file may come from anyone, and reading it must not run code.

The node fields are written generically, slot by slot, as the layout module defines them;
a layout whose nodes or state hold something this module does not know how to write is
simply not cached (``dump`` returns None), and bytes written for other slots are refused
by ``restore`` (None), so a change to the layout costs one layout, never a wrong chart.
"""

from __future__ import annotations

import collections
import itertools
import json
import struct
import zlib
from array import array
from collections.abc import Collection, Mapping
from typing import Any

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.chart import Size
from kamdesk.graph.layout import TidyLayout
from kamdesk.graph.live_chart import (
    STACK,
    LiveChart,
    _Boxes,
    _Hidden,
    _Managers,
    _Spines,
    _Stack,
)
from kamdesk.graph.queries import roots
from kamdesk.graph.tidy_core import Node
from kamdesk.graph.types import Side

FORMAT = 1
MAGIC = b"kamdesk-chart\x00"
# the layout's own attributes: how each is written (anything else: not cached)
_REBUILT = {"children", "size", "nodes"}  # rebound to the new chart / from the node list
_EMPTIED = {"parked", "_parked_in", "_at"}  # hidden subtrees and answers: kept only in RAM
_NUMBERS = {"gap_x", "gap_y", "between", "walked", "width", "height"}


class _UnknownError(Exception):
    """Something the format does not cover: the chart is not cached."""


def dump(chart: LiveChart, stamp: int) -> bytes | None:
    """The chart's state, labelled with ``stamp`` (the account state it was laid out from);
    None when it cannot be written (see the module's docstring)."""
    layout = chart.layout
    try:
        if set(vars(layout)) != _REBUILT | _EMPTIED | _NUMBERS | {"roots"}:
            raise _UnknownError("layout state")
        nodes = list(layout.nodes.values())
        index = {id(n): i for i, n in enumerate(nodes)}
        columns = {slot: _column([getattr(n, slot) for n in nodes], index)
                   for slot in Node.__slots__}
        head = {
            "format": FORMAT, "stamp": stamp, "side": chart.side.value,
            "show_left": chart.show_left,
            "collapsed": sorted(chart.collapsed), "slots": list(Node.__slots__),
            "numbers": {name: getattr(layout, name) for name in sorted(_NUMBERS)},
            "roots": [index[id(r)] for r in layout.roots],
            "chart_roots": list(chart._roots),
            "stacks": {m: [s.leaves, s.columns, list(s.cell), list(s.size)]
                       for m, s in chart.stacks.items()},
            "in_stack": {leaf: list(at) for leaf, at in chart._in_stack.items()},
            "hidden": chart._hidden,  # the counts under collapsed cards asked for so far
            "count": len(nodes),
            "columns": {slot: [tag, meta] for slot, (tag, meta, _) in columns.items()},
        }
    except (_UnknownError, KeyError, TypeError, ValueError):
        return None
    blocks = [block for _, _, block in columns.values()]
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode()
    sizes = array("q", [len(text), *map(len, blocks)])
    body = b"".join([struct.pack("<I", len(sizes)), sizes.tobytes(), text, *blocks])
    return MAGIC + zlib.compress(body, 1)  # a third of the size, decompressed in ms


def restore(graph: AccountGraph, side: Side, collapsed: Collection[str], size: Size, *,
            data: bytes, stamp: int, show_left: bool = False) -> LiveChart | None:
    """The chart ``dump`` wrote, if it was written for this state (same stamp, side,
    collapsed cards and showing of who left) by this layout; else None (lay out afresh)."""
    try:
        return _restore(graph, side, set(collapsed), size, data=data, stamp=stamp,
                        show_left=show_left)
    except (_UnknownError, KeyError, TypeError, ValueError, IndexError, struct.error,
            zlib.error, UnicodeDecodeError, OverflowError):
        return None


def _restore(graph: AccountGraph, side: Side, collapsed: set[str], size: Size, *,
             data: bytes, stamp: int, show_left: bool) -> LiveChart | None:
    if not data.startswith(MAGIC):
        return None
    body = zlib.decompress(data[len(MAGIC):])
    (count,) = struct.unpack_from("<I", body)
    sizes = array("q")
    sizes.frombytes(body[4:4 + 8 * count])
    at = 4 + 8 * count
    parts = []
    for length in sizes:
        parts.append(body[at:at + length])
        at += length
    head = json.loads(parts[0])
    if (head["format"] != FORMAT or head["stamp"] != stamp or head["side"] != side.value
            or head.get("show_left") is not show_left
            or set(head["collapsed"]) != collapsed or head["slots"] != list(Node.__slots__)
            or list(head["columns"]) != list(Node.__slots__)):
        return None
    n = head["count"]
    nodes: list[Node] = [Node.__new__(Node) for _ in range(n)]
    for (slot, (tag, meta)), block in zip(head["columns"].items(), parts[1:], strict=True):
        values = _values(tag, meta, block, nodes)
        if len(values) != n:
            raise _UnknownError(slot)
        collections.deque(map(setattr, nodes, itertools.repeat(slot), values), maxlen=0)

    chart = LiveChart.__new__(LiveChart)
    chart.graph, chart.side, chart.size, chart.collapsed = graph, side, size, collapsed
    chart.show_left = show_left
    chart.stacks = {}
    for manager, (leaves, columns, cell, box) in head["stacks"].items():
        stack = _Stack.__new__(_Stack)
        stack.leaves, stack.columns = list(leaves), int(columns)
        stack.cell, stack.size = (cell[0], cell[1]), (box[0], box[1])
        chart.stacks[manager] = stack
    chart._in_stack = {leaf: (m, i) for leaf, (m, i) in head["in_stack"].items()}
    chart._order = dict(zip(graph.people, itertools.count()))
    chart._next = len(chart._order)
    chart._roots = dict.fromkeys(head["chart_roots"])
    chart._hidden = {pid: int(count) for pid, count in head["hidden"].items()}
    layout: TidyLayout[str] = TidyLayout.__new__(TidyLayout)
    layout.children, layout.size = chart._children, chart._box_size
    for name, value in head["numbers"].items():
        setattr(layout, name, value)
    layout.nodes = {node.key: node for node in nodes}
    layout.parked, layout._parked_in, layout._at = {}, {}, {}
    layout.roots = [nodes[i] for i in head["roots"]]
    chart.layout = layout
    chart.boxes, chart.manager = _Boxes(chart), _Managers(chart)
    chart.stacked, chart.hidden = _Spines(chart), _Hidden(chart)
    if len(layout.nodes) != n or not _same_forest(chart, nodes):
        return None
    return chart


def _same_forest(chart: LiveChart, nodes: list[Node]) -> bool:
    """The kept forest is the one the graph gives now: the same roots, and each card's
    children (or stack) in the graph's order. The stamp says the content is the same, but
    the order of a manager's reports is the graph's order in memory, which a reload may
    not reproduce (a person moved under a new manager is last there, and first or
    anywhere after a reload): then the layout is made afresh."""
    mine = chart._mine  # who left: charted only when shown or heading a team
    if list(chart._roots) != [p for p in roots(chart.graph, chart.side) if mine(p)] \
            or [r.key for r in chart.layout.roots] != list(chart._roots):
        return False
    stacks, collapsed, solid_reports = chart.stacks, chart.collapsed, chart.graph.solid_reports
    # who the chart does not show, found once (``mine`` per report was most of a restore)
    side, shown = chart.side, chart.show_left
    unseen = {pid for pid, p in chart.graph.people.items()
              if p.side is not side or (not shown and p.left_on is not None)}
    unseen = {pid for pid in unseen if not mine(pid)}

    def reports(key: str) -> list[str]:
        kids = solid_reports(key)
        return kids if unseen.isdisjoint(kids) else [k for k in kids if k not in unseen]

    for node in nodes:
        key = node.key
        if key.startswith(STACK):
            if node.c:
                return False
            continue
        have = [c.key for c in node.c]
        kids = [] if key in collapsed else reports(key)
        if len(have) == 1 and have[0] == STACK + key:
            stack = stacks.get(key)
            if stack is None or stack.leaves != kids:
                return False
        elif have != kids:
            return False
    return True


# ---------------------------------------------------------------------- columns
def _column(values: list[Any], index: Mapping[int, int]) -> tuple[str, Any, bytes]:
    """(tag, JSON-able meta, binary block) for one slot's values over every node."""
    if all(type(v) is float for v in values):
        return "f", None, array("d", values).tobytes()
    if all(v is None or type(v) is Node for v in values):
        return "n", None, array("q", [-1 if v is None else index[id(v)]
                                      for v in values]).tobytes()
    if all(type(v) is list for v in values):
        flat = [x for v in values for x in v]
        if all(type(x) is Node for x in flat):
            refs = array("q", [len(v) for v in values] + [index[id(x)] for x in flat])
            return "c", None, refs.tobytes()
        if all(len(v) % 3 == 0 for v in values):  # undo records, flat: node, field, old
            return "g", None, _log_block(values, index)
        raise _UnknownError("a list slot")
    if all(type(v) is tuple and len(v) == 2 and type(v[0]) is type(v[1]) is float
           for v in values):
        return "t", None, array("d", [x for v in values for x in v]).tobytes()
    if all(type(v) is str for v in values):
        return "s", None, json.dumps(values, ensure_ascii=False).encode()
    if all(type(v) in (float, int) for v in values):
        return "f", None, array("d", values).tobytes()
    raise _UnknownError("a slot")


def _log_block(values: list[list[Any]], index: Mapping[int, int]) -> bytes:
    """Each node's undo records (node, field, old value, kept flat in one list per node),
    column by column: how many per node, the nodes, the fields (by number), and the old
    values — a node (its number), None (-1) or a number (-2, then in the float column)."""
    counts, targets, fields, refs, numbers = (array("q"), array("q"), array("q"),
                                              array("q"), array("d"))
    names: dict[str, int] = {}
    for records in values:
        counts.append(len(records) // 3)
        for i in range(0, len(records), 3):
            target, field, old = records[i], records[i + 1], records[i + 2]
            if type(target) is not Node or type(field) is not str:
                raise _UnknownError("an undo record")
            targets.append(index[id(target)])
            fields.append(names.setdefault(field, len(names)))
            if type(old) is Node:
                refs.append(index[id(old)])
            elif old is None:
                refs.append(-1)
            elif type(old) in (float, int):
                refs.append(-2)
                numbers.append(old)
            else:
                raise _UnknownError("an undo record's value")
    head = json.dumps(list(names)).encode()
    parts: list[array[Any]] = [counts, targets, fields, refs, numbers]
    sizes = array("q", [len(head), *(len(a) for a in parts)])
    return b"".join([struct.pack("<I", len(sizes)), sizes.tobytes(), head,
                     *(a.tobytes() for a in parts)])


def _log_values(block: bytes, nodes: list[Node]) -> list[list[Any]]:
    (count,) = struct.unpack_from("<I", block)
    sizes = array("q")
    sizes.frombytes(block[4:4 + 8 * count])
    at = 4 + 8 * count
    names = json.loads(block[at:at + sizes[0]])
    at += sizes[0]
    columns: list[array[Any]] = []
    for code, length in zip("qqqqd", sizes[1:], strict=True):
        column = array(code)
        column.frombytes(block[at:at + length * column.itemsize])
        at += length * column.itemsize
        columns.append(column)
    counts, targets, fields, refs, numbers = columns
    # the old values: a node by number; None for -1 (the extra last item); else numbers
    # taken in order (an iterator's __next__, all C-level)
    extra: list[Any] = [*nodes, None]
    taken = iter(numbers)
    old = [extra[r] if r >= -1 else next(taken) for r in refs]
    # each node's records flat, as the walks keep them: node, field, old, node, …
    records = list(itertools.chain.from_iterable(zip(
        map(nodes.__getitem__, targets), map(names.__getitem__, fields), old, strict=True)))
    found, start = [], 0
    for c in counts:
        found.append(records[start:start + 3 * c])
        start += 3 * c
    return found


def _values(tag: str, _meta: Any, block: bytes, nodes: list[Node]) -> list[Any]:
    n = len(nodes)
    if tag == "f":
        numbers = array("d")
        numbers.frombytes(block)
        return numbers.tolist()
    if tag == "n":
        refs = array("q")
        refs.frombytes(block)
        extra: list[Any] = [*nodes, None]  # -1: None, the last item
        return list(map(extra.__getitem__, refs))
    if tag == "c":
        refs = array("q")
        refs.frombytes(block)
        lengths, flat = refs[:n], refs[n:]
        found, at = [], 0
        for length in lengths:
            found.append([nodes[i] for i in flat[at:at + length]])
            at += length
        return found
    if tag == "g":
        return _log_values(block, nodes)
    if tag == "t":
        pairs = array("d")
        pairs.frombytes(block)
        return list(zip(pairs[0::2], pairs[1::2], strict=True))
    if tag == "s":
        return list(json.loads(block))
    raise _UnknownError(tag)
