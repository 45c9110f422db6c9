"""The account's memory on hand-built change sets: every event once, nothing invented."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from typing import NamedTuple

from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.changes_since import as_facts, describe, last_meeting_day, summarize
from kamdesk.graph.entities import Link, Meeting
from kamdesk.graph.types import LinkKind, Stance
from tests.helpers import ACC, person, tiny_graph

AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


class E(NamedTuple):
    at: datetime
    author: str
    changes: ChangeSet


def test_a_join_brings_its_lines_and_manager_without_extra_events() -> None:
    g = tiny_graph()
    new = person("new", level=3)
    solid = Link("r-new", ACC, LinkKind.REPORTS_TO, "new", "ceo")
    counterpart = Link("cp-new", ACC, LinkKind.COUNTERPART, "kam", "new")
    events = summarize([E(AT, "anna", (Change(None, new), Change(None, solid),
                                       Change(None, counterpart)))])
    assert [(e.what, e.person_id, e.author) for e in events] == [("joined", "new", "anna")]
    assert g.people  # the helper's graph is untouched by the summary


def test_a_dotted_line_is_a_line_and_a_solid_one_a_move() -> None:
    dotted = Link("d1", ACC, LinkKind.REPORTS_TO, "cto", "cfo", dotted=True)
    old = Link("r-cto", ACC, LinkKind.REPORTS_TO, "cto", "ceo")
    events = summarize([
        E(AT, "a", (Change(None, dotted),)),
        E(AT, "b", (Change(old, old._replace(target="cfo")),)),
        E(AT, "c", (Change(old._replace(target="cfo"), None),)),  # now reports to nobody
    ])
    assert [(e.what, e.before, e.after, e.author) for e in events] == [
        ("line added", None, None, "a"), ("moved", "ceo", "cfo", "b"),
        ("moved", "cfo", None, "c")]
    rows = as_facts(events, {"cto": "Артём", "cfo": "Olivia", "ceo": "Фёдор"})
    assert describe(rows[0]) == "reports_to line Артём → Olivia added"
    assert describe(rows[2]) == "Артём moved: reports to nobody (was Olivia)"


def test_every_stance_step_is_kept_and_other_fields_are_not_events() -> None:
    p = person("p", stance=Stance.BLOCKER)
    steps = [p, p._replace(stance=Stance.NEUTRAL), p._replace(stance=Stance.NEUTRAL,
                                                               title="Head of IT")]
    events = summarize([E(AT, "x", (Change(a, b),)) for a, b in itertools.pairwise(steps)])
    assert [(e.what, e.before, e.after) for e in events] == [("stance", "blocker", "neutral")]


def test_the_last_held_meeting_ignores_planned_ones() -> None:
    ms = [Meeting(str(i), ACC, day, "m") for i, day in enumerate(
        (date(2026, 1, 10), date(2026, 2, 20), date(2026, 5, 1)))]
    assert last_meeting_day(ms, date(2026, 3, 1)) == date(2026, 2, 20)
    assert last_meeting_day(ms, date(2025, 1, 1)) is None


def test_a_manager_leaving_is_one_event_not_a_move_of_each_report() -> None:
    g = tiny_graph()
    events = summarize([E(AT, "x", g.remove_person("cfo"))])  # analyst loses a manager
    assert [(e.what, e.person_id) for e in events] == [("left", "cfo")]
