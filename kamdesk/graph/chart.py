"""What an org chart shows and where: a pure function of the graph and the view's choices.

The chart of one side is the solid-line forest laid out by ``layout.tidy_tree``, with two
twists that keep a large chart readable:

- a collapsed person hides everything below them;
- a manager whose reports are all leaves (at least ``STACK_MIN`` of them) gets them as a
  compact stack of one or two columns under them instead of one wide row. The stack is one
  box for the tidy layout, which also makes the layout cheaper.

Dotted-line managers, influence and conflict lines are not part of the tree: the view draws
them between the cards wherever those are.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import NamedTuple

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.layout import Box, tidy_tree
from kamdesk.graph.queries import roots, subtree
from kamdesk.graph.types import Side

STACK_MIN = 4  # a manager with this many leaf reports (and no other) stacks them
STACK_TWO_COLUMNS = 9  # from this many, the stack has two columns
STACK_GAP = 8.0  # between the cards of a stack
STACK_INDENT = 24.0  # room left of a stack's cards for the spine that links them
GAP_X, GAP_Y = 20.0, 44.0

Size = Callable[[str], tuple[float, float]]


class ChartLayout(NamedTuple):
    boxes: dict[str, Box]  # every card shown, by person id
    manager: dict[str, str]  # a shown card's solid-line manager (shown too)
    stacked: dict[str, float]  # a card drawn inside a stack: the x of the stack's spine
    hidden: dict[str, int]  # a collapsed person with reports: how many people it hides
    width: float
    height: float


def chart_layout(graph: AccountGraph, side: Side, collapsed: Collection[str],
                 size: Size, show_left: bool = False) -> ChartLayout:
    """Lay out the chart of ``side`` with ``collapsed`` people's subtrees hidden, and the
    people who left hidden unless ``show_left`` or they head a team (``charted``)."""
    from kamdesk.graph.live_chart import charted  # it builds on this module
    hidden: dict[str, int] = {}
    stacks: dict[str, list[str]] = {}  # manager -> the leaves stacked under them
    shown_children: dict[str, list[str]] = {}
    reports = graph.solid_reports

    def children(key: str) -> list[str]:
        found = shown_children.get(key)
        if found is not None:
            return found
        if key.startswith("\x00"):  # a stack box has no children of its own
            return []
        kids = reports(key)
        if kids and not show_left:
            kids = [k for k in kids if charted(graph, k, side, False)]
        if not kids:
            found = []
        elif key in collapsed:
            hidden[key] = len(subtree(graph, key)) - 1
            found = []
        elif len(kids) >= STACK_MIN and not any(reports(k) for k in kids):
            stacks[key] = kids
            found = ["\x00" + key]
        else:
            found = kids
        shown_children[key] = found
        return found

    sizes: dict[str, tuple[float, float]] = {}

    def box_size(key: str) -> tuple[float, float]:
        if key.startswith("\x00"):
            cards = []
            for leaf in stacks[key[1:]]:
                cards.append(size(leaf))
                sizes[leaf] = cards[-1]
            return stack_size(cards)
        found = sizes[key] = size(key)
        return found

    tops = [r for r in roots(graph, side) if charted(graph, r, side, show_left)]
    boxes = tidy_tree(tops, children, box_size, gap_x=GAP_X, gap_y=GAP_Y)
    manager: dict[str, str] = {}
    for parent, kids in shown_children.items():
        for kid in kids:
            if not kid.startswith("\x00"):
                manager[kid] = parent
    stacked: dict[str, float] = {}
    for boss, leaves in stacks.items():
        block = boxes.pop("\x00" + boss)
        spine = block.x + STACK_INDENT / 2
        for key, box in _stack_boxes(leaves, [sizes[k] for k in leaves], block):
            boxes[key] = box
            manager[key] = boss
            stacked[key] = spine
    width = max((b.x + b.width for b in boxes.values()), default=0.0)
    height = max((b.y + b.height for b in boxes.values()), default=0.0)
    return ChartLayout(boxes, manager, stacked, hidden, width, height)


def stack_columns(count: int) -> int:
    return 2 if count >= STACK_TWO_COLUMNS else 1


def stack_size(cards: list[tuple[float, float]]) -> tuple[float, float]:
    columns = stack_columns(len(cards))
    rows = -(-len(cards) // columns)
    width = max(w for w, _ in cards)
    height = max(h for _, h in cards)
    return (STACK_INDENT + columns * width + (columns - 1) * STACK_GAP,
            rows * height + (rows - 1) * STACK_GAP)


def _stack_boxes(keys: list[str], cards: list[tuple[float, float]],
                 block: Box) -> list[tuple[str, Box]]:
    """Cards of a stack row by row, left column first, inside the block the layout gave."""
    columns = stack_columns(len(keys))
    width = max(w for w, _ in cards)
    height = max(h for _, h in cards)
    placed = []
    for i, (key, (w, h)) in enumerate(zip(keys, cards, strict=True)):
        row, column = divmod(i, columns)
        placed.append((key, Box(block.x + STACK_INDENT + column * (width + STACK_GAP),
                                block.y + row * (height + STACK_GAP), w, h)))
    return placed

