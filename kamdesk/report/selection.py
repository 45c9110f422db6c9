"""Which client people the plan prints: everyone, the key people, a department, N levels.

A 1,000-person chart is 70 pages nobody reads before a negotiation, so above
``KEY_DEFAULT_OVER`` people the plan prints the buying centre — everybody with a decision
role, a known leaning (champion, skeptic, blocker) or one of our people as counterpart —
and the managers above them: the lines of command a director asks about. The choice is a
set of ids; the chart and the people list print that set, the summary and the signals
always speak of the whole account.
"""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk.graph import comb, queries
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.types import Side, Stance
from kamdesk.report.context import is_key

KEY_DEFAULT_OVER = 200
SCOPES = ("auto", "all", "key")


@dataclass(frozen=True)
class Choice:
    """What the user asked to print (the command line's --scope, --department, --levels)."""

    scope: str = "auto"  # auto: key people over KEY_DEFAULT_OVER client people, else all
    department: str | None = None
    levels: int | None = None  # print levels 1..levels only


def select(graph: AccountGraph, choice: Choice) -> tuple[frozenset[str], str]:
    """The ids to print, and the mode chosen ("all", "key", "department", "levels")."""
    if choice.scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {choice.scope!r}")
    clients = [p for p in graph.people.values() if p.side is Side.CLIENT]
    chosen = {p.id for p in clients}
    mode = "all"
    if choice.department is not None:
        wanted = queries.folded(choice.department)
        chosen = {p.id for p in clients if queries.folded(p.department) == wanted}
        if not chosen:
            raise ValueError(f"no client people in a department called {choice.department!r}")
        mode = "department"
    if choice.levels is not None:
        if not 1 <= choice.levels <= 4:
            raise ValueError("levels must be from 1 to 4")
        chosen = {pid for pid in chosen if graph.people[pid].level <= choice.levels}
        mode = "levels" if mode == "all" else mode
    big = len(clients) > KEY_DEFAULT_OVER
    if choice.scope == "key" or (choice.scope == "auto" and big and mode == "all"):
        owned = comb.owners(graph)
        key = {p.id for p in clients if p.id in chosen and (
            is_key(p) or p.decision_role is not None or p.id in owned
            or p.stance in (Stance.CHAMPION, Stance.SKEPTIC, Stance.BLOCKER))}
        with_managers = set(key)
        for pid in key:
            with_managers.update(queries.manager_chain(graph, pid))
        chosen = with_managers & {p.id for p in clients}
        mode = "key"
    return frozenset(chosen), mode
