"""The main window on a real workspace file, shown at a given size (1280×800 by default)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kamdesk.store import Workspace
from kamdesk.ui.mainwindow import MainWindow


def open_window(qtbot: Any, target: Path, width: int = 1280, height: int = 800,
                tab: str | None = "chart") -> MainWindow:
    """Open ``target`` in a window shown and exposed at ``width``×``height``, with the
    window's ``tab`` panel (an attribute: ``chart``, ``comb``; None: as it opens) in front."""
    win = MainWindow(Workspace.open(target))
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    if tab is not None:
        win.tabs.setCurrentWidget(getattr(win, tab))
    return win
