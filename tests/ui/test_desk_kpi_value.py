"""The KPI table (gap coloured) and the value log (totals, balance chart), both ways."""

from __future__ import annotations

from datetime import date

from kamdesk.graph.entities import Kpi, ValueEntry
from kamdesk.graph.types import ValueDirection
from kamdesk.ui.panels.desk import GREEN, RED
from kamdesk.ui.panels.kpis import KpiPanel, parse_number
from kamdesk.ui.panels.value_log import ValuePanel
from tests.ui.desk_helpers import (  # noqa: F401 - fixtures
    Desk,
    desk_fixture,
    diff,
    russian_fixture,
)


def test_numbers_are_read_as_people_write_them() -> None:
    assert parse_number("1 234,5") == 1234.5 and parse_number("1,234.5") == 1234.5
    assert parse_number("−3") == -3.0 and parse_number("") is None
    assert parse_number("lots") == "lots"  # for the model to refuse


def test_kpi_cells_gap_colour_and_exact_undo(qtbot, desk: Desk) -> None:
    g = desk.graph
    panel = desk.show(qtbot, KpiPanel())
    assert panel.table.rowCount() == len(g.records(Kpi))
    before = desk.rows()
    panel.findChild(object, "addKpi").click()
    row = next(r for r, k in enumerate(panel.rows) if k.name == "New KPI")
    kid = panel.rows[row].id
    panel.table.item(row, 0).setText("NPS")
    row = next(r for r, k in enumerate(panel.rows) if k.id == kid)
    panel.table.item(row, 2).setText("50")
    panel.table.item(row, 3).setText("42,5")
    stored = desk.rows()["records"]["Kpi"][kid]
    assert (stored.name, stored.target, stored.actual) == ("NPS", 50.0, 42.5)
    row = next(r for r, k in enumerate(panel.rows) if k.id == kid)
    gap = panel.table.item(row, 5)
    assert gap.text() == "−7.5" and gap.foreground().color() == RED
    panel.table.item(row, 3).setText("55")
    assert panel.table.item(row, 5).foreground().color() == GREEN
    after = desk.rows()
    stack = desk.document.stack
    count = stack.count()
    for _ in range(count):
        stack.undo()
    assert diff(desk.rows(), before) == [] and panel.table.rowCount() == len(before[
        "records"]["Kpi"])
    for _ in range(count):
        stack.redo()
    assert diff(desk.rows(), after) == []
    g.update_record(g.record(Kpi, kid)._replace(period="Q1"))  # model → view
    row = next(r for r, k in enumerate(panel.rows) if k.id == kid)
    assert panel.table.item(row, 4).text() == "Q1"


def test_a_target_that_is_no_number_is_refused_in_russian(qtbot, desk: Desk,
                                                          russian) -> None:
    panel = desk.show(qtbot, KpiPanel())
    before = desk.rows()
    shown = panel.table.item(0, 2).text()
    panel.table.item(0, 2).setText("много")
    assert desk.reports and "должно быть числом" in desk.reports[-1][1]
    assert desk.rows() == before and panel.table.item(0, 2).text() == shown


def test_value_log_totals_chart_and_exact_undo(qtbot, desk: Desk) -> None:
    g = desk.graph
    panel = desk.show(qtbot, ValuePanel())
    entries = list(g.records(ValueEntry).values())
    assert panel.table.rowCount() == len(entries)
    currency = entries[0].currency
    assert panel.totals.text().startswith(f"{currency} delivered")
    points = len(panel.chart.series)
    before = desk.rows()
    panel.findChild(object, "addValue").click()
    row = next(r for r, e in enumerate(panel.rows) if e.description == "New entry")
    eid = panel.rows[row].id
    panel.table.item(row, 3).setText("1 000 000")
    direction = panel.table.cellWidget(row, 1)
    direction.setCurrentIndex(direction.findData(ValueDirection.RECEIVED))
    stored = desk.rows()["records"]["ValueEntry"][eid]
    assert (stored.amount, stored.direction, stored.day, stored.currency) == (
        1_000_000.0, ValueDirection.RECEIVED, date.today(), currency)
    assert panel.chart.series[-1][0] == date.today() and len(panel.chart.series) >= points
    assert panel.chart.grab().width() > 0
    after = desk.rows()
    stack = desk.document.stack
    count = stack.count()
    for _ in range(count):
        stack.undo()
    assert diff(desk.rows(), before) == [] and len(panel.chart.series) == points
    for _ in range(count):
        stack.redo()
    assert diff(desk.rows(), after) == []
