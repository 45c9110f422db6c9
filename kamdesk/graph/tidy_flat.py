"""The tidy layout from scratch on flat arrays: ``tidy_walk``'s arithmetic without its nodes.

A layout that nothing will edit (an export, a static chart, a first look) needs neither
nodes nor undo records: ``place`` runs the very arithmetic of ``tidy_walk.walk`` over flat
arrays indexed by card number (numbered as ``tidy_walk.attach`` meets them, so a card's
children are a run of consecutive numbers), and n cards make a handful of Python objects
instead of n nodes and n boxes, and no reference cycle for the collector to chase.

One source, two ways to run, as ``tidy_walk``: plain Python here, C types in
``tidy_flat.pxd`` (the arrays become C int and double memoryviews); ``setup.py`` compiles
it, ``tidy_core`` says which runs. The tests require its floats to equal ``walk``'s, bit
for bit, compiled and as Python.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Mapping
from typing import Any

_NONE: tuple[Any, ...] = ()  # the children of a key a mapping does not hold

_DOUBLES = 15  # the double fields of _Flat below, carved from one block


class _Flat:
    """The walk's state, one array per field of ``Node`` (-1: no card). ``lo``/``hi``: a
    card's children are the cards lo[t] … hi[t] - 1; ``low``/``at``: the stack of (lowest
    y, child index) of the left siblings' right contour, the ``_IYL`` list of ``walk``."""

    __slots__ = ("at", "bottom", "change", "el", "elb", "er", "erb", "h", "hi", "left", "lo",
                 "low", "mod", "msel", "mser", "prelim", "rel", "right", "shift", "tl",
                 "tldy", "tr", "trdy", "w")

    def __init__(self, n: int, lo: Any, hi: Any, w: Any, h: Any) -> None:
        # two allocations, not twenty: fresh memory is paid page by page
        zeros: Any = memoryview(array("d", [0.0]) * (_DOUBLES * n + 1))
        ints: Any = memoryview(array("i", [-1]) * (5 * n + 1))
        self.lo, self.hi, self.w, self.h = lo, hi, w, h
        self.prelim, self.mod, self.shift = zeros[0:n], zeros[n:2 * n], zeros[2 * n:3 * n]
        self.change, self.msel, self.mser = zeros[3 * n:4 * n], zeros[4 * n:5 * n], \
            zeros[5 * n:6 * n]
        self.rel, self.tldy, self.trdy = zeros[6 * n:7 * n], zeros[7 * n:8 * n], \
            zeros[8 * n:9 * n]
        self.elb, self.erb, self.bottom = zeros[9 * n:10 * n], zeros[10 * n:11 * n], \
            zeros[11 * n:12 * n]
        self.left, self.right, self.low = zeros[12 * n:13 * n], zeros[13 * n:14 * n], \
            zeros[14 * n:15 * n]
        self.tl, self.tr, self.el = ints[0:n], ints[n:2 * n], ints[2 * n:3 * n]
        self.er, self.at = ints[3 * n:4 * n], ints[4 * n:5 * n + 1]

    def separate(self, t: int, i: int, top: int) -> None:
        """``_separate`` on the arrays: child i of t right of its left siblings."""
        sr, cl = self.lo[t] + i - 1, self.lo[t] + i
        mssr, mscl = self.mod[sr], self.mod[cl]
        ysr = ycl = 0.0
        while sr >= 0 and cl >= 0:
            sb, cb = ysr + self.h[sr], ycl + self.h[cl]
            if sb > self.low[top] * 1.000000001 and top > 0:  # (tidy_walk._separate's note)
                top -= 1
            dist = (mssr + self.prelim[sr] + self.w[sr]) - (mscl + self.prelim[cl])
            if dist > 0:
                mscl += dist
                self.move_subtree(t, i, self.at[top], dist)
            if sb <= cb:
                if self.hi[sr] > self.lo[sr]:
                    ysr += self.h[sr]
                    sr = self.hi[sr] - 1
                else:
                    ysr += self.trdy[sr]
                    sr = self.tr[sr]
                if sr >= 0:
                    mssr += self.mod[sr]
            if sb >= cb:
                if self.hi[cl] > self.lo[cl]:
                    ycl += self.h[cl]
                    cl = self.lo[cl]
                else:
                    ycl += self.tldy[cl]
                    cl = self.tl[cl]
                if cl >= 0:
                    mscl += self.mod[cl]
        if sr < 0 and cl >= 0:  # the left siblings end first: thread left
            first, child = self.lo[t], self.lo[t] + i
            li = self.el[first]
            diff = (mscl - self.mod[cl]) - self.msel[first]
            self.tl[li] = cl
            self.tldy[li] = ycl - (self.elb[first] - self.h[li])
            self.mod[li] += diff
            self.prelim[li] -= diff
            self.el[first] = self.el[child]
            self.msel[first] = self.msel[child]
            self.elb[first] = self.elb[child]
        elif sr >= 0 and cl < 0:  # the new child ends first: thread right
            child, before = self.lo[t] + i, self.lo[t] + i - 1
            ri = self.er[child]
            diff = (mssr - self.mod[sr]) - self.mser[child]
            self.tr[ri] = sr
            self.trdy[ri] = ysr - (self.erb[child] - self.h[ri])
            self.mod[ri] += diff
            self.prelim[ri] -= diff
            self.er[child] = self.er[before]
            self.mser[child] = self.mser[before]
            self.erb[child] = self.erb[before]

    def move_subtree(self, t: int, i: int, si: int, dist: float) -> None:
        child = self.lo[t] + i
        self.mod[child] += dist
        self.msel[child] += dist
        self.mser[child] += dist
        if si != i - 1:  # spread the move over the siblings in between
            nr = i - si
            other = self.lo[t] + si + 1
            self.shift[other] += dist / nr
            self.shift[child] -= dist / nr
            self.change[child] -= dist - dist / nr

    def walk(self, t: int) -> None:
        """``walk`` on the arrays; a leaf gets the state a leaf's ``walk`` gives it."""
        first, end = self.lo[t], self.hi[t]
        if first == end:
            self.el[t] = self.er[t] = t
            self.elb[t] = self.erb[t] = self.bottom[t] = self.h[t]
            self.right[t] = self.w[t]
            return
        last = end - 1
        top = 0
        self.low[0], self.at[0] = self.elb[first], 0
        for k in range(1, end - first):
            min_y = self.erb[first + k]
            self.separate(t, k, top)
            while top >= 0 and min_y >= self.low[top] * 0.999999999:
                top -= 1
            top += 1
            self.low[top], self.at[top] = min_y, k
        self.prelim[t] = p = (self.prelim[first] + self.mod[first] + self.mod[last]
                              + self.prelim[last] + self.w[last]) / 2 - self.w[t] / 2
        self.el[t], self.msel[t] = self.el[first], self.msel[first]
        self.elb[t] = self.elb[first] + self.h[t]
        self.er[t], self.mser[t] = self.er[last], self.mser[last]
        self.erb[t] = self.erb[last] + self.h[t]
        d = delta = 0.0
        left, right, bottom = 0.0, self.w[t], 0.0
        for c in range(first, end):
            d += self.shift[c]
            delta += d + self.change[c]
            self.rel[c] = r = self.prelim[c] + self.mod[c] + delta - p
            if r + self.left[c] < left:  # noqa: PLR1730 - hot: cheaper than min()
                left = r + self.left[c]
            if r + self.right[c] > right:  # noqa: PLR1730
                right = r + self.right[c]
            if self.bottom[c] > bottom:  # noqa: PLR1730
                bottom = self.bottom[c]
        self.left[t], self.right[t], self.bottom[t] = left, right, self.h[t] + bottom


