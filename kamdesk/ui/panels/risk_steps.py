"""The reaction tactic of one risk, as four steps the KAM takes in order (``graph.tactic``).

1 recorded (date) · 2 name the owner · 3 escalate (the suggestion: above the owner, at the
level of the client person concerned) · 4 update the status and notify (the RACI row of
the activity concerned names who is R, A, C, I; the text is shown and can be saved as an
e-mail draft). Every step is one undo step and adds a dated line to the risk's log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import tactic
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RaciActivity, Risk
from kamdesk.graph.types import RiskStatus, RiskStepKind, Side
from kamdesk.io import notify
from kamdesk.ui import i18n
from kamdesk.ui.panels.desk import (
    GREEN,
    data_of,
    enum_of,
    fill_enum,
    fill_people,
    language,
    ours,
    word,
)
from kamdesk.ui.panels.fit import fit_columns

Save = Callable[[str, Risk], bool]


class RiskSteps(QWidget):
    """The steps of the risk shown; ``save(text, new_risk)`` stores one step."""

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.graph: AccountGraph | None = None
        self.risk: Risk | None = None
        self.marks: dict[RiskStepKind, QLabel] = {}

        self.owner = QComboBox(objectName="riskOwner")
        self.owner_button = QPushButton(self.tr("Name the owner"), objectName="riskNameOwner")
        self.owner_button.clicked.connect(self.name_owner)
        self.concerned = QComboBox(objectName="riskConcerned")
        self.concerned.currentIndexChanged.connect(lambda _i: self._suggest())
        self.escalate_to = QLineEdit(objectName="riskEscalateTo")
        self.suggestion = QLabel(objectName="riskSuggestion")
        self.suggestion.setWordWrap(True)
        self.escalate_button = QPushButton(self.tr("Escalate"), objectName="riskEscalate")
        self.escalate_button.clicked.connect(self.escalate)
        self.activity = QComboBox(objectName="riskActivity")
        self.activity.currentIndexChanged.connect(lambda _i: self._notify_text())
        self.status = QComboBox(objectName="riskNewStatus")
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status.setMinimumContentsLength(11)
        self.notice = QPlainTextEdit(objectName="riskNotification")
        self.notice.setReadOnly(True)
        self.notice.setMinimumHeight(150)
        self.update_button = QPushButton(self.tr("Update status and notify"),
                                         objectName="riskUpdateStatus")
        self.update_button.clicked.connect(self.update_status)
        self.eml_button = QPushButton(self.tr("E-mail draft (.eml)…"), objectName="riskEml")
        self.eml_button.clicked.connect(lambda _checked=False: self.write_eml())

        def step(kind: RiskStepKind, title: str) -> tuple[QGroupBox, QFormLayout]:
            box = QGroupBox(title)
            form = QFormLayout(box)
            mark = QLabel()
            self.marks[kind] = mark
            form.addRow(mark)
            return box, form

        one, _ = step(RiskStepKind.RECORDED, self.tr("1. Record"))
        two, form2 = step(RiskStepKind.OWNER_ASSIGNED, self.tr("2. Name the owner"))
        row = QHBoxLayout()
        row.addWidget(self.owner, 1)
        row.addWidget(self.owner_button)
        form2.addRow(self.tr("Owner (ours)"), row)
        three, form3 = step(RiskStepKind.ESCALATED, self.tr("3. Escalate"))
        form3.addRow(self.tr("Client person concerned"), self.concerned)
        form3.addRow(self.suggestion)
        row3 = QHBoxLayout()
        row3.addWidget(self.escalate_to, 1)
        row3.addWidget(self.escalate_button)
        form3.addRow(self.tr("Escalate to"), row3)
        four, form4 = step(RiskStepKind.STATUS_UPDATED, self.tr("4. Update status and notify"))
        form4.addRow(self.tr("Activity concerned (RACI)"), self.activity)
        form4.addRow(self.notice)
        row4 = QHBoxLayout()
        row4.addWidget(self.status)
        row4.addWidget(self.update_button)
        row4.addStretch(1)
        form4.addRow(self.tr("New status"), row4)
        form4.addRow("", self.eml_button)

        self.log = QTableWidget(0, 3, objectName="riskLog")
        self.log.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Step"), self.tr("Note")])
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.log.setMaximumHeight(130)

        layout = QVBoxLayout(self)  # one column: fits beside the portfolio and the editor
        for box in (one, two, three, four):
            layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Log")))
        layout.addWidget(self.log)
        self.setEnabled(False)

    # ------------------------------------------------------------------ filling
    def show_risk(self, graph: AccountGraph | None, risk: Risk | None) -> None:
        self.graph, self.risk = graph, risk
        self.setEnabled(risk is not None and graph is not None)
        if graph is None or risk is None:
            self.log.setRowCount(0)
            self.notice.clear()
            return
        fill_people(self.owner, ours(graph), risk.owner_id, self.tr("(choose)"))
        stakeholders = [p for p in graph.people.values()
                        if p.side is Side.CLIENT and p.decision_role is not None]
        keep = data_of(self.concerned)
        fill_people(self.concerned, stakeholders, keep, self.tr("(nobody in particular)"))
        keep_activity = data_of(self.activity)
        self.activity.blockSignals(True)
        self.activity.clear()
        self.activity.addItem(self.tr("(none)"), None)
        for act in sorted(graph.records(RaciActivity).values(), key=lambda a: a.position):
            self.activity.addItem(act.name, act.id)
        found = self.activity.findData(keep_activity)
        self.activity.setCurrentIndex(max(found, 0))
        self.activity.blockSignals(False)
        following = {RiskStatus.OPEN: RiskStatus.ESCALATED,
                     RiskStatus.ESCALATED: RiskStatus.RESOLVED}.get(risk.status,
                                                                     RiskStatus.RESOLVED)
        fill_enum(self.status, RiskStatus, following)
        done = {s.kind: s for s in risk.log}
        for kind, mark in self.marks.items():
            s = done.get(kind)
            mark.setText(self.tr("Done on %1").replace("%1", i18n.day(s.on)) if s
                         else self.tr("Not yet"))
            mark.setStyleSheet(f"color: {GREEN.name()};" if s else "color: #757575;")
        expected = tactic.next_step(risk)
        self.owner_button.setDefault(expected is RiskStepKind.OWNER_ASSIGNED)
        self.escalate_button.setEnabled(risk.owner_id is not None
                                        and risk.status is RiskStatus.OPEN)
        self.log.setRowCount(len(risk.log))
        for r, s in enumerate(risk.log):
            self.log.setItem(r, 0, QTableWidgetItem(i18n.day(s.on)))
            self.log.setItem(r, 1, QTableWidgetItem(word(s.kind)))
            text = s.text if s.kind is not RiskStepKind.RECORDED else ""
            self.log.setItem(r, 2, QTableWidgetItem(text))
        fit_columns(self.log, 2)
        self._suggest()
        self._notify_text()

    def _suggest(self) -> None:
        graph, risk = self.graph, self.risk
        if graph is None or risk is None:
            return
        if risk.owner_id is None:
            self.suggestion.setText(self.tr("Name the owner first: the escalation goes to "
                                            "a manager above them."))
            return
        pid = tactic.suggest_escalation(graph, risk.owner_id, data_of(self.concerned))
        if pid is None:
            self.suggestion.setText(self.tr("Nobody of ours stands above the owner."))
            return
        p = graph.people[pid]
        self.suggestion.setText(self.tr("Suggested: %1").replace(
            "%1", f"{p.name} · {p.title}" if p.title else p.name))
        if risk.status is RiskStatus.OPEN:
            self.escalate_to.setText(p.name)

    def _activity(self) -> RaciActivity | None:
        if self.graph is None:
            return None
        return self.graph.records(RaciActivity).get(data_of(self.activity) or "")

    def _notify_text(self) -> None:
        if self.graph is not None and self.risk is not None:
            self.notice.setPlainText(notify.text(self.graph, self.risk, self._activity(),
                                                 language()))

    # ------------------------------------------------------------------ steps
    def name_owner(self) -> None:
        pid = data_of(self.owner)
        if self.risk is None or self.graph is None or pid is None:
            return
        name = self.graph.people[pid].name if pid in self.graph.people else ""
        self.save(self.tr("Name the risk owner"),
                  tactic.assign_owner(self.risk, pid, date.today(), name))

    def escalate(self) -> None:
        to = self.escalate_to.text().strip()
        if self.risk is not None and to:
            self.save(self.tr("Escalate the risk"), tactic.escalate(self.risk, to, date.today()))

    def update_status(self) -> None:
        if self.risk is None:
            return
        activity = self._activity()
        note = ""
        if activity is not None and self.graph is not None:
            named = tactic.notification(self.graph, activity)
            note = "; ".join(f"{v.value}: {', '.join(n)}" for v, n in named.parties.items() if n)
        self.save(self.tr("Update the risk status"),
                  tactic.update_status(self.risk, enum_of(self.status, RiskStatus),
                                                date.today(), note))

    def write_eml(self, target: Path | None = None) -> Path | None:
        if self.risk is None or self.graph is None:
            return None
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the notification"),
                                                    "risk.eml", self.tr("E-mail draft (*.eml)"))
            if not chosen:
                return None
            target = Path(chosen)
        target.write_bytes(notify.risk_eml(self.graph, self.risk, self._activity(), language()))
        return target

