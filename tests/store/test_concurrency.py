"""Two copies of one account (two windows, two team members): a stale edit is refused."""

from __future__ import annotations

import pytest

from kamdesk.graph import sample
from kamdesk.store import ConcurrentEditError, Workspace
from tests.helpers import snapshot


def test_a_stale_copy_cannot_overwrite_a_newer_edit(workspace_target: str) -> None:
    graph = sample.generate(seed=1)[2]
    with Workspace.open(workspace_target, create=True) as ws:
        ws.add_account(graph)
    with Workspace.open(workspace_target) as a, Workspace.open(workspace_target) as b:
        mine, theirs = a.load(graph.id), b.load(graph.id)
        pid = sorted(mine.people)[0]
        mine.update_person(mine.person(pid)._replace(title="Mine"))
        before = snapshot(theirs)
        with pytest.raises(ConcurrentEditError, match="changed or removed elsewhere"):
            theirs.update_person(theirs.person(pid)._replace(title="Theirs"))
        assert snapshot(theirs) == before
        with pytest.raises(ConcurrentEditError):
            theirs.remove_person(pid)
        assert snapshot(theirs) == before
        assert a.load(graph.id).person(pid).title == "Mine"
