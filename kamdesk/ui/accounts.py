"""Accounts made, renamed and deleted in the app, each undoable while the window is open.

A rename is an edit of the open account (one step of its ``AccountDocument``). Creating and
deleting change the workspace, not one account, so they go on the window's own
``stack`` (Edit → "Undo account change"): a delete first asks, naming what goes with the
account, and keeps the whole account in memory so undo writes it back as it was; undoing a
creation takes the account as it is then (with whatever was added to it), so redo loses
nothing either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit

if TYPE_CHECKING:
    from kamdesk.graph.account_graph import AccountGraph
    from kamdesk.store import Workspace
    from kamdesk.ui.mainwindow import MainWindow

NAME_LIMIT = 200


class AccountCommand(QUndoCommand):
    """Add or remove a whole account; ``present`` says which state ``redo`` leads to."""

    def __init__(self, actions: AccountActions, text: str, graph: AccountGraph,
                 present: bool) -> None:
        super().__init__(text)
        self.actions = actions
        self.graph = graph  # the whole account, as it was last written
        self.present = present
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after the change was made
            self._first = False
            return
        self._set(self.present)

    def undo(self) -> None:
        self._set(not self.present)

    def _set(self, present: bool) -> None:
        from kamdesk.store import WorkspaceError

        workspace = self.actions.window.workspace
        if workspace is None:
            self.setObsolete(True)
            return
        try:
            if present:
                workspace.add_account(self.graph)
                self.actions.window.refresh(select=self.graph.id)
            else:
                self.graph = self.actions.take(workspace, self.graph.id)
        except WorkspaceError as error:
            self.setObsolete(True)
            self.actions.window.error(self.actions.tr("Cannot undo or redo"), str(error))


class AccountActions(QObject):
    """New / Rename / Delete account for one main window, with their undo stack."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)

    def _name(self, title: str, current: str) -> str | None:
        """Ask for an account name; None if cancelled or refused (with a message)."""
        name, ok = QInputDialog.getText(self.window, title, self.tr("Account name:"),
                                        QLineEdit.EchoMode.Normal, current)
        if not ok:
            return None
        name = " ".join(name.split())
        workspace = self.window.workspace
        problem = None
        if not name:
            problem = self.tr("An account needs a name.")
        elif len(name) > NAME_LIMIT:
            problem = self.tr("The name is longer than %1 characters.").replace(
                "%1", str(NAME_LIMIT))
        elif workspace is not None and name != current and any(
                a.name.casefold() == name.casefold() for a in workspace.accounts()):
            problem = self.tr("There is already an account named “%1”.").replace("%1", name)
        if problem is not None:
            self.window.error(title, problem)
            return None
        return name

    def new_account(self, name: str | None = None) -> str | None:
        """Create an empty account (asking its name unless given) and open it."""
        from kamdesk.graph.account_graph import AccountGraph
        from kamdesk.graph.entities import Account, new_id
        from kamdesk.store import WorkspaceError

        workspace = self.window.workspace
        if workspace is None:
            return None
        name = name or self._name(self.tr("New account"), "")
        if name is None:
            return None
        graph = AccountGraph(Account(new_id(), name))
        try:
            workspace.add_account(graph)
        except WorkspaceError as error:
            self.window.error(self.tr("New account"), str(error))
            return None
        self.stack.push(AccountCommand(self, self.tr("New account %1").replace("%1", name),
                                       graph, present=True))
        self.window.refresh(select=graph.id)
        return graph.id

    def rename_account(self, name: str | None = None) -> bool:
        """Rename the open account: one undo step of its own."""
        document = self.window.document
        if document is None:
            return False
        account = document.graph.account
        name = name or self._name(self.tr("Rename account"), account.name)
        if name is None or name == account.name:
            return False
        return document.run(self.tr("Rename account %1").replace("%1", account.name),
                            lambda g: g.update_account(account._replace(name=name)))

    def delete_account(self, confirmed: bool = False) -> bool:
        """Delete the open account after saying what goes with it; undoable."""
        from kamdesk.store import WorkspaceError

        workspace, document = self.window.workspace, self.window.document
        if workspace is None or document is None:
            return False
        graph = document.graph
        name = graph.account.name
        if not confirmed and not self.window.ask(self.tr("Delete account"), self._what_goes(graph)):
            return False
        self.window.show_account(None)
        try:
            taken = self.take(workspace, graph.id)
        except WorkspaceError as error:
            self.window.error(self.tr("Delete account"), str(error))
            self.window.refresh(select=graph.id)
            return False
        self.stack.push(AccountCommand(self, self.tr("Delete account %1").replace("%1", name),
                                       taken, present=False))
        self.window.undo_group.setActiveStack(self.stack)
        self.window.statusBar().showMessage(
            self.tr("Deleted %1. Edit → Undo brings it back.").replace("%1", name), 15000)
        return True

    def _what_goes(self, graph: AccountGraph) -> str:
        from kamdesk.graph.entities import RECORD_TYPES

        records = sum(len(graph.records(kind)) for kind in RECORD_TYPES)
        return (self.tr("Delete the account “%1”?").replace("%1", graph.account.name) + "\n\n"
                + self.tr("With it go %n person(s)", "", len(graph.people)) + ", "
                + self.tr("%n line(s)", "", len(graph.links)) + " "
                + self.tr("and %n record(s) (meetings, risks, KPIs, value log, RACI).", "",
                          records) + "\n\n"
                + self.tr("You can undo this while the window is open."))

    def take(self, workspace: Workspace, account_id: str) -> AccountGraph:
        """Delete an account from the workspace and return it whole (for an undo)."""
        if self.window.document is not None and self.window.document.graph.id == account_id:
            self.window.show_account(None)
        graph = workspace.load(account_id)
        graph.attach_journal(None)
        workspace.delete_account(account_id)
        self.window.refresh(select=None, open_first=False)
        return graph
