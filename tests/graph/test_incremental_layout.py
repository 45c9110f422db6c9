"""The incremental tidy layout: after any edits it equals a layout from scratch, exactly,
and a move, a collapse or a rename walks only the cards on the changed paths."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph.layout import Box, TidyLayout, tidy_tree


class Forest:
    """A small mutable forest with a collapsed set, like the org chart over the graph."""

    def __init__(self, parents: list[int | None], sizes: list[tuple[float, float]]) -> None:
        self.parent: dict[int, int | None] = dict(enumerate(parents))
        self.kids: dict[int, list[int]] = {i: [] for i in self.parent}
        for i, p in self.parent.items():
            if p is not None:
                self.kids[p].append(i)
        self.sizes = dict(enumerate(sizes))
        self.collapsed: set[int] = set()
        self.next = len(parents)

    def roots(self) -> list[int]:
        return [i for i, p in self.parent.items() if p is None]

    def children(self, k: int) -> list[int]:
        return [] if k in self.collapsed else self.kids[k]

    def size(self, k: int) -> tuple[float, float]:
        return self.sizes[k]

    def path(self, k: int | None) -> list[int]:
        found = []
        while k is not None:
            found.append(k)
            k = self.parent[k]
        return found

    def shown_path(self, k: int | None) -> int:
        """Cards on the path from k up that are shown (no collapsed ancestor)."""
        path = self.path(k)
        return 0 if any(a in self.collapsed for a in path[1:]) else len(path)

    def full(self) -> dict[int, Box]:
        return tidy_tree(self.roots(), self.children, self.size, gap_x=10, gap_y=30)

    # edits: each returns the keys whose children or size changed
    def move(self, k: int, to: int | None) -> list[int]:
        old = self.parent[k]
        if old is not None:
            self.kids[old].remove(k)
        self.parent[k] = to
        if to is not None:
            self.kids[to].append(k)
        return [x for x in (old, to) if x is not None]

    def toggle(self, k: int) -> list[int]:
        self.collapsed ^= {k}
        return [k]

    def add(self, under: int | None, size: tuple[float, float]) -> list[int]:
        k = self.next
        self.next += 1
        self.parent[k], self.kids[k], self.sizes[k] = under, [], size
        if under is not None:
            self.kids[under].append(k)
        return [] if under is None else [under]

    def remove(self, k: int) -> list[int]:
        """Remove k; its reports move up to k's manager (or become roots)."""
        boss = self.parent[k]
        for kid in list(self.kids[k]):
            self.move(kid, boss)
        self.move(k, None)
        del self.parent[k], self.kids[k], self.sizes[k]
        self.collapsed.discard(k)
        return [] if boss is None else [boss]

    def rename(self, k: int, size: tuple[float, float]) -> list[int]:
        self.sizes[k] = size
        return [k]


sizes = st.tuples(st.floats(10, 200), st.floats(10, 90))


@st.composite
def forests(draw: st.DrawFn) -> Forest:
    n = draw(st.integers(1, 40))
    parents = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1)))
                        for i in range(1, n)]
    return Forest(parents, [draw(sizes) for _ in range(n)])


def apply(forest: Forest, data: st.DataObject) -> tuple[list[int], list[int]]:
    """One random edit: the keys changed, the keys removed."""
    keys = sorted(forest.parent)
    if keys and data.draw(st.integers(0, 4)) == 0:
        k = data.draw(st.sampled_from(keys))
        return forest.remove(k), [k]
    return edit(forest, data), []


def edit(forest: Forest, data: st.DataObject) -> list[int]:
    keys = sorted(forest.parent)
    kind = data.draw(st.sampled_from(["move", "toggle", "add", "rename"]))
    if kind == "add" or not keys:
        under = data.draw(st.one_of(st.none(), st.sampled_from(keys))) if keys else None
        return forest.add(under, data.draw(sizes))
    k = data.draw(st.sampled_from(keys))
    if kind == "move":
        allowed = [x for x in keys if k not in forest.path(x)]  # no cycles
        to = st.one_of(st.none(), st.sampled_from(allowed)) if allowed else st.none()
        return forest.move(k, data.draw(to))
    if kind == "toggle":
        return forest.toggle(k)
    return forest.rename(k, data.draw(sizes))


@settings(max_examples=300, deadline=None)
@given(forests(), st.data())
def test_any_sequence_of_edits_gives_the_full_layout_exactly(forest: Forest,
                                                             data: st.DataObject) -> None:
    layout = TidyLayout(forest.children, forest.size, gap_x=10, gap_y=30)
    layout.update(forest.roots())
    assert layout.boxes() == forest.full()
    for _ in range(data.draw(st.integers(1, 12))):
        changed, removed = [], []
        for _ in range(data.draw(st.integers(1, 3))):  # one edit, or a few at once
            more, gone = apply(forest, data)
            changed += more
            removed += gone
        layout.update(forest.roots(), [k for k in changed if k not in removed], removed)
        full = forest.full()
        assert layout.boxes() == full  # identical floats, not approximately
        assert set(layout.nodes) == set(full)  # what is hidden or removed is let go
        for key in data.draw(st.lists(st.sampled_from(sorted(full)), max_size=3)
                             if full else st.just([])):
            assert layout.box(key) == full[key]  # one card asked for alone


