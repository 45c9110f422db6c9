"""The two message boxes of the app: a yes/no question and a refusal, plain text always
(a name full of ``<b>`` is shown as typed, never as markup)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, question: str) -> bool:
    """A yes/no question before something the user may not expect; No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("confirmDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return bool(box.exec() == QMessageBox.StandardButton.Yes)


def error(parent: QWidget, title: str, message: str) -> None:
    """Tell the user what was refused: a window-modal box that does not block the caller."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
