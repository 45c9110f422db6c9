"""A new ``.kam`` file's schema from the statements compiled once (store/schema_ddl) is the
schema ``metadata.create_all`` makes: the same statements, the same objects in
``sqlite_master``, text for text, and a workspace that opens, imports and checks sound."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from kamdesk.store import Workspace, history, schema
from kamdesk.store.schema_ddl import compile_sqlite_ddl, sqlite_ddl


def objects(path: Path) -> list[tuple[str, str, str, str | None]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        con.close()


def test_the_kept_statements_are_what_the_metadata_compiles_to() -> None:
    assert list(sqlite_ddl()) == compile_sqlite_ddl()


def test_a_new_workspace_holds_exactly_what_create_all_makes(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "new.kam", create=True).close()
    engine = create_engine(f"sqlite:///{tmp_path / 'reference.db'}")
    with engine.begin() as conn:  # the way new files were made before: SQLAlchemy's own
        schema.metadata.create_all(conn)
        history.create_guards(conn)
    engine.dispose()
    made, reference = objects(tmp_path / "new.kam"), objects(tmp_path / "reference.db")
    assert made == reference
    assert {name for kind, name, _, _ in made if kind == "table"} == {
        t.name for t in schema.metadata.sorted_tables}
    assert len([o for o in made if o[0] == "index" and o[3]]) == sum(
        len(t.indexes) for t in schema.metadata.sorted_tables)


def test_a_new_workspace_is_sound_and_takes_an_import(tmp_path: Path) -> None:
    from kamdesk.io.sources import read_source
    from kamdesk.workflows import prepare_import, run_import

    source = tmp_path / "people.csv"
    source.write_text("id,name,manager\n1,Anna Boss,\n2,Boris Aide,1\n", encoding="utf-8")
    with Workspace.open(tmp_path / "w.kam", create=True) as ws:
        assert ws.check() == []
        run_import(ws, prepare_import(ws, read_source(source), "Client"))
    with Workspace.open(tmp_path / "w.kam") as ws:
        assert ws.check() == []
        graph = ws.load(ws.find_account("Client").id)
        assert sorted(p.name for p in graph.people.values()) == ["Anna Boss", "Boris Aide"]
        assert len(graph.links) == 1


def test_an_empty_new_file_is_the_file_an_engine_builds(tmp_path: Path) -> None:
    """``Workspace.open(create=True)`` writes its empty file over a plain sqlite3 connection
    (schema_ddl.create_file); ``Workspace.create`` with something to fill uses an engine:
    both give the same schema, meta rows, journal mode and file settings."""
    plain, engine_made = tmp_path / "plain.kam", tmp_path / "engine.kam"
    Workspace.open(plain, create=True).close()
    Workspace.create(engine_made, lambda ws: None)

    def facts(path: Path) -> list[object]:
        con = sqlite3.connect(path)
        try:
            return [objects(path), sorted(con.execute("SELECT * FROM kamdesk_meta")),
                    *(con.execute(f"PRAGMA {p}").fetchone() for p in (
                        "journal_mode", "page_size", "user_version", "application_id",
                        "auto_vacuum", "encoding", "freelist_count"))]
        finally:
            con.close()

    assert facts(plain) == facts(engine_made)
    assert facts(plain)[2] == ("wal",)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["engine.kam", "plain.kam"]
    with Workspace.open(plain) as ws:
        assert ws.check() == [] and ws.accounts() == []
