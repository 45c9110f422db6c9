"""The time of day and the length of a meeting, as one row of the meeting form.

A meeting is all day (``Meeting.time == ""``) or starts at "HH:MM"; its length is
``Meeting.minutes`` (0: not known). "All day" is a check box rather than a magic time, so
midnight stays a time one can choose; the length is a spin box in steps of a quarter of an
hour, "—" at zero. ``changed`` is emitted when the user changes either.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QTimeEdit, QWidget

DEFAULT_START = QTime(10, 0)  # where the clock starts when "all day" is unticked


class MeetingTime(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_day = QCheckBox(self.tr("All day"))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")  # 24 hours, in both languages
        self.length = QSpinBox()
        for widget, name in ((self.all_day, "meetingAllDay"), (self.start, "meetingTime"),
                             (self.length, "meetingMinutes")):
            widget.setObjectName(name)
        self.length.setRange(0, 24 * 60)
        self.length.setSingleStep(15)
        self.length.setSpecialValueText("—")
        self.length.setSuffix(" " + self.tr("min"))
        self.length.setToolTip(self.tr("How long the meeting lasts (— not known)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.all_day)
        layout.addWidget(self.start)
        layout.addWidget(self.length)
        layout.addStretch(1)
        self.all_day.toggled.connect(self._all_day)
        self.start.editingFinished.connect(self.changed)
        self.length.editingFinished.connect(self.changed)

    def show_value(self, time: str, minutes: int) -> None:
        """Show a meeting's time and length (no ``changed``)."""
        for w in (self.all_day, self.start, self.length):
            w.blockSignals(True)
        parsed = QTime.fromString(time, "HH:mm") if time else QTime()
        self.all_day.setChecked(not parsed.isValid())
        self.start.setEnabled(parsed.isValid())
        self.start.setTime(parsed if parsed.isValid() else DEFAULT_START)
        self.length.setValue(max(0, minutes))
        for w in (self.all_day, self.start, self.length):
            w.blockSignals(False)

    def value(self) -> tuple[str, int]:
        """``(time, minutes)`` as the model keeps them: "" for all day."""
        time = "" if self.all_day.isChecked() else self.start.time().toString("HH:mm")
        return time, self.length.value()

    def _all_day(self, on: bool) -> None:
        self.start.setEnabled(not on)
        self.changed.emit()
