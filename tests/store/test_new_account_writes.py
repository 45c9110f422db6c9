"""Writing a whole new account (store/inserting.checked_here): its references are checked
once, in sets, and SQLite's row-by-row foreign-key look-ups are off only while it is
written. These tests show the check refuses what SQLite would, that the checks are on
again afterwards (on the same pooled connection), and that a failure after the inserts
leaves the workspace as it was — read through a second connection and by another process.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kamdesk.graph.entities import RECORD_TYPES, Account, Link, Person
from kamdesk.graph.types import LinkKind
from kamdesk.store import Workspace, WorkspaceError, history, inserting
from kamdesk.store.codec import CODECS
from kamdesk.store.inserting import references_hold
from tests.helpers import ACC, tiny_graph


def rows_of(graph: Any, people: list[Person] | None = None,
            links: list[Link] | None = None) -> list[tuple[Any, list[Any]]]:
    return [(CODECS[Account], [graph.account]),
            (CODECS[Person], list(graph.people.values()) if people is None else people),
            (CODECS[Link], list(graph.links.values()) if links is None else links),
            *((CODECS[k], list(graph.records(k).values())) for k in RECORD_TYPES)]


def bound_copy(graph: Any, path: Path) -> Path:
    """A new workspace at ``path`` with ``graph``'s account, people and lines written by
    plain sqlite3, every value of every row bound: what the store's writes must equal."""
    Workspace.open(path, create=True).close()
    with sqlite3.connect(path) as conn:
        for codec, entities in rows_of(graph)[:3]:
            encoded = codec.encode_all(entities)
            conn.executemany(f"INSERT INTO {codec.table.name} VALUES "
                             f"({', '.join('?' * len(encoded[0]))})", encoded)
    return path


def test_references_hold_for_an_account_and_not_for_a_dangling_row() -> None:
    graph = tiny_graph()
    assert references_hold(rows_of(graph))
    dangling = Link("x", ACC, LinkKind.REPORTS_TO, "cto", "nobody")
    assert not references_hold(rows_of(graph, links=[*graph.links.values(), dangling]))
    stray = Person("p9", "another-account", graph.people["cto"].side, "Stray")
    assert not references_hold(rows_of(graph, people=[*graph.people.values(), stray]))
    without_people = [r for r in rows_of(graph) if r[0] is not CODECS[Person]]
    assert not references_hold(without_people)  # links point at a table not written


def foreign_keys_on(ws: Workspace) -> int:
    with ws.engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one())


