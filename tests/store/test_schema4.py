"""Schema 4: who left, successors, vacancies, required roles, a meeting's time; caches.

tests/store/data/schema3.kam was written by kamdesk at schema 3 (commit 6ce9708): a sample
account of 22 people, one edited title, one meeting, three history entries in the old shape.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.entities import Meeting, Person, new_id
from kamdesk.graph.types import DecisionRole, Side
from kamdesk.store import Workspace

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parents[2]


def _old_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.kam"
    shutil.copyfile(DATA / "schema3.kam", path)
    return path


def test_a_real_schema_3_file_is_migrated_with_its_history(tmp_path: Path) -> None:
    path = _old_file(tmp_path)
    with Workspace.open(path) as ws:
        assert ws.backup_path is not None and ws.backup_path.name == "old.schema3-backup.kam"
        assert ws.check() == []
        account = ws.accounts()[0]
        assert account.required_roles is None
        graph = ws.load(account.id)
        assert len(graph.people) == 22
        edited = [p for p in graph.people.values() if p.title == "edited under schema 3"]
        assert len(edited) == 1 and edited[0].left_on is None and edited[0].vacancy is False
        meeting = next(m for m in graph.records(Meeting).values()
                       if m.title == "Quarterly review")
        assert (meeting.title, meeting.time, meeting.minutes) == ("Quarterly review", "", 0)
        entries = ws.history(account.id)  # rows written in schema 3's shape still read
        assert len(entries) == 3
        old_person = entries[1].changes[0].after
        assert isinstance(old_person, Person) and old_person.title == "edited under schema 3"
        assert old_person.left_to == "" and old_person.successor_id is None
        # the new fields are written and read back through a second workspace
        successor = next(p for p in graph.people.values()
                         if p.side is edited[0].side and p.id != edited[0].id)
        graph.update_person(edited[0]._replace(left_on=date(2026, 11, 30), left_to="Acme",
                                               successor_id=successor.id))
        graph.update_record(meeting._replace(time="09:30", minutes=45))
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM kamdesk_meta WHERE key = 'schema_version'"
                       ).fetchone() == ("4",)
    con.close()
    with Workspace.open(path) as ws:
        again = ws.load(account.id)
        left = again.person(edited[0].id)
        assert (left.left_on, left.left_to, left.successor_id) == (
            date(2026, 11, 30), "Acme", successor.id)
        assert again.records(Meeting)[meeting.id][-3:-1] == ("09:30", 45)
        last = ws.history(account.id)[-2].changes[0]
        assert last.after is not None and last.after.left_to == "Acme"  # type: ignore


def test_new_fields_round_trip_on_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.kam"
    graph = sample.generate(seed=2, people=10)[0]
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
        live = ws.load(graph.id)
        live.update_account(live.account._replace(
            required_roles=(DecisionRole.DECISION_MAKER, DecisionRole.COACH)))
        pid = new_id()
        live.add_person(Person(pid, graph.id, Side.CLIENT, "Vacant post", title="CFO",
                               vacancy=True))
    with Workspace.open(path) as ws:
        again = ws.load(graph.id)
        assert again.account.required_roles == (DecisionRole.DECISION_MAKER,
                                                DecisionRole.COACH)
        assert again.person(pid).vacancy is True
        again.update_account(again.account._replace(required_roles=()))
    with Workspace.open(path) as ws:
        assert ws.load(graph.id).account.required_roles == ()  # none required ≠ default


# ---------------------------------------------------------------------- caches
_EDIT = """
import sys
from kamdesk.store import Workspace
with Workspace.open(sys.argv[1]) as ws:
    g = ws.load(sys.argv[2])
    p = g.person(sorted(g.people)[0])
    g.update_person(p._replace(title=p.title + " (edited elsewhere)"))
