"""Change events: how the model announces what it did.

One edit of the model produces a *change set*: an ordered tuple of ``Change`` values, each the
before and after of one entity. The same value serves three readers:

- the store writes it to the database in one transaction (a *journal* callback, called before
  the graph changes, so a refused write leaves the graph unchanged);
- the UI mirrors it (a *listener*, called after the graph changed);
- undo applies its inverse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeAlias

from kamdesk.graph.entities import Entity


class Change(NamedTuple):
    before: Entity | None  # None: the entity was added
    after: Entity | None  # None: the entity was removed

    @property
    def entity(self) -> Entity:
        """The entity as it is after the change (or was, for a removal)."""
        found = self.after if self.after is not None else self.before
        assert found is not None, "a change has a before or an after"
        return found

    @property
    def is_add(self) -> bool:
        return self.before is None

    @property
    def is_remove(self) -> bool:
        return self.after is None


ChangeSet: TypeAlias = tuple[Change, ...]
Journal: TypeAlias = Callable[[ChangeSet], None]
"""Persists a change set atomically, or raises and persists nothing."""
Listener: TypeAlias = Callable[[ChangeSet], None]
"""Told of each change set after the graph has applied it."""


def inverse(changes: Sequence[Change]) -> ChangeSet:
    """The change set that undoes ``changes`` (before the version stamps; see AccountGraph)."""
    return tuple(Change(c.after, c.before) for c in reversed(changes))
