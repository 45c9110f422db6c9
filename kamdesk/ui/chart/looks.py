"""Focus mode and colour overlays of an org chart view (issue 14).

``ChartLooks`` belongs to one ``OrgChartView`` (``view.looks``) and answers the painter's
two questions about a card — which colour its band has, and whether it is dimmed — from
the pure computations ``graph.focus`` and ``graph.overlays``, cached until the graph
changes. The painter calls ``begin_paint`` once per paint; ``dimmed`` then holds the cards
dimmed in that paint (what tests count). It also shows two labels over the chart: the
focus banner (who, their network, our coverage, the best ways in) and the overlay legend.

Focus follows the selection: while focus mode is on, the selected person is the centre;
Esc (``leave_focus``) ends it. The overlay is the same for every chart and is remembered.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from kamdesk.graph.overlays import CATEGORIES, OVERLAYS, overlay
from kamdesk.graph.types import Stance
from kamdesk.ui import i18n
from kamdesk.ui.chart.cards import FRESHNESS_COLOURS, STANCE_COLOURS

if TYPE_CHECKING:
    from kamdesk.graph.account_graph import AccountGraph
    from kamdesk.graph.focus import Focus
    from kamdesk.ui.chart.view import OrgChartView
    from kamdesk.ui.mainwindow import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate(context, text)
DIM = QColor(245, 247, 249, 200)  # the chart's background, laid over a card out of focus
DIM_LINE_OPACITY = 0.15
COLOURS: dict[str, QColor] = {
    **{s.value: c for s, c in STANCE_COLOURS.items()},
    **{f.value: c for f, c in FRESHNESS_COLOURS.items()},
    "covered": QColor("#43a047"), "uncovered": QColor("#e53935"),
    "covering": QColor("#1e88e5"), "not_covering": QColor("#b0bec5"),
    "score_5": QColor("#8e24aa"), "score_4": QColor("#ab47bc"), "score_3": QColor("#c77dd4"),
    "score_2": QColor("#dcb0e4"), "score_1": QColor("#eedcf1"), "no_score": QColor("#cfd8dc"),
}
# Categories that apply to one side's cards under an overlay (side, overlay) → categories;
# an overlay not named here colours both sides alike. Our people have no stance toward us.
SIDE_CATEGORIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("internal", "stance"): (),
    ("client", "coverage"): ("covered", "uncovered"),
    ("internal", "coverage"): ("covering", "not_covering"),
}
LABEL_STYLE = ("QLabel { background: rgba(255, 255, 255, 240); border: 1px solid #b0bec5;"
               " border-radius: 4px; padding: 6px; color: #263238; }")


class ChartLooks(QObject):
    """Focus and overlay state of one chart view (see the module's docstring)."""

    def __init__(self, view: OrgChartView) -> None:
        super().__init__(view)
        self.view = view
        self.focusing = False
        saved = str(QSettings().value("view/overlay", "stance"))
        self.overlay = saved if saved in OVERLAYS else "stance"
        self.dimmed: set[str] = set()  # the cards dimmed in the last paint
        self.greyed: set[str] = set()  # the cards of people who left, in the last paint
        self._graph: weakref.ref[AccountGraph] | None = None
        self._serial = 0  # bumped by every change of the graph
        # the focus with its people and lines, for (centre, serial): made once per edit
        self._focus: tuple[tuple[str, int], Focus, frozenset[str], frozenset[str]] | None = None
        self._categories: tuple[tuple[str, int], dict[str, str]] | None = None
        self._in_focus: frozenset[str] | None = None  # for this paint; None: nothing dimmed
        self._lines: frozenset[str] = frozenset()
        self._colours: dict[str, str] = {}
        self._placed_for = QSize()
        self._bannered: tuple[str, int] | None = None
        # children of the view, not of its viewport: a viewport scrolls its children along
        self.banner = QLabel(self.view, objectName="chartFocusBanner")
        self.banner.setStyleSheet(LABEL_STYLE)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.legend = Legend(self.view)
        for label in (self.banner, self.legend):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.hide()

    # ------------------------------------------------------------------ state
    def _track(self) -> AccountGraph | None:
        graph = self.view.graph
        if graph is not (self._graph() if self._graph is not None else None):
            # a weak reference: a chart not painted since the account changed must not
            # keep the old account alive; edits reach us through the view (``changed``)
            self._graph = weakref.ref(graph) if graph is not None else None
            self._serial += 1
            self._show_banner(self.current_focus())
            self._show_legend()
        return graph

    def changed(self) -> None:
        """The view's graph changed (called by the view's change listener)."""
        self._serial += 1
        if self.focusing or self.overlay != "stance":  # an edit may change any card's look
            self.refresh()

    def current_focus(self) -> Focus | None:
        """The focus shown now: None when focus mode is off or nobody here is selected."""
        graph = self._track()
        pid = self.view.selected
        if not self.focusing or graph is None or pid is None or pid not in graph.people:
            return None
        key = (pid, self._serial)
        if self._focus is None or self._focus[0] != key:
            from kamdesk.graph.focus import focus  # networkx: after the window paints

            found = focus(graph, pid)
            self._focus = (key, found, found.people, found.lines(graph))
        return self._focus[1]

    def categories(self) -> dict[str, str]:
        """Person id → category under the current overlay (cached until an edit)."""
        graph = self._track()
        if graph is None:
            return {}
        key = (self.overlay, self._serial)
        if self._categories is None or self._categories[0] != key:
            self._categories = (key, overlay(graph, self.overlay, self.view.today))
        return self._categories[1]

    # ------------------------------------------------------------------ painting
    def begin_paint(self) -> None:
        """Called by the painter before each paint: what is in focus, which colours."""
        self.dimmed, self.greyed = set(), set()
        found = None if self.view.plain else self.current_focus()
        shown = (found.centre, self._serial) if found is not None else None
        if shown != self._bannered:  # the selection moved the focus
            self._show_banner(found)
        if found is None or self._focus is None:
            self._in_focus, self._lines = None, frozenset()
        else:
            self._in_focus, self._lines = self._focus[2], self._focus[3]
        plain = self.view.plain or self.overlay == "stance"
        self._colours = {} if plain else self.categories()
        size = self.view.viewport().size()
        if size != self._placed_for:  # after this paint: the legend's strip resizes the port
            self._placed_for = size
            QTimer.singleShot(0, self, self._place)

    def band(self, pid: str) -> QColor:
        """The colour of the card's band: the stance, or the overlay's answer."""
        category = self._colours.get(pid)
        if category is None:
            assert self.view.graph is not None
            return STANCE_COLOURS[self.view.graph.people[pid].stance]
        return COLOURS[category]

    def dim(self, pid: str) -> bool:
        """Out of focus (and counted in ``dimmed``), or greyed: a person who left (shown on
        request, or heading a team still there; counted in ``greyed``)."""
        graph = self.view.graph
        if graph is not None and graph.people[pid].left_on is not None:
            self.greyed.add(pid)
            return True
        if self._in_focus is None or pid in self._in_focus:
            return False
        self.dimmed.add(pid)
        return True

    def line_dimmed(self, link_id: str) -> bool:
        return self._in_focus is not None and link_id not in self._lines

    # ------------------------------------------------------------------ commands
    def enter_focus(self) -> None:
        self.focusing = True
        self.refresh()

    def leave_focus(self) -> bool:
        """End focus mode; False if it was off (so Esc can do something else)."""
        if not self.focusing:
            return False
        self.focusing = False
        self.refresh()
        return True

    def toggle_focus(self) -> None:
        if not self.leave_focus():
            self.enter_focus()

    def set_overlay(self, name: str) -> None:
        if name not in OVERLAYS:
            raise ValueError(f"no overlay named {name!r}")
        self.overlay = name
        self.refresh()

    def refresh(self) -> None:
        """Show the banner and the legend as the state is now, and repaint."""
        self._show_banner(self.current_focus())
        self._show_legend()
        self.view.item.update()

    # ------------------------------------------------------------------ labels
    def _show_banner(self, found: Focus | None) -> None:
        self._bannered = (found.centre, self._serial) if found is not None else None
        graph = self.view.graph
        if found is None or graph is None:
            self.banner.setVisible(self.focusing and graph is not None)
            self.banner.setText(self.tr("Focus mode: select a person. Esc leaves focus."))
            self._place()
            return
        people = graph.people
        names = {pid: p.name for pid, p in people.items()}
        covered = sum(1 for ours in found.coverage.values() if ours)
        text = [self.tr("Focus on %1: %2 people within two influence steps; we meet "
                        "%3 of the %4 client people among them.")
                .replace("%1", names[found.centre]).replace("%2", str(len(found.network) - 1))
                .replace("%3", str(covered)).replace("%4", str(len(found.coverage)))]
        if found.uncovered:
            shown = ", ".join(names[p] for p in found.uncovered[:4])
            more = "…" if len(found.uncovered) > 4 else ""
            text.append(self.tr("Nobody of ours meets: %1").replace("%1", shown + more))
        for n, path in enumerate(found.paths, start=1):
            chain = " → ".join([names[path.hops[0].source], *(names[h.target]
                                                              for h in path.hops)])
            text.append(self.tr("Way in %1: %2").replace("%1", str(n)).replace("%2", chain))
        if not found.paths and people[found.centre].side.value == "client":
            text.append(self.tr("No way in: nobody of ours is connected to them."))
        text.append(self.tr("Esc leaves focus."))
        self.banner.setText("\n".join(text))
        self.banner.show()
        self._place()

    def _show_legend(self) -> None:
        """Only the rows that apply to the side drawn: our team has no stance toward us
        (no legend there), and under coverage our people are covering or not."""
        rows = self.legend_rows()
        if not rows:
            self.legend.hide()
            self._place()
            return
        self.legend.set_rows(overlay_names()[self.overlay], rows)
        self.legend.show()
        self._place()

    def legend_rows(self) -> list[tuple[QColor, str]]:
        if self.view.graph is None:
            return []
        words = i18n.words()
        categories = [c for c in CATEGORIES[self.overlay]
                      if c in SIDE_CATEGORIES.get((self.view.side.value, self.overlay), (c,))]
        return [(COLOURS[category], words.enum(Stance(category)) if self.overlay == "stance"
                 else words(f"overlay_{category}")) for category in categories]

    def _place(self) -> None:
        """The banner over the chart's top; the legend in a strip of its own below the
        chart (the viewport gives it room), so it never covers a card."""
        view = self.view
        strip = 0
        if not self.legend.isHidden():
            self.legend.lay_out(max(120, view.width() - 2 * view.frameWidth() - 24))
            strip = self.legend.height() + 8
        if view.viewportMargins().bottom() != strip:
            view.setViewportMargins(0, 0, 0, strip)
        port = view.viewport()
        self._placed_for = port.size()
        at = port.geometry()
        self.banner.setMaximumWidth(max(200, min(560, at.width() - 24)))
        self.banner.adjustSize()
        self.banner.move(at.left() + 12, at.top() + 12)
        self.legend.move(at.left() + 12, at.bottom() + 5)


def overlay_names() -> dict[str, str]:
    return {"stance": translate("ChartLooks", "Stance"),
            "coverage": translate("ChartLooks", "Coverage"),
            "freshness": translate("ChartLooks", "Contact freshness"),
            "influence": translate("ChartLooks", "Influence score")}


class Legend(QWidget):
    """The overlay's legend: its title, then a coloured square and a word per category,
    side by side on one line (on more when the chart is narrow), painted."""

    ROW, PAD, SQUARE, GAP = 18, 6, 10, 14

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="chartLegend")
        self.title = ""
        self.rows: list[tuple[QColor, str]] = []
        self.places: list[QRectF] = []  # the square of each row, where it is painted
        self.title_width = 0

    def set_rows(self, title: str, rows: list[tuple[QColor, str]]) -> None:
        self.title, self.rows = title, rows
        self.lay_out(max(self.width(), 400))

    def lay_out(self, width: int) -> None:
        """Where each square goes within ``width``; the widget takes the height needed."""
        bold = QFont(self.font())
        bold.setBold(True)
        self.title_width = QFontMetrics(bold).horizontalAdvance(self.title + ":") + self.GAP
        x, y, right = self.PAD + self.title_width, self.PAD, self.PAD + self.title_width
        self.places = []
        for _colour, text in self.rows:
            need = self.SQUARE + 5 + self.fontMetrics().horizontalAdvance(text)
            if x + need > width - self.PAD and x > self.PAD + self.title_width:
                x, y = self.PAD + self.title_width, y + self.ROW  # on the next line
            self.places.append(QRectF(x, y + (self.ROW - self.SQUARE) / 2, self.SQUARE,
                                      self.SQUARE))
            x += need + self.GAP
            right = max(right, x - self.GAP)
        self.resize(int(right + self.PAD), int(y + self.ROW + self.PAD))
        self.update()

    def adjustSize(self) -> None:  # noqa: N802 - Qt's name; the size is set by lay_out
        pass

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QColor("#b0bec5"))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#263238"))
        p.drawText(QRectF(self.PAD, self.PAD, self.title_width, self.ROW),
                   Qt.AlignmentFlag.AlignVCenter, self.title + ":")
        p.setFont(self.font())
        for (colour, text), square in zip(self.rows, self.places, strict=True):
            p.fillRect(square, colour)
            p.drawText(QRectF(square.right() + 5, square.center().y() - self.ROW / 2,
                              self.width(), self.ROW), Qt.AlignmentFlag.AlignVCenter, text)
        p.end()


