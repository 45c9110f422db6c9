"""Typed refusals of the domain.

Every rule is enforced in ``kamdesk.graph`` and refuses with one of these, before anything
changes, so every front end (GUI, command line, importer, team server) gets the same
guarantees and the same message. Each error carries a catalogue ``key`` and its ``params``:
``str(error)`` is the English sentence and ``vocabulary(lang).error(error)`` the same
sentence in the user's language (one catalogue, kamdesk.graph.vocabulary).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kamdesk.graph.vocabulary import english_error


class DomainError(Exception):
    """A change the domain refuses; the graph is unchanged.

    Raised with a plain message it is shown as is (other layers' refusals); the domain's own
    refusals pass a catalogue key so they can be worded in every language.
    """

    key: str | None = None

    def __init__(self, message: str = "", *, key: str | None = None, **params: Any) -> None:
        if key is not None:
            self.key = key
        self.params: dict[str, Any] = params
        super().__init__(message or english_error(self.key or "", params))


class InvalidValueError(DomainError):
    def __init__(self, field: str, value: object, reason: str, **extra: Any) -> None:
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        super().__init__(key="invalid_value", field=field, reason=reason, shown=shown,
                         extra=extra)
        self.field = field
        self.value = value
        self.reason = reason


class InvalidLevelError(InvalidValueError):
    """A comb level outside 1–4."""


class SuccessorError(InvalidValueError):
    """A successor who cannot take over: the person themself, someone of another side or
    account, or someone who left too (graph.rules.check_successor)."""

    def __init__(self, value: object, reason: str) -> None:
        super().__init__("successor", value, reason)


class UnknownEntityError(DomainError):
    def __init__(self, kind: str, entity_id: object) -> None:
        super().__init__(key="unknown_entity", kind=kind, entity_id=entity_id)
        self.kind = kind
        self.entity_id = entity_id


class DuplicateIdError(DomainError):
    def __init__(self, kind: str, entity_id: str) -> None:
        super().__init__(key="duplicate_id", kind=kind, entity_id=entity_id)
        self.entity_id = entity_id


class ForeignAccountError(DomainError):
    """An entity that names another account than the graph it is added to."""

    def __init__(self, what: str = "") -> None:
        if what:
            super().__init__(key="foreign_account", what=what)
        else:
            super().__init__(key="account_id_fixed")


class SelfLinkError(DomainError):
    def __init__(self, kind: str, person_id: str) -> None:
        super().__init__(key="self_link", kind=kind, person=person_id)


class DuplicateLinkError(DomainError):
    def __init__(self, kind: str) -> None:
        super().__init__(key="duplicate_link", kind=kind)


class ReportingCycleError(DomainError):
    def __init__(self, cycle: Sequence[str], names: Sequence[str] = ()) -> None:
        super().__init__(key="reporting_cycle", shown=" → ".join(names or cycle))
        self.cycle = list(cycle)


class SecondManagerError(DomainError):
    def __init__(self, person: str, manager: str) -> None:
        super().__init__(key="second_manager", person=person, manager=manager)


class _SidesError(DomainError):
    def __init__(self, source: str, source_side: str, target: str, target_side: str) -> None:
        super().__init__(key=self.key, source=source, source_side=str(source_side),
                         target=target, target_side=str(target_side))


class CrossSideReportingError(_SidesError):
    """Reporting lines stay within one side: client people report to client people."""

    key = "cross_side"


class CounterpartDirectionError(_SidesError):
    """A counterpart link goes from one of our people to one of the client's."""

    key = "counterpart_direction"


class ConflictSideError(DomainError):
    """A conflict is a rivalry between two client people."""

    def __init__(self) -> None:
        super().__init__(key="conflict_side")


class StaleUndoError(DomainError):
    """An undo overtaken by a later change to what it would restore."""

    def __init__(self) -> None:
        super().__init__(key="stale_undo")


class StaleCopyError(DomainError):
    """A colleague's change set this copy cannot take: it misses what came before it."""

    def __init__(self, account: str) -> None:
        super().__init__(key="stale_copy", account=account)
