"""The main window's menus and their actions (File, Edit, View), built once per window.

Kept apart from the frame so ``mainwindow.py`` stays about workspaces and panels. The
actions are set on the window under stable object names (tests and the toolbar find them);
their words keep the ``MainWindow`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from kamdesk.ui import i18n, workspace_actions
from kamdesk.ui.chart.looks import build_looks_menu

if TYPE_CHECKING:
    from kamdesk.ui.mainwindow import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate(context, text)
Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def _action(window: MainWindow, text: str, name: str, slot: Callable[[], Any],
            shortcut: Shortcut = None) -> QAction:
    action = QAction(text, window.chrome, objectName=name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _fill(menu: QMenu, actions: list[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def _synchronise(w: MainWindow) -> None:
    from kamdesk.ui.dialogs.sync_dialog import synchronise  # the store only when asked

    synchronise(w)


def build_menus(w: MainWindow) -> None:
    """File, Edit and View on ``w``'s menu bar."""
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    w.recent_menu = QMenu(translate("MainWindow", "Open &recent"), bar)
    w.recent_menu.setObjectName("recentMenu")
    w.recent_menu.aboutToShow.connect(lambda: workspace_actions.fill_recent(w))
    w.import_action = _action(w, translate("MainWindow", "&Import people…"), "importPeople",
                              w.import_people, "Ctrl+I")
    w.export_action = _action(w, translate("MainWindow", "E&xport people…"), "exportPeople",
                              w.export_people, "Ctrl+E")
    w.chart_action = _action(w, translate("MainWindow", "Export &chart as image…"),
                             "exportChart", lambda: w.export_chart(visible=False))
    w.visible_action = _action(w, translate("MainWindow", "Export the &visible part…"),
                               "exportVisible", lambda: w.export_chart(True))
    w.plan_action = _action(w, translate("MainWindow", "Export account &plan…"), "exportPlan",
                            lambda: w.export_pdf("plan"), "Ctrl+P")
    w.brief_action = _action(w, translate("MainWindow", "Export meeting &brief…"),
                             "exportBrief", lambda: w.export_pdf("brief"), "Ctrl+Shift+P")
    _fill(file_menu, [
        _action(w, translate("MainWindow", "&New workspace…"), "newWorkspace",
                lambda: workspace_actions.new_workspace(w), "Ctrl+Shift+N"),
        _action(w, translate("MainWindow", "&Open workspace…"), "openWorkspace",
                lambda: workspace_actions.open_workspace(w), QKeySequence.StandardKey.Open),
        _action(w, translate("MainWindow", "Open &team server…"), "openServer",
                lambda: workspace_actions.open_server(w)),
        _action(w, translate("MainWindow", "S&ynchronise with the team server"), "synchronise",
                lambda: _synchronise(w)),
    ])
    file_menu.addMenu(w.recent_menu)
    w.new_account_action = _action(w, translate("MainWindow", "New &account…"), "newAccount",
                                   w.accounts.new_account)
    w.rename_account_action = _action(w, translate("MainWindow", "Re&name account…"),
                                      "renameAccount", w.accounts.rename_account)
    w.delete_account_action = _action(w, translate("MainWindow", "Delete accou&nt…"),
                                      "deleteAccount", w.accounts.delete_account)
    _fill(file_menu, [None, w.new_account_action, w.rename_account_action,
                      w.delete_account_action])
    _fill(file_menu, [None, w.import_action, w.export_action, None, w.chart_action,
                      w.visible_action, None, w.plan_action, w.brief_action, None,
                      _action(w, translate("MainWindow", "&Quit"), "quit", w.close,
                              QKeySequence.StandardKey.Quit)])

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    w.undo_action = w.undo_group.createUndoAction(w.chrome, translate("MainWindow", "&Undo"))
    w.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    w.undo_action.setObjectName("undo")
    w.redo_action = w.undo_group.createRedoAction(w.chrome, translate("MainWindow", "&Redo"))
    w.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    w.redo_action.setObjectName("redo")
    w.new_person_action = _action(w, translate("MainWindow", "&New person"), "newPerson",
                                  w.new_person, "Ctrl+N")
    w.delete_action = _action(w, translate("MainWindow", "&Delete person"), "deletePerson",
                              w.delete_person, QKeySequence.StandardKey.Delete)
    w.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find = _action(w, translate("MainWindow", "&Find…"), "find", w.focus_search,
                   QKeySequence.StandardKey.Find)
    w.undo_account_action = w.accounts.stack.createUndoAction(
        w.chrome, translate("MainWindow", "Undo account change:"))
    w.undo_account_action.setObjectName("undoAccount")
    w.redo_account_action = w.accounts.stack.createRedoAction(
        w.chrome, translate("MainWindow", "Redo account change:"))
    w.redo_account_action.setObjectName("redoAccount")
    _fill(edit_menu, [w.undo_action, w.redo_action, w.undo_account_action,
                      w.redo_account_action, None, w.new_person_action,
                      w.delete_action, None, find])

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    w.zoom_in_action = _action(w, translate("MainWindow", "Zoom &in"), "zoomIn",
                               lambda: w.current_do("zoom", 1.25),
                               QKeySequence.StandardKey.ZoomIn)
    w.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    w.zoom_out_action = _action(w, translate("MainWindow", "Zoom &out"), "zoomOut",
                                lambda: w.current_do("zoom", 0.8),
                                QKeySequence.StandardKey.ZoomOut)
    w.fit_action = _action(w, translate("MainWindow", "&Fit the chart"), "fit",
                           lambda: w.current_do("fit"), "Ctrl+0")
    _fill(view_menu, [w.zoom_in_action, w.zoom_out_action, w.fit_action])
    levels = view_menu.addMenu(translate("MainWindow", "Show &levels"))
    levels.setObjectName("levelsMenu")
    for n in (1, 2, 3):
        levels.addAction(_action(w, translate("MainWindow", "Top %1").replace("%1", str(n)),
                                 f"showLevels{n}", lambda n=n: w.current_do("show_levels", n)))
    levels.addAction(_action(w, translate("MainWindow", "All levels"), "showLevels0",
                             lambda: w.current_do("show_levels", 0)))
    w.key_people_action = _action(w, translate("MainWindow", "&Key people only"),
                                  "keyPeopleOnly", lambda: w.current_do("key_people_only"))
    _fill(view_menu, [w.key_people_action, None])
    w.influence_action = _toggle(w, view_menu, translate("MainWindow", "Show &influence lines"),
                                 "showInfluence", "show_influence")
    w.conflict_action = _toggle(w, view_menu, translate("MainWindow", "Show &conflict lines"),
                                "showConflicts", "show_conflicts")
    w.show_left_action = QAction(translate("MainWindow", "Show people who &left"), w.chrome,
                                 checkable=True, objectName="showLeft")
    w.show_left_action.setChecked(QSettings().value("view/showLeft", False, type=bool))
    w.show_left_action.toggled.connect(lambda on: _show_left(w, on))
    view_menu.addAction(w.show_left_action)
    build_looks_menu(w, view_menu)  # focus mode, overlays
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    language_menu.setObjectName("languageMenu")
    languages = QActionGroup(w.chrome)
    current = i18n.chosen_language()
    for code, name in i18n.LANGUAGES.items():
        action = QAction(name, w.chrome, checkable=True, objectName=f"language_{code}")
        action.setChecked(code == current)
        action.triggered.connect(lambda _c=False, code=code: w.switch_language(code))
        languages.addAction(action)
        language_menu.addAction(action)


def _show_left(w: MainWindow, on: bool) -> None:
    """People who left: out of the charts by default, greyed when shown (graph.leaving)."""
    QSettings().setValue("view/showLeft", on)
    for chart in w.charts():
        chart.show_left = on
        chart.relayout()


def _toggle(w: MainWindow, menu: QMenu, text: str, name: str, attribute: str) -> QAction:
    action = QAction(text, w.chrome, checkable=True, objectName=name)
    action.setChecked(QSettings().value(f"view/{name}", True, type=bool))
    action.toggled.connect(lambda on: w.lines_shown(attribute, name, on))
    menu.addAction(action)
    return action
