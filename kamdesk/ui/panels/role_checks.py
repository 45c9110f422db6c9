"""The account panel's "Required roles": one check box per decision role.

Which buying-centre roles the account must have identified (``Account.required_roles``;
the "missing role" signal reads it through ``analysis_signals.required_roles``). An account
that never chose shows the default set (economic buyer, decision maker, coach) ticked; the
first click makes the choice the account's own. The role names are the vocabulary's.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from kamdesk.graph.analysis_signals import DEFAULT_REQUIRED_ROLES
from kamdesk.graph.types import DecisionRole
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.ui.panels.desk import language

COLUMNS = 2  # four columns made the account tab wider than a 1280-pixel window


class RequiredRoles(QWidget):
    """``requiredRoles``; a box per role is ``requiredRole_<value>``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requiredRoles")
        self.boxes: dict[DecisionRole, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for i, role in enumerate(DecisionRole):
            box = QCheckBox()
            box.setObjectName(f"requiredRole_{role.value}")
            box.clicked.connect(lambda _on: self.changed.emit())
            self.boxes[role] = box
            grid.addWidget(box, i // COLUMNS, i % COLUMNS)
        self.retranslate()

    def retranslate(self) -> None:
        words = vocabulary(language())
        for role, box in self.boxes.items():
            box.setText(words.enum(role))

    def show_roles(self, chosen: tuple[DecisionRole, ...] | None) -> None:
        """Tick the account's roles (None: the default set) without announcing it."""
        wanted = DEFAULT_REQUIRED_ROLES if chosen is None else chosen
        self.retranslate()
        for role, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(role in wanted)
            box.blockSignals(False)

    def chosen(self) -> tuple[DecisionRole, ...]:
        return tuple(role for role, box in self.boxes.items() if box.isChecked())
