"""Planning an import into an account: what will be added, updated, skipped, and why.

The plan is computed against the account as it is, without changing it; ``apply`` then runs
it as one batch of the graph (one transaction: all or nothing). People are matched by the
file's id (kept as the person's external id), then by e-mail, so a re-import of an updated
export updates the same people and keeps what the KAM added in kamdesk.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, islice, repeat
from operator import attrgetter, is_, itemgetter
from typing import Any, cast

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import Checked, add_many, paused_gc
from kamdesk.graph.columns import Columns, Constant
from kamdesk.graph.entities import Link, Person, new_id, new_ids
from kamdesk.graph.errors import DomainError
from kamdesk.graph.import_words import import_text
from kamdesk.graph.types import Level, LinkKind, Side
from kamdesk.graph.validate import MAX_LINE, MAX_TEXT
from kamdesk.io.incoming_columns import carried
from kamdesk.io.people import Defect, Incoming, defect, name_key, normal_name
from kamdesk.io.plan_levels import levels_by_layer, levels_walked, titles_read
from kamdesk.io.plan_managers import managers_at_once

TEXT_FIELDS = ("title", "department", "email", "phone", "priorities", "notes")
KEPT_FIELDS = ("level", "side", "stance", "decision_role", "influence", "last_contact",
               "cadence_days", "external_id", "vacancy")
FIELDS = (*TEXT_FIELDS, *KEPT_FIELDS)
LIMITS = (("name", MAX_LINE), ("title", MAX_LINE), ("department", MAX_LINE), ("email", MAX_LINE),
          ("phone", MAX_LINE), ("notes", MAX_TEXT), ("priorities", MAX_TEXT),
          ("external_id", 256))  # the domain's limits (graph.validate), in characters
SHORTEST = min(limit for _, limit in LIMITS)
_LIMITED = attrgetter(*(name for name, _ in LIMITS))
_FIELDS = attrgetter(*FIELDS)
_FIELD_GETTERS = tuple((name, attrgetter(name)) for name in FIELDS)
_LIMITED_FIELDS = tuple((Person._fields.index(name), limit) for name, limit in LIMITS)
_ROLE = Person._fields.index("decision_role")


@dataclass
class ExtraLink:
    """A line other than a manager (from GraphML or JSON), between two file keys."""

    kind: LinkKind
    source: str
    target: str
    dotted: bool = False
    weight: int = 1
    strength: int = 3


@dataclass
class ImportPlan:
    adds: list[Person] = field(default_factory=list)
    updates: list[tuple[Person, Person]] = field(default_factory=list)
    unchanged: int = 0
    managers: dict[str, str | None] = field(default_factory=dict)  # person id → manager id
    links: list[Link] = field(default_factory=list)
    defects: list[Defect] = field(default_factory=list)
    lines: int = 0  # solid reporting lines the file gives (each person's manager found)
    references: int = 0  # rows that name a manager at all
    file_defects: int = 0  # defects found while reading the file (Source.defects)
    checked: Checked = field(default_factory=Checked)  # people validated once, by graph's rule

    def summary(self, lang: str = "en") -> str:
        """One line for the preview; counts every defect, the file's and the plan's."""
        return ", ".join(self.summary_lines(lang))

    def summary_lines(self, lang: str = "en") -> tuple[str, str]:
        """The preview's two count lines (people; lines and defects), worded by the
        vocabulary in ``lang`` with the language's numbers."""
        people = import_text(lang, "plan_people", {
            "adds": len(self.adds), "updates": len(self.updates),
            "unchanged": self.unchanged})
        lines = import_text(lang, "plan_lines", {
            "lines": self.lines, "references": self.references,
            "defects": len(self.defects) + self.file_defects})
        return people, lines


def _columns_of(rows: Sequence[Incoming]) -> dict[str, list[Any]]:
    """Each of ``FIELDS`` as a column: one C-level pass a field (half the time of taking
    every field of a row, then transposing)."""
    return {name: list(map(getter, rows)) for name, getter in _FIELD_GETTERS}