def _grown(old: Any, need: int) -> Any:
    """``old`` (an int array) with room for at least ``need`` items."""
    if need <= len(old):
        return old
    new = array("i", old)
    new.extend(array("i", [0]) * max(need, len(old)))
    return new


def place(roots: Iterable[Any],  # noqa: PLR0917
          children: Callable[[Any], Iterable[Any]] | Mapping[Any, Iterable[Any]],
          size: Callable[[Any], tuple[float, float]] | tuple[float, float],
          gap_x: float, gap_y: float, between: float) -> tuple[Any, ...]:
    """A whole forest laid out from scratch, as ``TidyLayout.update`` then ``boxes`` would
    (the same floats): ``(keys, lo, hi, tops, x, y, card widths, card heights, width,
    height)``; card t's children are lo[t] … hi[t] - 1, ``tops`` the trees' top cards.
    A key met twice is laid out where it is first met (``attach``'s rule and order)."""
    by_dict = not callable(children)
    keys: list[Any] = []
    seen: set[Any] = set()  # a set, not key -> number: children are found by number
    tops: list[int] = []
    lo, hi, stack = array("i", [0]) * 1024, array("i", [0]) * 1024, array("i", [0]) * 1024
    los, his, stk = lo, hi, stack  # compiled: typed views (taken again as they grow)
    for root in roots:
        if root in seen:
            continue
        seen.add(root)
        t = len(keys)
        keys.append(root)
        tops.append(t)
        stk[0], depth = t, 1
        while depth:  # depth first as ``attach``, so a key met twice stays where it does
            depth -= 1
            t = stk[depth]
            key = keys[t]
            if not by_dict:
                below = children(key)  # type: ignore[operator]
            # ``in`` and ``[]``, not ``.get``: on a mappingproxy ``get`` is a method call
            elif key in children:  # type: ignore[operator]
                below = children[key]  # type: ignore[index]
            else:
                below = _NONE
            first = len(keys)
            for key in below:
                known = len(seen)
                seen.add(key)
                if len(seen) != known:  # numbered as met: a card's children are a run
                    keys.append(key)
            end = len(keys)
            if end + 1 > len(lo):
                lo, hi, stack = _grown(lo, end + 1), _grown(hi, end + 1), _grown(stack, end + 1)
                los, his, stk = lo, hi, stack
            los[t], his[t] = first, end
            for i in range(first, end):
                stk[depth] = i
                depth += 1
    n = len(keys)
    lo, hi = lo[:n], hi[:n]  # copies: compiled, the views still hold the old ones
    if isinstance(size, tuple):
        cw, ch = array("d", [size[0]]) * n, array("d", [size[1]]) * n
        w, h = array("d", [size[0] + gap_x]) * n, array("d", [size[1] + gap_y]) * n
    else:
        cw, ch = array("d", [0.0]) * n, array("d", [0.0]) * n
        w, h = array("d", [0.0]) * n, array("d", [0.0]) * n
        cwv, chv, wv, hv = cw, ch, w, h  # compiled: typed views of the same memory
        for i in range(n):
            cwv[i], chv[i] = size(keys[i])
            wv[i], hv[i] = cwv[i] + gap_x, chv[i] + gap_y
    flat = _Flat(n, lo, hi, w, h)
    for t in range(n - 1, -1, -1):  # children before their parents
        flat.walk(t)
    return _absolute(flat, keys, tops, cw, ch, gap_x, gap_y, between)


