"""A person who left: the account's memory (issue 14).

People are never silently lost when they leave the client (or us): a person is *marked* as
left — the day, where they went, who succeeded them — and kept with every line and record,
so the history, the plan's "what changed" and the old org chart still know them. Everything
that describes the account *as it is now* — the chart by default, the comb and its
coverage, the signals, the analysis, the printed plan — reads ``present(graph)``: the
account without them.

The rule on successors is ``graph.rules.check_successor`` (one rule for edits and
``kamdesk check``); ``mark_left`` makes the whole edit — the person marked and, when asked,
their counterpart lines handed to the successor — one change set, so it is one undo step
and one history entry.
"""

from __future__ import annotations

from datetime import date
from weakref import WeakKeyDictionary

from kamdesk.graph import rules, validate
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import RECORD_TYPES, Link, Person
from kamdesk.graph.errors import InvalidValueError
from kamdesk.graph.types import LinkKind, Side


def has_left(person: Person) -> bool:
    return person.left_on is not None


def left_people(graph: AccountGraph) -> list[Person]:
    """Those who left, in the graph's order of people."""
    return [p for p in graph.people.values() if p.left_on is not None]


def successors(graph: AccountGraph, person_id: str) -> list[Person]:
    """Who may succeed ``person_id``: the others of the same side who have not left, by
    name (the successor drop-down)."""
    leaver = graph.person(person_id)
    return sorted((p for p in graph.people.values()
                   if p.side is leaver.side and p.id != person_id and p.left_on is None),
                  key=lambda p: (p.name.casefold(), p.id))


def mark_left(graph: AccountGraph, person_id: str, left_on: date, left_to: str = "",
              successor_id: str | None = None, *, hand_over: bool = False) -> ChangeSet:
    """Mark a person as left, in one change set (one undo step, one history entry).

    ``hand_over``: their counterpart lines move to the successor (same strength, note and
    last contact), except a line the successor already has, which stays with the person
    who left. Refused, with nothing changed, when the successor breaks the rule
    (``rules.check_successor``) or a hand-over has no successor.
    """
    before = graph.person(person_id)
    left_on = validate.day("left on", left_on)
    after = before._replace(left_on=left_on, left_to=validate.text("left to", left_to),
                            successor_id=successor_id)
    rules.check_successor(after, graph.people, before)
    if hand_over and successor_id is None:
        raise InvalidValueError("successor", None, "not_empty")
    with graph.batch() as changes:
        graph.update_person(after)
        if hand_over and successor_id is not None:
            for line in graph.links_of(person_id, LinkKind.COUNTERPART):
                _hand_over(graph, line, person_id, successor_id)
    return tuple(changes)


def _hand_over(graph: AccountGraph, line: Link, leaver: str, successor: str) -> None:
    moved = line._replace(source=successor if line.source == leaver else line.source,
                          target=successor if line.target == leaver else line.target)
    if graph.find_link(LinkKind.COUNTERPART, moved.source, moved.target) is None:
        graph.update_link(moved)


def mark_back(graph: AccountGraph, person_id: str) -> ChangeSet:
    """Undo a leaving that was recorded by mistake long ago (a plain undo is ``revert``):
    the person is present again, without date, destination or successor."""
    before = graph.person(person_id)
    if before.left_on is None:
        return ()
    return graph.update_person(before._replace(left_on=None, left_to="", successor_id=None))


_PRESENT: WeakKeyDictionary[AccountGraph, tuple[int, AccountGraph]] = WeakKeyDictionary()


def present(graph: AccountGraph) -> AccountGraph:
    """The account as it is now: the graph itself when nobody left, otherwise a copy
    without those who left and their lines (records kept). Kept per graph until its next
    change, so the signals, the scores and the comb asked in turn share one copy (and the
    scores' own cache). The copy is for reading: it has no journal."""
    if not any(p.left_on is not None for p in graph.people.values()):
        return graph
    kept = _PRESENT.get(graph)
    if kept is not None and kept[0] == graph.revision:
        return kept[1]
    people = [p for p in graph.people.values() if p.left_on is None]
    here = {p.id for p in people}
    links = [x for x in graph.links.values() if x.source in here and x.target in here]
    records = [r for kind in RECORD_TYPES for r in graph.records(kind).values()]
    copy = AccountGraph.restore(graph.account, people, links, records)
    _PRESENT[graph] = (graph.revision, copy)
    return copy


def counts(graph: AccountGraph) -> dict[Side, int]:
    """How many left, per side (the status line of the People table)."""
    found = {side: 0 for side in Side}
    for p in left_people(graph):
        found[p.side] += 1
    return found
