"""The account's memory on the command line, on real files: a person marked as left in
``kamdesk changes``, out of ``analyze`` and ``what-if``; the required roles in ``analyze``;
the plan's "What changed since the last meeting" read back from the PDF."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from kamdesk.graph.entities import Meeting
from kamdesk.graph.leaving import mark_left
from kamdesk.graph.types import DecisionRole
from kamdesk.store import Workspace
from tests.helpers import ACC, person, tiny_graph
from tests.test_cli import kamdesk

DAY = date(2026, 10, 1)


def _file(path: Path) -> datetime:
    graph = tiny_graph()
    graph.add_person(person("cfo2", level=2, name="Ирина Новикова"))
    graph.add_record(Meeting("m1", ACC, date.today() - timedelta(days=3), "Kick-off"))
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
        mark = datetime.now(UTC)
        g = ws.load(ACC)
        mark_left(g, "cfo", DAY, "Rival Ltd", "cfo2", hand_over=True)
        g.update_account(g.account._replace(required_roles=(DecisionRole.DECISION_MAKER,
                                                            DecisionRole.APPROVER)))
    return mark


def test_changes_says_who_left_where_to_and_who_followed(tmp_path: Path) -> None:
    path = tmp_path / "m.kam"
    mark = _file(path)
    result = kamdesk("changes", str(path), "--account", ACC, "--since", mark.isoformat())
    assert result.returncode == 0, result.stderr
    assert "Olivia Bennett left (to Rival Ltd), succeeded by Ирина Новикова" in result.stdout
    rows = json.loads(kamdesk("changes", str(path), "--account", ACC, "--since",
                              mark.isoformat(), "--json").stdout)["changes"]
    left = [r for r in rows if r["what"] == "left"]
    assert len(left) == 1 and left[0]["marked"] and left[0]["successor_id"] == "cfo2"
    # kept in the file, with the successor's lines
    with Workspace.open(path) as ws:
        g = ws.load(ACC)
    cfo = g.person("cfo")
    assert (cfo.left_on, cfo.left_to, cfo.successor_id) == (DAY, "Rival Ltd", "cfo2")
    assert g.link("cp1").target == "cfo2"


def test_analyze_leaves_who_left_out_and_reports_the_required_roles(tmp_path: Path) -> None:
    path = tmp_path / "m.kam"
    _file(path)
    result = kamdesk("analyze", str(path), "--account", ACC, "--json")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert "cfo" not in {row["id"] for row in facts["scores"]}
    assert facts["roles"] == {"required": ["decision_maker", "approver"],
                              "missing": ["approver"], "default": False}
    text = kamdesk("analyze", str(path), "--account", ACC).stdout
    assert "required roles: decision_maker, approver; missing: approver" in text
    refused = kamdesk("what-if", str(path), "--account", ACC, "--leaves", "Olivia Bennett")
    assert refused.returncode != 0
    assert "has left the client" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_the_plan_prints_what_changed_since_the_last_meeting(tmp_path: Path) -> None:
    path = tmp_path / "m.kam"
    _file(path)
    out = tmp_path / "plan.pdf"
    result = kamdesk("plan", str(path), "--account", ACC, "-o", str(out), "--lang", "ru")
    assert result.returncode == 0, result.stderr
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    flat = " ".join(text.split())
    assert "Что изменилось после последней встречи" in flat
    assert "Olivia Bennett ушёл(ла) (в Rival Ltd), преемник — Ирина Новикова" in flat
