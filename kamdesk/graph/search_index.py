"""The search index of an account: who holds which folded name, title and department.

``queries.search`` used to fold and test every person's three fields on each search
(10,000 people: ≈ 36 ms of Python). Here each field keeps its *distinct* folded values
joined into one text, with the offset where each value starts; a search is ``str.find``
over that text (a C loop over ≈ 0.2 MB at 10,000 people, titles and departments being few
distinct values), and Python touches only the values that match — the candidates,
counted in ``scanned``. Each candidate value lists the people holding it.

Built once per account graph on the first search, then kept up to date change by change
(the graph announces every applied change set): a renamed person moves between values, a
new value is appended to the text, and the text is compacted when more than half of it
is values nobody holds any more. If the graph's ``revision`` moved without an announcement
(a batch rolled back), the index is built again on the next search rather than trusted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from weakref import WeakKeyDictionary, ref

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Person
from kamdesk.graph.types import Side

SEP = "\n"  # never inside a folded value: folding turns every run of whitespace into " "
FIELDS = ("name", "title", "department")  # in the order their matches are listed


class _Field:
    """One field's distinct folded values, as one text to search, and who holds each."""

    __slots__ = ("dead", "holders", "starts", "text", "values")

    def __init__(self) -> None:
        self.holders: dict[str, dict[str, None]] = {}  # value → its people, in no order
        self.values: list[str] = []  # the values in the text, in text order
        self.starts: list[int] = []  # where each starts in the text
        self.text = ""
        self.dead = 0  # values in the text nobody holds any more

    def add(self, value: str, pid: str) -> None:
        held = self.holders.get(value)
        if held is None:
            held = self.holders[value] = {}
            self._append(value)
        elif not held:
            self.dead -= 1  # back in the text already
        held[pid] = None

    def remove(self, value: str, pid: str) -> None:
        held = self.holders.get(value)
        if held is not None and pid in held:
            del held[pid]
            if not held:
                self.dead += 1
                if self.dead > max(64, len(self.values) // 2):
                    self._compact()

    def _append(self, value: str) -> None:
        at = len(self.text) + (1 if self.text else 0)
        self.text = f"{self.text}{SEP}{value}" if self.text else value
        self.values.append(value)
        self.starts.append(at)

    def _compact(self) -> None:
        self.holders = {v: held for v, held in self.holders.items() if held}
        self.values, self.starts, self.text, self.dead = [], [], "", 0
        self.rebuild()

    def rebuild(self) -> None:
        """The text from the held values in one join (building: cheaper than appends)."""
        self.values = list(self.holders)
        self.starts, at = [], 0
        for value in self.values:
            self.starts.append(at)
            at += len(value) + 1
        self.text = SEP.join(self.values)

    def matches(self, wanted: str) -> Iterable[str]:
        """Each value containing ``wanted``, once (the text is read by ``str.find``)."""
        text, starts, values = self.text, self.starts, self.values
        find = text.find
        at = find(wanted)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            yield values[i]
            nxt = starts[i + 1] if i + 1 < len(starts) else len(text)
            at = find(wanted, nxt)


class SearchIndex:
    """Search over one account graph; follows its changes (see the module's notes)."""

    def __init__(self, graph: AccountGraph) -> None:
        from kamdesk.graph.queries import folded

        self._fold = folded
        self.fields = tuple(_Field() for _ in FIELDS)
        self.side: dict[str, Side] = {}
        self.order: dict[str, int] = {}  # person → place in the graph's order
        self._next = 0
        self.scanned = 0  # candidate values looked at by the last search (tests count it)
        self.revision = graph.revision
        self._graph = ref(graph)  # weak: the graph holds this index (as a listener)
        self._build(graph.people.values())
        graph.subscribe(self._on_changes)

    def _build(self, people: Iterable[Person]) -> None:
        """Group people by each field's raw value first, then fold each distinct value
        once (names, titles and departments repeat: 50,000 people, far fewer values)."""
        raw: tuple[dict[str, list[str]], ...] = ({}, {}, {})
        names, titles, departments = raw
        for p in people:
            pid = p.id
            names.setdefault(p.name, []).append(pid)
            titles.setdefault(p.title, []).append(pid)
            departments.setdefault(p.department, []).append(pid)
            self.side[pid] = p.side
        self.order = dict(zip(self.side, range(len(self.side)), strict=True))
        self._next = len(self.order)
        fold = self._fold
        for field, values in zip(self.fields, raw, strict=True):
            holders = field.holders
            for value, pids in values.items():
                holders.setdefault(fold(value), {}).update(dict.fromkeys(pids))
            field.rebuild()

    def _add(self, p: Person) -> None:
        fold = self._fold
        for field, value in zip(self.fields, (p.name, p.title, p.department), strict=True):
            field.add(fold(value), p.id)
        self.side[p.id] = p.side
        if p.id not in self.order:
            self.order[p.id] = self._next
            self._next += 1

    def _remove(self, p: Person, gone: bool) -> None:
        fold = self._fold
        for field, value in zip(self.fields, (p.name, p.title, p.department), strict=True):
            field.remove(fold(value), p.id)
        if gone:  # a person added back goes to the end, as in the graph's own order
            del self.side[p.id]
            del self.order[p.id]

    def _on_changes(self, changes: ChangeSet) -> None:
        for change in changes:
            before, after = change
            if isinstance(before, Person):
                self._remove(before, gone=after is None)
            if isinstance(after, Person):
                self._add(after)
        graph = self._graph()
        # every change to people is announced (a rolled-back batch changed nothing), so
        # after one the index is as current as the graph
        self.revision = graph.revision if graph is not None else -1

    def search(self, text: str, side: Side | None = None) -> list[str]:
        """As ``queries.search``: name matches first, then title, then department; each in
        the graph's order; a person listed once."""
        wanted = self._fold(text)
        self.scanned = 0
        if not wanted:
            return []
        seen: set[str] = set()
        found: list[str] = []
        for field in self.fields:
            ranked: list[str] = []
            for value in field.matches(wanted):
                self.scanned += 1
                ranked += [p for p in field.holders[value] if p not in seen
                           and (side is None or self.side[p] is side)]
            seen.update(ranked)
            ranked.sort(key=self.order.__getitem__)
            found += ranked
        return found


_INDEXES: WeakKeyDictionary[AccountGraph, SearchIndex] = WeakKeyDictionary()


def index_of(graph: AccountGraph) -> SearchIndex:
    """The graph's search index, built on first use and rebuilt if it missed a change."""
    index = _INDEXES.get(graph)
    if index is not None and index.revision != graph.revision:
        graph.unsubscribe(index._on_changes)
        index = None
    if index is None:
        index = _INDEXES[graph] = SearchIndex(graph)
    return index