@settings(max_examples=150, deadline=None)
@given(forests(), st.data())
def test_visible_finds_exactly_the_cards_meeting_a_rectangle(forest: Forest,
                                                             data: st.DataObject) -> None:
    layout = TidyLayout(forest.children, forest.size, gap_x=10, gap_y=30)
    layout.update(forest.roots())
    x, y = data.draw(st.floats(-50, 2000)), data.draw(st.floats(-50, 800))
    w, h = data.draw(st.floats(0, 900)), data.draw(st.floats(0, 600))
    expected = {k for k, b in layout.boxes().items()
                if b.x <= x + w and b.x + b.width >= x and b.y <= y + h
                and b.y + b.height >= y}
    assert set(layout.visible(x, y, x + w, y + h)) == expected


def big_tree(fanout: int = 6, depth: int = 5) -> Forest:
    """fanout ** 0 + … + fanout ** depth cards (9,331 at 6 and 5)."""
    parents: list[int | None] = [None]
    level = [0]
    for _ in range(depth):
        nxt = []
        for p in level:
            for _ in range(fanout):
                parents.append(p)
                nxt.append(len(parents) - 1)
        level = nxt
    return Forest(parents, [(120.0 + (i % 7) * 10, 60.0 + (i % 3) * 10)
                            for i in range(len(parents))])


def test_a_move_a_collapse_and_a_rename_walk_only_the_paths() -> None:
    forest = big_tree()
    layout = TidyLayout(forest.children, forest.size, gap_x=10, gap_y=30)
    layout.update(forest.roots())
    assert layout.walked == len(forest.parent) == 9331
    leaf, boss = len(forest.parent) - 1, 7  # the last card; a manager on level 3
    path_before = forest.shown_path(forest.parent[leaf])
    layout.update(forest.roots(), forest.move(leaf, boss))
    # the old manager's path and the new one's: at most 5 + 3 cards, never the tree
    assert layout.walked <= path_before + forest.shown_path(boss)
    assert layout.walked <= 8
    assert layout.boxes() == forest.full()

    layout.update(forest.roots(), forest.toggle(boss))  # collapse 6 + 36 + 216 + 1 below
    assert layout.walked == forest.shown_path(boss) == 3
    assert layout.boxes() == forest.full()
    assert len(layout.parked) == 7  # the hidden subtrees are kept, laid out
    layout.update(forest.roots(), forest.toggle(boss))  # expand: they come back as they were
    assert layout.walked == forest.shown_path(boss) == 3
    assert not layout.parked
    assert layout.boxes() == forest.full()

    deep = forest.kids[forest.kids[forest.kids[boss][0]][0]][0]
    layout.update(forest.roots(), forest.rename(deep, (400.0, 90.0)))  # a wider card
    assert layout.walked == forest.shown_path(deep) == 6  # a leaf and its 5 managers
    assert layout.boxes() == forest.full()


def test_a_move_to_a_new_depth_keeps_the_subtree_and_its_numbers() -> None:
    forest = big_tree(fanout=4, depth=4)
    layout = TidyLayout(forest.children, forest.size, gap_x=10, gap_y=30)
    layout.update(forest.roots())
    sub = forest.kids[forest.kids[0][1]][2]  # 21 cards, moved two levels down
    target = forest.kids[forest.kids[forest.kids[0][3]][0]][0]
    layout.update(forest.roots(), forest.move(sub, target))
    assert layout.walked <= forest.shown_path(target) + 2
    assert layout.boxes() == forest.full()


def test_a_cycle_in_the_children_is_refused_not_looped() -> None:
    kids = {0: [1], 1: [2], 2: []}
    layout = TidyLayout(kids.__getitem__, lambda k: (10.0, 10.0))
    layout.update([0])
    kids[2] = [0]  # a damaged graph: the root under its own grandchild
    try:
        layout.update([], [2])
    except ValueError:
        return
    assert set(layout.nodes) <= {0, 1, 2}


def test_a_change_hidden_by_a_collapse_in_the_same_update_is_not_kept_stale() -> None:
    forest = big_tree(fanout=3, depth=3)
    layout = TidyLayout(forest.children, forest.size, gap_x=10, gap_y=30)
    layout.update(forest.roots())
    boss = forest.kids[0][1]
    inside = forest.kids[forest.kids[boss][0]][2]
    layout.update(forest.roots(), forest.toggle(boss) + forest.rename(inside, (300.0, 70.0)))
    assert layout.boxes() == forest.full()
    layout.update(forest.roots(), forest.toggle(boss))
    assert layout.boxes() == forest.full()
