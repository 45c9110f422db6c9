"""The walks of the tidy layout (van der Ploeg 2014), one node at a time, undoable.

``walk(t)`` lays node t out over its children, which are laid out already: it separates
each child's subtree from its left siblings along their contours (threads join a shorter
contour to the next deeper one), centres t over its first and last child, and turns the
children's offsets into final positions relative to t, with the subtree's extents. Every
field it changes on another node is recorded in ``t.log`` (flat: node, field, old value,
node, field, …: one list per walk, not a tuple per record, is far less for the cyclic
garbage collector to track); ``undo(t)`` puts them back,
so ``TidyLayout`` can walk one path again and get exactly what a full layout would.
y is relative to a node's subtree, so a moved subtree keeps every number it has.

One source, two ways to run: this file is plain Python, and ``tidy_walk.pxd`` beside it
gives Cython the C types of the same code (nodes as C structs, numbers as doubles). When a
C compiler is there at install, ``setup.py`` compiles it into an extension module that the
import system prefers; ``kamdesk.graph.tidy_core`` says which one runs and can load this
file as Python even then (the tests compare the two). The hot loops of building a layout
(``attach``: asking each card's children and size; ``boxes``: the absolute boxes) live
here too, so that they are compiled with the walks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

_Log = list[Any]  # node, field name, old value, node, field name, old value, …
# What a leaf holds as children and undo records: one shared empty list (never changed in
# place, only replaced), not two new lists per leaf for the collector to track.
_NONE: list[Any] = []


class Node:
    """One card of the layout. Not generic: compiled, it is a C struct (an extension type
    cannot derive from ``Generic``); its key is whatever the layout is keyed by."""

    __slots__ = ("bottom", "c", "card", "change", "el", "elb", "er", "erb", "h", "key",
                 "left", "log", "mod", "msel", "mser", "parent", "prelim", "rel", "right",
                 "shift", "tl", "tldy", "tr", "trdy", "w")

    def __init__(self, key: Any, card: tuple[float, float], gap_x: float,
                 gap_y: float) -> None:
        self.setup(key, card, gap_x, gap_y)

    def setup(self, key: Any, card: tuple[float, float], gap_x: float, gap_y: float) -> None:
        """The fields of a new node (``attach`` makes nodes by ``__new__`` and this: a
        compiled call without the argument parsing of ``__init__``)."""
        # the gaps belong to each card's box: boxes that touch leave the gaps between cards
        self.key: Any = key
        self.card = card
        self.w, self.h = card[0] + gap_x, card[1] + gap_y
        self.c: list[Node] = _NONE
        self.parent: Node | None = None
        self.prelim = self.mod = self.shift = self.change = 0.0
        self.msel = self.mser = self.rel = 0.0
        self.tl: Node | None = None  # left thread, and the y of its target's top
        self.tr: Node | None = None  # right thread  relative to this node's top
        self.tldy = self.trdy = 0.0
        self.el: Node = self  # extreme left and right nodes of the subtree and
        self.er: Node = self  # their bottoms relative to the subtree's top
        self.elb = self.erb = self.h
        self.left, self.right, self.bottom = 0.0, self.w, self.h  # extents, relative
        self.log: _Log = _NONE  # what this node's walk changed on other nodes


class _IYL:
    """A list of (lowest y, child index) of the left siblings' right contour."""

    __slots__ = ("index", "low_y", "nxt")
    low_y: float
    index: int
    nxt: _IYL | None


def _update_iyl(min_y: float, i: int, ih: _IYL | None) -> _IYL:
    # (a bottom within a billionth of another is the same bottom: _separate's note)
    while ih is not None and min_y >= ih.low_y * 0.999999999:
        ih = ih.nxt
    found = _IYL.__new__(_IYL)  # compiled: no call of __init__ with its argument parsing
    found.low_y, found.index, found.nxt = min_y, i, ih
    return found


