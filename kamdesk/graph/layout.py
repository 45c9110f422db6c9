"""Tidy org-chart layout: a pure function from a forest to card positions, kept incrementally.

The algorithm is van der Ploeg's "Drawing non-layered tidy trees in linear time" (2014),
the one d3-flextree implements: cards of any size, each subtree drawn once and as narrow as
its contour allows, a parent centred over its children, linear in the number of cards.
Walks are iterative, so a chain of 50,000 managers does not hit Python's recursion limit.
A forest's trees are laid side by side.

Why it is incremental (``TidyLayout``): after an edit only the subtrees whose shape changed
and the contour merges on their paths up to the root are walked again, so a change of
manager, a collapse or a rename costs the path, not the tree. Three choices make that exact:

- every position is kept *relative*: a card's x against its parent's, y within its subtree;
  a moved subtree keeps all its numbers, and absolute boxes are summed down the path only
  for the cards someone asks for (what is on screen);
- each walk of a node records the fields it changes on other nodes (its children and the
  extreme leaves it threads); before a path is walked again those records are undone top
  down, which restores every node below to the state its own walk left. The redo then
  performs the very same arithmetic as a layout from scratch, so the result is identical
  bit for bit, not merely close (the property tests check ``==``);
- the "second walk" is local: a node's walk turns its children's offsets into final
  relative positions and the subtree's extents (which also answer "what is visible").

Coordinates: ``x`` is a card's left edge, ``y`` its top; y grows downwards.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

from kamdesk.graph.bulk import paused_gc

K = TypeVar("K", bound=Hashable)
_Log = list[tuple[Any, str, Any]]


class Box(NamedTuple):
    x: float
    y: float
    width: float
    height: float


class _Node(Generic[K]):
    __slots__ = ("bottom", "c", "card", "change", "el", "elb", "er", "erb", "h", "key",
                 "left", "log", "mod", "msel", "mser", "parent", "prelim", "rel", "right",
                 "shift", "tl", "tldy", "tr", "trdy", "w")

    def __init__(self, key: K, card: tuple[float, float], gap_x: float, gap_y: float) -> None:
        # the gaps belong to each card's box: boxes that touch leave the gaps between cards
        self.key, self.card = key, card
        self.w, self.h = card[0] + gap_x, card[1] + gap_y
        self.c: list[_Node[K]] = []
        self.parent: _Node[K] | None = None
        self.prelim = self.mod = self.shift = self.change = 0.0
        self.msel = self.mser = self.rel = 0.0
        self.tl: _Node[K] | None = None  # left thread, and the y of its target's top
        self.tr: _Node[K] | None = None  # right thread  relative to this node's top
        self.tldy = self.trdy = 0.0
        self.el: _Node[K] = self  # extreme left and right nodes of the subtree and
        self.er: _Node[K] = self  # their bottoms relative to the subtree's top
        self.elb = self.erb = self.h
        self.left, self.right, self.bottom = 0.0, self.w, self.h  # extents, relative
        self.log: _Log = []  # what this node's walk changed on other nodes


class _IYL:
    """A list of (lowest y, child index) of the left siblings' right contour."""

    __slots__ = ("index", "low_y", "nxt")

    def __init__(self, low_y: float, index: int, nxt: _IYL | None) -> None:
        self.low_y, self.index, self.nxt = low_y, index, nxt


def _update_iyl(min_y: float, i: int, ih: _IYL | None) -> _IYL:
    while ih is not None and min_y >= ih.low_y:
        ih = ih.nxt
    return _IYL(min_y, i, ih)


