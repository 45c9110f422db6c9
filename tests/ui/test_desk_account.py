"""The account panel: fields, quadrant, stage, and the sponsor field agreeing with the signal."""

from __future__ import annotations

from kamdesk.graph import signals
from kamdesk.graph.types import Level, Quadrant, Side, Stage
from kamdesk.store import Workspace
from kamdesk.ui.document import AccountDocument
from kamdesk.ui.panels.account import AccountPanel
from tests.ui.desk_helpers import (  # noqa: F401 - fixtures
    TODAY,
    Desk,
    desk_fixture,
    diff,
    leave,
    russian_fixture,
)


def sponsor_signal(graph) -> bool:
    return any(s.kind is signals.SignalKind.NO_EXECUTIVE_SPONSOR
               for s in signals.detect(graph, TODAY))


def test_fields_quadrant_and_stage_with_exact_undo(qtbot, desk: Desk) -> None:
    g = desk.graph
    panel = desk.show(qtbot, AccountPanel())
    assert panel.name.text() == g.account.name
    before = desk.rows()
    panel.attractiveness.setValue(2.0)
    panel.strength.setValue(8.5)
    assert g.account.quadrant is Quadrant.STATUS and panel.quadrant.text() == "Status"
    assert panel.chart.bubbles[0].x == 8.5 and panel.chart.bubbles[0].y == 2.0
    panel.stage.setCurrentIndex(panel.stage.findData(Stage.INTEGRATED))
    panel.goals.setPlainText("Grow in the Baltics")
    panel.goals.document().setModified(True)
    leave(panel.goals)
    ours = [p for p in g.people.values() if p.side is Side.INTERNAL]
    panel.kam.setCurrentIndex(panel.kam.findData(ours[-1].id))
    stored = desk.rows()["account"]
    assert (stored.attractiveness, stored.relationship_strength, stored.stage, stored.goals,
            stored.kam_id) == (2.0, 8.5, Stage.INTEGRATED, "Grow in the Baltics", ours[-1].id)
    after = desk.rows()
    stack = desk.document.stack
    count = stack.count()
    assert count == 5
    for _ in range(count):
        stack.undo()
    assert diff(desk.rows(), before) == [] and panel.strength.value() == before[
        "account"].relationship_strength
    for _ in range(count):
        stack.redo()
    assert diff(desk.rows(), after) == [] and panel.goals.toPlainText() == "Grow in the Baltics"
    g.update_account(g.account._replace(industry="Retail & logistics"))  # model → view
    assert panel.industry.text() == "Retail & logistics"


def test_an_empty_name_is_refused_in_russian(qtbot, desk: Desk, russian) -> None:
    panel = desk.show(qtbot, AccountPanel())
    before = desk.rows()
    panel.name.setText("   ")
    panel.name.editingFinished.emit()
    assert desk.reports and "не может быть пустым" in desk.reports[-1][1]
    assert desk.rows() == before and panel.name.text() == before["account"].name


def test_sponsor_field_and_signal_agree_and_the_fix_clears_it(qtbot, desk: Desk) -> None:
    ws: Workspace = desk.workspace
    account = next(a for a in ws.accounts() if sponsor_signal(ws.load(a.id)))
    g = ws.load(account.id)
    document = AccountDocument(g, lambda t, m: desk.reports.append((t, m)))
    panel = AccountPanel()
    qtbot.addWidget(panel)
    panel.set_document(document)
    panel.show()
    assert g.account.sponsor_id is not None  # on paper, but not at the top of the comb
    assert "meets nobody at the client's level 1" in panel.sponsor_state.text()
    assert panel.sponsor_fix.isVisible() and panel.sponsor_fix.text().startswith("Link with")
    panel.sponsor_fix.click()
    assert not sponsor_signal(g) and "no signal" in panel.sponsor_state.text()
    top = [p for p in g.people.values() if p.side is Side.INTERNAL and p.level is Level.TOP]
    assert g.account.sponsor_id in {p.id for p in top}
    document.stack.undo()
    assert sponsor_signal(g) and panel.sponsor_fix.isVisible()
    document.close()
