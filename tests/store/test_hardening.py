"""A .kam file is data kamdesk keeps whole: created atomically, upgraded once under a lock,
never written when damaged or when it carries code, and every refusal a sentence."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Person
from kamdesk.graph.types import Side
from kamdesk.store import (
    ConcurrentEditError,
    DamagedWorkspaceError,
    Workspace,
    WorkspaceMissingError,
    migrations,
)
from tests.store.test_files import downgrade_to_v1, dump, files_in

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kamdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kamdesk", *args], check=False, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def kam(tmp_path: Path) -> Path:
    path = tmp_path / "work.kam"
    with Workspace.open(path, create=True) as ws:
        for g in sample.generate(seed=1):
            ws.add_account(g)
    return path


# ------------------------------------------------------------------ atomic creation
@pytest.mark.parametrize("kill_after", [0.8, 2.0])
def test_a_killed_sample_leaves_nothing_or_a_whole_file(tmp_path: Path,
                                                        kill_after: float) -> None:
    path = tmp_path / "new.kam"
    proc = subprocess.Popen([sys.executable, "-m", "kamdesk", "sample", str(path),
                             "--people", "20000"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(kill_after)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    if path.exists():  # it finished before the kill: then it is whole
        with Workspace.open(path) as ws:
            assert len(ws.accounts()) == 4
        return
    again = kamdesk("sample", str(path))
    assert again.returncode == 0, again.stderr
    with Workspace.open(path) as ws:
        assert len(ws.accounts()) == 4 and ws.check() == []
    assert files_in(tmp_path) == ["new.kam"]  # the killed run's private file is swept


@pytest.mark.parametrize("leftover", ["empty", "half", "no-accounts"])
def test_sample_replaces_what_a_killed_creation_left(tmp_path: Path, kam: Path,
                                                     leftover: str) -> None:
    path = tmp_path / "left.kam"
    if leftover == "empty":
        path.touch()
    elif leftover == "half":
        path.write_bytes(kam.read_bytes()[: kam.stat().st_size // 2])
    else:
        Workspace.open(path, create=True).close()
    result = kamdesk("sample", str(path))
    assert result.returncode == 0, result.stderr
    with Workspace.open(path) as ws:
        assert len(ws.accounts()) == 4
    if leftover == "half":
        assert (tmp_path / "left.broken.kam").exists()  # kept aside, not destroyed


def test_sample_does_not_replace_a_workspace_with_accounts(kam: Path) -> None:
    before = digest(kam)
    result = kamdesk("sample", str(kam))
    assert result.returncode == 1 and "already holds accounts" in result.stderr
    assert digest(kam) == before


def test_the_default_workspace_replaces_a_broken_leftover(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from kamdesk.workflows import open_workspace

    path = tmp_path / "home" / "workspace.kam"
    path.parent.mkdir()
    path.touch()  # what a crash during the very first start left
    monkeypatch.setenv("KAMDESK_WORKSPACE", str(path))
    with open_workspace(None) as ws:
        assert len(ws.accounts()) == 4


# ------------------------------------------------------------------ upgrades
def test_processes_upgrading_one_old_file_at_once(kam: Path, tmp_path: Path) -> None:
    downgrade_to_v1(kam)
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-m", "tests.store.workers", "open-after",
                               str(kam), str(go)], cwd=ROOT, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(4)]
    time.sleep(1.5)  # let every process start and wait at the line
    go.touch()
    backups = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        backups.append(out.strip())
    assert sorted(backups)[:3] == ["-", "-", "-"]  # one upgraded, three found it done
    assert [n for n in files_in(tmp_path) if "backup" in n] == ["work.schema1-backup.kam"]
    with Workspace.open(kam) as ws:
        assert ws.check() == [] and len(ws.accounts()) == 4


def test_meta_saying_1_over_new_columns_is_upgraded_once(kam: Path) -> None:
    con = sqlite3.connect(kam)
    con.execute("UPDATE kamdesk_meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    for _ in range(3):
        result = kamdesk("accounts", str(kam))
        assert result.returncode == 0, result.stderr
    assert [n for n in files_in(kam.parent) if "backup" in n] == ["work.schema1-backup.kam"]


def test_a_failed_upgrade_leaves_no_backup(kam: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    downgrade_to_v1(kam)
    listing = files_in(kam.parent)
    before = dump(kam)

    def broken(conn: object) -> None:
        raise sqlite3.OperationalError("simulated failure half-way")

    monkeypatch.setitem(migrations.STEPS, 1, broken)
    with pytest.raises(Exception, match="simulated"):
        Workspace.open(kam)
    assert files_in(kam.parent) == listing
    assert dump(kam) == before


# ------------------------------------------------------------------ data, not code
def test_a_trigger_in_the_file_is_never_run(kam: Path) -> None:
    con = sqlite3.connect(kam)
    con.execute("CREATE TRIGGER pwn AFTER INSERT ON people BEGIN "
                "UPDATE people SET name = 'PWNED ' || name WHERE id = new.id; END")
    con.execute("CREATE VIEW everyone AS SELECT name FROM people")
    con.commit()
    con.close()
    before = digest(kam)
    with Workspace.open(kam) as ws:
        graph = ws.load(ws.accounts()[0].id)  # the data can still be read
        with pytest.raises(DamagedWorkspaceError, match=r"trigger 'pwn'.*not code"):
            graph.add_person(Person("x", graph.id, Side.CLIENT, "New"))
        assert "x" not in graph.people
        assert any("trigger 'pwn'" in p and "view 'everyone'" in p for p in ws.check())
    assert digest(kam) == before
    result = kamdesk("check", str(kam))
    assert result.returncode == 1 and "trigger 'pwn'" in result.stdout


def test_an_invalid_stored_value_is_reported_not_a_crash(kam: Path) -> None:
    con = sqlite3.connect(kam)
    pid = con.execute("SELECT id FROM people LIMIT 1").fetchone()[0]
    con.execute("UPDATE people SET stance = 'furious' WHERE id = ?", (pid,))
    con.commit()
    con.close()
    result = kamdesk("check", str(kam))
    assert result.returncode == 1
    assert f"people row '{pid}' holds 'furious' in stance" in result.stdout
    for command in ("accounts", "check"):
        result = kamdesk(command, str(kam))
        assert "unexpected" not in result.stderr and "report it" not in result.stderr
    name = con_name(kam, pid)  # export of that account: one sentence naming the value
    result = kamdesk("export", str(kam), "--account", name, "-o", str(kam.parent / "x.csv"))
    assert result.returncode == 1 and "holds 'furious' in stance" in result.stderr
    assert "unexpected" not in result.stderr and not (kam.parent / "x.csv").exists()


def con_name(kam: Path, pid: str) -> str:
    """The name of the account a person belongs to, read with sqlite3 (not through kamdesk)."""
    con = sqlite3.connect(kam)
    try:
        return str(con.execute("SELECT a.name FROM people p JOIN accounts a ON "
                               "a.id = p.account_id WHERE p.id = ?", (pid,)).fetchone()[0])
    finally:
        con.close()


def test_a_file_failing_the_quick_check_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "big.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=1, people=3000)[0])
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    assert data[start] == 0x05  # an interior page of the people table
    data[start + 3: start + 5] = b"\xff\xff"  # its cell count, now impossible
    path.write_bytes(bytes(data))
    before = digest(path)
    with Workspace.open(path) as ws, pytest.raises(DamagedWorkspaceError,
                                                   match=r"damaged.*backup"):
        ws.add_account(AccountGraph(Account("new", "Import target")))
    assert digest(path) == before


# ------------------------------------------------------------------ smaller ones
def test_a_read_only_file_leaves_no_companions(kam: Path) -> None:
    kam.chmod(0o444)
    try:
        listing = files_in(kam.parent)
        with Workspace.open(kam) as ws:
            assert ws.read_only and len(ws.accounts()) == 4
            ws.load(ws.accounts()[0].id)
            assert files_in(kam.parent) == listing
        assert files_in(kam.parent) == listing
    finally:
        kam.chmod(0o644)


def test_a_read_only_folder_is_not_called_damaged(kam: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a read-only bind of the folder")
    folder = kam.parent
    if subprocess.run(["mount", "--bind", str(folder), str(folder)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("bind mounts are not allowed here")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True,
                       capture_output=True)
        listing = files_in(folder)
        with Workspace.open(kam) as ws:
            assert ws.read_only and len(ws.accounts()) == 4
            assert ws.check() == []
        assert files_in(folder) == listing
    finally:
        subprocess.run(["umount", str(folder)], check=False, capture_output=True)


def test_a_malformed_url_is_never_echoed_with_its_password() -> None:
    for url in ("postgresql+psycopg://kam:s3cr3t@host:port/db",
                "postgresql+psycopg://kam:s3cr3t@[::1/db"):
        with pytest.raises(WorkspaceMissingError) as caught:
            Workspace.open(url)
        assert "s3cr3t" not in str(caught.value) and "***" in str(caught.value)
        result = kamdesk("accounts", url)
        assert result.returncode == 1 and "s3cr3t" not in result.stderr + result.stdout


def test_an_outside_change_without_a_version_bump_is_not_overwritten(
        workspace_target: str) -> None:
    from sqlalchemy import create_engine, text

    graph = sample.generate(seed=1)[3]
    with Workspace.open(workspace_target, create=True) as ws:
        ws.add_account(graph)
    url = workspace_target if "://" in workspace_target else f"sqlite:///{workspace_target}"
    with Workspace.open(workspace_target) as ws:
        mine = ws.load(graph.id)
        pid = sorted(mine.people)[0]
        engine = create_engine(url)
        with engine.begin() as conn:  # a script that does not know about versions
            conn.execute(text("UPDATE people SET title = 'set outside' WHERE id = :p"),
                         {"p": pid})
        with pytest.raises(ConcurrentEditError):
            mine.update_person(mine.person(pid)._replace(notes="mine"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT title FROM people WHERE id = :p"),
                                {"p": pid}).scalar() == "set outside"
        engine.dispose()
