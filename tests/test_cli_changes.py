"""``kamdesk changes`` on real files: edits made through a Workspace come back exactly."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kamdesk.graph.changes_since import names_of, summarize
from kamdesk.graph.entities import Link, Meeting
from kamdesk.graph.types import LinkKind, Stance
from kamdesk.store import Workspace
from tests.helpers import ACC, person, tiny_graph
from tests.test_cli import kamdesk


def _edited(path: Path) -> datetime:
    """tiny_graph saved, a meeting held, then one edit of each kind; the time between."""
    graph = tiny_graph()
    graph.add_link(Link("inf1", ACC, LinkKind.INFLUENCES, "cto", "cfo", weight=2))
    graph.add_record(Meeting("m1", ACC, date.today() - timedelta(days=3), "Kick-off"))
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
        mark = datetime.now(UTC)
        g = ws.load(ACC)
        g.add_person(person("new", level=3, name="Новый Руководитель"))
        g.set_manager("analyst", "cto")  # moved: was cfo
        g.update_person(g.person("ceo")._replace(stance=Stance.SUPPORTER, influence=5))
        g.add_link(Link("inf2", ACC, LinkKind.INFLUENCES, "ceo", "cto", weight=3))
        g.remove_link("inf1")
        g.remove_person("cfo")  # left, with their counterpart line and reports
    return mark


def test_changes_reports_exactly_the_edits(tmp_path: Path) -> None:
    path = tmp_path / "c.kam"
    mark = _edited(path)
    result = kamdesk("changes", str(path), "--account", "acc1", "--since", mark.isoformat(),
                     "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["changes"]
    got = [(r["what"], r["person_id"], r.get("from"), r.get("to")) for r in rows]
    assert got == [
        ("joined", "new", None, None),
        ("moved", "analyst", "Olivia Bennett", "Артём Семёнов"),
        ("stance", "ceo", "neutral", "supporter"),
        ("influence", "ceo", "3", "5"),
        ("line added", "ceo", None, None),
        ("line removed", "cto", None, None),
        ("left", "cfo", None, None),
    ]
    assert all(r["by"] == getpass.getuser() for r in rows)
    assert rows[4]["kind"] == "influences" and rows[4]["target"] == "Артём Семёнов"
    assert rows[6]["person"] == "Olivia Bennett"  # named as they were, though gone
    # the same through the library: the pure summary of the workspace's history
    with Workspace.open(path) as ws:
        entries = ws.history(ACC, since=mark)
        events = summarize(entries)
        assert names_of(entries, ws.load(ACC).people)["cfo"] == "Olivia Bennett"
    assert [e.what for e in events] == [g[0] for g in got]


def test_changes_as_text_and_since_the_last_meeting(tmp_path: Path) -> None:
    path = tmp_path / "c.kam"
    _edited(path)
    result = kamdesk("changes", str(path), "--account", "Тест «Альфа»", "--since",
                     "last-meeting")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "(the last meeting)" in text
    assert "Новый Руководитель joined" in text and "Olivia Bennett left" in text
    assert "Анна Петрова moved: reports to Артём Семёнов (was Olivia Bennett)" in text
    assert "Фёдор Королёв: stance neutral → supporter" in text
    assert "influences line Фёдор Королёв → Артём Семёнов added" in text
    assert "influences line Артём Семёнов → Olivia Bennett removed" in text
    assert text.splitlines()[-1] == "7 changes"  # the account's creation is no person event
    future = (date.today() + timedelta(days=1)).isoformat()
    result = kamdesk("changes", str(path), "--account", ACC, "--since", future)
    assert result.stdout.splitlines()[-1] == "0 changes"


def test_changes_refusals_are_one_line(tmp_path: Path) -> None:
    path = tmp_path / "c.kam"
    graph = tiny_graph()
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
    for args, code, words in [
            (("--account", ACC, "--since", "yesterday"), 2, "not a date"),
            (("--account", "Nobody", "--since", "2026-01-01"), 1, "no account named"),
            (("--account", ACC, "--since", "last-meeting"), 1, "no meeting held"),
            (("--account", ACC), 2, "--since")]:
        result = kamdesk("changes", str(path), *args)
        assert result.returncode == code, result
        assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