# ---------------------------------------------------------------------- the View menu
def build_looks_menu(w: MainWindow, view_menu: QMenu) -> None:
    """View → Focus mode (on the current chart) and View → Overlay (every chart)."""
    focus_action = QAction(translate("MainWindow", "&Focus on the selected person"), w.chrome,
                           checkable=True, objectName="focusMode")

    def toggled(on: bool) -> None:
        chart = w.current_chart()
        if chart is not None and chart.looks.focusing != on:
            chart.looks.toggle_focus()

    def shown() -> None:
        chart = w.current_chart()
        focus_action.setChecked(chart is not None and chart.looks.focusing)

    focus_action.toggled.connect(toggled)
    view_menu.aboutToShow.connect(shown)
    view_menu.addAction(focus_action)
    menu = view_menu.addMenu(translate("MainWindow", "&Overlay"))
    menu.setObjectName("overlayMenu")
    group = QActionGroup(w.chrome)
    current = str(QSettings().value("view/overlay", "stance"))
    for name, text in overlay_names().items():
        action = QAction(text, w.chrome, checkable=True, objectName=f"overlay_{name}")
        action.setChecked(name == current or (name == "stance" and current not in OVERLAYS))
        action.triggered.connect(lambda _c=False, name=name: set_overlay(w, name))
        group.addAction(action)
        menu.addAction(action)


def set_overlay(w: MainWindow, name: str) -> None:
    QSettings().setValue("view/overlay", name)
    for chart in w.charts():
        chart.looks.set_overlay(name)
