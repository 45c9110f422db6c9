"""The meetings panel driven as a user would, on a real workspace file."""

from __future__ import annotations

import email
from email import policy

import icalendar
from PySide6.QtCore import Qt

from kamdesk.graph import signals
from kamdesk.graph.entities import ActionItem, Meeting
from kamdesk.graph.types import ActionStatus, Side
from kamdesk.ui.panels.meetings import MeetingsPanel
from tests.ui.desk_helpers import (  # noqa: F401 - fixtures
    TODAY,
    Desk,
    desk_fixture,
    diff,
    leave,
    russian_fixture,
)


def titles(panel: MeetingsPanel) -> list[str]:
    return [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]


def test_model_to_view_and_view_to_model_with_undo_to_the_exact_rows(qtbot, desk: Desk):
    panel = desk.show(qtbot, MeetingsPanel())
    assert len(titles(panel)) == 3
    before = desk.rows()
    panel.buttons["new"].click()
    new = next(m for m in desk.graph.records(Meeting).values() if m.title == "New meeting")
    assert panel.current == new.id and "New meeting" in titles(panel)
    panel.form.title_edit.setText("Pricing 2027")
    panel.form.title_edit.editingFinished.emit()
    minutes = panel.form.parts["growth"]
    minutes.setPlainText("Service contract, 3 years")
    minutes.document().setModified(True)
    leave(minutes)
    stored = desk.rows()["records"]["Meeting"][new.id]
    assert stored.title == "Pricing 2027" and stored.growth == "Service contract, 3 years"
    after = desk.rows()
    stack = desk.document.stack
    assert stack.count() == 3
    for _ in range(3):
        stack.undo()
    assert diff(desk.rows(), before) == [] and desk.rows() == desk.state()
    assert "Pricing 2027" not in titles(panel)
    for _ in range(3):
        stack.redo()
    assert desk.rows() == after == desk.state()
    assert "Pricing 2027" in titles(panel)
    panel.choose(new.id)
    assert panel.form.parts["growth"].toPlainText() == "Service contract, 3 years"
    # the model changes elsewhere: the panel follows
    desk.graph.update_record(desk.graph.record(Meeting, new.id)._replace(title="Renamed"))
    assert "Renamed" in titles(panel) and panel.form.title_edit.text() == "Renamed"


def test_meeting_flow_held_clears_silence_and_exports_parse_back(qtbot, desk: Desk, tmp_path):
    g = desk.graph
    panel = desk.show(qtbot, MeetingsPanel())
    silent = [s.subjects[0] for s in signals.detect(g, TODAY)
              if s.kind is signals.SignalKind.SILENT_CLIENT]
    theirs = [g.person(pid) for pid in silent[:2]]
    ours = next(p for p in g.people.values() if p.side is Side.INTERNAL)
    panel.buttons["new"].click()
    mid = panel.current
    for person in (ours, *theirs):  # typed into the attendee box, as a user would
        panel.form.add_attendee.setText(person.name)
        panel.form.add_attendee.returnPressed.emit()
    m = g.record(Meeting, mid)
    assert {ours.id, theirs[0].id, theirs[1].id} <= set(m.attendees)
    assert {g.person(a).side for a in m.attendees} == {Side.CLIENT, Side.INTERNAL}
    for part, text in (("review", "Deliveries 95 %"), ("client_goals", "Margin"),
                       ("growth", "Service contract"), ("plan", "Three actions")):
        edit = panel.form.parts[part]
        edit.setPlainText(text)
        edit.document().setModified(True)
        leave(edit)
    for _ in range(3):
        panel.form._new_action()
    items = [a for a in g.records(ActionItem).values() if a.meeting_id == mid]
    assert len(items) == 3 and panel.form.actions.rowCount() == 3
    cell = panel.form.actions.item(0, 0)
    cell.setText("Send the proposal")  # typed into the table
    assert any(a.what == "Send the proposal" for a in g.records(ActionItem).values())
    status = panel.form.actions.cellWidget(1, 3)
    status.setCurrentIndex(status.findData(ActionStatus.IN_PROGRESS))
    assert sorted(a.status for a in g.records(ActionItem).values()
                  if a.meeting_id == mid).count(ActionStatus.IN_PROGRESS) == 1

    assert panel.buttons["held"].isEnabled()
    qtbot.mouseClick(panel.buttons["held"], Qt.MouseButton.LeftButton)
    for person in theirs:
        assert g.person(person.id).last_contact == TODAY
    rows = desk.rows()
    assert all(rows["people"][p.id].last_contact == TODAY for p in theirs)
    still = {s.subjects[0] for s in signals.detect(g, TODAY)
             if s.kind is signals.SignalKind.SILENT_CLIENT}
    assert not still & {p.id for p in theirs}
    assert panel.table.item(titles(panel).index("New meeting"), 2).text() == "✓"
    assert not panel.buttons["held"].isEnabled()
    desk.document.stack.undo()  # held was one step
    assert g.person(theirs[0].id).last_contact == theirs[0].last_contact
    desk.document.stack.redo()

    ics = panel.export("ics", tmp_path / "m.ics")
    eml = panel.export("eml", tmp_path / "m.eml")
    (event,) = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == TODAY and str(event["summary"]) == "New meeting"
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = msg.get_content()
    for text in ("Deliveries 95 %", "Margin", "Service contract", "Three actions",
                 "Send the proposal", theirs[0].name, ours.name):
        assert text in body
    assert panel.export("pdf", tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


def test_an_attendee_who_does_not_exist_is_refused_in_russian(qtbot, desk: Desk,
                                                              russian) -> None:
    panel = desk.show(qtbot, MeetingsPanel())
    before = desk.rows()
    panel.form.add_attendee.setText("Nobody Such")
    panel.form.add_attendee.returnPressed.emit()
    assert desk.reports and "такого человека нет у этого клиента" in desk.reports[-1][1]
    assert desk.rows() == before and desk.document.stack.count() == 0