def _separate(t: _Node[K], i: int, ih: _IYL, log: _Log) -> None:
    """Push child i right of its left siblings; y is relative to the children's row."""
    sr: _Node[K] | None = t.c[i - 1]
    cl: _Node[K] | None = t.c[i]
    assert sr is not None and cl is not None
    mssr, mscl = sr.mod, cl.mod
    ysr = ycl = 0.0
    while sr is not None and cl is not None:
        sb, cb = ysr + sr.h, ycl + cl.h
        if sb > ih.low_y and ih.nxt is not None:
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
        log += [(li, "tl", li.tl), (li, "tldy", li.tldy), (li, "mod", li.mod),
                (li, "prelim", li.prelim), (first, "el", first.el),
                (first, "msel", first.msel), (first, "elb", first.elb)]
        li.tl, li.tldy = cl, ycl - (first.elb - li.h)
        li.mod += diff
        li.prelim -= diff
        first.el, first.msel, first.elb = t.c[i].el, t.c[i].msel, t.c[i].elb
    elif sr is not None and cl is None:  # the new child ends first: thread right
        child, before = t.c[i], t.c[i - 1]
        ri = child.er
        diff = (mssr - sr.mod) - child.mser
        log += [(ri, "tr", ri.tr), (ri, "trdy", ri.trdy), (ri, "mod", ri.mod),
                (ri, "prelim", ri.prelim), (child, "er", child.er),
                (child, "mser", child.mser), (child, "erb", child.erb)]
        ri.tr, ri.trdy = sr, ysr - (child.erb - ri.h)
        ri.mod += diff
        ri.prelim -= diff
        child.er, child.mser, child.erb = before.er, before.mser, before.erb


def _move_subtree(t: _Node[K], i: int, si: int, dist: float, log: _Log) -> None:
    child = t.c[i]
    log += [(child, "mod", child.mod), (child, "msel", child.msel),
            (child, "mser", child.mser)]
    child.mod += dist
    child.msel += dist
    child.mser += dist
    if si != i - 1:  # spread the move over the siblings in between
        nr = i - si
        other = t.c[si + 1]
        log += [(other, "shift", other.shift), (child, "shift", child.shift),
                (child, "change", child.change)]
        other.shift += dist / nr
        child.shift -= dist / nr
        child.change -= dist - dist / nr


def _walk(t: _Node[K]) -> None:
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


def _undo(t: _Node[K]) -> None:
    for node, field, old in reversed(t.log):
        setattr(node, field, old)
    t.log = []


def _path(node: _Node[K]) -> list[_Node[K]]:
    found = []
    at: _Node[K] | None = node
    while at is not None:
        found.append(at)
        at = at.parent
    return found


