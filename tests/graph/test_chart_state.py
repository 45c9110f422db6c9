"""A chart written by ``chart_state.dump`` and read back is the chart a fresh layout makes:
the same boxes now, and the same after any edits, which the restored chart takes
incrementally from the state it was given (its walks' undo records included)."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import chart_state, sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.live_chart import LiveChart
from kamdesk.graph.types import Side
from tests.graph.test_live_chart import card, edit, same

TODAY = date(2026, 11, 22)


def _size(graph: AccountGraph):  # type: ignore[no-untyped-def]
    return lambda pid: card(graph, pid)


def _equal(a: LiveChart, b: LiveChart) -> None:
    assert dict(a.boxes) == dict(b.boxes)
    assert dict(a.manager) == dict(b.manager)
    assert dict(a.stacked) == dict(b.stacked)
    assert dict(a.hidden) == dict(b.hidden)
    assert (a.width, a.height, a.roots()) == (b.width, b.height, b.roots())
    for rect in ((0, 0, 800, 600), (a.width / 3, 100, a.width / 2, 900)):
        assert a.visible(*rect) == b.visible(*rect)
        assert a.overview(*rect, 40.0) == b.overview(*rect, 40.0)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10_000))
def test_a_restored_chart_equals_a_fresh_one_then_and_after_edits(seed: int) -> None:
    graph = sample.generate(seed=seed % 5 + 1, people=200, today=TODAY)[0]
    rng = random.Random(seed)
    collapsed: set[str] = set()
    live = LiveChart(graph, Side.CLIENT, collapsed, _size(graph))
    for _ in range(rng.randrange(0, 8)):  # a chart that has lived a little: undo records
        live.update(edit(graph, rng, collapsed))
    if rng.random() < 0.5:
        managers = [p for p in graph.people if graph.solid_reports(p)
                    and graph.people[p].side is Side.CLIENT]
        collapsed |= set(rng.sample(managers, 3))
        live.update(collapsed=collapsed)
    painted = dict(live.hidden)  # the counts under collapsed cards, as painting asks them
    data = chart_state.dump(live, stamp=41)
    assert data is not None
    restored = chart_state.restore(graph, Side.CLIENT, collapsed, _size(graph), data=data,
                                   stamp=41)
    assert restored is not None
    assert restored._hidden == painted  # kept, not counted again
    fresh = LiveChart(graph, Side.CLIENT, collapsed, _size(graph))
    _equal(restored, fresh)
    same(restored, graph, collapsed)
    for _ in range(12):  # the restored chart follows edits like the fresh one
        if rng.random() < 0.25:
            managers = [p for p in graph.people if graph.solid_reports(p)]
            collapsed ^= {rng.choice(managers)}
            restored.update(collapsed=collapsed)
            fresh.update(collapsed=collapsed)
        else:
            touched = edit(graph, rng, collapsed)
            restored.update(touched)
            fresh.update(touched)
        _equal(restored, fresh)
        same(restored, graph, collapsed)


def test_bytes_for_another_state_are_not_used() -> None:
    graph = sample.generate(seed=2, people=300, today=TODAY)[0]
    live = LiveChart(graph, Side.CLIENT, (), _size(graph))
    data = chart_state.dump(live, stamp=7)
    assert data is not None
    size = _size(graph)
    assert chart_state.restore(graph, Side.CLIENT, (), size, data=data, stamp=7) is not None
    assert chart_state.restore(graph, Side.CLIENT, (), size, data=data, stamp=8) is None
    assert chart_state.restore(graph, Side.INTERNAL, (), size, data=data, stamp=7) is None
    boss = next(p for p in graph.people if graph.solid_reports(p))
    assert chart_state.restore(graph, Side.CLIENT, {boss}, size, data=data, stamp=7) is None
    for broken in (b"", b"pickle", data[:-9], data[:40] + b"\x00" * 40 + data[80:],
                   chart_state.MAGIC + b"\xff" * 30):
        assert chart_state.restore(graph, Side.CLIENT, (), size, data=broken, stamp=7) is None


def test_the_format_is_data_not_code() -> None:
    graph = sample.generate(seed=4, people=120, today=TODAY)[0]
    data = chart_state.dump(LiveChart(graph, Side.CLIENT, (), _size(graph)), stamp=1)
    assert data is not None and data.startswith(chart_state.MAGIC)
    assert b"\x80\x04\x95" not in data and b"\x80\x05\x95" not in data  # no pickle stream


def test_a_graph_ordering_the_reports_otherwise_is_laid_out_afresh() -> None:
    """Same content, same stamp, but the reports in another order (as a reload may give
    them after a move): the kept forest is not the graph's, so it is not used."""
    graph = sample.generate(seed=5, people=300, today=TODAY)[0]
    data = chart_state.dump(LiveChart(graph, Side.CLIENT, (), _size(graph)), stamp=3)
    assert data is not None
    same_order = AccountGraph.restore(graph.account, graph.people.values(),
                                      graph.links.values())
    other_order = AccountGraph.restore(graph.account, graph.people.values(),
                                       reversed(list(graph.links.values())))
    assert chart_state.restore(same_order, Side.CLIENT, (), _size(same_order), data=data,
                               stamp=3) is not None
    assert chart_state.restore(other_order, Side.CLIENT, (), _size(other_order), data=data,
                               stamp=3) is None


def test_a_chart_kept_without_who_left_is_not_taken_to_show_them() -> None:
    graph = sample.generate(seed=3, people=200, today=TODAY)[0]
    leaf = next(p for p in graph.people.values() if p.side is Side.CLIENT
                and graph.manager_of(p.id) and not graph.solid_reports(p.id))
    graph.update_person(leaf._replace(left_on=TODAY))
    live = LiveChart(graph, Side.CLIENT, (), _size(graph))
    assert leaf.id not in live.boxes
    data = chart_state.dump(live, stamp=7)
    assert data is not None
    again = chart_state.restore(graph, Side.CLIENT, (), _size(graph), data=data, stamp=7)
    assert again is not None  # the same state: taken, and equal to a fresh layout
    _equal(again, LiveChart(graph, Side.CLIENT, (), _size(graph)))
    assert chart_state.restore(graph, Side.CLIENT, (), _size(graph), data=data, stamp=7,
                               show_left=True) is None  # they would be missing
