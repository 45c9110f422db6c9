"""Field rules of every entity: types, ranges, closed vocabularies.

``normalized(entity)`` returns the entity with values coerced where the meaning is unambiguous
(an enum's stored value for the enum, an int 1–4 for a Level) or raises InvalidValueError.
Rules that involve more than one entity (cycles, sides of a link) live in AccountGraph.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from kamdesk.graph.entities import (
    Account,
    ActionItem,
    Entity,
    Kpi,
    Link,
    Meeting,
    Person,
    RaciActivity,
    Risk,
    RiskStep,
    ValueEntry,
)
from kamdesk.graph.errors import InvalidLevelError, InvalidValueError
from kamdesk.graph.types import (
    ActionStatus,
    DecisionRole,
    Level,
    LinkKind,
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

MAX_LINE = 4_000  # a name, a title: long enough for any real one, short enough to lay out
MAX_TEXT = 200_000  # notes, minutes, goals
MAX_CADENCE_DAYS = 3_650
MAX_PHOTO_BYTES = 5_000_000

E = TypeVar("E", bound=Enum)


def enum_value(field: str, cls: type[E], value: object) -> E:
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in cls)
        raise InvalidValueError(field, value, "one_of", allowed=allowed) from None


def text(field: str, value: object, *, required: bool = False, limit: int = MAX_LINE) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(field, value, "text")
    if required and not value.strip():
        raise InvalidValueError(field, value, "not_empty")
    if len(value) > limit:
        raise InvalidValueError(field, value, "max_chars", limit=limit)
    if not storable(value):
        raise InvalidValueError(field, value, "unstorable")
    return value


def storable(value: str) -> bool:
    """No NUL (PostgreSQL refuses it) and no half of a surrogate pair (no database stores
    one). UTF-8 encodes every code point but the surrogates, and ASCII has none: one pass
    in C (``validate_many`` asks it of a whole column joined)."""
    if "\x00" in value:
        return False
    if value.isascii():
        return True
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def integer(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, "whole")
    if not low <= value <= high:
        raise InvalidValueError(field, value, "range", low=low, high=high)
    return int(value)


def number(field: str, value: object, low: float = -math.inf, high: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(field, value, "number")
    if not math.isfinite(value) or not low <= value <= high:
        if math.isinf(high):
            raise InvalidValueError(field, value, "finite")
        raise InvalidValueError(field, value, "range", low=f"{low:g}", high=f"{high:g}")
    return float(value)


def optional_number(field: str, value: object) -> float | None:
    return None if value is None else number(field, value)


def day(field: str, value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise InvalidValueError(field, value, "date")
    return value


def optional_day(field: str, value: object) -> date | None:
    return None if value is None else day(field, value)


MINUTES_PER_DAY = 24 * 60
_TIME = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")


def time_of_day(field: str, value: object) -> str:
    """"HH:MM" (24-hour) or "" (all day)."""
    if not isinstance(value, str) or (value and not _TIME.fullmatch(value)):
        raise InvalidValueError(field, value, "time_of_day")
    return value


def optional_id(field: str, value: object) -> str | None:
    return None if value is None else text(field, value, required=True, limit=64)


def level(value: object) -> Level:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
        raise InvalidLevelError("level", value, "level")
    return Level(value)


def _account(a: Account) -> Account:
    return a._replace(
        id=text("id", a.id, required=True, limit=64),
        name=text("name", a.name, required=True),
        industry=text("industry", a.industry),
        business_model=text("business model", a.business_model, limit=MAX_TEXT),
        goals=text("goals", a.goals, limit=MAX_TEXT),
        kam_id=optional_id("KAM", a.kam_id),
        sponsor_id=optional_id("sponsor", a.sponsor_id),
        attractiveness=number("attractiveness", a.attractiveness, 0, 10),
        relationship_strength=number("relationship strength", a.relationship_strength, 0, 10),
        stage=enum_value("stage", Stage, a.stage),
        notes=text("notes", a.notes, limit=MAX_TEXT),
        required_roles=_roles(a.required_roles),
    )


def _roles(value: object) -> tuple[DecisionRole, ...] | None:
    """None (the default roles) or decision roles, each once."""
    if value is None:
        return None
    if not isinstance(value, tuple | list):
        return (enum_value("required roles", DecisionRole, value),)  # refuses a non-role
    return tuple(dict.fromkeys(enum_value("required roles", DecisionRole, r) for r in value))


def _person(p: Person) -> Person:
    """Coerce the typed fields (only when needed: the hot path of imports), then check."""
    if not _is_typed(p):
        side = enum_value("side", Side, p.side)
        role = p.decision_role
        p = p._replace(
            side=side, level=level(p.level), stance=enum_value("stance", Stance, p.stance),
            decision_role=None if role is None else enum_value("role", DecisionRole, role),
            last_contact=optional_day("last contact", p.last_contact),
            left_on=optional_day("left on", p.left_on))
    _check_person_values(p)
    return p


def _is_typed(p: Person) -> bool:
    """Every coercible field already has its exact type (so normalizing changes nothing)."""
    return (p.side.__class__ is Side and p.level.__class__ is Level
            and p.stance.__class__ is Stance
            and (p.decision_role is None or p.decision_role.__class__ is DecisionRole)
            and (p.last_contact is None or p.last_contact.__class__ is date)
            and (p.left_on is None or p.left_on.__class__ is date))


def _check_person_values(p: Person) -> None:
    """Every rule on a person's values, once the typed fields have their types."""
    if p.decision_role is not None and p.side is Side.INTERNAL:
        raise InvalidValueError("decision role", p.decision_role.value,
                                "client_only_role")
    if p.photo is not None and (not isinstance(p.photo, bytes) or len(p.photo) > MAX_PHOTO_BYTES):
        raise InvalidValueError("photo", "<binary>", "photo")
    text("name", p.name, required=True)
    for name in ("title", "department", "email", "phone"):
        text(name, getattr(p, name))
    text("notes", p.notes, limit=MAX_TEXT)
    text("priorities", p.priorities, limit=MAX_TEXT)
    text("external id", p.external_id, limit=256)
    integer("influence", p.influence, 1, 5)
    if p.cadence_days is not None:
        integer("cadence", p.cadence_days, 1, MAX_CADENCE_DAYS)
    text("left to", p.left_to)
    optional_id("successor", p.successor_id)
    if p.vacancy.__class__ is not bool:
        raise InvalidValueError("vacancy", p.vacancy, "bool")


