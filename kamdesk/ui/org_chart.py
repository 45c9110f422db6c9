"""The org chart of one side of an account: a QGraphicsView over a single painted item.

Why one item and not one per card: a scene of 50,000 items takes seconds to build and Qt
tears it down in quadratic time. Here the scene holds one ``ChartItem`` whose ``paint``
draws only the cards inside the exposed rectangle, found through a grid of cells; so
opening, leaving and scrolling cost what is on screen, not what is in the account.

The view holds no truth: it lays out what ``chart_layout`` says, repaints on the graph's
change events, and sends every edit to ``Editing`` (one undo step each).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from math import floor

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QInputDialog,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.chart import GAP_Y, ChartLayout, chart_layout
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.layout import Box
from kamdesk.graph.queries import manager_chain
from kamdesk.graph.types import LinkKind, Side
from kamdesk.ui.cards import STANCE_COLOURS, CardPainter, card_size
from kamdesk.ui.editing import Editing, follow

CELL = 512.0  # grid cell of the paint and hit index, in scene units
MARGIN = 40.0
BADGE = 8.0  # radius of the collapse/expand badge under a card with reports
TEXT_LOD = 0.45  # below this scale cards are drawn as coloured blocks, without text
MIN_SCALE, MAX_SCALE = 0.001, 4.0
BEND = 60.0  # how far an influence or conflict curve bows out of the straight line
# A line longer than this crosses screens of unrelated cards: it is drawn as a stub of
# STUB length at each end, pointing at the other (the same on screen and in exports).
LONG_LINE, STUB = 2500.0, 90.0
EMPTY = ChartLayout({}, {}, {}, {}, 0.0, 0.0)
LINE_PENS = {LinkKind.REPORTS_TO: QPen(QColor("#546e7a"), 1.5, Qt.PenStyle.DotLine),
             LinkKind.INFLUENCES: QPen(QColor("#1e88e5"), 1.5, Qt.PenStyle.DashLine),
             LinkKind.CONFLICT: QPen(QColor("#d32f2f"), 2.0, Qt.PenStyle.SolidLine)}


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


class OrgChartView(QGraphicsView):
    personSelected = Signal(str)  # noqa: N815 - Qt signal naming
    personActivated = Signal(str)  # noqa: N815 - double click: edit the person
    collapsedChanged = Signal()  # noqa: N815
    message = Signal(str)

    def __init__(self, side: Side, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.side = side
        self.graph: AccountGraph | None = None
        self.editing: Editing | None = None
        self.today = date.today()
        self.chart = EMPTY
        self.collapsed: set[str] = set()
        self.selected: str | None = None
        self.highlighted: set[str] = set()
        self.show_influence = True
        self.show_conflicts = True
        self._grid: dict[tuple[int, int], list[str]] = {}
        self._sizes: dict[str, tuple[float, float]] = {}
        self._counterparts: dict[str, list[str]] = {}
        self._lines: list[Link] = []  # dotted managers, influence and conflict lines
        self._press: tuple[str, QPointF, bool] | None = None  # card, where, shift held
        self._ghost: QGraphicsRectItem | None = None
        self._target: str | None = None
        self._pending: tuple[LinkKind, str] | None = None  # drawing a line from a card
        self.cards = CardPainter()
        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.item = ChartItem(self)
        scene.addItem(self.item)
        self.setScene(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setBackgroundBrush(QColor("#f5f7f9"))

    # ------------------------------------------------------------------ account
    def set_account(self, graph: AccountGraph | None, editing: Editing | None,
                    collapsed: Iterable[str] = ()) -> None:
        follow(self.graph, graph, self._on_changes)
        self.graph, self.editing = graph, editing
        self.collapsed = set(collapsed)
        self.selected, self.highlighted, self._pending = None, set(), None
        self._sizes = {}
        if graph is not None:
            self.collapsed &= set(graph.people)
            self._links_changed()
        else:
            self._counterparts, self._lines = {}, []
        self.relayout()
        self.show_top()

    def relayout(self, keep: str | None = None) -> None:
        """Lay the chart out again (after a change of the tree or of what is collapsed).

        The card ``keep`` (default: the selected one) stays where it is on the screen.
        """
        graph = self.graph
        anchor = self._anchor(keep or self.selected)
        self.item.prepareGeometryChange()
        if graph is None:
            self.chart = EMPTY
        else:
            self.chart = chart_layout(graph, self.side, self.collapsed, self._size)
        self._index()
        self._scene_rect()
        if anchor is not None and anchor[0] in self.chart.boxes:
            pid, at = anchor
            self.centerOn(self.card_rect(pid).center() - at)
        self.item.update()

    def _scene_rect(self) -> None:
        """The chart with a screenful of room around it, so a card kept in place by
        ``relayout`` or centred by search never has to move because the chart shrank."""
        scale = max(self.transform().m11(), MIN_SCALE)
        room = max(self.viewport().width(), self.viewport().height()) / scale
        self.scene().setSceneRect(self.item.boundingRect().adjusted(-room, -room, room, room))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scene_rect()

    def _size(self, pid: str) -> tuple[float, float]:
        found = self._sizes.get(pid)
        if found is None:
            assert self.graph is not None
            found = self._sizes[pid] = card_size(self.graph.person(pid),
                                                 pid in self._counterparts)
        return found

    def _anchor(self, pid: str | None) -> tuple[str, QPointF] | None:
        """A card and where it is relative to the view's centre."""
        if pid is None or pid not in self.chart.boxes:
            return None
        centre = self.mapToScene(self.viewport().rect().center())
        return pid, self.card_rect(pid).center() - centre

    def _index(self) -> None:
        """Grid cells to the cards (with their connectors) that reach into them.

        Hot at every layout (10,000 cards): plain arithmetic, no Qt objects. Coordinates
        are never negative, so ``int`` rounds down like ``floor``.
        """
        grid: defaultdict[tuple[int, int], list[str]] = defaultdict(list)
        lay = self.chart
        boxes, manager_of, spine_of = lay.boxes, lay.manager.get, lay.stacked.get
        inv = 1.0 / CELL
        for pid, b in boxes.items():
            x0, y0 = b.x, b.y
            x1, y1 = x0 + b.width, y0 + b.height + 2 * BADGE
            boss = manager_of(pid)
            if boss is not None:  # the connector up to the manager's card
                m = boxes[boss]
                middle = m.x + m.width / 2
                if middle < x0:
                    x0 = middle
                elif middle > x1:
                    x1 = middle
                spine = spine_of(pid)
                if spine is not None and spine < x0:
                    x0 = spine
                y0 = m.y + m.height
            cx0, cx1, cy0, cy1 = int(x0 * inv), int(x1 * inv), int(y0 * inv), int(y1 * inv)
            if cx0 == cx1 and cy0 == cy1:
                grid[(cx0, cy0)].append(pid)
                continue
            for cx in range(cx0, cx1 + 1):
                for cy in range(cy0, cy1 + 1):
                    grid[(cx, cy)].append(pid)
        self._grid = dict(grid)

    def ids_in(self, rect: QRectF) -> list[str]:
        found: dict[str, None] = {}
        grid = self._grid
        for cx in range(floor(rect.left() / CELL), floor(rect.right() / CELL) + 1):
            for cy in range(floor(rect.top() / CELL), floor(rect.bottom() / CELL) + 1):
                for pid in grid.get((cx, cy), ()):
                    found[pid] = None
        return list(found)

    # ------------------------------------------------------------------ model events
    def _on_changes(self, changes: ChangeSet) -> None:
        assert self.graph is not None
        relayout, repaint, links = False, set(), False
        for change in changes:
            entity = change.entity
            if isinstance(entity, Person):
                mine = [p for p in (change.before, change.after)
                        if isinstance(p, Person) and p.side is self.side]
                if not mine:
                    links = links or (entity.id in self._counterparts)
                    continue
                if change.before is None or change.after is None or len(mine) == 1:
                    relayout = True
                    continue
                self._sizes.pop(entity.id, None)
                if self._size(entity.id) != self.chart.boxes.get(entity.id, Box(0, 0, 0, 0))[2:]:
                    relayout = relayout or entity.id in self.chart.boxes
                repaint.add(entity.id)
                links = links or entity.id in self._counterparts
            elif isinstance(entity, Link):
                before, after = change.before, change.after
                if any(isinstance(x, Link) and x.kind is LinkKind.REPORTS_TO and not x.dotted
                       and self._mine(x.source) for x in (before, after)):
                    relayout = True
                else:
                    links = True
        if links:
            had = set(self._counterparts)
            self._links_changed()
            for pid in had ^ set(self._counterparts):  # a card grows or shrinks
                self._sizes.pop(pid, None)
                relayout = True
            repaint |= had | set(self._counterparts)
        if self.collapsed and any(c.is_remove for c in changes):
            self.collapsed &= set(self.graph.people)
        if relayout:
            self.relayout()
        elif links:
            self.item.update()
        else:
            for pid in repaint:
                if pid in self.chart.boxes:
                    self.item.update(self.card_rect(pid).adjusted(-4, -4, 4, 4 + 2 * BADGE))

    def _mine(self, pid: str) -> bool:
        """On this chart's side (or was: a person just removed was on the chart)."""
        assert self.graph is not None
        person = self.graph.people.get(pid)
        return pid in self.chart.boxes if person is None else person.side is self.side

    def _links_changed(self) -> None:
        assert self.graph is not None
        people = self.graph.people
        counterparts: dict[str, list[str]] = {}
        lines = []
        for link in self.graph.links.values():
            kind = link.kind
            if kind is LinkKind.COUNTERPART:
                ours, theirs = (link.target, link.source) if self.side is Side.CLIENT else (
                    link.source, link.target)
                counterparts.setdefault(ours, []).append(people[theirs].name)
            elif (kind is not LinkKind.REPORTS_TO or link.dotted) and \
                    people[link.source].side is self.side is people[link.target].side:
                lines.append(link)
        self._counterparts, self._lines = counterparts, lines

    # ------------------------------------------------------------------ painting
    def card_rect(self, pid: str) -> QRectF:
        b = self.chart.boxes[pid]
        return QRectF(b.x, b.y, b.width, b.height)

    def paint_chart(self, painter: QPainter, exposed: QRectF, lod: float) -> None:
        graph = self.graph
        if graph is None:
            return
        ids = self.ids_in(exposed)
        self._paint_connectors(painter, ids)
        self._paint_lines(painter, exposed)
        boxes = self.chart.boxes
        people = graph.people
        if lod < TEXT_LOD:  # far out: coloured blocks, batched by colour
            by_colour: dict[object, list[QRectF]] = {}
            for pid in ids:
                b = boxes[pid]
                by_colour.setdefault(people[pid].stance, []).append(
                    QRectF(b.x, b.y, b.width, b.height))
            painter.setPen(Qt.PenStyle.NoPen)
            for stance, rects in by_colour.items():
                painter.setBrush(STANCE_COLOURS[stance])  # type: ignore[index]
                painter.drawRects(rects)
            self._paint_marks(painter, ids)
            return
        for pid in ids:
            rect = self.card_rect(pid)
            if not rect.intersects(exposed.adjusted(0, -2 * BADGE, 0, 0)):
                continue
            self.cards.paint(painter, rect, people[pid],
                             counterparts=self._counterparts.get(pid, []),
                             state=(pid == self.selected, pid in self.highlighted,
                                    pid == self._target),
                             today=self.today)
            self._paint_badge(painter, pid, rect)

    def _paint_marks(self, painter: QPainter, ids: list[str]) -> None:
        """The selection and search hits stay visible when the text is dropped."""
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
        hidden = self.chart.hidden.get(pid)
        if hidden is None:
            painter.drawEllipse(centre, BADGE, BADGE)
            painter.drawLine(QLineF(centre.x() - 4, centre.y(), centre.x() + 4, centre.y()))
            return
        label = f"+{hidden:,}"
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

    def _paint_lines(self, painter: QPainter, exposed: QRectF) -> None:
        """Dotted managers, influence and conflict lines that may cross the exposed part.

        A first pass on plain numbers (the box around both cards and the curve's bend)
        keeps a chart with thousands of lines cheap to scroll; only the survivors get a
        geometry of their own.
        """
        boxes = self.chart.boxes
        shown = {LinkKind.REPORTS_TO: True, LinkKind.INFLUENCES: self.show_influence,
                 LinkKind.CONFLICT: self.show_conflicts}
        left, top, right, bottom = (exposed.left() - BEND, exposed.top() - BEND,
                                    exposed.right() + BEND, exposed.bottom() + BEND)
        crossing = []
        for link in self._lines:
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
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for link in crossing:
            line = _edge_line(self.card_rect(link.source), self.card_rect(link.target))
            pen = LINE_PENS[link.kind]
            painter.setPen(pen)
            if line.length() > LONG_LINE:  # a stub at each end, pointing to the other
                for stub in (QLineF(line.p1(), line.pointAt(STUB / line.length())),
                             QLineF(line.p2(), line.pointAt(1 - STUB / line.length()))):
                    painter.drawLine(stub)
                if link.kind is LinkKind.INFLUENCES:
                    _arrow_head(painter, line.p2(), line.angle(), pen.color())
            elif link.kind is LinkKind.REPORTS_TO:
                painter.drawLine(line)
            else:
                path = _curve(line)
                painter.drawPath(path)
                if link.kind is LinkKind.INFLUENCES:
                    _arrow_head(painter, path.pointAtPercent(1.0), path.angleAtPercent(0.98),
                                pen.color())

    # ------------------------------------------------------------------ navigation
    def card_at(self, scene_pos: QPointF) -> str | None:
        for pid in self.ids_in(QRectF(scene_pos, scene_pos)):
            if self.card_rect(pid).contains(scene_pos):
                return pid
        return None

    def badge_at(self, scene_pos: QPointF) -> str | None:
        probe = QRectF(scene_pos.x(), scene_pos.y() - 2 * BADGE, 0, 0)
        for pid in self.ids_in(probe.adjusted(0, 0, 1, 1)):
            rect = self.card_rect(pid)
            centre = QPointF(rect.center().x(), rect.bottom() + BADGE)
            if (abs(scene_pos.x() - centre.x()) <= BADGE * 2
                    and abs(scene_pos.y() - centre.y()) <= BADGE):
                return pid
        return None

    def show_top(self) -> None:
        """Open at the top of the chart at full size: the first paint draws one screenful."""
        self.resetTransform()
        roots = [pid for pid in self.chart.boxes if pid not in self.chart.manager]
        if roots:
            first = self.card_rect(roots[0])
            view = self.viewport().rect()
            # a chart narrower than the view is centred whole, a wider one on its first top
            x = self.chart.width / 2 if self.chart.width <= view.width() else first.center().x()
            self.centerOn(x, first.top() - MARGIN + view.height() / 2)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if MIN_SCALE <= scale <= MAX_SCALE:
            self.scale(factor, factor)
            self._scene_rect()

    def fit(self) -> None:
        self.fitInView(self.item.boundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._scene_rect()

    def select(self, pid: str | None, centre: bool = False) -> None:
        old, self.selected = self.selected, pid
        for key in (old, pid):
            if key is not None and key in self.chart.boxes:
                self.item.update(self.card_rect(key).adjusted(-40, -40, 40, 40))
        if pid is not None and centre:
            self.reveal(pid)

    def reveal(self, pid: str) -> None:
        """Expand the path down to ``pid``, then centre the view on its card."""
        assert self.graph is not None
        chain = set(manager_chain(self.graph, pid))
        if chain & self.collapsed:
            self.collapsed -= chain
            self.collapsedChanged.emit()
            self.relayout()
        if pid in self.chart.boxes:
            if self.transform().m11() < TEXT_LOD:
                self.resetTransform()
            self.centerOn(self.card_rect(pid).center())

    def highlight(self, ids: Iterable[str]) -> None:
        self.highlighted = set(ids)
        self.item.update()

    def toggle(self, pid: str) -> None:
        """Collapse or expand the subtree under ``pid``."""
        if pid in self.collapsed:
            self.collapsed.discard(pid)
        else:
            self.collapsed.add(pid)
        self.collapsedChanged.emit()
        self.relayout(keep=pid)

    # ------------------------------------------------------------------ mouse and keys
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        self.zoom(1.0015 ** event.angleDelta().y())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() is not Qt.MouseButton.LeftButton or self.graph is None:
            super().mousePressEvent(event)
            return
        at = self.mapToScene(event.position().toPoint())
        badge = self.badge_at(at)
        pid = self.card_at(at)
        if pid is None and badge is not None:
            self.toggle(badge)
            return
        if pid is None:
            self._pending = None
            super().mousePressEvent(event)
            return
        if self._pending is not None:
            kind, source = self._pending
            self._pending = None
            if self.editing is not None and source != pid:
                self.editing.add_link(kind, source, pid)
            return
        self.select(pid)
        self.personSelected.emit(pid)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._press = (pid, event.position(), shift)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        pid, start, _shift = self._press
        if self._ghost is None:
            if (event.position() - start).manhattanLength() < QApplication.startDragDistance():
                return
            self._ghost = self.scene().addRect(self.card_rect(pid),
                                               QPen(QColor("#1565c0"), 1, Qt.PenStyle.DashLine),
                                               QColor(21, 101, 192, 40))
        at = self.mapToScene(event.position().toPoint())
        rect = self.card_rect(pid)
        self._ghost.setRect(QRectF(at.x() - rect.width() / 2, at.y() - rect.height() / 2,
                                   rect.width(), rect.height()))
        target = self.card_at(at)
        target = None if target == pid else target
        if target != self._target:
            for key in (self._target, target):
                if key is not None:
                    self.item.update(self.card_rect(key).adjusted(-4, -4, 4, 4))
            self._target = target

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        pid, _start, shift = self._press
        target, dragged = self._target, self._ghost is not None
        self._press, self._target = None, None
        if self._ghost is not None:
            self.scene().removeItem(self._ghost)
            self._ghost = None
        if target is not None:
            self.item.update(self.card_rect(target).adjusted(-4, -4, 4, 4))
        if not dragged or target is None or self.editing is None:
            return
        if shift:
            self.editing.add_link(LinkKind.INFLUENCES, pid, target)
        else:
            self.editing.set_manager(pid, target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        at = self.mapToScene(event.position().toPoint())
        pid = self.card_at(at)
        if pid is not None:
            self.personActivated.emit(pid)
        elif self.badge_at(at) is not None:  # a quick second click on a badge
            self.mousePressEvent(event)
        else:
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self._pending is not None:
            self._pending = None
            self.message.emit(self.tr("Line drawing cancelled"))
            return
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Minus) and self.selected is not None \
                and self.graph is not None and self.graph.solid_reports(self.selected):
            collapsed = self.selected in self.collapsed
            if collapsed == (event.key() == Qt.Key.Key_Plus):
                self.toggle(self.selected)
            return
        super().keyPressEvent(event)

    def start_line(self, kind: LinkKind, source: str) -> None:
        self._pending = (kind, source)
        self.message.emit(self.tr("Click the card the line goes to (Esc cancels)"))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        editing = self.editing
        if editing is None or self.graph is None:
            return
        pid = self.card_at(self.mapToScene(event.pos()))
        menu = QMenu(self)
        if pid is None:
            menu.addAction(self.tr("Add person"), lambda: editing.add_person(self.side))
            menu.addAction(self.tr("Fit the chart"), self.fit)
        else:
            self.select(pid)
            self.personSelected.emit(pid)
            menu.addAction(self.tr("Edit…"), lambda: self.personActivated.emit(pid))
            menu.addSeparator()
            menu.addAction(self.tr("Add report"), lambda: editing.add_report(pid))
            menu.addAction(self.tr("Add manager"), lambda: editing.add_manager(pid))
            menu.addAction(self.tr("Add peer"), lambda: editing.add_peer(pid))
            if self.graph.solid_reports(pid):
                menu.addAction(self.tr("Expand") if pid in self.collapsed else
                               self.tr("Collapse"), lambda: self.toggle(pid))
            menu.addSeparator()
            menu.addAction(self.tr("Draw influence line from here"),
                           lambda: self.start_line(LinkKind.INFLUENCES, pid))
            menu.addAction(self.tr("Add dotted-line manager…"),
                           lambda: self.start_line(LinkKind.REPORTS_TO, pid))
            if self.side is Side.CLIENT:
                menu.addAction(self.tr("Mark conflict with…"),
                               lambda: self.start_line(LinkKind.CONFLICT, pid))
            menu.addAction(self.tr("Link counterpart…"), lambda: self._pick_counterpart(pid))
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), lambda: editing.remove_person(pid))
        menu.exec(event.globalPos())

    def _pick_counterpart(self, pid: str) -> None:
        assert self.graph is not None and self.editing is not None
        other = [p for p in self.graph.people.values() if p.side is not self.side]
        other.sort(key=lambda p: (p.level, p.name))
        names = [f"{p.name} — {p.title} (L{p.level})" for p in other]
        chosen, ok = QInputDialog.getItem(self, self.tr("Link counterpart"),
                                          self.tr("Who meets this person?"), names, 0, False)
        if ok and chosen in names:
            self.editing.link_counterpart(pid, other[names.index(chosen)].id)


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
