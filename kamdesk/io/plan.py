"""Planning an import into an account: what will be added, updated, skipped, and why.

The plan is computed against the account as it is, without changing it; ``apply`` then runs
it as one batch of the graph (one transaction: all or nothing). People are matched by the
file's id (kept as the person's external id), then by e-mail, so a re-import of an updated
export updates the same people and keeps what the KAM added in kamdesk.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Any

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import Checked, add_many, paused_gc
from kamdesk.graph.entities import Link, Person, new_id, new_ids
from kamdesk.graph.errors import DomainError
from kamdesk.graph.import_words import import_text
from kamdesk.graph.queries import reporting_cycles
from kamdesk.graph.types import Level, LinkKind, Side
from kamdesk.graph.validate import MAX_LINE, MAX_TEXT
from kamdesk.io.people import Defect, Incoming, defect, name_key, normal_name

TOP_WORDS = re.compile(r"генеральн|президент|председател|владел|основател|\bceo\b|chief "
                       r"executive|owner|founder|chairman|managing director", re.I)
DIRECTOR_WORDS = re.compile(r"директор|director|\bchief\b|\bvp\b|vice president|\bc[ftoim]o\b"
                            r"|заместитель генерального", re.I)
HEAD_WORDS = re.compile(r"руководител|начальник|заведующ|\bhead\b|manager|lead|менеджер "
                        r"проекта", re.I)
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


@lru_cache(maxsize=4096)  # titles repeat: "Specialist" ten thousand times
def _level_from_title(title: str) -> Level | None:
    if TOP_WORDS.search(title):
        return Level.TOP
    if DIRECTOR_WORDS.search(title):
        return Level.DIRECTOR
    if HEAD_WORDS.search(title):
        return Level.HEAD
    return None


class Planner:
    def __init__(self, graph: AccountGraph, incoming: list[Incoming], *, by: str | None,
                 extra: list[ExtraLink] | None = None,
                 alias: dict[str, str] | None = None) -> None:
        self.g, self.incoming, self.extra = graph, incoming, extra or []
        self.by = by or "id"
        self.alias = alias or {}
        self.plan = ImportPlan()
        self.person_of: dict[int, str] = {}  # row → person id in the account
        self.rows_by_key = {p.key: p for p in self.incoming if p.key}
        self.rows_by_mail = {p.email.casefold(): p for p in self.incoming if p.email}
        self._by_names: tuple[dict[str, list[Incoming]], dict[str, list[Incoming]]] | None = None
        self._account_index: dict[str, list[str]] | None = None

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
        fresh = iter(new_ids(len(self.incoming)))
        for inc in self.incoming:
            match = (people.get(inc.key)  # our own export, back into its account
                     or existing_by_ext.get(inc.external_id or inc.key or "\x00")
                     or existing_by_mail.get((inc.email or "").casefold() or "\x00")
                     ) if people else None
            self.person_of[inc.row] = match.id if match else next(fresh)
        self._plan_managers()
        levels = self._levels()
        befores = [self.g.people.get(self.person_of[inc.row]) for inc in self.incoming]
        wanted = [self._person(inc, self.person_of[inc.row], before,
                               levels.get(self.person_of[inc.row], Level.SPECIALIST))
                  for inc, before in zip(self.incoming, befores, strict=True)]
        # the graph's rules, once per person (all at once, by column, when all pass)
        checked = self.plan.checked.check_many(wanted)
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
        self._plan_links()
        self.plan.defects.sort(key=lambda d: (d.row is None, d.row or 0))
        return self.plan

    def _trimmed(self, inc: Incoming) -> None:
        """Cut text past the domain's limits, saying so: a long note never costs a person."""
        values = _LIMITED(inc)
        if max(map(len, filter(None, values)), default=0) <= SHORTEST:
            return  # the hot path: no value near any limit
        for (name, limit), value in zip(LIMITS, values, strict=True):
            if value is not None and len(value) > limit:
                self.plan.defects.append(defect(inc.row, "cut", field=name, length=len(value),
                                                limit=limit))
                setattr(inc, name, value[:limit])

    def _person(self, inc: Incoming, pid: str, before: Person | None, level: Level) -> Person:
        self._trimmed(inc)
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
        chosen: dict[str, str | None] = {}
        row_of: dict[str, int] = {}
        sides = {self.person_of[i.row]: i.side for i in self.incoming}
        people = self.g.people
        for inc in self.incoming:
            pid = self.person_of[inc.row]
            row_of[pid] = inc.row
            if len(inc.managers) > 1:
                self.plan.defects.append(defect(inc.row, "many_managers", count=len(inc.managers),
                                                ref=inc.managers[0][:80]))
            if inc.managers:
                self.plan.references += 1
            manager = self._resolve(inc, inc.managers[0]) if inc.managers else None
            if manager == pid:
                self.plan.defects.append(defect(inc.row, "own_manager", name=inc.name))
                manager = None
            if manager is not None:
                mine = sides.get(pid) or (people[pid].side if pid in people else Side.CLIENT)
                theirs = sides.get(manager) or (people[manager].side if manager in people
                                                else Side.CLIENT)
                if mine is not theirs:
                    self.plan.defects.append(defect(inc.row, "other_side"))
                    manager = None
            chosen[pid] = manager
        self._break_cycles(chosen, row_of)
        self.plan.managers = chosen
        self.plan.lines = sum(1 for m in chosen.values() if m is not None)
        roots = [i for i in self.incoming if chosen.get(self.person_of[i.row]) is None]
        if len(roots) > 1:
            names = ", ".join(i.name for i in roots[:5]) + (" …" if len(roots) > 5 else "")
            self.plan.defects.append(defect(None, "roots", count=len(roots), names=names))

    def _break_cycles(self, chosen: dict[str, str | None], row_of: dict[str, int]) -> None:
        """Drop the line that closes each reporting cycle (the last row's), and say so."""
        def manager(pid: str) -> str | None:
            return chosen[pid] if pid in chosen else self.g.manager_of(pid)

        names = {self.person_of[i.row]: i.name for i in self.incoming}
        # the account itself has no cycle, so every cycle found runs through a planned line
        for cycle in reporting_cycles(list(chosen), manager):
            closer = max((p for p in cycle if p in chosen), key=lambda p: row_of.get(p, 0))
            shown = " → ".join(names.get(p) or self.g.person(p).name
                               for p in [*cycle, cycle[0]])
            self.plan.defects.append(defect(row_of.get(closer), "cycle", shown=shown,
                                            person=names.get(closer, closer),
                                            manager=names.get(manager(closer) or "", "?")))
            chosen[closer] = None

    def _levels(self) -> dict[str, Level]:
        """New people without a level: from the title, else from the depth in the tree."""
        found: dict[str, Level] = {}
        managers = self.plan.managers
        for inc in self.incoming:
            pid = self.person_of[inc.row]
            level = inc.level or (_level_from_title(inc.title) if inc.title else None)
            if level is None:
                depth, node, seen = 0, managers.get(pid), {pid}
                while node is not None and node not in seen and depth < 4:
                    seen.add(node)
                    depth += 1
                    node = managers[node] if node in managers else self.g.manager_of(node)
                level = Level(min(depth + 1, 4))
            found[pid] = level
        return found

    def _plan_links(self) -> None:
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
    new = {p.id for p in plan.adds}
    with paused_gc(), graph.batch():
        for _, after in plan.updates:
            graph.update_person(after)
        # Clear the lines that change, then draw the new ones: every state on the way is
        # then part of the final, acyclic one, so no step can close a transient cycle.
        moves = {pid: m for pid, m in plan.managers.items() if pid in graph.people
                 and (m is None or m in graph.people or m in new)
                 and graph.manager_of(pid) != m}
        for pid in moves:
            graph.set_manager(pid, None)
        people = graph.people
        drawn = [(pid, m) for pid, m in plan.managers.items()
                 if pid in new and m is not None and (m in new or m in people)]
        lines = [Link(lid, graph.id, LinkKind.REPORTS_TO, pid, m)
                 for lid, (pid, m) in zip(new_ids(len(drawn)), drawn, strict=True)]
        add_many(graph, plan.adds, lines, plan.checked)
        for pid, manager in moves.items():
            if manager is not None:
                graph.set_manager(pid, manager)
        for link in plan.links:
            try:
                graph.add_link(link)
            except DomainError as error:  # e.g. a counterpart between two client people
                plan.defects.append(defect(None, "line_refused", kind=link.kind, error=error))
