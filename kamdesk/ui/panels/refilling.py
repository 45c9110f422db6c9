"""A panel that mirrors the open account and refills itself when it is seen.

A change marks the panel stale; it refills at once if it is on screen, otherwise when it is
next shown, so a panel in a hidden tab costs nothing while the user edits elsewhere. The
overview, the history, "what changed" and every desk panel (``desk.DeskPanel``) share it.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from kamdesk.graph.changes import ChangeSet


class RefillingPanel(QWidget):
    """``refresh`` fills the panel (and clears ``stale``); subclasses implement it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = False

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self.stale:
            self.refresh()
        super().showEvent(event)
