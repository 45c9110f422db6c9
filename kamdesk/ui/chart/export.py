"""Export an org chart as PNG, SVG or a tiled PDF: the chart, never the screen's state.

The chart paints itself through the same code as on screen (``QGraphicsScene.render``) in
its ``plain`` mode: no selection, no search highlights, no drop target. Every file starts
with a heading (the account, which chart, the date) and a legend of colours and lines.

One image has limits: a PNG is at most ``MAX_PNG_SIDE`` pixels a side, and shrinking a wide
chart below ``MIN_READABLE`` of its size leaves a strip nobody can read. Such a chart is
refused as a PNG with ``ChartTooBig`` (saying how big it is and offering the other two): an
SVG keeps every card at full size (vector), a PDF cuts the chart into readable page-sized
tiles, each page headed with its place in the grid; empty tiles are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from math import ceil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

from kamdesk.graph import comb
from kamdesk.graph.types import LinkKind, Side, Stance
from kamdesk.ui import i18n
from kamdesk.ui.chart.cards import FRESHNESS_COLOURS, STANCE_COLOURS
from kamdesk.ui.chart.painter import LINE_PENS
from kamdesk.ui.chart.view import OrgChartView

translate = QCoreApplication.translate  # lupdate reads translate(context, text)
MAX_PNG_SIDE = 16_000
MIN_READABLE = 0.4  # below this share of full size a card's name cannot be read
PDF_SCALE = 0.6  # scene units to PDF pixels (96 dpi): a card about 3 cm wide
PDF_DPI = 96
MAX_PAGES = 400
HEAD = 64.0  # the heading and legend band, in output pixels
FORMATS = (".png", ".svg", ".pdf")


class ChartTooBigError(ValueError):
    """The chart cannot be one readable image; ``pages`` is what a tiled PDF would take."""

    def __init__(self, message: str, pages: int) -> None:
        super().__init__(message)
        self.pages = pages


@contextmanager
def plain(chart: OrgChartView) -> Iterator[None]:
    """Paint as the chart is, not as the screen shows it (selection, search, drag)."""
    was = chart.plain
    chart.plain = True
    try:
        yield
    finally:
        chart.plain = was


def chart_title(chart: OrgChartView) -> str:
    name = chart.graph.account.name if chart.graph is not None else ""
    which = (translate("OrgChartView", "Org chart") if chart.side is Side.CLIENT
             else translate("OrgChartView", "Our team"))
    return f"{name} — {which}"


def save_chart(chart: OrgChartView, target: Path, visible: bool = False,
               today: date | None = None) -> Path:
    """Write the chart to ``target`` (.png, .svg or .pdf; another ending gets .png)."""
    if target.suffix.lower() not in FORMATS:
        target = target.with_suffix(".png")
    chart.finish_growing()  # a large chart opened top first: all of it
    source, scale = _source(chart, visible)
    if source.isEmpty() or chart.graph is None or not chart.chart.boxes:
        raise ValueError(translate("ChartExport", "The chart is empty: there is nothing to "
                                   "export."))
    day = today or date.today()
    partial = target.with_name(target.name + ".part")
    try:
        _write(chart, partial, source, scale, day)
    except BaseException:
        partial.unlink(missing_ok=True)  # nothing half-written is left behind
        raise
    partial.replace(target)
    return target


def _write(chart: OrgChartView, partial: Path, source: QRectF, scale: float,
           day: date) -> None:
    suffix = partial.suffix.lower() if partial.suffix != ".part" else \
        Path(partial.stem).suffix.lower()
    with plain(chart):
        if suffix == ".pdf":
            _pdf(chart, partial, source, day)
        elif suffix == ".svg":
            size = QSize(round(source.width() * scale), round(source.height() * scale + HEAD))
            generator = QSvgGenerator()
            generator.setFileName(str(partial))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(chart_title(chart))
            _draw(chart, generator, source, QRectF(0, HEAD, size.width(), size.height() - HEAD),
                  day=day, where="")
        else:
            _png(chart, partial, source, scale, day)


def png_problem(chart: OrgChartView, visible: bool = False) -> ChartTooBigError | None:
    """Why the chart cannot be one readable PNG (None: it can)."""
    chart.finish_growing()
    source, scale = _source(chart, visible)
    return _too_big(chart, source, scale)


def _too_big(chart: OrgChartView, source: QRectF, scale: float) -> ChartTooBigError | None:
    width, height = source.width() * scale, source.height() * scale
    if min(1.0, MAX_PNG_SIDE / max(width, height + HEAD, 1.0)) >= MIN_READABLE:
        return None
    pages = len(_tiles(chart, source))
    number = i18n.words().number  # 12,345 / 12 345
    message = translate("ChartExport", "The chart is %1 × %2 pixels: as one image its cards "
                        "would be too small to read. Export it as SVG (one drawing at full "
                        "size) or as a PDF of %3 pages.").replace("%1", number(round(width))) \
        .replace("%2", number(round(height))).replace("%3", str(pages))
    return ChartTooBigError(message, pages)


def _source(chart: OrgChartView, visible: bool) -> tuple[QRectF, float]:
    if visible:
        return (chart.mapToScene(chart.viewport().rect()).boundingRect(),
                chart.transform().m11())
    return chart.item.boundingRect(), 1.0


def _png(chart: OrgChartView, partial: Path, source: QRectF, scale: float, day: date) -> None:
    problem = _too_big(chart, source, scale)
    if problem is not None:
        raise problem
    width, height = source.width() * scale, source.height() * scale
    shrink = min(1.0, MAX_PNG_SIDE / max(width, height + HEAD))
    size = QSize(max(1, round(width * shrink)), max(1, round(height * shrink + HEAD)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    _draw(chart, image, source, QRectF(0, HEAD, size.width(), size.height() - HEAD), day=day,
          where="")
    if not image.save(str(partial), "PNG"):
        partial.unlink(missing_ok=True)
        raise OSError(translate("ChartExport", "Cannot write %1").replace("%1", str(partial)))


def _tiles(chart: OrgChartView, source: QRectF) -> list[tuple[int, int, QRectF]]:
    """The page-sized pieces of ``source`` that hold at least one card."""
    page = _page_rect()
    tile_w, tile_h = page.width() / PDF_SCALE, (page.height() - HEAD) / PDF_SCALE
    columns, rows = ceil(source.width() / tile_w), ceil(source.height() / tile_h)
    tiles = []
    for row in range(rows):
        for column in range(columns):
            rect = QRectF(source.left() + column * tile_w, source.top() + row * tile_h,
                          tile_w, tile_h)
            if any(chart.card_rect(pid).intersects(rect) for pid in chart.ids_in(rect)):
                tiles.append((row + 1, column + 1, rect))
    return tiles


def _page_rect() -> QRectF:
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                         QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
    return QRectF(layout.paintRectPixels(PDF_DPI))


def _pdf(chart: OrgChartView, partial: Path, source: QRectF, day: date) -> None:
    tiles = _tiles(chart, source)
    if len(tiles) > MAX_PAGES:
        raise ChartTooBigError(translate("ChartExport", "The chart would take %1 pages. "
                                         "Collapse some branches or show fewer levels first, "
                                         "or export it as SVG.").replace("%1", str(len(tiles))),
                               len(tiles))
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    writer.setTitle(chart_title(chart))
    page = _page_rect()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("ChartExport", "Cannot write %1").replace("%1", str(partial)))
    try:
        for number, (row, column, rect) in enumerate(tiles, 1):
            if number > 1:
                writer.newPage()
            where = translate("ChartExport", "page %1 of %2 · row %3, column %4").replace(
                "%1", str(number)).replace("%2", str(len(tiles))).replace(
                "%3", str(row)).replace("%4", str(column))
            target = QRectF(0, HEAD, rect.width() * PDF_SCALE, rect.height() * PDF_SCALE)
            _paint(chart, painter, rect, target, day=day, where=where, width=page.width())
    finally:
        painter.end()


def _draw(chart: OrgChartView, device: QPaintDevice, source: QRectF, target: QRectF, *,
          day: date, where: str) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("ChartExport", "Cannot write the file"))
    try:
        _paint(chart, painter, source, target, day=day, where=where, width=target.width())
    finally:
        painter.end()


def _paint(chart: OrgChartView, painter: QPainter, source: QRectF, target: QRectF, *,
           day: date, where: str, width: float) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _heading(painter, chart, day, where, width)
    chart.scene().render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def _heading(painter: QPainter, chart: OrgChartView, day: date, where: str,
             width: float) -> None:
    """Title and date on the first line, the legend on the second."""
    words = i18n.words()
    title = QFont()
    title.setPixelSize(16)
    title.setBold(True)
    small = QFont()
    small.setPixelSize(11)
    painter.setPen(QColor("#212121"))
    painter.setFont(title)
    painter.drawText(QRectF(8, 4, width - 16, 24),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     chart_title(chart))
    painter.setFont(small)
    painter.drawText(QRectF(8, 4, width - 16, 24),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     " · ".join(x for x in (words.day(day), where) if x))
    x, y = 8.0, 40.0
    metrics = painter.fontMetrics()
    entries: list[tuple[str, object]] = [(words.enum(s), STANCE_COLOURS[s]) for s in Stance]
    entries += [(text, FRESHNESS_COLOURS[f]) for f, text in (
        (comb.Freshness.FRESH, translate("ChartExport", "contact on time")),
        (comb.Freshness.DUE, translate("ChartExport", "contact due")),
        (comb.Freshness.STALE, translate("ChartExport", "contact overdue")),
        (comb.Freshness.NEVER, translate("ChartExport", "never met")))]
    entries += [(words.enum(LinkKind.INFLUENCES), LINE_PENS[LinkKind.INFLUENCES]),
                (translate("ChartExport", "dotted-line manager"), LINE_PENS[LinkKind.REPORTS_TO]),
                (words.enum(LinkKind.CONFLICT), LINE_PENS[LinkKind.CONFLICT])]
    for text, mark in entries:
        if isinstance(mark, QPen):
            painter.setPen(mark)
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
            x += 22
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)  # type: ignore[arg-type]
            painter.drawRect(QRectF(x, y - 5, 10, 10))
            x += 14
        painter.setPen(QColor("#37474f"))
        painter.drawText(QPointF(x, y + 4), text)
        x += metrics.horizontalAdvance(text) + 14
    painter.setPen(QPen(QColor("#cfd8dc"), 1))
    painter.drawLine(QPointF(0, HEAD - 4), QPointF(width, HEAD - 4))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def export_account_chart(graph: object, target: Path, side: Side = Side.CLIENT) -> Path:
    """The command line's chart export: a chart view without a window, the whole chart."""
    from kamdesk.graph.account_graph import AccountGraph

    assert isinstance(graph, AccountGraph)
    chart = OrgChartView(side, "exportChart")
    chart.resize(QSizeF(1600, 1000).toSize())
    chart.set_account(graph, None)
    try:
        if target.suffix.lower() == ".png":
            problem = png_problem(chart)
            if problem is not None:
                raise problem
        return save_chart(chart, target)
    finally:
        chart.set_account(None, None)
        chart.deleteLater()
