""""Mark as left…": the day a person left, where they went, who succeeded them.

The dialog only gathers the answers; the edit is ``AccountDocument.mark_left`` (one undo
step through ``graph.leaving.mark_left``), so a refusal (a successor who left too) is worded
by the domain and the account stays as it was.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.leaving import successors
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument

W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)  # the stable name tests and accessibility tools use
    return widget


class LeavingDialog(QDialog):
    """The form (``leavingDialog``); ``answers()`` once accepted."""

    def __init__(self, graph: AccountGraph, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leavingDialog")
        person = graph.person(pid)
        self.setWindowTitle(self.tr("Mark %1 as left").replace("%1", person.name))
        self.day = _named(QDateEdit(), "leftOn")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(i18n.date_format())  # the language's one format
        today = person.left_on or date.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.where = _named(QLineEdit(person.left_to), "leftTo")
        self.where.setPlaceholderText(self.tr("another company, retired, unknown…"))
        self.successor = _named(QComboBox(), "successor")
        self.successor.addItem(self.tr("— nobody yet —"), None)
        for p in successors(graph, pid):
            self.successor.addItem(f"{p.name} — {p.title}" if p.title else p.name, p.id)
        self.successor.setCurrentIndex(max(0, self.successor.findData(person.successor_id)))
        self.hand_over = _named(QCheckBox(
            self.tr("Hand their counterpart lines to the successor")), "handOver")
        self.successor.currentIndexChanged.connect(self._enable)
        self._enable()
        form = QFormLayout()
        form.addRow(self.tr("Left on"), self.day)
        form.addRow(self.tr("Went to"), self.where)
        form.addRow(self.tr("Successor"), self.successor)
        form.addRow("", self.hand_over)
        note = QLabel(self.tr("They leave the chart, the comb and the signals; their lines "
                              "and history are kept. View ▸ Show people who left shows "
                              "them greyed."), wordWrap=True)
        note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _enable(self) -> None:
        chosen = self.successor.currentData() is not None
        self.hand_over.setEnabled(chosen)
        if not chosen:
            self.hand_over.setChecked(False)

    def answers(self) -> tuple[date, str, str | None, bool]:
        """(left on, went to, successor id or None, hand the lines over)."""
        day = self.day.date()
        return (date(day.year(), day.month(), day.day()), self.where.text().strip(),
                self.successor.currentData(), self.hand_over.isChecked())


def ask_and_mark(document: AccountDocument, pid: str, parent: QWidget | None = None) -> bool:
    """Show the dialog for ``pid``; on OK mark them as left (one undo step)."""
    dialog = LeavingDialog(document.graph, pid, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    day, where, successor, hand_over = dialog.answers()
    return document.mark_left(pid, day, where, successor, hand_over)
