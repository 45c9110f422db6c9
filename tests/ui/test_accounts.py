"""Accounts are created, renamed and deleted in the app; each can be taken back.

Through the File menu's actions and the real dialogs they open, on a real workspace file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from kamdesk.store import Workspace
from kamdesk.ui import i18n
from kamdesk.ui.mainwindow import MainWindow
from tests.helpers import snapshot, without_versions
from tests.ui.test_views import error_text, path

__all__ = ["path"]  # a fixture


@pytest.fixture
def window(qtbot, path: Path) -> Iterator[MainWindow]:
    i18n.install("en")  # the English plurals ("28 people") come from kamdesk_en.qm
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def later(handle: Callable[[], None]) -> None:
    QTimer.singleShot(0, handle)


def type_name(name: str) -> None:
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QInputDialog) and w.isVisible())
        dialog.setTextValue(name)
        dialog.accept()
    later(fill)


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.objectName() == "confirmDialog"
                   and w.isVisible())
        seen.append(box.text())
        box.button(button).click()
    later(click)


def names_on_disk(path: Path) -> list[str]:
    with Workspace.open(path) as ws:
        return sorted(a.name for a in ws.accounts())


def listed(window: MainWindow) -> list[str]:
    return sorted(window.portfolio.item(r).text().split("\n")[0]
                  for r in range(window.portfolio.count()))


def test_a_new_account_is_made_opened_and_can_be_taken_back(qtbot, window, path) -> None:
    before = names_on_disk(path)
    type_name("  ООО «Новый   клиент»  ")
    window.new_account_action.trigger()
    assert window.graph is not None and window.graph.account.name == "ООО «Новый клиент»"
    assert names_on_disk(path) == sorted([*before, "ООО «Новый клиент»"])
    assert "ООО «Новый клиент»" in listed(window)
    window.undo_account_action.trigger()
    assert names_on_disk(path) == before and "ООО «Новый клиент»" not in listed(window)
    window.redo_account_action.trigger()
    assert "ООО «Новый клиент»" in names_on_disk(path)


def test_a_duplicate_or_blank_name_is_refused_with_a_sentence(qtbot, window, path) -> None:
    before = names_on_disk(path)
    existing = before[0]
    type_name(existing.upper())
    window.new_account_action.trigger()
    assert "already an account" in error_text(window)
    type_name("   ")
    window.new_account_action.trigger()
    assert "needs a name" in error_text(window)
    assert names_on_disk(path) == before


def test_rename_is_one_undo_step_and_the_portfolio_follows(qtbot, window, path) -> None:
    old = window.graph.account.name
    type_name("АО «Переименованный»")
    window.rename_account_action.trigger()
    assert window.graph.account.name == "АО «Переименованный»"
    assert "АО «Переименованный»" in names_on_disk(path)
    assert "АО «Переименованный»" in listed(window) and old not in listed(window)
    window.undo_action.trigger()
    assert window.graph.account.name == old and old in listed(window)
    assert old in names_on_disk(path)


def test_delete_asks_naming_what_goes_and_undo_brings_it_all_back(qtbot, window, path) -> None:
    graph = window.graph
    name, people = graph.account.name, len(graph.people)
    whole = without_versions(snapshot(graph))
    seen: list[str] = []
    answer(QMessageBox.StandardButton.No, seen)
    window.delete_account_action.trigger()
    assert name in names_on_disk(path) and window.graph is graph
    assert name in seen[0] and f"{people} people" in seen[0]
    answer(QMessageBox.StandardButton.Yes, seen)
    window.delete_account_action.trigger()
    assert name not in names_on_disk(path) and name not in listed(window)
    assert window.graph is None
    window.undo_action.trigger()  # the account's stack is the active one now
    assert name in names_on_disk(path) and name in listed(window)
    with Workspace.open(path) as ws:
        back = ws.load(ws.find_account(name).id)
        assert without_versions(snapshot(back)) == whole
    assert window.graph is not None and window.graph.account.name == name