def _separate(t: Node, i: int, ih: _IYL, log: _Log) -> None:
    """Push child i right of its left siblings; y is relative to the children's row."""
    sr: Node | None = t.c[i - 1]
    cl: Node | None = t.c[i]
    assert sr is not None and cl is not None
    mssr, mscl = sr.mod, cl.mod
    ysr = ycl = 0.0
    while sr is not None and cl is not None:
        sb, cb = ysr + sr.h, ycl + cl.h
        # Is sr below the lowest sibling on the list? Its bottom is a sum from the top and
        # low_y one from the bottom: the same y can differ in the last bits, and a bottom
        # taken as below its own sibling's spread the move over the sibling in conflict
        # (cards overlapped). Within a billionth (far above rounding, far below a pixel) is
        # the same bottom.
        if sb > ih.low_y * 1.000000001 and ih.nxt is not None:
            ih = ih.nxt
        dist = (mssr + sr.prelim + sr.w) - (mscl + cl.prelim)
        if dist > 0:
            mscl += dist
            _move_subtree(t, i, ih.index, dist, log)
        if sb <= cb:
            if sr.c:
                ysr += sr.h
                sr = sr.c[-1]
            else:
                ysr += sr.trdy
                sr = sr.tr
            if sr is not None:
                mssr += sr.mod
        if sb >= cb:
            if cl.c:
                ycl += cl.h
                cl = cl.c[0]
            else:
                ycl += cl.tldy
                cl = cl.tl
            if cl is not None:
                mscl += cl.mod
    if sr is None and cl is not None:  # the left siblings end first: thread left
        first = t.c[0]
        li = first.el
        diff = (mscl - cl.mod) - first.msel
        log += [li, "tl", li.tl, li, "tldy", li.tldy, li, "mod", li.mod,
                li, "prelim", li.prelim, first, "el", first.el,
                first, "msel", first.msel, first, "elb", first.elb]
        li.tl, li.tldy = cl, ycl - (first.elb - li.h)
        li.mod += diff
        li.prelim -= diff
        first.el, first.msel, first.elb = t.c[i].el, t.c[i].msel, t.c[i].elb
    elif sr is not None and cl is None:  # the new child ends first: thread right
        child, before = t.c[i], t.c[i - 1]
        ri = child.er
        diff = (mssr - sr.mod) - child.mser
        log += [ri, "tr", ri.tr, ri, "trdy", ri.trdy, ri, "mod", ri.mod,
                ri, "prelim", ri.prelim, child, "er", child.er,
                child, "mser", child.mser, child, "erb", child.erb]
        ri.tr, ri.trdy = sr, ysr - (child.erb - ri.h)
        ri.mod += diff
        ri.prelim -= diff
        child.er, child.mser, child.erb = before.er, before.mser, before.erb


def _move_subtree(t: Node, i: int, si: int, dist: float, log: _Log) -> None:
    child = t.c[i]
    log += [child, "mod", child.mod, child, "msel", child.msel, child, "mser", child.mser]
    child.mod += dist
    child.msel += dist
    child.mser += dist
    if si != i - 1:  # spread the move over the siblings in between
        nr = i - si
        other = t.c[si + 1]
        log += [other, "shift", other.shift, child, "shift", child.shift,
                child, "change", child.change]
        other.shift += dist / nr
        child.shift -= dist / nr
        child.change -= dist - dist / nr


def walk(t: Node) -> None:
    """Lay out t over its children (already laid out); record what it changes below."""
    if not t.c:
        t.el = t.er = t
        t.prelim = t.msel = t.mser = 0.0
        t.elb = t.erb = t.bottom = t.h
        t.left, t.right = 0.0, t.w
        return
    log: _Log = []
    kids = t.c
    ih = _update_iyl(kids[0].elb, 0, None)
    for k in range(1, len(kids)):
        min_y = kids[k].erb
        _separate(t, k, ih, log)
        ih = _update_iyl(min_y, k, ih)
    first, last = kids[0], kids[-1]
    t.prelim = prelim = (first.prelim + first.mod + last.mod + last.prelim + last.w) / 2 \
        - t.w / 2
    t.el, t.msel, t.elb = first.el, first.msel, first.elb + t.h
    t.er, t.mser, t.erb = last.er, last.mser, last.erb + t.h
    # the local second walk: final offsets of the children, extents of the subtree
    d = delta = 0.0
    left, right, bottom = 0.0, t.w, 0.0
    for c in kids:
        d += c.shift
        delta += d + c.change
        c.rel = rel = c.prelim + c.mod + delta - prelim
        if rel + c.left < left:  # noqa: PLR1730 - hot: cheaper than min()
            left = rel + c.left
        if rel + c.right > right:  # noqa: PLR1730
            right = rel + c.right
        if c.bottom > bottom:  # noqa: PLR1730
            bottom = c.bottom
    t.left, t.right, t.bottom = left, right, t.h + bottom
    t.log = log


