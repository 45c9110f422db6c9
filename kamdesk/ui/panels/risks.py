"""The risk register of the account (``risksPanel``) and the reaction tactic of the chosen risk.

The register lists every risk — category, description, severity, owner, status, escalated
to, dates — open ones first, worst first; the chosen one's own fields are edited in place
(drop-downs for the fixed choices) and its reaction steps below (``RiskSteps``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import tactic
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Risk
from kamdesk.graph.types import RiskCategory, RiskStatus, Severity
from kamdesk.ui import i18n
from kamdesk.ui.panels.desk import (
    AMBER,
    RECORD_ID,
    RED,
    RecordListPanel,
    date_edit,
    enum_of,
    fill_enum,
    from_qdate,
    name_of,
    to_qdate,
    word,
)
from kamdesk.ui.panels.fit import fit_columns
from kamdesk.ui.panels.risk_steps import RiskSteps

SEVERITY_RANK = {s: i for i, s in enumerate(reversed(list(Severity)))}  # critical first


class RisksPanel(RecordListPanel):
    OBJECT_NAME = "risksPanel"
    OPENS = "Risk"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("RisksPanel", "Risks")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: str | None = None
        self.table = QTableWidget(0, 8, objectName="riskRegister")
        self.table.setHorizontalHeaderLabels([
            self.tr("Status"), self.tr("Severity"), self.tr("Category"), self.tr("Description"),
            self.tr("Owner"), self.tr("Escalated to"), self.tr("Raised"), self.tr("Due")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.show_resolved = QCheckBox(self.tr("Show resolved"), objectName="showResolved")
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        new = QPushButton(self.tr("New risk"), objectName="newRisk")
        new.clicked.connect(self.new_risk)
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteRisk")
        self.delete_button.clicked.connect(self.delete_risk)

        self.category = QComboBox(objectName="riskCategory")
        self.severity = QComboBox(objectName="riskSeverity")
        self.description = QLineEdit(objectName="riskDescription")
        self.due = date_edit()
        self.due.setObjectName("riskDue")
        self.category.currentIndexChanged.connect(lambda _i: self._save_fields())
        self.severity.currentIndexChanged.connect(lambda _i: self._save_fields())
        self.description.editingFinished.connect(self._save_fields)
        self.due.dateChanged.connect(lambda _d: self._save_fields())
        fields = QFormLayout()
        fields.addRow(self.tr("Description"), self.description)
        row = QHBoxLayout()
        row.addWidget(self.category, 3)  # "client engagement": the longest words
        row.addWidget(self.severity, 2)
        row.addWidget(self.due)
        fields.addRow(self.tr("Category, severity, due"), row)
        self.steps = RiskSteps(self.save_step)

        bar = QHBoxLayout()
        bar.addWidget(new)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        bar.addWidget(self.show_resolved)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(fields)
        lower_layout.addWidget(self.steps, 1)
        scroll = QScrollArea()  # a narrow window scrolls the steps rather than growing
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(lower)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setSizes([260, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # ------------------------------------------------------------------ filling
    def risks(self) -> list[Risk]:
        """The register in its order: open before resolved, worst first, newest first."""
        graph = self.graph
        if graph is None:
            return []
        found = [r for r in graph.records(Risk).values()
                 if self.show_resolved.isChecked() or r.status is not RiskStatus.RESOLVED]
        return sorted(found, key=lambda r: (r.status is RiskStatus.RESOLVED,
                                            SEVERITY_RANK[r.severity],
                                            -(r.raised_on or date.min).toordinal()))

    def fill(self) -> None:
        graph = self.graph
        rows = self.risks()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, risk in enumerate(rows):
            assert graph is not None
            cells = [word(risk.status), word(risk.severity), word(risk.category),
                     risk.description, name_of(graph, risk.owner_id, self.tr("(no owner)")),
                     risk.escalated_to, i18n.day(risk.raised_on), i18n.day(risk.due)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ID, risk.id)
                self.table.setItem(r, c, item)
            if risk.severity in (Severity.HIGH, Severity.CRITICAL) and \
                    risk.status is not RiskStatus.RESOLVED:
                self.table.item(r, 1).setForeground(RED)
            if risk.owner_id is None and risk.status is not RiskStatus.RESOLVED:
                self.table.item(r, 4).setForeground(AMBER)
        ids = [r.id for r in rows]
        if self.current not in ids:
            self.current = ids[0] if ids else None
        if self.current is not None:
            self.table.selectRow(ids.index(self.current))
        fit_columns(self.table, 3, optional=(5, 6))  # escalated to, raised: in the steps too
        self.table.blockSignals(False)
        self._show_current()

    def current_risk(self) -> Risk | None:
        graph = self.graph
        return graph.records(Risk).get(self.current or "") if graph is not None else None

    def _show_current(self) -> None:
        risk = self.current_risk()
        self.delete_button.setEnabled(risk is not None)
        for w in (self.category, self.severity, self.description, self.due):
            w.setEnabled(risk is not None)
            w.blockSignals(True)
        fill_enum(self.category, RiskCategory, risk.category if risk else None)
        fill_enum(self.severity, Severity, risk.severity if risk else None)
        self.description.setText(risk.description if risk else "")
        self.description.setCursorPosition(0)  # a long description shows its start
        self.due.setDate(to_qdate(risk.due if risk else None))
        for w in (self.category, self.severity, self.description, self.due):
            w.blockSignals(False)
        self.steps.show_risk(self.graph, risk)

    # ------------------------------------------------------------------ edits
    def save_step(self, text: str, after: Risk) -> bool:
        done = self.edit(text, lambda g: g.update_record(after))
        self.refresh()
        return done

    def _save_fields(self) -> None:
        risk = self.current_risk()
        if risk is None:
            return
        after = risk._replace(category=enum_of(self.category, RiskCategory),
                              severity=enum_of(self.severity, Severity),
                              description=self.description.text(),
                              due=from_qdate(self.due.date()))
        if after != risk:
            self.save_step(self.tr("Edit risk"), after)

    def new_risk(self) -> None:
        graph = self.graph
        if graph is None:
            return
        risk = tactic.record(graph.id, RiskCategory.OTHER, self.tr("New risk"), date.today())
        if self.edit(self.tr("Record a risk"), lambda g: g.add_record(risk)):
            self.choose(risk.id)
            self.description.setFocus()
            self.description.selectAll()

    def delete_risk(self) -> None:
        risk = self.current_risk()
        if risk is not None:
            self.edit(self.tr("Delete risk"), lambda g: g.remove_record(Risk, risk.id))

    def concerns(self, changes: ChangeSet) -> bool:
        return True
