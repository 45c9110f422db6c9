"""Painting the org chart: one item for the whole chart, drawing only what is exposed.

Why one item and not one per card: a scene of 50,000 items takes seconds to build and Qt
tears it down in quadratic time. ``ChartItem.paint`` asks the view's grid index for the
cards in the exposed rectangle and draws those, with their connectors and lines; far out
(below ``TEXT_LOD``) cards become coloured blocks batched by colour. The same code paints
the screen and the exported files.

``ChartPainting`` is mixed into ``OrgChartView``: it reads the view's layout, selection and
highlights, and holds no state of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kamdesk.graph.chart import GAP_Y
from kamdesk.graph.entities import Link
from kamdesk.graph.live_chart import LiveChart
from kamdesk.graph.types import LinkKind
from kamdesk.ui.chart.index import BADGE
from kamdesk.ui.chart.looks import DIM, DIM_LINE_OPACITY
from kamdesk.ui.chart.overview import paint_overview

if TYPE_CHECKING:
    from kamdesk.ui.chart.view import OrgChartView

MARGIN = 40.0
TEXT_LOD = 0.45  # below this scale cards are drawn as coloured blocks, without text
BEND = 60.0  # how far an influence or conflict curve bows out of the straight line
# A line longer than this crosses screens of unrelated cards: it is drawn as a stub of
# STUB length at each end, pointing at the other (the same on screen and in exports).
LONG_LINE, STUB = 2500.0, 90.0
LINE_PENS = {LinkKind.REPORTS_TO: QPen(QColor("#546e7a"), 1.5, Qt.PenStyle.DotLine),
             LinkKind.INFLUENCES: QPen(QColor("#1e88e5"), 1.5, Qt.PenStyle.DashLine),
             LinkKind.CONFLICT: QPen(QColor("#d32f2f"), 2.0, Qt.PenStyle.SolidLine)}
SELECTED_LINE = QPen(QColor(21, 101, 192, 110), 7.0, Qt.PenStyle.SolidLine,
                     Qt.PenCapStyle.RoundCap)


class ChartItem(QGraphicsItem):
    """The whole chart as one item; paints what is exposed."""

    def __init__(self, view: OrgChartView) -> None:
        super().__init__()
        self.view = view
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        lay = self.view.chart
        return QRectF(-MARGIN, -MARGIN, lay.width + 2 * MARGIN, lay.height + 2 * MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())  # type: ignore[attr-defined]
        self.view.paint_chart(painter, option.exposedRect, lod)  # type: ignore[attr-defined]




class ChartPainting:
    """The painting half of ``OrgChartView`` (a mixin: it uses the view's attributes)."""

    def card_rect(self, pid: str) -> QRectF:
        b = self.chart.boxes[pid]
        return QRectF(b.x, b.y, b.width, b.height)

    def paint_chart(self, painter: QPainter, exposed: QRectF, lod: float) -> None:
        graph = self.graph
        if graph is None:
            return
        looks = self.looks  # focus mode and overlays (looks.py)
        looks.begin_paint()
        if lod < TEXT_LOD and isinstance(self.chart, LiveChart):
            paint_overview(self, painter, exposed, lod)  # type: ignore[arg-type]
            return
        ids = self.ids_in(exposed)
        self._paint_connectors(painter, ids)
        self._paint_lines(painter, exposed)
        boxes = self.chart.boxes
        people = graph.people
        # an export shows the chart, never the screen's selection or search hits
        plain = (False, False, False) if self.plain else None
        if lod < TEXT_LOD:  # far out: coloured blocks, batched by colour
            by_colour: dict[int, list[QRectF]] = {}
            for pid in ids:
                b = boxes[pid]
                colour = DIM if looks.dim(pid) else looks.band(pid)
                by_colour.setdefault(colour.rgba(), []).append(
                    QRectF(b.x, b.y, b.width, b.height))
            painter.setPen(Qt.PenStyle.NoPen)
            for rgba, rects in by_colour.items():
                painter.setBrush(QColor.fromRgba(rgba))
                painter.drawRects(rects)
            self._paint_marks(painter, ids)
            return
        for pid in ids:
            rect = self.card_rect(pid)
            if not rect.intersects(exposed.adjusted(0, -2 * BADGE, 0, 0)):
                continue
            self.cards.paint(painter, rect, people[pid],
                             counterparts=[people[c].name
                                           for c in self._counterparts.get(pid, ())],
                             state=plain or (pid == self.selected, pid in self.highlighted,
                                             pid == self._target),
                             today=self.today, band=looks.band(pid))
            self._paint_badge(painter, pid, rect)
            if looks.dim(pid):
                painter.fillRect(rect.adjusted(-2, -2, 2, 2 * BADGE + 2), DIM)

    def _paint_marks(self, painter: QPainter, ids: list[str]) -> None:
        """The selection and search hits stay visible when the text is dropped."""
        if self.plain:
            return
        marked = [pid for pid in ids if pid == self.selected or pid in self.highlighted]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#1565c0"), 0))
        for pid in marked:
            painter.drawRect(self.card_rect(pid).adjusted(-30, -30, 30, 30))

    def _paint_badge(self, painter: QPainter, pid: str, rect: QRectF) -> None:
        assert self.graph is not None
        if not self.graph.solid_reports(pid):
            return
        centre = QPointF(rect.center().x(), rect.bottom() + BADGE)
        painter.setPen(QPen(QColor("#607d8b"), 1))
        painter.setBrush(QColor("#ffffff"))
        later = pid in self._later  # opening top first: not laid out yet, not counted
        hidden = None if later else self.chart.hidden.get(pid)
        if hidden is None and not later:
            painter.drawEllipse(centre, BADGE, BADGE)
            painter.drawLine(QLineF(centre.x() - 4, centre.y(), centre.x() + 4, centre.y()))
            return
        label = "+…" if later else f"+{self.cards.number(hidden)}"
        width = max(2 * BADGE, self.cards.text_metrics.horizontalAdvance(label) + 8)
        badge = QRectF(centre.x() - width / 2, centre.y() - BADGE, width, 2 * BADGE)
        painter.drawRoundedRect(badge, BADGE, BADGE)
        painter.setFont(self.cards.text_font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_connectors(self, painter: QPainter, ids: list[str]) -> None:
        lay = self.chart
        boxes, manager, stacked = lay.boxes, lay.manager, lay.stacked
        segments = []
        for pid in ids:
            boss = manager.get(pid)
            if boss is None:
                continue
            b, m = boxes[pid], boxes[boss]
            px, bottom = m.x + m.width / 2, m.y + m.height
            mid = bottom + GAP_Y / 2
            spine = stacked.get(pid)
            if spine is None:
                cx = b.x + b.width / 2
                segments += [QLineF(cx, b.y, cx, mid), QLineF(cx, mid, px, mid),
                             QLineF(px, mid, px, bottom)]
            else:
                row = b.y + b.height / 2
                segments += [QLineF(px, bottom, px, mid), QLineF(px, mid, spine, mid),
                             QLineF(spine, mid, spine, row), QLineF(spine, row, b.x, row)]
        painter.setPen(QPen(QColor("#90a4ae"), 1.2))
        painter.drawLines(segments)

    def _lines_near(self, exposed: QRectF) -> list[Link]:
        """Dotted managers, influence and conflict lines that may cross ``exposed``.

        Only lines with an end near ``exposed`` are looked at: a line drawn whole is
        shorter than ``LONG_LINE``, so if it crosses the part, one of its ends is within
        half of that of it (a longer line shows only its stubs, near its ends). The cards
        there come from the index, their lines from a map by person: a frame costs what
        is near the screen, not every line of the account. A first pass on plain numbers
        (the box around both cards and the curve's bend) then keeps the visible ones.
        """
        lines_of = self._lines_of
        if not lines_of:
            return []
        reach = LONG_LINE / 2 + BEND
        near: dict[str, Link] = {}
        for pid in self.ids_in(exposed.adjusted(-reach, -reach, reach, reach)):
            for link in lines_of.get(pid, ()):
                near[link.id] = link
        boxes = self.chart.boxes
        shown = {LinkKind.REPORTS_TO: True, LinkKind.INFLUENCES: self.show_influence,
                 LinkKind.CONFLICT: self.show_conflicts}
        left, top, right, bottom = (exposed.left() - BEND, exposed.top() - BEND,
                                    exposed.right() + BEND, exposed.bottom() + BEND)
        crossing = []
        for link in near.values():
            a, b = boxes.get(link.source), boxes.get(link.target)
            if a is None or b is None or not shown[link.kind]:
                continue
            if abs(a.x - b.x) + abs(a.y - b.y) > LONG_LINE:  # only its stubs can be seen
                if any(c.x - STUB <= right and c.x + c.width + STUB >= left
                       and c.y - STUB <= bottom and c.y + c.height + STUB >= top
                       for c in (a, b)):
                    crossing.append(link)
            elif (min(a.x, b.x) <= right and max(a.x + a.width, b.x + b.width) >= left
                    and min(a.y, b.y) <= bottom and max(a.y + a.height, b.y + b.height) >= top):
                crossing.append(link)
        return crossing

    def line_path(self, link: Link) -> tuple[QPainterPath, QPointF | None, float]:
        """The line as drawn: its path, and where its arrow head goes (tip, angle)."""
        line = _edge_line(self.card_rect(link.source), self.card_rect(link.target))
        arrow = link.kind is LinkKind.INFLUENCES
        if line.length() > LONG_LINE:  # a stub at each end, pointing to the other
            path = QPainterPath(line.p1())
            path.lineTo(line.pointAt(STUB / line.length()))
            path.moveTo(line.p2())
            path.lineTo(line.pointAt(1 - STUB / line.length()))
            return path, line.p2() if arrow else None, line.angle()
        if link.kind is LinkKind.REPORTS_TO:
            path = QPainterPath(line.p1())
            path.lineTo(line.p2())
            return path, None, 0.0
        path = _curve(line)
        return path, path.pointAtPercent(1.0) if arrow else None, path.angleAtPercent(0.98)

    def line_at(self, at: QPointF, tolerance: float) -> str | None:
        """The id of the line drawn through ``at`` (within ``tolerance`` scene units)."""
        probe = QRectF(at.x() - tolerance, at.y() - tolerance, 2 * tolerance, 2 * tolerance)
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * tolerance)
        for link in self._lines_near(probe):
            if stroker.createStroke(self.line_path(link)[0]).contains(at):
                return link.id
        return None

    def _paint_lines(self, painter: QPainter, exposed: QRectF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        chosen = None if self.plain else self.selected_link
        for link in self._lines_near(exposed):
            path, tip, angle = self.line_path(link)
            pen = LINE_PENS[link.kind]
            painter.setOpacity(DIM_LINE_OPACITY if self.looks.line_dimmed(link.id) else 1.0)
            if link.id == chosen:
                painter.setPen(SELECTED_LINE)
                painter.drawPath(path)
            painter.setPen(pen)
            painter.drawPath(path)
            if tip is not None:
                _arrow_head(painter, tip, angle, pen.color())
        painter.setOpacity(1.0)


def _edge_line(a: QRectF, b: QRectF) -> QLineF:
    """From the border of ``a`` to the border of ``b``, along the line between centres."""
    line = QLineF(a.center(), b.center())
    return QLineF(_border(a, line), _border(b, QLineF(line.p2(), line.p1())))


def _border(rect: QRectF, line: QLineF) -> QPointF:
    dx, dy = line.dx(), line.dy()
    if dx == 0 and dy == 0:
        return line.p1()
    sx = rect.width() / 2 / abs(dx) if dx else float("inf")
    sy = rect.height() / 2 / abs(dy) if dy else float("inf")
    t = min(sx, sy)
    return QPointF(line.p1().x() + dx * t, line.p1().y() + dy * t)


def _curve(line: QLineF) -> QPainterPath:
    """A gentle arc, so a line does not hide under the tree's connectors."""
    path = QPainterPath(line.p1())
    normal = line.normalVector()
    bend = min(BEND, line.length() / 5)
    if normal.length():
        normal.setLength(bend)
    control = line.center() + QPointF(normal.dx(), normal.dy())
    path.quadTo(control, line.p2())
    return path


def _arrow_head(painter: QPainter, tip: QPointF, angle: float, colour: QColor) -> None:
    """An arrow head at ``tip`` for a line arriving at ``angle`` (degrees, Qt's convention)."""
    back = QLineF.fromPolar(10, angle + 180 - 25).translated(tip)
    back2 = QLineF.fromPolar(10, angle + 180 + 25).translated(tip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([tip, back.p2(), back2.p2()]))
    painter.setBrush(Qt.BrushStyle.NoBrush)

