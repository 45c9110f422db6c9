"""The compiled tidy walks and the same walks run as Python give the very same layout.

``tidy_walk.py`` is one source: compiled by Cython at install (when a C compiler is there)
and loadable as Python even then (``tidy_core.pure()``). Both run here on random forests,
from scratch and after random edits (incremental), and must agree to the last bit.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import tidy_core
from kamdesk.graph.layout import TidyLayout
from tests.graph.test_incremental_layout import Forest, apply, big_tree, forests


class PythonLayout(TidyLayout[int]):
    _core = tidy_core.pure()


def both(forest: Forest) -> tuple[TidyLayout[int], TidyLayout[int]]:
    made = (TidyLayout(forest.children, forest.size, gap_x=10, gap_y=30),
            PythonLayout(forest.children, forest.size, gap_x=10, gap_y=30))
    for layout in made:
        layout.update(forest.roots())
    return made


def test_the_python_walks_are_the_source_run_by_the_interpreter() -> None:
    python = tidy_core.pure()
    assert python.__file__ == str(Path(tidy_core.__file__).with_name("tidy_walk.py"))
    assert not hasattr(python, "__pyx_capi__") and python.walk.__module__ == python.__name__
    assert type(python.walk).__name__ == "function"  # interpreted, not a builtin
    compiled = type(tidy_core.CORE.walk).__name__ != "function"
    assert compiled == tidy_core.COMPILED
    assert tidy_core.KIND.startswith("compiled" if tidy_core.COMPILED else "Python")


@pytest.mark.skipif(not os.environ.get("KAMDESK_REQUIRE_COMPILED"),
                    reason="KAMDESK_REQUIRE_COMPILED is not set (CI sets it)")
def test_the_walks_are_compiled_where_a_compiler_was_there() -> None:
    assert tidy_core.COMPILED, tidy_core.KIND


@settings(max_examples=200, deadline=None)
@given(forests(), st.data())
def test_compiled_and_python_walks_agree_exactly_after_any_edits(forest: Forest,
                                                                data: st.DataObject) -> None:
    fast, slow = both(forest)
    assert fast.boxes() == slow.boxes()
    for _ in range(data.draw(st.integers(1, 10))):
        changed, removed = [], []
        for _ in range(data.draw(st.integers(1, 3))):
            more, gone = apply(forest, data)
            changed += more
            removed += gone
        keep = [k for k in changed if k not in removed]
        for layout in (fast, slow):
            layout.update(forest.roots(), keep, removed)
        assert fast.walked == slow.walked
        assert fast.boxes() == slow.boxes()  # identical floats, not approximately
        assert (fast.width, fast.height) == (slow.width, slow.height)


def test_compiled_and_python_agree_on_a_large_tree_and_its_edits() -> None:
    forest = big_tree()
    fast, slow = both(forest)
    assert fast.boxes() == slow.boxes()
    for changed in (forest.move(len(forest.parent) - 1, 7), forest.toggle(7),
                    forest.rename(40, (400.0, 90.0)), forest.toggle(7)):
        for layout in (fast, slow):
            layout.update(forest.roots(), changed)
        assert fast.walked == slow.walked
        assert fast.boxes() == slow.boxes()


@pytest.mark.parametrize("kind", [TidyLayout, PythonLayout])
def test_a_layout_leaves_the_collector_a_node_and_a_box_per_card(
        kind: type[TidyLayout[int]]) -> None:
    """Counted, not timed: what a layout of 9,331 cards leaves for the cyclic collector to
    track is its nodes, its boxes and two lists per manager (children, undo records) —
    not a list per leaf nor a tuple per undo record (which was 70,000 objects at 10,000)."""
    forest = big_tree()
    managers = sum(1 for kids in forest.kids.values() if kids)
    gc.collect()
    gc.disable()
    try:
        before = len(gc.get_objects())
        layout = kind(forest.children, forest.size, gap_x=10, gap_y=30)
        layout.update(forest.roots())
        boxes = layout.boxes()
        made = len(gc.get_objects()) - before
    finally:
        gc.enable()
    assert len(boxes) == len(layout.nodes) == 9331
    assert made <= 2 * 9331 + 2 * managers + 20


def test_a_compiled_module_older_than_its_source_is_not_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit after the build (an editable install) must not run the old compiled code."""
    if not tidy_core.COMPILED:
        pytest.skip("the walks are not compiled here")
    source = tmp_path / "tidy_walk.py"
    source.write_text("# edited after the build\n")
    later = os.stat(str(tidy_core.CORE.__file__)).st_mtime + 60
    os.utime(source, (later, later))
    monkeypatch.setattr(tidy_core, "_SOURCES", [source])
    core, kind = tidy_core._choose()
    assert core is tidy_core.pure() and kind.startswith("Python (the compiled walks are older")
    monkeypatch.setattr(tidy_core, "_SOURCES", [])
    assert tidy_core._choose()[0] is tidy_core.CORE
    monkeypatch.setenv("KAMDESK_PURE_PYTHON", "1")
    assert tidy_core._choose()[0] is tidy_core.pure()
