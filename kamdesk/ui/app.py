"""Starting the desktop app: the QApplication, its language, and the first window.

Only Qt is imported here and in ``mainwindow``: ``start`` paints the window before the
domain, the store and the panels are loaded.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kamdesk.ui import i18n
from kamdesk.ui.mainwindow import MainWindow

if TYPE_CHECKING:
    from kamdesk.store import Workspace

__all__ = ["MainWindow", "application", "run", "start"]


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
