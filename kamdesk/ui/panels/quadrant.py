"""The McDonald–Woodburn 2×2 drawn with QPainter: relationship strength → x, attractiveness ↑ y.

Used by the account panel (one dot: this account) and the portfolio map (a bubble per
account, sized by value received, coloured by its worst open signal; a click chooses it).
The quadrant names come from the shared vocabulary; the threshold is the domain's.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk.graph.entities import QUADRANT_THRESHOLD
from kamdesk.graph.types import Quadrant
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.ui.panels.desk import language

MAX = 10.0
TINTS = {Quadrant.STRATEGIC: QColor("#e8f5e9"), Quadrant.STAR: QColor("#fff8e1"),
         Quadrant.STATUS: QColor("#e3f2fd"), Quadrant.STREAMLINE: QColor("#f5f5f5")}


class Bubble(NamedTuple):
    key: str
    label: str
    x: float  # relationship strength 0–10
    y: float  # attractiveness 0–10
    radius: float  # pixels
    colour: QColor


class QuadrantChart(QWidget):
    """Paints the four quadrants and the bubbles; ``chosen`` emits a clicked bubble's key."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bubbles: list[Bubble] = []
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 360)

    def set_bubbles(self, bubbles: list[Bubble]) -> None:
        self.bubbles = sorted(bubbles, key=lambda b: -b.radius)  # small ones on top
        self.update()

    def plot(self) -> QRectF:
        """The area of the 0–10 × 0–10 square, leaving room for the axis titles."""
        margin_left, margin_bottom = 40.0, 34.0
        return QRectF(margin_left, 8.0, self.width() - margin_left - 8.0,
                      self.height() - margin_bottom - 8.0)

    def at(self, x: float, y: float) -> QPointF:
        area = self.plot()
        return QPointF(area.left() + area.width() * x / MAX,
                       area.bottom() - area.height() * y / MAX)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot()
        mid = self.at(QUADRANT_THRESHOLD, QUADRANT_THRESHOLD)
        words = vocabulary(language())
        cells = {Quadrant.STAR: QRectF(area.topLeft(), mid),
                 Quadrant.STRATEGIC: QRectF(QPointF(mid.x(), area.top()),
                                            QPointF(area.right(), mid.y())),
                 Quadrant.STREAMLINE: QRectF(QPointF(area.left(), mid.y()),
                                             QPointF(mid.x(), area.bottom())),
                 Quadrant.STATUS: QRectF(mid, area.bottomRight())}
        title = QFont(self.font())
        title.setBold(True)
        # a narrow chart (1280×800, both docks open) shrinks the names so "Стратегический"
        # still reads whole; below 7 pt they are elided instead
        room = area.width() / 2 - 12
        while title.pointSizeF() > 7 and max(
                QFontMetricsF(title).horizontalAdvance(words.enum(q)) for q in cells) > room:
            title.setPointSizeF(title.pointSizeF() - 0.5)
        for quadrant, rect in cells.items():
            p.fillRect(rect, TINTS[quadrant])
            p.setPen(QColor("#9e9e9e"))
            p.setFont(title)
            p.drawText(rect.adjusted(6, 4, -6, -4),
                       Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                       QFontMetricsF(title).elidedText(words.enum(quadrant),
                                                       Qt.TextElideMode.ElideRight, room))
        p.setPen(QPen(QColor("#bdbdbd"), 1))
        p.drawRect(area)
        p.drawLine(QPointF(mid.x(), area.top()), QPointF(mid.x(), area.bottom()))
        p.drawLine(QPointF(area.left(), mid.y()), QPointF(area.right(), mid.y()))
        p.setFont(self.font())
        p.setPen(QColor("#616161"))
        for tick in (0, 5, 10):
            x, y = self.at(tick, 0).x(), self.at(0, tick).y()
            p.drawText(QRectF(x - 12, area.bottom() + 2, 24, 14), Qt.AlignmentFlag.AlignCenter,
                       str(tick))
            p.drawText(QRectF(area.left() - 16, y - 7, 14, 14),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        across = QCoreApplication.translate("QuadrantChart", "Relationship strength →")
        p.drawText(QRectF(area.left(), area.bottom() + 14, area.width(), 20),
                   Qt.AlignmentFlag.AlignCenter, across)
        p.save()
        p.translate(4, area.bottom())
        p.rotate(-90)
        p.drawText(QRectF(0, 0, area.height(), 20), Qt.AlignmentFlag.AlignCenter,
                   QCoreApplication.translate("QuadrantChart", "Attractiveness →"))
        p.restore()
        for b in self.bubbles:
            centre = self.at(b.x, b.y)
            fill = QColor(b.colour)
            fill.setAlpha(225)  # see-through enough for overlaps, not so pale that
            # critical (dark red) and high (red) read alike
            p.setBrush(fill)
            p.setPen(QPen(b.colour.darker(140), 1.5))
            p.drawEllipse(centre, b.radius, b.radius)
            p.setPen(QColor("#212121"))
            label = p.fontMetrics().elidedText(b.label, Qt.TextElideMode.ElideRight, 280)
            p.drawText(QRectF(centre.x() - 150, centre.y() + b.radius + 1, 300, 18),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        p.end()

    def bubble_at(self, point: QPointF) -> Bubble | None:
        for b in reversed(self.bubbles):  # the topmost first
            centre = self.at(b.x, b.y)
            if (centre - point).manhattanLength() <= b.radius * 1.5:
                return b
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        found = self.bubble_at(event.position())
        if found is not None:
            self.chosen.emit(found.key)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        found = self.bubble_at(event.position())
        self.setToolTip(found.label if found else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if found else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
