"""The pure domain: the account graph on networkx, its rules, queries, signals and samples.

Imports networkx and the standard library only (checked by import-linter).
"""

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import Change, ChangeSet
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
    new_id,
)
from kamdesk.graph.errors import DomainError

__all__ = [
    "Account",
    "AccountGraph",
    "ActionItem",
    "Change",
    "ChangeSet",
    "DomainError",
    "Entity",
    "Kpi",
    "Link",
    "Meeting",
    "Person",
    "RaciActivity",
    "Risk",
    "RiskStep",
    "ValueEntry",
    "new_id",
]
