"""Where the comb's counterpart links run: through the lanes and the gutter, never over chips.

A straight line from a client chip to ours crosses every chip between them, so a chip marked
"no counterpart!" could look linked. Each link instead drops from its chip into the lane
under the chip's line (the gap between lines of chips), runs along it to the gutter between
the two sides, along the gutter to the other chip's lane, and up into that chip. Links get
their own track in the gutter, spread across its width in the order of their client chips,
so they do not lie on top of each other. Pure geometry: rectangles in, polylines out.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

Point = tuple[float, float]


class Box(NamedTuple):
    x: float
    y: float
    width: float
    height: float


def routes(links: list[tuple[str, Box, Box]], gutter: tuple[float, float],
           gap: float) -> dict[str, list[Point]]:
    """``links``: (id, client chip, our chip); the polyline of each link, by id."""
    left, right = gutter
    ordered = sorted(links, key=lambda x: (x[1].y, x[1].x, x[2].y))
    step = (right - left) / (len(ordered) + 1) if ordered else 0.0
    out: dict[str, list[Point]] = {}
    for i, (link_id, theirs, ours) in enumerate(ordered):
        track = left + step * (i + 1)
        a = (theirs.x + theirs.width / 2, theirs.y + theirs.height)
        b = (ours.x + ours.width / 2, ours.y + ours.height)
        # links sharing a lane sit a few pixels apart, so two are never drawn as one
        shift = ((i % 3) - 1) * gap / 5
        lane_a, lane_b = a[1] + gap / 2 + shift, b[1] + gap / 2 + shift
        out[link_id] = [a, (a[0], lane_a), (track, lane_a), (track, lane_b), (b[0], lane_b), b]
    return out


def crosses(route: list[Point], box: Box) -> bool:
    """True if a segment of ``route`` runs through the inside of ``box``."""
    for (x0, y0), (x1, y1) in itertools.pairwise(route):
        lo_x, hi_x, lo_y, hi_y = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        if lo_x < box.x + box.width and hi_x > box.x and \
                lo_y < box.y + box.height and hi_y > box.y:
            return True
    return False
