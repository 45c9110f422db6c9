"""The team commands of the command line: history, team, checkout, sync (issue 15).

Kept beside ``cli.py`` (which registers them) so that the main command line stays small.
Refusals are WorkspaceErrors or ValueErrors, which ``cli.main`` turns into one line on stderr.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from typing import Any

from kamdesk.graph.changes import Change
from kamdesk.graph.entities import Account, Entity, Link, Person
from kamdesk.store import Workspace
from kamdesk.store.codec import codec_for

HELP = """\
  kamdesk history WORKSPACE --account NAME [--since DATE] [--person ID] [--json]
                                           who changed what, when"""


def _when(text: str) -> datetime:
    """A date (the start of that day, UTC) or an ISO date-time."""
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
        found = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def add_parsers(sub: Any) -> None:
    """Add the team commands to the top parser's subparsers."""
    p = sub.add_parser("history", help="who changed what in an account, when")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--since", type=_when, metavar="DATE", help="from this date on (UTC)")
    p.add_argument("--person", metavar="ID", help="only changes touching this person")
    p.add_argument("--json", action="store_true", help="print JSON")


# ----------------------------------------------------------------------- history
def _name(entity: Entity, names: dict[str, str]) -> str:
    if isinstance(entity, Person | Account):
        return entity.name
    if isinstance(entity, Link):
        return (f"{entity.kind.value} {names.get(entity.source, entity.source)} → "
                f"{names.get(entity.target, entity.target)}")
    for field in ("name", "title", "what", "description"):
        value = getattr(entity, field, None)
        if isinstance(value, str) and value:
            return value if len(value) <= 40 else value[:39] + "…"
    return entity.id


def _fields(change: Change) -> list[str]:
    if change.before is None or change.after is None:
        return []
    return [f for f, a, b in zip(change.before._fields, change.before, change.after,
                                 strict=True) if a != b and f != "version"]


def _row(entity: Entity | None) -> dict[str, Any] | None:
    if entity is None:
        return None
    return {k: v for k, v in codec_for(entity).encode(entity).items()
            if not isinstance(v, bytes)}


def describe(change: Change, names: dict[str, str]) -> str:
    kind = type(change.entity).__name__.lower()
    what = f"{kind} {_name(change.entity, names)}"
    if change.is_add:
        return f"added {what}"
    if change.is_remove:
        return f"removed {what}"
    return f"changed {what}: {', '.join(_fields(change)) or 'nothing visible'}"


def cmd_history(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        account = ws.find_account(args.account)
        entries = ws.history(account.id, since=args.since, person=args.person)
        names = {p.id: p.name for p in ws.load(account.id).people.values()}
    for entry in entries:  # people removed since are named as they were
        for change in entry.changes:
            if isinstance(change.entity, Person):
                names.setdefault(change.entity.id, change.entity.name)
    if args.json:
        print(json.dumps([{
            "id": e.id, "at": e.at.isoformat(), "author": e.author,
            "changes": [{"action": "added" if c.is_add else "removed" if c.is_remove
                         else "changed", "kind": type(c.entity).__name__, "id": c.entity.id,
                         "text": describe(c, names), "fields": _fields(c),
                         "before": _row(c.before), "after": _row(c.after)}
                        for c in e.changes]} for e in entries],
            ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        head = f"{e.at.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC  {e.author}"
        shown = [describe(c, names) for c in e.changes]
        more = f" … and {len(shown) - 3} more" if len(shown) > 3 else ""
        print(f"{head}  {'; '.join(shown[:3])}{more}")
    print(f"{len(entries)} changes")
    return 0


COMMANDS = {"history": cmd_history}
