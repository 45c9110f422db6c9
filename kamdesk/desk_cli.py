"""The KAM's desk on the command line: ``risks``, ``actions`` and ``meeting-export``.

Kept beside ``cli.py`` (which parses and dispatches) so the account team's commands grow
without crowding the composition root. Errors are raised as WorkspaceError / DomainError /
ValueError: ``cli.main`` turns them into one line on stderr.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Meeting, Risk
from kamdesk.graph.meetings import is_overdue, open_actions
from kamdesk.graph.types import RiskStatus
from kamdesk.store import Workspace, WorkspaceError

SEVERITY_ORDER = ("critical", "high", "medium", "low")


def _load(args: argparse.Namespace) -> AccountGraph:
    with Workspace.open(args.workspace) as ws:
        return ws.load(ws.find_account(args.account).id)


def _name(graph: AccountGraph, person_id: str | None) -> str:
    person = graph.people.get(person_id or "")
    return person.name if person is not None else ""


def _day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def risk_rows(graph: AccountGraph) -> list[dict[str, object]]:
    """The register: open ones first, then by severity (worst first), then by date raised."""
    def order(r: Risk) -> tuple[bool, int, date]:
        return (r.status is RiskStatus.RESOLVED, SEVERITY_ORDER.index(r.severity.value),
                r.raised_on or date.min)
    return [{"id": r.id, "category": r.category.value, "description": r.description,
             "severity": r.severity.value, "status": r.status.value,
             "owner_id": r.owner_id, "owner": _name(graph, r.owner_id),
             "escalated_to": r.escalated_to, "raised_on": _day(r.raised_on),
             "due": _day(r.due), "resolved_on": _day(r.resolved_on),
             "log": [{"date": s.on.isoformat(), "step": s.kind.value, "text": s.text}
                     for s in r.log]}
            for r in sorted(graph.records(Risk).values(), key=order)]


def cmd_risks(args: argparse.Namespace) -> int:
    graph = _load(args)
    rows = risk_rows(graph)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r['id']}  {r['status']:<9} {r['severity']:<8} {r['category']:<18} "
              f"{r['owner'] or '-':<24} {r['description']}")
        for step in r["log"]:  # type: ignore[attr-defined]
            print(f"    {step['date']}  {step['step']:<15} {step['text']}")
    print(f"{len(rows)} risks")
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    graph = _load(args)
    today = date.today()
    meetings = graph.records(Meeting)
    items: list[ActionItem] = open_actions(graph.records(ActionItem).values(), today)
    rows = [{"id": a.id, "what": a.what, "owner_id": a.owner_id,
             "owner": _name(graph, a.owner_id), "due": _day(a.due), "status": a.status.value,
             "overdue": is_overdue(a, today), "meeting_id": a.meeting_id,
             "meeting": meetings[a.meeting_id].title if a.meeting_id in meetings else None}
            for a in items]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        flag = "OVERDUE " if r["overdue"] else ""
        print(f"{r['id']}  {r['due'] or '-':<10}  {flag}{r['owner'] or '-'}: {r['what']}")
    print(f"{len(rows)} open action items")
    return 0


def cmd_meeting_export(args: argparse.Namespace) -> int:
    from kamdesk.io.protocol import meeting_eml, meeting_ics

    target = Path(args.output).expanduser()
    kind = target.suffix.lower()
    if kind not in (".ics", ".eml"):
        raise WorkspaceError(f"{target.name}: a meeting is written as .ics or .eml")
    if target.is_dir() or not target.parent.is_dir():
        raise WorkspaceError(f"{target}: not a file in an existing folder")
    graph = _load(args)
    write = meeting_ics if kind == ".ics" else meeting_eml
    target.write_bytes(write(graph, args.meeting, args.lang))
    print(f"wrote {target}")
    return 0
