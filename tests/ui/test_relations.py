"""Lines can be edited and removed: the editor's Relations section, and a click on the chart.

Every change through real widgets, each one undo step that restores the exact line.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QSpinBox

from kamdesk.graph.entities import Link
from kamdesk.graph.types import LinkKind, Side
from kamdesk.store import Workspace
from kamdesk.ui.mainwindow import MainWindow
from tests.ui.test_views import client_with_reports, path, rows, type_text

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


def shown_clients(window: MainWindow) -> list[str]:
    return [pid for pid in window.chart.chart.boxes]


def new_link(window: MainWindow, kind: LinkKind, source: str, target: str) -> Link:
    doc = window.document
    assert doc is not None
    before = set(doc.graph.links)
    assert doc.add_link(kind, source, target) if kind is not LinkKind.COUNTERPART \
        else doc.link_counterpart(source, target)
    (added,) = set(doc.graph.links) - before
    return doc.graph.link(added)


def child(window: MainWindow, kind: type, name: str):
    found = window.editor.relations.findChild(kind, name)
    assert found is not None, name
    return found


def test_every_relation_of_a_person_has_a_row(window) -> None:
    g = window.graph
    a, b, c = shown_clients(window)[1:4]
    ours = next(p.id for p in g.people.values() if p.side is Side.INTERNAL)
    links = [new_link(window, LinkKind.INFLUENCES, a, b), new_link(window, LinkKind.INFLUENCES,
             c, a), new_link(window, LinkKind.CONFLICT, a, c),
             new_link(window, LinkKind.COUNTERPART, a, ours),
             new_link(window, LinkKind.REPORTS_TO, a, c)]
    window.document.select(a)
    for link in links:
        other = link.target if link.source == a else link.source
        assert child(window, QLabel, f"relation_{link.id}").text() == g.person(other).name
        child(window, QPushButton, f"removeRelation_{link.id}")


def test_removing_a_line_in_the_editor_is_one_undo_step(qtbot, window, path) -> None:
    g = window.graph
    a, b = shown_clients(window)[1:3]
    link = new_link(window, LinkKind.CONFLICT, a, b)
    window.document.select(b)  # the conflict shows on either end
    steps = window.document.stack.count()
    qtbot.mouseClick(child(window, QPushButton, f"removeRelation_{link.id}"),
                     Qt.MouseButton.LeftButton)
    assert link.id not in g.links and link.id not in rows(path, g.id)["links"]
    assert window.editor.relations.findChild(QPushButton, f"removeRelation_{link.id}") is None
    assert window.document.stack.count() == steps + 1
    window.undo_action.trigger()
    assert g.link(link.id)._replace(version=0) == link._replace(version=0)
    child(window, QPushButton, f"removeRelation_{link.id}")  # the row is back


def test_weight_strength_and_last_contact_are_edited_in_place(qtbot, window, path) -> None:
    g = window.graph
    a, b = shown_clients(window)[1:3]
    ours = next(p.id for p in g.people.values() if p.side is Side.INTERNAL)
    influence = new_link(window, LinkKind.INFLUENCES, b, a)
    counterpart = new_link(window, LinkKind.COUNTERPART, a, ours)
    window.document.select(a)
    weight = child(window, QSpinBox, f"weight_{influence.id}")
    weight.lineEdit().selectAll()
    type_text(weight.lineEdit(), "3")
    qtbot.keyClick(weight, Qt.Key.Key_Return)
    assert g.link(influence.id).weight == 3
    strength = child(window, QSpinBox, f"strength_{counterpart.id}")
    strength.lineEdit().selectAll()
    type_text(strength.lineEdit(), "5")
    qtbot.keyClick(strength, Qt.Key.Key_Return)
    assert g.link(counterpart.id).strength == 5
    day = child(window, QDateEdit, f"lastContact_{counterpart.id}")
    day.setDate(day.date().fromString("2026-11-20", "yyyy-MM-dd"))
    day.editingFinished.emit()
    assert g.link(counterpart.id).last_contact == date(2026, 11, 20)
    assert rows(path, g.id)["links"][counterpart.id].strength == 5  # type: ignore[index]
    for _ in range(3):
        window.undo_action.trigger()
    assert g.link(influence.id).weight == influence.weight
    assert g.link(counterpart.id)._replace(version=0) == counterpart._replace(version=0)


def test_the_manager_is_removed_and_restored(qtbot, window) -> None:
    g = window.graph
    boss = client_with_reports(window)
    report = g.solid_reports(boss)[0]
    window.document.select(report)
    assert child(window, QLabel, "relationManager").text() == g.person(boss).name
    qtbot.mouseClick(child(window, QPushButton, "removeManager"), Qt.MouseButton.LeftButton)
    assert g.manager_of(report) is None
    assert child(window, QLabel, "relationManager").text() != g.person(boss).name
    window.undo_action.trigger()
    assert g.manager_of(report) == boss


def test_a_line_clicked_on_the_chart_is_selected_and_delete_removes_it(qtbot, window) -> None:
    g = window.graph
    chart = window.chart
    a, b = shown_clients(window)[1:3]
    link = new_link(window, LinkKind.INFLUENCES, a, b)
    path_, _tip, _angle = chart.line_path(link)
    point = next(p for p in (path_.pointAtPercent(t / 20) for t in range(2, 19))
                 if chart.card_at(p) is None and chart.badge_at(p) is None)
    chart.centerOn(point)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton,
                     pos=chart.mapFromScene(QPointF(point)))
    assert window.document.selected_link == link.id and chart.selected_link == link.id
    people = len(g.people)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Delete)
    assert link.id not in g.links and len(g.people) == people  # the line, not a person
    window.undo_action.trigger()
    assert link.id in g.links
    # a click on empty background lets go of the line: Delete then removes nothing
    window.document.select_link(link.id)
    corner = chart.mapToScene(chart.viewport().rect().topLeft()) + QPointF(2, 2)
    if chart.card_at(corner) is None and chart.line_at(corner, 5) is None:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton,
                         pos=chart.mapFromScene(corner))
        assert window.document.selected_link is None
