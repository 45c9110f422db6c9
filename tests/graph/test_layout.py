"""The tidy layout: no card overlaps another, parents sit centred over their children."""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kamdesk.graph.layout import Box, tidy_tree


def overlaps(a: Box, b: Box) -> bool:
    eps = 1e-6
    return (a.x < b.x + b.width - eps and b.x < a.x + a.width - eps
            and a.y < b.y + b.height - eps and b.y < a.y + a.height - eps)


@st.composite
def forests(draw: st.DrawFn) -> tuple[list[int], dict[int, list[int]], dict[int, tuple]]:
    n = draw(st.integers(1, 60))
    parents = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, n)]
    children: dict[int, list[int]] = {i: [] for i in range(n)}
    for i, p in enumerate(parents):
        if p is not None:
            children[p].append(i)
    sizes = {i: (draw(st.floats(10, 200)), draw(st.floats(10, 90))) for i in range(n)}
    roots = [i for i, p in enumerate(parents) if p is None]
    return roots, children, sizes


# Found by hypothesis: 47's bottom summed from the top and from the bottom differed in the
# last bit, 47 was taken as below its own sibling (3), the move spread over 3 and 47 overlapped 7.
_LAST_BIT = ([0], {0: [1, 3, 5], 1: [15], 3: [42], 5: [7], 15: [27], 27: [41], 42: [47],
                   **{k: [] for k in (7, 41, 47)}},
             {**{k: (10.0, 10.0) for k in (0, 1, 5, 15, 41, 42)}, 3: (10.0, 10.8048330413665),
              7: (10.0, 41.0), 27: (10.0, 20.0), 47: (51.0, 58.44339625285393)})


@settings(max_examples=300, deadline=None)
@given(forests())
@example(_LAST_BIT)
def test_no_overlaps_centred_parents_and_levels(forest) -> None:
    roots, children, sizes = forest
    boxes = tidy_tree(roots, children.__getitem__, sizes.__getitem__, gap_x=10, gap_y=30)
    assert set(boxes) == set(sizes)
    for a, b in itertools.combinations(boxes.values(), 2):
        assert not overlaps(a, b)
    for key, kids in children.items():
        box = boxes[key]
        assert (box.width, box.height) == sizes[key]
        for kid in kids:
            assert abs(boxes[kid].y - (box.y + box.height + 30)) < 1e-6
        if kids:
            first, last = boxes[kids[0]], boxes[kids[-1]]
            centre = (first.x + last.x + last.width) / 2
            assert abs(box.x + box.width / 2 - centre) < 1e-6
            xs = [boxes[k].x for k in kids]
            assert xs == sorted(xs)  # the order of the reports is kept


def test_a_forest_is_laid_side_by_side_without_overlap() -> None:
    children = {"a": ["a1", "a2"], "a1": [], "a2": [], "b": ["b1"], "b1": [], "c": []}
    boxes = tidy_tree(["a", "b", "c"], children.__getitem__, lambda k: (100, 40))
    assert boxes["a"].x < boxes["b"].x < boxes["c"].x
    assert boxes["b"].x >= boxes["a2"].x + 100
    assert min(b.x for b in boxes.values()) == 0


def test_a_very_deep_chain_and_a_very_wide_manager() -> None:
    depth = 50_000
    chain = {i: [i + 1] if i + 1 < depth else [] for i in range(depth)}
    boxes = tidy_tree([0], chain.__getitem__, lambda k: (80, 30))
    assert boxes[depth - 1].y == (depth - 1) * 70 and boxes[depth - 1].x == boxes[0].x
    wide = {0: list(range(1, 5001)), **{i: [] for i in range(1, 5001)}}
    boxes = tidy_tree([0], wide.__getitem__, lambda k: (80, 30), gap_x=20)
    assert boxes[5000].x - boxes[1].x == 4999 * 100


def test_a_repeated_key_is_laid_out_once() -> None:
    children = {"a": ["b", "c"], "b": ["c"], "c": []}  # c twice: a damaged graph
    boxes = tidy_tree(["a", "c"], children.__getitem__, lambda k: (50, 20))
    assert sorted(boxes) == ["a", "b", "c"]


def test_small_subtrees_tuck_under_wide_neighbours() -> None:
    """Non-layered tidiness: a tall card's neighbour subtree may sit beside it, not below."""
    sizes = {"r": (100, 20), "tall": (100, 200), "s": (100, 20), "s1": (100, 20),
             "s2": (100, 20)}
    children = {"r": ["tall", "s"], "tall": [], "s": ["s1", "s2"], "s1": [], "s2": []}
    boxes = tidy_tree(["r"], children.__getitem__, sizes.__getitem__, gap_x=10, gap_y=10)
    # s1 sits at the height of the tall card; it cannot extend to the left over it
    assert boxes["s1"].x >= boxes["tall"].x + 100 + 10 - 1e-6
