"""The account's memory on hand-built change sets: every event once, nothing invented."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from typing import NamedTuple

from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.changes_since import as_facts, describe, last_meeting_day, summarize
from kamdesk.graph.entities import Link, Meeting
from kamdesk.graph.leaving import mark_back, mark_left
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
    assert describe(rows[0]) == "reports to line Артём → Olivia added"
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


def test_a_person_marked_as_left_is_one_event_worded_in_both_languages() -> None:
    g = tiny_graph()
    g.add_person(person("cfo2", level=2, name="Ирина Новикова"))
    done = mark_left(g, "cfo", date(2026, 2, 1), "Rival Ltd", "cfo2", hand_over=True)
    back = mark_back(g, "cfo")
    stance = g.update_person(g.person("ceo")._replace(stance=Stance.BLOCKER))
    events = summarize([E(AT, "anna", done), E(AT, "anna", back), E(AT, "bo", stance)])
    assert [(e.what, e.person_id) for e in events] == [("left", "cfo"), ("back", "cfo"),
                                                       ("stance", "ceo")]
    rows = as_facts(events, {p.id: p.name for p in g.people.values()})
    assert rows[0]["marked"] and rows[0]["left_to"] == "Rival Ltd"
    assert rows[0]["successor"] == "Ирина Новикова"
    assert describe(rows[0]) == "Olivia Bennett left (to Rival Ltd), succeeded by Ирина Новикова"
    assert describe(rows[0], "ru") == ("Olivia Bennett ушёл(ла) (в Rival Ltd), "
                                       "преемник — Ирина Новикова")
    assert describe(rows[1], "ru") == "Olivia Bennett снова в компании"
    assert describe(rows[2]) == "Фёдор Королёв: stance neutral → blocker"
    assert describe(rows[2], "ru") == "Фёдор Королёв: отношение нейтрален → блокер"
