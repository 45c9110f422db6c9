"""The first window, driven as a user would: real widgets on the sample workspace."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QLabel, QListWidget

from kamdesk.cli import open_for_gui
from kamdesk.graph import sample
from kamdesk.store import Workspace
from kamdesk.ui.mainwindow import MainWindow

OBJECT_NAMES = ["mainWindow", "portfolioView", "accountOverview"]
# The offscreen platform plugin (tests only) says this of every top-level window:
OFFSCREEN_NOISE = {"This plugin does not support propagateSizeHints()"}


@pytest.fixture
def qt_messages():
    """Every warning Qt prints during the test."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and message not in OFFSCREEN_NOISE:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


@pytest.fixture
def workspace(tmp_path: Path):
    path = tmp_path / "ui.kam"
    with Workspace.open(path, create=True) as ws:
        for g in sample.generate(seed=2):
            ws.add_account(g)
    ws = Workspace.open(path)
    yield ws
    ws.close()


def test_window_shows_the_portfolio_and_switches_accounts(qtbot, workspace, qt_messages):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for name in OBJECT_NAMES:
        assert window.objectName() == name or window.findChild(object, name) is not None, name
    portfolio = window.findChild(QListWidget, "portfolioView")
    assert portfolio.count() == 4
    title = window.findChild(QLabel, "accountTitle")
    window.tabs.setCurrentWidget(window.overview)  # its signals are made when it is shown
    shown = []
    for row in range(portfolio.count()):
        portfolio.setCurrentRow(row)
        shown.append(title.text())
        assert window.overview.signal_list.count() > 0  # every sample account has signals
        lines = [window.overview.signal_list.item(i).text()
                 for i in range(window.overview.signal_list.count())]
        # worst first, each said once: no "risk without owner: risk without owner: …"
        assert lines[0].startswith(("critical", "high"))
        assert not any(line.count("risk without owner") > 1 for line in lines), lines
    assert sorted(shown) == sorted(a.name for a in workspace.accounts())
    assert "АО «Уралтехмаш»" in shown
    window.close()
    assert qt_messages == []


def test_hostile_account_names_show_as_text(qtbot, tmp_path):
    graphs = sample.generate(seed=1)[:1]
    graphs[0].update_account(graphs[0].account._replace(name="<b>Bold</b> & 🚀 Ёж"))
    with Workspace.open(tmp_path / "h.kam", create=True) as ws:
        ws.add_account(graphs[0])
    with Workspace.open(tmp_path / "h.kam") as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        assert window.findChild(QLabel, "accountTitle").text() == "<b>Bold</b> & 🚀 Ёж"
        window.close()


def test_first_run_creates_the_default_workspace_with_the_sample():
    default = Path(os.environ["KAMDESK_WORKSPACE"])
    if default.exists():
        default.unlink()
    with open_for_gui(None) as ws:
        assert len(ws.accounts()) == 4
    assert default.exists()
    with open_for_gui(None) as ws:  # the second run opens it as it is
        assert len(ws.accounts()) == 4


def test_a_new_named_file_starts_empty(tmp_path):
    with open_for_gui(str(tmp_path / "fresh.kam")) as ws:
        assert ws.accounts() == []


def test_export_plan_and_brief_from_the_file_menu(qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from tests.report.conftest import page_texts

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    target = tmp_path / "out" / "plan"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.plan_action.trigger()
    written = target.with_suffix(".pdf")
    assert written.exists()
    assert window.graph is not None
    assert window.graph.account.name in page_texts(written)[0]
    assert str(written) in window.statusBar().currentMessage()

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    brief = tmp_path / "out" / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(brief), ""))
    window.brief_action.trigger()
    assert brief.exists()
    window.close()


def test_cancelled_export_writes_nothing(qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QProgressDialog

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    target = tmp_path / "exports" / "plan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    window.plan_action.trigger()
    assert list(target.parent.iterdir()) == []  # no plan, no half-written temporary file
    window.close()
