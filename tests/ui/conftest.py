"""Fixtures shared by the window tests: a module gives ``target`` (the workspace file it
fills), and ``window`` is the main window on it at 1280×800 with the org chart in front."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.store import Workspace
from kamdesk.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, target: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(Workspace.open(target))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.chart)
    yield win
    win.close()