def counts(path: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(path)  # a second connection, not the workspace's
    try:
        a, p, n = (int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                   for t in ("accounts", "people", "links"))
        return a, p, n
    finally:
        con.close()


def counts_elsewhere(path: Path) -> list[int]:
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print([c.execute(f'SELECT count(*) FROM {t}').fetchone()[0] for t in "
            "('accounts', 'people', 'links')] + "
            "[len(c.execute('PRAGMA foreign_key_check').fetchall())])")
    out = subprocess.run([sys.executable, "-c", code, str(path)], check=True,
                         capture_output=True, text=True)
    return [int(x) for x in out.stdout.strip().strip("[]").split(",")]


def test_a_new_account_is_written_whole_and_the_checks_are_on_again(tmp_path: Path) -> None:
    path = tmp_path / "w.kam"
    graph = tiny_graph()
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
        assert foreign_keys_on(ws) == 1  # the pooled connection that wrote it
        with pytest.raises(sqlite3.IntegrityError), ws.engine.connect() as conn:
            conn.connection.driver_connection.execute(  # type: ignore[union-attr]
                "INSERT INTO links (id, account_id, kind, source, target, dotted, weight, "
                "strength, note) VALUES ('bad', ?, 'reports_to', 'cto', 'nobody', 0, 1, 1, "
                "'')", (ACC,))
        assert ws.check() == []
    assert counts(path) == (1, 6, 5)
    assert counts_elsewhere(path) == [1, 6, 5, 0]


def test_a_dangling_line_is_refused_by_sqlite_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "w.kam"
    graph = tiny_graph()
    bad = Link("bad", ACC, LinkKind.COUNTERPART, "kam", "nobody")
    graph._links["bad"] = bad  # past the domain's rules, as a bug would
    with Workspace.open(path, create=True) as ws:
        with pytest.raises(WorkspaceError):
            ws.add_account(graph)
        assert foreign_keys_on(ws) == 1
        assert ws.accounts() == []
    assert counts(path) == (0, 0, 0)


def test_a_failure_after_the_inserts_leaves_the_workspace_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(tiny_graph())
    before = path.read_bytes() if not Path(f"{path}-wal").exists() else None
    other = tiny_graph()
    other_account = other.account._replace(id="acc2", name="Other")
    graph = type(other)(other_account)
    for p in other.people.values():
        graph.add_person(p._replace(id=f"2{p.id}", account_id="acc2"))
    for link in other.links.values():
        graph.add_link(link._replace(id=f"2{link.id}", account_id="acc2",
                                     source=f"2{link.source}", target=f"2{link.target}"))

    def failing(*_args: Any, **_kwargs: Any) -> int:
        raise RuntimeError("injected after the inserts")

    with Workspace.open(path) as ws:
        monkeypatch.setattr(history, "record", failing)
        with pytest.raises(RuntimeError, match="injected"):
            ws.add_account(graph)
        monkeypatch.undo()
        assert foreign_keys_on(ws) == 1
        assert [a.name for a in ws.accounts()] == ["Тест «Альфа»"]
        assert ws.check() == []
    assert counts(path) == (1, 6, 5)
    assert counts_elsewhere(path) == [1, 6, 5, 0]
    if before is not None:
        assert path.read_bytes() == before


# ------------------------------------------------ indexes built after the rows (empty tables)
def big_file(folder: Path, rows: int = inserting.INDEXES_AFTER + 200) -> Path:
    lines = ["id,name,manager,title"]
    lines += [f"{i},Имя{i} Фамилия{i},{(i - 1) // 5 if i else ''},Специалист"
              for i in range(rows)]
    path = folder / "people.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def schema_of(path: Path) -> list[tuple[str, str, str, str | None]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        con.close()


def statements(ws: Workspace, sent: list[str]) -> Any:
    from sqlalchemy import event

    def keep(_c: object, _cur: object, sql: str, *_rest: object) -> None:
        sent.append(sql)

    event.listen(ws.engine, "before_cursor_execute", keep)
    return keep


def import_into(ws: Workspace, source: Path, account: str) -> int:
    from kamdesk.io.sources import read_source
    from kamdesk.workflows import prepare_import, run_import

    return len(run_import(ws, prepare_import(ws, read_source(source), account)).people)


def test_indexes_built_after_the_rows_leave_the_schema_as_it_was(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "never.kam", create=True).close()
    source = big_file(tmp_path)
    path = tmp_path / "w.kam"
    sent: list[str] = []
    with Workspace.open(path, create=True) as ws:
        statements(ws, sent)
        assert import_into(ws, source, "First") == inserting.INDEXES_AFTER + 200
        dropped = sorted(s for s in sent if s.startswith("DROP INDEX"))
        assert dropped == ['DROP INDEX "ix_links_account_id"', 'DROP INDEX "ix_links_source"',
                           'DROP INDEX "ix_links_target"', 'DROP INDEX "ix_people_account_id"']
        sent.clear()  # a second account: the tables hold rows, the indexes stay
        assert import_into(ws, source, "Second") == inserting.INDEXES_AFTER + 200
        assert not [s for s in sent if "INDEX" in s]
        assert ws.check() == []
    assert schema_of(path) == schema_of(tmp_path / "never.kam")
    assert counts_elsewhere(path) == [2, 2 * 1200, 2 * 1199, 0]
    con = sqlite3.connect(path)
    plan = con.execute("EXPLAIN QUERY PLAN SELECT * FROM links WHERE source = 'x'").fetchall()
    con.close()
    assert "ix_links_source" in str(plan)  # the index is there and used


def test_a_failure_between_drop_and_create_leaves_the_workspace_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Workspace.open(tmp_path / "never.kam", create=True).close()
    source = big_file(tmp_path)
    path = tmp_path / "w.kam"
    real = inserting.insert_rows

    def failing_at_lines(conn: Any, codec: Any, entities: Any, *given: Any) -> None:
        if codec is CODECS[Link]:  # the people are in, the indexes dropped
            raise RuntimeError("injected between the inserts")
        real(conn, codec, entities, *given)

    with Workspace.open(path, create=True) as ws:
        monkeypatch.setattr(inserting, "insert_rows", failing_at_lines)
        with pytest.raises(RuntimeError, match="injected"):
            import_into(ws, source, "Client")
        monkeypatch.undo()
        assert foreign_keys_on(ws) == 1
        assert ws.accounts() == []
        assert ws.check() == []
    assert schema_of(path) == schema_of(tmp_path / "never.kam")
    assert counts(path) == (0, 0, 0)
    assert counts_elsewhere(path) == [0, 0, 0, 0]
    with Workspace.open(path) as ws:  # and it takes the import afterwards
        assert import_into(ws, source, "Client") == 1200


# ------------------------------------------------ the rows handed to the driver one by one
def test_rows_streamed_to_the_driver_are_the_rows_of_the_entities(tmp_path: Path) -> None:
    """``write_many`` hands the driver each row as ``zip`` makes it (no list kept): what is
    stored is every entity's row, in full, through a second connection and another
    process, for a batch large enough to take the indexes-after path too."""
    from tests.io.test_import_fast_paths import typed_rows

    source = big_file(tmp_path)
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        assert import_into(ws, source, "Client") == 1200
        graph = ws.load(ws.find_account("Client").id)
    bound = bound_copy(graph, tmp_path / "bound.kam")
    for table in ("accounts", "people", "links"):
        assert typed_rows(path, table) == typed_rows(bound, table), table
    assert len(typed_rows(path, "links")) == 1199
    assert counts_elsewhere(path) == [1, 1200, 1199, 0]


def test_a_row_the_driver_refuses_mid_stream_writes_nothing(tmp_path: Path) -> None:
    """Two people with one id: SQLite refuses the second row while the rows stream in; the
    error is the workspace's sentence (not a bare sqlite3 error) and nothing is written."""
    path = tmp_path / "w.kam"
    graph = tiny_graph()
    first = next(iter(graph.people.values()))
    rows = rows_of(graph, people=[*graph.people.values(), first])
    with Workspace.open(path, create=True) as ws:
        with pytest.raises(WorkspaceError), ws._guard(), ws.engine.connect() as conn, \
                conn.begin():
            inserting.insert_all(conn, rows)
        assert ws.accounts() == []
        assert ws.check() == []
    assert counts(path) == (0, 0, 0)


def cache_size(conn: Any) -> int:
    return int(conn.connection.driver_connection.execute("PRAGMA cache_size").fetchone()[0])


def test_a_large_batch_gets_a_page_cache_to_hold_it_until_its_commit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While a large new account is written the connection's page cache is sized to its
    rows (so nothing spills to the log before the commit); afterwards, and for a small
    account, the pooled connection has the cache it had."""
    seen: list[int] = []
    real = inserting.insert_rows

    def watching(conn: Any, *args: Any) -> None:
        seen.append(cache_size(conn))
        real(conn, *args)

    monkeypatch.setattr(inserting, "insert_rows", watching)
    with Workspace.open(tmp_path / "w.kam", create=True) as ws:
        with ws.engine.connect() as conn:
            default = cache_size(conn)
        assert import_into(ws, big_file(tmp_path), "Big") == 1200
        assert set(seen) == {-(1200 + 1199) * inserting.CACHE_KIB_A_ROW}
        seen.clear()
        ws.add_account(tiny_graph())
        assert set(seen) == {default}
        with ws.engine.connect() as conn:
            assert cache_size(conn) == default
        assert ws.check() == []


def test_references_read_from_the_import_columns_answer_as_the_entities_do(
        tmp_path: Path) -> None:
    """``references_hold`` reads the columns an import made its people and lines from (a
    column of one value as that value) and says what it says from the entities: yes for
    the import, no for lines made from columns with a target nobody has."""
    from kamdesk.graph.columns import Columns
    from kamdesk.io.plan import apply
    from kamdesk.io.sources import read_source
    from kamdesk.workflows import prepare_import

    with Workspace.open(tmp_path / "w.kam", create=True) as ws:
        prepared = prepare_import(ws, read_source(big_file(tmp_path)), "Big")
    apply(prepared.graph, prepared.plan)
    graph, columns = prepared.graph, prepared.plan.checked.columns
    assert {Person, Link} <= set(columns)
    rows = rows_of(graph)
    assert all(columns[k].holds(e) for c, e in rows if (k := c.cls) in columns)
    assert references_hold(rows, columns) and references_hold(rows)
    lines = columns[Link].columns
    target = CODECS[Link].fields.index("target")
    for bad in ("nobody", None):
        made, carrier = Columns.build(Link, [
            c if i != target else (*c[:-1], bad) for i, c in enumerate(lines)])
        dangling = rows_of(graph, links=made)
        expected = references_hold(dangling)
        assert references_hold(dangling, {**columns, Link: carrier}) == expected
        assert expected is (bad is None)  # NULL refers to nothing; "nobody" is missing
