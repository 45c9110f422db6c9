"""The desktop app's entry point and its first window: the portfolio and an account overview.

The org chart, comb view and editors arrive with the desktop-app issue; this window already
follows the house rules: it reads the model through the workspace and holds no truth.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import signals
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.types import Side
from kamdesk.store import Workspace, WorkspaceError
from kamdesk.ui.export import export_brief, export_plan

ACCOUNT_ID = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("kamdesk — %1").replace("%1", workspace.location))
        self.portfolio = QListWidget(objectName="portfolioView")
        self.portfolio.setMinimumWidth(240)
        self.overview = QWidget(objectName="accountOverview")
        self.title = QLabel(objectName="accountTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.facts = QLabel(objectName="accountFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.signal_list = QListWidget(objectName="signalList")
        layout = QVBoxLayout(self.overview)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(self.tr("Signals")))
        layout.addWidget(self.signal_list, 1)
        splitter = QSplitter()
        splitter.addWidget(self.portfolio)
        splitter.addWidget(self.overview)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.graph: AccountGraph | None = None  # the account shown
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.plan_action = QAction(self.tr("Export account &plan…"), self,
                                   shortcut=QKeySequence("Ctrl+P"), objectName="exportPlan")
        self.plan_action.triggered.connect(lambda: self._export(export_plan))
        self.brief_action = QAction(self.tr("Export meeting &brief…"), self,
                                    shortcut=QKeySequence("Ctrl+Shift+P"),
                                    objectName="exportBrief")
        self.brief_action.triggered.connect(lambda: self._export(export_brief))
        self.import_action = QAction(self.tr("&Import people…"), self,
                                     shortcut=QKeySequence("Ctrl+I"), objectName="importPeople")
        self.import_action.triggered.connect(self.import_people)
        self.export_action = QAction(self.tr("E&xport people…"), self,
                                     shortcut=QKeySequence("Ctrl+E"), objectName="exportPeople")
        self.export_action.triggered.connect(self.export_people)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.import_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.plan_action, self.brief_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.portfolio.currentItemChanged.connect(self._show_selected)
        self.resize(1100, 700)
        self._restore_geometry()
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        counts = self.workspace.people_counts()
        self.portfolio.clear()
        for account in self.workspace.accounts():
            clients = counts.get((account.id, Side.CLIENT.value), 0)
            item = QListWidgetItem(f"{account.name}\n{account.quadrant.value} · "
                                   f"{account.stage.value} · {clients:,}")
            item.setData(ACCOUNT_ID, account.id)
            self.portfolio.addItem(item)
        self.statusBar().showMessage(
            self.tr("%n account(s)", "", self.portfolio.count()) + f" · {self.workspace.location}")
        rows = [self.portfolio.item(r).data(ACCOUNT_ID) for r in range(self.portfolio.count())]
        if rows:
            self.portfolio.setCurrentRow(rows.index(select) if select in rows else 0)

    def import_people(self) -> None:
        from kamdesk.ui.import_wizard import ImportWizard

        current = self.graph.account.name if self.graph is not None else ""
        wizard = ImportWizard(self.workspace, current, self)
        if wizard.exec() and wizard.imported_account is not None:
            self.refresh(select=wizard.imported_account)
            self.statusBar().showMessage(self.tr("Import finished"), 8000)

    def export_people(self) -> None:
        if self.graph is None:
            return
        from kamdesk.io.export import export_account

        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export people"), str(Path.home() / f"{self.graph.account.name}.csv"),
            "CSV (*.csv);;Excel (*.xlsx);;JSON (*.json);;GraphML (*.graphml)")
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() not in (".csv", ".xlsx", ".json", ".graphml"):
            target = target.with_suffix("." + chosen.split("*.")[-1].rstrip(")"))
        try:
            export_account(self.graph, target)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Cannot export"), f"{target}: {error}")
            return
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(target)), 8000)

    def _export(self, export: Callable[[QWidget, AccountGraph], Path | None]) -> None:
        if self.graph is None:
            return
        written = export(self, self.graph)
        if written is not None:
            self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(written)), 8000)

    def _show_selected(self, item: QListWidgetItem | None) -> None:
        self.signal_list.clear()
        self.graph = None
        if item is None:
            self.title.clear()
            self.facts.clear()
            return
        try:
            graph = self.workspace.load(item.data(ACCOUNT_ID))
        except WorkspaceError as error:
            QMessageBox.warning(self, self.tr("Cannot open the account"), str(error))
            return
        self.graph = graph
        account = graph.account
        people = graph.people.values()
        clients = sum(1 for p in people if p.side is Side.CLIENT)
        self.title.setText(account.name)
        self.facts.setText(
            f"{account.industry}\n"
            + self.tr("Quadrant: %1 · stage: %2").replace("%1", account.quadrant.value)
            .replace("%2", account.stage.value) + "\n"
            + self.tr("Client people: %1 · ours: %2").replace("%1", f"{clients:,}")
            .replace("%2", f"{len(graph.people) - clients:,}"))
        for s in signals.detect(graph, date.today()):
            self.signal_list.addItem(f"{s.kind.value}: {s.detail}")

    def _restore_geometry(self) -> None:
        saved = QSettings().value("mainWindow/geometry")
        if saved is not None:
            self.restoreGeometry(saved)

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]


def run(workspace: Workspace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("kamdesk")
    app.setApplicationName("kamdesk")
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
