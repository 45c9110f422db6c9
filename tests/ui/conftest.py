"""Fixtures shared by the window tests: a module gives ``target`` (the workspace file it
fills), and ``window`` is the main window on it at 1280×800 with the org chart in front."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.ui.mainwindow import MainWindow
from tests.ui.windows import open_window


@pytest.fixture
def window(qtbot, target: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, target)
    yield win
    win.close()
