"""Children as a mapping and one size for every card lay out exactly as the callbacks do.

``TidyLayout`` reads a mapping of children (e.g. the graph's ``reports_by_manager``) and a
single card size without a Python call per card; compiled and as Python, from scratch and
after random edits (the mapping is the same object, changed in place), the boxes must be
the very boxes the callbacks give.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import queries, sample, tidy_core
from kamdesk.graph.layout import TidyLayout
from kamdesk.graph.types import Side
from tests.graph.test_incremental_layout import Forest, apply, forests

CARD = (120.0, 50.0)


class PythonLayout(TidyLayout[int]):
    _core = tidy_core.pure()


KINDS = [TidyLayout, PythonLayout]


@pytest.mark.parametrize("kind", KINDS, ids=["core", "python"])
@settings(max_examples=40, deadline=None)
@given(forest=forests(), data=st.data())
def test_a_mapping_and_one_size_give_the_callbacks_boxes(
        kind: type[TidyLayout[int]], forest: Forest, data: st.DataObject) -> None:
    shown: dict[int, list[int]] = {}

    def refresh() -> None:
        shown.clear()
        shown.update((k, forest.children(k)) for k in forest.parent if forest.children(k))

    refresh()
    by_map = kind(shown, CARD, gap_x=10, gap_y=30)
    by_call = kind(forest.children, lambda _: CARD, gap_x=10, gap_y=30)
    for layout in (by_map, by_call):
        layout.update(forest.roots())
    assert by_map.boxes() == by_call.boxes()
    for _ in range(data.draw(st.integers(1, 6))):
        changed, removed = apply(forest, data)
        refresh()
        for layout in (by_map, by_call):
            layout.update(forest.roots(), changed, removed)
        assert by_map.boxes() == by_call.boxes()
        assert by_map.walked == by_call.walked


def test_the_graphs_reports_lay_out_the_org_chart() -> None:
    graph = sample.generate(seed=3, people=300, today=date(2026, 11, 22))[0]
    roots = queries.roots(graph, Side.CLIENT)
    by_map = TidyLayout(graph.reports_by_manager(), CARD)
    by_call = TidyLayout(graph.solid_reports, lambda _: CARD)
    for layout in (by_map, by_call):
        layout.update(roots)
    assert len(by_map) > 100
    assert by_map.boxes() == by_call.boxes()
