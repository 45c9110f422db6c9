"""graph → workspace → graph is the identity, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Kpi, Link, Meeting, RaciActivity
from kamdesk.graph.types import LinkKind, RaciValue, Side
from kamdesk.store import Workspace
from tests.helpers import person, snapshot
from tests.strategies import account_graphs

SHARED_WORKSPACE = settings(max_examples=40, deadline=None,
                            suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                   HealthCheck.too_slow])


@SHARED_WORKSPACE
@given(graph=account_graphs())
def test_generated_graphs_round_trip(workspace_target: str, graph: AccountGraph) -> None:
    with Workspace.open(workspace_target, create=True) as ws:
        ws.add_account(graph)
    with Workspace.open(workspace_target) as ws:
        loaded = ws.load(graph.id)
    assert snapshot(loaded) == snapshot(graph)


def test_sample_portfolio_round_trips_and_is_listed(workspace_target: str) -> None:
    graphs = sample.generate(seed=5, today=date(2026, 11, 22))
    with Workspace.open(workspace_target, create=True) as ws:
        for g in graphs:
            ws.add_account(g)
    with Workspace.open(workspace_target) as ws:
        assert sorted(a.name for a in ws.accounts()) == sorted(g.account.name for g in graphs)
        for g in graphs:
            assert snapshot(ws.load(g.id)) == snapshot(g)
        assert ws.check() == []
        counts = ws.people_counts()
        assert sum(counts.values()) == sum(len(g.people) for g in graphs)


def test_every_kind_of_edit_is_written_at_once(workspace_target: str) -> None:
    """A stream of edits through the journal; a second connection sees each one."""
    graph = sample.generate(seed=2, today=date(2026, 11, 22))[1]
    with Workspace.open(workspace_target, create=True) as ws:
        ws.add_account(graph)
        live = ws.load(graph.id)
        some = sorted(p.id for p in live.people.values() if p.side is Side.CLIENT)[:6]
        steps = [
            lambda: live.add_person(person("p-new", name="Ёлкин <b>&amp;</b> 🚀")._replace(
                account_id=live.id)),
            lambda: live.set_manager("p-new", some[0]),
            lambda: live.update_person(live.person(some[1])._replace(title="Новый титул")),
            lambda: live.add_link(Link("l-new", live.id, LinkKind.INFLUENCES, some[2], some[3])),
            lambda: live.update_link(live.link("l-new")._replace(weight=3)),
            lambda: live.remove_link("l-new"),
            lambda: live.remove_person(some[4]),
            lambda: live.add_record(Kpi("k-new", live.id, "NPS", "pts", 50.0, 41.5, "Q4")),
            lambda: live.update_record(live.record(Kpi, "k-new")._replace(actual=52.0)),
            lambda: live.add_record(RaciActivity("x-new", live.id, "Audit", 9,
                                                 (("Legal", RaciValue.ACCOUNTABLE),))),
            lambda: live.update_account(live.account._replace(goals="Рост\nна 10 %")),
        ]
        with Workspace.open(workspace_target) as observer:
            for step in steps:
                changes = step()
                assert snapshot(observer.load(graph.id)) == snapshot(live)
            undo = live.revert(changes)
            assert snapshot(observer.load(graph.id)) == snapshot(live)
            live.revert(undo)
            assert snapshot(observer.load(graph.id)) == snapshot(live)


def test_person_removal_with_its_references_survives_reopen(workspace_target: str) -> None:
    graph = sample.generate(seed=9, today=date(2026, 11, 22))[0]
    kam = graph.account.kam_id
    assert kam is not None
    with Workspace.open(workspace_target, create=True) as ws:
        ws.add_account(graph)
        live = ws.load(graph.id)
        live.remove_person(kam)
    with Workspace.open(workspace_target) as ws:
        loaded = ws.load(graph.id)
        assert snapshot(loaded) == snapshot(live)
        assert loaded.account.kam_id is None
        assert all(kam not in m.attendees for m in loaded.records(Meeting).values())
        assert all(a.owner_id != kam for a in loaded.records(ActionItem).values())
        assert ws.check() == []


def test_a_closed_account_is_freed(tmp_path: Path) -> None:
    """Loading pauses the garbage collector; a dropped graph must still be collected, even
    inside a reference cycle (a view subscribed to the graph that it holds, as the UI does)."""
    import gc
    import weakref

    class View:
        def __init__(self, graph: AccountGraph) -> None:
            self.graph = graph
            graph.subscribe(self.changed)

        def changed(self, _: object) -> None:
            pass

    generated = sample.generate(seed=1)[0]
    with Workspace.open(tmp_path / "gc.kam", create=True) as ws:
        ws.add_account(generated)
        loaded = ws.load(generated.id)
        refs = [weakref.ref(generated), weakref.ref(loaded)]
        views = [View(generated), View(loaded)]
        del generated, loaded, views
        gc.collect()
        assert [r() for r in refs] == [None, None]
