"""One date format per language, wherever a user reads a date: the signal sentences, the
tables, the date editors. Russian reads 31.10.2026 everywhere, English 2026-10-31."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDateEdit, QLabel, QTableWidget, QTreeWidget, QWidget

from kamdesk.graph.vocabulary import vocabulary
from kamdesk.store import Workspace
from kamdesk.ui import i18n
from kamdesk.ui.mainwindow import MainWindow
from tests.ui.test_views import path

__all__ = ["path"]  # a fixture

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DOTTED = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
# The People table's last-contact column is the People table model's (another branch's
# work); every other panel is checked.
SKIPPED = {"peoplePanel"}


@pytest.fixture(params=["en", "ru"])
def window(qtbot, path: Path, request) -> Iterator[MainWindow]:
    i18n.install(request.param)
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    i18n.install("en")


def dates_read(panel: QWidget) -> list[str]:
    """Every text with a date in it that the panel shows."""
    found: list[str] = []
    for table in panel.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    found.append(item.text())
    for tree in panel.findChildren(QTreeWidget):
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            found += [item.text(c) for c in range(tree.columnCount())]
    found += [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    found += [edit.text() for edit in panel.findChildren(QDateEdit)
              if edit.date() != edit.minimumDate()]
    return [t for t in found if ISO.search(t) or DOTTED.search(t)]


def test_one_date_format_per_language_on_every_panel(qtbot, window: MainWindow) -> None:
    language = i18n.language()
    wrong, right = (ISO, DOTTED) if language == "ru" else (DOTTED, ISO)
    seen = 0
    for index in range(window.tabs.count()):
        panel = window.tabs.widget(index)
        if panel.objectName() in SKIPPED:
            continue
        window.tabs.setCurrentIndex(index)
        qtbot.wait(5)
        texts = dates_read(panel)
        assert [t for t in texts if wrong.search(t)] == [], panel.objectName()
        seen += sum(1 for t in texts if right.search(t))
    editor = window.editor  # the person editor's last contact too
    assert [e.text() for e in editor.findChildren(QDateEdit) if wrong.search(e.text())] == []
    assert seen > 20  # signals, risks, meetings, actions, value: dates were read


def test_the_date_editors_and_the_vocabulary_agree(qtbot, window: MainWindow) -> None:
    language = i18n.language()
    day = date(2026, 10, 31)
    written = vocabulary(language).day(day)
    assert written == ("31.10.2026" if language == "ru" else "2026-10-31")
    window.navigator.show_panel("meetingsPanel")
    qtbot.wait(5)
    edits = [e for e in window.findChildren(QDateEdit) if e.isVisible()]
    assert edits
    for edit in edits:
        assert edit.displayFormat() == i18n.date_format()
    edit = edits[0]
    edit.blockSignals(True)  # shown only: no edit of the meeting
    edit.setDate(day)
    assert edit.text() == written
