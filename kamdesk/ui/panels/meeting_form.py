"""The form of one meeting: head, attendees of both sides, the four agenda parts, actions.

Each field is written when the user leaves it (a text when it loses focus, a date or a
drop-down when it changes): one undo step each, through the meetings panel's ``edit``.
The form is refilled from the model after every change, so undo shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Meeting, Person, new_id
from kamdesk.graph.meetings import actions_of, is_overdue
from kamdesk.graph.types import ActionStatus, Side
from kamdesk.ui.panels.desk import (
    RED,
    data_of,
    date_edit,
    enum_of,
    fill_enum,
    fill_people,
    from_qdate,
    put,
    to_qdate,
)
from kamdesk.ui.panels.meeting_time import MeetingTime

AGENDA = ("review", "client_goals", "growth", "plan")
PERSON_ID = Qt.ItemDataRole.UserRole


class MinutesEdit(QPlainTextEdit):
    """A text that is written when the user leaves it, if it changed."""

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self.document().isModified():
            self.document().setModified(False)
            self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)

    def show_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self.document().setModified(False)


Save = Callable[[str, Meeting], None]


class MeetingForm(QWidget):
    """Edits the meeting ``meeting_id`` of ``graph``; changes go out through ``save``."""

    def __init__(self, save: Save, edit_action: Callable[[str, ActionItem | None,
                                                          ActionItem | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.edit_action = edit_action
        self.graph: AccountGraph | None = None
        self.meeting: Meeting | None = None
        self.day = date_edit(optional=False)
        self.day.setObjectName("meetingDate")
        self.title_edit = QLineEdit(objectName="meetingTitle")
        self.location = QLineEdit(objectName="meetingLocation")
        self.time = MeetingTime()
        self.time.changed.connect(self._save_head)
        head = QFormLayout()
        head.addRow(self.tr("Date"), self.day)
        head.addRow(self.tr("Time"), self.time)
        head.addRow(self.tr("Title"), self.title_edit)
        head.addRow(self.tr("Location"), self.location)
        self.day.dateChanged.connect(lambda _d: self._save_head())
        self.title_edit.editingFinished.connect(self._save_head)
        self.location.editingFinished.connect(self._save_head)

        self.attendees = QListWidget(objectName="meetingAttendees")
        self.attendees.setMaximumHeight(110)
        self.add_attendee = QLineEdit(objectName="addAttendee")
        self.add_attendee.setPlaceholderText(self.tr("Add an attendee: type a name"))
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_attendee.setCompleter(self.completer)
        self.add_attendee.returnPressed.connect(self._add_attendee)
        self.completer.activated.connect(lambda _t: self._add_attendee())
        self.by_label: dict[str, str] = {}
        remove = QPushButton(self.tr("Remove attendee"), objectName="removeAttendee")
        remove.clicked.connect(self._remove_attendee)
        people_box = QGroupBox(self.tr("Attendees (both sides)"))
        pl = QVBoxLayout(people_box)
        pl.addWidget(self.attendees)
        row = QHBoxLayout()
        row.addWidget(self.add_attendee, 1)
        row.addWidget(remove)
        pl.addLayout(row)

        self.parts: dict[str, MinutesEdit] = {}
        grid = QGridLayout()
        titles = {"review": self.tr("1. Review of current projects"),
                  "client_goals": self.tr("2. The client's business goals"),
                  "growth": self.tr("3. New growth points"),
                  "plan": self.tr("4. Action plan")}
        for i, part in enumerate(AGENDA):
            edit = MinutesEdit(objectName=f"minutes_{part}")
            edit.setPlaceholderText(self.tr("Minutes"))
            edit.committed.connect(lambda text, p=part: self._save_part(p, text))
            self.parts[part] = edit
            box = QVBoxLayout()
            box.addWidget(QLabel(titles[part]))
            box.addWidget(edit)
            grid.addLayout(box, i // 2, i % 2)

        self.actions = QTableWidget(0, 4, objectName="meetingActions")
        self.actions.setHorizontalHeaderLabels([self.tr("What"), self.tr("Who"),
                                                self.tr("When"), self.tr("Status")])
        header = self.actions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 112), (3, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.actions.verticalHeader().hide()
        self.actions.setMinimumHeight(150)
        self.actions.itemChanged.connect(self._what_changed)
        add = QPushButton(self.tr("Add action item"), objectName="addActionItem")
        add.clicked.connect(self._new_action)
        drop = QPushButton(self.tr("Remove action item"), objectName="removeActionItem")
        drop.clicked.connect(self._drop_action)
        actions_box = QGroupBox(self.tr("Action items"))
        al = QVBoxLayout(actions_box)
        al.addWidget(self.actions)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(drop)
        buttons.addStretch(1)
        al.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(people_box)
        layout.addLayout(grid, 2)
        layout.addWidget(actions_box, 2)
        for edit in self.parts.values():
            edit.setMinimumHeight(80)
        self.setEnabled(False)

    # ------------------------------------------------------------------ filling
    def show_meeting(self, graph: AccountGraph | None, meeting: Meeting | None) -> None:
        self.graph, self.meeting = graph, meeting
        self.setEnabled(meeting is not None)
        if graph is None or meeting is None:
            for edit in self.parts.values():
                edit.show_text("")
            self.attendees.clear()
            self.actions.setRowCount(0)
            self.title_edit.clear()
            self.location.clear()
            return
        for widget in (self.day, self.title_edit, self.location):
            widget.blockSignals(True)
        self.day.setDate(to_qdate(meeting.day))
        self.time.show_value(meeting.time, meeting.minutes)
        if self.title_edit.text() != meeting.title:
            self.title_edit.setText(meeting.title)
        if self.location.text() != meeting.location:
            self.location.setText(meeting.location)
        for widget in (self.day, self.title_edit, self.location):
            widget.blockSignals(False)
        for part in AGENDA:
            self.parts[part].show_text(getattr(meeting, part))
        self.attendees.clear()
        for pid in meeting.attendees:
            person = graph.people.get(pid)
            if person is None:
                continue
            item = QListWidgetItem(self._label(person))
            item.setData(PERSON_ID, pid)
            self.attendees.addItem(item)
        self._fill_actions(graph, meeting)

    def _label(self, p: Person) -> str:
        side = self.tr("client") if p.side is Side.CLIENT else self.tr("ours")
        return f"{p.name} · {p.title} ({side})" if p.title else f"{p.name} ({side})"

    def load_names(self) -> None:
        """The completer's list of every person (made when the user starts typing)."""
        if self.graph is None:
            return
        self.by_label = {self._label(p): p.id for p in self.graph.people.values()}
        self.names.setStringList(sorted(self.by_label, key=str.casefold))

    def _fill_actions(self, graph: AccountGraph, meeting: Meeting) -> None:
        items = actions_of(graph, meeting.id)
        self.actions.blockSignals(True)
        self.actions.setRowCount(len(items))
        candidates = {pid: graph.people[pid] for pid in meeting.attendees if pid in graph.people}
        today = date.today()
        for row, a in enumerate(items):
            what = put(self.actions, row, 0, a.what)
            what.setData(PERSON_ID, a.id)
            what.setForeground(RED if is_overdue(a, today) else self.palette().text().color())
            owners = dict(candidates)
            if a.owner_id in graph.people:
                owners[a.owner_id] = graph.people[a.owner_id]  # type: ignore[index]
            who = QComboBox()
            fill_people(who, owners.values(), a.owner_id, self.tr("(nobody)"))
            who.currentIndexChanged.connect(
                lambda _i, aid=a.id, w=who: self._action_field(aid, owner_id=data_of(w)))
            self.actions.setCellWidget(row, 1, who)
            when = date_edit()
            when.setDate(to_qdate(a.due))
            when.dateChanged.connect(
                lambda d, aid=a.id: self._action_field(aid, due=from_qdate(d)))
            self.actions.setCellWidget(row, 2, when)
            status = QComboBox()
            fill_enum(status, ActionStatus, a.status)
            status.currentIndexChanged.connect(
                lambda _i, aid=a.id, s=status: self._action_field(
                    aid, status=enum_of(s, ActionStatus)))
            self.actions.setCellWidget(row, 3, status)
        self.actions.blockSignals(False)

    # ------------------------------------------------------------------ saving
    def _save_head(self) -> None:
        m = self.meeting
        day = from_qdate(self.day.date())
        if m is None or day is None:
            return
        time, minutes = self.time.value()
        after = m._replace(day=day, title=self.title_edit.text(),
                           location=self.location.text(), time=time, minutes=minutes)
        if after != m:
            self.save(self.tr("Edit meeting"), after)

    def _save_part(self, part: str, text: str) -> None:
        if self.meeting is not None and getattr(self.meeting, part) != text:
            self.save(self.tr("Edit minutes"), self.meeting._replace(**{part: text}))

    def _add_attendee(self) -> None:
        label = self.add_attendee.text()
        if self.meeting is None or not label.strip():
            return
        if not self.by_label:
            self.load_names()
        pid = self.by_label.get(label)
        if pid is None:  # typed, not chosen: the one person whose label contains it
            found = [v for k, v in self.by_label.items() if label.casefold() in k.casefold()]
            pid = found[0] if len(found) == 1 else label  # the model refuses an unknown id
        self.add_attendee.clear()
        if pid not in self.meeting.attendees:
            self.save(self.tr("Add attendee"),
                      self.meeting._replace(attendees=(*self.meeting.attendees, pid)))

    def _remove_attendee(self) -> None:
        item = self.attendees.currentItem()
        if self.meeting is None or item is None:
            return
        pid = item.data(PERSON_ID)
        kept = tuple(a for a in self.meeting.attendees if a != pid)
        self.save(self.tr("Remove attendee"), self.meeting._replace(attendees=kept))

    def _action(self, action_id: str) -> ActionItem | None:
        if self.graph is None:
            return None
        return self.graph.records(ActionItem).get(action_id)

    def _action_field(self, action_id: str, **fields: object) -> None:
        before = self._action(action_id)
        if before is not None:
            after = before._replace(**fields)
            if after != before:
                self.edit_action(self.tr("Edit action item"), before, after)

    def _what_changed(self, item: object) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        assert isinstance(item, QTableWidgetItem)
        if item.column() == 0:
            self._action_field(item.data(PERSON_ID), what=item.text())

    def _new_action(self) -> None:
        m = self.meeting
        if m is None:
            return
        owner = next((a for a in m.attendees if self.graph is not None
                      and a in self.graph.people
                      and self.graph.people[a].side is Side.INTERNAL), None)
        item = ActionItem(new_id(), m.account_id, self.tr("New action"), owner,
                          max(m.day, date.today()) + timedelta(days=7),
                          ActionStatus.OPEN, m.id)
        self.edit_action(self.tr("Add action item"), None, item)

    def _drop_action(self) -> None:
        row = self.actions.currentRow()
        cell = self.actions.item(row, 0) if row >= 0 else None
        before = self._action(cell.data(PERSON_ID)) if cell is not None else None
        if before is not None:
            self.edit_action(self.tr("Remove action item"), before, None)
