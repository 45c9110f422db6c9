"""The RACI table: letters by click and by key, rows marked as you type, the template."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kamdesk.graph.entities import RaciActivity
from kamdesk.graph.types import RaciValue
from kamdesk.ui.panels.raci import RaciPanel
from tests.ui.desk_helpers import (  # noqa: F401 - fixtures
    Desk,
    desk_fixture,
    diff,
    russian_fixture,
)


def check_of(panel: RaciPanel, row: int) -> str:
    return panel.grid.item(row, panel.grid.columnCount() - 1).text()


def test_cells_by_key_and_click_mark_the_row_as_you_type_and_undo(qtbot, desk: Desk) -> None:
    g = desk.graph
    panel = desk.show(qtbot, RaciPanel())
    assert panel.grid.rowCount() == len(g.records(RaciActivity))
    invalid = next(r for r, a in enumerate(panel.rows) if not a.is_valid)
    assert check_of(panel, invalid) != "✓"
    before = desk.rows()
    qtbot.mouseClick(panel.findChild(object, "raciAddActivity"), Qt.MouseButton.LeftButton)
    row = panel.grid.rowCount() - 1
    assert panel.rows[row].name == "New activity" and check_of(panel, row) == "no A, no R"
    panel.grid.setCurrentCell(row, 1)
    qtbot.keyClick(panel.grid, Qt.Key.Key_A)  # typed: A in the first party's column
    assert check_of(panel, row) == "no R"
    assert panel.grid.currentColumn() == 2  # on to the next cell, as in a spreadsheet
    qtbot.keyClick(panel.grid, "r")
    assert check_of(panel, row) == "✓"
    act = desk.rows()["records"]["RaciActivity"][panel.rows[row].id]
    assert act.assignments == ((panel.parties[0], RaciValue.ACCOUNTABLE),
                               (panel.parties[1], RaciValue.RESPONSIBLE))
    rect = panel.grid.visualRect(panel.grid.model().index(row, 3))
    qtbot.mouseClick(panel.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.grid.item(row, 3).text() == "R"  # a click steps empty → R
    qtbot.mouseClick(panel.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.grid.item(row, 3).text() == "A" and check_of(panel, row) == "more than one A"
    panel.grid.setCurrentCell(row, 3)
    qtbot.keyClick(panel.grid, Qt.Key.Key_Delete)
    assert panel.grid.item(row, 3).text() == "" and check_of(panel, row) == "✓"
    after = desk.rows()
    stack = desk.document.stack
    count = stack.count()
    for _ in range(count):
        stack.undo()
    assert diff(desk.rows(), before) == [] and panel.grid.rowCount() == len(panel.rows)
    for _ in range(count):
        stack.redo()
    assert diff(desk.rows(), after) == [] and check_of(panel, row) == "✓"


def test_a_letter_that_is_not_raci_is_refused_in_russian(qtbot, desk: Desk, russian) -> None:
    panel = desk.show(qtbot, RaciPanel())
    before = desk.rows()
    panel.grid.setCurrentCell(0, 1)
    qtbot.keyClick(panel.grid, "x")
    assert desk.reports and "допустимо одно из: R, A, C, I" in desk.reports[-1][1]
    assert desk.rows() == before and desk.document.stack.count() == 0
    qtbot.keyClick(panel.grid, "ф")  # the A key on a Russian keyboard
    assert panel.grid.item(0, 1).text() == "A"


def test_template_adds_the_missing_activities_in_one_step(qtbot, desk: Desk) -> None:
    panel = desk.show(qtbot, RaciPanel())
    names = [a.name for a in panel.rows]
    panel.findChild(object, "raciTemplate").click()
    added = [a.name for a in panel.rows if a.name not in names]
    assert added == ["Training"]  # the sample has the other six already
    assert desk.document.stack.count() == 1
    panel.findChild(object, "raciTemplate").click()
    assert desk.document.stack.count() == 1  # nothing left to add


def test_a_new_column_of_ours_and_model_to_view(qtbot, desk: Desk) -> None:
    g = desk.graph
    panel = desk.show(qtbot, RaciPanel())
    kam = g.account.kam_id
    panel.party.setCurrentIndex(panel.party.findData(kam))
    panel.findChild(object, "raciAddParty").click()
    column = panel.parties.index(kam) + 1
    assert panel.grid.horizontalHeaderItem(column).text() == g.person(kam).name
    panel.grid.setCurrentCell(0, column)
    qtbot.keyClick(panel.grid, "i")
    assert (kam, RaciValue.INFORMED) in g.record(RaciActivity, panel.rows[0].id).assignments
    act = panel.rows[1]
    g.update_record(act._replace(name="Renamed elsewhere"))
    assert panel.grid.item(1, 0).text() == "Renamed elsewhere"
