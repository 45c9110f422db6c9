"""The last account opened is remembered (written off the GUI thread, see settings_saver)
and opened again with its workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from kamdesk.graph import sample
from kamdesk.store import Workspace
from kamdesk.ui import settings_saver
from kamdesk.ui.mainwindow import MainWindow


def test_the_last_account_opened_is_opened_again(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "w.kam"
    with Workspace.open(path, create=True) as ws:
        for graph in sample.generate(seed=2, people=60):
            ws.add_account(graph)
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    accounts = window.workspace.accounts()
    chosen = accounts[-1].id
    assert window.graph is None or window.graph.id != chosen
    window.show_account(chosen)
    settings_saver.flush()
    assert QSettings().value(f"account/{window.workspace.location}") == chosen
    again = MainWindow(Workspace.open(path))
    qtbot.addWidget(again)
    assert again.graph is not None and again.graph.id == chosen
