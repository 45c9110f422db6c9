"""The risks panel and the signals list: the register, the reaction tactic, one click from a
signal to a risk, on a real workspace file."""

from __future__ import annotations

import email
from email import policy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from kamdesk.graph import signals
from kamdesk.graph.entities import RaciActivity, Risk
from kamdesk.graph.types import (
    RaciValue,
    RiskCategory,
    RiskStatus,
    RiskStepKind,
    Severity,
    Side,
)
from kamdesk.ui.panels.risks import RisksPanel
from kamdesk.ui.panels.signals_list import SignalsPanel
from tests.ui.desk_helpers import (  # noqa: F401 - fixtures
    TODAY,
    Desk,
    desk_fixture,
    diff,
    russian_fixture,
)


def column(panel: RisksPanel, c: int) -> list[str]:
    return [panel.table.item(r, c).text() for r in range(panel.table.rowCount())]


def test_register_model_to_view_and_view_to_model_with_exact_undo(qtbot, desk: Desk) -> None:
    panel = desk.show(qtbot, RisksPanel())
    assert panel.table.rowCount() == 4
    assert column(panel, 0)[-1] == "resolved"  # open first, resolved last
    before = desk.rows()
    qtbot.mouseClick(panel.findChild(object, "newRisk"), Qt.MouseButton.LeftButton)
    risk = panel.current_risk()
    assert risk is not None and risk.log[0].kind is RiskStepKind.RECORDED
    panel.description.setText("Warehouse flooded")
    panel.description.editingFinished.emit()
    panel.severity.setCurrentIndex(panel.severity.findData(Severity.CRITICAL))
    panel.category.setCurrentIndex(panel.category.findData(RiskCategory.LOGISTICS))
    stored = desk.rows()["records"]["Risk"][risk.id]
    assert (stored.description, stored.severity, stored.category) == (
        "Warehouse flooded", Severity.CRITICAL, RiskCategory.LOGISTICS)
    assert column(panel, 3)[0] == "Warehouse flooded"  # the worst open risk comes first
    after = desk.rows()
    stack = desk.document.stack
    steps = stack.count()
    assert steps == 4
    for _ in range(steps):
        stack.undo()
    assert diff(desk.rows(), before) == [] and desk.rows() == desk.state()
    assert "Warehouse flooded" not in column(panel, 3)
    for _ in range(steps):
        stack.redo()
    assert diff(desk.rows(), after) == [] and desk.rows() == desk.state()
    # the model changes elsewhere: the register follows
    desk.graph.update_record(desk.graph.record(Risk, risk.id)._replace(escalated_to="Board"))
    assert "Board" in column(panel, 5)


def test_reaction_tactic_from_a_silent_client_signal_to_resolved(qtbot, desk: Desk, tmp_path):
    g = desk.graph
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    signals_panel, risks = SignalsPanel(), RisksPanel()
    for panel in (signals_panel, risks):
        tabs.addTab(panel, panel.title())
        panel.set_document(desk.document)
    tabs.resize(1280, 800)
    tabs.show()
    qtbot.waitExposed(tabs)
    found = signals_panel.found
    silent = next(i for i, s in enumerate(found) if s.kind is signals.SignalKind.SILENT_CLIENT)
    client_id = found[silent].subjects[0]
    signals_panel.tree.setCurrentItem(signals_panel.tree.topLevelItem(silent))
    qtbot.mouseClick(signals_panel.record_button, Qt.MouseButton.LeftButton)
    assert tabs.currentWidget() is risks  # the new risk is opened in the register
    risk = risks.current_risk()
    assert risk is not None and risk.category is RiskCategory.ENGAGEMENT
    assert g.person(client_id).name in risk.description

    steps = risks.steps
    kam = g.account.kam_id
    assert kam is not None and g.person(kam).side is Side.INTERNAL
    steps.owner.setCurrentIndex(steps.owner.findData(kam))
    qtbot.mouseClick(steps.owner_button, Qt.MouseButton.LeftButton)
    assert g.record(Risk, risk.id).owner_id == kam
    steps.concerned.setCurrentIndex(max(0, steps.concerned.findData(client_id)))
    suggested = steps.escalate_to.text()
    assert suggested and suggested != g.person(kam).name
    qtbot.mouseClick(steps.escalate_button, Qt.MouseButton.LeftButton)
    assert g.record(Risk, risk.id).status is RiskStatus.ESCALATED
    assert g.record(Risk, risk.id).escalated_to == suggested

    row = RaciActivity("notify-row", g.id, "Escalations", 99,
                       (("Sales", RaciValue.RESPONSIBLE), (kam, RaciValue.ACCOUNTABLE)))
    g.add_record(row)
    steps.activity.setCurrentIndex(steps.activity.findData(row.id))
    text = steps.notice.toPlainText()
    assert "R — Responsible: Sales" in text and f"A — Accountable: {g.person(kam).name}" in text
    steps.status.setCurrentIndex(steps.status.findData(RiskStatus.RESOLVED))
    qtbot.mouseClick(steps.update_button, Qt.MouseButton.LeftButton)

    stored = desk.rows()["records"]["Risk"][risk.id]  # read back through a second connection
    assert stored.status is RiskStatus.RESOLVED and stored.resolved_on == TODAY
    assert [s.kind for s in stored.log] == [RiskStepKind.RECORDED, RiskStepKind.OWNER_ASSIGNED,
                                            RiskStepKind.ESCALATED, RiskStepKind.STATUS_UPDATED]
    assert all(s.on == TODAY for s in stored.log)
    assert risks.steps.log.rowCount() == 4
    mail = email.message_from_bytes(steps.write_eml(tmp_path / "n.eml").read_bytes(),
                                    policy=policy.default)
    assert "Escalations" in mail.get_content() and mail["X-Unsent"] == "1"


def test_signal_opens_what_it_is_about(qtbot, desk: Desk) -> None:
    panel = desk.show(qtbot, SignalsPanel())
    opened: list[tuple[str, str]] = []
    activated: list[str] = []
    desk.document.recordOpened.connect(lambda k, i: opened.append((k, i)))
    desk.document.activated.connect(activated.append)
    kinds = [s.kind for s in panel.found]
    assert signals.SignalKind.INVALID_RACI in kinds and signals.SignalKind.COMB_GAP in kinds
    panel.open(kinds.index(signals.SignalKind.INVALID_RACI))
    assert opened and opened[-1][0] == "RaciActivity"
    panel.open(kinds.index(signals.SignalKind.COMB_GAP))
    assert activated and desk.graph.person(activated[-1]).side is Side.CLIENT
    worst = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert worst == sorted(worst, key=["critical", "high", "medium", "low"].index)


def test_a_client_owner_is_refused_in_russian(qtbot, desk: Desk, russian) -> None:
    panel = desk.show(qtbot, RisksPanel())
    risk = panel.current_risk()
    client = next(p for p in desk.graph.people.values() if p.side is Side.CLIENT)
    before = desk.rows()
    assert not panel.save_step("x", risk._replace(owner_id=client.id))
    assert "должен быть одним из наших людей этого клиента" in desk.reports[-1][1]
    assert desk.rows() == before and desk.document.stack.count() == 0