class Planner:
    def __init__(self, graph: AccountGraph, incoming: list[Incoming], *, by: str | None,
                 extra: list[ExtraLink] | None = None,
                 alias: dict[str, str] | None = None) -> None:
        self.g, self.incoming, self.extra = graph, incoming, extra or []
        self.by = by or "id"
        self.alias = alias or {}
        self.plan = ImportPlan()
        self.person_of: dict[int, str] = {}  # row → person id in the account
        self._by_names: tuple[dict[str, list[Incoming]], dict[str, list[Incoming]]] | None = None
        self._account_index: dict[str, list[str]] | None = None
        # the reader's columns, where they came with exactly these rows (io/incoming_columns)
        self.columns = carried(incoming)
        self._row_people: list[str] | None = None  # _pids

    def _column(self, name: str) -> list[Any]:
        """Field ``name`` of every row: the reader's column, else one C-level pass."""
        if self.columns is not None:
            return self.columns.field(name)
        return list(map(attrgetter(name), self.incoming))

    @functools.cached_property
    def rows_by_key(self) -> dict[str, Incoming]:
        """Rows by the file's id (the last row of an id, as a dict display keeps it); made
        on the first reference not found at once."""
        found = dict(zip(self._column("key"), self.incoming, strict=True))
        found.pop("", None)  # no id
        return found

    @functools.cached_property
    def rows_by_mail(self) -> dict[str, Incoming]:
        """Rows by e-mail, made on the first reference by e-mail (most files have none)."""
        return {p.email.casefold(): p for p in self.incoming if p.email}

    def _names(self) -> tuple[dict[str, list[Incoming]], dict[str, list[Incoming]]]:
        """Rows by name, and by name in any order; built on the first name lookup only
        (files that give managers by id never pay for it)."""
        if self._by_names is None:
            exact: dict[str, list[Incoming]] = {}
            any_order: dict[str, list[Incoming]] = {}
            for p in self.incoming:
                exact.setdefault(normal_name(p.name), []).append(p)
                any_order.setdefault(name_key(p.name), []).append(p)
            self._by_names = exact, any_order
        return self._by_names

    def build(self) -> ImportPlan:
        existing_by_ext = {p.external_id: p for p in self.g.people.values() if p.external_id}
        existing_by_mail = {p.email.casefold(): p for p in self.g.people.values() if p.email}
        people = self.g.people
        ids = new_ids(len(self.incoming))
        if not people:  # a new account: everyone is new
            self.person_of.update(zip(self._column("row"), ids, strict=True))
            if len(self.person_of) == len(ids):  # a row each: the rows' people are the ids
                self._row_people = ids
        fresh = iter(ids)
        for inc in self.incoming if people else ():
            match = (people.get(inc.key)  # our own export, back into its account
                     or existing_by_ext.get(inc.external_id or inc.key or "\x00")
                     or existing_by_mail.get((inc.email or "").casefold() or "\x00"))
            self.person_of[inc.row] = match.id if match else next(fresh)
        self._plan_managers()
        pids = self._pids()
        befores: list[Person | None] = list(map(people.get, pids)) if people else [
            None] * len(pids)
        all_new = not people or not any(befores)
        if all_new:  # each person made once, by column (levels too, in row order)
            wanted = self._new_people(self._level_column(pids), pids)
        else:
            levels = self._levels()
            wanted = [self._person(inc, pid, before, levels.get(pid, Level.SPECIALIST))
                      for inc, pid, before in zip(self.incoming, pids, befores, strict=True)]
        # the graph's rules, once per person (all at once, by column, when all pass)
        checked = self.plan.checked.check_many(wanted, self.plan.checked.columns.get(Person))
        if all_new and set(map(type, checked)) <= {Person}:  # the usual: none refused
            self.plan.adds = cast(list[Person], checked)
        else:
            self._sort_out(befores, checked)
        self._plan_links()
        self.plan.defects.sort(key=lambda d: (d.row is None, d.row or 0))
        return self.plan

    def _sort_out(self, befores: Sequence[Person | None],
                  checked: list[Person | DomainError]) -> None:
        """Each checked person into the plan: refused, added, updated or unchanged."""
        for inc, before, after in zip(self.incoming, befores, checked, strict=True):
            if isinstance(after, DomainError):
                self.plan.defects.append(defect(inc.row, "refused", error=after))
                self.plan.managers.pop(self.person_of[inc.row], None)
                continue
            if before is None:
                self.plan.adds.append(after)
            elif after._replace(version=before.version) != before:
                self.plan.updates.append((before, after))
            else:
                self.plan.unchanged += 1

    def _trimmed(self, inc: Incoming) -> Incoming:
        """Text past the domain's limits cut, saying so: a long note never costs a person.
        The cut is made in a copy: the rows stay as read (and their columns true)."""
        values = _LIMITED(inc)
        if max(map(len, filter(None, values)), default=0) <= SHORTEST:
            return inc  # the hot path: no value near any limit
        cut: dict[str, Any] = {}
        for (name, limit), value in zip(LIMITS, values, strict=True):
            if value is not None and len(value) > limit:
                self.plan.defects.append(defect(inc.row, "cut", field=name, length=len(value),
                                                limit=limit))
                cut[name] = value[:limit]
        return dataclasses.replace(inc, **cut)

    def _pids(self) -> list[str]:
        """The person of each row, in row order (once ``person_of`` is complete; found
        once, on the first call)."""
        if self._row_people is None:
            self._row_people = list(map(self.person_of.__getitem__, self._column("row")))
        return self._row_people

    def _new_people(self, levels: Sequence[Level], pids: Sequence[str]) -> list[Person]:
        """``_person`` for every row when all are new people, column by column: the same
        people and the same defects in the same order, with one C-level pass a field where
        ``_person`` makes a dict and a call a row (a third of planning 10,000 rows).
        ``levels`` and ``pids``: each row's level (``_level_column``) and person."""
        rows = self.incoming
        if not rows:
            return []
        given = {name: self._column(name) for name in FIELDS}
        people, carried = self._made(given, self._column("name"), levels, pids)
        # the texts' lengths, measured once on the columns made (the rules' column checks
        # read them there again); a text past a limit is rare: cut where _trimmed cuts
        # it, then the people made again from the cut rows
        if any(carried.longest(index) > limit for index, limit in _LIMITED_FIELDS):
            rows = [self._trimmed(inc) for inc in rows]
            people, carried = self._made(_columns_of(rows), [i.name for i in rows], levels,
                                         pids)
        roles = carried.columns[_ROLE]
        nobody = carried.one_value(_ROLE) and roles[0] is None  # no role: no one to clear
        for k in [] if nobody else range(len(people)):
            p = people[k]
            if p.decision_role is not None and p.side is Side.INTERNAL:
                self.plan.defects.append(defect(rows[k].row, "ours_no_role", name=p.name))
                people[k] = p._replace(decision_role=None)
        self.plan.checked.columns[Person] = carried  # vouches for the unreplaced only
        return people

    def _made(self, given: dict[str, list[Any]], names: list[str], levels: Sequence[Level],
              pids: Sequence[str]) -> tuple[list[Person], Columns]:
        """The new people from the rows' fields (``given``, as columns) and their columns
        (graph/columns), which go on with them: checked and written by column."""
        count = len(names)
        defaults = Person._field_defaults
        # a field the file is silent on is one value throughout: a Constant (graph/columns)
        columns: dict[str, Sequence[Any] | Constant] = {
            "id": pids, "account_id": Constant(self.g.id), "name": names, "level": levels}
        nones: dict[int, int] = {}  # None counted once a list (silent fields may share one)
        for name, values in given.items():
            default = Side.CLIENT if name == "side" else defaults[name]
            nothing = nones.get(id(values))
            if nothing is None:
                nothing = nones[id(values)] = values.count(None)
            if nothing == count:  # the file is silent: the default (or the level found)
                columns.setdefault(name, Constant(default))
            elif name == "level":
                columns[name] = [v if v is not None and v != "" else w for v, w in
                                 zip(values, levels, strict=True)]
            elif not nothing and "" not in values:
                columns[name] = values
            else:  # empty: the default (``_person`` leaves the field out)
                columns[name] = [default if v is None or v == "" else v for v in values]
        return Columns.build(Person, [
            columns[f] if f in columns else Constant(defaults[f]) for f in Person._fields])

    def _person(self, inc: Incoming, pid: str, before: Person | None, level: Level) -> Person:
        inc = self._trimmed(inc)
        changes: dict[str, Any] = {name: value for name, value in zip(FIELDS, _FIELDS(inc),
                                                                      strict=True)
                                   if value is not None and value != ""}  # empty: kept
        if before is None:
            changes.setdefault("level", level)
            person = Person(pid, self.g.id, changes.pop("side", Side.CLIENT), inc.name,
                            **changes)
        else:
            person = before._replace(name=inc.name, **changes)
        if person.side is Side.INTERNAL and person.decision_role is not None:
            self.plan.defects.append(defect(inc.row, "ours_no_role", name=inc.name))
            person = person._replace(decision_role=None)
        return person

    # ---------------------------------------------------------------- managers
    def _resolve(self, inc: Incoming, ref: str) -> str | None:
        """The person a manager cell names: a row of the file by id, e-mail or name (the
        name's parts in any order), else someone already in the account. Names go first
        where the file names managers (``by="name"``)."""
        ref = self.alias.get(ref, ref)
        by_id = self.rows_by_key.get(ref)
        by_mail = self.rows_by_mail.get(ref.casefold()) if "@" in ref else None
        if by_id is not None and self.by != "name":
            return self.person_of[by_id.row]
        if by_mail is not None:
            return self.person_of[by_mail.row]
        exact, any_order = self._names()
        for index, key in ((exact, normal_name(ref)), (any_order, name_key(ref))):
            rows = index.get(key, [])
            if len(rows) == 1:
                return self.person_of[rows[0].row]
            if len(rows) > 1:
                self.plan.defects.append(defect(inc.row, "manager_ambiguous", ref=ref[:80],
                                                count=len(rows)))
                return None
        if by_id is not None:
            return self.person_of[by_id.row]
        found = self._in_account(ref)
        if len(found) == 1:
            return found[0]
        self.plan.defects.append(defect(inc.row, "manager_missing", ref=ref[:80]))
        return None

    def _in_account(self, ref: str) -> list[str]:
        """People already in the account that ``ref`` names (id, external id, e-mail or
        name in any order); the index is built once, on the first miss."""
        if self._account_index is None:
            index: dict[str, list[str]] = {}
            for p in self.g.people.values():
                for k in {p.id, p.external_id, p.email.casefold(), name_key(p.name)}:
                    if k:
                        index.setdefault(k, []).append(p.id)
            self._account_index = index
        for k in (ref, ref.casefold(), name_key(ref)):
            if k in self._account_index:
                return self._account_index[k]
        return []

    def _plan_managers(self) -> None:
        # the file's ids → people (as ``rows_by_key`` then ``person_of`` would find them)
        pids = self._pids()
        by_key = dict(zip(self._column("key"), pids, strict=True)) if self.by != "name" else {}
        by_key.pop("", None)  # no id
        at_once = managers_at_once(self.incoming, self.person_of, by_key, self.alias,
                                   new_account=not self.g.people, columns=self.columns,
                                   pids=pids)
        if at_once is None:
            chosen = self._managers_one_by_one(by_key)
        else:  # the usual large file: one look-up a row, no defect (io/plan_managers)
            chosen, self.plan.references = at_once
        self._break_cycles(chosen)
        self.plan.managers = chosen
        nobody = [*chosen.values()].count(None)
        self.plan.lines = len(chosen) - nobody
        # the rows without a manager (``chosen`` has each row's person: with a person a
        # row, those counted above), by C-level passes; only the first five are named
        def rootless() -> Iterator[bool]:  # each row's: no manager
            return map(is_, map(chosen.__getitem__, pids), repeat(None))

        count = nobody if len(chosen) == len(pids) else [*rootless()].count(True)
        if count > 1:
            roots = list(islice(compress(self.incoming, rootless()), 5))
            names = ", ".join(i.name for i in roots) + (" …" if count > 5 else "")
            self.plan.defects.append(defect(None, "roots", count=count, names=names))

    def _managers_one_by_one(self, by_key: dict[str, str]) -> dict[str, str | None]:
        chosen: dict[str, str | None] = {}
        sides = {self.person_of[i.row]: i.side for i in self.incoming}
        people = self.g.people
        # one side for all (a new account, no side column): no line can cross sides
        one_side = not people and set(sides.values()) <= {None}
        # a reference by the file's id, found in one look-up (what ``_resolve`` finds
        # first); anything else goes through ``_resolve``
        alias = self.alias
        for inc in self.incoming:
            pid = self.person_of[inc.row]
            refs = inc.managers
            if not refs:
                chosen[pid] = None
                continue
            if len(refs) > 1:
                self.plan.defects.append(defect(inc.row, "many_managers", count=len(refs),
                                                ref=refs[0][:80]))
            self.plan.references += 1
            manager = by_key.get(alias.get(refs[0], refs[0]) if alias else refs[0]) \
                or self._resolve(inc, refs[0])
            if manager == pid:
                self.plan.defects.append(defect(inc.row, "own_manager", name=inc.name))
                manager = None
            if manager is not None and not one_side:
                mine = sides.get(pid) or (people[pid].side if pid in people else Side.CLIENT)
                theirs = sides.get(manager) or (people[manager].side if manager in people
                                                else Side.CLIENT)
                if mine is not theirs:
                    self.plan.defects.append(defect(inc.row, "other_side"))
                    manager = None
            chosen[pid] = manager
        return chosen

    def _break_cycles(self, chosen: dict[str, str | None]) -> None:
        """Drop the line that closes each reporting cycle (the last row's), and say so."""
        def manager(pid: str) -> str | None:
            return chosen[pid] if pid in chosen else self.g.manager_of(pid)

        row_of: dict[str, int] = {}  # each person's (last) row, found on the first cycle

        # the account itself has no cycle, so every cycle found runs through a planned line
        def last_row(cycle: list[str]) -> str:  # the line that closes it: the last row's
            if not row_of:
                row_of.update(zip(self._pids(), self._column("row"), strict=True))
            return max((p for p in cycle if p in chosen), key=lambda p: row_of.get(p, 0))

        dropped = self.plan.checked.drop_cycles(
            chosen, manager if self.g.people else chosen.get, last_row)
        names = {self.person_of[i.row]: i.name for i in self.incoming} if dropped else {}
        for cycle, closer, lost in dropped:
            shown = " → ".join(names.get(p) or self.g.person(p).name
                               for p in [*cycle, cycle[0]])
            self.plan.defects.append(defect(row_of.get(closer), "cycle", shown=shown,
                                            person=names.get(closer, closer),
                                            manager=names.get(lost, "?")))

    def _levels(self) -> dict[str, Level]:
        """New people without a level: from the title, else from the depth in the tree
        (io/plan_levels), walked row by row (a new account's are found as a column by
        layer: ``_level_column``)."""
        return levels_walked(self.incoming, self.person_of, self.plan.managers,
                             self.g.manager_of, titles_read(self._column("title")))

    def _level_column(self, pids: Sequence[str]) -> list[Level]:
        """``_levels`` as a column in row order (``pids``: the rows' people); in a new
        account found by layer, with no Python step a row."""
        if self.g.people:
            levels = self._levels()
            return [levels.get(pid, Level.SPECIALIST) for pid in pids]
        titles = self._column("title")
        return levels_by_layer(self._column("level"), titles, pids, self.plan.managers,
                               titles_read(titles))

    def _plan_links(self) -> None:
        if not self.extra:
            return
        keys = {i.key: self.person_of[i.row] for i in self.incoming if i.key}
        planned = {p.id for p in self.plan.adds} | set(self.g.people)
        seen: Counter[tuple[LinkKind, str, str]] = Counter()
        for x in self.extra:
            source, target = keys.get(x.source), keys.get(x.target)
            if source is None or target is None or source not in planned or \
                    target not in planned:
                self.plan.defects.append(defect(None, "line_missing_person", kind=x.kind,
                                                source=x.source, target=x.target))
                continue
            seen[(x.kind, source, target)] += 1
            if seen[(x.kind, source, target)] > 1 or self.g.find_link(x.kind, source, target):
                continue
            self.plan.links.append(Link(new_id(), self.g.id, x.kind, source, target,
                                        dotted=x.dotted, weight=x.weight, strength=x.strength))


