"""The comb: who of ours meets whom of theirs, level by level.

Rows are the four levels; the client's key people are on the left, ours on the right, and
counterpart links run between them through the gutter (``comb_routes``: never behind a
chip): green at the same level, orange dashed across levels. A decision maker or
influencer with nobody of ours is a gap, outlined in red; our KAM and executive sponsor are
outlined in blue and named. Drag a person onto one of the other side to link them (the view
scrolls when the drag nears its edge).

The placement is ``graph.comb.layout`` (pure); the view picks how many chips a row holds so
both sides fit the window at a readable size, and, on a large account, shows only the
people that matter (key client people, ours who meet someone, the KAM and the sponsor)
until "All our people" is ticked. A few hundred items at most: an ordinary scene, rebuilt
on change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from kamdesk.graph import comb
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Person
from kamdesk.graph.leaving import present
from kamdesk.graph.types import Level
from kamdesk.ui import i18n
from kamdesk.ui.chart.cards import STANCE_COLOURS
from kamdesk.ui.document import AccountDocument, follow
from kamdesk.ui.panels.comb_routes import Box, crosses, routes

CHIP_W, CHIP_H, GAP = 170.0, 44.0, 16.0
MAX_COLUMNS = 4
GUTTER = 160.0  # the space between the sides where the links run
LABEL_W = 170.0  # room for the longest level name (Russian)
READABLE = 0.85  # the smallest scale "fit" goes to before it lets the comb scroll
KEY_ONLY_ABOVE = 500  # people in the account: above this, only the people that matter
EDGE, EDGE_STEP = 36, 18  # autoscroll: pixels from the edge, pixels a tick
ID = 0  # item data key: the person id
OURS_MARK = QColor("#1565c0")


class CombView(QGraphicsView):
    """The comb panel (``combView``)."""

    PLACE = "tab"
    OBJECT_NAME = "combView"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("CombView", "Comb")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.graph: AccountGraph | None = None
        self.document: AccountDocument | None = None
        self.chips: dict[str, QGraphicsRectItem] = {}
        self.gaps: set[str] = set()
        self.mismatches: set[str] = set()  # counterpart link ids across levels
        self.routes: dict[str, list[tuple[float, float]]] = {}
        self.marked: dict[str, str] = {}  # our KAM and sponsor: id → the word shown
        self.columns = MAX_COLUMNS
        self._dirty = False
        self._zoomed = False  # zoomed by the user: a rebuild keeps the scale
        self._press: tuple[str, QPointF] | None = None
        self._ghost: QGraphicsRectItem | None = None
        self._last = QPointF()
        self._scroll = QTimer(self, interval=30)
        self._scroll.timeout.connect(self._autoscroll)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QColor("#f5f7f9"))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.all_ours = QCheckBox(self.tr("All our people"), self, objectName="combAllOurs")
        self.all_ours.setStyleSheet("background: #ffffffd0; padding: 2px 6px;")
        self.all_ours.setToolTip(self.tr("On a large account the comb shows only the people "
                                         "who matter; tick to show all of ours."))
        self.all_ours.toggled.connect(lambda _on: self.rebuild())

    # ------------------------------------------------------------------ the document
    def set_document(self, document: AccountDocument | None) -> None:
        graph = document.graph if document is not None else None
        follow(self.graph, graph, self._on_changes)
        self.graph, self.document = graph, document
        self._zoomed = False
        self.all_ours.blockSignals(True)
        self.all_ours.setChecked(False)
        self.all_ours.blockSignals(False)
        self._dirty = True
        if self.isVisible():
            self.rebuild()

    def _on_changes(self, _changes: ChangeSet) -> None:
        self._dirty = True
        if self.isVisible():
            self.rebuild()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self.rebuild()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.all_ours.adjustSize()
        self.all_ours.move(self.width() - self.all_ours.width() - 24, 6)
        if self.graph is not None and self._fitting_columns() != self.columns:
            self.rebuild()

    # ------------------------------------------------------------------ building
    def key_only(self) -> bool:
        return self.graph is not None and len(self.graph.people) > KEY_ONLY_ABOVE \
            and not self.all_ours.isChecked()

    def _fitting_columns(self) -> int:
        """Chips per side and row so both sides fit the view's width at a readable size."""
        room = self.viewport().width() / READABLE - LABEL_W - GUTTER - 40
        return max(1, min(MAX_COLUMNS, int(room // (2 * (CHIP_W + GAP)))))

    def rebuild(self) -> None:
        self._dirty = False
        # a fresh scene, the old one deleted later: clearing a scene from inside one of
        # its view's event handlers (a drop that links two people) crashes Qt
        old, scene = self.scene(), QGraphicsScene(self)
        self._ghost = None
        self.setScene(scene)
        old.deleteLater()
        self.chips, self.gaps, self.mismatches, self.routes = {}, set(), set(), {}
        self.all_ours.setVisible(self.graph is not None
                                 and len(self.graph.people) > KEY_ONLY_ABOVE)
        if self.graph is None:
            return
        graph, words = present(self.graph), i18n.words()  # who left meets nobody now
        account = graph.account
        self.marked = {pid: word for pid, word in ((account.kam_id, words("kam")),
                                                   (account.sponsor_id, words("sponsor")))
                       if pid is not None and pid in graph.people}
        self.columns = self._fitting_columns()
        people = comb.shown_people(graph, key_only=self.key_only())
        lay = comb.layout(people, CHIP_W, CHIP_H, columns=self.columns, gap=GAP,
                          label_width=LABEL_W, gutter_width=GUTTER)
        gaps = set(comb.gaps(graph))
        self.mismatches = set(comb.mismatches(graph))
        bold = QFont()
        bold.setBold(True)
        side_width = self.columns * (CHIP_W + GAP)
        for text, x in ((self.tr("Client"), LABEL_W),
                        (self.tr("Our team"), LABEL_W + side_width + GUTTER)):
            scene.addSimpleText(text, bold).setPos(x, -26)
        for level in Level:
            band = scene.addRect(QRectF(0, lay.rows[level], lay.width, lay.row_height[level]),
                                 QPen(Qt.PenStyle.NoPen),
                                 QColor("#ffffff") if level % 2 else QColor("#eceff1"))
            band.setZValue(-2)
            label = scene.addSimpleText(QFontMetrics(bold).elidedText(
                words.level(level, long=True), Qt.TextElideMode.ElideRight, int(LABEL_W - 24)),
                bold)
            label.setPos(8, lay.rows[level] + GAP)
        for p in people:
            chip = lay.chips[p.id]
            self._chip(p, chip.x, chip.y, p.id in gaps)
        links = []
        for pair in comb.pairs(graph):
            if pair.theirs in lay.chips and pair.ours in lay.chips:
                a, b = lay.chips[pair.theirs], lay.chips[pair.ours]
                links.append((pair.link_id, Box(a.x, a.y, CHIP_W, CHIP_H),
                              Box(b.x, b.y, CHIP_W, CHIP_H)))
        self.routes = routes(links, lay.gutter, GAP)
        for link_id, points in self.routes.items():
            path = QPainterPath(QPointF(*points[0]))
            for point in points[1:]:
                path.lineTo(QPointF(*point))
            same = link_id not in self.mismatches
            pen = QPen(QColor("#43a047"), 2) if same else QPen(QColor("#fb8c00"), 2,
                                                                  Qt.PenStyle.DashLine)
            item = scene.addPath(path, pen)
            item.setZValue(-1)
            item.setData(ID, "")
        scene.setSceneRect(QRectF(0, -34, lay.width, lay.height + 34).adjusted(-12, -8, 12, 12))
        if not self._zoomed:  # the user's own zoom survives an edit
            self.fit()
            QTimer.singleShot(0, self._refit)  # again once the view has its final size

    def _refit(self) -> None:
        if not self._zoomed:
            self.fit()

    def _chip(self, p: Person, x: float, y: float, gap: bool) -> None:
        mark = self.marked.get(p.id)
        pen = (QPen(QColor("#c62828"), 3) if gap else QPen(OURS_MARK, 3) if mark
               else QPen(QColor("#90a4ae"), 1))
        chip = self.scene().addRect(QRectF(0, 0, CHIP_W, CHIP_H), pen, QBrush(QColor("#ffffff")))
        chip.setPos(x, y)
        chip.setData(ID, p.id)
        chip.setToolTip(f"{p.name}\n{p.title}\n{p.department}")
        stripe = QGraphicsRectItem(QRectF(0, 0, 6, CHIP_H), chip)
        stripe.setBrush(STANCE_COLOURS[p.stance])
        stripe.setPen(QPen(Qt.PenStyle.NoPen))
        fits = CHIP_W - 18
        name = QGraphicsSimpleTextItem(self._elided(p.name, fits), chip)
        name.setPos(12, 4)
        if gap:
            second, colour = self.tr("no counterpart!"), QColor("#c62828")
        elif mark:
            second, colour = self._elided(f"{mark} · {p.title}", fits), OURS_MARK
        else:
            second, colour = self._elided(p.title, fits), QColor("#546e7a")
        sub = QGraphicsSimpleTextItem(second, chip)
        sub.setBrush(colour)
        sub.setPos(12, 23)
        for child in (stripe, name, sub):
            child.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, False)
        self.chips[p.id] = chip
        if gap:
            self.gaps.add(p.id)

    def _elided(self, text: str, width: float) -> str:
        """Cut to ``width`` pixels of the chips' font (a chip never shows text outside)."""
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))

    def route_crosses_a_chip(self, link_id: str) -> list[str]:
        """The chips (other than its two ends) a link's route runs through: none, by design."""
        assert self.graph is not None
        link = self.graph.link(link_id)
        ends = {link.source, link.target}
        return [pid for pid, chip in self.chips.items() if pid not in ends and crosses(
            self.routes[link_id], Box(chip.x(), chip.y(), CHIP_W, CHIP_H))]

    # ------------------------------------------------------------------ zoom and fit
    def fit(self) -> None:
        """The whole comb when it fits at a readable size; else its full width, scrolling."""
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        whole = min(view.width() / rect.width(), view.height() / rect.height())
        scale = min(1.0, whole if whole >= READABLE else view.width() / rect.width())
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center().x(), rect.top() + view.height() / scale / 2)
        self._zoomed = False

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.2 <= scale <= 3.0:
            self.scale(factor, factor)
            self._zoomed = True

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.0015 ** event.angleDelta().y())
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ drag to link
    def chip_at(self, pos: QPointF) -> str | None:
        for item in self.scene().items(self.mapToScene(pos.toPoint())):
            while item.parentItem() is not None:
                item = item.parentItem()
            pid = item.data(ID)
            if pid:
                return str(pid)
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        pid = self.chip_at(event.position())
        if event.button() is Qt.MouseButton.LeftButton and pid is not None:
            self._press = (pid, event.position())
            if self.document is not None:
                self.document.select(pid)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        pid, start = self._press
        if self._ghost is None and (event.position() - start).manhattanLength() \
                >= QApplication.startDragDistance():
            self._ghost = self.scene().addRect(self.chips[pid].sceneBoundingRect(),
                                               QPen(QColor("#1565c0"), 1, Qt.PenStyle.DashLine),
                                               QColor(21, 101, 192, 40))
        if self._ghost is not None:
            self._last = event.position()
            self._move_ghost()
            if self._edge_step() != (0, 0):
                self._scroll.start()

    def _move_ghost(self) -> None:
        if self._ghost is not None:
            at = self.mapToScene(self._last.toPoint())
            self._ghost.setRect(QRectF(at.x() - CHIP_W / 2, at.y() - CHIP_H / 2, CHIP_W, CHIP_H))

    def _edge_step(self) -> tuple[int, int]:
        """How far to scroll while a drag rests near an edge of the view."""
        view, at = self.viewport().rect(), self._last
        dx = -EDGE_STEP if at.x() < EDGE else EDGE_STEP if at.x() > view.width() - EDGE else 0
        dy = -EDGE_STEP if at.y() < EDGE else EDGE_STEP if at.y() > view.height() - EDGE else 0
        return dx, dy

    def _autoscroll(self) -> None:
        dx, dy = self._edge_step()
        if self._ghost is None or (dx, dy) == (0, 0):
            self._scroll.stop()
            return
        for bar, step in ((self.horizontalScrollBar(), dx), (self.verticalScrollBar(), dy)):
            bar.setValue(bar.value() + step)
        self._move_ghost()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        self._scroll.stop()
        pid = self._press[0]
        self._press = None
        dragged = self._ghost is not None
        if self._ghost is not None:
            self.scene().removeItem(self._ghost)
            self._ghost = None
        if dragged:
            target = self.chip_at(event.position())
            if target is not None and self.graph is not None and self.document is not None \
                    and self.graph.person(target).side is not self.graph.person(pid).side:
                self.document.link_counterpart(pid, target)




