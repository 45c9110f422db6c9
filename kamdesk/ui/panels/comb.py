"""The comb: who of ours meets whom of theirs, level by level.

Rows are the four levels; the client's key people (a decision role or a counterpart) are on
the left, our people on the right, and counterpart links run between them: green at the
same level, orange dashed across levels. A decision maker or influencer with nobody of ours
is a gap, outlined in red. Drag a person onto one of the other side to link them.

The comb holds a few hundred items at most, so it is an ordinary scene rebuilt on change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from kamdesk.graph import signals
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Person
from kamdesk.graph.types import Level, LinkKind, Side
from kamdesk.ui.chart.cards import STANCE_COLOURS, level_names
from kamdesk.ui.document import AccountDocument, follow

CHIP_W, CHIP_H, GAP = 170.0, 44.0, 10.0
CLIENT_COLUMNS, OUR_COLUMNS = 4, 2
MIDDLE = 180.0  # the space between the sides where the links run
LABEL_W = 150.0  # room for the longest level name (Russian)
ID = 0  # item data key: the person id


class CombView(QGraphicsView):
    """The comb panel (``combView``)."""

    PLACE = "tab"
    OBJECT_NAME = "combView"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("CombView", "Comb")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("combView")
        self.graph: AccountGraph | None = None
        self.document: AccountDocument | None = None
        self.chips: dict[str, QGraphicsRectItem] = {}
        self.gaps: set[str] = set()
        self.mismatches: set[str] = set()  # counterpart link ids across levels
        self._dirty = False
        self._press: tuple[str, QPointF] | None = None
        self._ghost: QGraphicsRectItem | None = None
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QColor("#f5f7f9"))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_document(self, document: AccountDocument | None) -> None:
        graph = document.graph if document is not None else None
        follow(self.graph, graph, self._on_changes)
        self.graph, self.document = graph, document
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

    # ------------------------------------------------------------------ building
    def shown_people(self) -> tuple[list[Person], list[Person]]:
        """The client's key people and all of ours."""
        assert self.graph is not None
        linked = {x.target for x in self.graph.links.values() if x.kind is LinkKind.COUNTERPART}
        people = self.graph.people.values()
        clients = [p for p in people if p.side is Side.CLIENT
                   and (p.decision_role is not None or p.id in linked)]
        ours = [p for p in people if p.side is Side.INTERNAL]
        return clients, ours

    def rebuild(self) -> None:
        self._dirty = False
        # a fresh scene, the old one deleted later: clearing a scene from inside one of
        # its view's event handlers (a drop that links two people) crashes Qt
        old, scene = self.scene(), QGraphicsScene(self)
        self._ghost = None
        self.setScene(scene)
        old.deleteLater()
        self.chips, self.gaps, self.mismatches = {}, set(), set()
        if self.graph is None:
            return
        clients, ours = self.shown_people()
        counterpart = [x for x in self.graph.links.values() if x.kind is LinkKind.COUNTERPART]
        gaps = set(signals.comb_gaps(self.graph))
        self.mismatches = set(signals.level_mismatches(self.graph))
        names = level_names()
        bold = QFont()
        bold.setBold(True)
        client_x = LABEL_W
        our_x = client_x + CLIENT_COLUMNS * (CHIP_W + GAP) + MIDDLE
        for text, x in ((self.tr("Client"), client_x), (self.tr("Our team"), our_x)):
            head = scene.addSimpleText(text, bold)
            head.setPos(x, -30)
        y = 0.0
        for level in Level:
            row_c = [p for p in clients if p.level == level]
            row_o = [p for p in ours if p.level == level]
            rows = max(1, -(-len(row_c) // CLIENT_COLUMNS), -(-len(row_o) // OUR_COLUMNS))
            height = rows * (CHIP_H + GAP) + GAP
            band = scene.addRect(QRectF(0, y, our_x + OUR_COLUMNS * (CHIP_W + GAP), height),
                                 QPen(Qt.PenStyle.NoPen),
                                 QColor("#ffffff") if level % 2 else QColor("#eceff1"))
            band.setZValue(-2)
            label = scene.addSimpleText(names[level], bold)
            label.setPos(8, y + GAP)
            for people, x0, columns in ((row_c, client_x, CLIENT_COLUMNS),
                                        (row_o, our_x, OUR_COLUMNS)):
                for i, p in enumerate(sorted(people, key=lambda p: p.name)):
                    row, column = divmod(i, columns)
                    self._chip(p, x0 + column * (CHIP_W + GAP), y + GAP + row * (CHIP_H + GAP),
                               p.id in gaps)
            y += height
        for link in counterpart:
            ours_chip, theirs_chip = self.chips.get(link.source), self.chips.get(link.target)
            if ours_chip is None or theirs_chip is None:
                continue
            same = link.id not in self.mismatches
            a = theirs_chip.sceneBoundingRect()
            b = ours_chip.sceneBoundingRect()
            pen = QPen(QColor("#43a047"), 2) if same else QPen(QColor("#fb8c00"), 2,
                                                                  Qt.PenStyle.DashLine)
            line = scene.addLine(a.right(), a.center().y(), b.left(), b.center().y(), pen)
            line.setZValue(-1)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        # the whole width in view when it fits at a readable size
        scale = max(0.6, min(1.0, self.viewport().width() / scene.sceneRect().width()))
        self.resetTransform()
        self.scale(scale, scale)

    def _chip(self, p: Person, x: float, y: float, gap: bool) -> None:
        pen = QPen(QColor("#c62828"), 3) if gap else QPen(QColor("#90a4ae"), 1)
        chip = self.scene().addRect(QRectF(0, 0, CHIP_W, CHIP_H), pen, QBrush(QColor("#ffffff")))
        chip.setPos(x, y)
        chip.setData(ID, p.id)
        chip.setToolTip(f"{p.name}\n{p.title}\n{p.department}")
        stripe = QGraphicsRectItem(QRectF(0, 0, 6, CHIP_H), chip)
        stripe.setBrush(STANCE_COLOURS[p.stance])
        stripe.setPen(QPen(Qt.PenStyle.NoPen))
        name = QGraphicsSimpleTextItem(_elided(p.name, 26), chip)
        name.setPos(12, 4)
        second = _elided(p.title, 30) if not gap else self.tr("no counterpart!")
        sub = QGraphicsSimpleTextItem(second, chip)
        sub.setBrush(QColor("#c62828") if gap else QColor("#546e7a"))
        sub.setPos(12, 23)
        for child in (stripe, name, sub):
            child.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, False)
        self.chips[p.id] = chip
        if gap:
            self.gaps.add(p.id)

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
            at = self.mapToScene(event.position().toPoint())
            self._ghost.setRect(QRectF(at.x() - CHIP_W / 2, at.y() - CHIP_H / 2, CHIP_W, CHIP_H))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        pid = self._press[0]
        self._press = None
        dragged = self._ghost is not None
        if self._ghost is not None:
            self.scene().removeItem(self._ghost)
            self._ghost = None
        if self._ghost is None and dragged:
            target = self.chip_at(event.position())
            if target is not None and self.graph is not None and self.document is not None \
                    and self.graph.person(target).side is not self.graph.person(pid).side:
                self.document.link_counterpart(pid, target)


def _elided(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
