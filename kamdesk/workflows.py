"""Work that spans the workspace and the importers, shared by the command line and the app.

A layer of its own (between ui and store/io, see pyproject's import-linter contracts):
io must not know the database, and the front ends should not repeat this.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.changes_since import (
    ChangeReport,
    as_facts,
    names_of,
    since_last_meeting,
    summarize,
)
from kamdesk.graph.entities import Account, Meeting, new_id
from kamdesk.io.plan import ImportPlan, apply, plan_import
from kamdesk.io.sources import Source
from kamdesk.paths import default_workspace
from kamdesk.store import UnknownAccountError, Workspace, is_url
from kamdesk.store.creating import is_leftover as leftover

# A new account made by an import has not been rated by the KAM: both quadrant inputs are
# the bottom of their scales (0/10, "Streamline" until rated), never the flattering
# "Strategic" that the model's mid-scale defaults would give.
UNRATED = 0.0


@dataclass
class Prepared:
    """An import, planned against the account it will go into (nothing changed yet)."""

    graph: AccountGraph
    plan: ImportPlan
    new_account: bool


def prepare_import(ws: Workspace, source: Source, account: str) -> Prepared:
    """Plan ``source`` into the account named (or with that id); a new one if none is."""
    try:
        graph = ws.load(ws.find_account(account).id)
        new = False
    except UnknownAccountError:
        graph = AccountGraph(Account(new_id(), account.strip() or "Imported",
                                     attractiveness=UNRATED, relationship_strength=UNRATED))
        new = True
    with paused_gc():
        plan = plan_import(graph, source.people, by=source.manager_by, extra=source.extra,
                           alias=source.alias)
    plan.file_defects = len(source.defects)
    return Prepared(graph, plan, new)


def run_import(ws: Workspace, prepared: Prepared) -> AccountGraph:
    """Carry out a prepared import in one transaction: all of it, or (on error) none."""
    with paused_gc():
        apply(prepared.graph, prepared.plan)  # a new account: in memory, no journal yet
        if prepared.new_account:
            # one transaction for the whole new account, written from the columns the
            # plan made the people and lines from (graph/columns), where they still hold
            ws.add_account(prepared.graph, prepared.plan.checked.columns)
    return prepared.graph


def open_workspace(named: str | None) -> Workspace:
    """The workspace the app opens: the one named, or the user's default.

    The default is created with the sample portfolio on the very first run, so a new user
    has something to explore — built aside and renamed into place, so a crash then leaves
    nothing, and an empty or broken file an earlier crash left there is replaced (kept
    aside). A named .kam file that does not exist yet starts empty.
    """
    target = named or default_workspace()
    path = Path(target).expanduser()
    fresh = not is_url(target) and not path.exists()
    if named is None and not is_url(target) and (fresh or leftover(path)):
        path.parent.mkdir(parents=True, exist_ok=True)

        def fill(ws: Workspace) -> None:
            for graph in sample.generate():
                ws.add_account(graph)

        with contextlib.suppress(FileExistsError):  # another instance was quicker
            Workspace.create(path, fill, replace_leftover=True)
        fresh = False
    return Workspace.open(target, create=fresh)


def changes_since_last_meeting(workspace: Workspace, graph: AccountGraph,
                               today: date) -> ChangeReport:
    """The plan's "what changed since the last meeting", read from the workspace's history
    (the report itself stays off the database)."""
    day, held = since_last_meeting(graph.records(Meeting).values(), today)
    entries = workspace.history(graph.id, since=datetime.combine(day, datetime.min.time(),
                                                                 UTC))
    return ChangeReport(day, held, as_facts(summarize(entries),
                                            names_of(entries, graph.people)))