class TidyLayout(Generic[K]):
    """A forest's tidy layout, kept up to date edit by edit.

    ``update(roots, changed)``: ``changed`` are the keys whose children or size changed
    since the last update (a change of manager changes the old and the new manager; a
    rename the person; a collapse the collapsed one). ``walked`` then says how many cards
    were laid out again. The forest must be a forest: a key met twice is laid out once.
    """

    def __init__(self, children: Callable[[K], Sequence[K]],
                 size: Callable[[K], tuple[float, float]], *, gap_x: float = 16,
                 gap_y: float = 40, tree_gap: float | None = None) -> None:
        self.children, self.size = children, size
        self.gap_x, self.gap_y = gap_x, gap_y
        self.between = 2 * gap_x if tree_gap is None else tree_gap
        self.nodes: dict[K, _Node[K]] = {}  # every card shown
        # Subtrees hidden by the last updates (a collapse), kept walked: shown again
        # unchanged, they cost their path, not their size. By top key; and each key's top.
        self.parked: dict[K, _Node[K]] = {}
        self._parked_in: dict[K, K] = {}
        self.roots: list[_Node[K]] = []
        self.walked = 0
        self.width = self.height = 0.0
        self._at: dict[K, tuple[float, float]] = {}  # absolute x, y asked for so far

    # ------------------------------------------------------------------ building
    def _new(self, key: K) -> _Node[K]:
        node = self.nodes[key] = _Node(key, self.size(key), self.gap_x, self.gap_y)
        return node

    def _attach(self, parent: _Node[K], fresh: list[_Node[K]], rooted: set[int]) -> None:
        """Give ``parent`` its children: known nodes are reused (moved), new ones built."""
        nodes, children, size = self.nodes, self.children, self.size
        gaps = self.gap_x, self.gap_y
        stack = [parent]
        while stack:
            node = stack.pop()
            kids = []
            for key in children(node.key):
                child = nodes.get(key)
                if child is None and key in self.parked:
                    child = self._unpark(key)
                    child.parent = node
                    kids.append(child)
                    continue
                if child is None:
                    child = nodes[key] = _Node(key, size(key), *gaps)
                    fresh.append(child)
                    stack.append(child)
                elif child.parent is not None or id(child) in rooted or child is parent:
                    continue  # met twice (a damaged graph): keep it where it is
                child.parent = node
                kids.append(child)
            node.c = kids

    def _subtree(self, node: _Node[K]) -> list[_Node[K]]:
        found = [node]
        for n in found:  # the list grows while it is read: breadth first
            for c in n.c:
                if c.parent is n:
                    found.append(c)
        return found

    def _park(self, node: _Node[K]) -> None:
        nodes, top = self.nodes, node.key
        keys = [n.key for n in self._subtree(node)]
        for key in keys:
            del nodes[key]
        self._parked_in.update(dict.fromkeys(keys, top))
        self.parked[top] = node

    def _unpark(self, key: K) -> _Node[K]:
        node = self.parked.pop(key)
        found = self._subtree(node)
        self.nodes.update((n.key, n) for n in found)
        parked_in = self._parked_in
        for n in found:
            del parked_in[n.key]
        return node

    def _forget_parked(self, keys: Iterable[K]) -> None:
        """A change inside a parked subtree makes it stale: let it go."""
        for key in keys:
            top = self._parked_in.get(key)
            if top is not None:
                node = self.parked.pop(top)
                for n in self._subtree(node):
                    self._parked_in.pop(n.key, None)
                self._drop(node)
        if len(self._parked_in) > max(1000, 2 * len(self.nodes)):  # bound the memory
            for node in self.parked.values():
                self._drop(node)
            self.parked, self._parked_in = {}, {}

    def _drop(self, node: _Node[K]) -> None:
        """Forget a subtree no longer shown (children moved elsewhere are kept)."""
        stack = [node]
        while stack:
            n = stack.pop()
            if self.nodes.get(n.key) is n:
                del self.nodes[n.key]
            stack.extend(c for c in n.c if c.parent is n)
            n.c = []
            n.el = n.er = n
            n.tl = n.tr = None
            n.log = []

    # ------------------------------------------------------------------ updating
    def update(self, roots: Sequence[K], changed: Iterable[K] = (),
               removed: Iterable[K] = ()) -> None:
        """Bring the layout to the current forest under ``roots``.

        ``removed``: keys gone from the forest (their children are asked for no more).
        """
        with paused_gc():  # tens of thousands of small objects: see graph.bulk
            self._update(roots, changed, removed)

    def _update(self, roots: Sequence[K], changed: Iterable[K], removed: Iterable[K]) -> None:
        nodes = self.nodes
        changed, removed = list(changed), list(removed)
        self._forget_parked([*changed, *removed])
        gone = {id(nodes[k]) for k in removed if k in nodes}
        dirty = [nodes[k] for k in dict.fromkeys([*changed, *removed]) if k in nodes]
        # 1. undo the walks on every changed path, top down
        depth = self._depths(dirty)
        for node in sorted(depth, key=depth.__getitem__):
            _undo(node)
        # 2. let go of the old children of changed nodes and of the old roots
        loose: list[_Node[K]] = []
        for node in dirty:
            for child in node.c:
                child.parent = None
                loose.append(child)
            node.c = []
        loose += self.roots
        # 3. the new structure: sizes, children (moved subtrees reused), roots
        fresh: list[_Node[K]] = []
        for node in dirty:
            if id(node) in gone:
                del nodes[node.key]
        rooted: set[int] = set()
        for node in dirty:
            if nodes.get(node.key) is node:
                self._attach(node, fresh, rooted)
        new_roots: list[_Node[K]] = []
        for key in dict.fromkeys(roots):
            root = nodes.get(key)
            if root is None and key in self.parked:
                root = self._unpark(key)
            elif root is None:
                root = self._new(key)
                fresh.append(root)
                rooted.add(id(root))
                self._attach(root, fresh, rooted)
            elif root.parent is not None:
                continue
            rooted.add(id(root))
            new_roots.append(root)
        self.roots = new_roots
        for node in loose:
            if node.parent is None and id(node) not in rooted:
                if id(node) in gone:
                    self._drop(node)
                else:
                    self._park(node)
        # a changed path that went into hiding was undone, not walked: not kept
        self._forget_parked([n.key for n in depth if n.key in self._parked_in])
        for node in dirty:  # sizes last: they may depend on the children just asked for
            if nodes.get(node.key) is node:
                node.card = card = self.size(node.key)
                node.w, node.h = card[0] + self.gap_x, card[1] + self.gap_y
        # 4. walk again, children before parents: the new nodes, the changed paths
        if not depth:  # only new subtrees: parents come before children in ``fresh``
            for node in reversed(fresh):
                _walk(node)
            self.walked = len(fresh)
        else:
            again = self._depths(n for n in [*fresh, *depth] if nodes.get(n.key) is n)
            for node in sorted(again, key=again.__getitem__, reverse=True):
                _walk(node)
            self.walked = len(again)
        self._place_roots()

    def _depths(self, nodes: Iterable[_Node[K]]) -> dict[_Node[K], int]:
        """Each node and its ancestors, with their depth (a cycle is refused)."""
        depth: dict[_Node[K], int] = {}
        for node in nodes:
            chain = []
            at: _Node[K] | None = node
            while at is not None and at not in depth:
                chain.append(at)
                at = at.parent
                if len(chain) > len(self.nodes):
                    raise ValueError("the children form a cycle")
            base = -1 if at is None else depth[at]
            for i, n in enumerate(reversed(chain)):
                depth[n] = base + 1 + i
        return depth

    def _place_roots(self) -> None:
        offset = 0.0
        height = 0.0
        for root in self.roots:
            root.rel = offset - root.left
            offset += root.right - root.left + self.between - self.gap_x
            height = max(height, root.bottom)
        self.width = max(0.0, offset - self.between)
        self.height = max(0.0, height - self.gap_y)
        self._at = {}

    # ------------------------------------------------------------------ reading
    def __contains__(self, key: object) -> bool:
        return key in self.nodes

    def __len__(self) -> int:
        return len(self.nodes)

    def box(self, key: K) -> Box:
        """The card's box, summed down its path (remembered until the next update)."""
        at = self._at
        found = at.get(key)
        node = self.nodes[key]
        if found is None:
            chain = []
            n: _Node[K] | None = node
            while n is not None and n.key not in at:
                chain.append(n)
                n = n.parent
            x, y = (0.0, 0.0) if n is None else at[n.key]
            h = 0.0 if n is None else n.h
            if n is None:  # a root: its offset in the forest is its x
                top = chain.pop()
                x, y, h = top.rel, 0.0, top.h
                at[top.key] = (x, y)
            for c in reversed(chain):
                x, y = x + c.rel, y + h
                at[c.key] = (x, y)
                h = c.h
            found = (x, y)
        return Box(found[0], found[1], *node.card)

    def boxes(self) -> dict[K, Box]:
        """Every card's box (linear: for exports and tests; the screen asks ``visible``)."""
        found: dict[K, Box] = {}
        make = tuple.__new__
        stack = [(r, r.rel, 0.0) for r in reversed(self.roots)]
        pop, push = stack.pop, stack.append
        while stack:
            n, x, y = pop()
            w, h = n.card
            found[n.key] = make(Box, (x, y, w, h))
            if n.c:
                below = y + n.h
                for c in reversed(n.c):
                    push((c, x + c.rel, below))
        return found

    def visible(self, left: float, top: float, right: float, bottom: float,
                bands: bool = False) -> list[K]:
        """Cards whose box meets the rectangle, found through the subtrees' extents:
        time in proportion to what is shown (and the subtrees along its border).

        ``bands``: also the children of a card whose gap below (where the connectors to
        its children run) meets the rectangle, so their connectors can be drawn.
        """
        found: dict[K, None] = {}
        stack = [(r, r.rel, 0.0) for r in reversed(self.roots)]
        while stack:
            n, x, y = stack.pop()
            if x + n.left > right or x + n.right < left or y > bottom \
                    or y + n.bottom < top:
                continue
            w, h = n.card
            if x <= right and x + w >= left and y <= bottom and y + h >= top:
                found[n.key] = None
            below = y + n.h
            kids = n.c
            if kids and below >= top and y + h <= bottom and bands:
                first, last = kids[0], kids[-1]
                if x + first.rel <= right and x + last.rel + last.card[0] >= left:
                    found.update(dict.fromkeys(c.key for c in kids))
            if below <= bottom:
                stack.extend((c, x + c.rel, below) for c in reversed(kids))
        return list(found)


    def overview(self, left: float, top: float, right: float, bottom: float,
                 min_width: float) -> list[Shown[K]]:
        """What a zoomed-out view draws: cards down to where a subtree is narrower than
        ``min_width``, and each such subtree as one block of its extent. The count is
        bounded by the rectangle's area in blocks, not by the number of cards.
        """
        found: list[Shown[K]] = []
        stack: list[tuple[_Node[K], float, float, float, float]] = [
            (r, r.rel, 0.0, -1.0, -1.0) for r in reversed(self.roots)]
        gap_x, gap_y = self.gap_x, self.gap_y
        while stack:
            n, x, y, px, py = stack.pop()
            if x + n.left > right or x + n.right < left or y > bottom \
                    or y + n.bottom < top:
                continue
            w, h = n.card
            if n.c and n.right - n.left < min_width:
                found.append(Shown(n.key, x + n.left, y, n.right - n.left - gap_x,
                                   n.bottom - gap_y, True, px, py, x + w / 2))
                continue
            found.append(Shown(n.key, x, y, w, h, False, px, py, x + w / 2))
            below = y + n.h
            if below <= bottom:
                stack.extend((c, x + c.rel, below, x + w / 2, y + h) for c in reversed(n.c))
        return found


class Shown(NamedTuple, Generic[K]):
    """One thing an overview draws: a card, or a whole subtree as a block (``block``).
    ``px``, ``py``: where the connector from the parent starts (negative: a root);
    ``top_x``: where it arrives (above the subtree's own top card)."""

    key: K
    x: float
    y: float
    width: float
    height: float
    block: bool
    px: float
    py: float
    top_x: float


def tidy_tree(roots: Sequence[K], children: Callable[[K], Sequence[K]],
              size: Callable[[K], tuple[float, float]], *, gap_x: float = 16,
              gap_y: float = 40, tree_gap: float | None = None) -> dict[K, Box]:
    """Positions of every card reachable from ``roots`` (a forest, laid left to right).

    ``children(k)`` lists k's children in order; ``size(k)`` is (width, height). Cards in
    one tree never overlap; ``gap_x`` keeps neighbours apart, ``gap_y`` parents from
    children, ``tree_gap`` trees of the forest (default: 2 × gap_x). A key met twice (a
    damaged graph) is laid out once, where it is first met.
    """
    layout = TidyLayout(children, size, gap_x=gap_x, gap_y=gap_y, tree_gap=tree_gap)
    layout.update(roots)
    return layout.boxes()
