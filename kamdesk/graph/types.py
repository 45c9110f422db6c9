"""The closed vocabularies of the domain (DESIGN.md §1).

Every enum's value is what is stored in the database and written to files, so values never
change once released; labels for people come from the UI and report translations.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Side(StrEnum):
    CLIENT = "client"
    INTERNAL = "internal"


class Level(IntEnum):
    """The comb level: who should meet whom. Not the depth in the org chart."""

    TOP = 1  # top management / owner
    DIRECTOR = 2
    HEAD = 3  # head of department / manager
    SPECIALIST = 4


class DecisionRole(StrEnum):
    """The buying-centre role of a client person."""

    DECISION_MAKER = "decision_maker"  # ЛПР
    ECONOMIC_BUYER = "economic_buyer"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    USER = "user"
    INFLUENCER = "influencer"
    GATEKEEPER = "gatekeeper"
    APPROVER = "approver"  # legal / procurement
    COACH = "coach"


class Stance(StrEnum):
    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SKEPTIC = "skeptic"
    BLOCKER = "blocker"
    UNKNOWN = "unknown"


class LinkKind(StrEnum):
    REPORTS_TO = "reports_to"  # source reports to target; same side
    INFLUENCES = "influences"  # source sways target; any sides
    COUNTERPART = "counterpart"  # source (internal) owns the relationship with target (client)
    CONFLICT = "conflict"  # rivalry between two client people


class Quadrant(StrEnum):
    """McDonald–Woodburn key-account portfolio quadrant."""

    STRATEGIC = "strategic"  # attractive, strong relationship
    STAR = "star"  # attractive, weak relationship
    STATUS = "status"  # unattractive, strong relationship
    STREAMLINE = "streamline"  # unattractive, weak relationship


class Stage(StrEnum):
    """Lifecycle stage of the relationship (Millman–Wilson KAM development model)."""

    EXPLORATORY = "exploratory"
    BASIC = "basic"
    COOPERATIVE = "cooperative"
    INTERDEPENDENT = "interdependent"
    INTEGRATED = "integrated"
    DISINTEGRATING = "disintegrating"


class RaciValue(StrEnum):
    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    CONSULTED = "C"
    INFORMED = "I"


class RiskCategory(StrEnum):
    ENGINEERING = "engineering"
    LEGAL = "legal"
    LOGISTICS = "logistics"  # warehouse & logistics
    FINANCE = "finance"
    ENGAGEMENT = "engagement"  # client engagement
    PRIORITIES_CHANGED = "priorities_changed"  # client priorities changed
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class RiskStatus(StrEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


class RiskStepKind(StrEnum):
    """The reaction to a risk, in the order the process expects them."""

    RECORDED = "recorded"
    OWNER_ASSIGNED = "owner_assigned"
    ESCALATED = "escalated"
    STATUS_UPDATED = "status_updated"  # status updated and departments notified


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class ValueDirection(StrEnum):
    DELIVERED = "delivered"  # value we delivered to the client
    RECEIVED = "received"  # value we received from the client
