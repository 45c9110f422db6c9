"""What changed in an account since a date: the account's memory, read from its history.

The store keeps every change set with its author and time (store/history.py); this turns a
run of them into what a KAM asks before a meeting: who joined, who left, who moved (their
solid-line manager changed), whose stance or influence rating changed, which lines were drawn
or removed — each with when and by whom.

Contract: ``summarize(entries, people)`` takes the entries oldest first (anything with
``at``, ``author`` and ``changes``) and the account's current people (to name those still
there). It reports every event in order, not a net difference: a stance moved twice is two
events, a person added and removed again is a join and a leave. Lines that vanish or appear
together with a person who left or joined in the same change set are part of that event and
not listed again (nor are the reports of a manager who left losing their manager); a change
of the solid reporting line is a move, not a line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, Protocol

from kamdesk.graph.changes import Change
from kamdesk.graph.entities import Link, Meeting, Person
from kamdesk.graph.memory_words import GROUPS
from kamdesk.graph.types import LinkKind, Stance
from kamdesk.graph.vocabulary import vocabulary


class Entry(Protocol):
    """One change set with its time and author (``store.history.HistoryEntry`` is one)."""

    @property
    def at(self) -> datetime: ...

    @property
    def author(self) -> str: ...

    @property
    def changes(self) -> Sequence[Change]: ...


class Event(NamedTuple):
    """One thing that happened: ``what`` is joined, left, back, moved, stance, influence,
    line added or line removed; ``before``/``after`` the old and new value (an id for a
    move). A person *marked* as left (graph.leaving, not removed) carries ``left_to`` and
    ``successor``; "back" is such a mark taken away."""

    what: str
    at: datetime
    author: str
    person_id: str
    before: str | None = None
    after: str | None = None
    link: Link | None = None
    marked: bool = False  # left: marked as left (kept), not removed from the workspace
    left_to: str = ""
    successor: str | None = None


PERSON_EVENTS = ("joined", "left", "back", "moved", "stance", "influence")
LINE_EVENTS = ("line added", "line removed")


def last_meeting_day(meetings: Iterable[Meeting], today: date) -> date | None:
    """The day of the account's last held meeting (not after today), if any."""
    held = [m.day for m in meetings if m.day <= today]
    return max(held) if held else None


class ChangeReport(NamedTuple):
    """What the plan prints under "What changed since the last meeting": the first day,
    whether it is a held meeting's (else FALLBACK_DAYS ago) and the rows of ``as_facts``."""

    since: date
    held: bool
    rows: list[dict[str, Any]]


FALLBACK_DAYS = 30  # "since the last meeting" of an account that has held none


def since_last_meeting(meetings: Iterable[Meeting], today: date) -> tuple[date, bool]:
    """The day "what changed since the last meeting" starts: that meeting's day, or
    FALLBACK_DAYS ago when none was held (then False)."""
    day = last_meeting_day(meetings, today)
    if day is None:
        return today - timedelta(days=FALLBACK_DAYS), False
    return day, True


def grouped(rows: Sequence[Mapping[str, Any]]) -> list[tuple[str, list[Mapping[str, Any]]]]:
    """Rows of ``as_facts`` in the reader's groups (``memory_words.GROUPS``: joined, left,
    moved, stance, influence, lines), each in time order; empty groups left out. A person
    back at the client is listed with the joined."""
    found = []
    for heading, kinds in GROUPS:
        wanted = (*kinds, "back") if heading == "chg_joined" else kinds
        shown = [r for r in rows if r["what"] in wanted]
        if shown:
            found.append((heading, shown))
    return found


def summarize(entries: Iterable[Entry]) -> list[Event]:
    """Every event in the entries, oldest first (see the module's contract)."""
    events: list[Event] = []
    for entry in entries:
        events += _events(entry)
    return events


def _solid(link: Link | None) -> bool:
    return link is not None and link.kind is LinkKind.REPORTS_TO and not link.dotted


