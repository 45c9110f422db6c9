"""The portfolio: the workspace's accounts, one line each; choosing one opens it.

The one panel that chooses the document rather than mirroring it (see ``kamdesk.ui.panels``):
the main window listens to ``accountChosen`` and opens that account for every other panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from kamdesk.ui import i18n

if TYPE_CHECKING:
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
        self.currentItemChanged.connect(self._changed)

    def set_document(self, document: AccountDocument | None) -> None:
        """Keep the open account's line current (it may be opened by other means)."""
        row = self.ids().index(document.graph.id) if document is not None and \
            document.graph.id in self.ids() else -1
        if row >= 0 and row != self.currentRow():
            self.blockSignals(True)
            self.setCurrentRow(row)
            self.blockSignals(False)

    def ids(self) -> list[str]:
        return [self.item(r).data(ACCOUNT_ID) for r in range(self.count())]

    def show_workspace(self, workspace: Workspace, select: str | None) -> None:
        """List the accounts (again, after an import) and choose ``select`` or the first."""
        from kamdesk.graph.types import Side

        counts = workspace.people_counts()
        words = i18n.words()
        self.blockSignals(True)
        self.clear()
        for account in workspace.accounts():
            clients = counts.get((account.id, Side.CLIENT.value), 0)
            item = QListWidgetItem(f"{account.name}\n{words.enum(account.quadrant)} · "
                                   f"{words.enum(account.stage)} · {clients:,}")
            item.setData(ACCOUNT_ID, account.id)
            self.addItem(item)
        self.blockSignals(False)
        rows = self.ids()
        self.setCurrentRow(-1)
        if rows:
            self.setCurrentRow(rows.index(select) if select in rows else 0)
        else:
            self.accountChosen.emit(None)

    def _changed(self, item: QListWidgetItem | None) -> None:
        self.accountChosen.emit(item.data(ACCOUNT_ID) if item is not None else None)
