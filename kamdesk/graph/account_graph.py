"""The model of one account: its people as a typed multigraph, and its records.

Every edit goes the same way: **check** the rules (raise a DomainError, nothing changed) →
**journal** the change set (the store writes it in one transaction; if that raises, nothing
changed) → **apply** it to the graph → **announce** it to listeners (the UI mirrors it).
Each public edit returns the change set it made; ``revert(changes)`` undoes one exactly.

Inside ``with graph.batch():`` edits apply at once (so later checks see earlier edits) but
are journaled and announced together at the end, or rolled back together on any error.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import MappingProxyType
from typing import Any, TypeVar, cast

import networkx as nx

from kamdesk.graph import rules, validate
from kamdesk.graph.additions import Additions, additions_in, edges_of, linked_already
from kamdesk.graph.changes import Change, ChangeSet, Journal, Listener, inverse
from kamdesk.graph.entities import (
    RECORD_TYPES,
    Account,
    Entity,
    Link,
    Meeting,
    Person,
    new_id,
)
from kamdesk.graph.errors import (
    DuplicateIdError,
    ForeignAccountError,
    InvalidValueError,
    StaleCopyError,
    StaleUndoError,
    UnknownEntityError,
)
from kamdesk.graph.solid_index import index_managers, index_solid_lines, reports_of
from kamdesk.graph.types import LinkKind

R = TypeVar("R", bound=Entity)


class AccountGraph:
    def __init__(self, account: Account) -> None:
        self.account: Account = cast(Account, validate.normalized(account))
        # Node: a person id. Edge u → v: every link from u to v, as {"links": {id: kind}}.
        # A DiGraph holding a dict of links per pair rather than a MultiDiGraph because the
        # latter builds ten times slower (10 µs an edge), which dominates opening an account.
        # None: not built yet; the ``graph`` property builds it when first asked for, since
        # painting a chart needs only the reporting index below (and an import into a new
        # account needs none of it).
        self._nx: nx.DiGraph[str] | None = None
        self.revision = 0  # counts applied change sets: a cache key for derived values
        self._people: dict[str, Person] = {}
        self._links: dict[str, Link] = {}
        # Index of solid reporting lines, kept because every rule and query walks it:
        self._manager: dict[str, str] = {}  # person → solid manager
        # manager → solid reports, in order; None: derived from _manager when first asked for
        # (solid_index.reports_of), as after an import into a new account
        self._reports: dict[str, dict[str, None]] | None = {}
        self._records: dict[type[Any], dict[str, Any]] = {t: {} for t in RECORD_TYPES}
        self._journal: Journal | None = None
        self._listeners: list[Listener] = []
        self._batch: list[Change] | None = None

    # ----------------------------------------------------------------- wiring
    def attach_journal(self, journal: Journal | None) -> None:
        """Persist every change set through ``journal`` (the store), or nowhere (None)."""
        self._journal = journal

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    # ----------------------------------------------------------------- reading
    @property
    def graph(self) -> nx.DiGraph[str]:
        """Every person and link as a networkx graph (analysis, rules on lines)."""
        if self._nx is None:
            self._nx = self._built_graph()
        return self._nx

    def _built_graph(self) -> nx.DiGraph[str]:
        built: nx.DiGraph[str] = nx.DiGraph()
        built.add_nodes_from(self._people)
        built.add_edges_from((u, v, {"links": d}) for (u, v), d in
                             edges_of(self._links.values()).items())
        return built

    @property
    def id(self) -> str:
        return self.account.id

    @property
    def people(self) -> Mapping[str, Person]:
        return MappingProxyType(self._people)

    @property
    def links(self) -> Mapping[str, Link]:
        return MappingProxyType(self._links)

    def person(self, person_id: str) -> Person:
        try:
            return self._people[person_id]
        except KeyError:
            raise UnknownEntityError("person", person_id) from None

    def link(self, link_id: str) -> Link:
        try:
            return self._links[link_id]
        except KeyError:
            raise UnknownEntityError("link", link_id) from None

    def records(self, kind: type[R]) -> Mapping[str, R]:
        return cast(Mapping[str, R], MappingProxyType(self._records[kind]))

    def record(self, kind: type[R], record_id: str) -> R:
        try:
            return cast(R, self._records[kind][record_id])
        except KeyError:
            raise UnknownEntityError(kind.__name__, record_id) from None

    def manager_of(self, person_id: str) -> str | None:
        """The solid-line manager, if any."""
        return self._manager.get(person_id)

    @property
    def managers(self) -> Mapping[str, str]:
        """Person → solid-line manager, for everyone who has one (read-only)."""
        return MappingProxyType(self._manager)

    def solid_reports(self, person_id: str) -> list[str]:
        return list(self._reports_index().get(person_id, ()))

    def reports_by_manager(self) -> Mapping[str, Mapping[str, None]]:
        """Every manager's solid reports in order (keys of the inner mapping): the graph's
        own index, read-only, kept current by every edit. A layout of 50,000 cards reads
        it without a call per card (``TidyLayout`` takes a mapping as its children)."""
        return MappingProxyType(self._reports_index())

    def links_of(self, person_id: str, kind: LinkKind | None = None) -> list[Link]:
        """Every link touching the person (both directions), optionally of one kind."""
        if person_id not in self._people:
            raise UnknownEntityError("person", person_id)
        ids: dict[str, LinkKind] = {}
        for _, _, data in self.graph.out_edges(person_id, data=True):
            ids.update(data["links"])
        for _, _, data in self.graph.in_edges(person_id, data=True):
            ids.update(data["links"])
        return [self._links[i] for i, k in ids.items() if kind is None or k is kind]

    def find_link(self, kind: LinkKind, source: str, target: str) -> Link | None:
        data = self.graph.get_edge_data(source, target)
        if data is not None:
            for key, found in data["links"].items():
                if found is kind:
                    return self._links[key]
        return None

    # ----------------------------------------------------------------- people
    def add_person(self, person: Person) -> ChangeSet:
        person = cast(Person, self._checked_new(person))
        if person.id in self._people:
            raise DuplicateIdError("person", person.id)
        rules.check_successor(person, self._people, before=Person(person.id, self.id,
                                                                  person.side, person.name))
        return self._commit((Change(None, person),))

    def update_person(self, person: Person) -> ChangeSet:
        before = self.person(person.id)
        after = cast(Person, self._checked_new(person))._replace(version=before.version + 1)
        rules.check_successor(after, self._people, before)
        if after.side is not before.side:
            for link in self.links_of(after.id):
                ends = {**{p: self._people[p] for p in (link.source, link.target)}, after.id: after}
                rules.check_link_sides(link, ends[link.source], ends[link.target])
        return self._commit((Change(before, after),))

    def remove_person(self, person_id: str) -> ChangeSet:
        """Remove a person with every line, counterpart link and reference to them."""
        gone = self.person(person_id)
        changes = [Change(link, None) for link in self.links_of(person_id)]
        changes += rules.references_dropped(self.account, self._people.values(),
                                            self._records, person_id)
        changes.append(Change(gone, None))
        return self._commit(tuple(changes))

    def set_manager(self, person_id: str, manager_id: str | None) -> ChangeSet:
        """Make ``manager_id`` the solid-line manager (None: no manager)."""
        self.person(person_id)
        current_id = self._manager.get(person_id)
        current = None
        if current_id is not None:
            current = self.find_solid_line(person_id)
        if manager_id == current_id:
            return ()
        if manager_id is None:
            assert current is not None
            return self.remove_link(current.id)
        if current is None:
            return self.add_link(Link(new_id(), self.id, LinkKind.REPORTS_TO,
                                      person_id, manager_id))
        return self.update_link(current._replace(target=manager_id))

    def find_solid_line(self, person_id: str) -> Link | None:
        manager = self._manager.get(person_id)
        if manager is None:
            return None
        for key in self.graph[person_id][manager]["links"]:
            link = self._links[key]
            if link.kind is LinkKind.REPORTS_TO and not link.dotted:
                return link
        return None

    # ----------------------------------------------------------------- links
    def add_link(self, link: Link) -> ChangeSet:
        link = cast(Link, self._checked_new(link))
        if link.id in self._links:
            raise DuplicateIdError("link", link.id)
        self._check_link(link, replacing=None)
        return self._commit((Change(None, link),))

    def update_link(self, link: Link) -> ChangeSet:
        before = self.link(link.id)
        after = cast(Link, self._checked_new(link))._replace(version=before.version + 1)
        if after.kind is not before.kind:
            raise InvalidValueError("link kind", after.kind.value, "keeps_kind")
        self._check_link(after, replacing=before)
        return self._commit((Change(before, after),))

    def remove_link(self, link_id: str) -> ChangeSet:
        return self._commit((Change(self.link(link_id), None),))

    # ----------------------------------------------------------------- account and records
    def update_account(self, account: Account) -> ChangeSet:
        after = cast(Account, validate.normalized(account))
        if after.id != self.account.id:
            raise ForeignAccountError()
        rules.check_account_refs(after, self._people)
        after = after._replace(version=self.account.version + 1)
        return self._commit((Change(self.account, after),))

    def add_record(self, record: Entity) -> ChangeSet:
        record = self._checked_new(record)
        table = self._table(record)
        if record.id in table:
            raise DuplicateIdError(type(record).__name__, record.id)
        rules.check_record(record, self._people, self._records[Meeting])
        return self._commit((Change(None, record),))

    def update_record(self, record: Entity) -> ChangeSet:
        before = self.record(type(record), record.id)
        after = self._checked_new(record)._replace(version=before.version + 1)
        rules.check_record(after, self._people, self._records[Meeting])
        return self._commit((Change(before, after),))

    def remove_record(self, kind: type[Entity], record_id: str) -> ChangeSet:
        return self._commit((Change(self.record(kind, record_id), None),))

    # ----------------------------------------------------------------- undo, batches
    def revert(self, changes: Sequence[Change]) -> ChangeSet:
        """Undo ``changes``, which must be the last thing done to what they touch."""
        final = {(type(c.entity), c.entity.id): c for c in changes}  # last change of each
        for change in final.values():
            if _unversioned(self._current(change.entity)) != _unversioned(change.after):
                raise StaleUndoError()
        # Versions count writes, and undoing one is a write too: each step starts from the
        # entity as it is now (an earlier undo may have renumbered it), never from a copy.
        now: dict[tuple[type[Any], str], Entity | None] = {}
        undo = []
        for change in inverse(changes):
            key = (type(change.entity), change.entity.id)
            before = now[key] if key in now else self._current(change.entity)
            after = change.after
            if before is not None and after is not None:
                after = after._replace(version=before.version + 1)
            undo.append(Change(before, after))
            now[key] = after
        return self._commit(tuple(undo))

    def absorb(self, changes: Sequence[Change]) -> ChangeSet:
        """Apply a change set another writer committed (a team server's live feed).

        Neither checked nor journaled here: the writer's graph checked it and the database
        holds it. Announced like a local edit, so every view updates the same way. A change
        this copy already holds is skipped; one whose starting point this copy does not hold
        raises StaleCopyError and nothing changes (the copy is stale: reload it).
        """
        todo: list[Change] = []
        for change in changes:
            current = self._current(change.entity)
            if current == change.after:
                continue
            if current != change.before:
                self._apply_all(inverse(todo))
                raise StaleCopyError(self.account.name)
            self._apply(change)
            todo.append(change)
        if todo:
            self._announce(tuple(todo))
        return tuple(todo)

    @contextmanager
    def batch(self) -> Iterator[list[Change]]:
        """Group edits into one change set: one transaction, one announcement, all or nothing."""
        if self._batch is not None:
            yield self._batch  # nested: the outer batch commits
            return
        collected: list[Change] = []
        self._batch = collected
        try:
            yield collected
            if collected and self._journal is not None:
                self._journal(tuple(collected))
        except BaseException:
            self._batch = None
            self._apply_all(inverse(collected))
            raise
        self._batch = None
        if collected:
            self._announce(tuple(collected))

    # ----------------------------------------------------------------- bulk
    @classmethod
    def restore(cls, account: Account, people: Iterable[Person], links: Iterable[Link],
                records: Iterable[Entity] = ()) -> AccountGraph:
        """Build a graph from stored values, trusted as they are (``problems()`` checks them).

        This is the hot path of opening a workspace: no per-entity checks, bulk networkx calls.
        """
        self = cls(account)
        people, links = list(people), list(links)
        self._people = dict(zip(map(_ID, people), people, strict=True))
        self._links = dict(zip(map(_ID, links), links, strict=True))
        self._nx = None  # built when first needed (see ``graph``): opening paints sooner
        index_solid_lines(self._manager, self._reports_index(), self._links.values())
        tables = self._records
        for record in records:
            tables[type(record)][record.id] = record
        return self

    def commit(self, changes: ChangeSet, added: Additions | None = None) -> ChangeSet:
        """Journal, apply and announce changes already checked by graph.rules (the bulk path,
        ``bulk.add_many``, checks many at once in linear time). ``added``: ``changes``
        taken apart, when they are all additions (graph/additions)."""
        return self._commit(changes, added)

    # ----------------------------------------------------------------- internals: rules
    def _checked_new(self, entity: Entity) -> Any:
        entity = validate.normalized(entity)
        if entity.account_id != self.account.id:
            raise ForeignAccountError(f"{type(entity).__name__} {entity.id}")
        return entity

    def _check_link(self, link: Link, replacing: Link | None) -> None:
        rules.check_link(link, self._people, self.find_link, self._manager.get, replacing)

    # ----------------------------------------------------------------- internals: applying
    def _current(self, entity: Entity) -> Entity | None:
        if isinstance(entity, Account):
            return self.account
        if isinstance(entity, Person):
            return self._people.get(entity.id)
        if isinstance(entity, Link):
            return self._links.get(entity.id)
        return self._table(entity).get(entity.id)

    def _table(self, entity: Entity) -> dict[str, Entity]:
        try:
            return self._records[type(entity)]
        except KeyError:
            raise TypeError(f"not a record type: {type(entity).__name__}") from None

    def _commit(self, changes: ChangeSet, added: Additions | None = None) -> ChangeSet:
        if not changes:
            return changes
        if self._batch is not None:
            self._apply_all(changes, added)
            self._batch.extend(changes)
            return changes
        if self._journal is not None:
            self._journal(changes)  # raises → nothing applied
        self._apply_all(changes, added)
        self._announce(changes)
        return changes

    def _announce(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def _apply_all(self, changes: Iterable[Change], added: Additions | None = None) -> None:
        self.revision += 1  # what is derived from the graph (influence scores) is stale now
        if added is None and isinstance(changes, tuple) and len(changes) > 64:
            added = additions_in(changes)
        if added is not None and not linked_already(added.links, self._nx, self._links):
            self._add_all(added)
            return
        for change in changes:
            self._apply(change)

    def _add_all(self, added: Additions) -> None:
        """``_apply`` for each addition (people, then lines between people not linked yet),
        in a few bulk steps: the same people, lines, indexes and networkx graph (an import
        of 10,000 people costs half as much)."""
        links = added.links
        self._people.update(added.people)
        self._links.update(zip(map(_ID, links), links, strict=True))
        if self._manager:
            index_solid_lines(self._manager, self._reports_index(), links)
        else:  # an empty index: the managers now, the reports when first asked for
            if added.managers is not None:  # found by bulk.add_many
                self._manager.update(added.managers)
            else:
                index_managers(self._manager, links)
            self._reports = None
        if self._nx is None:
            return  # built from people and links when first asked for
        self._nx.add_nodes_from(added.people)
        self._nx.add_edges_from((u, v, {"links": d}) for (u, v), d in
                                edges_of(links).items())

    def _reports_index(self) -> dict[str, dict[str, None]]:
        if self._reports is None:
            self._reports = reports_of(self._manager)
        return self._reports

    def _apply(self, change: Change) -> None:
        before, after = change
        entity = change.entity
        if isinstance(entity, Person):
            if after is None:
                del self._people[entity.id]
                if self._nx is not None:
                    self._nx.remove_node(entity.id)
            else:
                self._people[entity.id] = cast(Person, after)
                if self._nx is not None:
                    self._nx.add_node(entity.id)
        elif isinstance(entity, Link):
            if before is not None:
                self._unlink(cast(Link, before))
            if after is not None:
                self._link(cast(Link, after))
        elif isinstance(entity, Account):
            assert after is not None, "an account is removed by the workspace, not the graph"
            self.account = cast(Account, after)
        elif after is None:
            del self._table(entity)[entity.id]
        else:
            self._table(entity)[entity.id] = after

    def _link(self, link: Link) -> None:
        self._links[link.id] = link
        if self._nx is not None:
            data = self._nx.get_edge_data(link.source, link.target)
            if data is None:
                self._nx.add_edge(link.source, link.target, links={link.id: link.kind})
            else:
                data["links"][link.id] = link.kind
        index_solid_lines(self._manager, self._reports_index(), (link,))

    def _unlink(self, link: Link) -> None:
        del self._links[link.id]
        if self._nx is not None:
            pair = self._nx[link.source][link.target]["links"]
            del pair[link.id]
            if not pair:
                self._nx.remove_edge(link.source, link.target)
        if link.kind is LinkKind.REPORTS_TO and not link.dotted:
            index = self._reports_index()  # (derived from the managers before they change)
            del self._manager[link.source]
            reports = index[link.target]
            del reports[link.source]
            if not reports:
                del index[link.target]


_ID = operator.itemgetter(0)  # of a Person or a Link


def _unversioned(entity: Entity | None) -> Entity | None:
    return None if entity is None else entity._replace(version=0)
