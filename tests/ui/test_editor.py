"""The person editor never loses typing: applied on leaving a field, one undo step each.

Driven through real widgets: keys typed into the form, real clicks on the chart's cards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from kamdesk.graph.types import Side
from kamdesk.store import Workspace
from kamdesk.ui.mainwindow import MainWindow
from tests.ui.test_views import centre_of, client_with_reports, path, rows, type_text

__all__ = ["path"]  # a fixture


@pytest.fixture
def window(qtbot, path: Path) -> Iterator[MainWindow]:
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.chart)
    yield win
    win.close()


def two_cards(window: MainWindow) -> tuple[str, str]:
    shown = [pid for pid in window.chart.chart.boxes]
    return shown[1], shown[2]


def click_card(qtbot, window: MainWindow, pid: str) -> None:
    chart = window.chart
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(chart, pid))


def test_a_typed_note_survives_clicking_another_card(qtbot, window, path) -> None:
    g = window.graph
    a, b = two_cards(window)
    click_card(qtbot, window, a)
    assert window.editor.person is not None and window.editor.person.id == a
    notes = window.editor.fields["notes"]
    assert isinstance(notes, QPlainTextEdit)
    before, steps = g.person(a).notes, window.document.stack.count()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    type_text(notes, " Любит теннис")
    click_card(qtbot, window, b)
    assert window.editor.person.id == b
    assert g.person(a).notes == before + " Любит теннис"
    assert rows(path, g.id)["people"][a].notes == before + " Любит теннис"  # type: ignore[index]
    assert window.document.stack.count() == steps + 1
    window.undo_action.trigger()
    assert g.person(a).notes == before


def test_each_field_left_is_its_own_undo_step(qtbot, window) -> None:
    g = window.graph
    a, b = two_cards(window)
    click_card(qtbot, window, a)
    title, department = window.editor.fields["title"], window.editor.fields["department"]
    assert isinstance(title, QLineEdit) and isinstance(department, QLineEdit)
    old = g.person(a)
    steps = window.document.stack.count()
    title.selectAll()
    type_text(title, "Главный инженер")
    department.selectAll()
    type_text(department, "Производство")
    click_card(qtbot, window, b)
    changed = g.person(a)
    assert (changed.title, changed.department) == ("Главный инженер", "Производство")
    assert window.document.stack.count() == steps + 2
    window.undo_action.trigger()  # the department only
    assert (g.person(a).title, g.person(a).department) == ("Главный инженер", old.department)
    window.undo_action.trigger()
    assert g.person(a)._replace(version=0) == old._replace(version=0)


def test_a_name_typed_after_ctrl_n_sticks(qtbot, window) -> None:
    g = window.graph
    boss = client_with_reports(window)
    click_card(qtbot, window, boss)
    count = len(g.people)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(g.people) == count + 1
    new = window.editor.person.id
    name = QApplication.focusWidget()
    assert name is window.editor.fields["name"]
    type_text(name, "Светлана Ёжикова")
    other = next(pid for pid in window.chart.chart.boxes if pid not in (new, boss))
    click_card(qtbot, window, other)
    assert g.person(new).name == "Светлана Ёжикова"
    assert g.manager_of(new) == boss


def test_a_refused_field_is_kept_as_a_draft_not_lost(qtbot, window) -> None:
    g = window.graph
    a, b = two_cards(window)
    click_card(qtbot, window, a)
    name = window.editor.fields["name"]
    assert isinstance(name, QLineEdit)
    old = g.person(a)
    name.selectAll()
    type_text(name, " ")  # a blank name: the rules refuse it
    click_card(qtbot, window, b)
    assert g.person(a) == old  # nothing applied
    click_card(qtbot, window, a)
    assert name.text() == " "  # the draft is back, with its message
    assert window.editor.errors["name"].isVisibleTo(window.editor)
    window.editor.revert_button.click()
    assert name.text() == old.name and not window.editor.errors["name"].isVisibleTo(window.editor)


def test_our_side_person_is_edited_too(qtbot, window) -> None:
    g = window.graph
    ours = next(p for p in g.people.values() if p.side is Side.INTERNAL)
    window.document.select(ours.id)
    phone = window.editor.fields["phone"]
    assert isinstance(phone, QLineEdit)
    phone.selectAll()
    type_text(phone, "+7 900 000-00-00")
    window.document.select(None)  # leaving the person some other way: still applied
    assert g.person(ours.id).phone == "+7 900 000-00-00"