def _link(link: Link) -> Link:
    if not isinstance(link.dotted, bool):
        raise InvalidValueError("dotted", link.dotted, "bool")
    return link._replace(
        kind=enum_value("link kind", LinkKind, link.kind),
        weight=integer("weight", link.weight, 1, 3),
        strength=integer("strength", link.strength, 1, 5),
        last_contact=optional_day("last contact", link.last_contact),
        note=text("note", link.note, limit=MAX_TEXT),
    )


def _kpi(k: Kpi) -> Kpi:
    return k._replace(
        name=text("name", k.name, required=True),
        unit=text("unit", k.unit),
        target=optional_number("target", k.target),
        actual=optional_number("actual", k.actual),
        period=text("period", k.period),
    )


def _value(v: ValueEntry) -> ValueEntry:
    return v._replace(
        day=day("date", v.day),
        direction=enum_value("direction", ValueDirection, v.direction),
        description=text("description", v.description, required=True, limit=MAX_TEXT),
        amount=number("amount", v.amount),
        currency=text("currency", v.currency, limit=16),
    )


def _raci(r: RaciActivity) -> RaciActivity:
    pairs = []
    for party, value in r.assignments:
        pairs.append((text("RACI party", party, required=True),
                      enum_value("RACI", RaciValue, value)))
    parties = [p for p, _ in pairs]
    if len(set(parties)) != len(parties):
        raise InvalidValueError("RACI", parties, "raci_once")
    return r._replace(
        name=text("activity", r.name, required=True),
        position=integer("position", r.position, 0, 1_000_000),
        assignments=tuple(pairs),
    )


def _step(s: RiskStep) -> RiskStep:
    return RiskStep(day("step date", s.on), enum_value("step", RiskStepKind, s.kind),
                    text("step", s.text, limit=MAX_TEXT))


def _risk(r: Risk) -> Risk:
    return r._replace(
        category=enum_value("category", RiskCategory, r.category),
        description=text("description", r.description, required=True, limit=MAX_TEXT),
        severity=enum_value("severity", Severity, r.severity),
        owner_id=optional_id("owner", r.owner_id),
        status=enum_value("status", RiskStatus, r.status),
        escalated_to=text("escalated to", r.escalated_to),
        raised_on=optional_day("raised on", r.raised_on),
        due=optional_day("due", r.due),
        resolved_on=optional_day("resolved on", r.resolved_on),
        log=tuple(_step(RiskStep(*s)) for s in r.log),
    )


def _meeting(m: Meeting) -> Meeting:
    return m._replace(
        day=day("date", m.day),
        title=text("title", m.title, required=True),
        location=text("location", m.location),
        attendees=tuple(dict.fromkeys(text("attendee", a, required=True) for a in m.attendees)),
        review=text("review", m.review, limit=MAX_TEXT),
        client_goals=text("client goals", m.client_goals, limit=MAX_TEXT),
        growth=text("growth points", m.growth, limit=MAX_TEXT),
        plan=text("action plan", m.plan, limit=MAX_TEXT),
        time=time_of_day("time", m.time),
        minutes=integer("duration", m.minutes, 0, MINUTES_PER_DAY),
    )


def _action(a: ActionItem) -> ActionItem:
    return a._replace(
        what=text("what", a.what, required=True, limit=MAX_TEXT),
        owner_id=optional_id("owner", a.owner_id),
        due=optional_day("due", a.due),
        status=enum_value("status", ActionStatus, a.status),
        meeting_id=optional_id("meeting", a.meeting_id),
    )


_RULES: dict[type[Any], Callable[[Any], Any]] = {
    Account: _account,
    Person: _person,
    Link: _link,
    Kpi: _kpi,
    ValueEntry: _value,
    RaciActivity: _raci,
    Risk: _risk,
    Meeting: _meeting,
    ActionItem: _action,
}


def normalized(entity: Entity) -> Entity:
    """The entity with its fields checked and coerced; raises InvalidValueError."""
    rule = _RULES.get(type(entity))
    if rule is None:
        raise TypeError(f"not an entity of the domain: {type(entity).__name__}")
    text("id", entity.id, required=True, limit=64)
    text("account", entity.account_id, required=True, limit=64)
    integer("version", entity.version, 1, 2**62)
    result: Entity = rule(entity)
    return result
