"""Opening .kam files: what is refused is left byte for byte as it was, with a clear message."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.entities import Person
from kamdesk.graph.types import Side
from kamdesk.store import (
    NewerSchemaError,
    NotAWorkspaceError,
    Workspace,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
    schema,
)
from tests.helpers import snapshot, without_versions


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def kam(tmp_path: Path) -> Path:
    """A closed workspace with the sample portfolio."""
    path = tmp_path / "work.kam"
    with Workspace.open(path, create=True) as ws:
        for g in sample.generate(seed=1):
            ws.add_account(g)
    return path


def refused(path: Path, error: type[Exception], match: str) -> None:
    before = digest(path) if path.is_file() else None
    listing = files_in(path.parent)
    with pytest.raises(error, match=match):
        Workspace.open(path)
    if before is not None:
        assert digest(path) == before
    assert files_in(path.parent) == listing  # no backup, no journal left behind


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceMissingError, match="no such workspace"):
        Workspace.open(tmp_path / "nope.kam")
    with pytest.raises(WorkspaceMissingError, match="no such folder"):
        Workspace.open(tmp_path / "no" / "such.kam", create=True)
    refused(tmp_path, NotAWorkspaceError, "is a folder")


def test_text_file_renamed_kam(tmp_path: Path) -> None:
    path = tmp_path / "notes.kam"
    path.write_text("Встреча с клиентом во вторник\n", encoding="utf-8")
    refused(path, NotAWorkspaceError, "not a kamdesk workspace")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.kam"
    path.touch()
    refused(path, NotAWorkspaceError, "is empty")
    with pytest.raises(NotAWorkspaceError):  # not even "create" writes into it
        Workspace.open(path, create=True)
    assert path.stat().st_size == 0


@pytest.mark.parametrize("keep", [0.5, 0.9, 50 / 4096])
def test_truncated_file(kam: Path, keep: float) -> None:
    data = kam.read_bytes()
    kam.write_bytes(data[: int(len(data) * keep)])
    refused(kam, NotAWorkspaceError, "truncated")


def test_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "other.kam"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices VALUES (1, 99.5)")
    con.commit()
    con.close()
    refused(path, NotAWorkspaceError, "not a kamdesk workspace")


def test_newer_schema_is_refused_untouched(kam: Path) -> None:
    con = sqlite3.connect(kam)
    con.execute("UPDATE kamdesk_meta SET value = ? WHERE key = 'schema_version'",
                (str(schema.SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    refused(kam, NewerSchemaError, "newer kamdesk")


def downgrade_to_v1(path: Path) -> None:
    """Turn a current file into the schema-1 layout (no row versions), as 0.0 wrote it."""
    con = sqlite3.connect(path)
    for table in reversed(schema.TEAM_TABLES):  # schema 3's tables
        con.execute(f"DROP TABLE {table.name}")
    for table in schema.ENTITY_TABLES:
        con.execute(f"ALTER TABLE {table.name} DROP COLUMN version")
    con.execute("UPDATE kamdesk_meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()


def test_older_schema_is_migrated_after_a_backup(kam: Path) -> None:
    with Workspace.open(kam) as ws:
        expected = {a.id: without_versions(snapshot(ws.load(a.id))) for a in ws.accounts()}
    downgrade_to_v1(kam)
    original = kam.with_name("v1-original.kam")
    shutil.copyfile(kam, original)
    with Workspace.open(kam) as ws:
        assert ws.backup_path is not None and ws.backup_path.name == "work.schema1-backup.kam"
        # schema 1 had no row versions: every row comes back as version 1
        assert {a.id: without_versions(snapshot(ws.load(a.id))) for a in ws.accounts()} \
            == expected
        assert ws.check() == []
        account = ws.accounts()[0]
        graph = ws.load(account.id)
        pid = sorted(graph.people)[0]
        graph.update_person(graph.person(pid)._replace(title="after the upgrade"))
    assert dump(ws.backup_path) == dump(original)  # the backup is the v1 file, whole
    assert "VALUES('schema_version','1')" in "".join(dump(ws.backup_path))
    with Workspace.open(kam) as ws:  # the second open finds nothing to migrate
        assert ws.backup_path is None
        assert ws.load(account.id).person(pid).title == "after the upgrade"


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def read_only(kam: Path) -> Iterator[Path]:
    kam.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    yield kam
    kam.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_file_opens_for_reading_and_refuses_edits(read_only: Path) -> None:
    before = digest(read_only)
    with Workspace.open(read_only) as ws:
        assert ws.read_only
        graph = ws.load(ws.accounts()[0].id)
        state = snapshot(graph)
        with pytest.raises(WorkspaceReadOnlyError, match="read-only"):
            graph.add_person(Person("x", graph.id, Side.CLIENT, "New"))
        assert snapshot(graph) == state
    assert digest(read_only) == before


def test_read_only_file_of_an_older_schema_is_refused(kam: Path) -> None:
    downgrade_to_v1(kam)
    kam.chmod(stat.S_IRUSR)
    try:
        refused(kam, WorkspaceReadOnlyError, "older kamdesk")
    finally:
        kam.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_file_locked_by_another_program(kam: Path) -> None:
    con = sqlite3.connect(kam, isolation_level=None)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("PRAGMA locking_mode = EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(WorkspaceLockedError, match="locked"):
            Workspace.open(kam, timeout=0.2)
    finally:
        con.execute("ROLLBACK")
        con.close()


def test_edit_while_another_writer_holds_the_file(kam: Path) -> None:
    with Workspace.open(kam, timeout=0.2) as ws:
        graph = ws.load(ws.accounts()[0].id)
        state = snapshot(graph)
        other = sqlite3.connect(kam, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(WorkspaceLockedError):
                graph.add_person(Person("x", graph.id, Side.CLIENT, "New"))
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert snapshot(graph) == state
        graph.add_person(Person("x", graph.id, Side.CLIENT, "New"))  # free again: it works


def test_damaged_pages_are_reported_by_check(kam: Path) -> None:
    data = bytearray(kam.read_bytes())
    page = 4096
    for offset in range(2 * page + 100, len(data) - page, page):
        data[offset: offset + 200] = os.urandom(200)
    kam.write_bytes(bytes(data))
    try:
        ws = Workspace.open(kam)
    except NotAWorkspaceError:
        return  # refused at the door: as good as reported
    with ws:
        try:
            problems = ws.check()
        except NotAWorkspaceError as error:
            assert "damaged" in str(error)
            return
    assert problems and any("database" in p for p in problems)
