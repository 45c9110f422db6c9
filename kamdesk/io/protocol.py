"""A meeting going out: the protocol as an e-mail draft (.eml), the invitation as .ics.

The draft opens in any mail program ready to send (``X-Unsent: 1`` makes Outlook open it as
a draft): the client's attendees in To, ours in Cc, the minutes of the four agenda parts
and the action plan in the body. The invitation is a standard iCalendar request with every
attendee who has an address. A meeting with a time of day is a timed event (its length, or
an hour when that is not known); one without is an all-day event. Both are built with real
encoders (``email``, ``icalendar``) so a name with a comma, a quote or Cyrillic letters
survives the trip. Dates are written as the reader's language writes them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

import icalendar

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Meeting, Person
from kamdesk.graph.meetings import actions_of, end_of, hours_text, start_of
from kamdesk.graph.types import Side
from kamdesk.io.words import day, value, word

AGENDA = ("review", "client_goals", "growth", "plan")


def _address(p: Person) -> Address | None:
    """The person's mail address, or None when there is none usable."""
    mail = p.email.strip()
    if "@" not in mail or any(c.isspace() for c in mail):
        return None
    user, _, domain = mail.rpartition("@")
    try:
        return Address(display_name=" ".join(p.name.split()), username=user, domain=domain)
    except (ValueError, IndexError):
        return None


def _attendees(graph: AccountGraph, meeting: Meeting) -> list[Person]:
    return [graph.people[a] for a in meeting.attendees if a in graph.people]


def _who(graph: AccountGraph, person_id: str | None, lang: str) -> str:
    if person_id is not None and person_id in graph.people:
        return graph.people[person_id].name
    return word("nobody", lang)


def action_lines(graph: AccountGraph, items: list[ActionItem], lang: str) -> list[str]:
    """One line per item: what — who — when — status."""
    return [f"- {a.what} — {_who(graph, a.owner_id, lang)} — "
            f"{day(a.due, lang) if a.due else word('no_date', lang)} — {value(a.status, lang)}"
            for a in items]


def when(meeting: Meeting, lang: str) -> str:
    """The day in the reader's format, and the hours when the meeting has a time."""
    hours = hours_text(meeting)
    return day(meeting.day, lang) + (f" {hours}" if hours else "")


def minutes_text(graph: AccountGraph, meeting: Meeting, lang: str) -> str:
    """The protocol as plain text: head, attendees by side, four parts, action items."""
    lines = [f"{word('minutes', lang)}: {meeting.title}",
             f"{word('date', lang)}: {when(meeting, lang)}"]
    if meeting.location:
        lines.append(f"{word('location', lang)}: {meeting.location}")
    people = _attendees(graph, meeting)
    for side, key in ((Side.CLIENT, "client_side"), (Side.INTERNAL, "our_side")):
        named = [p.name + (f" ({p.title})" if p.title else "") for p in people
                 if p.side is side]
        if named:
            lines.append(f"{word(key, lang)}: {', '.join(named)}")
    for n, part in enumerate(AGENDA, 1):
        text = getattr(meeting, part).strip() or word("no_minutes", lang)
        lines += ["", f"{n}. {word(part, lang)}", text]
    items = actions_of(graph, meeting.id)
    lines += ["", word("action_items", lang)]
    lines += action_lines(graph, items, lang) or [word("no_actions", lang)]
    return "\n".join(lines) + "\n"


def meeting_eml(graph: AccountGraph, meeting_id: str, lang: str = "en",
                now: datetime | None = None) -> bytes:
    """The protocol as an unsent e-mail (RFC 5322 bytes)."""
    meeting = graph.record(Meeting, meeting_id)
    msg = EmailMessage()
    msg["Subject"] = f"{word('minutes', lang)}: {meeting.title} ({when(meeting, lang)})"
    kam = graph.people.get(graph.account.kam_id or "")
    sender = _address(kam) if kam is not None else None
    if sender is not None:
        msg["From"] = sender
    people = _attendees(graph, meeting)
    to = [a for p in people if p.side is Side.CLIENT and (a := _address(p)) is not None]
    cc = [a for p in people if p.side is Side.INTERNAL and (a := _address(p)) is not None
          and a != sender]
    if to:
        msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["X-Unsent"] = "1"
    msg.set_content(minutes_text(graph, meeting, lang))
    return msg.as_bytes()


def meeting_ics(graph: AccountGraph, meeting_id: str, lang: str = "en",
                now: datetime | None = None) -> bytes:
    """The meeting as an iCalendar invitation: timed, from its start to its end in local
    (floating) time, when it has a time of day; else an all-day event on its day."""
    meeting = graph.record(Meeting, meeting_id)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//kamdesk//meeting//EN")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    event = icalendar.Event()
    event.add("uid", f"{meeting.id}@kamdesk")
    event.add("dtstamp", now or datetime.now(UTC))
    start, end = start_of(meeting), end_of(meeting)
    if start is not None and end is not None:
        event.add("dtstart", start)  # no zone: the attendees' local clock, as agreed
        event.add("dtend", end)
    else:
        event.add("dtstart", meeting.day)
        event.add("dtend", meeting.day + timedelta(days=1))
    event.add("summary", meeting.title)
    if meeting.location:
        event.add("location", meeting.location)
    agenda = [f"{n}. {word(part, lang)}" + (f": {getattr(meeting, part).strip()}"
                                            if getattr(meeting, part).strip() else "")
              for n, part in enumerate(AGENDA, 1)]
    event.add("description", f"{graph.account.name}\n" + "\n".join(agenda))
    kam = graph.people.get(graph.account.kam_id or "")
    organizer = _address(kam) if kam is not None else None
    if organizer is not None and kam is not None:
        event.add("organizer", icalendar.vCalAddress(f"mailto:{organizer.addr_spec}"),
                  parameters={"CN": kam.name})
    for p in _attendees(graph, meeting):
        address = _address(p)
        if address is None:
            continue
        event.add("attendee", icalendar.vCalAddress(f"mailto:{address.addr_spec}"),
                  parameters={"CN": p.name, "ROLE": "REQ-PARTICIPANT", "RSVP": "TRUE"})
    cal.add_component(event)
    return bytes(cal.to_ical())
