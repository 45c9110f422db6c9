"""The person editor's line about leaving: "left on …, to …, succeeded by …" and the button
that marks a person as left (or back at the client).

Part of the person editor (``person_editor.PersonEditor`` shows it under its buttons); the
edits go through the document, one undo step each, and the words of the status come from
the vocabulary (the same sentence as ``kamdesk changes`` and the plan).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kamdesk.graph.entities import Person
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.ui import i18n
from kamdesk.ui.dialogs.leaving_dialog import ask_and_mark
from kamdesk.ui.document import AccountDocument

W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)  # the stable name tests and accessibility tools use
    return widget


def left_status(person: Person, names: dict[str, str], lang: str | None = None) -> str:
    """"left on 2026-10-01 (to Rival Ltd), succeeded by Anna" in the user's language."""
    v = i18n.words() if lang is None else vocabulary(lang)
    if person.left_on is None:
        return ""
    text = v("lv_on", day=v.day(person.left_on))
    if person.left_to:
        text += " (" + v("lv_to", to=person.left_to) + ")"
    if person.successor_id is not None:
        text += ", " + v("lv_successor", name=names.get(person.successor_id, "?"))
    return text


class LeavingSection(QWidget):
    """A status line and one button (``markLeft``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AccountDocument | None = None
        self.person: Person | None = None
        self.status = _named(QLabel(), "leftStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.button = _named(QPushButton(), "markLeft")
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.button)

    def set_document(self, document: AccountDocument | None) -> None:
        self.document = document

    def show_person(self, person: Person | None) -> None:
        self.person = person
        self.setVisible(person is not None and self.document is not None)
        if person is None or self.document is None:
            return
        names = {p.id: p.name for p in self.document.graph.people.values()}
        self.status.setText(left_status(person, names))
        self.status.setVisible(person.left_on is not None)
        self.button.setText(self.tr("Mark as left…") if person.left_on is None
                            else self.tr("Back at the client"))

    def _clicked(self) -> None:
        if self.person is None or self.document is None:
            return
        if self.person.left_on is None:
            ask_and_mark(self.document, self.person.id, self)
        else:
            self.document.mark_back(self.person.id)
