"""Roles enforced by PostgreSQL: tried with plain SQL as each login, not only through kamdesk."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Person
from kamdesk.graph.types import Side
from kamdesk.store import Workspace, WorkspaceError, WorkspaceReadOnlyError, team

_n = itertools.count()


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


@pytest.fixture
def server(pg_url: str) -> Iterator[dict[str, str]]:
    """Two accounts; alice edits A, bob views A, carol owns B only (logins unique per run)."""
    tag = f"{os.getpid()}_{next(_n)}"
    names = {k: f"{k}_{tag}" for k in ("alice", "bob", "carol")}
    a, b = sample.generate(seed=5, people=20)[:2]
    with Workspace.open(pg_url, create=True) as ws:
        ws.add_account(a)
        ws.add_account(b)
        team.init(ws)
        team.init(ws)  # running it again is harmless
        team.add(ws, names["alice"], a.account.name, "editor")
        team.add(ws, names["bob"], a.id, "viewer")
        team.add(ws, names["carol"], b.id, "owner")
    yield {"url": pg_url, "A": a.id, "B": b.id, **names}


def sql(url: str, login: str) -> Engine:
    return create_engine(as_login(url, login))


def test_a_viewer_is_refused_by_the_server(server: dict[str, str]) -> None:
    engine = sql(server["url"], server["bob"])
    try:
        with engine.connect() as conn:
            people = conn.execute(text("SELECT count(*) FROM people WHERE account_id = :a"),
                                  {"a": server["A"]}).scalar()
            assert people and people > 0  # a viewer reads
        for statement in [
                "UPDATE people SET title = 'hacked' WHERE account_id = :a",
                "UPDATE accounts SET name = 'hacked' WHERE id = :a",
                "INSERT INTO people SELECT 'new-one', account_id, side, name, title, "
                "department, level, email, phone, notes, photo, decision_role, stance, "
                "influence, priorities, last_contact, cadence_days, external_id, 1 "
                "FROM people WHERE account_id = :a LIMIT 1",
                "INSERT INTO history (account_id, at, author, origin) "
                "VALUES (:a, now(), current_user, 'x')",
                "UPDATE account_members SET role = 'owner' WHERE account_id = :a",
                "INSERT INTO account_members VALUES (:a, 'someone', 'owner')"]:
            with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as conn:
                conn.execute(text(statement), {"a": server["A"]})
        with engine.begin() as conn:  # a DELETE finds nothing it may remove
            assert conn.execute(text("DELETE FROM people WHERE account_id = :a"),
                                {"a": server["A"]}).rowcount == 0
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM people WHERE account_id = :a"),
                                {"a": server["A"]}).scalar() == people
            assert conn.execute(text("SELECT count(*) FROM people WHERE title = 'hacked'")
                                ).scalar() == 0
    finally:
        engine.dispose()
    with Workspace.open(as_login(server["url"], server["bob"])) as ws:
        assert team.role_of(ws, server["A"]) == "viewer"
        graph = ws.load(server["A"])
        pid = sorted(graph.people)[0]
        before = graph.person(pid)
        with pytest.raises(WorkspaceReadOnlyError, match="allows reading only"):
            graph.update_person(before._replace(title="Through the app"))
        assert graph.person(pid) == before


def test_a_non_member_sees_no_row_of_the_account(server: dict[str, str]) -> None:
    engine = sql(server["url"], server["carol"])
    try:
        with engine.connect() as conn:
            for table in ("accounts", "people", "links", "meetings", "risks", "history",
                          "history_items", "account_members"):
                key = "id" if table == "accounts" else "account_id"
                assert conn.execute(text(f"SELECT count(*) FROM {table} WHERE {key} = :a"),
                                    {"a": server["A"]}).scalar() == 0, table
            assert conn.execute(text("SELECT count(*) FROM people WHERE account_id = :b"),
                                {"b": server["B"]}).scalar() > 0
            # and cannot write into it either
            with pytest.raises(DBAPIError, match="row-level security"):
                conn.execute(text("INSERT INTO kpis (id, account_id, name, unit, period) "
                                  "VALUES ('k', :a, 'x', '', '')"), {"a": server["A"]})
    finally:
        engine.dispose()
    with Workspace.open(as_login(server["url"], server["carol"])) as ws:
        assert [a.id for a in ws.accounts()] == [server["B"]]
        with pytest.raises(WorkspaceError, match="no account"):
            ws.find_account(server["A"])


def test_an_editor_writes_and_is_the_author(server: dict[str, str]) -> None:
    with Workspace.open(as_login(server["url"], server["alice"])) as ws:
        assert team.role_of(ws, server["A"]) == "editor"
        graph = ws.load(server["A"])
        pid = sorted(graph.people)[0]
        graph.update_person(graph.person(pid)._replace(title="By Alice"))
        assert [e.author for e in ws.history(server["A"])][-1] == server["alice"]
        # a login starting an account becomes its owner; others do not see it
        new = AccountGraph(Account("acc-alice", "Alice's own"))
        new.add_person(Person("p1", "acc-alice", Side.CLIENT, "Somebody"))
        ws.add_account(new)
        assert team.role_of(ws, "acc-alice") == "owner"
    engine = sql(server["url"], server["alice"])
    try:  # the author cannot be forged
        with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as conn:
            conn.execute(text("INSERT INTO history (account_id, at, author, origin) "
                              "VALUES (:a, now(), :who, 'x')"),
                         {"a": server["A"], "who": server["bob"]})
    finally:
        engine.dispose()
    with Workspace.open(as_login(server["url"], server["carol"])) as ws:
        assert "acc-alice" not in [a.id for a in ws.accounts()]


def test_members_are_listed_and_removed(server: dict[str, str]) -> None:
    with Workspace.open(server["url"]) as ws:
        listed = {(m.login, m.role) for m in team.members(ws, server["A"])}
        assert {(server["alice"], "editor"), (server["bob"], "viewer")} <= listed
        team.remove(ws, server["bob"], server["A"])
        with pytest.raises(WorkspaceError, match="no member"):
            team.remove(ws, server["bob"], server["A"])
        with pytest.raises(WorkspaceError, match="a role is"):
            team.add(ws, server["bob"], server["A"], "boss")
        with pytest.raises(WorkspaceError, match="not a login name"):
            team.add(ws, 'bob"; DROP TABLE people; --', server["A"], "viewer")
    with Workspace.open(as_login(server["url"], server["bob"])) as ws:
        assert ws.accounts() == []
        assert team.role_of(ws, server["A"]) is None


def test_roles_need_a_server(tmp_path: object) -> None:
    with Workspace.open(str(tmp_path / "f.kam"), create=True) as ws:  # type: ignore[operator]
        with pytest.raises(WorkspaceError, match="need a team server"):
            team.init(ws)
        assert team.role_of(ws, "x") is None


def test_the_readme_setup_works_without_a_superuser(pg_url: str) -> None:
    """README: an owner login with CREATEROLE (not a superuser) runs the whole set-up."""
    tag = f"{os.getpid()}_{next(_n)}"
    admin, member = f"kadmin_{tag}", f"anna_{tag}"
    database = make_url(pg_url).database
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f"CREATE ROLE {admin} LOGIN CREATEROLE"))
            conn.execute(text(f'ALTER DATABASE "{database}" OWNER TO {admin}'))
    finally:
        engine.dispose()
    admin_url = as_login(pg_url, admin)
    graph = sample.generate(seed=7, people=10)[0]
    with Workspace.open(admin_url, create=True) as ws:
        ws.add_account(graph)
        team.init(ws)
        team.add(ws, member, graph.account.name, "editor")
        assert [(m.login, m.role) for m in team.members(ws)] == [(member, "editor")]
    with Workspace.open(as_login(pg_url, member)) as ws:
        g = ws.load(graph.id)
        g.update_person(g.person(sorted(g.people)[0])._replace(title="Set up by the README"))
        assert ws.history(graph.id)[-1].author == member


def test_on_a_team_server_only_writers_keep_caches(server: dict[str, str]) -> None:
    """alice edits account A, bob views it, carol is no member (tests/store/test_team_roles)."""
    with Workspace.open(as_login(server["url"], server["alice"])) as ws:
        ws.load(server["A"])
        stamp = ws.stamp_of(server["A"])
        assert stamp is not None and ws.write_cache(server["A"], "layout/1", b"alice", stamp)
    with Workspace.open(as_login(server["url"], server["bob"])) as ws:
        assert ws.read_cache(server["A"], "layout/1") == b"alice"  # a viewer reads it
        ws.load(server["A"])
        stamp = ws.stamp_of(server["A"])
        assert stamp is not None
        assert ws.write_cache(server["A"], "layout/1", b"bob", stamp) is False
        assert ws.read_cache(server["A"], "layout/1") == b"alice"
    with Workspace.open(as_login(server["url"], server["carol"])) as ws:
        assert ws.read_cache(server["A"], "layout/1") is None  # not hers to see
        assert ws.write_cache(server["A"], "layout/1", b"carol", 0) is False
