"""The person editor's Relations section: every line of one person, editable and removable.

A line drawn on a chart could once be taken back only by undo or by deleting a person.
Here each one has a row: the manager (change or remove), dotted-line managers, influences
and influenced-by (weight 1–3), counterparts (strength 1–5, last contact) and conflicts,
each with a remove button; "Add…" draws a new one to a person picked from a list. Every
change is one undo step through the ``AccountDocument``. Not a panel of its own: part of
``PersonEditor``, which hands it the person shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.types import LinkKind, Side
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument

NEVER = QDate(2000, 1, 1)  # the date edit's "never" (shown as its special text)


class RelationsSection(QWidget):
    """Rows of one person's relations (``personRelations``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personRelations")
        self.graph: AccountGraph | None = None
        self.document: AccountDocument | None = None
        self.pid: str | None = None
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        heading = QLabel(self.tr("Relations"))
        heading.setStyleSheet("font-weight: 600;")
        self.add_button = QToolButton(objectName="addRelation", text=self.tr("Add…"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    # ------------------------------------------------------------------ what is shown
    def set_account(self, graph: AccountGraph | None, document: AccountDocument | None) -> None:
        self.graph, self.document = graph, document
        self.show_person(None)

    def on_changes(self, changes: ChangeSet) -> None:
        """Rebuilt when a line of the person, or a person at its other end, changed."""
        if self.pid is None or self.graph is None:
            return
        ends = {self.pid} | {x for link in self._links() for x in (link.source, link.target)}
        for change in changes:
            entity = change.entity
            if (isinstance(entity, Link) and self.pid in (entity.source, entity.target)) or \
                    (isinstance(entity, Person) and entity.id in ends):
                self.show_person(self.pid if self.pid in self.graph.people else None)
                return

    def _links(self) -> list[Link]:
        if self.graph is None or self.pid is None:
            return []
        return self.graph.links_of(self.pid)

    def show_person(self, pid: str | None) -> None:
        self.pid = pid if self.graph is not None and pid in self.graph.people else None
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # gone at once: a search for the row finds the new one
                widget.hide()
                widget.setParent(None)  # type: ignore[call-overload]
                widget.deleteLater()
        self.add_menu.clear()
        self.setVisible(self.pid is not None)
        if self.pid is None or self.graph is None:
            return
        graph, pid = self.graph, self.pid
        me = graph.person(pid)
        # each kind is a caption over its rows (name, value, remove): narrow enough for the
        # editor's dock, however long the Russian word for the kind
        row = self._caption(0, self.tr("Manager"))
        boss = graph.manager_of(pid)
        self.grid.addWidget(self._name(graph.person(boss).name if boss else self.tr("(none)"),
                                       "relationManager"), row, 0)
        if boss is not None:
            self.grid.addWidget(self._remove("removeManager", self.tr("Remove the manager"),
                                             lambda: self._set_manager(None)), row, 2)
        row += 1
        kinds = (
            (self.tr("Dotted-line manager"), lambda x: x.kind is LinkKind.REPORTS_TO
             and x.dotted and x.source == pid, "target"),
            (self.tr("Influences"), lambda x: x.kind is LinkKind.INFLUENCES
             and x.source == pid, "target"),
            (self.tr("Influenced by"), lambda x: x.kind is LinkKind.INFLUENCES
             and x.target == pid, "source"),
            (self.tr("Counterpart"), lambda x: x.kind is LinkKind.COUNTERPART, "other"),
            (self.tr("Conflict"), lambda x: x.kind is LinkKind.CONFLICT, "other"),
        )
        links = sorted(self._links(), key=lambda x: (x.kind.value, x.id))
        for text, wanted, end in kinds:
            chosen = [x for x in links if wanted(x)]
            if chosen:
                row = self._caption(row, text)
            for link in chosen:
                other = getattr(link, end) if end != "other" else (
                    link.target if link.source == pid else link.source)
                self.grid.addWidget(self._name(graph.person(other).name, f"relation_{link.id}"),
                                    row, 0)
                editor = self._value_editor(link)
                if editor is not None:
                    self.grid.addWidget(editor, row, 1)
                self.grid.addWidget(self._remove(f"removeRelation_{link.id}",
                                                 self.tr("Remove this line"),
                                                 lambda x=link.id: self._remove_link(x)), row, 2)
                row += 1
        self._add_actions(me)

    def _caption(self, row: int, text: str) -> int:
        """A kind's caption across the grid; the row after it."""
        label = QLabel(text)
        label.setStyleSheet("color: #546e7a; margin-top: 4px;")
        self.grid.addWidget(label, row, 0, 1, 3)
        return row + 1

    @staticmethod
    def _name(text: str, name: str) -> QLabel:
        label = QLabel(text, objectName=name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setToolTip(text)
        label.setMinimumWidth(40)  # a long name is cut, never the dock's width
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _remove(self, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton("×", objectName=name)
        button.setToolTip(tip)
        button.setFixedWidth(28)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _value_editor(self, link: Link) -> QWidget | None:
        """Weight of an influence; strength and last contact of a counterpart."""
        if link.kind is LinkKind.INFLUENCES:
            spin = QSpinBox(objectName=f"weight_{link.id}")
            spin.setRange(1, 3)
            spin.setValue(link.weight)
            spin.setPrefix(self.tr("weight "))
            spin.editingFinished.connect(
                lambda: self._update(link.id, weight=spin.value()))
            return spin
        if link.kind is not LinkKind.COUNTERPART:
            return None
        box = QWidget()
        row = QGridLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        strength = QSpinBox(objectName=f"strength_{link.id}")
        strength.setRange(1, 5)
        strength.setValue(link.strength)
        strength.setPrefix(self.tr("strength "))
        strength.editingFinished.connect(
            lambda: self._update(link.id, strength=strength.value()))
        day = QDateEdit(objectName=f"lastContact_{link.id}", calendarPopup=True,
                        displayFormat=i18n.date_format())
        day.setMinimumDate(NEVER)
        day.setSpecialValueText(self.tr("never met"))
        day.setToolTip(self.tr("Last contact"))
        last = link.last_contact
        day.setDate(QDate(last.year, last.month, last.day) if last else NEVER)
        day.editingFinished.connect(lambda: self._update(link.id, last_contact=_day(day)))
        row.addWidget(strength, 0, 0)
        row.addWidget(day, 0, 1)
        return box

    # ------------------------------------------------------------------ edits
    def _update(self, link_id: str, **values: object) -> None:
        if self.graph is None or self.document is None or link_id not in self.graph.links:
            return
        link = self.graph.link(link_id)
        changed = link._replace(**values)
        if changed != link:
            self.document.update_link(changed)

    def _remove_link(self, link_id: str) -> None:
        if self.document is not None:
            self.document.remove_link(link_id)

    def _set_manager(self, manager: str | None) -> None:
        if self.document is not None and self.pid is not None:
            self.document.set_manager(self.pid, manager)

    def _add_actions(self, me: Person) -> None:
        menu = self.add_menu
        same, other = me.side, Side.INTERNAL if me.side is Side.CLIENT else Side.CLIENT
        menu.addAction(self.tr("Manager…"), lambda: self._pick(
            same, self.tr("Manager"), self._set_manager))
        menu.addAction(self.tr("Dotted-line manager…"), lambda: self._pick(
            same, self.tr("Dotted-line manager"), lambda x: self._link(LinkKind.REPORTS_TO,
                                                                       me.id, x)))
        menu.addAction(self.tr("Influences…"), lambda: self._pick(
            None, self.tr("Influences"), lambda x: self._link(LinkKind.INFLUENCES, me.id, x)))
        menu.addAction(self.tr("Influenced by…"), lambda: self._pick(
            None, self.tr("Influenced by"), lambda x: self._link(LinkKind.INFLUENCES, x,
                                                                 me.id)))
        menu.addAction(self.tr("Counterpart…"), lambda: self._pick(
            other, self.tr("Counterpart"), self._counterpart))
        if me.side is Side.CLIENT:
            menu.addAction(self.tr("Conflict…"), lambda: self._pick(
                Side.CLIENT, self.tr("Conflict"), lambda x: self._link(LinkKind.CONFLICT,
                                                                       me.id, x)))

    def _link(self, kind: LinkKind, source: str, target: str) -> None:
        if self.document is not None:
            self.document.add_link(kind, source, target)

    def _counterpart(self, other: str) -> None:
        if self.document is not None and self.pid is not None:
            self.document.link_counterpart(self.pid, other)

    def _pick(self, side: Side | None, title: str, then: Callable[[str], object]) -> None:
        """Ask for a person (of ``side``, None: either) and hand their id to ``then``."""
        if self.graph is None or self.pid is None:
            return
        people = sorted((p for p in self.graph.people.values()
                         if p.id != self.pid and (side is None or p.side is side)),
                        key=lambda p: (p.level, p.name))
        names = [f"{p.name} — {p.title} (L{p.level})" for p in people]
        chosen, ok = QInputDialog.getItem(self, title, self.tr("Person:"), names, 0, False)
        if ok and chosen in names:
            then(people[names.index(chosen)].id)


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value <= NEVER:
        return None
    return date(value.year(), value.month(), value.day())
