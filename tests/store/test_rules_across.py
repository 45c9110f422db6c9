"""Two processes, each making an edit that is legal on its own copy of the account, that
together would break a rule: the one that commits second is refused with the domain's typed
error, on SQLite and on PostgreSQL, and the stored account stays sound."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link
from kamdesk.graph.errors import ReportingCycleError, SecondManagerError
from kamdesk.graph.types import LinkKind
from kamdesk.store import ConcurrentEditError, Workspace, latest_state
from tests.helpers import person

ROOT = Path(__file__).resolve().parents[2]


def setup_account(target: str) -> None:
    graph = AccountGraph(Account("acc1", "Race"))
    for pid in ("a", "b", "c", "d", "boss"):
        graph.add_person(person(pid, name=f"Person {pid.upper()}"))
    with Workspace.open(target, create=True) as ws:
        ws.add_account(graph)


def race(target: str, tmp_path: Path, *edits: tuple[str, str]) -> list[str]:
    """Start one process per edit, let each load the account, then release them together."""
    go = tmp_path / f"go-{time.monotonic_ns()}"
    procs = [subprocess.Popen([sys.executable, "-m", "tests.store.workers", "move", target,
                               "acc1", who, to, str(go)], cwd=ROOT, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for who, to in edits]
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "loaded", proc.stderr.read() \
            if proc.stderr else ""
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(out.strip())
    return results


def sound(target: str) -> AccountGraph:
    with Workspace.open(target) as ws:
        assert ws.check() == []
        return ws.load("acc1")


def test_crossed_moves_store_no_cycle(workspace_target: str, tmp_path: Path) -> None:
    setup_account(workspace_target)
    results = race(workspace_target, tmp_path, ("a", "b"), ("b", "a"))
    assert sorted(r.split(":")[0] for r in results) == ["done", "refused ReportingCycleError"]
    graph = sound(workspace_target)
    assert [graph.manager_of("a"), graph.manager_of("b")].count(None) == 1


def test_two_managers_at_once_store_one(workspace_target: str, tmp_path: Path) -> None:
    setup_account(workspace_target)
    results = race(workspace_target, tmp_path, ("c", "a"), ("c", "b"))
    assert sorted(r.split(":")[0] for r in results) == ["done", "refused SecondManagerError"]
    assert sound(workspace_target).manager_of("c") in ("a", "b")


def test_removal_racing_a_new_line_is_a_clear_conflict(workspace_target: str,
                                                       tmp_path: Path) -> None:
    setup_account(workspace_target)
    results = race(workspace_target, tmp_path, ("d", "-"), ("+d", "a"))
    assert "done" in results
    refused = next(r for r in results if r != "done")
    assert refused.startswith("refused ConcurrentEditError"), refused
    assert "FOREIGN KEY" not in refused and "foreign key" not in refused
    graph = sound(workspace_target)
    assert ("d" in graph.people) == ("inf-d" in graph.links)


def test_the_refusal_offers_the_latest_state(workspace_target: str) -> None:
    setup_account(workspace_target)
    with Workspace.open(workspace_target) as one, Workspace.open(workspace_target) as two:
        mine, theirs = one.load("acc1"), two.load("acc1")
        mine.set_manager("a", "b")
        with pytest.raises(ReportingCycleError) as caught:
            theirs.set_manager("b", "a")
        assert theirs.manager_of("b") is None  # the refused copy is unchanged
        latest = latest_state(caught.value)
        assert latest is not None and latest.manager_of("a") == "b"
        with pytest.raises(SecondManagerError):
            theirs.add_link(Link("x", "acc1", LinkKind.REPORTS_TO, "a", "c"))
        mine.remove_person("d")
        with pytest.raises(ConcurrentEditError, match="removed by someone else"):
            theirs.add_link(Link("y", "acc1", LinkKind.INFLUENCES, "c", "d"))


def test_an_edit_to_an_account_removed_elsewhere_is_a_conflict(workspace_target: str) -> None:
    setup_account(workspace_target)
    with Workspace.open(workspace_target) as one, Workspace.open(workspace_target) as two:
        mine = two.load("acc1")
        one.delete_account("acc1")
        with pytest.raises(ConcurrentEditError, match="elsewhere"):
            mine.add_person(person("late", name="Late"))
        assert "late" not in mine.people
