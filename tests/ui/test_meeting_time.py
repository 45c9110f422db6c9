"""A meeting's time of day and length: set in the form (one undo step each, in the database at
once), shown in the list, on the brief PDF, in the e-mail and as a timed calendar event —
each read back with a real parser (pypdf, email, icalendar)."""

from __future__ import annotations

import email
from datetime import date, datetime
from email import policy

import icalendar
from pypdf import PdfReader
from PySide6.QtCore import QTime

from kamdesk.graph.entities import Meeting
from kamdesk.graph.meetings import end_of, hours_text, start_of
from kamdesk.io import protocol
from kamdesk.report.brief import write_brief
from kamdesk.ui import i18n
from kamdesk.ui.panels.meetings import MeetingsPanel
from tests.ui.desk_helpers import Desk, desk_fixture, diff  # noqa: F401 - a fixture


def chosen(panel: MeetingsPanel, desk: Desk) -> Meeting:
    return desk.graph.record(Meeting, panel.current)


def test_time_and_length_from_the_form_to_the_rows_and_back_by_undo(qtbot, desk: Desk):
    panel = desk.show(qtbot, MeetingsPanel())
    meeting = chosen(panel, desk)
    assert meeting.time == "" and panel.form.time.all_day.isChecked()  # the sample: all day
    before = desk.rows()
    time = panel.form.time
    time.all_day.setChecked(False)  # one step: the default start
    time.start.setTime(QTime(14, 30))
    time.start.editingFinished.emit()
    time.length.setValue(90)
    time.length.editingFinished.emit()
    stored = desk.rows()["records"]["Meeting"][meeting.id]
    assert (stored.time, stored.minutes) == ("14:30", 90)
    row = next(r for r in range(panel.table.rowCount())
               if panel.table.item(r, 1).text() == meeting.title)
    assert panel.table.item(row, 0).text().endswith(" 14:30–16:00")
    stack = desk.document.stack
    assert stack.count() == 3
    for _ in range(3):
        stack.undo()
    assert diff(desk.rows(), before) == [] and desk.rows() == desk.state()
    assert panel.form.time.all_day.isChecked() and not panel.form.time.start.isEnabled()
    for _ in range(3):
        stack.redo()
    assert panel.form.time.value() == ("14:30", 90)


def test_hours_of_a_meeting() -> None:
    m = Meeting("m", "a", date(2026, 12, 9), "Pricing", time="09:05", minutes=50)
    assert start_of(m) == datetime(2026, 12, 9, 9, 5)
    assert end_of(m) == datetime(2026, 12, 9, 9, 55) and hours_text(m) == "09:05–09:55"
    unknown = m._replace(minutes=0)
    assert hours_text(unknown) == "09:05" and end_of(unknown) == datetime(2026, 12, 9, 10, 5)
    all_day = m._replace(time="")
    assert start_of(all_day) is None and end_of(all_day) is None and hours_text(all_day) == ""


def test_a_timed_meeting_goes_out_timed(desk: Desk, tmp_path) -> None:
    g = desk.graph
    meeting = next(iter(g.records(Meeting).values()))
    g.update_record(meeting._replace(time="14:30", minutes=90))
    cal = icalendar.Calendar.from_ical(protocol.meeting_ics(g, meeting.id, "ru"))
    (event,) = cal.walk("VEVENT")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    day = meeting.day
    assert start == datetime(day.year, day.month, day.day, 14, 30) and start.tzinfo is None
    assert end == datetime(day.year, day.month, day.day, 16, 0)
    msg = email.message_from_bytes(protocol.meeting_eml(g, meeting.id, "ru"),
                                   policy=policy.default)
    written = f"{day:%d.%m.%Y} 14:30–16:00"
    assert written in msg["Subject"] and written in msg.get_content()
    target = tmp_path / "brief.pdf"
    write_brief(g, meeting.id, target, lang="ru")
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "14:30–16:00" in text and f"{day:%d.%m.%Y}" in text
    g.update_record(g.record(Meeting, meeting.id)._replace(time="", minutes=0))
    (event,) = icalendar.Calendar.from_ical(protocol.meeting_ics(g, meeting.id)).walk("VEVENT")
    assert event.decoded("dtstart") == day  # all day again: a date, not a time


def test_the_time_row_reads_in_russian(qtbot, desk: Desk) -> None:
    i18n.install("ru")
    try:
        panel = desk.show(qtbot, MeetingsPanel())
        assert panel.form.time.all_day.text() == "Весь день"
        assert panel.form.time.length.suffix().strip() == "мин"
    finally:
        i18n.install("en")
