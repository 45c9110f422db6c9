"""Help for bulk work on large graphs: a paused collector, and adding many at once.

Building 50,000 entities triggers Python's cyclic garbage collector hundreds of times, and
each full pass walks every object alive, so bulk builds turn superlinear. Our entities are
tuples with no reference cycles, so pausing the collector loses nothing: their memory is
freed by reference counting alone.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain, repeat
from operator import eq, is_, itemgetter, lt
from typing import TYPE_CHECKING, TypeVar, cast

from kamdesk.graph import rules, validate, validate_many
from kamdesk.graph.additions import Additions
from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.columns import Columns
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.errors import (
    DomainError,
    DuplicateIdError,
    DuplicateLinkError,
    ForeignAccountError,
    ReportingCycleError,
    SecondManagerError,
    SelfLinkError,
    UnknownEntityError,
)
from kamdesk.graph.types import LinkKind, Side

T = TypeVar("T")

if TYPE_CHECKING:
    from kamdesk.graph.account_graph import AccountGraph


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic collector for the duration of a bulk build.

    Not gc.freeze(): a networkx graph holds reference cycles (its cached views point back
    at it), and a frozen graph would never be collected once the user closes the account.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Checked:
    """People whose values passed ``validate.normalized`` once, remembered by identity.

    An importer plans first (and must know which rows break a rule, to say so) and applies
    later; ``add_many`` then trusts exactly these objects instead of checking them again,
    and checks anything else it is given as usual. A person cannot be swapped for an
    unchecked one with the same id: the object itself must be the one that was checked.
    """

    def __init__(self) -> None:
        # the columns the import made its new people and lines from (graph/columns),
        # handed on to the rules' column checks and to the store
        self.columns: dict[type, Columns] = {}
        self._ok: dict[str, Person] = {}
        # the last batch check_many passed, when each of it is in ``_ok`` (ids all new)
        self._passed: tuple[Person, ...] = ()
        self._acyclic: dict[str, str | None] = {}  # solid lines proved free of cycles

    def drop_cycles(self, chosen: dict[str, str | None],
                    manager_of: Callable[[str], str | None],
                    closer: Callable[[list[str]], str]) -> list[tuple[list[str], str, str]]:
        """Break every reporting cycle of the planned lines ``chosen`` (person → manager):
        each cycle found walking up from them with ``manager_of`` (which must read
        ``chosen`` first) loses the line of the person ``closer`` picks in it. Returns each
        cycle with that person and the manager they lost.

        Then ``chosen`` alone has no cycle either (with one manager each, two cycles never
        share a person, so one line dropped from each leaves none), and ``add_many`` need
        not walk these very lines again: it skips its own walk for lines that are all among
        them, in an account with no other solid line. A copy is kept, so a later change to
        ``chosen`` proves nothing.
        """
        from kamdesk.graph.queries import reporting_cycles  # queries imports the graph

        dropped = []
        for cycle in () if _earlier_only(chosen) else reporting_cycles(list(chosen),
                                                                       manager_of):
            person = closer(cycle)
            dropped.append((cycle, person, cast(str, manager_of(person))))
            chosen[person] = None
        self._acyclic = dict(chosen)
        return dropped

    def acyclic(self, manager: Mapping[str, str]) -> bool:
        """Every line of ``manager`` (person → manager) among those ``drop_cycles`` left,
        so that they, on their own, hold no cycle."""
        return bool(self._acyclic) and manager.items() <= self._acyclic.items()

    def check(self, person: Person) -> Person:
        """The person normalized; raises InvalidValueError like any edit would."""
        checked = cast(Person, validate.normalized(person))
        self._ok[checked.id] = checked
        self._passed = ()
        return checked

    def check_many(self, people: Sequence[Person],
                   columns: Columns | None = None) -> list[Person | DomainError]:
        """Each person normalized, or the refusal ``check`` would give it; all at once by
        column (``validate_many``; ``columns``, if they hold these people, read as they
        are) when every one passes, the usual way otherwise."""
        self._passed = ()
        try:
            passed = validate_many.people(people, columns)
        except DomainError:
            fine = [self._checked_or_error(p) for p in people]
            for p in fine:
                if isinstance(p, Person):
                    self._ok[p.id] = p
            return fine
        known = len(self._ok)
        self._ok.update(zip(map(itemgetter(_ID), passed), passed, strict=True))  # in C
        if len(self._ok) - known == len(passed):  # every id new: each one is in here
            self._passed = tuple(passed)
        return cast(list[Person | DomainError], passed)

    @staticmethod
    def _checked_or_error(person: Person) -> Person | DomainError:
        try:
            return cast(Person, validate.normalized(person))
        except DomainError as error:
            return error

    def __contains__(self, person: object) -> bool:
        return isinstance(person, Person) and self._ok.get(person.id) is person

    def not_checked(self, people: Sequence[Person]) -> list[Person]:
        """Those of ``people`` not in here (all at once: none, the import's usual case)."""
        if len(people) == len(self._passed) and all(map(is_, people, self._passed)):
            return []  # the very batch check_many passed last (one pass, no look-up)
        if all(map(is_, map(self._ok.get, map(itemgetter(0), people)), people)):
            return []
        return [p for p in people if p not in self]


def _earlier_only(chosen: Mapping[str, str | None]) -> bool:
    """Every planned line goes up to a person planned before (as most exports list a
    manager before the team): walking up then only ever goes back in ``chosen``'s order and
    ends at someone without a manager, so no cycle can be reached. Two C-level passes, where
    the walk is a Python step a person."""
    position: dict[str | None, int] = {None: -1}
    position.update(zip(chosen, range(len(chosen)), strict=True))
    beyond = len(chosen)  # a manager outside ``chosen``: not known to be earlier
    return all(map(lt, map(position.get, chosen.values(), repeat(beyond)),
                   range(len(chosen))))


def _or_none(check: Callable[[Sequence[T]], list[T]], batch: Sequence[T]) -> list[T] | None:
    try:
        return check(batch)
    except DomainError:
        return None


def add_many(graph: AccountGraph, people: Sequence[Person], links: Sequence[Link],
             checked: Checked | None = None) -> ChangeSet:
    """Add new people and new lines as one change set, every rule checked in linear time.

    The rules of ``graph.rules`` that ``add_person`` and ``add_link`` apply (values, account,
    unique ids, sides, one solid manager each, no duplicate line, no self line, no reporting
    cycle), but each person is checked once and the cycle check walks every chain once in
    all (``queries.reporting_cycles``) instead of once per line: a 200,000-deep chain added
    line by line walks 2·10¹⁰ steps. Raises the same typed DomainErrors; nothing changes on
    a refusal. Inside ``graph.batch()`` it joins the batch.
    """
    from kamdesk.graph.queries import reporting_cycles  # queries imports the graph module

    found: set[object] = set()  # the new people's sides (filled by _people_at_once)
    new_people = _people_at_once(graph, people, checked, found)
    sides = found if new_people is not None else None
    if new_people is None:  # something to refuse: find it as single edits would
        new_people = _people_one_by_one(graph, people, checked)

    def person_of(pid: str) -> Person:
        found = new_people.get(pid) or graph.people.get(pid)
        if found is None:
            raise UnknownEntityError("person", pid)
        return found

    at_once = _solid_lines_at_once(graph, new_people, links,
                                   checked.columns.get(Link) if checked else None, sides)
    if at_once is not None:
        new_links, manager = at_once
    else:  # a line of another kind, or something to refuse: line by line, as edits go
        new_links, manager = [], {}
        seen: set[tuple[LinkKind, str, str]] = set()
        ids: set[str] = set()
        normal_links = _or_none(validate_many.links, links)
        for n, link in enumerate(links):
            x = normal_links[n] if normal_links is not None else \
                cast(Link, validate.normalized(link))
            if x.account_id != graph.id:
                raise ForeignAccountError(f"Link {x.id}")
            if x.id in graph.links or x.id in ids:  # as add_link: taken, or given twice
                raise DuplicateIdError("link", x.id)
            ids.add(x.id)
            if x.source == x.target:
                raise SelfLinkError(x.kind.value, x.source)
            rules.check_link_sides(x, person_of(x.source), person_of(x.target))
            pairs = [(x.kind, x.source, x.target)]
            if x.kind is LinkKind.CONFLICT:
                pairs.append((x.kind, x.target, x.source))  # a rivalry has no direction
            # a line touching a person who is new cannot be in the graph already
            in_graph = x.source not in new_people and x.target not in new_people
            for key in pairs:
                if key in seen or (in_graph and graph.find_link(*key) is not None):
                    raise DuplicateLinkError(x.kind.value)
            seen.add(pairs[0])
            if x.kind is LinkKind.REPORTS_TO and not x.dotted:
                current = manager.get(x.source) or (
                    None if x.source in new_people else graph.manager_of(x.source))
                if current is not None:
                    raise SecondManagerError(person_of(x.source).name,
                                             person_of(current).name)
                manager[x.source] = x.target
            new_links.append(x)

    def manager_of(pid: str) -> str | None:
        return manager.get(pid) or graph.manager_of(pid)

    # the planner walked these very lines already (``Checked.drop_cycles``): in an account
    # with no other solid line they are all the chains there are
    walked = checked is not None and not graph.managers and checked.acyclic(manager)
    for cycle in () if walked else reporting_cycles(
            manager, manager_of if graph.managers else manager.get):
        closed = [*cycle, cycle[0]]
        raise ReportingCycleError(closed, [person_of(p).name for p in closed])
    # made by tuple.__new__, as store.codec makes rows: a NamedTuple's own __new__ is
    # Python code, a tenth of adding 10,000 people
    changes = tuple(map(tuple.__new__, repeat(Change), zip(
        repeat(None), chain(new_people.values(), new_links))))
    # the graph takes them as found here: no pass over the changes to take them apart
    return graph.commit(changes, Additions(new_people, new_links, manager))


_ID, _ACCOUNT = 0, 1  # Person's and Link's first fields
_KIND = 2  # Link's
_SIDE = 2  # Person's
_SOURCE, _TARGET, _DOTTED = 3, 4, 5  # Link's
_SUCCESSOR = Person._fields.index("successor_id")


def _people_at_once(graph: AccountGraph, people: Sequence[Person],
                    checked: Checked | None, sides: set[object]) -> dict[str, Person] | None:
    """The new people by id when every rule of ``_people_one_by_one`` holds for all of
    them, checked column by column in C-level passes; None when any might not. Their
    sides are added to ``sides``."""
    unchecked = list(people) if checked is None else checked.not_checked(people)
    normal = _or_none(validate_many.people, unchecked) if unchecked else []
    if normal is None:
        return None
    if unchecked:
        fixed = dict(zip(map(id, unchecked), normal, strict=True))
        people = [fixed.get(id(p), p) for p in people]
    carried = _carried(checked.columns.get(Person) if checked else None, people)
    ids = cast(Sequence[str], _column(carried, people, _ID))
    new_people = dict(zip(ids, people, strict=True))
    fine = (len(new_people) == len(ids) and graph.people.keys().isdisjoint(ids)  # unique
            and _values(carried, people, _ACCOUNT) <= {graph.id}
            and _values(carried, people, _SUCCESSOR) <= {None})
    sides.update(_values(carried, people, _SIDE))
    return new_people if fine else None


def _carried(columns: Columns | None, batch: Sequence[tuple[object, ...]]) -> Columns | None:
    """The columns ``batch`` was made from, when they hold it (what validate_many found of
    them is kept there: a column of one value throughout is looked at once)."""
    return columns if columns is not None and batch and columns.holds(batch) else None


def _column(carried: Columns | None, batch: Sequence[tuple[object, ...]],
            index: int) -> Sequence[object]:
    """Field ``index`` of every entity of ``batch``, in order."""
    return carried.columns[index] if carried is not None else \
        list(map(itemgetter(index), batch))


def _values(carried: Columns | None, batch: Sequence[tuple[object, ...]],
            index: int) -> set[object]:
    """The values field ``index`` takes in ``batch``."""
    if carried is not None and carried.one_value(index):
        return {carried.columns[index][0]}
    return set(_column(carried, batch, index))


def _people_one_by_one(graph: AccountGraph, people: Sequence[Person],
                       checked: Checked | None) -> dict[str, Person]:
    """Each person's rules in turn, raising the first refusal that single edits meet."""
    from collections import ChainMap

    new_people: dict[str, Person] = {}
    # Each value rule column by column; should one refuse, check one by one in order
    # instead, so the refusal is the first one that single edits would meet.
    unchecked = [p for p in people if checked is None or p not in checked]
    normalized = iter(_or_none(validate_many.people, unchecked) or ())
    known = ChainMap(new_people, graph.people)  # type: ignore[arg-type]
    for person in people:
        p = person if checked is not None and person in checked else \
            next(normalized, None) or cast(Person, validate.normalized(person))
        if p.account_id != graph.id:
            raise ForeignAccountError(f"Person {p.id}")
        if p.id in new_people or p.id in graph.people:
            raise DuplicateIdError("person", p.id)
        # as ``add_person``: a successor is someone already there
        rules.check_successor(p, known, before=Person(p.id, graph.id, p.side, p.name))
        new_people[p.id] = p
    return new_people


def _solid_lines_at_once(graph: AccountGraph, new_people: Mapping[str, Person],
                         links: Sequence[Link], columns: Columns | None = None,
                         sides: set[object] | None = None
                         ) -> tuple[list[Link], dict[str, str]] | None:
    """The lines and each source's new manager when all are solid reporting lines that
    keep every rule of the line-by-line loop in ``add_many`` (what an import draws),
    checked column by column; None when any might not. ``sides``: those of the new people,
    when known."""
    carried = _carried(columns, links)
    try:
        normal = validate_many.links(links, carried, True) if links else []  # (held)
    except DomainError:
        return None
    ids = cast(Sequence[str], _column(carried, normal, _ID))
    sources = cast(Sequence[str], _column(carried, normal, _SOURCE))
    targets = cast(Sequence[str], _column(carried, normal, _TARGET))
    if not (_values(carried, normal, _KIND) <= {LinkKind.REPORTS_TO}
            and not any(_values(carried, normal, _DOTTED))
            and _values(carried, normal, _ACCOUNT) <= {graph.id}
            and len(set(ids)) == len(ids) and graph.links.keys().isdisjoint(ids)
            and not any(map(eq, sources, targets))):
        return None
    manager = dict(zip(sources, targets, strict=True))
    if len(manager) != len(sources) or not graph.managers.keys().isdisjoint(manager):
        return None  # a second solid manager
    if sides is None:
        sides = set(map(itemgetter(_SIDE), new_people.values()))
    if not (len(sides) == 1 and new_people.keys() >= manager.keys()
            and new_people.keys() >= set(targets)):
        # (else than lines between new people, all on one side: each end's side compared)
        side = dict(zip(new_people, map(itemgetter(_SIDE), new_people.values()),
                        strict=True))
        ends: list[Side | None] = []
        for end in (sources, targets):
            found = list(map(side.get, end))
            if None in found:  # people already in the account, or unknown ones
                for k, pid in enumerate(end):
                    if found[k] is None:
                        old = graph.people.get(pid)
                        if old is None:
                            return None
                        found[k] = old.side
            ends.append(found)  # type: ignore[arg-type]
        if ends[0] != ends[1]:  # a line across sides
            return None
    for s, t in zip(sources, targets, strict=True) if graph.links else ():  # dotted there?
        if s not in new_people and t not in new_people and \
                graph.find_link(LinkKind.REPORTS_TO, s, t) is not None:
            return None
    return list(normal), manager
