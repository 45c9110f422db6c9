"""Tidy org-chart layout: a pure function from a forest to card positions.

The algorithm is van der Ploeg's "Drawing non-layered tidy trees in linear time" (2014),
the one d3-flextree implements: cards of any size, each subtree drawn once and as narrow as
its contour allows, a parent centred over its children, linear in the number of cards.
Both walks are iterative, so a chain of 50,000 managers does not hit Python's recursion
limit. A forest's trees are laid side by side.

Coordinates: ``x`` is a card's left edge, ``y`` its top; y grows downwards.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, NamedTuple, TypeVar

from kamdesk.graph.bulk import paused_gc

K = TypeVar("K", bound=Hashable)


class Box(NamedTuple):
    x: float
    y: float
    width: float
    height: float


class _Node(Generic[K]):
    __slots__ = ("c", "card", "change", "el", "er", "h", "key", "mod", "msel", "mser",
                 "prelim", "shift", "tl", "tr", "w", "x", "y")

    def __init__(self, key: K, card: tuple[float, float], gap_x: float, gap_y: float,
                 y: float) -> None:
        # the gaps belong to each card's box: boxes that touch leave the gaps between cards
        self.key, self.card, self.y = key, card, y
        self.w, self.h = card[0] + gap_x, card[1] + gap_y
        self.c: list[_Node[K]] = []
        self.x = self.prelim = self.mod = self.shift = self.change = 0.0
        self.msel = self.mser = 0.0
        self.tl: _Node[K] | None = None  # left thread
        self.tr: _Node[K] | None = None  # right thread
        self.el: _Node[K] = self  # extreme left and right nodes of the subtree
        self.er: _Node[K] = self


class _IYL:
    """A list of (lowest y, child index) of the left siblings' right contour."""

    __slots__ = ("index", "low_y", "nxt")

    def __init__(self, low_y: float, index: int, nxt: _IYL | None) -> None:
        self.low_y, self.index, self.nxt = low_y, index, nxt


def _update_iyl(min_y: float, i: int, ih: _IYL | None) -> _IYL:
    while ih is not None and min_y >= ih.low_y:
        ih = ih.nxt
    return _IYL(min_y, i, ih)


def _bottom(t: _Node[K]) -> float:
    return t.y + t.h


def _set_extremes(t: _Node[K]) -> None:
    if not t.c:
        t.el = t.er = t
        t.msel = t.mser = 0.0
    else:
        first, last = t.c[0], t.c[-1]
        t.el, t.msel = first.el, first.msel
        t.er, t.mser = last.er, last.mser


def _separate(t: _Node[K], i: int, ih: _IYL) -> None:
    sr: _Node[K] | None = t.c[i - 1]
    cl: _Node[K] | None = t.c[i]
    mssr = sr.mod if sr else 0.0
    mscl = cl.mod if cl else 0.0
    while sr is not None and cl is not None:
        if _bottom(sr) > ih.low_y and ih.nxt is not None:
            ih = ih.nxt
        dist = (mssr + sr.prelim + sr.w) - (mscl + cl.prelim)
        if dist > 0:
            mscl += dist
            _move_subtree(t, i, ih.index, dist)
        sy, cy = _bottom(sr), _bottom(cl)
        if sy <= cy:
            sr = sr.tr if not sr.c else sr.c[-1]
            if sr is not None:
                mssr += sr.mod
        if sy >= cy:
            cl = cl.tl if not cl.c else cl.c[0]
            if cl is not None:
                mscl += cl.mod
    if sr is None and cl is not None:  # the left siblings end first: thread left
        li = t.c[0].el
        li.tl = cl
        diff = (mscl - cl.mod) - t.c[0].msel
        li.mod += diff
        li.prelim -= diff
        t.c[0].el, t.c[0].msel = t.c[i].el, t.c[i].msel
    elif sr is not None and cl is None:  # the new child ends first: thread right
        ri = t.c[i].er
        ri.tr = sr
        diff = (mssr - sr.mod) - t.c[i].mser
        ri.mod += diff
        ri.prelim -= diff
        t.c[i].er, t.c[i].mser = t.c[i - 1].er, t.c[i - 1].mser


