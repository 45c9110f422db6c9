"""Typed refusals of the domain.

Every rule is enforced in ``kamdesk.graph`` and refuses with one of these, before anything
changes, so every front end (GUI, command line, importer, team server) gets the same
guarantees and the same message. ``str(error)`` is a sentence fit to show a user.
"""

from __future__ import annotations

from collections.abc import Sequence


class DomainError(Exception):
    """A change the domain refuses; the graph is unchanged."""


class InvalidValueError(DomainError):
    def __init__(self, field: str, value: object, reason: str) -> None:
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        super().__init__(f"{field}: {reason} (got {shown})")
        self.field = field
        self.value = value
        self.reason = reason


class InvalidLevelError(InvalidValueError):
    """A comb level outside 1–4."""


class UnknownEntityError(DomainError):
    def __init__(self, kind: str, entity_id: object) -> None:
        super().__init__(f"no {kind} with id {entity_id!r} in this account")
        self.kind = kind
        self.entity_id = entity_id


class DuplicateIdError(DomainError):
    def __init__(self, kind: str, entity_id: str) -> None:
        super().__init__(f"a {kind} with id {entity_id!r} already exists")
        self.entity_id = entity_id


class ForeignAccountError(DomainError):
    """An entity that names another account than the graph it is added to."""


class SelfLinkError(DomainError):
    def __init__(self, kind: str, person_id: str) -> None:
        super().__init__(f"a person cannot have a {kind} link to themselves ({person_id})")


class DuplicateLinkError(DomainError):
    pass


class ReportingCycleError(DomainError):
    def __init__(self, cycle: Sequence[str], names: Sequence[str] = ()) -> None:
        shown = " → ".join(names or cycle)
        super().__init__(f"this reporting line would make a cycle: {shown}")
        self.cycle = list(cycle)


class SecondManagerError(DomainError):
    def __init__(self, person: str, manager: str) -> None:
        super().__init__(
            f"{person} already reports to {manager} on a solid line; "
            "add a dotted line or change the manager"
        )


class CrossSideReportingError(DomainError):
    """Reporting lines stay within one side: client people report to client people."""


class CounterpartDirectionError(DomainError):
    """A counterpart link goes from one of our people to one of the client's."""


class ConflictSideError(DomainError):
    """A conflict is a rivalry between two client people."""
