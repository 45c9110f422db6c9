"""The chart's gestures: click to select, drag a card onto another to change its manager,
Shift+drag to draw an influence, click a line to select it, wheel to zoom, keys, the menu.

A mixin of ``OrgChartView`` (it uses the view's layout and state); every edit goes to the
``AccountDocument`` as one undo step, every selection through it to all panels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent, QMouseEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QApplication

from kamdesk.graph.types import LinkKind
from kamdesk.ui.chart.menu import chart_menu

translate = QCoreApplication.translate  # lupdate reads translate(context, text)
LINE_TOLERANCE = 5.0  # screen pixels either side of a line that still hit it


class ChartGestures:
    """Mouse, wheel, keys and the context menu of ``OrgChartView``."""

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
            line = self.line_at(at, LINE_TOLERANCE / max(self.transform().m11(), 0.01))
            if self.document is not None:
                self.document.select_link(line)
            if line is not None:
                self._say(translate("OrgChartView", "Line selected: Delete removes it"))
                return
            super().mousePressEvent(event)
            return
        if self._pending is not None:
            kind, source = self._pending
            self._pending = None
            if self.document is not None and source != pid:
                self.document.add_link(kind, source, pid)
            return
        self.select(pid)
        self._choose(pid)
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
        if not dragged or target is None or self.document is None:
            return
        if shift:
            self.document.add_link(LinkKind.INFLUENCES, pid, target)
        else:
            self.document.set_manager(pid, target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        at = self.mapToScene(event.position().toPoint())
        pid = self.card_at(at)
        if pid is not None:
            self._activate(pid)
        elif self.badge_at(at) is not None:  # a quick second click on a badge
            self.mousePressEvent(event)
        else:
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self._pending is not None:
            self._pending = None
            self._say(translate("OrgChartView", "Line drawing cancelled"))
            return
        if event.key() == Qt.Key.Key_Escape and self.looks.leave_focus():
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
        self._say(translate("OrgChartView", "Click the card the line goes to (Esc cancels)"))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        if self.document is None or self.graph is None:
            return
        pid = self.card_at(self.mapToScene(event.pos()))
        if pid is not None:
            self.select(pid)
            self._choose(pid)
        chart_menu(self, pid).exec(event.globalPos())

    # ------------------------------------------------------------------ to the document
    def _choose(self, pid: str) -> None:
        if self.document is not None:
            self.document.select(pid)

    def _activate(self, pid: str) -> None:
        if self.document is not None:
            self.document.activate(pid)

    def _say(self, text: str) -> None:
        if self.document is not None:
            self.document.message.emit(text)