def _move_subtree(t: _Node[K], i: int, si: int, dist: float) -> None:
    child = t.c[i]
    child.mod += dist
    child.msel += dist
    child.mser += dist
    if si != i - 1:  # spread the move over the siblings in between
        nr = i - si
        t.c[si + 1].shift += dist / nr
        child.shift -= dist / nr
        child.change -= dist - dist / nr


def _position_root(t: _Node[K]) -> None:
    first, last = t.c[0], t.c[-1]
    t.prelim = (first.prelim + first.mod + last.mod + last.prelim + last.w) / 2 - t.w / 2


def _first_walk(root: _Node[K]) -> None:
    """Post-order: lay out each subtree, then separate it from its left siblings."""
    stack: list[tuple[_Node[K], int, _IYL | None]] = [(root, 0, None)]
    while stack:
        t, i, ih = stack.pop()
        if not t.c:
            _set_extremes(t)
            continue
        if i < len(t.c):  # descend into child i first, then come back to t
            stack.append((t, i + 1, ih))
            stack.append((t.c[i], 0, None))
            continue
        # all children laid out: separate each from its left siblings, left to right
        ih = _update_iyl(_bottom(t.c[0].el), 0, None)
        for k in range(1, len(t.c)):
            min_y = _bottom(t.c[k].er)
            _separate(t, k, ih)
            ih = _update_iyl(min_y, k, ih)
        _position_root(t)
        _set_extremes(t)


def _second_walk(root: _Node[K]) -> None:
    stack: list[tuple[_Node[K], float]] = [(root, 0.0)]
    while stack:
        t, modsum = stack.pop()
        modsum += t.mod
        t.x = t.prelim + modsum
        d = delta = 0.0
        for c in t.c:  # add the spacing spread by _move_subtree
            d += c.shift
            delta += d + c.change
            c.mod += delta
        stack.extend((c, modsum) for c in reversed(t.c))


def tidy_tree(roots: Sequence[K], children: Callable[[K], Sequence[K]],
              size: Callable[[K], tuple[float, float]], *, gap_x: float = 16,
              gap_y: float = 40, tree_gap: float | None = None) -> dict[K, Box]:
    """Positions of every card reachable from ``roots`` (a forest, laid left to right).

    ``children(k)`` lists k's children in order; ``size(k)`` is (width, height). Cards in
    one tree never overlap; ``gap_x`` keeps neighbours apart, ``gap_y`` parents from
    children, ``tree_gap`` trees of the forest (default: 2 × gap_x). A key met twice (a
    damaged graph) is laid out once, where it is first met.
    """
    with paused_gc():  # tens of thousands of node objects: see graph.bulk
        return _forest(roots, children, size, (gap_x, gap_y),
                       2 * gap_x if tree_gap is None else tree_gap)


def _forest(roots: Sequence[K], children: Callable[[K], Sequence[K]],
            size: Callable[[K], tuple[float, float]], gaps: tuple[float, float],
            between: float) -> dict[K, Box]:
    gap_x = gaps[0]
    boxes: dict[K, Box] = {}
    seen: set[K] = set()
    offset = 0.0
    for key in roots:
        if key in seen:
            continue
        root = _build(key, children, size, gaps, seen)
        _first_walk(root)
        _second_walk(root)
        nodes = _all(root)
        left = min(n.x for n in nodes)
        right = max(n.x + n.w for n in nodes)
        for n in nodes:
            boxes[n.key] = Box(n.x - left + offset, n.y, *n.card)
            del n.el, n.er  # a leaf's extremes are itself: without the cycle, no GC pass
        offset += right - left + between - gap_x
    return boxes


def _build(key: K, children: Callable[[K], Sequence[K]],
           size: Callable[[K], tuple[float, float]], gaps: tuple[float, float],
           seen: set[K]) -> _Node[K]:
    gap_x, gap_y = gaps
    root = _Node(key, size(key), gap_x, gap_y, 0.0)
    seen.add(key)
    stack = [root]
    while stack:
        parent = stack.pop()
        for child in children(parent.key):
            if child in seen:
                continue
            seen.add(child)
            node = _Node(child, size(child), gap_x, gap_y, parent.y + parent.h)
            parent.c.append(node)
            stack.append(node)
    return root


def _all(root: _Node[K]) -> list[_Node[K]]:
    found, stack = [], [root]
    while stack:
        n = stack.pop()
        found.append(n)
        stack.extend(n.c)
    return found