"""


def _edit_in_another_process(path: Path, account_id: str) -> None:
    subprocess.run([sys.executable, "-c", _EDIT, str(path), account_id], check=True,
                   cwd=ROOT, timeout=120)


def test_a_cache_is_read_while_the_account_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "c.kam"
    graph = sample.generate(seed=4, people=10)[0]
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
        stamp = ws.stamp_of(graph.id)
        assert stamp is not None and stamp > 0
        assert ws.read_cache(graph.id, "layout/1") is None
        assert ws.write_cache(graph.id, "layout/1", b"first", stamp)
    with Workspace.open(path) as ws:  # another run reads it
        assert ws.read_cache(graph.id, "layout/1") == b"first"
        assert ws.read_cache(graph.id, "other/1") is None
        live = ws.load(graph.id)
        pid = sorted(live.people)[0]
        live.update_person(live.person(pid)._replace(title="moved on"))
        assert ws.read_cache(graph.id, "layout/1") is None  # our own edit makes it stale
        after = ws.stamp_of(graph.id)
        assert after is not None and after > stamp  # our graph still is the stored state
        assert not ws.write_cache(graph.id, "layout/1", b"old", stamp)  # an old state
        assert ws.write_cache(graph.id, "layout/1", b"second", after)
        assert ws.read_cache(graph.id, "layout/1") == b"second"


def test_another_process_makes_a_cache_stale(tmp_path: Path) -> None:
    path = tmp_path / "p.kam"
    graph = sample.generate(seed=4, people=10)[0]
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
    with Workspace.open(path) as ws:
        live = ws.load(graph.id)
        stamp = ws.stamp_of(graph.id)
        assert stamp is not None and ws.write_cache(graph.id, "layout/1", b"x", stamp)
        _edit_in_another_process(path, graph.id)
        assert ws.read_cache(graph.id, "layout/1") is None
        # a result computed before that edit is not kept under the new state
        assert not ws.write_cache(graph.id, "layout/1", b"y", stamp)
        # our next edit follows theirs: this graph is no longer known to be the stored state
        pid = sorted(live.people)[-1]
        live.update_person(live.person(pid)._replace(title="ours"))
        assert ws.stamp_of(graph.id) is None


def test_a_read_only_file_keeps_no_cache(tmp_path: Path) -> None:
    path = tmp_path / "ro.kam"
    graph = sample.generate(seed=4, people=5)[0]
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
    path.chmod(0o444)
    try:
        with Workspace.open(path) as ws:
            ws.load(graph.id)
            stamp = ws.stamp_of(graph.id)
            assert stamp is not None
            assert ws.write_cache(graph.id, "layout/1", b"x", stamp) is False
    finally:
        path.chmod(0o644)


def test_deleting_an_account_deletes_its_caches(tmp_path: Path) -> None:
    path = tmp_path / "d.kam"
    graph = sample.generate(seed=4, people=5)[0]
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
        stamp = ws.stamp_of(graph.id)
        assert stamp is not None and ws.write_cache(graph.id, "layout/1", b"x", stamp)
        ws.delete_account(graph.id)
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM caches").fetchone() == (0,)
    con.close()


@pytest.mark.parametrize(("change", "word"), [
    ({"time": "25:00"}, "HH:MM"), ({"time": "9:30"}, "HH:MM"), ({"minutes": -5}, "from 0"),
])
def test_a_meeting_time_is_checked(change: dict[str, object], word: str) -> None:
    from kamdesk.graph.errors import DomainError
    graph = sample.generate(seed=4, people=5)[0]
    meeting = next(iter(graph.records(Meeting).values()))
    with pytest.raises(DomainError, match=word):
        graph.update_record(meeting._replace(**change))
    assert graph.records(Meeting)[meeting.id] == meeting
    graph.update_record(meeting._replace(time="23:59", minutes=90))
    assert graph.records(Meeting)[meeting.id].time == "23:59"


def test_required_roles_are_decision_roles() -> None:
    from kamdesk.graph.errors import DomainError
    graph = sample.generate(seed=4, people=5)[0]
    with pytest.raises(DomainError, match="required roles"):
        graph.update_account(graph.account._replace(required_roles=("boss",)))
    graph.update_account(graph.account._replace(required_roles=("coach", "coach")))
    assert graph.account.required_roles == (DecisionRole.COACH,)
