"""Export an org chart as PNG or SVG: the whole chart, or the part the view shows.

The chart paints itself through the same code as on screen (``QGraphicsScene.render``), so
the file looks like the view. A PNG of a very large chart is scaled down to at most
``MAX_PNG_SIDE`` pixels a side (an image of 500,000 × 2,000 pixels opens nowhere); an SVG is
vector and keeps every card at full size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from kamdesk.ui.chart.view import OrgChartView

MAX_PNG_SIDE = 16_000
FORMATS = (".png", ".svg")


def save_chart(chart: OrgChartView, target: Path, visible: bool = False) -> Path:
    """Write the chart to ``target`` (.png or .svg; another suffix gets .png)."""
    if target.suffix.lower() not in FORMATS:
        target = target.with_suffix(".png")
    if visible:
        source = chart.mapToScene(chart.viewport().rect()).boundingRect()
        scale = chart.transform().m11()
    else:
        source = chart.item.boundingRect()
        scale = 1.0
    if source.isEmpty():
        raise ValueError("the chart is empty: there is nothing to export")
    width, height = source.width() * scale, source.height() * scale
    if target.suffix.lower() == ".svg":
        _svg(chart, target, source, QSize(round(width), round(height)))
        return target
    shrink = min(1.0, MAX_PNG_SIDE / max(width, height))
    size = QSize(max(1, round(width * shrink)), max(1, round(height * shrink)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    chart.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source,
                         Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    partial = target.with_name(target.name + ".part")
    if not image.save(str(partial), "PNG"):
        partial.unlink(missing_ok=True)
        raise OSError(f"cannot write {target}")
    partial.replace(target)
    return target


def _svg(chart: OrgChartView, target: Path, source: QRectF, size: QSize) -> None:
    partial = target.with_name(target.name + ".part")
    generator = QSvgGenerator()
    generator.setFileName(str(partial))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(chart.graph.account.name if chart.graph is not None else "")
    painter = QPainter()
    if not painter.begin(generator):
        partial.unlink(missing_ok=True)
        raise OSError(f"cannot write {target}")
    chart.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source,
                         Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    partial.replace(target)
