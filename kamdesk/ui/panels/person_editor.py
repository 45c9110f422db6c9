"""Every field of a person (DESIGN.md §1) with a fitting widget and inline validation.

Each change is checked at once with the domain's own rules (``validate.normalized``), so the
message under the form is the one the model would give.

Typing is never lost: a field is applied when the user leaves it (Enter, Tab, a click
elsewhere, a choice in a drop-down), one undo step per field; choosing another person, or
another account, first applies what is pending. A field the rules refuse stays as typed in
a draft of that person, with its message, until it is fixed or reverted. Apply (Ctrl+Enter)
applies the whole form as one step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import validate
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Person
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import Level, Side
from kamdesk.ui import i18n
from kamdesk.ui.chart.cards import level_names, role_names, stance_names
from kamdesk.ui.document import AccountDocument, follow
from kamdesk.ui.panels.leaving_section import LeavingSection
from kamdesk.ui.panels.person_relations import RelationsSection

MAX_CADENCE = 3650


class PersonEditor(QWidget):
    """The form for one person; ``personEditor``. Empty and disabled with nobody chosen."""

    PLACE = "right"
    OBJECT_NAME = "personEditor"
    applied = Signal(str)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("PersonEditor", "Person")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personEditor")
        self.graph: AccountGraph | None = None
        self.document: AccountDocument | None = None
        self.person: Person | None = None
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.errors: dict[str, QLabel] = {}
        self.drafts: dict[str, Person] = {}  # typed, refused by the rules, kept per person
        self._loading = False
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add(name: str, label: str, widget: QWidget) -> None:
            # a field takes the width the dock gives it (a spin box's long special text
            # must not push the form, and the Apply button, out of a narrow dock)
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, widget.sizePolicy().verticalPolicy())
            widget.setMinimumWidth(60)
            widget.setObjectName(f"edit_{name}")
            self.fields[name] = widget
            self.labels[name] = label
            error = QLabel(objectName=f"error_{name}")
            error.setStyleSheet("color: #c62828;")
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)

        add("name", self.tr("Name"), QLineEdit())
        add("title", self.tr("Title"), QLineEdit())
        # a known post nobody holds yet (N/D in a file, or hiring): kept with its lines
        add("vacancy", self.tr("Vacant post"), QCheckBox(self.tr("Nobody holds it yet")))
        add("department", self.tr("Department"), QLineEdit())
        add("side", self.tr("Side"), self._combo(
            {i18n.words().enum(side): side for side in Side}))
        add("level", self.tr("Level"),
            self._combo({v: Level(k) for k, v in level_names().items()}))
        roles: dict[str, Any] = {self.tr("(none)"): None}
        roles.update({v: k for k, v in role_names().items()})
        add("decision_role", self.tr("Decision role"), self._combo(roles))
        add("stance", self.tr("Stance"), self._combo({v: k for k, v in stance_names().items()}))
        influence = QSpinBox()
        influence.setRange(1, 5)
        add("influence", self.tr("Influence (1–5)"), influence)
        add("email", self.tr("E-mail"), QLineEdit())
        add("phone", self.tr("Phone"), QLineEdit())
        contact = QWidget()
        row = QHBoxLayout(contact)
        row.setContentsMargins(0, 0, 0, 0)
        self.contacted = QCheckBox(self.tr("Met"), objectName="edit_contacted")
        self.contact_day = QDateEdit(calendarPopup=True, displayFormat=i18n.date_format())
        self.contact_day.setObjectName("edit_last_contact_day")
        self.contact_day.setSizePolicy(QSizePolicy.Policy.Ignored,
                                       QSizePolicy.Policy.Fixed)
        self.contact_day.setMinimumWidth(90)
        self.contacted.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row.addWidget(self.contacted)
        row.addWidget(self.contact_day, 1)
        add("last_contact", self.tr("Last contact"), contact)
        contact.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        contact.setMinimumWidth(self.contacted.sizeHint().width() + 100)
        cadence = QSpinBox()
        cadence.setRange(0, MAX_CADENCE)
        cadence.setSpecialValueText(self.tr("default for the role"))
        cadence.setSuffix(self.tr(" days"))
        add("cadence_days", self.tr("Contact every"), cadence)
        add("priorities", self.tr("Priorities"), self._text())
        add("notes", self.tr("Notes"), self._text())
        add("external_id", self.tr("External id"), QLineEdit())
        self.apply_button = QPushButton(self.tr("Apply"), objectName="applyPerson")
        self.revert_button = QPushButton(self.tr("Revert"), objectName="revertPerson")
        buttons = QDialogButtonBox()
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.apply,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.heading = QLabel(objectName="personHeading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 14px;")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        # the form never shrinks below its own height: the scroll area scrolls instead of
        # laying fields on top of each other (its word-wrapped messages would let it)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.leaving = LeavingSection()  # "left on …, succeeded by …" and Mark as left…
        layout.addWidget(self.leaving)
        self.relations = RelationsSection()
        layout.addWidget(self.relations)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        # never narrower than the form can be: a dock restored narrower would cut it off
        self.setMinimumWidth(max(300, inner.minimumSizeHint().width() + 2 * scroll.frameWidth()
                                 + scroll.verticalScrollBar().sizeHint().width()))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for name, widget in self.fields.items():
            self._watch(name, widget)
        self.contacted.toggled.connect(self.contact_day.setEnabled)
        self.contacted.toggled.connect(self.check)
        self.contacted.clicked.connect(lambda _on: self.commit("last_contact"))
        self.contact_day.dateChanged.connect(self.check)
        self.contact_day.editingFinished.connect(lambda: self.commit("last_contact"))
        self.show_person(None)

    @staticmethod
    def _combo(values: dict[str, Any]) -> QComboBox:
        box = QComboBox()
        for label, value in values.items():
            box.addItem(label, value)
        return box

    @staticmethod
    def _text() -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        return edit

    def _watch(self, name: str, widget: QWidget) -> None:
        """Check on every change; apply the field when the user is done with it."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.check)
            widget.editingFinished.connect(lambda: self.commit(name))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.check)
            widget.installEventFilter(self)  # applied on losing the focus
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.check)
            widget.activated.connect(lambda _index: self.commit(name))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self.check)
            widget.editingFinished.connect(lambda: self.commit(name))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.check)
            widget.clicked.connect(lambda _on: self.commit(name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            for name, widget in self.fields.items():
                if widget is watched:
                    self.commit(name)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ account and person
    def set_document(self, document: AccountDocument | None) -> None:
        if self.document is not None:
            self.document.selectionChanged.disconnect(self.show_person)
            self.document.activated.disconnect(self._activated)
        self.set_account(document.graph if document is not None else None, document)
        if document is not None:
            document.selectionChanged.connect(self.show_person)
            document.activated.connect(self._activated)
            self.show_person(document.selected)

    def _activated(self, pid: str) -> None:
        self.show_person(pid)
        self.focus_name()

    def set_account(self, graph: AccountGraph | None, document: AccountDocument | None) -> None:
        self.flush()  # what is typed goes to the account it was typed for
        follow(self.graph, graph, self._on_changes)
        self.graph, self.document = graph, document
        self.relations.set_account(graph, document)
        self.leaving.set_document(document)
        self.drafts = {}
        self.show_person(None)

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.graph is None:
            return
        self.relations.on_changes(changes)
        for change in changes:
            if isinstance(change.entity, Person) and change.is_remove:
                self.drafts.pop(change.entity.id, None)
        if self.person is None:
            return
        for change in changes:
            if isinstance(change.entity, Person) and change.entity.id == self.person.id:
                # the model changed (undo, the table, the chart): show it, keeping what the
                # user has typed and not yet applied
                current = self.graph.people.get(self.person.id)
                if current is None:
                    self.show_person(None)
                    return
                keep = set(self.dirty_fields())
                self.person = current
                self._load(current, keep)
                return

    def show_person(self, pid: str | None) -> None:
        """Show ``pid`` (None: nobody); what was typed for the previous person is applied."""
        if self.person is not None and self.graph is not None and pid == self.person.id \
                and pid in self.graph.people:  # the same person again: keep the typing
            keep = set(self.dirty_fields())
            self.person = self.graph.person(pid)
            self._load(self.person, keep)
            return
        if self.person is not None:
            self.flush()
        person = self.graph.people.get(pid) if self.graph is not None and pid else None
        self.person = person
        self.setEnabled(person is not None)
        draft = self.drafts.pop(person.id, None) if person is not None else None
        self._load(draft or person, set())
        self.relations.show_person(person.id if person is not None else None)

    def _load(self, shown: Person | None, keep: set[str]) -> None:
        """Put ``shown`` into the form, except the fields in ``keep``."""
        self._loading = True
        blank = shown or Person("", "", Side.CLIENT, "")
        self.heading.setText(self.person.name if self.person is not None
                             else self.tr("Nobody chosen"))
        for name, widget in self.fields.items():
            if name in keep:
                continue
            value = getattr(blank, name, None)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
                widget.setCursorPosition(0)  # a long title shows its start, not its end
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
        if "last_contact" not in keep:
            self.contacted.setChecked(blank.last_contact is not None)
            self.contact_day.setEnabled(blank.last_contact is not None)
            day = blank.last_contact or date.today()
            self.contact_day.setDate(QDate(day.year, day.month, day.day))
        self.leaving.show_person(self.person)
        self._loading = False
        self.check()

    def candidate(self) -> Person | None:
        """The person as the form shows them (not yet checked)."""
        if self.person is None:
            return None
        values: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
        values.pop("last_contact", None)
        values["cadence_days"] = values["cadence_days"] or None
        day = self.contact_day.date()
        values["last_contact"] = (date(day.year(), day.month(), day.day())
                                  if self.contacted.isChecked() else None)
        return self.person._replace(**values)

    def is_dirty(self) -> bool:
        candidate = self.candidate()
        return candidate is not None and candidate != self.person

    def dirty_fields(self) -> list[str]:
        """The fields whose shown value is not the model's, in the form's order."""
        candidate = self.candidate()
        if candidate is None or self.person is None:
            return []
        return [name for name in self.fields
                if getattr(candidate, name) != getattr(self.person, name)]

    def commit(self, name: str) -> bool:
        """Apply one field as one undo step; False (kept as typed) if the rules refuse it."""
        if self._loading or self.person is None or self.document is None \
                or self.graph is None:
            return True
        current = self.graph.people.get(self.person.id)
        candidate = self.candidate()
        if current is None or candidate is None:
            return True
        value = getattr(candidate, name)
        if value == getattr(current, name):
            return True
        changed = current._replace(**{name: value})
        try:
            validate.normalized(changed)
        except DomainError:
            self.check()
            return False
        text = self.tr("Edit %1: %2").replace("%1", current.name).replace(
            "%2", self.labels[name])
        return self.document.run(text, lambda g: g.update_person(changed))

    def flush(self) -> None:
        """Apply every pending field (one step each); keep what is refused as a draft."""
        if self.person is None or self.graph is None or self._loading:
            return
        for name in self.dirty_fields():
            self.commit(name)
        if self.person.id in self.graph.people and self.dirty_fields():
            draft = self.candidate()
            if draft is not None:
                self.drafts[self.person.id] = draft
                if self.document is not None:
                    self.document.message.emit(self.tr(
                        "%1: not applied, kept as a draft — %2").replace(
                        "%1", self.person.name).replace("%2", self._problem() or ""))

    def _problem(self) -> str | None:
        candidate = self.candidate()
        if candidate is None:
            return None
        try:
            validate.normalized(candidate)
        except DomainError as error:
            return i18n.words().error(error)
        return None

    def check(self) -> bool:
        """Show the domain's verdict on the form inline; True when it may be applied."""
        if getattr(self, "_loading", False):
            return False
        for label in self.errors.values():
            label.hide()
        candidate = self.candidate()
        problem = None
        if candidate is not None:
            try:
                validate.normalized(candidate)
            except DomainError as error:
                problem = error
        if problem is not None:
            field = getattr(problem, "field", "name").replace(" ", "_")
            field = {"role": "decision_role", "cadence": "cadence_days"}.get(field, field)
            label = self.errors.get(field, self.errors["name"])
            label.setText(i18n.words().error(problem))
            label.show()
        dirty = candidate is not None and candidate != self.person
        self.apply_button.setEnabled(problem is None and dirty)
        self.revert_button.setEnabled(dirty)
        return problem is None

    def apply(self) -> None:
        candidate = self.candidate()
        if candidate is None or self.document is None or not self.check() or not self.is_dirty():
            return
        if self.document.update_person(candidate):
            self._load(self.person, set())
            self.applied.emit(candidate.id)

    def revert(self) -> None:
        if self.person is not None:
            self.drafts.pop(self.person.id, None)
            current = self.graph.people.get(self.person.id) if self.graph else None
            self.person = current
            self._load(current, set())

    def focus_name(self) -> None:
        name = self.fields["name"]
        assert isinstance(name, QLineEdit)
        name.setFocus()
        name.selectAll()
