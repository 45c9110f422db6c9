"""The rules that involve more than one entity, written once (DESIGN.md §2, rule 1).

Field rules (types, ranges, vocabularies) are in ``validate``. The rules here need the rest
of the account: the sides of a link's two people, duplicates, one solid manager, no
reporting cycle, record owners and attendees who exist and stand on the right side.

``AccountGraph`` calls them before every edit, and ``integrity.problems`` calls the same
functions on a loaded account, so an edit and ``kamdesk check`` refuse the same things with
the same typed errors. They read what they need through small callables, so the store can
also run them against what another process committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from kamdesk.graph.changes import Change
from kamdesk.graph.entities import (
    Account,
    ActionItem,
    Entity,
    Link,
    Meeting,
    Person,
    RaciActivity,
    Risk,
)
from kamdesk.graph.errors import (
    ConflictSideError,
    CounterpartDirectionError,
    CrossSideReportingError,
    DuplicateLinkError,
    InvalidValueError,
    ReportingCycleError,
    SecondManagerError,
    SelfLinkError,
    SuccessorError,
    UnknownEntityError,
)
from kamdesk.graph.types import LinkKind, Side

FindLink = Callable[[LinkKind, str, str], "Link | None"]
ManagerOf = Callable[[str], "str | None"]


def check_link_sides(link: Link, source: Person, target: Person) -> None:
    """Which sides a line may join: reporting within a side, counterparts ours → theirs."""
    if link.kind is LinkKind.REPORTS_TO and source.side is not target.side:
        raise CrossSideReportingError(source.name, source.side, target.name, target.side)
    if link.kind is LinkKind.COUNTERPART and (source.side, target.side) != (Side.INTERNAL,
                                                                            Side.CLIENT):
        raise CounterpartDirectionError(source.name, source.side, target.name, target.side)
    if link.kind is LinkKind.CONFLICT and (source.side, target.side) != (Side.CLIENT,
                                                                         Side.CLIENT):
        raise ConflictSideError()


def check_link(link: Link, people: Mapping[str, Person], find_link: FindLink,
               manager_of: ManagerOf, replacing: Link | None) -> None:
    """Every rule a new or changed line must keep, given the rest of the account.

    ``replacing`` is the line's current version when it is being changed (a move of a solid
    line replaces the person's one manager rather than adding a second).
    """
    if link.source == link.target:
        raise SelfLinkError(link.kind.value, link.source)
    for end in (link.source, link.target):
        if end not in people:
            raise UnknownEntityError("person", end)
    check_link_sides(link, people[link.source], people[link.target])
    pairs = [(link.source, link.target)]
    if link.kind is LinkKind.CONFLICT:
        pairs.append((link.target, link.source))  # a rivalry has no direction
    for src, dst in pairs:
        other = find_link(link.kind, src, dst)
        if other is not None and other.id != link.id:
            raise DuplicateLinkError(link.kind.value)
    if link.kind is not LinkKind.REPORTS_TO or link.dotted:
        return
    current = manager_of(link.source)
    if current is not None:
        moving_own_line = (replacing is not None and not replacing.dotted
                           and replacing.source == link.source)
        if not moving_own_line:
            raise SecondManagerError(people[link.source].name, people[current].name)
    check_no_cycle(link.source, link.target, people, manager_of)


def check_no_cycle(person_id: str, manager_id: str, people: Mapping[str, Person],
                   manager_of: ManagerOf) -> None:
    """Refuse a solid line person → manager when the manager's chain leads back to them."""
    chain = [manager_id]
    seen = {manager_id}
    while (up := manager_of(chain[-1])) is not None and up not in seen:
        if up == person_id:
            cycle = [person_id, *chain, person_id]
            raise ReportingCycleError(cycle, [people[p].name for p in cycle])
        chain.append(up)
        seen.add(up)