def undo(t: Node) -> None:
    log = t.log
    for i in range(len(log) - 3, -1, -3):  # last record first
        setattr(log[i], log[i + 1], log[i + 2])
    t.log = _NONE


def walk_each(nodes: list[Node]) -> None:
    """Walk the nodes in this order (children before their parents)."""
    for t in nodes:
        walk(t)


def attach(parent: Node, nodes: dict[Any, Node],  # noqa: PLR0917
           children: Callable[[Any], Iterable[Any]] | Mapping[Any, Iterable[Any]],
           size: Callable[[Any], tuple[float, float]] | tuple[float, float],
           gap_x: float, gap_y: float,
           parked: dict[Any, Node], unpark: Callable[[Any], Node], fresh: list[Node],
           rooted: set[int]) -> None:
    """Give ``parent`` its children, and them theirs: known nodes are reused (moved), a
    parked subtree is taken back whole (``unpark``), new nodes are built and appended to
    ``fresh`` (parents before children). A key met twice (a damaged graph) stays where it
    is: under its first parent, or a root (``rooted``: ids of the forest's roots)."""
    # children as a mapping (a key's children, e.g. the graph's own reports by manager)
    # and one size for every card are read without a Python call per card
    by_dict = not callable(children)
    one_size = isinstance(size, tuple)
    stack = [parent]
    while stack:
        node = stack.pop()
        kids: list[Node] = []
        key = node.key
        if not by_dict:
            below = children(key)  # type: ignore[operator]
        # ``in`` and ``[]``, not ``.get``: on a mappingproxy ``get`` is a method call
        elif key in children:  # type: ignore[operator]
            below = children[key]  # type: ignore[index]
        else:
            below = _NONE
        for key in below:
            child = nodes.get(key)
            if child is None:
                if parked and key in parked:
                    child = unpark(key)
                else:
                    child = Node.__new__(Node)
                    child.setup(key, size if one_size else size(key),  # type: ignore[operator,arg-type]
                                gap_x, gap_y)
                    nodes[key] = child
                    fresh.append(child)
                    stack.append(child)
            elif child.parent is not None or id(child) in rooted or child is parent:
                continue  # met twice (a damaged graph): keep it where it is
            child.parent = node
            kids.append(child)
        node.c = kids if kids else _NONE


def boxes(roots: Sequence[Node], box: type[Any]) -> dict[Any, Any]:
    """Every card's absolute box, ``box(x, y, width, height)`` by key, parents first."""
    found: dict[Any, Any] = {}
    make = tuple.__new__
    stack = list(reversed(roots))
    xs = [r.rel for r in stack]
    ys = [0.0] * len(stack)
    while stack:
        n = stack.pop()
        x = xs.pop()
        y = ys.pop()
        w, h = n.card
        found[n.key] = make(box, (x, y, w, h))
        kids = n.c
        if kids:
            below = y + n.h
            for i in range(len(kids) - 1, -1, -1):
                c = kids[i]
                stack.append(c)
                xs.append(x + c.rel)
                ys.append(below)
    return found


def subtree(node: Node) -> list[Node]:
    """The node and every node below it, breadth first."""
    found = [node]
    i = 0
    while i < len(found):  # the list grows while it is read
        n = found[i]
        for c in n.c:
            if c.parent is n:
                found.append(c)
        i += 1
    return found


def park(node: Node, nodes: dict[Any, Node], parked_in: dict[Any, Any]) -> None:
    """Take a subtree out of the cards shown (``nodes``), noting each key's top: a
    collapse hides it laid out, and an expand brings it back without a walk."""
    top = node.key
    for n in subtree(node):
        del nodes[n.key]
        parked_in[n.key] = top


def unpark(node: Node, nodes: dict[Any, Node], parked_in: dict[Any, Any]) -> None:
    """Bring a parked subtree back among the cards shown."""
    for n in subtree(node):
        nodes[n.key] = n
        del parked_in[n.key]
