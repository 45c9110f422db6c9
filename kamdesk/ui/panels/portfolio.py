"""The portfolio: the workspace's accounts, one line each; choosing one opens it.

The one panel that chooses the document rather than mirroring it (see ``kamdesk.ui.panels``):
the main window listens to ``accountChosen`` and opens that account for every other panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from kamdesk.ui import i18n

if TYPE_CHECKING:
    from kamdesk.graph.changes import ChangeSet
    from kamdesk.graph.entities import Account
    from kamdesk.store import Workspace
    from kamdesk.ui.document import AccountDocument

ACCOUNT_ID = Qt.ItemDataRole.UserRole


class PortfolioPanel(QListWidget):
    """The list of accounts (``portfolioView``)."""

    PLACE = "left"
    OBJECT_NAME = "portfolioView"
    accountChosen = Signal(object)  # noqa: N815 - an account id, or None

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("PortfolioPanel", "Portfolio")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.setMinimumWidth(220)
        self.setWordWrap(True)  # a long quadrant and stage wrap instead of being cut
        self.document: AccountDocument | None = None
        self.workspace: Workspace | None = None
        self.currentItemChanged.connect(self._changed)

    def add_actions(self, *actions: QAction) -> None:
        """The account actions (new, rename, delete) on the list's right-click menu."""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for old in self.actions():
            self.removeAction(old)
        for action in actions:
            self.addAction(action)

    def set_document(self, document: AccountDocument | None) -> None:
        """Keep the open account's line current (it may be opened by other means), and its
        words (a rename) as they change."""
        if self.document is not None:  # (not ui.document.follow: that loads the domain)
            self.document.graph.unsubscribe(self._on_changes)
        if document is not None:
            document.graph.subscribe(self._on_changes)
        self.document = document
        row = self.ids().index(document.graph.id) if document is not None and \
            document.graph.id in self.ids() else -1
        if row >= 0 and row != self.currentRow():
            self.blockSignals(True)
            self.setCurrentRow(row)
            self.blockSignals(False)

    def _on_changes(self, changes: ChangeSet) -> None:
        from kamdesk.graph.entities import Account
        from kamdesk.graph.types import Side

        if self.document is None or not any(isinstance(c.entity, Account) for c in changes):
            return
        graph = self.document.graph
        ids = self.ids()
        if graph.id in ids:
            clients = sum(1 for p in graph.people.values() if p.side is Side.CLIENT)
            self.item(ids.index(graph.id)).setText(self._text(graph.account, clients))

    def _text(self, account: Account, clients: int) -> str:
        words = i18n.words()
        return (f"{account.name}\n{words.enum(account.quadrant)} · {words.enum(account.stage)}"
                f" · {words.number(clients)}")

    def retranslate(self) -> None:
        """The words of every line in the language now installed; the selection stays."""
        if self.workspace is None:
            return
        from kamdesk.graph.types import Side

        counts = self.workspace.people_counts()
        for account in self.workspace.accounts():
            ids = self.ids()
            if account.id in ids:
                clients = counts.get((account.id, Side.CLIENT.value), 0)
                self.item(ids.index(account.id)).setText(self._text(account, clients))

    def status(self) -> str:
        """What the status bar says of the workspace listed: how many accounts, and where."""
        where = self.workspace.location if self.workspace is not None else ""
        return self.tr("%n account(s)", "", self.count()) + f" · {where}"

    def ids(self) -> list[str]:
        return [self.item(r).data(ACCOUNT_ID) for r in range(self.count())]

    def show_workspace(self, workspace: Workspace, select: str | None,
                       open_first: bool = True) -> None:
        """List the accounts (again, after an import) and choose ``select`` or the first
        (or, with ``open_first`` False, nothing)."""
        from kamdesk.graph.types import Side

        self.workspace = workspace
        counts = workspace.people_counts()
        self.blockSignals(True)
        self.clear()
        for account in workspace.accounts():
            clients = counts.get((account.id, Side.CLIENT.value), 0)
            item = QListWidgetItem(self._text(account, clients))
            item.setData(ACCOUNT_ID, account.id)
            self.addItem(item)
        self.blockSignals(False)
        rows = self.ids()
        self.setCurrentRow(-1)
        if rows and (select in rows or open_first):
            self.setCurrentRow(rows.index(select) if select in rows else 0)
        else:
            self.accountChosen.emit(None)

    def _changed(self, item: QListWidgetItem | None) -> None:
        self.accountChosen.emit(item.data(ACCOUNT_ID) if item is not None else None)
