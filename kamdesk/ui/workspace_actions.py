"""File menu: open or create a workspace, open a team server, the recent list.

Functions of the main window (not methods, so the frame stays small); each ends in
``MainWindow.open_target``, which refuses a bad file with one message and keeps the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

if TYPE_CHECKING:
    from kamdesk.ui.mainwindow import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate(context, text)
RECENT_LIMIT = 8


def open_workspace(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, translate("MainWindow", "Open workspace"), folder(window),
        translate("MainWindow", "kamdesk workspaces (*.kam)"))
    if name:
        window.open_target(name)


def new_workspace(window: MainWindow) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "New workspace"),
        str(Path(folder(window)) / "accounts.kam"),
        translate("MainWindow", "kamdesk workspaces (*.kam)"))
    if not name:
        return
    target = Path(name).with_suffix(".kam")
    if target.exists():
        window.error(translate("MainWindow", "Cannot create the workspace"),
                     translate("MainWindow", "%1 already exists; open it instead.").replace(
                         "%1", str(target)))
        return
    window.open_target(str(target))


def open_server(window: MainWindow) -> None:
    url, ok = QInputDialog.getText(
        window, translate("MainWindow", "Open team server"),
        translate("MainWindow", "PostgreSQL URL (postgresql+psycopg://user@host/database):"))
    if ok and url.strip():
        window.open_target(url.strip())


def keep_secret(named: str | None) -> None:
    """A server URL's password goes to the system keyring; settings keep the masked form
    (``Workspace.location``), which ``real_target`` turns back into the URL."""
    if named and "://" in named:
        from kamdesk.store.credentials import remember as remember_secret

        remember_secret(named)


def real_target(window: MainWindow, named: str | None) -> str | None:
    """The URL to open for a recent entry: the password from the keyring, or asked again."""
    if not named or "***" not in named:
        return named
    from kamdesk.store.credentials import recall, with_password

    found = recall(named)
    if found is not None:
        return found
    password, ok = QInputDialog.getText(
        window, translate("MainWindow", "Open team server"),
        translate("MainWindow", "Password for %1:").replace("%1", named),
        QLineEdit.EchoMode.Password)
    return with_password(named, password) if ok else named


def folder(window: MainWindow) -> str:
    """Where file dialogs start: beside the open workspace file, else the home folder."""
    if window.workspace is not None and "://" not in window.workspace.location:
        return str(Path(window.workspace.location).parent)
    return str(Path.home())


def remember(location: str) -> None:
    settings = QSettings()
    recent = [x for x in strings(settings.value("workspace/recent")) if x != location]
    settings.setValue("workspace/recent", [location, *recent][:RECENT_LIMIT])
    settings.setValue("workspace/last", location)


def fill_recent(window: MainWindow) -> None:
    window.recent_menu.clear()
    for location in strings(QSettings().value("workspace/recent")):
        action = window.recent_menu.addAction(location)
        action.triggered.connect(lambda _c=False, x=location: window.open_target(x))
    window.recent_menu.setEnabled(True)


def strings(value: object) -> list[str]:
    """A list of strings from QSettings, which gives a str for a one-item list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(x) for x in value]  # type: ignore[attr-defined]
