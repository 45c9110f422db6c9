"""The chart zoomed out: the top of the tree as cards, every smaller subtree as one block.

At fit, 10,000 cards are a few pixels each: drawing each (and its connector) costs a third
of a second and shows noise. Below ``TEXT_LOD`` the view draws the layout's overview
instead (``TidyLayout.overview``): cards down to where a subtree would be narrower than
``BLOCK_PX`` on screen, and each such subtree as a block named after its top person's
department, the text at a legible size whatever the zoom. The count of things drawn
follows the screen's area, not the account's size, so fit and zooming at fit stay within
a frame at 50,000 people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTransform

from kamdesk.graph.chart import GAP_Y
from kamdesk.graph.live_chart import LiveChart
from kamdesk.ui.chart.looks import DIM

if TYPE_CHECKING:
    from kamdesk.ui.chart.view import OrgChartView

BLOCK_PX = 36.0  # a subtree narrower than this on screen is drawn as one block
LABEL_PX = 44.0  # a block or card at least this wide on screen gets its name
BLOCK_FILL, BLOCK_EDGE = QColor("#dfe7ec"), QColor("#90a4ae")
CONNECTOR = QPen(QColor("#90a4ae"), 0)  # cosmetic: one pixel at any zoom


def paint_overview(view: OrgChartView, painter: QPainter, exposed: QRectF,
                   lod: float) -> None:
    chart, graph = view.chart, view.graph
    assert isinstance(chart, LiveChart) and graph is not None
    shown = chart.overview(exposed.left(), exposed.top() - GAP_Y, exposed.right(),
                           exposed.bottom(), BLOCK_PX / lod)
    people = graph.people
    segments = []
    for s in shown:
        if s.px >= 0:
            mid = s.py + GAP_Y / 2
            segments += [QLineF(s.px, s.py, s.px, mid), QLineF(s.px, mid, s.top_x, mid),
                         QLineF(s.top_x, mid, s.top_x, s.y)]
    painter.setPen(CONNECTOR)
    painter.drawLines(segments)
    painter.setPen(QPen(BLOCK_EDGE, 0))
    painter.setBrush(BLOCK_FILL)
    painter.drawRects([QRectF(s.x, s.y, s.width, s.height) for s in shown if s.block])
    painter.setPen(Qt.PenStyle.NoPen)
    by_colour: dict[int, list[QRectF]] = {}
    looks = view.looks  # the overlay's colour, dimmed out of focus
    for s in shown:
        if not s.block:
            colour = DIM if looks.dim(s.key) else looks.band(s.key)
            by_colour.setdefault(colour.rgba(), []).append(QRectF(s.x, s.y, s.width, s.height))
    for rgba, rects in by_colour.items():
        painter.setBrush(QColor.fromRgba(rgba))
        painter.drawRects(rects)
    _labels(painter, shown, people, lod)
    marked = [] if view.plain else [pid for pid in (view.selected, *view.highlighted)
              if pid is not None and pid in chart.boxes]
    if marked:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#1565c0"), 2 / lod))
        for pid in marked[:500]:
            b = chart.boxes[pid]
            painter.drawRect(QRectF(b.x, b.y, b.width, b.height).adjusted(-30, -30, 30, 30))


def _labels(painter: QPainter, shown: list, people: object, lod: float) -> None:
    """Names in screen pixels (a legible size at any zoom), elided to their box."""
    transform = painter.worldTransform()
    painter.save()
    painter.setWorldTransform(QTransform())
    font = QFont(painter.font())
    font.setPixelSize(11)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    painter.setPen(QColor("#263238"))
    for s in shown:
        if s.width * lod < LABEL_PX:
            continue
        person = people[s.key]  # type: ignore[index]
        text = (person.department or person.name) if s.block else person.name
        rect = transform.mapRect(QRectF(s.x, s.y, s.width, s.height)).adjusted(3, 1, -3, -1)
        if rect.height() < 12:
            continue
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            int(rect.width())))
    painter.restore()
