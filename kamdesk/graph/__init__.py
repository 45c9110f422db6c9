"""The pure domain: the account graph on networkx, its rules, queries, signals and samples.

Imports networkx and the standard library only (checked by import-linter). Names are loaded
on first use, so reaching an enum (``kamdesk.graph.types``) or the vocabulary does not import
networkx: the app's cold start and the command line's quick commands stay light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "AccountGraph": "account_graph", "Change": "changes", "ChangeSet": "changes",
    "DomainError": "errors",
    **dict.fromkeys(("Account", "ActionItem", "Entity", "Kpi", "Link", "Meeting", "Person",
                     "RaciActivity", "Risk", "RiskStep", "ValueEntry", "new_id"), "entities"),
}

__all__ = [
    "Account", "AccountGraph", "ActionItem", "Change", "ChangeSet", "DomainError", "Entity",
    "Kpi", "Link", "Meeting", "Person", "RaciActivity", "Risk", "RiskStep", "ValueEntry",
    "new_id",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'kamdesk.graph' has no attribute {name!r}")
    value = getattr(import_module(f"kamdesk.graph.{home}"), name)
    globals()[name] = value
    return value
