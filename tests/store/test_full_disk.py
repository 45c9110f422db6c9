"""A full disk (a small tmpfs the test mounts): a clear message, the edit that did not fit
refused, and every edit that returned there once space is back; creation and upgrades leave
no broken file or empty backup behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Person
from kamdesk.graph.types import Side
from kamdesk.store import Workspace, WorkspaceFullError
from tests.store.test_files import downgrade_to_v1, dump, files_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def grow(folder: Path, size: str) -> None:
    subprocess.run(["mount", "-o", f"remount,size={size}", str(folder)], check=True,
                   capture_output=True)


def fill(folder: Path, leave: int) -> Path:
    """Take all but about ``leave`` bytes of the disk with a filler file."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as f:
        f.write(b"\0" * max(0, free - leave))
    return filler


def test_edits_until_the_disk_is_full_then_nothing_lost(small_disk: Path) -> None:
    path = small_disk / "work.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(AccountGraph(Account("acc", "Full")))
        graph = ws.load("acc")
        returned = []
        with pytest.raises(WorkspaceFullError, match=r"disk .* is full") as caught:
            for i in range(100_000):
                graph.add_person(Person(f"p{i}", "acc", Side.CLIENT, f"Person {i}",
                                        notes="x" * 3000))
                returned.append(f"p{i}")
        assert "was not saved" in str(caught.value)
        assert f"p{len(returned)}" not in graph.people  # the refused edit is not shown
        assert len(returned) > 50
    grow(small_disk, "64m")
    with Workspace.open(path) as ws:
        stored = ws.load("acc")
        assert [p for p in returned if p not in stored.people] == []
        assert ws.check() == []
        stored.add_person(Person("after", "acc", Side.CLIENT, "Room again"))


def test_sample_on_a_full_disk_leaves_no_broken_file(small_disk: Path) -> None:
    filler = fill(small_disk, 200_000)
    path = small_disk / "new.kam"
    result = subprocess.run([sys.executable, "-m", "kamdesk", "sample", str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 1
    assert "is full" in result.stderr and "unexpected" not in result.stderr
    assert files_in(small_disk) == ["filler"]
    filler.unlink()
    again = subprocess.run([sys.executable, "-m", "kamdesk", "sample", str(path)], cwd=ROOT,
                           capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 0, again.stderr


def test_a_new_empty_workspace_on_a_full_disk_says_so_and_leaves_nothing(
        small_disk: Path) -> None:
    filler = fill(small_disk, 2048)
    with pytest.raises(WorkspaceFullError, match="is full"):
        Workspace.open(small_disk / "new.kam", create=True)
    assert files_in(small_disk) == ["filler"]
    filler.unlink()
    with Workspace.open(small_disk / "new.kam", create=True) as ws:
        assert ws.accounts() == [] and ws.check() == []


def test_an_upgrade_checks_for_room_first(small_disk: Path) -> None:
    path = small_disk / "old.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=1, people=1500)[0])
    downgrade_to_v1(path)
    before = dump(path)
    filler = fill(small_disk, path.stat().st_size // 2)
    with pytest.raises(WorkspaceFullError, match="not enough room"):
        Workspace.open(path)
    assert sorted(files_in(small_disk)) == ["filler", "old.kam"]  # no 0-byte backup
    assert dump(path) == before
    filler.unlink()
    grow(small_disk, "16m")
    with Workspace.open(path) as ws:
        assert ws.backup_path is not None and ws.check() == []
