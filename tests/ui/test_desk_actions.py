"""The actions panel: open items overdue first, owner filter, mark done, the portfolio."""

from __future__ import annotations

from datetime import timedelta

from kamdesk.graph.entities import ActionItem
from kamdesk.graph.types import ActionStatus
from kamdesk.ui.panels.actions import ActionsPanel
from tests.ui.desk_helpers import TODAY, Desk, desk_fixture, diff  # noqa: F401 - a fixture


def whats(panel: ActionsPanel) -> list[str]:
    return [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]


def test_open_items_overdue_first_filter_mark_done_and_undo(qtbot, desk: Desk) -> None:
    g = desk.graph
    panel = desk.show(qtbot, ActionsPanel())
    items = [a for a in g.records(ActionItem).values() if not a.is_closed]
    assert panel.table.rowCount() == len(items) > 0
    dues = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    late = [d for d in dues if d and d < TODAY.isoformat()]
    assert dues[: len(late)] == sorted(late)  # overdue first, the oldest first
    # model → view
    owner = items[0].owner_id
    g.add_record(ActionItem("new-late", g.id, "Call back the CFO", owner,
                            TODAY - timedelta(days=400)))
    assert whats(panel)[0] == "Call back the CFO"
    # the owner filter
    panel.owner.setCurrentIndex(panel.owner.findData(g.person(owner).name))
    assert panel.table.rowCount() == sum(1 for a in g.records(ActionItem).values()
                                         if not a.is_closed and a.owner_id == owner)
    # view → model: mark the first two done, one undo step
    before = desk.rows()
    panel.table.selectRow(0)
    panel.table.selectionModel().select(
        panel.table.model().index(1, 0),
        panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows)
    chosen = [row.item.id for row in panel.visible[:2]]
    panel.done_button.click()
    rows = desk.rows()
    assert all(rows["records"]["ActionItem"][i].status is ActionStatus.DONE for i in chosen)
    assert "Call back the CFO" not in whats(panel)
    after = desk.rows()
    desk.document.stack.undo()
    assert diff(desk.rows(), before) == [] and desk.rows() == desk.state()
    assert whats(panel)[0] == "Call back the CFO"
    desk.document.stack.redo()
    assert diff(desk.rows(), after) == []


def test_across_the_portfolio(qtbot, desk: Desk) -> None:
    panel = ActionsPanel()
    panel.set_workspace(desk.workspace)
    desk.show(qtbot, panel)
    own = panel.table.rowCount()
    assert panel.table.isColumnHidden(5)
    panel.portfolio.setChecked(True)
    accounts = {panel.table.item(r, 5).text() for r in range(panel.table.rowCount())}
    assert len(accounts) == 4 and panel.table.rowCount() > own
    other = next(r for r, row in enumerate(panel.visible) if row.account_id != desk.graph.id)
    panel.table.selectRow(other)
    assert not panel.done_button.isEnabled()  # changed in its own account
    panel.portfolio.setChecked(False)
    assert panel.table.rowCount() == own
