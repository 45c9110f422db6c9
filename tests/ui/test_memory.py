"""The account's memory in the app: a person marked as left leaves the chart, comes back
greyed with View ▸ Show people who left, is one undo step, and is read back from the file;
the People table's filter; the required roles of the account panel; "What changed"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QTreeWidget,
)

from kamdesk.graph.analysis_signals import missing_roles
from kamdesk.graph.types import DecisionRole, Side, Stance
from kamdesk.store import Workspace
from kamdesk.ui.chart.menu import chart_menu
from kamdesk.ui.dialogs.leaving_dialog import LeavingDialog
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.panels.account import AccountPanel
from kamdesk.ui.panels.changes import ChangesPanel
from kamdesk.ui.panels.people import PeoplePanel
from tests.helpers import person, tiny_graph

DAY = date(2026, 10, 1)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    QSettings().setValue("view/showLeft", False)
    path = tmp_path / "memory.kam"
    g = tiny_graph()
    g.add_person(person("cfo2", level=2, name="Ирина Новикова"))
    g.set_manager("cfo2", "ceo")
    with Workspace.open(path, create=True) as ws:
        ws.add_account(g)
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.chart)
    yield win
    QSettings().setValue("view/showLeft", False)
    win.close()


def accept_dialog(where: str, successor: str, hand_over: bool) -> None:
    """Fill the "Mark as left…" dialog once it is open, and press OK."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LeavingDialog)
        dialog.where.setText(where)
        dialog.successor.setCurrentIndex(dialog.successor.findData(successor))
        dialog.hand_over.setChecked(hand_over)
        dialog.accept()
    QTimer.singleShot(0, fill)


def test_mark_as_left_hides_the_card_shows_it_greyed_and_undoes(
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    chart, document = window.chart, window.document
    assert document is not None
    assert "analyst" in chart.chart.boxes
    assert "Mark as left…" in [a.text() for a in chart_menu(chart, "analyst").actions()]
    accept_dialog("Rival Ltd", "cfo2", hand_over=False)
    editor_button = window.findChild(QPushButton, "markLeft")
    document.select("analyst")
    assert editor_button.text() == "Mark as left…"
    editor_button.click()  # the person editor's button opens the dialog
    analyst = document.graph.person("analyst")
    assert (analyst.left_on is not None, analyst.left_to) == (True, "Rival Ltd")
    assert analyst.successor_id == "cfo2"
    assert "analyst" not in chart.chart.boxes  # gone from the chart
    assert "analyst" in document.graph.people  # kept
    show = window.findChild(QAction, "showLeft")
    show.setChecked(True)
    assert "analyst" in chart.chart.boxes
    chart.viewport().grab()
    assert "analyst" in chart.looks.greyed  # painted greyed
    show.setChecked(False)
    assert "analyst" not in chart.chart.boxes
    window.undo_action.trigger()  # one step undoes the whole mark
    assert document.graph.person("analyst").left_on is None
    assert "analyst" in chart.chart.boxes
    window.redo_action.trigger()
    assert "analyst" not in chart.chart.boxes
    assert "Back at the client" in [a.text() for a in chart_menu(chart, "analyst").actions()]
    # read back through a second workspace: the mark is in the file
    with Workspace.open(window.workspace.location) as other:
        again = other.load(document.graph.id).person("analyst")
    assert (again.left_on, again.left_to) == (document.graph.person("analyst").left_on,
                                              "Rival Ltd")


def test_the_successor_takes_the_counterpart_lines_in_one_step(window: MainWindow) -> None:
    document = window.document
    assert document is not None
    dialog = LeavingDialog(document.graph, "cfo")
    ids = [dialog.successor.itemData(i) for i in range(dialog.successor.count())]
    assert ids[0] is None and "cfo2" in ids and "cfo" not in ids and "kam" not in ids
    assert not dialog.hand_over.isEnabled()  # nobody chosen: nothing to hand over
    dialog.successor.setCurrentIndex(ids.index("cfo2"))
    assert dialog.hand_over.isEnabled()
    assert document.mark_left("cfo", DAY, "Rival Ltd", "cfo2", True)
    assert document.graph.link("cp1").target == "cfo2"
    status = window.findChild(QPushButton, "markLeft")
    document.select("cfo")
    assert status.text() == "Back at the client"
    label = window.findChild(QLabel, "leftStatus")
    assert label.text() == "left on 2026-10-01 (to Rival Ltd), succeeded by Ирина Новикова"
    window.undo_action.trigger()
    assert document.graph.link("cp1").target == "cfo"
    assert document.graph.person("cfo").left_on is None


def test_a_refused_successor_is_said_in_words_and_changes_nothing(window: MainWindow) -> None:
    document = window.document
    assert document is not None
    said: list[str] = []
    document.report = lambda _title, message: said.append(message)
    document.mark_left("cto", DAY, "", None)
    before = dict(document.graph.people)
    assert not document.mark_left("cfo", DAY, "", "cto")  # cto left already
    assert said and "has left the client too" in said[-1]
    assert dict(document.graph.people) == before


def test_the_people_table_lists_who_left_on_request(window: MainWindow) -> None:
    document = window.document
    assert document is not None
    panel = window.findChild(PeoplePanel)
    window.tabs.setCurrentWidget(panel)
    document.mark_left("analyst", DAY, "Rival Ltd")
    shown = {panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())}
    assert "Анна Петрова" not in shown and "Olivia Bennett" in shown
    box = panel.findChild(QComboBox, "peopleFilterLeft")
    box.setCurrentIndex(box.findData("left"))
    shown = {panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())}
    assert shown == {"Анна Петрова"}
    box.setCurrentIndex(0)  # everyone
    assert panel.proxy.rowCount() == len(document.graph.people)


