"""The meetings of the account (``meetingsPanel``): the list, and the form of the chosen one.

Create a meeting, fill in who came (both sides), the minutes of the four agenda parts and
the action items; "Mark as held" records the contact for every client attendee and each
counterpart pair that met (one batch, one undo step), so a silent-client signal clears.
The protocol goes out as the brief PDF, an e-mail draft (.eml) or an invitation (.ics).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import meetings
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import ActionItem, Meeting, new_id
from kamdesk.ui import i18n
from kamdesk.ui.panels.desk import (
    RECORD_ID,
    RecordListPanel,
    language,
)
from kamdesk.ui.panels.meeting_form import MeetingForm


class MeetingsPanel(RecordListPanel):
    OBJECT_NAME = "meetingsPanel"
    OPENS = "Meeting"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("MeetingsPanel", "Meetings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: str | None = None
        self.table = QTableWidget(0, 3, objectName="meetingList")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Meeting"),
                                              self.tr("Held")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.form = MeetingForm(self.save_meeting, self.save_action)
        self.form.add_attendee.textEdited.connect(
            lambda _t: self.form.by_label or self.form.load_names())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        exports = QHBoxLayout()
        for key, text, slot in (
                ("new", self.tr("New meeting"), self.new_meeting),
                ("delete", self.tr("Delete"), self.delete_meeting),
                ("held", self.tr("Mark as held"), self.mark_held),
                ("ics", self.tr("Invitation (.ics)…"), lambda: self.export("ics")),
                ("eml", self.tr("Protocol e-mail (.eml)…"), lambda: self.export("eml")),
                ("pdf", self.tr("Brief (PDF)…"), lambda: self.export("pdf"))):
            button = QPushButton(text, objectName=f"meeting_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            (exports if key in ("ics", "eml", "pdf") else bar).addWidget(button)
        bar.addStretch(1)
        exports.addStretch(1)
        scroll = QScrollArea()  # a narrow window scrolls the form rather than growing
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        split = QSplitter(Qt.Orientation.Vertical)  # the form gets the panel's whole width
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setSizes([150, 650])
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(exports)
        layout.addWidget(split, 1)

    def concerns(self, changes: ChangeSet) -> bool:
        return True  # attendees' names, contacts and action items all show here

    # ------------------------------------------------------------------ filling
    def fill(self) -> None:
        graph = self.graph
        rows = sorted(graph.records(Meeting).values(), key=lambda m: (m.day, m.title),
                      reverse=True) if graph is not None else []
        today = date.today()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            hours = meetings.hours_text(m)  # "14:30–15:30", or nothing for all day
            first = QTableWidgetItem(i18n.day(m.day) + (f" {hours}" if hours else ""))
            first.setData(RECORD_ID, m.id)
            self.table.setItem(r, 0, first)
            self.table.setItem(r, 1, QTableWidgetItem(m.title))
            held = graph is not None and meetings.is_held(graph, m, today)
            self.table.setItem(r, 2, QTableWidgetItem("✓" if held else ""))
        ids = [m.id for m in rows]
        if self.current not in ids:
            self.current = ids[0] if ids else None
        if self.current is not None:
            self.table.selectRow(ids.index(self.current))
        self.table.resizeColumnToContents(0)
        self.table.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        graph = self.graph
        meeting = graph.records(Meeting).get(self.current or "") if graph is not None else None
        self.form.show_meeting(graph, meeting)
        for key in ("delete", "held", "ics", "eml", "pdf"):
            self.buttons[key].setEnabled(meeting is not None)
        if meeting is not None and graph is not None:
            self.buttons["held"].setEnabled(
                meeting.day <= date.today() and not meetings.is_held(graph, meeting,
                                                                    date.today()))

    # ------------------------------------------------------------------ edits
    def save_meeting(self, text: str, after: Meeting) -> None:
        self.edit(text, lambda g: g.update_record(after))
        self.refresh()  # a refusal leaves the model as it was: show it as it is

    def save_action(self, text: str, before: ActionItem | None,
                    after: ActionItem | None) -> None:
        if after is None and before is not None:
            self.edit(text, lambda g: g.remove_record(ActionItem, before.id))
        elif before is None and after is not None:
            self.edit(text, lambda g: g.add_record(after))
        elif after is not None:
            self.edit(text, lambda g: g.update_record(after))
        self.refresh()

    def new_meeting(self) -> None:
        graph = self.graph
        if graph is None:
            return
        kam = graph.account.kam_id
        meeting = Meeting(new_id(), graph.id, date.today(), self.tr("New meeting"),
                          attendees=(kam,) if kam in graph.people else ())
        if self.edit(self.tr("New meeting"), lambda g: g.add_record(meeting)):
            self.choose(meeting.id)
            self.form.title_edit.setFocus()
            self.form.title_edit.selectAll()

    def delete_meeting(self) -> None:
        graph, mid = self.graph, self.current
        if graph is None or mid is None:
            return
        items = [a.id for a in meetings.actions_of(graph, mid)]

        def edit(g: object) -> ChangeSet:
            assert g is graph
            with graph.batch() as collected:
                for aid in items:
                    graph.remove_record(ActionItem, aid)
                graph.remove_record(Meeting, mid)
            return tuple(collected)
        self.edit(self.tr("Delete meeting"), edit)

    def mark_held(self) -> None:
        mid = self.current
        if mid is not None:
            self.edit(self.tr("Mark meeting as held"),
                      lambda g: meetings.mark_held(g, mid, date.today()))

    def export(self, kind: str, target: Path | None = None) -> Path | None:
        """Write the protocol or invitation; asks where unless ``target`` is given."""
        graph, mid = self.graph, self.current
        if graph is None or mid is None:
            return None
        if target is None:
            filters = {"ics": self.tr("Calendar invitation (*.ics)"),
                       "eml": self.tr("E-mail draft (*.eml)"),
                       "pdf": self.tr("PDF (*.pdf)")}
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export meeting"),
                                                    f"meeting.{kind}", filters[kind])
            if not chosen:
                return None
            target = Path(chosen)
        try:
            if kind == "pdf":
                from kamdesk.report.brief import write_brief

                write_brief(graph, mid, target, lang=language())
            else:
                from kamdesk.io.protocol import meeting_eml, meeting_ics

                write = meeting_ics if kind == "ics" else meeting_eml
                target.write_bytes(write(graph, mid, language()))
        except OSError as error:
            if self.document is not None:
                self.document.report(self.tr("Cannot write the file"), str(error))
            return None
        return target