def check_successor(person: Person, people: Mapping[str, Person],
                    before: Person | None = None) -> None:
    """Who may succeed a person who left: someone else of this account, on the same side,
    who has not left themselves; and only a person who left has a successor.

    ``before`` is the person's current version: a successor named earlier is not refused
    for having left since (the chain of who followed whom is the account's memory), only a
    newly named one is. ``kamdesk check`` passes no ``before`` and sees the same refusals
    except that one.
    """
    ref = person.successor_id
    if ref is None:
        return
    if person.left_on is None:
        raise InvalidValueError("left on", None, "left_first")
    if ref == person.id:
        raise SuccessorError(person.name, "successor_self")
    successor = people.get(ref)
    if successor is None or successor.side is not person.side:
        raise SuccessorError(successor.name if successor else ref, "successor_side")
    newly_named = before is not None and before.successor_id != ref
    if newly_named and successor.left_on is not None:
        raise SuccessorError(successor.name, "successor_left")


def check_account_refs(account: Account, people: Mapping[str, Person]) -> None:
    """Our KAM and our executive sponsor are people of ours in this account."""
    for field, label in (("kam_id", "KAM"), ("sponsor_id", "sponsor")):
        ref = getattr(account, field)
        if ref is not None and (ref not in people or people[ref].side is not Side.INTERNAL):
            raise InvalidValueError(label, ref, "ours")


def check_record(record: Entity, people: Mapping[str, Person],
                 meetings: Mapping[str, Entity]) -> None:
    """The people and meetings a record names exist; a risk's owner is one of ours.

    A risk may be recorded before it has an owner (the reaction tactic names the owner in its
    second step; the "risk without owner" signal reminds the KAM), but never a client owner.
    """
    if isinstance(record, Risk) and record.owner_id is not None:
        owner = people.get(record.owner_id)
        if owner is None:
            raise InvalidValueError("owner", record.owner_id, "missing_person")
        if owner.side is not Side.INTERNAL:
            raise InvalidValueError("owner", owner.name, "ours")
    elif isinstance(record, ActionItem):
        if record.owner_id is not None and record.owner_id not in people:
            raise InvalidValueError("owner", record.owner_id, "missing_person")
        if record.meeting_id is not None and record.meeting_id not in meetings:
            raise InvalidValueError("meeting", record.meeting_id, "missing_meeting")
    elif isinstance(record, Meeting):
        for attendee in record.attendees:
            if attendee not in people:
                raise InvalidValueError("attendee", attendee, "missing_person")


def references_dropped(account: Account, people: Iterable[Person],
                       records: Mapping[type[Entity], Mapping[str, Entity]],
                       person_id: str) -> list[Change]:
    """Updates that drop every reference to a person who is being removed: the account's
    KAM and sponsor, a successor named by someone who left, meeting attendees, owners of
    actions and risks, and RACI cells (no record may point at someone who is gone)."""
    changes: list[Change] = []
    if person_id in (account.kam_id, account.sponsor_id):
        after = account._replace(
            kam_id=None if account.kam_id == person_id else account.kam_id,
            sponsor_id=None if account.sponsor_id == person_id else account.sponsor_id,
            version=account.version + 1)
        changes.append(Change(account, after))
    for p in people:
        if p.successor_id == person_id:  # the memory keeps who left, not a dead link
            changes.append(Change(p, p._replace(successor_id=None, version=p.version + 1)))
    for m in records[Meeting].values():
        assert isinstance(m, Meeting)
        if person_id in m.attendees:
            kept = tuple(a for a in m.attendees if a != person_id)
            changes.append(Change(m, m._replace(attendees=kept, version=m.version + 1)))
    for kind in (ActionItem, Risk):
        for r in records[kind].values():
            assert isinstance(r, ActionItem | Risk)
            if r.owner_id == person_id:
                changes.append(Change(r, r._replace(owner_id=None, version=r.version + 1)))
    for r in records[RaciActivity].values():
        assert isinstance(r, RaciActivity)
        if any(party == person_id for party, _ in r.assignments):
            kept_cells = tuple(c for c in r.assignments if c[0] != person_id)
            changes.append(Change(r, r._replace(assignments=kept_cells,
                                                version=r.version + 1)))
    return changes
