"""Opening an account fast: rows read with the sqlite3 cursor, decoded column-wise, the
networkx graph built only when first asked for. Each shortcut must give exactly what the
plain way gives (the SQLAlchemy rows decoded one by one; the graph built eagerly)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RECORD_TYPES, Account, Link, Meeting, Person, Risk
from kamdesk.graph.types import LinkKind, Side
from kamdesk.store import DamagedWorkspaceError, Workspace
from kamdesk.store.codec import CODECS
from tests.helpers import snapshot, tiny_graph

TODAY = date(2026, 11, 22)


@pytest.fixture()
def portfolio(tmp_path: Path) -> Path:
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        for graph in sample.generate(seed=3, people=400, today=TODAY):
            ws.add_account(graph)
    return path


def _plain_rows(ws: Workspace, kind: type, account_id: str) -> list[object]:
    """The account's entities of ``kind`` the plain way: SQLAlchemy rows, one by one."""
    codec = CODECS[kind]
    column = codec.table.c.id if kind is Account else codec.table.c.account_id
    with ws.engine.connect() as conn:
        rows = conn.execute(select(codec.table).where(column == account_id)).all()
    return sorted((codec.decode(row) for row in rows), key=lambda e: e.id)


def test_every_account_loads_exactly_as_the_plain_way_reads_it(portfolio: Path) -> None:
    with Workspace.open(portfolio) as ws:
        accounts = ws.accounts()
        assert len(accounts) > 1
        for account in accounts:
            graph = ws.load(account.id)
            assert graph.account == _plain_rows(ws, Account, account.id)[0]
            assert sorted(graph.people.values()) == sorted(
                _plain_rows(ws, Person, account.id))
            assert sorted(graph.links.values()) == sorted(_plain_rows(ws, Link, account.id))
            for kind in RECORD_TYPES:
                assert sorted(graph.records(kind).values(), key=lambda e: e.id) == \
                    _plain_rows(ws, kind, account.id), kind.__name__
            # what was read is typed, not raw text: dates, enums, tuples from JSON
            assert all(type(p) is Person and isinstance(p.side, Side)
                       for p in graph.people.values())
        # the sample has records whose columns go through the once-per-value decoders
        meetings = [m for a in accounts for m in ws.load(a.id).records(Meeting).values()]
        risks = [r for a in accounts for r in ws.load(a.id).records(Risk).values()]
        assert any(m.attendees for m in meetings) and any(r.log for r in risks)
        assert all(isinstance(m.day, date) and isinstance(m.attendees, tuple)
                   for m in meetings)


def test_shared_decoded_values_are_equal_per_row(portfolio: Path) -> None:
    """Dates decoded once per distinct text are shared between rows; each row still holds
    the date its own text says."""
    con = sqlite3.connect(portfolio)
    texts = dict(con.execute("SELECT id, last_contact FROM people"))
    con.close()
    with Workspace.open(portfolio) as ws:
        people = {p.id: p for a in ws.accounts() for p in ws.load(a.id).people.values()}
    assert len({t for t in texts.values() if t}) < sum(1 for t in texts.values() if t)
    for pid, text in texts.items():
        expected = date.fromisoformat(text) if text else None
        assert people[pid].last_contact == expected


def test_a_bad_value_is_still_named_on_the_fast_path(portfolio: Path) -> None:
    con = sqlite3.connect(portfolio)
    pid, account = con.execute("SELECT id, account_id FROM people LIMIT 1").fetchone()
    con.execute("UPDATE people SET last_contact = 'yesterday' WHERE id = ?", (pid,))
    con.commit()
    con.close()
    with Workspace.open(portfolio) as ws, pytest.raises(DamagedWorkspaceError) as error:
        ws.load(account)
    assert f"people row '{pid}' holds 'yesterday' in last_contact" in str(error.value)


def test_the_networkx_graph_is_built_when_first_needed_and_then_kept(
        portfolio: Path) -> None:
    with Workspace.open(portfolio) as ws:
        account = ws.accounts()[0].id
        lazy = ws.load(account)
        assert lazy._nx is None  # opening did not build it
        eager = ws.load(account)
        eager.graph  # noqa: B018 - built now, then kept edge by edge
        for graph in (lazy, eager):
            graph.attach_journal(None)  # edits in memory only: both see the same edits
            boss, first, second = [p for p in graph.people
                                   if graph.solid_reports(p)][:3]
            worker = graph.solid_reports(second)[0]
            graph.set_manager(worker, first)
            leaf = next(p for p in graph.people if not graph.solid_reports(p)
                        and p not in (worker, first, second, boss))
            graph.remove_person(leaf)
            graph.add_person(Person("new", account, graph.person(first).side, "Новый человек"))
            graph.add_link(Link("l-new", account, LinkKind.REPORTS_TO, "new", first))
            graph.add_link(Link("i-new", account, LinkKind.INFLUENCES, "new", boss))
        assert lazy._nx is not None  # a line's rules asked for it (find_link)
        assert snapshot(lazy) == snapshot(eager)
        assert snapshot(lazy) == snapshot(_rebuilt(lazy))


def test_edits_before_the_graph_is_built_are_in_it() -> None:
    """People added and removed while the networkx graph does not exist yet: building it
    later reflects them (it is made from the people and links as they are then)."""
    graph = tiny_graph()
    restored = AccountGraph.restore(graph.account, graph.people.values(),
                                    graph.links.values())
    restored.update_person(restored.person("cto")._replace(name="Renamed"))
    restored.add_person(restored.person("cto")._replace(id="cto2", name="Second"))
    assert restored._nx is None
    restored.remove_person("analyst")  # its line goes too, through links_of
    assert snapshot(restored) == snapshot(_rebuilt(restored))
    assert "analyst" not in restored.graph and ("analyst", "cfo") not in restored.graph.edges


def _rebuilt(graph: AccountGraph) -> AccountGraph:
    """The same content built eagerly, entity by entity, as edits build it."""
    fresh = AccountGraph(graph.account)
    for p in graph.people.values():
        fresh.add_person(p)
    for x in graph.links.values():
        fresh.add_link(x)
    for kind in RECORD_TYPES:
        for record in graph.records(kind).values():
            fresh.add_record(record)
    return fresh
