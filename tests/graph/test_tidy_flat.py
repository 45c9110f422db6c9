"""The layout from scratch on flat arrays (``tidy_flat.place``, ``layout.Placed``) gives the
very floats of the node layout (``TidyLayout``), compiled and as Python, and leaves the
collector a constant number of objects whatever the number of cards (counted, not timed).
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import tidy_core
from kamdesk.graph.layout import Box, Placed, TidyLayout
from tests.graph.test_incremental_layout import Forest, big_tree, forests

CORES = [tidy_core.FLAT, tidy_core.pure_flat()]


class PythonPlaced(Placed[Any]):
    _core = tidy_core.pure_flat()


class PythonLayout(TidyLayout[Any]):
    _core = tidy_core.pure()


def nodes_layout(roots: list[Any], children: Any, size: Any,
                 kind: type[TidyLayout[Any]] = TidyLayout) -> TidyLayout[Any]:
    layout = kind(children, size, gap_x=10, gap_y=30)
    layout.update(roots)
    return layout


def same(placed: Placed[Any], layout: TidyLayout[Any]) -> None:
    want = layout.boxes()
    got = placed.boxes()
    assert got == want  # identical floats, not approximately
    assert list(got) == list(want)  # and in the same order (parents first, depth first)
    assert (placed.width, placed.height) == (layout.width, layout.height)
    assert len(placed) == len(layout)
    for key in list(want)[:50]:
        assert placed[key] == want[key]


@settings(max_examples=200, deadline=None)
@given(forests(), st.data())
def test_flat_arrays_give_the_node_layouts_floats_exactly(forest: Forest,
                                                         data: st.DataObject) -> None:
    for _ in range(data.draw(st.integers(0, 4))):  # some cards collapsed
        forest.toggle(data.draw(st.sampled_from(sorted(forest.parent))))
    layout = nodes_layout(forest.roots(), forest.children, forest.size)
    slow = nodes_layout(forest.roots(), forest.children, forest.size, PythonLayout)
    assert layout.boxes() == slow.boxes()
    for kind in (Placed, PythonPlaced):
        same(kind(forest.roots(), forest.children, forest.size, gap_x=10, gap_y=30), layout)


def test_flat_arrays_agree_on_a_large_tree_with_mapping_and_one_size() -> None:
    """9,331 cards: the arrays grow past their first size; a mapping of children and one
    size for all give what callbacks give."""
    forest = big_tree()
    layout = nodes_layout(forest.roots(), forest.children, forest.size)
    for kind in (Placed, PythonPlaced):
        same(kind(forest.roots(), forest.children, forest.size, gap_x=10, gap_y=30), layout)
    one = nodes_layout(forest.roots(), forest.kids, (120.0, 60.0))
    for kind in (Placed, PythonPlaced):
        same(kind(forest.roots(), forest.kids, (120.0, 60.0), gap_x=10, gap_y=30), one)


@pytest.mark.parametrize("kind", [Placed, PythonPlaced])
def test_a_key_met_twice_is_laid_out_where_the_node_layout_puts_it(
        kind: type[Placed[Any]]) -> None:
    """A damaged graph: a card under two managers, a root under a card, a cycle, a root
    given twice. Laid out once each, where the node layout lays it out."""
    kids = {"a": ["b", "c"], "b": ["d", "e"], "c": ["e", "a", "x"], "d": ["c"], "e": [],
            "x": ["y"], "y": ["x"], "r": ["b", "s"], "s": []}
    roots = ["a", "r", "a", "x", "q"]
    layout = nodes_layout(roots, lambda k: kids.get(k, []), lambda k: (40.0 + len(k), 20.0))
    placed = kind(roots, lambda k: kids.get(k, []), lambda k: (40.0 + len(k), 20.0),
                  gap_x=10, gap_y=30)
    same(placed, layout)
    assert sorted(placed) == sorted(kids.keys() | {"q"})
    with pytest.raises(KeyError):
        placed["nobody"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.integers(0, 14), max_size=4), min_size=1, max_size=15),
       st.lists(st.integers(0, 16), min_size=1, max_size=4))
def test_any_damaged_graph_is_laid_out_as_the_node_layout_lays_it_out(
        kids: list[list[int]], roots: list[int]) -> None:
    """Random children lists: keys under several managers, cycles, roots below others,
    keys nobody lists: each key once, where the node layout puts it, no loop."""
    children = dict(enumerate(kids))
    layout = nodes_layout(roots, children, (30.0, 20.0))
    for kind in (Placed, PythonPlaced):
        same(kind(roots, children, (30.0, 20.0), gap_x=10, gap_y=30), layout)


@pytest.mark.parametrize("core", CORES)
def test_an_empty_forest_and_a_single_card(core: Any) -> None:
    keys, *_, width, height = core.place([], {}, (10.0, 10.0), 16.0, 40.0, 32.0)
    assert keys == [] and (width, height) == (0.0, 0.0)
    placed = Placed(["only"], {}, (100.0, 50.0))
    assert placed.boxes() == {"only": Box(0.0, 0.0, 100.0, 50.0)}
    assert (placed.width, placed.height) == (100.0, 50.0)


def made_objects(core: Any, forest: Forest) -> int:
    """Objects the collector tracks that a layout from scratch leaves (its result kept)."""
    gc.collect()
    gc.disable()
    try:
        before = len(gc.get_objects())
        placed = core.place(forest.roots(), forest.kids, (120.0, 60.0), 10.0, 30.0, 20.0)
        made = len(gc.get_objects()) - before
    finally:
        gc.enable()
    assert len(placed[0]) == len(forest.parent)
    return made


@pytest.mark.parametrize("core", CORES)
def test_a_flat_layout_leaves_the_collector_a_constant_number_of_objects(core: Any) -> None:
    """Counted, not timed: 259 cards or 9,331, the layout leaves the same handful of
    tracked objects (its result: lists of keys and tops, a tuple; arrays are not tracked),
    where the node layout leaves two per card (a node and a box)."""
    small, large = made_objects(core, big_tree(6, 3)), made_objects(core, big_tree(6, 5))
    assert small == large <= 20


def test_the_python_flat_layout_is_the_source_run_by_the_interpreter() -> None:
    python = tidy_core.pure_flat()
    assert python.__file__ == str(Path(tidy_core.__file__).with_name("tidy_flat.py"))
    assert type(python.place).__name__ == "function"  # interpreted, not a builtin
    compiled = type(tidy_core.FLAT.place).__name__ != "function"
    assert compiled == tidy_core.FLAT_KIND.startswith("compiled")
    assert Placed._core is tidy_core.FLAT


@pytest.mark.skipif(not os.environ.get("KAMDESK_REQUIRE_COMPILED"),
                    reason="KAMDESK_REQUIRE_COMPILED is not set (CI sets it)")
def test_the_flat_layout_is_compiled_where_a_compiler_was_there() -> None:
    assert tidy_core.FLAT_KIND.startswith("compiled"), tidy_core.FLAT_KIND


def test_a_compiled_flat_module_older_than_its_source_is_not_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not tidy_core.FLAT_KIND.startswith("compiled"):
        pytest.skip("the flat layout is not compiled here")
    source = tmp_path / "tidy_flat.py"
    source.write_text("# edited after the build\n")
    later = os.stat(str(tidy_core.FLAT.__file__)).st_mtime + 60
    os.utime(source, (later, later))
    core, kind = tidy_core._pick(tidy_core._imported_flat, tidy_core.pure_flat, [source])
    assert core is tidy_core.pure_flat() and "older than tidy_flat.py" in kind
    assert tidy_core._pick(tidy_core._imported_flat, tidy_core.pure_flat, [])[0] \
        is tidy_core.FLAT
