"""The chart's grid index: which cards (with their connectors) reach into which cell.

Painting and hit-testing ask "what is in this rectangle?" thousands of times a second; a
dict of fixed-size cells answers in what is on screen, not what is in the account, and is
cheap to rebuild at every layout (10,000 cards: plain arithmetic, no Qt objects).
"""

from __future__ import annotations

from collections import defaultdict
from math import floor

from PySide6.QtCore import QRectF

from kamdesk.graph.chart import ChartLayout

CELL = 512.0  # grid cell of the paint and hit index, in scene units
BADGE = 8.0  # radius of the collapse/expand badge under a card with reports

Grid = dict[tuple[int, int], list[str]]


def build_grid(lay: ChartLayout) -> Grid:
    """Grid cells to the cards (with their connectors up to the manager) reaching into them.

    Coordinates are never negative, so ``int`` rounds down like ``floor``.
    """
    grid: defaultdict[tuple[int, int], list[str]] = defaultdict(list)
    boxes, manager_of, spine_of = lay.boxes, lay.manager.get, lay.stacked.get
    inv = 1.0 / CELL
    for pid, b in boxes.items():
        x0, y0 = b.x, b.y
        x1, y1 = x0 + b.width, y0 + b.height + 2 * BADGE
        boss = manager_of(pid)
        if boss is not None:  # the connector up to the manager's card
            m = boxes[boss]
            middle = m.x + m.width / 2
            if middle < x0:
                x0 = middle
            elif middle > x1:
                x1 = middle
            spine = spine_of(pid)
            if spine is not None and spine < x0:
                x0 = spine
            y0 = m.y + m.height
        cx0, cx1, cy0, cy1 = int(x0 * inv), int(x1 * inv), int(y0 * inv), int(y1 * inv)
        if cx0 == cx1 and cy0 == cy1:
            grid[(cx0, cy0)].append(pid)
            continue
        for cx in range(cx0, cx1 + 1):
            for cy in range(cy0, cy1 + 1):
                grid[(cx, cy)].append(pid)
    return dict(grid)


def ids_in(grid: Grid, rect: QRectF) -> list[str]:
    """The cards that may meet ``rect`` (a superset: callers test the card itself)."""
    found: dict[str, None] = {}
    for cx in range(floor(rect.left() / CELL), floor(rect.right() / CELL) + 1):
        for cy in range(floor(rect.top() / CELL), floor(rect.bottom() / CELL) + 1):
            for pid in grid.get((cx, cy), ()):
                found[pid] = None
    return list(found)
