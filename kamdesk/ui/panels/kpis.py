"""Our KPIs with the account (``kpiTable``): name, unit, target, actual, period, and the gap.

Edited in place like a spreadsheet; each cell is one undo step. A number is read the way
the user writes it (1 234,5 or 1,234.5); text that is no number goes to the model as typed
and comes back refused in the user's words. The gap is coloured: red below target, green
at or above it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Kpi, new_id
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.ui.panels.desk import (
    GREEN,
    MUTED,
    RECORD_ID,
    RED,
    DeskPanel,
    language,
    put,
)
from kamdesk.ui.panels.fit import fit_columns

FIELDS = ("name", "unit", "target", "actual", "period")
NUMBERS = ("target", "actual")


def parse_number(text: str) -> float | str | None:
    """A typed number ("" → None); anything unreadable is returned as typed for the model."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text).replace("\u2212", "-")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")  # 1,234.5
    else:
        cleaned = cleaned.replace(",", ".")  # 1234,5
    try:
        return float(cleaned)
    except ValueError:
        return text


class KpiPanel(DeskPanel):
    OBJECT_NAME = "kpiTable"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("KpiPanel", "KPIs")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Kpi] = []
        self.table = QTableWidget(0, 6, objectName="kpiGrid")
        self.table.setHorizontalHeaderLabels([
            self.tr("KPI"), self.tr("Unit"), self.tr("Target"), self.tr("Actual"),
            self.tr("Period"), self.tr("Gap")])
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._changed)
        add = QPushButton(self.tr("Add KPI"), objectName="addKpi")
        add.clicked.connect(self.add_kpi)
        remove = QPushButton(self.tr("Remove KPI"), objectName="removeKpi")
        remove.clicked.connect(self.remove_kpi)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def concerns(self, changes: ChangeSet) -> bool:
        return any(isinstance(c.entity, Kpi) for c in changes)

    def fill(self) -> None:
        graph = self.graph
        self.rows = sorted(graph.records(Kpi).values(), key=lambda k: k.name.casefold()) \
            if graph is not None else []
        words = vocabulary(language())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, k in enumerate(self.rows):
            shown = [k.name, k.unit,
                     "" if k.target is None else words.number(k.target),
                     "" if k.actual is None else words.number(k.actual), k.period]
            for c, text in enumerate(shown):
                item = put(self.table, r, c, text)
                item.setData(RECORD_ID, k.id)
                if FIELDS[c] in NUMBERS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
            gap = k.gap
            cell = put(self.table, r, 5, "—" if gap is None else
                       ("+" if gap > 0 else "") + words.number(gap))
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cell.setForeground(MUTED if gap is None else GREEN if gap >= 0 else RED)
        fit_columns(self.table, 0)
        self.table.blockSignals(False)

    def _changed(self, item: QTableWidgetItem) -> None:
        r, c = item.row(), item.column()
        if not 0 <= r < len(self.rows) or c >= len(FIELDS):
            return
        before = self.rows[r]
        field = FIELDS[c]
        typed: object = parse_number(item.text()) if field in NUMBERS else item.text()
        after = before._replace(**{field: typed})
        if after != before:
            self.edit(self.tr("Edit KPI"), lambda g: g.update_record(after))
        self.refresh()  # refused: back to what the model holds

    def add_kpi(self) -> None:
        graph = self.graph
        if graph is None:
            return
        kpi = Kpi(new_id(), graph.id, self.tr("New KPI"))
        if self.edit(self.tr("Add KPI"), lambda g: g.add_record(kpi)):
            row = next(i for i, k in enumerate(self.rows) if k.id == kpi.id)
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_kpi(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            gone = self.rows[row].id
            self.edit(self.tr("Remove KPI"), lambda g: g.remove_record(Kpi, gone))
