"""The database schema: one table per entity, columns named as the entity's fields.

Dates are stored as ISO text (``YYYY-MM-DD``) and lists (attendees, RACI cells, risk log) as
JSON text, on SQLite and PostgreSQL alike: one codec for both, read without per-dialect type
processing (the fast path of opening a workspace), and ISO dates still sort correctly.

Every row has a ``version``: an update names the version it replaces, so an edit made on a
stale copy (another client of a team server) is detected instead of silently overwriting.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 2
"""1: the first layout, without row versions. 2: every row carries a version."""
APPLICATION = "kamdesk"

metadata = MetaData()


def _id() -> Column[str]:
    return Column("id", String(64), primary_key=True)


def _account_ref() -> Column[str]:
    return Column("account_id", String(64), ForeignKey("accounts.id", ondelete="CASCADE"),
                  nullable=False, index=True)


def _version() -> Column[int]:
    return Column("version", Integer, nullable=False, server_default="1")


def _date(name: str, nullable: bool = True) -> Column[str]:
    return Column(name, String(10), nullable=nullable)


meta = Table("kamdesk_meta", metadata,
             Column("key", String(64), primary_key=True),
             Column("value", Text, nullable=False))

accounts = Table(
    "accounts", metadata, _id(),
    Column("name", Text, nullable=False),
    Column("industry", Text, nullable=False),
    Column("business_model", Text, nullable=False),
    Column("goals", Text, nullable=False),
    Column("kam_id", String(64)),  # a person of the account; checked by the domain
    Column("sponsor_id", String(64)),
    Column("attractiveness", Float, nullable=False),
    Column("relationship_strength", Float, nullable=False),
    Column("stage", String(32), nullable=False),
    Column("notes", Text, nullable=False),
    _version(),
)

people = Table(
    "people", metadata, _id(), _account_ref(),
    Column("side", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("department", Text, nullable=False),
    Column("level", Integer, nullable=False),
    Column("email", Text, nullable=False),
    Column("phone", Text, nullable=False),
    Column("notes", Text, nullable=False),
    Column("photo", LargeBinary),
    Column("decision_role", String(32)),
    Column("stance", String(16), nullable=False),
    Column("influence", Integer, nullable=False),
    Column("priorities", Text, nullable=False),
    _date("last_contact"),
    Column("cadence_days", Integer),
    Column("external_id", Text, nullable=False),
    _version(),
)

links = Table(
    "links", metadata, _id(), _account_ref(),
    Column("kind", String(16), nullable=False),
    Column("source", String(64), ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("target", String(64), ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("dotted", Boolean, nullable=False),
    Column("weight", Integer, nullable=False),
    Column("strength", Integer, nullable=False),
    _date("last_contact"),
    Column("note", Text, nullable=False),
    _version(),
    Index("ix_links_source", "source"),
    Index("ix_links_target", "target"),
)

kpis = Table(
    "kpis", metadata, _id(), _account_ref(),
    Column("name", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("target", Float),
    Column("actual", Float),
    Column("period", Text, nullable=False),
    _version(),
)

value_entries = Table(
    "value_entries", metadata, _id(), _account_ref(),
    _date("day", nullable=False),
    Column("direction", String(16), nullable=False),
    Column("description", Text, nullable=False),
    Column("amount", Float, nullable=False),
    Column("currency", String(16), nullable=False),
    _version(),
)

raci_activities = Table(
    "raci_activities", metadata, _id(), _account_ref(),
    Column("name", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("assignments", Text, nullable=False),  # JSON [[party, "R"|"A"|"C"|"I"], ...]
    _version(),
)

risks = Table(
    "risks", metadata, _id(), _account_ref(),
    Column("category", String(32), nullable=False),
    Column("description", Text, nullable=False),
    Column("severity", String(16), nullable=False),
    Column("owner_id", String(64)),
    Column("status", String(16), nullable=False),
    Column("escalated_to", Text, nullable=False),
    _date("raised_on"),
    _date("due"),
    _date("resolved_on"),
    Column("log", Text, nullable=False),  # JSON [[date, step kind, text], ...]
    _version(),
)

meetings = Table(
    "meetings", metadata, _id(), _account_ref(),
    _date("day", nullable=False),
    Column("title", Text, nullable=False),
    Column("location", Text, nullable=False),
    Column("attendees", Text, nullable=False),  # JSON [person id, ...]
    Column("review", Text, nullable=False),
    Column("client_goals", Text, nullable=False),
    Column("growth", Text, nullable=False),
    Column("plan", Text, nullable=False),
    _version(),
)

action_items = Table(
    "action_items", metadata, _id(), _account_ref(),
    Column("what", Text, nullable=False),
    Column("owner_id", String(64)),
    _date("due"),
    Column("status", String(16), nullable=False),
    Column("meeting_id", String(64)),
    _version(),
)

ENTITY_TABLES = [accounts, people, links, kpis, value_entries, raci_activities, risks,
                 meetings, action_items]
"""In the order rows must be inserted (foreign keys point backwards in this list)."""
