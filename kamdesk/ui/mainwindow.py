"""The main window: the frame around the panels (menus, workspace, language, status bar).

Only Qt is imported at the top of this module: ``kamdesk.ui.app.start`` paints the window
first and loads the domain, the store and the panels after (a cold start shows a window in
a few tenths of a second). The window holds no truth and wires no panel to another: it
opens an account as an ``AccountDocument`` and hands it to every panel of ``PANELS`` in one
loop (the contract is in ``kamdesk.ui.panels``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kamdesk.ui import frozen_heap, i18n, messages, opening, settings_saver, workspace_actions
from kamdesk.ui.accounts import AccountActions
from kamdesk.ui.menus import build_menus
from kamdesk.ui.navigator import Navigator
from kamdesk.ui.panels.portfolio import PortfolioPanel
from kamdesk.ui.workspace_actions import remember

if TYPE_CHECKING:
    from kamdesk.graph.account_graph import AccountGraph
    from kamdesk.store import Workspace
    from kamdesk.ui.chart.view import OrgChartView
    from kamdesk.ui.document import AccountDocument
    from kamdesk.ui.panels import Panel
    from kamdesk.ui.panels.comb import CombView
    from kamdesk.ui.panels.overview import OverviewPanel
    from kamdesk.ui.panels.people import PeoplePanel
    from kamdesk.ui.panels.person_editor import PersonEditor

# Every panel of the open account, in tab order: adding a panel is one line here.
PANELS = (
    "kamdesk.ui.panels.overview.OverviewPanel",
    "kamdesk.ui.chart.view.ClientChart",
    "kamdesk.ui.chart.view.TeamChart",
    "kamdesk.ui.panels.comb.CombView",
    "kamdesk.ui.panels.people.PeoplePanel",
    "kamdesk.ui.panels.history.HistoryPanel",
    "kamdesk.ui.panels.changes.ChangesPanel",
    "kamdesk.ui.panels.person_editor.PersonEditor",
    # the KAM's desk (issue 11)
    "kamdesk.ui.panels.portfolio_map.PortfolioMap",
    "kamdesk.ui.panels.account.AccountPanel",
    "kamdesk.ui.panels.signals_list.SignalsPanel",
    "kamdesk.ui.panels.risks.RisksPanel",
    "kamdesk.ui.panels.meetings.MeetingsPanel",
    "kamdesk.ui.panels.actions.ActionsPanel",
    "kamdesk.ui.panels.raci.RaciPanel",
    "kamdesk.ui.panels.kpis.KpiPanel",
    "kamdesk.ui.panels.value_log.ValuePanel",
)
DOCK_AREAS = {"left": Qt.DockWidgetArea.LeftDockWidgetArea,
              "right": Qt.DockWidgetArea.RightDockWidgetArea}


def panel_class(path: str) -> type[Any]:
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


class MainWindow(QMainWindow):
    recent_menu: QMenu
    import_action: QAction
    export_action: QAction
    chart_action: QAction
    visible_action: QAction
    plan_action: QAction
    brief_action: QAction
    undo_action: QAction
    redo_action: QAction
    new_person_action: QAction
    delete_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    fit_action: QAction
    key_people_action: QAction
    influence_action: QAction
    new_account_action: QAction
    rename_account_action: QAction
    delete_account_action: QAction
    undo_account_action: QAction
    redo_account_action: QAction
    conflict_action: QAction

    def __init__(self, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace: Workspace | None = None
        self.document: AccountDocument | None = None
        self.undo_group = QUndoGroup(self)
        self.accounts = AccountActions(self)
        self.undo_group.addStack(self.accounts.stack)
        self.panels: list[Panel] = []
        self.views_built = False
        self.portfolio = PortfolioPanel()
        self.portfolio_dock = QDockWidget(PortfolioPanel.title(), self,
                                          objectName="portfolioDock")
        self.portfolio_dock.setWidget(self.portfolio)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.portfolio_dock)
        self.tabs = QTabWidget(objectName="viewTabs")  # the stack; the navigator chooses
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().hide()
        self.setCentralWidget(self.tabs)
        self.navigator = Navigator(self.tabs)
        self.navigator_dock = QDockWidget(self, objectName="navigatorDock")
        self.navigator_dock.setWidget(self.navigator)
        self.navigator_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)
        self.splitDockWidget(self.portfolio_dock, self.navigator_dock, Qt.Orientation.Vertical)
        self.navigator.add_shortcuts(self)
        self.search = QLineEdit(objectName="searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.textChanged.connect(lambda _t: self.document and self.document.ready_search())
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.find)
        self.chrome = QObject(self)
        self.toolbar: QToolBar | None = None
        self._build_chrome()
        self.portfolio.accountChosen.connect(lambda account: opening.open_account(self, account))
        self.resize(1280, 800)
        self._restore_layout()
        self.statusBar().showMessage(self.tr("Opening…"))
        if workspace is not None:
            self.attach(workspace)

    def _build_chrome(self) -> None:
        """Menus, toolbar and the frame's words: made again after a language switch (the
        actions belong to ``self.chrome``, so the old ones go with it)."""
        self.setMenuBar(QMenuBar(self))  # the old bar and its menus are deleted
        build_menus(self)
        if self.toolbar is None:  # one toolbar for good: the search box's action owns it
            self.toolbar = QToolBar(self, objectName="mainToolBar")
            self._tools_end = self.toolbar.addSeparator()
            self.toolbar.addWidget(self.search)
            self.addToolBar(self.toolbar)
        for old in self.toolbar.actions()[:self.toolbar.actions().index(self._tools_end)]:
            self.toolbar.removeAction(old)  # the old language's, deleted with its chrome
        self.toolbar.setWindowTitle(self.tr("Main"))
        self.toolbar.insertActions(self._tools_end, [
            self.undo_action, self.redo_action, self.new_person_action,
            self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.search.setPlaceholderText(self.tr("Find a person (Ctrl+F)"))
        self.portfolio_dock.setWindowTitle(PortfolioPanel.title())
        self.navigator_dock.setWindowTitle(self.tr("Panels"))
        self.portfolio.add_actions(self.new_account_action, self.rename_account_action,
                                   self.delete_account_action)
        if self.workspace is not None:
            self.setWindowTitle(self.tr("kamdesk — %1").replace("%1", self.workspace.location))

    # ------------------------------------------------------------------ panels
    def _build_views(self) -> None:
        """The panels: imported and made once the window is on screen."""
        if self.views_built:
            return
        self.views_built = True
        for path in PANELS:
            cls = panel_class(path)
            panel = cls()
            self.panels.append(panel)
            if cls.PLACE == "tab":
                self.tabs.addTab(panel, cls.title())
            else:
                dock = QDockWidget(cls.title(), self, objectName=f"{cls.OBJECT_NAME}Dock")
                dock.setWidget(panel)
                self.addDockWidget(DOCK_AREAS[cls.PLACE], dock)
            if getattr(cls, "DELETE_KEY", False) and isinstance(panel, QWidget):
                panel.addAction(self.delete_action)
        self.restoreState(QSettings().value("mainWindow/state", b""))
        self.navigator.rebuild()
        self.navigator.restore()

    def panel(self, object_name: str) -> Any:
        """The panel of that object name (DESIGN.md §3)."""
        return next(p for p in self.panels if object_name == p.OBJECT_NAME)

    # the panels tests and the File menu reach by name
    @property
    def overview(self) -> OverviewPanel:
        return self.panel("accountOverview")  # type: ignore[no-any-return]

    @property
    def chart(self) -> OrgChartView:
        return self.panel("orgChartView")  # type: ignore[no-any-return]

    @property
    def team_chart(self) -> OrgChartView:
        return self.panel("teamChartView")  # type: ignore[no-any-return]

    @property
    def comb(self) -> CombView:
        return self.panel("combView")  # type: ignore[no-any-return]

    @property
    def people(self) -> PeoplePanel:
        return self.panel("peoplePanel")  # type: ignore[no-any-return]

    @property
    def editor(self) -> PersonEditor:
        return self.panel("personEditor")  # type: ignore[no-any-return]

    @property
    def graph(self) -> AccountGraph | None:
        return self.document.graph if self.document is not None else None

    def charts(self) -> list[OrgChartView]:
        from kamdesk.ui.chart.view import OrgChartView

        return [p for p in self.panels if isinstance(p, OrgChartView)]

    def current_chart(self) -> OrgChartView | None:
        widget = self.tabs.currentWidget()
        return widget if widget in self.charts() else None  # type: ignore[return-value]

    def current_do(self, what: str, *args: float) -> None:
        """Zoom or fit the current tab, when it can."""
        method = getattr(self.tabs.currentWidget(), what, None)
        if callable(method):
            method(*args)

    def lines_shown(self, attribute: str, name: str, on: bool) -> None:
        QSettings().setValue(f"view/{name}", on)
        for chart in self.charts():
            setattr(chart, attribute, on)
            chart.item.update()

    # ------------------------------------------------------------------ workspaces
    def attach(self, workspace: Workspace, select: str | None = None) -> None:
        """Show ``workspace`` (the window owns it from now on and closes it on exit)."""
        self._build_views()
        self.show_account(None)
        if self.workspace is not None and self.workspace is not workspace:
            self.workspace.close()
        self.workspace = workspace
        for panel in self.panels:  # panels that look across the portfolio (optional)
            if hasattr(panel, "set_workspace"):
                panel.set_workspace(workspace)
        self.setWindowTitle(self.tr("kamdesk — %1").replace("%1", workspace.location))
        remember(workspace.location)
        self.refresh(select or settings_saver.value(f"account/{workspace.location}"))

    def open_target(self, named: str | None) -> bool:
        """Open a workspace by path or URL (None: the user's default); a dialog if refused."""
        from kamdesk.store import WorkspaceError
        from kamdesk.workflows import open_workspace

        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", named or ""))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = open_workspace(workspace_actions.real_target(self, named))
        except (WorkspaceError, OSError) as error:
            QApplication.restoreOverrideCursor()
            self.error(self.tr("Cannot open the workspace"), str(error))
            self.statusBar().showMessage(self.tr("No workspace open"))
            return False
        QApplication.restoreOverrideCursor()
        workspace_actions.keep_secret(named)  # a server's password: the keyring, not settings
        self.attach(workspace)
        return True

    def refresh(self, select: str | None = None, open_first: bool = True) -> None:
        """Reload the portfolio list (after an import) and show ``select`` or the first."""
        assert self.workspace is not None
        self.portfolio.show_workspace(self.workspace, select, open_first)
        self.statusBar().showMessage(self.portfolio.status())

    # ------------------------------------------------------------------ the open account
    def show_account(self, account_id: str | None) -> None:
        """Leave the open account (if any) and open ``account_id``, loaded at once."""
        from kamdesk.store import WorkspaceError

        opening.cancel(self)  # a first view painted of another account (``ui/opening``)
        if self.document is not None:
            self._detach()
        if account_id is None or self.workspace is None:
            return
        try:
            graph = self.workspace.load(account_id)
        except WorkspaceError as error:
            self.error(self.tr("Cannot open the account"), str(error))
            return
        self.attach_account(graph)

    def _detach(self) -> None:
        document, self.document = self.document, None
        for panel in self.panels:
            panel.set_document(None)
        self.portfolio.set_document(None)
        if document is not None:
            for live in document.findChildren(QObject, "liveLink"):
                live.close()  # type: ignore[attr-defined]
            self.undo_group.removeStack(document.stack)
            document.close()
            document.deleteLater()

    def attach_account(self, graph: AccountGraph) -> None:
        from kamdesk.ui.document import AccountDocument

        document = AccountDocument(graph, self.error, self)
        document.ask = self.ask
        self.document = document
        self.undo_group.addStack(document.stack)
        self.undo_group.setActiveStack(document.stack)
        document.selectionChanged.connect(self._selected)
        document.activated.connect(self._activated)
        document.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if self.workspace is not None:  # team: colleagues' changes live, a viewer's banner
            from kamdesk.ui.chart.layout_cache import LayoutCache  # after the first paint
            from kamdesk.ui.live import LiveLink
            LiveLink(self.workspace, document, self.statusBar())
            document.layouts = LayoutCache(self.workspace, graph.id)  # charts' last layouts
        for panel in [*self.panels, self.portfolio]:
            panel.set_document(document)
        frozen_heap.hold(document)  # out of the full collections while open (ui/frozen_heap)
        if self.workspace is not None:
            settings_saver.save_later(f"account/{self.workspace.location}", graph.id)

    def _selected(self, pid: str | None) -> None:
        if self.graph is not None and pid is not None and pid in self.graph.people:
            p = self.graph.person(pid)
            self.statusBar().showMessage(f"{p.name} · {p.title}", 8000)

    def _activated(self, _pid: str) -> None:
        dock = self.findChild(QDockWidget, "personEditorDock")
        if dock is not None:
            dock.show()
            dock.raise_()

    # ------------------------------------------------------------------ people
    def selected_person(self) -> str | None:
        return self.document.selected if self.document is not None else None

    def new_person(self) -> None:
        """A report of the selected person, or a new top person of the chart on screen."""
        if self.document is None:
            return
        from kamdesk.graph.types import Side

        chart = self.current_chart()
        selected = self.selected_person()
        if selected is not None:
            self.document.add_report(selected)
        else:
            self.document.add_person(chart.side if chart is not None else Side.CLIENT)

    def delete_person(self) -> None:
        """Delete: the selected line, else the selected person."""
        if self.document is not None:
            self.document.delete_selected()

    # ------------------------------------------------------------------ search
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @property
    def hits(self) -> list[str]:
        return self.document.hits if self.document is not None else []

    def find(self) -> list[str]:
        """Search the open account; highlight every hit and show the first."""
        from kamdesk.graph.queries import search

        if self.document is None:
            return []
        self.document.set_hits(search(self.document.graph, self.search.text()))
        if self.search.text().strip():
            self.statusBar().showMessage(self.tr("%n found", "", len(self.hits)), 8000)
        if self.hits:
            self.show_hit(self.hits[0])
        return self.hits

    def find_next(self) -> None:
        if self._search_timer.isActive() or not self.hits:
            self._search_timer.stop()
            self.find()
            return
        current = self.selected_person()
        at = self.hits.index(current) + 1 if current in self.hits else 0
        self.show_hit(self.hits[at % len(self.hits)])

    def show_hit(self, pid: str) -> None:
        """Expand the path to ``pid``, centre and select its card on the chart of its side."""
        assert self.document is not None
        side = self.document.graph.person(pid).side
        chart = next(c for c in self.charts() if c.side is side)
        if self.tabs.currentWidget() not in (chart, self.people):
            self.tabs.setCurrentWidget(chart)
        self.document.select(pid)
        chart.select(pid, centre=True)

    # ------------------------------------------------------------------ language
    def switch_language(self, language: str) -> None:
        """Translate the app in place, frame and panels made anew; the account, its undo
        history, the selection, the search and where each chart is looking stay as they were."""
        QSettings().setValue("language", language)
        i18n.install(language)
        self._save_layout()
        states = {p.OBJECT_NAME: p.view_state() for p in self.panels  # type: ignore[attr-defined]
                  if hasattr(p, "view_state")}
        tab = self.tabs.currentIndex()
        document = self.document
        old_chrome = self.chrome
        for action in old_chrome.findChildren(QAction):
            action.setShortcuts([])  # gone at once, not at the next event loop
        self.chrome = QObject(self)
        self._build_chrome()
        old_chrome.deleteLater()
        for panel in self.panels:
            panel.set_document(None)
            panel.setObjectName("")  # nameless: restoreState and findChild find the new ones
            holder = panel.parentWidget()  # type: ignore[attr-defined]
            if isinstance(holder, QDockWidget):
                holder.setObjectName("")
                self.removeDockWidget(holder)
                holder.deleteLater()
            else:
                self.tabs.removeTab(self.tabs.indexOf(panel))  # type: ignore[arg-type]
            panel.deleteLater()  # type: ignore[attr-defined]
        self.panels, self.views_built = [], False
        self._build_views()
        self.portfolio.retranslate()
        self.statusBar().showMessage(self.portfolio.status() if self.workspace else "")
        if document is not None:
            for panel in self.panels:
                panel.set_document(document)
        self.tabs.setCurrentIndex(tab)
        for panel in self.panels:
            if panel.OBJECT_NAME in states:
                panel.restore_view_state(states[panel.OBJECT_NAME])  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ file menu
    def import_people(self) -> None:
        from kamdesk.ui.dialogs.file_actions import import_people

        import_people(self)

    def export_people(self) -> None:
        from kamdesk.ui.dialogs.file_actions import export_people

        export_people(self)

    def export_chart(self, visible: bool) -> None:
        from kamdesk.ui.dialogs.file_actions import export_chart

        export_chart(self, visible)

    def export_pdf(self, kind: str) -> None:
        from kamdesk.ui.dialogs.file_actions import export_pdf

        export_pdf(self, kind)

    def wrote(self, target: object) -> None:
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(target)), 8000)

    # ------------------------------------------------------------------ errors, settings
    def ask(self, title: str, question: str) -> bool:
        return messages.ask(self, title, question)

    def error(self, title: str, message: str) -> None:
        messages.error(self, title, message)
        self.statusBar().showMessage(f"{title}: {message}", 10000)

    def _restore_layout(self) -> None:
        saved = QSettings().value("mainWindow/geometry")
        if saved is not None:
            self.restoreGeometry(saved)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        self.navigator.remember()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._save_layout()
        if self.document is not None:
            self._detach()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)
