"""The team commands of the command line: history, team, checkout, sync (issue 15).

Kept beside ``cli.py`` (which registers them) so that the main command line stays small.
Refusals are WorkspaceErrors or ValueErrors, which ``cli.main`` turns into one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kamdesk.graph.changes import Change
from kamdesk.graph.entities import Account, Entity, Link, Person
from kamdesk.store import Workspace, WorkspaceError, is_url, sync, team
from kamdesk.store.codec import codec_for

HELP = """\
  kamdesk history WORKSPACE --account NAME [--since DATE] [--person ID] [--json]
                                           who changed what, when
  kamdesk team init URL                    turn a server into a team workspace (roles)
  kamdesk team add URL LOGIN --account NAME --role owner|editor|viewer
  kamdesk team remove URL LOGIN --account NAME
  kamdesk team list URL [--account NAME] [--json]
                                           members of the accounts and their roles
  kamdesk checkout URL --account NAME -o FILE.kam
                                           copy an account into a file for the road
  kamdesk sync FILE.kam [--keep mine|theirs|both] [--server URL] [--json]
                                           send local changes, take the colleagues'"""


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

    p = sub.add_parser("team", help="members and roles of a team server")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p),
                               required=True)
    q = actions.add_parser("init", help="create the roles and row-level security")
    q.add_argument("url", metavar="URL")
    for name, text in (("add", "make LOGIN a member of an account (or change the role)"),
                       ("remove", "take LOGIN off an account")):
        q = actions.add_parser(name, help=text)
        q.add_argument("url", metavar="URL")
        q.add_argument("login", metavar="LOGIN")
        q.add_argument("--account", required=True, metavar="NAME")
        if name == "add":
            q.add_argument("--role", required=True, choices=team.ROLES)
    q = actions.add_parser("list", help="list the members and their roles")
    q.add_argument("url", metavar="URL")
    q.add_argument("--account", metavar="NAME")
    q.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("checkout", help="copy an account of a team server into a file")
    p.add_argument("url", metavar="URL")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("-o", "--output", required=True, metavar="FILE.kam")
    p = sub.add_parser("sync", help="send local changes and take the colleagues'")
    p.add_argument("file", metavar="FILE.kam")
    p.add_argument("--keep", choices=sync.KEEP,
                   help="for rows changed on both sides: keep mine, theirs, or both "
                        "(default: list the conflicts and change nothing)")
    p.add_argument("--server", metavar="URL", help="the server's URL (default: the one the "
                   "file was checked out from; a password comes from PGPASSWORD or ~/.pgpass)")
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


# ----------------------------------------------------------------------- team
def _server(url: str, *, create: bool = False) -> Workspace:
    if not is_url(url) or not url.startswith("postgresql"):
        raise WorkspaceError(f"{url!r} is not a team server URL (postgresql+psycopg://…)")
    return Workspace.open(url, create=create)


def cmd_team(args: argparse.Namespace) -> int:
    with _server(args.url, create=args.action == "init") as ws:
        if args.action == "init":
            team.init(ws)
            print(f"{ws.location} is a team workspace: members see and change only their "
                  "accounts (add them with 'kamdesk team add')")
        elif args.action == "add":
            member = team.add(ws, args.login, args.account, args.role)
            print(f"{member.login} is now {member.role} of {args.account}")
        elif args.action == "remove":
            team.remove(ws, args.login, args.account)
            print(f"{args.login} is no longer a member of {args.account}")
        else:
            names = {a.id: a.name for a in ws.accounts()}
            found = team.members(ws, args.account)
            if args.json:
                print(json.dumps([{"account_id": m.account_id,
                                   "account": names.get(m.account_id, m.account_id),
                                   "login": m.login, "role": m.role} for m in found],
                                 ensure_ascii=False, indent=2))
            else:
                for m in found:
                    print(f"{names.get(m.account_id, m.account_id)}\t{m.login}\t{m.role}")
                print(f"{len(found)} members")
    return 0


# ----------------------------------------------------------------------- offline
def cmd_checkout(args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        raise WorkspaceError(f"{target.parent}: no such folder")
    with _server(args.url) as ws:
        graph = sync.checkout(ws, args.account, target)
    print(f"checked out {graph.account.name} ({len(graph.people):,} people) to {target}; "
          f"'kamdesk sync {target}' sends your changes back")
    return 0


def _conflict_text(c: sync.Conflict, names: dict[str, str]) -> str:
    entity = c.mine if c.mine is not None else c.theirs
    assert entity is not None
    what = f"{c.kind.lower()} {_name(entity, names)} ({c.entity_id})"
    if c.mine is None:
        return f"{what}: removed here, changed on the server"
    if c.theirs is None:
        return f"{what}: changed here, removed on the server"
    shown = [f"{f}: mine {getattr(c.mine, f)!r} / theirs {getattr(c.theirs, f)!r}"
             for f in c.fields]
    return f"{what}: {'; '.join(shown)}"


def cmd_sync(args: argparse.Namespace) -> int:
    if is_url(args.file):
        raise WorkspaceError("sync takes a checked-out .kam file (see 'kamdesk checkout')")
    with Workspace.open(args.file) as local:
        url, account_id = sync.origin(local)
        with _server(args.server or url) as server:
            result = sync.sync(local, server, args.keep)
            names = {p.id: p.name for p in local.load(account_id).people.values()}
    if args.json:
        print(json.dumps({"applied": result.applied, "sent": result.sent,
                          "taken": result.taken, "conflicts": [
                              {"kind": c.kind, "id": c.entity_id, "fields": c.fields,
                               "mine": _row(c.mine), "theirs": _row(c.theirs),
                               "text": _conflict_text(c, names)}
                              for c in result.conflicts]}, ensure_ascii=False, indent=2))
    else:
        for c in result.conflicts:
            print(f"conflict: {_conflict_text(c, names)}")
    if not result.applied:
        print(f"kamdesk: {len(result.conflicts)} rows were changed on both sides; nothing was "
              "changed: run again with --keep mine, theirs or both", file=sys.stderr)
        return 1
    if not args.json:
        kept = f" (kept {args.keep})" if result.conflicts else ""
        print(f"sent {result.sent}, took {result.taken}, {len(result.conflicts)} "
              f"conflicts{kept}")
    return 0


COMMANDS = {"history": cmd_history, "team": cmd_team, "checkout": cmd_checkout,
            "sync": cmd_sync}
