"""Who changed what, when: history entries with author and time, append-only, through undo."""

from __future__ import annotations

import getpass
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from kamdesk.graph import sample
from kamdesk.store import Workspace, history, schema
from tests.helpers import snapshot, without_versions

DATA = Path(__file__).parent / "data"


def _account(target: str) -> str:
    graph = sample.generate(seed=1, people=30)[0]
    with Workspace.open(target, create=True) as ws:
        ws.add_account(graph)
    return graph.id


def test_entries_carry_author_time_and_survive_undo(workspace_target: str) -> None:
    account_id = _account(workspace_target)
    start = datetime.now(UTC) - timedelta(seconds=5)
    with Workspace.open(workspace_target) as ws:
        graph = ws.load(account_id)
        pid = sorted(graph.people)[0]
        old_title = graph.person(pid).title
        done = graph.update_person(graph.person(pid)._replace(title="Chief of Everything"))
        graph.revert(done)  # undo: a new entry, the first one stays
        entries = ws.history(account_id)
        mine = ws.history(account_id, person=pid)
    expected_author = "postgres" if "://" in workspace_target else getpass.getuser()
    assert len(entries) == 3  # the account's creation, the edit, the undo
    created, edit, undo = entries
    assert created.changes[0].after is not None and created.changes[0].before is None
    assert [e.author for e in entries] == [expected_author] * 3
    assert all(start <= e.at <= datetime.now(UTC) + timedelta(seconds=5) for e in entries)
    assert edit.changes[0].after.title == "Chief of Everything"  # type: ignore[union-attr]
    assert undo.changes[0].after.title == old_title  # type: ignore[union-attr]
    assert undo.changes[0].before == edit.changes[0].after  # the rows as they were, exactly
    assert [e.id for e in mine] == [edit.id, undo.id]
    with Workspace.open(workspace_target) as ws:
        assert ws.history(account_id, since=datetime.now(UTC) + timedelta(hours=1)) == []
        assert len(ws.history(account_id, since=start)) == 3
        other = sorted(ws.load(account_id).people)[1]
        assert ws.history(account_id, person=other) == []


def test_a_refused_edit_leaves_no_entry(tmp_path: Path) -> None:
    target = str(tmp_path / "ws.kam")
    account_id = _account(target)
    with Workspace.open(target) as a, Workspace.open(target) as b:
        mine, theirs = a.load(account_id), b.load(account_id)
        pid = sorted(mine.people)[0]
        mine.update_person(mine.person(pid)._replace(title="Mine"))
        with pytest.raises(Exception, match="changed or removed elsewhere"):
            theirs.update_person(theirs.person(pid)._replace(title="Theirs"))
        assert len(a.history(account_id)) == 2


def test_history_is_append_only(workspace_target: str) -> None:
    account_id = _account(workspace_target)
    url = workspace_target if "://" in workspace_target else f"sqlite:///{workspace_target}"
    engine = create_engine(url)
    try:
        for statement in ("UPDATE history SET author = 'someone else'",
                          "DELETE FROM history", "DELETE FROM history_items",
                          "UPDATE history_items SET after = NULL"):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM history")).scalar() == 1
    finally:
        engine.dispose()
    with Workspace.open(workspace_target) as ws:
        assert len(ws.history(account_id)) == 1


