"""The compiled tidy walks and the same walks run as Python give the very same layout.

``tidy_walk.py`` is one source: compiled by Cython at install (when a C compiler is there)
and loadable as Python even then (``tidy_core.pure()``). Both run here on random forests,
from scratch and after random edits (incremental), and must agree to the last bit.
"""

from __future__ import annotations

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
