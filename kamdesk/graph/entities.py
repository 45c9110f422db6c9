"""The records of the domain (DESIGN.md §1).

Entities are immutable named tuples: an edit is a new value (``entity._replace(...)``), so a
change can carry its *before* and *after* without copying, and undo is exact. Named tuples
rather than frozen dataclasses because they build ten times faster, which matters when a
workspace of 50,000 people is loaded.

Every entity has an ``id`` (a short random hex string, so that several clients of one team
server never collide), the ``account_id`` it belongs to and a ``version`` that the store uses
to detect concurrent edits.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import NamedTuple, TypeAlias

from kamdesk.graph.types import (
    ActionStatus,
    DecisionRole,
    Level,
    LinkKind,
    Quadrant,
    RaciValue,
    RiskCategory,
    RiskStatus,
    RiskStepKind,
    Severity,
    Side,
    Stage,
    Stance,
    ValueDirection,
)

DEFAULT_CADENCE_DAYS = 10
DECISION_MAKER_CADENCE_DAYS = 4
QUADRANT_THRESHOLD = 5.0  # on the 0–10 scales: at or above is "high"


def new_id() -> str:
    """A fresh entity id: 64 random bits as 16 hex digits."""
    return secrets.token_hex(8)


def new_ids(count: int) -> list[str]:
    """``count`` fresh ids as ``new_id`` makes them, from one draw of random bytes (an
    import of 200,000 people would otherwise ask the system for randomness 400,000 times),
    in ascending order: rows written in the order given then extend the database's id
    indexes at their end instead of at random places (a 200,000-person import writes
    several times faster). The ids are as random; only their order within one batch is."""
    # the draw written as hex with a space every 8 bytes, then split: C-level passes (a
    # slice a row in Python costs twice that, a regex a third more)
    ids = secrets.token_bytes(8 * count).hex(" ", 8).split()
    ids.sort()
    return ids


class Account(NamedTuple):
    id: str
    name: str
    industry: str = ""
    business_model: str = ""
    goals: str = ""  # the client's own goals, in its words
    kam_id: str | None = None  # an internal person of this account
    sponsor_id: str | None = None  # our executive sponsor, an internal person
    attractiveness: float = 5.0  # 0–10
    relationship_strength: float = 5.0  # 0–10
    stage: Stage = Stage.BASIC
    notes: str = ""
    # The buying-centre roles this account must have identified; None: the default set
    # (graph.analysis_signals.DEFAULT_REQUIRED_ROLES). Schema 4.
    required_roles: tuple[DecisionRole, ...] | None = None
    version: int = 1

    @property
    def account_id(self) -> str:
        return self.id

    @property
    def quadrant(self) -> Quadrant:
        attractive = self.attractiveness >= QUADRANT_THRESHOLD
        strong = self.relationship_strength >= QUADRANT_THRESHOLD
        if attractive:
            return Quadrant.STRATEGIC if strong else Quadrant.STAR
        return Quadrant.STATUS if strong else Quadrant.STREAMLINE


class Person(NamedTuple):
    id: str
    account_id: str
    side: Side
    name: str
    title: str = ""
    department: str = ""
    level: Level = Level.SPECIALIST
    email: str = ""
    phone: str = ""
    notes: str = ""
    photo: bytes | None = None
    decision_role: DecisionRole | None = None  # client people only
    stance: Stance = Stance.UNKNOWN
    influence: int = 3  # 1–5
    priorities: str = ""
    last_contact: date | None = None
    cadence_days: int | None = None  # None: the default for the decision role
    external_id: str = ""  # the id in the CRM or file it was imported from
    # Schema 4. A person who left the client (or us) is kept, with their lines and history,
    # and left out of the chart and the analysis by default.
    left_on: date | None = None
    left_to: str = ""  # where they went, in the user's words
    successor_id: str | None = None  # a person of the same account and side
    vacancy: bool = False  # a known post whose holder is unknown or not yet hired
    version: int = 1

    @property
    def has_left(self) -> bool:
        return self.left_on is not None

    @property
    def cadence(self) -> int:
        """Days between contacts we must keep: explicit, or 4 for a decision maker, else 10."""
        if self.cadence_days is not None:
            return self.cadence_days
        if self.decision_role is DecisionRole.DECISION_MAKER:
            return DECISION_MAKER_CADENCE_DAYS
        return DEFAULT_CADENCE_DAYS


class Link(NamedTuple):
    """A typed edge between two persons of one account (see LinkKind for the direction)."""

    id: str
    account_id: str
    kind: LinkKind
    source: str
    target: str
    dotted: bool = False  # reports_to only: a dotted (matrix) line
    weight: int = 1  # influences only: 1–3
    strength: int = 3  # counterpart only: relationship strength 1–5
    last_contact: date | None = None  # counterpart only
    note: str = ""
    version: int = 1


class Kpi(NamedTuple):
    id: str
    account_id: str
    name: str
    unit: str = ""
    target: float | None = None
    actual: float | None = None
    period: str = ""
    version: int = 1

    @property
    def gap(self) -> float | None:
        if self.target is None or self.actual is None:
            return None
        return self.actual - self.target


class ValueEntry(NamedTuple):
    id: str
    account_id: str
    day: date
    direction: ValueDirection
    description: str
    amount: float = 0.0
    currency: str = ""
    version: int = 1


RaciAssignment: TypeAlias = tuple[str, RaciValue]  # (party: a department or a person id, value)


class RaciActivity(NamedTuple):
    id: str
    account_id: str
    name: str
    position: int = 0
    assignments: tuple[RaciAssignment, ...] = ()
    version: int = 1

    @property
    def is_valid(self) -> bool:
        """Exactly one Accountable and at least one Responsible."""
        values = [value for _, value in self.assignments]
        return values.count(RaciValue.ACCOUNTABLE) == 1 and RaciValue.RESPONSIBLE in values


class RiskStep(NamedTuple):
    on: date
    kind: RiskStepKind
    text: str = ""


class Risk(NamedTuple):
    id: str
    account_id: str
    category: RiskCategory
    description: str
    severity: Severity = Severity.MEDIUM
    owner_id: str | None = None  # an internal person
    status: RiskStatus = RiskStatus.OPEN
    escalated_to: str = ""
    raised_on: date | None = None
    due: date | None = None
    resolved_on: date | None = None
    log: tuple[RiskStep, ...] = ()
    version: int = 1


class Meeting(NamedTuple):
    id: str
    account_id: str
    day: date
    title: str
    location: str = ""
    attendees: tuple[str, ...] = ()  # person ids, both sides
    # The four parts of the agenda, each with its minutes:
    review: str = ""  # review of current projects
    client_goals: str = ""  # the client's business goals
    growth: str = ""  # new growth points
    plan: str = ""  # action plan
    time: str = ""  # "HH:MM" local time of day; "": all day (schema 4)
    minutes: int = 0  # planned duration; 0: not said (schema 4)
    version: int = 1


class ActionItem(NamedTuple):
    id: str
    account_id: str
    what: str
    owner_id: str | None = None  # who: a person of either side
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    meeting_id: str | None = None
    version: int = 1

    @property
    def is_closed(self) -> bool:
        return self.status in (ActionStatus.DONE, ActionStatus.CANCELLED)


Entity: TypeAlias = (
    Account | Person | Link | Kpi | ValueEntry | RaciActivity | Risk | Meeting | ActionItem
)
RECORD_TYPES: tuple[type[Entity], ...] = (Kpi, ValueEntry, RaciActivity, Risk, Meeting, ActionItem)
"""The account's records that are not part of the people graph."""
