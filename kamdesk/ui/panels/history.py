"""Who changed what, when: the account's history (or one person's), newest first.

Read from the workspace's history tables (kamdesk.store.history), which hold every change
set with its author and time, colleagues' included; undone edits stay listed, the undo is
an entry of its own. The list is read again when the account changes while the panel is
shown (or on showing it after a change), not on every change off screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kamdesk.graph.changes import Change
from kamdesk.graph.entities import Link, Person
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument, follow
from kamdesk.ui.panels.refilling import RefillingPanel

SHOWN = 500  # the newest entries listed


class HistoryPanel(RefillingPanel):
    """The history tab (``historyView``)."""

    PLACE = "tab"
    OBJECT_NAME = "historyView"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("HistoryPanel", "History")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.document: AccountDocument | None = None
        self.only_person = QCheckBox(self.tr("Only the selected person"),
                                     objectName="historyPersonOnly")
        self.only_person.toggled.connect(lambda _on: self.refresh())
        self.tree = QTreeWidget(objectName="historyList")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_person)
        layout.addWidget(self.tree, 1)

    def set_document(self, document: AccountDocument | None) -> None:
        old = self.document
        follow(old.graph if old is not None else None,
               document.graph if document is not None else None, self._on_changes)
        if old is not None:
            old.selectionChanged.disconnect(self._on_selection)
        self.document = document
        self.tree.clear()
        if document is not None:
            document.selectionChanged.connect(self._on_selection)
            self._on_changes(())

    def _on_selection(self, _pid: object) -> None:
        if self.only_person.isChecked():
            self._on_changes(())

    def refresh(self) -> None:
        self.stale = False
        self.tree.clear()
        document = self.document
        link = document.findChild(QObject, "liveLink") if document is not None else None
        if document is None or link is None:
            return
        person = document.selected if self.only_person.isChecked() else None
        if self.only_person.isChecked() and person is None:
            return
        try:
            entries = link.workspace.history(document.graph.id, person=person)  # type: ignore[attr-defined]
        except Exception as error:  # noqa: BLE001 - a lost server: say so in the list
            self.tree.addTopLevelItem(QTreeWidgetItem(["", "", str(error)]))
            return
        names = {p.id: p.name for p in document.graph.people.values()}
        items = []
        for entry in reversed(entries[-SHOWN:]):
            at = entry.at.astimezone()  # the language's date, then the time of day
            when = f"{i18n.day(at.date())} {at:%H:%M}"
            what = "; ".join(self._describe(c, names) for c in entry.changes[:3])
            if len(entry.changes) > 3:
                what += " " + self.tr("… and %n more", "", len(entry.changes) - 3)
            items.append(QTreeWidgetItem([when, entry.author, what]))
        self.tree.addTopLevelItems(items)
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)

    def _describe(self, change: Change, names: dict[str, str]) -> str:
        entity: Any = change.entity
        if isinstance(entity, Link):
            what = (f"{names.get(entity.source, entity.source)} → "
                    f"{names.get(entity.target, entity.target)}")
        elif isinstance(entity, Person):
            what = entity.name
        else:
            what = str(getattr(entity, "name", "") or getattr(entity, "title", "")
                       or getattr(entity, "what", "") or getattr(entity, "description", ""))
        if change.is_add:
            return self.tr("added %1").replace("%1", what)
        if change.is_remove:
            return self.tr("removed %1").replace("%1", what)
        assert change.before is not None and change.after is not None
        fields = [f for f, a, b in zip(change.before._fields, change.before, change.after,
                                       strict=True) if a != b and f != "version"]
        words = i18n.words()
        shown = []
        for field in fields:
            try:
                shown.append(words(field))
            except (KeyError, ValueError):  # a field without a word of its own
                shown.append(field)
        return self.tr("changed %1: %2").replace("%1", what).replace("%2", ", ".join(shown))