def test_required_roles_are_ticked_on_the_account_panel(window: MainWindow) -> None:
    document = window.document
    assert document is not None
    panel = window.findChild(AccountPanel)
    window.tabs.setCurrentWidget(panel)
    panel.refresh()
    coach = panel.findChild(QCheckBox, "requiredRole_coach")
    approver = panel.findChild(QCheckBox, "requiredRole_approver")
    assert coach.isChecked() and not approver.isChecked()  # the default set
    assert coach.text() == "coach"
    assert DecisionRole.COACH in missing_roles(document.graph)
    coach.click()  # one undo step: the account's own setting now
    assert document.graph.account.required_roles == (DecisionRole.DECISION_MAKER,
                                                      DecisionRole.ECONOMIC_BUYER)
    assert DecisionRole.COACH not in missing_roles(document.graph)
    window.undo_action.trigger()
    assert document.graph.account.required_roles is None
    panel.refresh()
    assert coach.isChecked()


def test_what_changed_lists_the_leaving_in_words_and_opens_the_person(
        window: MainWindow) -> None:
    document = window.document
    assert document is not None
    panel = window.findChild(ChangesPanel)
    window.tabs.setCurrentWidget(panel)
    panel.since.setCurrentIndex(panel.since.findData("date"))
    panel.day.setDate(panel.day.date().addDays(-400))
    document.mark_left("cfo", DAY, "Rival Ltd", "cfo2")
    document.update_person(document.graph.person("ceo")._replace(stance=Stance.BLOCKER))
    panel.refresh()
    tree = panel.findChild(QTreeWidget, "changesList")
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Left (1)" in tops and "Stance changed (1)" in tops
    left = tree.topLevelItem(tops.index("Left (1)")).child(0)
    assert left.text(0) == "Olivia Bennett left (to Rival Ltd), succeeded by Ирина Новикова"
    tree.itemActivated.emit(left, 0)
    assert document.selected == "cfo"
    assert document.graph.person("cfo").side is Side.CLIENT
