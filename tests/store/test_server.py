"""A PostgreSQL workspace: started in an empty database, refused in someone else's."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from kamdesk.graph import sample
from kamdesk.store import NotAWorkspaceError, Workspace, WorkspaceUnavailableError


def test_an_empty_database_is_started_only_when_asked(pg_url: str) -> None:
    with pytest.raises(NotAWorkspaceError, match="empty database"):
        Workspace.open(pg_url)
    engine = create_engine(pg_url)
    assert inspect(engine).get_table_names() == []  # the refusal created nothing
    with Workspace.open(pg_url, create=True) as ws:
        ws.add_account(sample.generate(seed=1)[3])
    with Workspace.open(pg_url) as ws:
        assert len(ws.accounts()) == 1 and ws.check() == []
    engine.dispose()


def test_a_database_of_other_tables_is_refused_untouched(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)"))
    with pytest.raises(NotAWorkspaceError, match="holds other tables"):
        Workspace.open(pg_url, create=True)
    assert inspect(engine).get_table_names() == ["invoices"]
    engine.dispose()


def test_an_unreachable_server_is_one_sentence() -> None:
    with pytest.raises(WorkspaceUnavailableError, match="cannot reach"):
        Workspace.open("postgresql+psycopg://nobody@/kamdesk?host=/nonexistent", timeout=1)
