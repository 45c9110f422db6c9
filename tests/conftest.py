from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests import pg_server

REQUIRE_PG_ENV = "KAMDESK_REQUIRE_POSTGRES"  # CI sets it: no server is then a failure
_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    with pg_server.server() as url:
        if url is None:
            if os.environ.get(REQUIRE_PG_ENV):
                pytest.fail("PostgreSQL is required here but no server could be started")
            pytest.skip("no PostgreSQL server on this machine (initdb not found)")
        yield url


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    name = f"kamdesk_t{os.getpid()}_{next(_numbers)}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace_target(request: pytest.FixtureRequest, tmp_path: object) -> str:
    """Where to start a workspace: a new .kam file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "ws.kam")  # type: ignore[operator]
    return str(request.getfixturevalue("pg_url"))