def plan_import(graph: AccountGraph, incoming: list[Incoming], *, by: str | None = None,
                extra: list[ExtraLink] | None = None,
                alias: dict[str, str] | None = None) -> ImportPlan:
    with paused_gc():
        return Planner(graph, incoming, by=by, extra=extra, alias=alias).build()


def apply(graph: AccountGraph, plan: ImportPlan) -> None:
    """Run the plan as one batch: every change is written together, or none is.

    New people and their lines go through the graph's bulk path (``bulk.add_many``: each
    person checked once, cycles found in one linear walk); changes to people already in the
    account go edit by edit, with the same rules.
    """
    new = set(map(itemgetter(0), plan.adds))  # their ids
    with paused_gc(), graph.batch():
        for _, after in plan.updates:
            graph.update_person(after)
        # Clear the lines that change, then draw the new ones: every state on the way is
        # then part of the final, acyclic one, so no step can close a transient cycle.
        people = graph.people
        moves = {pid: m for pid, m in plan.managers.items() if pid in people
                 and (m is None or m in people or m in new)
                 and graph.manager_of(pid) != m} if people else {}
        for pid in moves:
            graph.set_manager(pid, None)
        # the lines drawn: from a new person to a manager who is new or there already
        pids, ups = list(plan.managers), list(plan.managers.values())
        if not people and new.issuperset(pids):  # a new account, no one refused: in C
            drawn = list(map(new.__contains__, ups))  # (None is not in it)
        else:
            drawn = [pid in new and m is not None and (m in new or m in people)
                     for pid, m in zip(pids, ups, strict=True)]
        sources, targets = list(compress(pids, drawn)), list(compress(ups, drawn))
        # Link(id, account, REPORTS_TO, source, target) with its defaults, made by
        # tuple.__new__ (a NamedTuple's own __new__ is Python code)
        fixed = [Constant(Link._field_defaults[f]) for f in Link._fields[5:]]
        lines, carried = Columns.build(Link, [
            new_ids(len(sources)), Constant(graph.id), Constant(LinkKind.REPORTS_TO),
            sources, targets, *fixed])
        plan.checked.columns[Link] = carried  # checked and written by column
        add_many(graph, plan.adds, lines, plan.checked)
        for pid, manager in moves.items():
            if manager is not None:
                graph.set_manager(pid, manager)
        for link in plan.links:
            try:
                graph.add_link(link)
            except DomainError as error:  # e.g. a counterpart between two client people
                plan.defects.append(defect(None, "line_refused", kind=link.kind, error=error))
