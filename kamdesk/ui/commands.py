"""Undo and redo: every user edit is one QUndoCommand that calls the model (DESIGN.md §2.3).

``perform`` runs the edit first and pushes it only when it succeeded, because Qt swallows
an exception raised inside ``redo()``: a refused edit must reach the caller as an error.
Undo and redo then apply the exact inverse change set through ``AccountGraph.revert``; if
the account changed underneath (another window, a team member), the step is dropped from
the stack with a message instead of writing over someone else's edit.

Undoing renumbers what it touches (an undo is a new version), so the step below, made to
the same entity, would find a version it does not know and be refused as "changed since":
two edits of one person could not both be undone. Before each undo or redo the step's
changes are ``rebased`` onto the current entity when only the version differs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.errors import DomainError
from kamdesk.store import WorkspaceError

Edit = Callable[[AccountGraph], ChangeSet]


class EditCommand(QUndoCommand):
    def __init__(self, graph: AccountGraph, text: str, changes: ChangeSet,
                 report: Callable[[str], None] | None = None) -> None:
        super().__init__(text)
        self.graph = graph
        self.done = changes  # what the edit (or the last redo) did
        self.undone: ChangeSet = ()  # what the last undo did
        self.report = report
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo(); the edit has already run
            self._first = False
            return
        self._step(lambda: self.graph.revert(rebased(self.graph, self.undone)), "done")

    def undo(self) -> None:
        self._step(lambda: self.graph.revert(rebased(self.graph, self.done)), "undone")

    def _step(self, step: Callable[[], ChangeSet], slot: str) -> None:
        try:
            setattr(self, slot, step())
        except (DomainError, WorkspaceError) as error:
            self.setObsolete(True)  # the stack drops a step that can no longer apply
            if self.report is not None:
                self.report(f"{self.text()}: {error}")


def rebased(graph: AccountGraph, changes: ChangeSet) -> ChangeSet:
    """``changes`` with each ``after`` replaced by the current entity where they differ only
    in the version (an undo or redo of a later step renumbered it); anything else is left
    for ``revert`` to refuse."""
    out = []
    for change in changes:
        after = change.after
        if after is not None:
            current = _current(graph, after)
            if current is not None and current != after and \
                    current._replace(version=0) == after._replace(version=0):
                change = Change(change.before, current)
        out.append(change)
    return tuple(out)


def _current(graph: AccountGraph, entity: object) -> Any:
    if isinstance(entity, Account):
        return graph.account
    if isinstance(entity, Person):
        return graph.people.get(entity.id)
    if isinstance(entity, Link):
        return graph.links.get(entity.id)
    return graph.records(type(entity)).get(entity.id)  # type: ignore[arg-type, attr-defined]


def perform(stack: QUndoStack, graph: AccountGraph, text: str, edit: Edit,
            report: Callable[[str], None] | None = None) -> ChangeSet:
    """Run ``edit`` now (a refusal raises, nothing is pushed), then push it as one step."""
    changes = edit(graph)
    if changes:
        stack.push(EditCommand(graph, text, changes, report))
    return changes
