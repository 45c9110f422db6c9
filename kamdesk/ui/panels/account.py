"""The account itself (``accountPanel``): who the client is, who we are for them, where it stands.

Name, industry, the client's business model and goals in their words; our KAM and our
executive sponsor (drop-downs of our people); attractiveness and relationship strength
0–10 with the McDonald–Woodburn 2×2 showing this account on it; the relationship stage.
Under the sponsor, what the "no executive sponsor" signal sees (``graph.sponsor``) and the
one-click fix it suggests, so the field and the signal agree. Each field is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import sponsor
from kamdesk.graph.analysis_signals import required_roles
from kamdesk.graph.entities import Account, Link, new_id
from kamdesk.graph.types import LinkKind, Stage
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.ui.panels.desk import (
    GREEN,
    RED,
    DeskPanel,
    data_of,
    enum_of,
    fill_enum,
    fill_people,
    language,
    name_of,
    ours,
)
from kamdesk.ui.panels.meeting_form import MinutesEdit
from kamdesk.ui.panels.quadrant import Bubble, QuadrantChart
from kamdesk.ui.panels.role_checks import RequiredRoles


class AccountPanel(DeskPanel):
    OBJECT_NAME = "accountPanel"
    OPENS = "Account"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("AccountPanel", "Account")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(objectName="accountName")
        self.industry = QLineEdit(objectName="accountIndustry")
        self.business_model = MinutesEdit(objectName="accountBusinessModel")
        self.goals = MinutesEdit(objectName="accountGoals")
        self.kam = QComboBox(objectName="accountKam")
        self.sponsor = QComboBox(objectName="accountSponsor")
        self.sponsor_state = QLabel(objectName="sponsorState")
        self.sponsor_state.setWordWrap(True)
        self.sponsor_fix = QPushButton(objectName="sponsorFix")
        self.sponsor_fix.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.sponsor_fix.clicked.connect(self.fix_sponsor)
        self.attractiveness = self._score("accountAttractiveness")
        self.strength = self._score("accountStrength")
        self.stage = QComboBox(objectName="accountStage")
        self.quadrant = QLabel(objectName="accountQuadrant")
        self.chart = QuadrantChart()
        self.chart.setObjectName("accountQuadrantChart")
        for edit in (self.name, self.industry):
            edit.editingFinished.connect(self.save)
        for text in (self.business_model, self.goals):
            text.committed.connect(lambda _t: self.save())
        for combo in (self.kam, self.sponsor, self.stage):
            combo.currentIndexChanged.connect(lambda _i: self.save())

        form = QFormLayout()
        # labels above their fields: beside them (at 1280×800 with both docks open) the
        # people drop-downs were cut to "Ключевой м"
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Industry"), self.industry)
        form.addRow(self.tr("Business model (their words)"), self.business_model)
        form.addRow(self.tr("Their goals (their words)"), self.goals)
        form.addRow(self.tr("Our KAM"), self.kam)
        form.addRow(self.tr("Our executive sponsor"), self.sponsor)
        form.addRow(self.sponsor_state)  # the whole sentence, then what fixes it
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.sponsor_fix)
        fix_row.addStretch(1)
        form.addRow(fix_row)
        form.addRow(self.tr("Relationship stage"), self.stage)
        right = QFormLayout()
        right.addRow(self.tr("Attractiveness (0–10)"), self.attractiveness)
        right.addRow(self.tr("Relationship strength (0–10)"), self.strength)
        right.addRow(self.tr("Quadrant"), self.quadrant)
        right_box = QVBoxLayout()
        right_box.addLayout(right)
        # the "missing role" signal's setting, its label above: beside it, the boxes made
        # the tab wider than a 1280-pixel window leaves it
        self.roles = RequiredRoles()
        self.roles.changed.connect(self.save)
        right_box.addWidget(QLabel(self.tr("Required roles")))
        right_box.addWidget(self.roles)
        right_box.addWidget(self.chart, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(form, 3)
        layout.addLayout(right_box, 2)

    def _score(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(objectName=name)
        box.setRange(0.0, 10.0)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        box.setKeyboardTracking(False)  # typed: written on Enter or leaving, not per digit
        box.valueChanged.connect(lambda _v: self.save())
        return box

    def concerns(self, changes: object) -> bool:
        return True  # people (the drop-downs) and links (the sponsor's check) show here

    # ------------------------------------------------------------------ filling
    def fill(self) -> None:
        graph = self.graph
        self.setEnabled(graph is not None)
        if graph is None:
            return
        a = graph.account
        widgets = (self.name, self.industry, self.kam, self.sponsor, self.stage,
                   self.attractiveness, self.strength)
        for w in widgets:
            w.blockSignals(True)
        if self.name.text() != a.name:
            self.name.setText(a.name)
        if self.industry.text() != a.industry:
            self.industry.setText(a.industry)
        self.business_model.show_text(a.business_model)
        self.goals.show_text(a.goals)
        people = ours(graph)
        fill_people(self.kam, people, a.kam_id, self.tr("(nobody)"))
        fill_people(self.sponsor, [p for p in people if p.level <= 2], a.sponsor_id,
                    self.tr("(nobody)"))
        if a.sponsor_id is not None and self.sponsor.findData(a.sponsor_id) < 0:
            self.sponsor.addItem(name_of(graph, a.sponsor_id), a.sponsor_id)  # below level 2
            self.sponsor.setCurrentIndex(self.sponsor.count() - 1)
        fill_enum(self.stage, Stage, a.stage)
        self.roles.show_roles(a.required_roles)
        self.attractiveness.setValue(a.attractiveness)
        self.strength.setValue(a.relationship_strength)
        for w in widgets:
            w.blockSignals(False)
        words = vocabulary(language())
        self.quadrant.setText(words.enum(a.quadrant))
        self.chart.set_bubbles([Bubble(a.id, a.name, a.relationship_strength,
                                       a.attractiveness, 9.0, QColor("#1565c0"))])
        self._show_sponsor()

    def _show_sponsor(self) -> None:
        graph = self.graph
        assert graph is not None
        found = sponsor.check(graph)
        self.sponsor_fix.hide()
        if found.ok:
            text = self.tr("Meets the client's level 1: no signal.") if found.sponsor_id \
                else self.tr("Someone of ours meets the client's level 1.")
            self.sponsor_state.setStyleSheet(f"color: {GREEN.name()};")
        else:
            self.sponsor_state.setStyleSheet(f"color: {RED.name()};")
            if found.sponsor_id is None:
                text = self.tr("No executive sponsor: nobody of ours at level 1 meets the "
                               "client's level 1.")
            else:
                text = self.tr("%1 meets nobody at the client's level 1: the signal stays.") \
                    .replace("%1", name_of(graph, found.sponsor_id))
            if found.link_to is not None:
                self._offer(self.tr("Link with %1").replace(
                    "%1", name_of(graph, found.link_to)))
        if found.suggested is not None:
            self._offer(self.tr("Make %1 the sponsor").replace(
                "%1", name_of(graph, found.suggested)))
        self.sponsor_state.setText(text)
        label = self.sponsor_fix.text()  # the whole offer readable, never a stub
        self.sponsor_fix.setMinimumWidth(self.sponsor_fix.fontMetrics().horizontalAdvance(label)
                                         + 28)

    def _offer(self, text: str) -> None:
        """Show the fix button with its whole text (a name can be long; never cut it)."""
        self.sponsor_fix.setText(text)
        self.sponsor_fix.setMinimumWidth(self.sponsor_fix.fontMetrics().horizontalAdvance(text)
                                         + 24)
        self.sponsor_fix.show()

    # ------------------------------------------------------------------ edits
    def save(self) -> None:
        graph = self.graph
        if graph is None:
            return
        a = graph.account
        after: Account = a._replace(
            name=self.name.text(), industry=self.industry.text(),
            business_model=self.business_model.toPlainText(),
            goals=self.goals.toPlainText(), kam_id=data_of(self.kam),
            sponsor_id=data_of(self.sponsor), stage=enum_of(self.stage, Stage),
            attractiveness=self.attractiveness.value(),
            relationship_strength=self.strength.value())
        if self.roles.chosen() != required_roles(graph):  # a tick changed: the account's own
            after = after._replace(required_roles=self.roles.chosen())
        if after != a:
            self.edit(self.tr("Edit account"), lambda g: g.update_account(after))
        self.refresh()  # a refusal leaves the account as it was: show it as it is

    def fix_sponsor(self) -> None:
        """Do what the sponsor check suggests: link the sponsor up top, or name the sponsor."""
        graph = self.graph
        if graph is None:
            return
        found = sponsor.check(graph)
        if found.suggested is not None:
            after = graph.account._replace(sponsor_id=found.suggested)
            self.edit(self.tr("Edit account"), lambda g: g.update_account(after))
        elif found.sponsor_id is not None and found.link_to is not None:
            link = Link(new_id(), graph.id, LinkKind.COUNTERPART, found.sponsor_id,
                        found.link_to)
            self.edit(self.tr("Link counterpart"), lambda g: g.add_link(link))
