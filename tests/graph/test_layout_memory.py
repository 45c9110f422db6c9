"""A discarded layout frees its nodes by reference counting alone, compiled and as Python.

Compiled, the layout's nodes are not tracked by the cyclic garbage collector (``no_gc`` in
``tidy_walk.py``: its pass over 50,000 new nodes was a large part of a layout). Nodes hold
cycles (parent and children, a leaf as its own extreme, threads), so the layout breaks them
(``tidy_walk.release``) when it drops a subtree and when it is itself freed; a node missed
would never be freed. Here the collector is off, and every key's reference count must come
back to what it was: a node still alive holds its key.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import tidy_core
from kamdesk.graph.layout import TidyLayout
from tests.graph.test_incremental_layout import Forest, apply, forests


class PythonLayout(TidyLayout["Key"]):
    _core = tidy_core.pure()


KINDS = [TidyLayout, PythonLayout]


class Key:
    """A card's key that only the layout and this test hold (an int is shared widely)."""

    __slots__ = ("__weakref__", "i")

    def __init__(self, i: int) -> None:
        self.i = i


class Keyed:
    """A forest's callbacks over ``Key`` objects, one per card, made once."""

    def __init__(self, forest: Forest) -> None:
        self.forest = forest
        self.keys: dict[int, Key] = {}

    def key(self, i: int) -> Key:
        found = self.keys.get(i)
        if found is None:
            found = self.keys[i] = Key(i)
        return found

    def children(self, k: Key) -> list[Key]:
        return [self.key(c) for c in self.forest.children(k.i)]

    def size(self, k: Key) -> tuple[float, float]:
        return self.forest.size(k.i)

    def roots(self) -> list[Key]:
        return [self.key(r) for r in self.forest.roots()]


@contextmanager
def no_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_compiled_nodes_are_not_tracked_by_the_collector() -> None:
    node = tidy_core.Node("a", (10.0, 10.0), 1.0, 1.0)
    assert gc.is_tracked(node) is not tidy_core.COMPILED
    python = tidy_core.pure().Node("a", (10.0, 10.0), 1.0, 1.0)
    assert gc.is_tracked(python)  # as Python the collector still sees them (a safety net)


@pytest.mark.parametrize("kind", KINDS, ids=["core", "python"])
def test_a_discarded_layout_frees_every_node_without_the_collector(
        kind: type[TidyLayout[Key]]) -> None:
    forest = Forest([None, 0, 0, 1, 1, 2, 2, 3, 3, 4, None, 10],
                    [(30.0 + i, 20.0) for i in range(12)])
    keyed = Keyed(forest)
    with no_collector():
        layout = kind(keyed.children, keyed.size, gap_x=10, gap_y=30)
        layout.update(keyed.roots())
        refs = [weakref.ref(k) for k in keyed.keys.values()]
        keyed.keys.clear()
        assert len(layout) == 12
        assert all(r() is not None for r in refs)  # the nodes hold them: this can fail
        del layout
        assert [r for r in refs if r() is not None] == []


@pytest.mark.parametrize("kind", KINDS, ids=["core", "python"])
@settings(max_examples=40, deadline=None)
@given(forest=forests(), data=st.data())
def test_nodes_dropped_by_edits_and_the_layout_itself_are_freed(
        kind: type[TidyLayout[Key]], forest: Forest, data: st.DataObject) -> None:
    keyed = Keyed(forest)
    with no_collector():
        layout = kind(keyed.children, keyed.size, gap_x=10, gap_y=30)
        layout.update(keyed.roots())
        for _ in range(data.draw(st.integers(1, 8))):
            changed, removed = apply(forest, data)
            gone = [weakref.ref(keyed.keys.pop(i)) for i in removed if i in keyed.keys]
            layout.update(keyed.roots(), [keyed.key(i) for i in changed],
                          [r() for r in gone])
            # a removed card's node was let go by this update
            assert [r for r in gone if r() is not None] == []
        refs = [weakref.ref(k) for k in keyed.keys.values()]
        keyed.keys.clear()
        del layout
        assert [r for r in refs if r() is not None] == []
