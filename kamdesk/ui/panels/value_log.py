"""The value log (``valueLog``): value we delivered and value we received, totals, balance.

The table is edited in place (date and direction by drop-down, description and amount by
typing); under it the totals per currency and the running balance (delivered − received)
drawn with QPainter, so the KAM sees at a glance whether the give and take is even.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.graph import value
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import ValueEntry, new_id
from kamdesk.graph.types import ValueDirection
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.ui.panels.axis import amount_ticks, date_ticks
from kamdesk.ui.panels.desk import (
    GREEN,
    RED,
    DeskPanel,
    date_edit,
    enum_of,
    fill_enum,
    from_qdate,
    language,
    put,
    to_qdate,
)
from kamdesk.ui.panels.fit import fit_columns
from kamdesk.ui.panels.kpis import parse_number


class BalanceChart(QWidget):
    """The running balance as a step line over time, zero marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[date, float]] = []
        self.currency = ""
        # what the last paint labelled (tests read them): (date, text) and (amount, text)
        self.x_ticks: list[tuple[date, str]] = []
        self.y_ticks: list[tuple[float, str]] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_series(self, series: list[tuple[date, float]], currency: str) -> None:
        self.series, self.currency = series, currency
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#fafafa"))
        words = vocabulary(language())
        self.x_ticks, self.y_ticks = [], []
        if len(self.series) < 1:
            p.setPen(QColor("#9e9e9e"))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                       QCoreApplication.translate("BalanceChart", "No value recorded yet"))
            p.end()
            return
        first_day, last_day = self.series[0][0], self.series[-1][0]
        if last_day == first_day:
            first_day -= timedelta(days=7)  # one entry: a week before it, for a line
        amounts = amount_ticks(min([v for _, v in self.series] + [0.0]),
                               max([v for _, v in self.series] + [0.0]))
        self.y_ticks = [(a, words.number(a)) for a in amounts]
        label_width = max(p.fontMetrics().horizontalAdvance(t) for _, t in self.y_ticks)
        area = QRectF(label_width + 14, 28, self.width() - label_width - 34, self.height() - 54)
        first, span = first_day.toordinal(), max(1, last_day.toordinal() - first_day.toordinal())
        low, high = amounts[0], amounts[-1]

        def at(day: int, amount: float) -> QPointF:
            return QPointF(area.left() + area.width() * (day - first) / span,
                           area.bottom() - area.height() * (amount - low) / (high - low))

        # the grid: a line and an amount at every round value (thousands as the language
        # writes them), the zero line darker
        for amount, text in self.y_ticks:
            y = at(first, amount).y()
            p.setPen(QPen(QColor("#9e9e9e" if amount == 0 else "#e0e0e0"), 1,
                          Qt.PenStyle.DashLine if amount == 0 else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor("#616161"))
            p.drawText(QRectF(0, y - 9, area.left() - 6, 18),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        # the time axis: Mondays or the first of the month, labelled where they fit
        days, unit = date_ticks(first_day, last_day)
        locale = QLocale(QLocale.Language.Russian if language() == "ru"
                         else QLocale.Language.English)
        shown_to = -1e9
        for day in days:
            x = at(day.toordinal(), low).x()
            text = words.day(day) if unit == "week" else \
                locale.toString(QDate(day.year, day.month, 1), "MMM yyyy")
            p.setPen(QPen(QColor("#bdbdbd"), 1))
            p.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
            half = p.fontMetrics().horizontalAdvance(text) / 2
            if x - half > shown_to + 6 and x + half <= self.width():
                p.setPen(QColor("#616161"))
                p.drawText(QRectF(x - half - 2, area.bottom() + 5, 2 * half + 4, 18),
                           Qt.AlignmentFlag.AlignCenter, text)
                self.x_ticks.append((day, text))
                shown_to = x + half
        zero = at(first, 0.0).y()
        path = QPainterPath(at(first, 0.0))
        for day, amount in self.series:
            point = at(day.toordinal(), amount)
            path.lineTo(QPointF(point.x(), path.currentPosition().y()))
            path.lineTo(point)
        path.lineTo(QPointF(area.right(), path.currentPosition().y()))
        # green while we have given more than we got, red while the client is ahead
        for colour, band in ((GREEN, QRectF(0, 0, self.width(), zero)),
                             (RED, QRectF(0, zero, self.width(), self.height() - zero))):
            p.save()
            p.setClipRect(band.adjusted(0, -1, 0, 1))
            p.setPen(QPen(colour, 2))
            p.drawPath(path)
            p.restore()
        p.setPen(QColor("#616161"))
        p.drawText(QRectF(area.left(), 4, area.width(), 18),
                   Qt.AlignmentFlag.AlignCenter,
                   QCoreApplication.translate("BalanceChart", "Balance (delivered − received), %1")
                   .replace("%1", self.currency or "—"))
        p.end()


class ValuePanel(DeskPanel):
    OBJECT_NAME = "valueLog"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ValuePanel", "Value")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ValueEntry] = []
        self.table = QTableWidget(0, 5, objectName="valueGrid")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Direction"),
                                              self.tr("Description"), self.tr("Amount"),
                                              self.tr("Currency")])
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._changed)
        self.totals = QLabel(objectName="valueTotals")
        # totals in several currencies wrap rather than widen the window past 1280 px
        self.totals.setWordWrap(True)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.chart = BalanceChart()
        self.chart.setObjectName("valueBalanceChart")
        add = QPushButton(self.tr("Add entry"), objectName="addValue")
        add.clicked.connect(self.add_entry)
        remove = QPushButton(self.tr("Remove entry"), objectName="removeValue")
        remove.clicked.connect(self.remove_entry)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.chart, 2)

    def concerns(self, changes: ChangeSet) -> bool:
        return any(isinstance(c.entity, ValueEntry) for c in changes)

    def fill(self) -> None:
        graph = self.graph
        self.rows = sorted(graph.records(ValueEntry).values(),
                           key=lambda e: (e.day, e.description)) if graph is not None else []
        words = vocabulary(language())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, e in enumerate(self.rows):
            when = date_edit(optional=False)
            when.setDate(to_qdate(e.day))
            when.dateChanged.connect(lambda d, eid=e.id: self._field(eid, day=from_qdate(d)))
            self.table.setCellWidget(r, 0, when)
            direction = QComboBox()
            fill_enum(direction, ValueDirection, e.direction)
            direction.currentIndexChanged.connect(
                lambda _i, eid=e.id, w=direction: self._field(
                    eid, direction=enum_of(w, ValueDirection)))
            self.table.setCellWidget(r, 1, direction)
            for c, text in ((2, e.description), (3, words.number(e.amount)), (4, e.currency)):
                item = put(self.table, r, c, text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
        fit_columns(self.table, 2)
        self.table.blockSignals(False)
        sums = value.totals(self.rows)
        self.totals.setText("   ".join(
            self.tr("%1 delivered %2, received %3, balance %4")
            .replace("%1", currency or "—").replace("%2", words.number(t.delivered))
            .replace("%3", words.number(t.received)).replace("%4", words.number(t.balance))
            for currency, t in sums.items()) or self.tr("No value recorded yet"))
        main = value.main_currency(self.rows)
        self.chart.set_series(value.balance_over_time(self.rows, main), main)

    def _field(self, entry_id: str, **fields: object) -> None:
        graph = self.graph
        before = graph.records(ValueEntry).get(entry_id) if graph is not None else None
        if before is None:
            return
        after = before._replace(**fields)
        if after != before:
            self.edit(self.tr("Edit value entry"), lambda g: g.update_record(after))

    def _changed(self, item: QTableWidgetItem) -> None:
        r, c = item.row(), item.column()
        if not 0 <= r < len(self.rows):
            return
        entry = self.rows[r]
        if c == 2:
            self._field(entry.id, description=item.text())
        elif c == 3:
            amount = parse_number(item.text())
            self._field(entry.id, amount=0.0 if amount is None else amount)
        elif c == 4:
            self._field(entry.id, currency=item.text().strip().upper())
        self.refresh()  # refused: back to what the model holds

    def add_entry(self) -> None:
        graph = self.graph
        if graph is None:
            return
        entry = ValueEntry(new_id(), graph.id, date.today(), ValueDirection.DELIVERED,
                           self.tr("New entry"), 0.0, value.main_currency(self.rows))
        self.edit(self.tr("Add value entry"), lambda g: g.add_record(entry))

    def remove_entry(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            gone = self.rows[row].id
            self.edit(self.tr("Remove value entry"),
                      lambda g: g.remove_record(ValueEntry, gone))
