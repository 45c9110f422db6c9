"""The main window: the portfolio, the account's views, the person editor, menus and settings.

Only Qt is imported at the top of this module: ``start`` paints the window first and loads
the domain, the store and the views after (a cold start shows a window in a few tenths of a
second). The window holds no truth: each view mirrors the open account's graph through its
change events, and every edit is an undo step of that account's ``Editing``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui import i18n

if TYPE_CHECKING:
    from kamdesk.graph.account_graph import AccountGraph
    from kamdesk.store import Workspace
    from kamdesk.ui.comb import CombView
    from kamdesk.ui.editing import Editing
    from kamdesk.ui.org_chart import OrgChartView
    from kamdesk.ui.people_table import PeoplePanel
    from kamdesk.ui.person_editor import PersonEditor

ACCOUNT_ID = Qt.ItemDataRole.UserRole
RECENT_LIMIT = 8


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace: Workspace | None = None
        self.graph: AccountGraph | None = None
        self.editing: Editing | None = None
        self.handing_over = False  # a language switch: the next window keeps the workspace
        self.undo_group = QUndoGroup(self)
        self.hits: list[str] = []
        self.views_built = False
        self.portfolio = QListWidget(objectName="portfolioView")
        self.portfolio.setMinimumWidth(220)
        dock = QDockWidget(self.tr("Portfolio"), self, objectName="portfolioDock")
        dock.setWidget(self.portfolio)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.tabs = QTabWidget(objectName="viewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.overview_stale = False
        self.setCentralWidget(self.tabs)
        self._overview()
        self.search = QLineEdit(objectName="searchBox")
        self.search.setPlaceholderText(self.tr("Find a person (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.find)
        self._menus()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        for action in (self.undo_action, self.redo_action, self.new_person_action,
                       self.zoom_in_action, self.zoom_out_action, self.fit_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        self.portfolio.currentItemChanged.connect(self._portfolio_changed)
        self.resize(1280, 800)
        self._restore_layout()
        self.statusBar().showMessage(self.tr("Opening…"))
        if workspace is not None:
            self.attach(workspace)

    # ------------------------------------------------------------------ building
    def _overview(self) -> None:
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
        self.tabs.addTab(self.overview, self.tr("Overview"))

    def _action(self, text: str, name: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New workspace…"), "newWorkspace",
                                         self.new_workspace, "Ctrl+Shift+N"))
        file_menu.addAction(self._action(self.tr("&Open workspace…"), "openWorkspace",
                                         self.open_workspace, QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action(self.tr("Open &team server…"), "openServer",
                                         self.open_server))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import people…"), "importPeople",
                                          self.import_people, "Ctrl+I")
        self.export_action = self._action(self.tr("E&xport people…"), "exportPeople",
                                          self.export_people, "Ctrl+E")
        self.chart_action = self._action(self.tr("Export &chart as image…"), "exportChart",
                                         lambda: self.export_chart(visible=False))
        self.visible_action = self._action(self.tr("Export the &visible part…"),
                                           "exportVisible", lambda: self.export_chart(True))
        self.plan_action = self._action(self.tr("Export account &plan…"), "exportPlan",
                                        lambda: self._export_pdf("plan"), "Ctrl+P")
        self.brief_action = self._action(self.tr("Export meeting &brief…"), "exportBrief",
                                         lambda: self._export_pdf("brief"), "Ctrl+Shift+P")
        for group in ((self.import_action, self.export_action),
                      (self.chart_action, self.visible_action),
                      (self.plan_action, self.brief_action)):
            for action in group:
                file_menu.addAction(action)
            file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), "quit", self.close,
                                         QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undo")
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("redo")
        self.new_person_action = self._action(self.tr("&New person"), "newPerson",
                                              self.new_person, "Ctrl+N")
        self.delete_action = self._action(self.tr("&Delete person"), "deletePerson",
                                          self.delete_person, QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find = self._action(self.tr("&Find…"), "find", self.focus_search,
                            QKeySequence.StandardKey.Find)
        for action in (self.undo_action, self.redo_action, None, self.new_person_action,
                       self.delete_action, None, find):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.zoom_in_action = self._action(self.tr("Zoom &in"), "zoomIn",
                                           lambda: self._chart_do("zoom", 1.25),
                                           QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(self.tr("Zoom &out"), "zoomOut",
                                            lambda: self._chart_do("zoom", 0.8),
                                            QKeySequence.StandardKey.ZoomOut)
        self.fit_action = self._action(self.tr("&Fit the chart"), "fit",
                                       lambda: self._chart_do("fit"), "Ctrl+0")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.influence_action = self._toggle(view_menu, self.tr("Show &influence lines"),
                                             "showInfluence", "show_influence")
        self.conflict_action = self._toggle(view_menu, self.tr("Show &conflict lines"),
                                            "showConflicts", "show_conflicts")
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        languages = QActionGroup(self)
        current = i18n.chosen_language()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True, objectName=f"language_{code}")
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self.switch_language(code))
            languages.addAction(action)
            language_menu.addAction(action)

    def _toggle(self, menu: Any, text: str, name: str, attribute: str) -> QAction:
        action = QAction(text, self, checkable=True, objectName=name)
        action.setChecked(QSettings().value(f"view/{name}", True, type=bool))
        action.toggled.connect(lambda on: self._lines_shown(attribute, name, on))
        menu.addAction(action)
        return action

    def _build_views(self) -> None:
        """The account's views: imported and made once the window is on screen."""
        if self.views_built:
            return
        from kamdesk.graph.types import Side
        from kamdesk.ui.comb import CombView
        from kamdesk.ui.org_chart import OrgChartView
        from kamdesk.ui.people_table import PeoplePanel
        from kamdesk.ui.person_editor import PersonEditor

        self.views_built = True
        self.chart: OrgChartView = OrgChartView(Side.CLIENT, "orgChartView")
        self.team_chart: OrgChartView = OrgChartView(Side.INTERNAL, "teamChartView")
        self.comb: CombView = CombView()
        self.people: PeoplePanel = PeoplePanel()
        self.editor: PersonEditor = PersonEditor()
        for text, view in ((self.tr("Org chart"), self.chart),
                           (self.tr("Our team"), self.team_chart),
                           (self.tr("Comb"), self.comb), (self.tr("People"), self.people)):
            self.tabs.addTab(view, text)
        for chart in self.charts():
            chart.show_influence = self.influence_action.isChecked()
            chart.show_conflicts = self.conflict_action.isChecked()
            chart.personSelected.connect(self.person_selected)
            chart.personActivated.connect(self.edit_person)
            chart.collapsedChanged.connect(lambda c=chart: self._save_collapsed(c))
            chart.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            chart.addAction(self.delete_action)
        self.comb.personSelected.connect(self.person_selected)
        self.people.personSelected.connect(self.person_selected)
        self.people.table.addAction(self.delete_action)
        dock = QDockWidget(self.tr("Person"), self, objectName="personEditorDock")
        dock.setWidget(self.editor)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.restoreState(QSettings().value("mainWindow/state", b""))
        index = QSettings().value("mainWindow/tab", 1, type=int)
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 1)

    def charts(self) -> tuple[OrgChartView, OrgChartView]:
        return self.chart, self.team_chart

    # ------------------------------------------------------------------ workspaces
    def attach(self, workspace: Workspace, select: str | None = None) -> None:
        """Show ``workspace`` (the window owns it from now on and closes it on exit)."""
        self._build_views()
        self.show_account(None)
        if self.workspace is not None and self.workspace is not workspace:
            self.workspace.close()
        self.workspace = workspace
        self.setWindowTitle(self.tr("kamdesk — %1").replace("%1", workspace.location))
        self._remember(workspace.location)
        self.refresh(select or QSettings().value(f"account/{workspace.location}"))

    def open_target(self, named: str | None) -> bool:
        """Open a workspace by path or URL (None: the user's default); a dialog if refused."""
        from kamdesk.store import WorkspaceError
        from kamdesk.workflows import open_workspace

        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", named or ""))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = open_workspace(named)
        except (WorkspaceError, OSError) as error:
            QApplication.restoreOverrideCursor()
            self.error(self.tr("Cannot open the workspace"), str(error))
            self.statusBar().showMessage(self.tr("No workspace open"))
            return False
        QApplication.restoreOverrideCursor()
        self.attach(workspace)
        return True

    def open_workspace(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"),
                                              self._folder(),
                                              self.tr("kamdesk workspaces (*.kam)"))
        if name:
            self.open_target(name)

    def new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"),
                                              str(Path(self._folder()) / "accounts.kam"),
                                              self.tr("kamdesk workspaces (*.kam)"))
        if not name:
            return
        target = Path(name).with_suffix(".kam")
        if target.exists():
            self.error(self.tr("Cannot create the workspace"),
                       self.tr("%1 already exists; open it instead.").replace("%1", str(target)))
            return
        self.open_target(str(target))

    def open_server(self) -> None:
        url, ok = QInputDialog.getText(
            self, self.tr("Open team server"),
            self.tr("PostgreSQL URL (postgresql+psycopg://user@host/database):"))
        if ok and url.strip():
            self.open_target(url.strip())

    def _folder(self) -> str:
        if self.workspace is not None and "://" not in self.workspace.location:
            return str(Path(self.workspace.location).parent)
        return str(Path.home())

    def _remember(self, location: str) -> None:
        settings = QSettings()
        recent = [x for x in _strings(settings.value("workspace/recent")) if x != location]
        settings.setValue("workspace/recent", [location, *recent][:RECENT_LIMIT])
        settings.setValue("workspace/last", location)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for location in _strings(QSettings().value("workspace/recent")):
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _c=False, x=location: self.open_target(x))
        self.recent_menu.setEnabled(True)

    def refresh(self, select: str | None = None) -> None:
        """Reload the portfolio list (after an import) and show ``select`` or the first."""
        assert self.workspace is not None
        from kamdesk.graph.types import Side

        counts = self.workspace.people_counts()
        self.portfolio.blockSignals(True)
        self.portfolio.clear()
        for account in self.workspace.accounts():
            clients = counts.get((account.id, Side.CLIENT.value), 0)
            item = QListWidgetItem(f"{account.name}\n{account.quadrant.value} · "
                                   f"{account.stage.value} · {clients:,}")
            item.setData(ACCOUNT_ID, account.id)
            self.portfolio.addItem(item)
        self.portfolio.blockSignals(False)
        rows = [self.portfolio.item(r).data(ACCOUNT_ID) for r in range(self.portfolio.count())]
        self.portfolio.setCurrentRow(-1)
        if rows:
            self.portfolio.setCurrentRow(rows.index(select) if select in rows else 0)
        else:
            self.show_account(None)
        self.statusBar().showMessage(
            self.tr("%n account(s)", "", self.portfolio.count()) + f" · {self.workspace.location}")

    # ------------------------------------------------------------------ accounts
    def _portfolio_changed(self, item: QListWidgetItem | None) -> None:
        self.show_account(item.data(ACCOUNT_ID) if item is not None else None)

    def show_account(self, account_id: str | None) -> None:
        """Leave the open account (if any) and open ``account_id``."""
        from kamdesk.store import WorkspaceError

        if self.graph is not None:
            self._detach_views()
        self.signal_list.clear()
        self.title.clear()
        self.facts.clear()
        if account_id is None or self.workspace is None:
            return
        try:
            graph = self.workspace.load(account_id)
        except WorkspaceError as error:
            self.error(self.tr("Cannot open the account"), str(error))
            return
        self._attach_views(graph)

    def _detach_views(self) -> None:
        for chart in self.charts():
            self._save_collapsed(chart)
            chart.set_account(None, None)
        self.comb.set_account(None, None)
        self.people.set_account(None, None)
        self.editor.set_account(None, None)
        if self.graph is not None:
            self.graph.unsubscribe(self._account_changed)
        if self.editing is not None:
            self.undo_group.removeStack(self.editing.stack)
            self.editing.deleteLater()
        self.graph, self.editing, self.hits = None, None, []

    def _attach_views(self, graph: AccountGraph) -> None:
        from kamdesk.ui.editing import Editing

        self.graph = graph
        self.editing = Editing(graph, self.error, self)
        self.editing.created.connect(self.person_created)
        self.undo_group.addStack(self.editing.stack)
        self.undo_group.setActiveStack(self.editing.stack)
        graph.subscribe(self._account_changed)
        settings = QSettings()
        for chart in self.charts():
            chart.set_account(graph, self.editing,
                              _strings(settings.value(f"collapsed/{graph.id}/{chart.side}")))
        self.comb.set_account(graph, self.editing)
        self.people.set_account(graph, self.editing)
        self.editor.set_account(graph, self.editing)
        if self.workspace is not None:
            settings.setValue(f"account/{self.workspace.location}", graph.id)
        self.title.setText(graph.account.name)
        self._account_changed(None)

    def _account_changed(self, _changes: object) -> None:
        # the signals scan the whole account: redone when the overview is on screen
        self.overview_stale = True
        if self.tabs.currentWidget() is self.overview:
            self._show_overview()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.overview and self.overview_stale:
            self._show_overview()

    def _show_overview(self) -> None:
        from kamdesk.graph import signals
        from kamdesk.graph.types import Side

        graph = self.graph
        self.overview_stale = False
        if graph is None:
            return
        account = graph.account
        clients = sum(1 for p in graph.people.values() if p.side is Side.CLIENT)
        self.title.setText(account.name)
        self.facts.setText(
            f"{account.industry}\n"
            + self.tr("Quadrant: %1 · stage: %2").replace("%1", account.quadrant.value)
            .replace("%2", account.stage.value) + "\n"
            + self.tr("Client people: %1 · ours: %2").replace("%1", f"{clients:,}")
            .replace("%2", f"{len(graph.people) - clients:,}"))
        self.signal_list.clear()
        for s in signals.detect(graph, date.today()):
            self.signal_list.addItem(f"{s.kind.value}: {s.detail}")

    def _save_collapsed(self, chart: OrgChartView) -> None:
        if chart.graph is not None:
            QSettings().setValue(f"collapsed/{chart.graph.id}/{chart.side}",
                                 sorted(chart.collapsed))

    # ------------------------------------------------------------------ people
    def person_selected(self, pid: str) -> None:
        if self.graph is None or pid not in self.graph.people:
            return
        self.editor.show_person(pid)
        self.people.select(pid)
        for chart in self.charts():
            if chart.side is self.graph.person(pid).side:
                chart.select(pid)
        p = self.graph.person(pid)
        self.statusBar().showMessage(f"{p.name} · {p.title}", 8000)

    def person_created(self, pid: str) -> None:
        self.person_selected(pid)
        self.edit_person(pid)

    def edit_person(self, pid: str) -> None:
        self.editor.show_person(pid)
        dock = self.findChild(QDockWidget, "personEditorDock")
        if dock is not None:
            dock.show()
            dock.raise_()
        self.editor.focus_name()

    def selected_person(self) -> str | None:
        widget = self.tabs.currentWidget()
        if widget in self.charts():
            return widget.selected  # type: ignore[union-attr]
        return self.editor.person.id if self.editor.person is not None else None

    def current_chart(self) -> OrgChartView | None:
        widget = self.tabs.currentWidget()
        return widget if widget in self.charts() else None  # type: ignore[return-value]

    def new_person(self) -> None:
        """A report of the selected person, or a new top person of the chart on screen."""
        if self.editing is None:
            return
        from kamdesk.graph.types import Side

        chart = self.current_chart()
        selected = self.selected_person()
        if selected is not None and self.graph is not None and selected in self.graph.people:
            self.editing.add_report(selected)
        else:
            self.editing.add_person(chart.side if chart is not None else Side.CLIENT)

    def delete_person(self) -> None:
        pid = self.selected_person()
        if self.editing is not None and pid is not None and self.graph is not None \
                and pid in self.graph.people:
            self.editing.remove_person(pid)

    # ------------------------------------------------------------------ search
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def find(self) -> list[str]:
        """Search the open account; highlight every hit and show the first."""
        from kamdesk.graph.queries import search

        if self.graph is None:
            return []
        self.hits = search(self.graph, self.search.text())
        for chart in self.charts():
            chart.highlight(h for h in self.hits if self.graph.person(h).side is chart.side)
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
        assert self.graph is not None
        chart = next(c for c in self.charts() if c.side is self.graph.person(pid).side)
        if self.tabs.currentWidget() not in (chart, self.people):
            self.tabs.setCurrentWidget(chart)
        chart.select(pid, centre=True)
        self.person_selected(pid)

    # ------------------------------------------------------------------ view
    def _chart_do(self, what: str, *args: float) -> None:
        chart = self.current_chart()
        if chart is not None:
            getattr(chart, what)(*args)

    def _lines_shown(self, attribute: str, name: str, on: bool) -> None:
        QSettings().setValue(f"view/{name}", on)
        if self.views_built:
            for chart in self.charts():
                setattr(chart, attribute, on)
                chart.item.update()

    def switch_language(self, language: str) -> None:
        """Translate the app: the window is made again in the new language, same account."""
        if language == i18n.chosen_language() and self.workspace is None:
            return
        QSettings().setValue("language", language)
        i18n.install(language)
        self._save_layout()
        successor = MainWindow()
        successor.setGeometry(self.geometry())
        if self.workspace is not None:
            workspace, current = self.workspace, self.graph.id if self.graph else None
            self.handing_over = True
            self._detach_views()
            self.workspace = None
            successor.attach(workspace, current)
        successor.show()
        self.close()

    # ------------------------------------------------------------------ import, export
    def import_people(self) -> None:
        if self.workspace is None:
            return
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
            self.error(self.tr("Cannot export"), f"{target}: {error}")
            return
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(target)), 8000)

    def export_chart(self, visible: bool) -> None:
        chart = self.current_chart() or (self.chart if self.views_built else None)
        if chart is None or self.graph is None:
            return
        from kamdesk.ui.chart_export import save_chart

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), str(Path(self._folder()) / f"{self.graph.account.name}"
                                               ".png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not name:
            return
        try:
            written = save_chart(chart, Path(name), visible)
        except (OSError, ValueError) as error:
            self.error(self.tr("Cannot export the chart"), str(error))
            return
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(written)), 8000)

    def _export_pdf(self, kind: str) -> None:
        if self.graph is None:
            return
        from kamdesk.ui.export import export_brief, export_plan

        written = (export_plan if kind == "plan" else export_brief)(self, self.graph)
        if written is not None:
            self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(written)), 8000)

    # ------------------------------------------------------------------ errors, settings
    def error(self, title: str, message: str) -> None:
        """Tell the user what was refused: a window-modal box that does not block the caller."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                          self, objectName="errorDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.statusBar().showMessage(f"{title}: {message}", 10000)

    def _restore_layout(self) -> None:
        saved = QSettings().value("mainWindow/geometry")
        if saved is not None:
            self.restoreGeometry(saved)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        settings.setValue("mainWindow/tab", self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._save_layout()
        if self.views_built and self.graph is not None:
            self._detach_views()
        if self.workspace is not None and not self.handing_over:
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)


def _strings(value: object) -> list[str]:
    """A list of strings from QSettings, which gives a str for a one-item list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(x) for x in value]  # type: ignore[attr-defined]


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("kamdesk")
    app.setApplicationName("kamdesk")
    i18n.install(i18n.chosen_language())
    return app


def start(named: str | None) -> int:
    """The desktop app: paint the window, then open the workspace (the default if None)."""
    app = application()
    window = MainWindow()
    window.show()
    QTimer.singleShot(0, lambda: window.open_target(named))
    return app.exec()


def run(workspace: Workspace) -> int:
    """The desktop app on a workspace already open."""
    app = application()
    window = MainWindow(workspace)
    window.show()
    return app.exec()
