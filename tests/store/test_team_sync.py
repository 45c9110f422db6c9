"""Offline and back: checkout → edits on both sides → sync gives the union, lists conflicts,
refuses a rule-breaking merge, and a second sync changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Kpi, Person
from kamdesk.graph.types import Side
from kamdesk.store import Workspace, WorkspaceError
from kamdesk.store.sync import SyncRefusedError, checkout, origin, sync
from tests.helpers import snapshot


def _setup(pg_url: str, tmp_path: Path) -> tuple[str, Path, list[str]]:
    graph = sample.generate(seed=6, people=30)[0]
    with Workspace.open(pg_url, create=True) as ws:
        ws.add_account(graph)
        trip = tmp_path / "trip.kam"
        checkout(ws, graph.account.name, trip)
    leaves = sorted(p.id for p in graph.people.values()
                    if p.side is Side.CLIENT and not graph.solid_reports(p.id)
                    and graph.manager_of(p.id) is not None)
    return graph.id, trip, leaves


def _retitle(graph: AccountGraph, pid: str, title: str) -> None:
    graph.update_person(graph.person(pid)._replace(title=title))


def test_sync_gives_the_union_lists_conflicts_and_is_idempotent(pg_url: str,
                                                                 tmp_path: Path) -> None:
    account_id, trip, ids = _setup(pg_url, tmp_path)
    p1, p2, p3, p4, p5 = ids[:5]
    with Workspace.open(trip) as local:
        assert origin(local)[1] == account_id
        g = local.load(account_id)
        _retitle(g, p1, "Mine only")
        _retitle(g, p5, "Mine, in conflict")
        g.add_person(Person("new-local", account_id, Side.CLIENT, "Met on the plane"))
        g.set_manager("new-local", p1)
        g.remove_person(p3)
        g.add_record(Kpi("kpi-local", account_id, "Uptime", "%", 99.0))
    with Workspace.open(pg_url) as server:
        g = server.load(account_id)
        _retitle(g, p2, "Theirs only")
        _retitle(g, p5, "Theirs, in conflict")
        g.update_person(g.person(p4)._replace(department="Moved on the server"))
        g.add_person(Person("new-server", account_id, Side.CLIENT, "Hired today"))
        server_before = snapshot(server.load(account_id))
    with Workspace.open(trip) as local, Workspace.open(pg_url) as server:
        local_before = snapshot(local.load(account_id))
        result = sync(local, server)  # no choice made: conflicts listed, nothing changed
        assert not result.applied
        assert [(c.entity_id, c.fields) for c in result.conflicts] == [(p5, ["title"])]
        assert result.conflicts[0].mine.title == "Mine, in conflict"  # type: ignore[union-attr]
        assert snapshot(local.load(account_id)) == local_before
        assert snapshot(server.load(account_id)) == server_before

        result = sync(local, server, keep="mine")
        assert result.applied and len(result.conflicts) == 1
        merged = server.load(account_id)
        assert snapshot(local.load(account_id)) == snapshot(merged)  # the same rows, versions
        assert merged.person(p1).title == "Mine only"
        assert merged.person(p2).title == "Theirs only"
        assert merged.person(p4).department == "Moved on the server"
        assert merged.person(p5).title == "Mine, in conflict"
        assert merged.manager_of("new-local") == p1 and "new-server" in merged.people
        assert p3 not in merged.people and "kpi-local" in merged.records(Kpi)
        entries = len(server.history(account_id))

        again = sync(local, server)  # nothing changed since: nothing to do
        assert again == (0, 0, [], True)
        assert snapshot(local.load(account_id)) == snapshot(server.load(account_id))
        assert len(server.history(account_id)) == entries


@pytest.mark.parametrize("keep", ["theirs", "both"])
def test_keep_theirs_or_both(pg_url: str, tmp_path: Path, keep: str) -> None:
    account_id, trip, ids = _setup(pg_url, tmp_path)
    with Workspace.open(trip) as local:
        _retitle(local.load(account_id), ids[0], "Mine")
    with Workspace.open(pg_url) as server:
        _retitle(server.load(account_id), ids[0], "Theirs")
    with Workspace.open(trip) as local, Workspace.open(pg_url) as server:
        result = sync(local, server, keep=keep)
        merged = server.load(account_id)
        assert result.applied and merged.person(ids[0]).title == "Theirs"
        copies = [p for p in merged.people.values() if p.title == "Mine"]
        assert len(copies) == (1 if keep == "both" else 0)
        assert snapshot(local.load(account_id)) == snapshot(merged)


def test_a_merge_that_would_make_a_reporting_cycle_is_refused(pg_url: str,
                                                              tmp_path: Path) -> None:
    account_id, trip, ids = _setup(pg_url, tmp_path)
    a, b = ids[0], ids[-1]
    with Workspace.open(trip) as local:
        local.load(account_id).set_manager(a, b)  # here: a reports to b
    with Workspace.open(pg_url) as server:
        server.load(account_id).set_manager(b, a)  # there: b reports to a
    with Workspace.open(trip) as local, Workspace.open(pg_url) as server:
        local_before = snapshot(local.load(account_id))
        server_before = snapshot(server.load(account_id))
        entries = len(server.history(account_id))
        with pytest.raises(SyncRefusedError, match=r"nothing was changed: .*cycle"):
            sync(local, server)
        assert snapshot(local.load(account_id)) == local_before
        assert snapshot(server.load(account_id)) == server_before
        assert len(server.history(account_id)) == entries


def test_removals_travel_both_ways(pg_url: str, tmp_path: Path) -> None:
    account_id, trip, ids = _setup(pg_url, tmp_path)
    with Workspace.open(pg_url) as server:
        server.load(account_id).remove_person(ids[1])
    with Workspace.open(trip) as local:
        local.load(account_id).remove_person(ids[2])
    with Workspace.open(trip) as local, Workspace.open(pg_url) as server:
        assert sync(local, server).applied
        for ws in (local, server):
            people = ws.load(account_id).people
            assert ids[1] not in people and ids[2] not in people
        assert local.check() == []


def test_only_checked_out_files_sync(pg_url: str, tmp_path: Path) -> None:
    account_id, trip, _ = _setup(pg_url, tmp_path)
    with Workspace.open(pg_url) as server:
        with pytest.raises(WorkspaceError, match="already exists"):
            checkout(server, account_id, trip)
        plain = tmp_path / "plain.kam"
        with Workspace.open(plain, create=True) as other:
            with pytest.raises(WorkspaceError, match="not checked out"):
                sync(other, server)
            with pytest.raises(WorkspaceError, match="check out from a team server"):
                checkout(other, "x", tmp_path / "y.kam")
