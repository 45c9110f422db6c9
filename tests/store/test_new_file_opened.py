"""A new ``.kam`` file, opened for an import: what this very call wrote is not read back
(its meta, its schema objects, SQLite's quick check), the new file is settled without a
connection when no log is left beside it, and the accounts are listed by plain SQL. Each
shortcut is shown to give what the general path gives, and counted where it saves work.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.graph.entities import Account
from kamdesk.store import Workspace, creating, sqlite_file
from kamdesk.store.codec import CODECS
from tests.helpers import tiny_graph


def calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[object]:
    """Every call of ``module.name`` from now on (the function still runs)."""
    seen: list[object] = []
    real = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        seen.append(args[0] if args else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return seen


def facts(ws: Workspace) -> tuple[object, ...]:
    return ws.read_only, ws.backup_path, ws._refusal, ws.accounts(), ws.check()


def test_a_file_this_call_created_is_not_read_back(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "new.kam"
    metas = calls(monkeypatch, sqlite_file, "read_meta")
    checks = calls(monkeypatch, sqlite_file, "check_file")
    with Workspace.open(path, create=True) as ws:
        assert metas == [] and checks == []
        quick: list[str] = []
        with ws.engine.connect() as conn:
            conn.connection.driver_connection.set_trace_callback(  # type: ignore[union-attr]
                quick.append)
        ws.add_account(tiny_graph())  # writes without SQLite's quick check first
        assert not [s for s in quick if "quick_check" in s]
        made = facts(ws)
    with Workspace.open(path) as ws:  # opened the general way: read, checked
        assert metas == [path] and checks == [path]
        assert facts(ws) == made
        assert ws._checked is False
        ws._check_writable()
        assert ws._checked is True


def test_a_file_another_process_created_first_is_read(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """``create=True`` on a name that appears meanwhile: the file is not ours, so it is
    read and checked as any other (here: another program's database, refused)."""
    path = tmp_path / "raced.kam"

    def other_was_quicker(target: Path, *args: Any, **kwargs: Any) -> None:
        sqlite3.connect(target).execute("CREATE TABLE notes (x)").connection.close()
        raise FileExistsError(str(target))

    monkeypatch.setattr(Workspace, "create", other_was_quicker)
    with pytest.raises(Exception, match="not a kamdesk workspace"):
        Workspace.open(path, create=True)


def test_a_new_file_without_a_log_is_settled_without_a_connection(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = calls(monkeypatch, creating.sqlite3, "connect")
    Workspace.create(tmp_path / "empty.kam")
    # the one connection that wrote it (store/schema_ddl); none more to settle it
    assert len([p for p in opened if str(p).endswith(creating.SUFFIX)]) == 1
    opened.clear()
    filled = tmp_path / "filled.kam"
    Workspace.create(filled, lambda ws: ws.add_account(tiny_graph()))
    for path in (tmp_path / "empty.kam", filled):
        sqlite_file.check_file(path)
        assert sqlite_file.is_wal_file(path)
        assert not sqlite_file.companion(path, "-wal").exists()
        assert sqlite_file.read_meta(path, 1.0).meta is not None
    with Workspace.open(filled) as ws:
        assert [a.name for a in ws.accounts()] == [tiny_graph().account.name]
        assert ws.check() == []


def test_a_log_left_beside_a_new_file_is_folded_into_it(tmp_path: Path) -> None:
    """A connection still open when the build ends leaves its log beside the file: settling
    folds it in, so the file alone (read without its log) holds everything written."""
    temp = tmp_path / f"w{creating.SUFFIX}"
    held = sqlite3.connect(temp, isolation_level=None)
    held.execute("PRAGMA journal_mode = WAL")
    held.execute("PRAGMA wal_autocheckpoint = 0")  # (the writer folds nothing itself)
    held.execute("CREATE TABLE t (x)")
    held.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(100)])
    log = sqlite_file.companion(temp, "-wal")
    assert log.stat().st_size > 0
    try:
        creating._settle(temp)
        assert log.stat().st_size == 0
        alone = sqlite3.connect(f"{sqlite_file.read_only_uri(temp)}&immutable=1", uri=True)
        assert alone.execute("SELECT count(*) FROM t").fetchone() == (100,)
        alone.close()
    finally:
        held.close()


def test_accounts_by_plain_sql_are_the_accounts_selected_by_sqlalchemy(
        tmp_path: Path) -> None:
    """Names that sort by case, script and ties: the same accounts in the same order."""
    names = ["beta", "Alpha", "альфа", "Альфа", "alpha", "Beta", "", "beta", "Ωmega", "1"]
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws, ws.engine.begin() as conn:
        graph = tiny_graph()
        codec = CODECS[Account]
        for n, name in enumerate(names):
            conn.execute(codec.table.insert(), codec.encode(
                graph.account._replace(id=f"a{n}", name=name)))
    with Workspace.open(path) as ws:
        with ws.engine.connect() as conn:
            general = codec.decode_all(conn.execute(
                select(codec.table).order_by(codec.table.c.name)).all())
        assert ws.accounts() == general
        assert [a.name for a in general] == sorted(names)  # SQLite's binary order
