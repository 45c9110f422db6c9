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

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import ClassVar, Generic, NamedTuple, TypeVar

from kamdesk.graph import tidy_core
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.tidy_walk import Node

K = TypeVar("K", bound=Hashable)


class Box(NamedTuple):
    x: float
    y: float
    width: float
    height: float


class TidyLayout(Generic[K]):
    """A forest's tidy layout, kept up to date edit by edit.

    ``update(roots, changed)``: ``changed`` are the keys whose children or size changed
    since the last update (a change of manager changes the old and the new manager; a
    rename the person; a collapse the collapsed one). ``walked`` then says how many cards
    were laid out again. The forest must be a forest: a key met twice is laid out once.

    ``children`` may be a mapping (a key's children; a key missing has none) and ``size`` one
    size for every card: the layout then reads them without a Python call per card. A mapping
    is read when the layout asks, so it must be the forest as it is at each ``update``.

    ``_core``: the walks that run (``tidy_core``: compiled when built); a subclass with
    ``tidy_core.pure()`` runs them as Python (the tests and the benchmark compare).
    """

    _core: ClassVar[ModuleType] = tidy_core.CORE

    def __init__(self, children: Callable[[K], Iterable[K]] | Mapping[K, Iterable[K]],
                 size: Callable[[K], tuple[float, float]] | tuple[float, float], *,
                 gap_x: float = 16,
                 gap_y: float = 40, tree_gap: float | None = None) -> None:
        self.children, self.size = children, size
        self.gap_x, self.gap_y = gap_x, gap_y
        self.between = 2 * gap_x if tree_gap is None else tree_gap
        self.nodes: dict[K, Node] = {}  # every card shown
        # Subtrees hidden by the last updates (a collapse), kept walked: shown again
        # unchanged, they cost their path, not their size. By top key; and each key's top.
        self.parked: dict[K, Node] = {}
        self._parked_in: dict[K, K] = {}
        self.roots: list[Node] = []
        self.walked = 0
        self.width = self.height = 0.0
        self._at: dict[K, tuple[float, float]] = {}  # absolute x, y asked for so far

    # ------------------------------------------------------------------ building
    def _new(self, key: K) -> Node:
        node: Node = self._core.Node(key, self._size(key), self.gap_x, self.gap_y)
        self.nodes[key] = node
        return node

    def _size(self, key: K) -> tuple[float, float]:
        size = self.size
        return size if isinstance(size, tuple) else size(key)

    def _attach(self, parent: Node, fresh: list[Node], rooted: set[int]) -> None:
        """Give ``parent`` its children: known nodes are reused (moved), new ones built."""
        self._core.attach(parent, self.nodes, self.children, self.size, self.gap_x,
                          self.gap_y, self.parked, self._unpark, fresh, rooted)

    def _subtree(self, node: Node) -> list[Node]:
        found: list[Node] = self._core.subtree(node)
        return found

    def _park(self, node: Node) -> None:
        self._core.park(node, self.nodes, self._parked_in)
        self.parked[node.key] = node

    def _unpark(self, key: K) -> Node:
        node = self.parked.pop(key)
        self._core.unpark(node, self.nodes, self._parked_in)
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

    def _drop(self, node: Node) -> None:
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
        undo = self._core.undo
        for node in sorted(depth, key=depth.__getitem__):
            undo(node)
        # 2. let go of the old children of changed nodes and of the old roots
        loose: list[Node] = []
        for node in dirty:
            for child in node.c:
                child.parent = None
                loose.append(child)
            node.c = []
        loose += self.roots
        # 3. the new structure: sizes, children (moved subtrees reused), roots
        fresh: list[Node] = []
        for node in dirty:
            if id(node) in gone:
                del nodes[node.key]
        rooted: set[int] = set()
        for node in dirty:
            if nodes.get(node.key) is node:
                self._attach(node, fresh, rooted)
        new_roots: list[Node] = []
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
                node.card = card = self._size(node.key)
                node.w, node.h = card[0] + self.gap_x, card[1] + self.gap_y
        # 4. walk again, children before parents: the new nodes, the changed paths
        if not depth:  # only new subtrees: parents come before children in ``fresh``
            self._core.walk_each(fresh[::-1])
            self.walked = len(fresh)
        else:
            again = self._depths(n for n in [*fresh, *depth] if nodes.get(n.key) is n)
            self._core.walk_each(sorted(again, key=again.__getitem__, reverse=True))
            self.walked = len(again)
        self._place_roots()

    def _depths(self, nodes: Iterable[Node]) -> dict[Node, int]:
        """Each node and its ancestors, with their depth (a cycle is refused)."""
        depth: dict[Node, int] = {}
        for node in nodes:
            chain = []
            at: Node | None = node
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
            n: Node | None = node
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
        """Every card's box (linear: for exports and tests; the screen asks ``visible``).

        With the collector paused, as ``update``: otherwise the boxes of 50,000 cards make
        it go over the nodes just built six times (gen 1 passes), a third of the time."""
        with paused_gc():
            found: dict[K, Box] = self._core.boxes(self.roots, Box)
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
        stack: list[tuple[Node, float, float, float, float]] = [
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


class Placed(Mapping[K, Box]):
    """A forest laid out once from scratch (``place``): the cards' x, y and sizes held in
    flat arrays (``order[i]`` is card i), a ``Box`` made only when one is asked for.

    For a layout nothing will edit: n cards leave a few arrays, not n nodes and n boxes
    (``TidyLayout`` keeps nodes so that an edit costs its path). Same floats as
    ``TidyLayout`` (tested). ``width``/``height``: the forest's extent, as ``TidyLayout``'s.
    """

    _core: ClassVar[ModuleType] = tidy_core.FLAT

    def __init__(self, roots: Iterable[K],
                 children: Callable[[K], Iterable[K]] | Mapping[K, Iterable[K]],
                 size: Callable[[K], tuple[float, float]] | tuple[float, float], *,
                 gap_x: float = 16, gap_y: float = 40, tree_gap: float | None = None) -> None:
        between = 2 * gap_x if tree_gap is None else tree_gap
        self._placed = self._core.place(roots, children, size, gap_x, gap_y, between)
        (self.order, self.lo, self.hi, self.tops, self.xs, self.ys, self.widths,
         self.heights, self.width, self.height) = self._placed
        self._index: dict[K, int] | None = None

    def number(self, key: K) -> int:
        """The card's number in the arrays (KeyError: not laid out)."""
        if self._index is None:
            self._index = dict(zip(self.order, range(len(self.order)), strict=True))
        return self._index[key]

    def __getitem__(self, key: K) -> Box:
        i = self.number(key)
        return Box(self.xs[i], self.ys[i], self.widths[i], self.heights[i])

    def __iter__(self) -> Iterator[K]:
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)

    def boxes(self) -> dict[K, Box]:
        """Every card's box, in ``TidyLayout.boxes``'s order (the collector paused while
        the boxes are made: they hold floats only, no cycle to find)."""
        with paused_gc():
            found: dict[K, Box] = self._core.placed_boxes(self._placed, Box)
        return found


def tidy_tree(roots: Sequence[K], children: Callable[[K], Sequence[K]],
              size: Callable[[K], tuple[float, float]], *, gap_x: float = 16,
              gap_y: float = 40, tree_gap: float | None = None) -> dict[K, Box]:
    """Positions of every card reachable from ``roots`` (a forest, laid left to right).

    ``children(k)`` lists k's children in order; ``size(k)`` is (width, height). Cards in
    one tree never overlap; ``gap_x`` keeps neighbours apart, ``gap_y`` parents from
    children, ``tree_gap`` trees of the forest (default: 2 × gap_x). A key met twice (a
    damaged graph) is laid out once, where it is first met. Laid out on flat arrays
    (``Placed``): the same floats as ``TidyLayout``, without its nodes.
    """
    return Placed(roots, children, size, gap_x=gap_x, gap_y=gap_y, tree_gap=tree_gap).boxes()
