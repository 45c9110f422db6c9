"""Several OS processes on one .kam file: opening, reading and editing at once loses nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account
from kamdesk.store import Workspace

ROOT = Path(__file__).resolve().parents[2]


def worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.store.workers", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_opening_in_a_loop_never_loses_another_process_edits(tmp_path: Path) -> None:
    path = tmp_path / "shared.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(AccountGraph(Account("acc", "Shared")))
    opener = worker("open-loop", str(path), "12")
    editors = [worker("edit", str(path), "acc", f"w{i}", "150", "3") for i in range(3)]
    returned: list[str] = []
    for proc in editors:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        returned += out.split()
    out, err = opener.communicate(timeout=180)
    assert opener.returncode == 0, err
    assert len(returned) == 450
    with Workspace.open(path) as ws:
        stored = set(ws.load("acc").people)
        assert ws.check() == []
    lost = [pid for pid in returned if pid not in stored]
    assert lost == [], f"{len(lost)} returned edits lost"
