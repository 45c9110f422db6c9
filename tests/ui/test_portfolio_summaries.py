"""The portfolio's summaries kept in the workspace: the next session draws the map without
loading any account, the summaries it reads are the ones computed afresh, and an account
changed since, a summary of another day or damaged bytes are never taken for current."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from kamdesk.graph import account_summary, sample
from kamdesk.graph.entities import ValueEntry
from kamdesk.graph.types import ValueDirection
from kamdesk.store import Workspace
from kamdesk.ui.panels.portfolio_reader import CACHE_KIND, PortfolioReader, digest

TODAY = date.today()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    found = tmp_path / "summaries.kam"
    with Workspace.open(found, create=True) as ws:
        for seed in (2, 3):
            for g in sample.generate(seed=seed, today=TODAY):
                g.update_account(g.account._replace(name=f"{g.account.name} #{seed}"))
                ws.add_account(g)
    return found


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch, path: Path) -> Iterator[list[str]]:
    """The accounts loaded from this test's file (a reader of another test's workspace may
    still warm up in the background while Qt events are processed)."""
    loads: list[str] = []
    real = Workspace.load

    def load(self: Workspace, aid: str) -> Any:
        if str(self.location) == str(path):
            loads.append(aid)
        return real(self, aid)

    monkeypatch.setattr(Workspace, "load", load)
    yield loads


def _fresh(path: Path) -> dict[str, Any]:
    """Every account's digest computed from its graph, nothing kept."""
    with Workspace.open(path) as ws:
        return {a.id: digest(ws.load(a.id), TODAY) for a in ws.accounts()}


def test_the_next_session_reads_the_summaries_and_loads_nothing(
        qtbot: Any, path: Path, counted: list[str]) -> None:
    with Workspace.open(path) as ws:
        first = PortfolioReader(ws).digests(None)
        assert len(counted) == len(first) == 8  # nothing kept yet: each account loaded once
    counted.clear()
    with Workspace.open(path) as ws:
        again = PortfolioReader(ws).digests(None)
    assert counted == []  # the map of a new session: no account loaded
    fresh = _fresh(path)
    assert {d.account.id: d for d in again} == fresh == {d.account.id: d for d in first}


def test_a_changed_account_another_day_or_damaged_bytes_are_read_afresh(
        qtbot: Any, path: Path, counted: list[str]) -> None:
    with Workspace.open(path) as ws:
        PortfolioReader(ws).digests(None)
        accounts = ws.accounts()
        changed, damaged = accounts[0], accounts[1]
        graph = ws.load(changed.id)  # an edit in this session, through the store
        currency = digest(graph, TODAY).currency
        graph.add_record(ValueEntry("new-value", changed.id, TODAY, ValueDirection.RECEIVED,
                                    "a big order", 1e9, currency))
        ws.load(damaged.id)
        stamp = ws.stamp_of(damaged.id)
        assert stamp is not None
        assert ws.write_cache(damaged.id, CACHE_KIND, b"\\x00not json", stamp)
    counted.clear()
    with Workspace.open(path) as ws:
        reader = PortfolioReader(ws)
        found = {d.account.id: d for d in reader.digests(None)}
        assert sorted(counted) == sorted([changed.id, damaged.id])
        assert found == _fresh(path)
        assert found[changed.id].received >= 1e9  # the edit shows: not the summary of before
        counted.clear()
        tomorrow = TODAY + timedelta(days=1)
        later = {d.account.id: d for d in reader.digests(None, lambda: tomorrow)}
        assert len(counted) == len(later)  # judged on another day: every account again
        assert all(d.day == tomorrow for d in later.values())


def test_the_open_account_keeps_its_summary_for_the_next_session(
        qtbot: Any, path: Path, counted: list[str]) -> None:
    with Workspace.open(path) as ws:
        account = ws.accounts()[0]
        graph = ws.load(account.id)
        reader = PortfolioReader(ws)
        reader.digests(graph)
        graph.add_record(ValueEntry("v2", account.id, TODAY, ValueDirection.RECEIVED, "more",
                                    5.0, digest(graph, TODAY).currency))
        live = next(d for d in reader.digests(graph) if d.account.id == account.id)
    counted.clear()
    with Workspace.open(path) as ws:
        data = ws.read_cache(account.id, CACHE_KIND)
        assert data is not None  # kept after the edit, with the edit's stamp
        kept = account_summary.decode(data)
        assert kept is not None and kept.received == live.received
        again = next(d for d in PortfolioReader(ws).digests(None) if d.account.id == account.id)
    assert account.id not in counted and again == live