def _events(entry: Entry) -> list[Event]:
    at, author = entry.at, entry.author
    found: list[Event] = []
    joined: set[str] = set()
    left: set[str] = set()
    for c in entry.changes:
        if isinstance(c.entity, Person):
            if c.is_add:
                joined.add(c.entity.id)
            elif c.is_remove:
                left.add(c.entity.id)
    managers: dict[str, list[str | None]] = {}  # person: [before, after] solid manager
    for c in entry.changes:
        entity = c.entity
        if isinstance(entity, Person):
            if c.is_add:
                found.append(Event("joined", at, author, entity.id))
            elif c.is_remove:
                found.append(Event("left", at, author, entity.id))
            else:
                assert isinstance(c.before, Person) and isinstance(c.after, Person)
                found += _person_changed(c.before, c.after, at, author)
        elif isinstance(entity, Link):
            before = c.before if isinstance(c.before, Link) else None
            after = c.after if isinstance(c.after, Link) else None
            if _solid(before) or _solid(after):
                who = entity.source
                slot = managers.setdefault(who, [None, None])
                if _solid(before):
                    assert before is not None
                    slot[0] = slot[0] or before.target
                if _solid(after):
                    assert after is not None
                    slot[1] = after.target
                continue
            if {entity.source, entity.target} & (joined | left):
                continue
            if before is None and after is not None:
                found.append(Event("line added", at, author, after.source, link=after))
            elif after is None and before is not None:
                found.append(Event("line removed", at, author, before.source, link=before))
    for who, (old, new) in managers.items():
        if old != new and who not in joined | left and not (old in left and new is None):
            found.append(Event("moved", at, author, who, old, new))
    return found


def _person_changed(before: Person, after: Person, at: datetime,
                    author: str) -> list[Event]:
    found = []
    if before.left_on is None and after.left_on is not None:
        found.append(Event("left", at, author, after.id, marked=True, left_to=after.left_to,
                           successor=after.successor_id))
    elif before.left_on is not None and after.left_on is None:
        found.append(Event("back", at, author, after.id))
    if before.stance is not after.stance:
        found.append(Event("stance", at, author, after.id, before.stance.value,
                           after.stance.value))
    if before.influence != after.influence:
        found.append(Event("influence", at, author, after.id, str(before.influence),
                           str(after.influence)))
    return found


def names_of(entries: Iterable[Entry], people: Mapping[str, Person]) -> dict[str, str]:
    """Names for every person the entries mention: as they are now, or as they last were."""
    names: dict[str, str] = {}
    for entry in entries:
        for c in entry.changes:
            if isinstance(c.entity, Person):
                names[c.entity.id] = c.entity.name
    names.update({pid: p.name for pid, p in people.items()})
    return names


def as_facts(events: Sequence[Event], names: Mapping[str, str]) -> list[dict[str, Any]]:
    """The events as JSON-ready dicts (for ``kamdesk changes --json`` and the app)."""
    rows = []
    for e in events:
        row: dict[str, Any] = {"what": e.what, "at": e.at.isoformat(), "by": e.author,
                               "person_id": e.person_id,
                               "person": names.get(e.person_id, e.person_id)}
        if e.what == "moved":
            row |= {"from_id": e.before, "to_id": e.after,
                    "from": names.get(e.before, e.before) if e.before else None,
                    "to": names.get(e.after, e.after) if e.after else None}
        elif e.what in ("stance", "influence"):
            row |= {"from": e.before, "to": e.after}
        elif e.what == "left":
            row |= {"marked": e.marked, "left_to": e.left_to, "successor_id": e.successor,
                    "successor": names.get(e.successor) if e.successor else None}
        elif e.link is not None:
            row |= {"kind": e.link.kind.value, "source_id": e.link.source,
                    "target_id": e.link.target, "source": names.get(e.link.source),
                    "target": names.get(e.link.target)}
        rows.append(row)
    return rows


def describe(row: Mapping[str, Any], lang: str = "en") -> str:
    """One line of text for an event from ``as_facts``, in ``lang`` (the vocabulary)."""
    v = vocabulary(lang)
    what, who = row["what"], row["person"]
    if what == "left":
        parts = [v("ch_left", name=who)]
        if row.get("left_to"):
            parts[0] += " (" + v("lv_to", to=row["left_to"]) + ")"
        if row.get("successor"):
            parts.append(v("lv_successor", name=row["successor"]))
        return ", ".join(parts)
    if what in ("joined", "back"):
        return v(f"ch_{what}", name=who)
    if what == "moved":
        nobody = v("ch_nobody")
        return v("ch_moved", name=who, to=row["to"] or nobody, was=row["from"] or nobody)
    if what in ("stance", "influence"):
        was, now = row["from"], row["to"]
        if what == "stance":
            was, now = v.enum(Stance(was)), v.enum(Stance(now))
        return v(f"ch_{what}", name=who, was=was, now=now)
    key = "ch_line_added" if what == "line added" else "ch_line_removed"
    return v(key, kind=v.enum(LinkKind(row["kind"])), source=row["source"],
             target=row["target"])