def _absolute(flat: _Flat, keys: list[Any], tops: list[int],  # noqa: PLR0917
              cw: Any, ch: Any, gap_x: float, gap_y: float, between: float) -> tuple[Any, ...]:
    """The trees side by side (``TidyLayout._place_roots``), then each card's x and y
    summed down from its parent's (``boxes``: the same additions in the same order)."""
    n = len(keys)
    offset = height = 0.0
    for t in tops:
        flat.rel[t] = offset - flat.left[t]
        offset += flat.right[t] - flat.left[t] + between - gap_x
        height = max(height, flat.bottom[t])
    xs, ys = array("d", [0.0]) * n, array("d", [0.0]) * n
    xv, yv = xs, ys  # compiled: typed views of the same memory
    for t in tops:
        xv[t] = flat.rel[t]
    for t in range(n):
        x, below = xv[t], yv[t] + flat.h[t]
        for c in range(flat.lo[t], flat.hi[t]):
            xv[c] = x + flat.rel[c]
            yv[c] = below
    return (keys, flat.lo, flat.hi, tops, xs, ys, cw, ch, max(0.0, offset - between),
            max(0.0, height - gap_y))


def placed_boxes(placed: tuple[Any, ...], box: type[Any]) -> dict[Any, Any]:
    """``place``'s cards as ``box(x, y, width, height)`` by key, in the order of ``boxes``
    (depth first, parents before children, children in order)."""
    keys, lo, hi, tops, xs, ys, cw, ch = placed[:8]
    los, his, xv, yv, cwv, chv = lo, hi, xs, ys, cw, ch  # compiled: typed views
    found: dict[Any, Any] = {}
    make = tuple.__new__
    stack = list(reversed(tops))
    while stack:
        t = stack.pop()
        found[keys[t]] = make(box, (xv[t], yv[t], cwv[t], chv[t]))
        for c in range(his[t] - 1, los[t] - 1, -1):
            stack.append(c)
    return found
