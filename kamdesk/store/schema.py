"""The database schema: one table per entity, columns named as the entity's fields.

Dates are stored as ISO text (``YYYY-MM-DD``) and lists (attendees, RACI cells, risk log) as
JSON text, on SQLite and PostgreSQL alike: one codec for both, read without per-dialect type
processing (the fast path of opening a workspace), and ISO dates still sort correctly.

Every row has a ``version``: an update names the version it replaces, so an edit made on a
stale copy (another client of a team server) is detected instead of silently overwriting.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    false,
)

SCHEMA_VERSION = 4
"""1: the first layout, without row versions. 2: every row carries a version.
3: the history of change sets, account members (team roles) and sync bookkeeping.
4: people who left, successors and vacant posts; required buying-centre roles; a meeting's
time of day and duration; the ``caches`` table."""
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
    Column("required_roles", Text),  # JSON [decision role, ...]; NULL: the default set
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
    _date("left_on"),
    Column("left_to", Text, nullable=False, server_default=""),
    Column("successor_id", String(64)),  # a person of the account; checked by the domain
    Column("vacancy", Boolean, nullable=False, server_default=false()),
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
    Column("time", String(5), nullable=False, server_default=""),
    Column("minutes", Integer, nullable=False, server_default="0"),
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

# ---------------------------------------------------------------- schema 3: team features
# Who changed what, when: one row per change set, written in the transaction of the change.
# Append-only (triggers refuse UPDATE and DELETE); no foreign key to accounts, so the history
# of a deleted account stays readable.
history = Table(
    "history", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("account_id", String(64), nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("author", Text, nullable=False),  # current_user on a server, the OS user on a file
    Column("origin", String(64), nullable=False),  # the writing Workspace object's token
)

history_items = Table(
    "history_items", metadata,
    Column("history_id", BigInteger().with_variant(Integer, "sqlite"),
           ForeignKey("history.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("account_id", String(64), nullable=False),  # for row-level security
    Column("kind", String(32), nullable=False),  # the entity's type name
    Column("entity_id", String(64), nullable=False),
    Column("person_id", String(64)),  # the person touched (a link's source)
    Column("other_person_id", String(64)),  # a link's target
    Column("before", Text),  # JSON list of the row's values; NULL: added
    Column("after", Text),  # NULL: removed
    PrimaryKeyConstraint("history_id", "seq"),
    Index("ix_history_items_person", "account_id", "person_id"),
    Index("ix_history_items_other", "account_id", "other_person_id"),
)

# Members of an account on a team server and their role; PostgreSQL's row-level security
# reads it (see store/team.py). Unused in a .kam file.
account_members = Table(
    "account_members", metadata,
    Column("account_id", String(64), ForeignKey("accounts.id", ondelete="CASCADE"),
           nullable=False),
    Column("login", Text, nullable=False),
    Column("role", String(16), nullable=False),  # owner | editor | viewer
    PrimaryKeyConstraint("account_id", "login"),
)

# A checked-out file's base: each row's version as last agreed with the server (store/sync.py).
sync_base = Table(
    "sync_base", metadata,
    Column("kind", String(32), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    PrimaryKeyConstraint("kind", "entity_id"),
)

TEAM_TABLES = [history, history_items, account_members, sync_base]
"""The tables schema 3 added, in creation order."""

# ---------------------------------------------------------------- schema 4: caches
# What can be computed again from an account's rows but is worth keeping between runs (the
# chart's layout, the portfolio's summary of an account). A row is valid only while the
# account's newest history entry is the one in ``stamp`` (store/caching.py); deleting every
# row of this table loses nothing but time.
caches = Table(
    "caches", metadata,
    Column("account_id", String(64), ForeignKey("accounts.id", ondelete="CASCADE"),
           nullable=False),
    Column("kind", String(64), nullable=False),
    Column("stamp", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    PrimaryKeyConstraint("account_id", "kind"),
)

V4_COLUMNS: dict[str, tuple[str, ...]] = {
    "accounts": ("required_roles",),
    "people": ("left_on", "left_to", "successor_id", "vacancy"),
    "meetings": ("time", "minutes"),
}
"""The columns schema 4 added to existing tables (the migration adds them)."""
