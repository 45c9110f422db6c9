"""Undo and redo: every user edit is one QUndoCommand that calls the model (DESIGN.md §2.3).

``perform`` runs the edit first and pushes it only when it succeeded, because Qt swallows
an exception raised inside ``redo()``: a refused edit must reach the caller as an error.
Undo and redo then apply the exact inverse change set through ``AccountGraph.revert``; if
the account changed underneath (another window, a team member), the step is dropped from
the stack with a message instead of writing over someone else's edit.

Undoing renumbers what it touches (an undo is a new version); ``revert`` itself compares
content, not versions, so two edits of one person can both be undone (the rule lives in the
graph, not here).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
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
        self._step(lambda: self.graph.revert(self.undone), "done")

    def undo(self) -> None:
        self._step(lambda: self.graph.revert(self.done), "undone")

    def _step(self, step: Callable[[], ChangeSet], slot: str) -> None:
        try:
            setattr(self, slot, step())
        except (DomainError, WorkspaceError) as error:
            self.setObsolete(True)  # the stack drops a step that can no longer apply
            if self.report is not None:
                self.report(f"{self.text()}: {error}")


def perform(stack: QUndoStack, graph: AccountGraph, text: str, edit: Edit,
            report: Callable[[str], None] | None = None) -> ChangeSet:
    """Run ``edit`` now (a refusal raises, nothing is pushed), then push it as one step."""
    changes = edit(graph)
    if changes:
        stack.push(EditCommand(graph, text, changes, report))
    return changes
