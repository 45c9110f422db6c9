"""The comb: which of our people meets which client person, level by level (DESIGN.md §1).

The one place that answers "who of ours meets whom", how well each level is covered, where
the gaps and the crossed teeth (level mismatches) are, and how fresh a contact is. The
signals, the chart cards, the comb view and the printed plan all ask here, so they cannot
disagree. ``layout`` places the comb for drawing, as a pure function like the chart's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from kamdesk.graph.entities import Link, Person
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side

if TYPE_CHECKING:  # annotations only: the UI reaches freshness before networkx loads
    from kamdesk.graph.account_graph import AccountGraph

# Client roles whose missing counterpart is a comb gap:
COVERED_ROLES = frozenset({DecisionRole.DECISION_MAKER, DecisionRole.INFLUENCER})


class Pair(NamedTuple):
    """One counterpart link: ``ours`` owns the relationship with ``theirs``."""

    link_id: str
    ours: str
    theirs: str
    strength: int
    last_contact: date | None

    def same_level(self, people: Mapping[str, Person]) -> bool:
        return people[self.ours].level == people[self.theirs].level


class LevelCoverage(NamedTuple):
    level: Level
    client: int  # client people at this level
    key: int  # of whom key people (a decision role)
    covered: int  # client people at this level with a counterpart of ours
    ours: int  # our people at this level
    gaps: tuple[str, ...]  # decision makers and influencers with no counterpart


class Freshness(StrEnum):
    """How recent a contact is against its cadence: the dot on a card, the colour in a table."""

    FRESH = "fresh"  # within the cadence
    DUE = "due"  # up to twice the cadence
    STALE = "stale"  # longer than that
    NEVER = "never"  # no contact recorded


def pairs(graph: AccountGraph) -> list[Pair]:
    """Every counterpart pair of the account, in the graph's order."""
    return [_pair(x) for x in graph.links.values() if x.kind is LinkKind.COUNTERPART]


def _pair(x: Link) -> Pair:
    return Pair(x.id, x.source, x.target, x.strength, x.last_contact)


def owners(graph: AccountGraph) -> dict[str, list[str]]:
    """Client person id → our people who meet them."""
    found: dict[str, list[str]] = {}
    for p in pairs(graph):
        found.setdefault(p.theirs, []).append(p.ours)
    return found


def counterparts_of(graph: AccountGraph, person_id: str) -> list[str]:
    """The people on the other side whom this person meets (either side), in link order."""
    return [x.target if x.source == person_id else x.source
            for x in graph.links_of(person_id, LinkKind.COUNTERPART)]


def is_key(person: Person) -> bool:
    """A client person the comb must show: anyone with a decision role."""
    return person.side is Side.CLIENT and person.decision_role is not None


def gaps(graph: AccountGraph) -> list[str]:
    """Client decision makers and influencers nobody of ours meets, in the graph's order."""
    owned = {p.theirs for p in pairs(graph)}
    return [p.id for p in graph.people.values() if p.side is Side.CLIENT
            and p.decision_role in COVERED_ROLES and p.id not in owned
            and not p.vacancy]  # nobody to meet yet: signals say "vacant post" instead


def mismatches(graph: AccountGraph) -> list[str]:
    """Counterpart links between people of different levels (the comb's crossed teeth)."""
    people = graph.people
    return [p.link_id for p in pairs(graph) if not p.same_level(people)]


def coverage(graph: AccountGraph) -> list[LevelCoverage]:
    """For each comb level: the client people, how many a counterpart of ours meets, gaps."""
    people = graph.people
    owned = {p.theirs for p in pairs(graph)}
    gap_set = set(gaps(graph))
    rows = []
    for level in Level:
        at = [p for p in people.values() if p.level is level]
        client = [p for p in at if p.side is Side.CLIENT]
        rows.append(LevelCoverage(
            level, len(client), sum(1 for p in client if p.decision_role is not None),
            sum(1 for p in client if p.id in owned), len(at) - len(client),
            tuple(p.id for p in client if p.id in gap_set)))
    return rows


def freshness(last_contact: date | None, cadence: int, today: date) -> Freshness:
    """The one rule for how fresh a contact is (cards, comb, PDF, signals)."""
    if last_contact is None:
        return Freshness.NEVER
    days = (today - last_contact).days
    if days <= cadence:
        return Freshness.FRESH
    return Freshness.DUE if days <= 2 * cadence else Freshness.STALE


def is_silent(person: Person, today: date) -> bool:
    """Longer without contact than the person's cadence (the "silent client" signal)."""
    return freshness(person.last_contact, person.cadence, today) is not Freshness.FRESH


# ----------------------------------------------------------------------------- layout
class Chip(NamedTuple):
    person_id: str
    side: Side
    level: Level
    x: float
    y: float


class CombLayout(NamedTuple):
    chips: dict[str, Chip]
    rows: dict[Level, float]  # top y of each level's row
    row_height: dict[Level, float]
    width: float
    height: float
    gutter: tuple[float, float]  # x range between the two sides, where the links run


def shown_people(graph: AccountGraph, *, key_only: bool) -> list[Person]:
    """Who the comb shows: key client people and those with a counterpart, and our people
    (only those with a counterpart, or our KAM and sponsor, when ``key_only``)."""
    linked: set[str] = set()
    for pair in pairs(graph):
        linked.update((pair.ours, pair.theirs))
    account = graph.account
    special = {account.kam_id, account.sponsor_id}
    shown = []
    for p in graph.people.values():
        if p.side is Side.CLIENT:
            if is_key(p) or p.id in linked:
                shown.append(p)
        elif not key_only or p.id in linked or p.id in special:
            shown.append(p)
    return shown


def layout(people: Iterable[Person], chip_width: float, chip_height: float, *,
           columns: int = 4, gap: float = 8.0, label_width: float = 150.0,
           gutter_width: float = 160.0) -> CombLayout:
    """Levels as rows; client chips on the left, ours on the right, a gutter between.

    Chips wrap into ``columns`` per side and row, so a level with many people grows down,
    not sideways (the window keeps both sides in view). Pure: people → positions.
    """
    by_row: dict[tuple[Level, Side], list[Person]] = {}
    for p in people:
        by_row.setdefault((p.level, p.side), []).append(p)
    side_width = columns * (chip_width + gap)
    left = label_width
    right = left + side_width + gutter_width
    chips: dict[str, Chip] = {}
    rows: dict[Level, float] = {}
    heights: dict[Level, float] = {}
    y = gap
    for level in Level:
        rows[level] = y
        tallest = 1
        for side, x0 in ((Side.CLIENT, left), (Side.INTERNAL, right)):
            members = by_row.get((level, side), [])
            for i, p in enumerate(members):
                col, line = i % columns, i // columns
                # both sides fill from the gutter outwards: first chips nearest the links
                slot = columns - 1 - col if side is Side.CLIENT else col
                x = x0 + slot * (chip_width + gap)
                chips[p.id] = Chip(p.id, side, level, x, y + gap + line * (chip_height + gap))
            tallest = max(tallest, -(-len(members) // columns))
        heights[level] = tallest * (chip_height + gap) + 2 * gap
        y += heights[level]
    width = right + side_width
    return CombLayout(chips, rows, heights, width, y,
                      (left + side_width - gap, right))
