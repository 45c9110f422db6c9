"""A hung PostgreSQL server (every process of it stopped with SIGSTOP): each call gives up
within seconds with "the server does not answer", and nothing is half-applied."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from sqlalchemy.engine import make_url

from kamdesk.graph.entities import Person
from kamdesk.graph.types import Side
from kamdesk.store import Workspace, WorkspaceUnavailableError
from tests import pg_server
from tests.helpers import snapshot, tiny_graph

BOUND = 20.0  # generous for a loaded machine; the calls below are bounded by ~2–4 s


def server_processes(admin_url: str) -> list[int]:
    host = make_url(admin_url).query.get("host")
    if not isinstance(host, str):
        host = parse_qs(admin_url.split("?", 1)[-1]).get("host", [""])[0]
    pid_file = Path(host) / "data" / "postmaster.pid"
    if not pid_file.exists():
        pytest.skip("the test server is not one this test started (cannot stop it)")
    postmaster = int(pid_file.read_text().split()[0])
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                children.append(int(entry.name))
    return [postmaster, *children]


@contextmanager
def stopped(admin_url: str) -> Iterator[None]:
    pids = server_processes(admin_url)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)


def test_a_hung_server_answers_within_seconds(pg_url: str, pg_admin_url: str) -> None:
    if os.environ.get(pg_server.URL_ENV):
        pytest.skip("uses an outside server, which this test must not stop")
    graph = tiny_graph()
    with Workspace.open(pg_url, create=True, timeout=2) as ws:
        ws.add_account(graph)
    ws = Workspace.open(pg_url, timeout=2)
    try:
        mine = ws.load(graph.id)
        before = snapshot(mine)
        with stopped(pg_admin_url):
            start = time.monotonic()
            with pytest.raises(WorkspaceUnavailableError, match="does not answer"):
                mine.add_person(Person("late", graph.id, Side.CLIENT, "Late edit"))
            assert time.monotonic() - start < BOUND
            assert snapshot(mine) == before
            start = time.monotonic()
            with pytest.raises(WorkspaceUnavailableError, match="does not answer"):
                Workspace.open(pg_url, timeout=2)
            assert time.monotonic() - start < BOUND
        time.sleep(0.5)
        with Workspace.open(pg_url, timeout=5) as fresh:
            stored = fresh.load(graph.id)
            assert "late" not in stored.people and fresh.check() == []
        mine.add_person(Person("later", graph.id, Side.CLIENT, "After the server is back"))
    finally:
        ws.close()