def test_a_real_schema_2_file_is_migrated(tmp_path: Path) -> None:
    """tests/store/data/schema2.kam was written by kamdesk at schema 2 (before issue 15)."""
    path = tmp_path / "old.kam"
    shutil.copyfile(DATA / "schema2.kam", path)
    with Workspace.open(path) as ws:
        assert ws.backup_path is not None and ws.backup_path.name == "old.schema2-backup.kam"
        assert ws.check() == []
        account = ws.accounts()[0]
        graph = ws.load(account.id)
        titles = [p.title for p in graph.people.values()]
        assert "edited under schema 2" in titles
        assert ws.history(account.id) == []  # nothing was recorded before schema 3
        pid = sorted(graph.people)[0]
        graph.update_person(graph.person(pid)._replace(title="after the upgrade"))
        assert [e.author for e in ws.history(account.id)] == [getpass.getuser()]
    con = sqlite3.connect(ws.backup_path)  # the backup is the schema-2 file
    assert con.execute("SELECT value FROM kamdesk_meta WHERE key = 'schema_version'"
                       ).fetchone() == ("2",)
    con.close()
    with Workspace.open(path) as ws:
        assert ws.backup_path is None
        again = ws.load(account.id)
        assert again.person(pid).title == "after the upgrade"
        assert without_versions(snapshot(again))["nodes"] == sorted(graph.people)
        with ws.engine.connect() as conn:
            version = conn.execute(
                text("SELECT value FROM kamdesk_meta WHERE key = 'schema_version'")).scalar()
        assert version == str(schema.SCHEMA_VERSION) == "4"


def test_the_file_holds_exactly_the_known_triggers(tmp_path: Path) -> None:
    path = tmp_path / "t.kam"
    _account(str(path))
    con = sqlite3.connect(path)
    try:
        found = {(kind, name) for kind, name in con.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")}
    finally:
        con.close()
    assert found == set(history.SQLITE_TRIGGERS)


def test_the_guards_can_be_created_again(workspace_target: str) -> None:
    """A migration run over a database that has them already (an old kamdesk wrote the meta
    back to schema 2 but left the tables) must not fail on the triggers."""
    account_id = _account(workspace_target)
    url = workspace_target if "://" in workspace_target else f"sqlite:///{workspace_target}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            history.create_guards(conn)
            conn.execute(text("UPDATE kamdesk_meta SET value = '2' "
                              "WHERE key = 'schema_version'"))
    finally:
        engine.dispose()
    with Workspace.open(workspace_target) as ws:
        assert len(ws.history(account_id)) == 1
        graph = ws.load(account_id)
        pid = sorted(graph.people)[0]
        graph.update_person(graph.person(pid)._replace(title="after a second upgrade"))
        assert len(ws.history(account_id)) == 2


def test_a_file_records_the_rows_sqlalchemy_recorded(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """``record`` on a ``.kam`` file writes plain SQL (history._record_in_file): the history
    and history_items rows, values and storage classes, are those SQLAlchemy's INSERTs wrote
    for the same change set at the same instant, and they read back as the same entry."""
    from kamdesk.graph.changes import Change
    from tests.helpers import tiny_graph
    from tests.io.test_import_fast_paths import typed_rows

    fixed = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:  # type: ignore[override]
            return fixed  # type: ignore[return-value]

    monkeypatch.setattr(history, "datetime", Clock)
    graph = tiny_graph()
    person, link = next(iter(graph.people.values())), next(iter(graph.links.values()))
    changes = (Change(None, graph.account), Change(person, person._replace(title="новый")),
               Change(link, None))
    plain, reference = tmp_path / "plain.kam", tmp_path / "reference.kam"
    entries = []
    for path in (plain, reference):
        with Workspace.open(path, create=True) as ws:
            with ws.engine.begin() as conn:
                if path == plain:
                    assert history.record(conn, changes, "origin") == 1
                else:  # what record wrote on a file before: SQLAlchemy's expressions
                    key = conn.execute(schema.history.insert().values(
                        account_id=graph.id, origin="origin", author=history.os_user(),
                        at=fixed)).inserted_primary_key
                    assert key is not None
                    conn.execute(schema.history_items.insert(), [
                        history._item(int(key[0]), seq, graph.id, change)
                        for seq, change in enumerate(changes)])
            entries.append(ws.history(graph.id))
    for table in ("history", "history_items"):
        assert typed_rows(plain, table) == typed_rows(reference, table), table
    assert len(typed_rows(plain, "history_items")) == 3
    assert entries[0] == entries[1] and len(entries[0]) == 1
