"""The org chart of one side, kept up to date edit by edit: ``chart_layout`` made incremental.

``chart_layout`` lays the whole chart out from scratch; at 50,000 people that is most of a
second, and a change of manager moved one card. ``LiveChart`` keeps a ``TidyLayout`` of the
same forest (collapsed people hide their subtrees, a manager of leaves gets them as a stack)
and, told which people changed, walks only their paths up to the root. It reads like a
``ChartLayout`` (``boxes``, ``manager``, ``stacked``, ``hidden``, ``width``, ``height``) but
works out a card's box when asked, so the screen pays for what it shows. The result equals
``chart_layout`` of the same graph exactly; the tests compare them after edits.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Iterator, Mapping

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import Change
from kamdesk.graph.chart import (
    GAP_X,
    GAP_Y,
    STACK_GAP,
    STACK_INDENT,
    STACK_MIN,
    Size,
    stack_columns,
    stack_size,
)
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.layout import Box, Shown, TidyLayout
from kamdesk.graph.queries import manager_chain, roots, subtree
from kamdesk.graph.types import LinkKind, Side

STACK = "\x00"  # a stack's key in the tidy layout: STACK + its manager's id


class _Stack:
    __slots__ = ("cell", "columns", "leaves", "size")

    def __init__(self, leaves: list[str], cards: list[tuple[float, float]]) -> None:
        self.leaves, self.columns = leaves, stack_columns(len(leaves))
        self.cell = (max(w for w, _ in cards), max(h for _, h in cards))
        self.size = stack_size(cards)


class LiveChart:
    """What the chart of ``side`` shows and where, with ``collapsed`` subtrees hidden."""

    def __init__(self, graph: AccountGraph, side: Side, collapsed: Collection[str],
                 size: Size, show_left: bool = False) -> None:
        self.graph, self.side, self.size = graph, side, size
        self.show_left = show_left  # people who left: hidden unless they head a team
        self.collapsed = set(collapsed)
        self.stacks: dict[str, _Stack] = {}  # manager -> the leaves stacked under them
        self._in_stack: dict[str, tuple[str, int]] = {}  # leaf -> (its manager, place)
        self._order: dict[str, int] = {}  # the graph's order of people: roots keep it
        self._roots: dict[str, None] = {}
        self._hidden: dict[str, int] = {}
        self.layout: TidyLayout[str] = TidyLayout(self._children, self._box_size,
                                                  gap_x=GAP_X, gap_y=GAP_Y)
        self._order = dict(zip(graph.people, itertools.count()))
        self._next = len(self._order)  # the place of the next person the graph adds
        mine = self._mine  # who left is charted only when shown or heading a team
        self._roots = dict.fromkeys(p for p in roots(graph, side) if mine(p))
        self.layout.update(list(self._roots))
        self.boxes = _Boxes(self)
        self.manager = _Managers(self)
        self.stacked = _Spines(self)
        self.hidden = _Hidden(self)

    # ------------------------------------------------------------------ the forest
    def _children(self, key: str) -> list[str]:
        if key.startswith(STACK):
            return []
        old = self.stacks.pop(key, None)
        if old is not None:
            for leaf in old.leaves:
                if self._in_stack.get(leaf, ("",))[0] == key:
                    del self._in_stack[leaf]
        reports = self.graph.solid_reports
        kids = reports(key)
        if kids and not self.show_left:
            kids = [k for k in kids if charted(self.graph, k, self.side, False)]
        if not kids or key in self.collapsed:
            return []
        if len(kids) >= STACK_MIN and not any(reports(k) for k in kids):
            self.stacks[key] = _Stack(kids, [self.size(k) for k in kids])
            for i, leaf in enumerate(kids):
                self._in_stack[leaf] = (key, i)
            return [STACK + key]
        return kids

    def _box_size(self, key: str) -> tuple[float, float]:
        if key.startswith(STACK):
            return self.stacks[key[1:]].size
        return self.size(key)

    def _mine(self, pid: str) -> bool:
        return charted(self.graph, pid, self.side, self.show_left)

    def _boss(self, pid: str) -> str | None:
        """The manager the chart shows now (a stack's leaf: the stack's manager)."""
        node = self.layout.nodes.get(pid)
        if node is not None:
            return None if node.parent is None else node.parent.key
        found = self._in_stack.get(pid)
        return None if found is None else found[0]

    # ------------------------------------------------------------------ changes
    def update(self, people: Iterable[str] = (), collapsed: Collection[str] | None = None,
               ) -> int:
        """Follow a change of ``people`` (added, removed, renamed, moved: any of them) and
        of what is collapsed; returns how many cards were laid out again."""
        edited = set(people)
        touched = set(edited)
        if collapsed is not None:
            touched |= self.collapsed ^ set(collapsed)
            self.collapsed = set(collapsed)
        managers = self.graph.manager_of
        around = set(touched)
        stale = set(edited)  # whose count of people below may have changed: not a collapse's
        for pid in touched:  # the old and the new manager: their children changed
            for boss in (self._boss(pid), managers(pid) if self._mine(pid) else None):
                if boss is not None:
                    around.add(boss)
                    if pid in edited:
                        stale.add(boss)
        for pid in list(around):  # one who left comes into view or goes (their team did)
            boss = managers(pid) if pid in self.graph.people else None
            if boss is not None and self._mine(pid) != self.shown(pid):
                around.add(boss)
                stale.add(boss)
        changed, removed = [], []
        for pid in around:
            if pid not in self._order and pid in self.graph.people:
                # after the graph's people, as it adds them (not len(): after a removal
                # that number is taken, and two roots would tie in the wrong order)
                self._order[pid] = self._next = self._next + 1
            if self._mine(pid):
                changed += [pid, STACK + pid]
                if managers(pid) is None:
                    self._roots[pid] = None
                else:
                    self._roots.pop(pid, None)
            else:
                removed += [pid, STACK + pid]
                self._roots.pop(pid, None)
                if pid not in self.graph.people:  # kept for one who left: roots keep order
                    self._order.pop(pid, None)
                self._in_stack.pop(pid, None)
                self.stacks.pop(pid, None)
        order = self._order
        roots = sorted(self._roots, key=order.__getitem__)
        self._roots = dict.fromkeys(roots)
        self.layout.update(roots, changed, removed)
        if self._hidden:  # the counts of the edited people and their managers are stale
            for pid in stale:
                self._hidden.pop(pid, None)
                for boss in manager_chain(self.graph, pid) if pid in order else ():
                    self._hidden.pop(boss, None)
        self.boxes.known = {}
        return self.layout.walked

    def take_counts(self, hidden: Mapping[str, int]) -> None:
        """How many people collapsed cards hide, counted elsewhere (``store.top_read``
        paints the top of a partial graph: its own subtrees would count too few)."""
        self._hidden.update(hidden)

    # ------------------------------------------------------------------ reading
    @property
    def width(self) -> float:
        return self.layout.width

    @property
    def height(self) -> float:
        return self.layout.height

    def roots(self) -> list[str]:
        return [node.key for node in self.layout.roots]

    def shown(self, pid: str) -> bool:
        if pid in self.layout.nodes:
            return True
        found = self._in_stack.get(pid)
        return found is not None and STACK + found[0] in self.layout.nodes

    def box(self, pid: str) -> Box:
        found = self._in_stack.get(pid)
        if found is None or pid in self.layout.nodes:
            return self.layout.box(pid)
        boss, i = found
        block = self.layout.box(STACK + boss)
        stack = self.stacks[boss]
        width, height = stack.cell
        row, column = divmod(i, stack.columns)
        w, h = self.size(pid)
        return Box(block.x + STACK_INDENT + column * (width + STACK_GAP),
                   block.y + row * (height + STACK_GAP), w, h)

    def visible(self, left: float, top: float, right: float, bottom: float) -> list[str]:
        """The cards meeting the rectangle or whose connector up to their manager may
        (a stack's cards when the stack does)."""
        found = []
        for key in self.layout.visible(left, top, right, bottom, bands=True):
            if key.startswith(STACK):
                found += self.stacks[key[1:]].leaves
            else:
                found.append(key)
        return found

    def overview(self, left: float, top: float, right: float, bottom: float,
                 min_width: float) -> list[Shown[str]]:
        """``TidyLayout.overview``; a stack is always a block, keyed by its manager."""
        found = self.layout.overview(left, top, right, bottom, min_width)
        for i, shown in enumerate(found):
            if shown.key.startswith(STACK):
                found[i] = shown._replace(key=shown.key[1:], block=True)
        return found

    def cards(self) -> Iterator[str]:
        """Every card shown, parents before their reports (linear: exports, tests)."""
        for key in self.layout.boxes():
            if key.startswith(STACK):
                yield from self.stacks[key[1:]].leaves
            else:
                yield key


class _Boxes(Mapping[str, Box]):
    """Boxes worked out when first asked for, remembered until the next update."""

    def __init__(self, chart: LiveChart) -> None:
        self.chart = chart
        self.known: dict[str, Box] = {}

    def __getitem__(self, pid: str) -> Box:
        found = self.known.get(pid)
        if found is None:
            if not self.chart.shown(pid):
                raise KeyError(pid)
            found = self.known[pid] = self.chart.box(pid)
        return found

    def get(self, pid: str, default: Box | None = None) -> Box | None:  # type: ignore[override]
        found = self.known.get(pid)
        if found is not None:
            return found
        try:
            return self[pid]
        except KeyError:
            return default

    def __contains__(self, pid: object) -> bool:
        return isinstance(pid, str) and self.chart.shown(pid)

    def __iter__(self) -> Iterator[str]:
        return self.chart.cards()

    def __len__(self) -> int:
        chart = self.chart
        stacks = sum(len(chart.stacks[k[1:]].leaves) - 1 for k in chart.layout.nodes
                     if k.startswith(STACK))
        return len(chart.layout.nodes) + stacks


class _Managers(Mapping[str, str]):
    def __init__(self, chart: LiveChart) -> None:
        self.chart = chart

    def __getitem__(self, pid: str) -> str:
        boss = self.chart._boss(pid) if self.chart.shown(pid) else None
        if boss is None:
            raise KeyError(pid)
        return boss

    def __iter__(self) -> Iterator[str]:
        return (pid for pid in self.chart.cards() if pid in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _Spines(Mapping[str, float]):
    """A card drawn inside a stack: the x of the stack's spine."""

    def __init__(self, chart: LiveChart) -> None:
        self.chart = chart

    def __getitem__(self, pid: str) -> float:
        chart = self.chart
        found = chart._in_stack.get(pid)
        if found is None or not chart.shown(pid) or pid in chart.layout.nodes:
            raise KeyError(pid)
        return chart.layout.box(STACK + found[0]).x + STACK_INDENT / 2

    def __iter__(self) -> Iterator[str]:
        return (pid for pid in self.chart.cards() if pid in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _Hidden(Mapping[str, int]):
    """A collapsed person with reports: how many people it hides (counted when asked)."""

    def __init__(self, chart: LiveChart) -> None:
        self.chart = chart

    def __getitem__(self, pid: str) -> int:
        chart = self.chart
        if pid not in chart.collapsed or pid not in chart.layout.nodes:
            raise KeyError(pid)
        found = chart._hidden.get(pid)
        if found is None:  # a badge only over reports the chart would show (as chart_layout)
            if not any(chart._mine(k) for k in chart.graph.solid_reports(pid)):
                raise KeyError(pid)
            found = chart._hidden[pid] = len(subtree(chart.graph, pid)) - 1
        return found

    def __iter__(self) -> Iterator[str]:
        return (pid for pid in self.chart.collapsed if pid in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def charted(graph: AccountGraph, pid: str, side: Side, show_left: bool) -> bool:
    """Whether the chart of ``side`` shows the person: one who left only on request, or
    while people still report to them (their team keeps its place; the card is greyed)."""
    person = graph.people.get(pid)
    if person is None or person.side is not side:
        return False
    return show_left or person.left_on is None or bool(graph.solid_reports(pid))


def people_touched(changes: Iterable[Change]) -> set[str]:
    """The people a change set may move on a chart: changed people, and both ends of every
    solid line added, removed or redirected (before and after)."""
    found: set[str] = set()
    for change in changes:
        for entity in (change.before, change.after):
            if isinstance(entity, Person):
                found.add(entity.id)
            elif isinstance(entity, Link) and entity.kind is LinkKind.REPORTS_TO \
                    and not entity.dotted:
                found.update((entity.source, entity.target))
    return found
