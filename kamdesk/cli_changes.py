"""``kamdesk changes``: what changed in an account since a date or its last meeting.

The facts come from ``kamdesk.graph.changes_since`` over the store's history; this only
parses the date and lays them out. A bad date or an account without a held meeting is a
WorkspaceError or usage error, which ``cli.main`` reports in one line.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from typing import Any

from kamdesk.graph.changes_since import (
    as_facts,
    describe,
    last_meeting_day,
    names_of,
    summarize,
)
from kamdesk.graph.entities import Meeting
from kamdesk.store import Workspace, WorkspaceError

LAST_MEETING = "last-meeting"
HELP = """\
  kamdesk changes WORKSPACE --account NAME --since DATE|last-meeting [--json]
                                           who joined, left or moved; stances, lines
"""
_SECTIONS = (("joined", "joined"), ("left", "left"), ("back", "back"), ("moved", "moved"),
             ("stance", "stance changed"), ("influence", "influence rating changed"),
             ("line added", "lines added"), ("line removed", "lines removed"))


def _since(text: str) -> datetime | str:
    """``last-meeting``, or a date (from its start, UTC) or an ISO date-time."""
    if text == LAST_MEETING:
        return text
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
        found = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date (YYYY-MM-DD) nor {LAST_MEETING}: {text!r}") from None
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("changes", help="what changed in an account since a date: people who "
                                       "joined, left or moved, stances, lines")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--since", required=True, type=_since, metavar="DATE",
                   help=f"an ISO date (YYYY-MM-DD, from its start, UTC) or {LAST_MEETING}")
    p.add_argument("--json", action="store_true", help="print JSON")


def cmd_changes(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        account = ws.find_account(args.account)
        graph = ws.load(account.id)
        since = args.since
        if since == LAST_MEETING:
            day = last_meeting_day(graph.records(Meeting).values(), date.today())
            if day is None:
                raise WorkspaceError(f"{account.name} has no meeting held yet; name a date")
            since = datetime.combine(day, datetime.min.time(), UTC)
        entries = ws.history(account.id, since=since)
    rows = as_facts(summarize(entries), names_of(entries, graph.people))
    if args.json:
        print(json.dumps({"account": account.name, "since": since.isoformat(),
                          "changes": rows}, ensure_ascii=False, indent=2))
        return 0
    print(f"{account.name}: what changed since {since.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
          + (" (the last meeting)" if args.since == LAST_MEETING else ""))
    for what, title in _SECTIONS:
        shown = [r for r in rows if r["what"] == what]
        if shown:
            print(f"{title}:")
        for r in shown:
            by = f"{r['at'][:10]} by {r['by']}"
            print(f"  {describe(r)}  ({by})")
    print(f"{len(rows)} changes")
    return 0


COMMANDS = {"changes": cmd_changes}
