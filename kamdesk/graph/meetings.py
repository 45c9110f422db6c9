"""Meetings and their action items: holding a meeting, and the open actions of a portfolio.

A meeting is *held* when the contact it was happened: every client attendee's last contact
is on or after its day; a meeting with no client attendee (an internal one) is held once its
day is over, since no contact can say so. ``mark_held`` makes it so in one batch (one
transaction, one undo step), together with the last contact of each counterpart pair that
sat at the table, so the "silent client" signal clears the moment the KAM says the meeting
took place.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import ActionItem, Meeting
from kamdesk.graph.errors import InvalidValueError
from kamdesk.graph.types import ActionStatus, LinkKind, Side

DEFAULT_MINUTES = 60  # an invitation needs an end: an hour when the length is not known


def start_of(meeting: Meeting) -> datetime | None:
    """The start as a local (floating) date and time; None for an all-day meeting."""
    hours, _, minutes = meeting.time.partition(":")
    try:
        return datetime.combine(meeting.day, time(int(hours), int(minutes)))
    except ValueError:  # "" (all day), or a time that is not one
        return None


def end_of(meeting: Meeting) -> datetime | None:
    start = start_of(meeting)
    return None if start is None else start + timedelta(
        minutes=meeting.minutes if meeting.minutes > 0 else DEFAULT_MINUTES)


def hours_text(meeting: Meeting) -> str:
    """"14:30–15:30"; "14:30" when the length is not known; "" for all day."""
    start = start_of(meeting)
    if start is None:
        return ""
    if meeting.minutes <= 0:
        return f"{start:%H:%M}"
    return f"{start:%H:%M}–{start + timedelta(minutes=meeting.minutes):%H:%M}"


def client_attendees(graph: AccountGraph, meeting: Meeting) -> list[str]:
    people = graph.people
    return [a for a in meeting.attendees if a in people and people[a].side is Side.CLIENT]


def is_held(graph: AccountGraph, meeting: Meeting, today: date) -> bool:
    """The day has come and every client attendee's last contact is on or after it; with no
    client attendee, the day is over (a meeting just planned for today is not yet held)."""
    if meeting.day > today:
        return False
    attendees = client_attendees(graph, meeting)
    if not attendees:
        return meeting.day < today
    people = graph.people
    return all((c := people[a].last_contact) is not None and c >= meeting.day
               for a in attendees)


def mark_held(graph: AccountGraph, meeting_id: str, today: date) -> ChangeSet:
    """Record that the meeting took place: last contacts of the people and pairs who met.

    The contact date is the meeting's day; a later contact already recorded is kept (a
    date never moves back). A meeting in the future cannot have been held: refused.
    """
    meeting = graph.record(Meeting, meeting_id)
    if meeting.day > today:
        raise InvalidValueError("date", meeting.day.isoformat(),
                                "a meeting in the future cannot be marked as held")
    on = meeting.day
    present = set(meeting.attendees) & set(graph.people)
    with graph.batch() as collected:
        for pid in client_attendees(graph, meeting):
            person = graph.person(pid)
            if person.last_contact is None or person.last_contact < on:
                graph.update_person(person._replace(last_contact=on))
        for link in list(graph.links.values()):
            if (link.kind is LinkKind.COUNTERPART and link.source in present
                    and link.target in present
                    and (link.last_contact is None or link.last_contact < on)):
                graph.update_link(link._replace(last_contact=on))
    return tuple(collected)


def actions_of(graph: AccountGraph, meeting_id: str) -> list[ActionItem]:
    found = [a for a in graph.records(ActionItem).values() if a.meeting_id == meeting_id]
    return sorted(found, key=_by_due)


def is_overdue(item: ActionItem, today: date) -> bool:
    return not item.is_closed and item.due is not None and item.due < today


def open_actions(items: Iterable[ActionItem], today: date,
                 owner_id: str | None = None) -> list[ActionItem]:
    """Open items (optionally of one owner): overdue first, then by due date, undated last.

    Takes items of any number of accounts, so one call serves the account and the portfolio.
    """
    found = [a for a in items if not a.is_closed
             and (owner_id is None or a.owner_id == owner_id)]
    return sorted(found, key=lambda a: (not is_overdue(a, today), *_by_due(a)))


def _by_due(a: ActionItem) -> tuple[bool, date, str]:
    return (a.due is None, a.due or date.max, a.what.casefold())


def done(item: ActionItem) -> ActionItem:
    return item._replace(status=ActionStatus.DONE)
