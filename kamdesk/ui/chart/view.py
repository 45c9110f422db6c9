"""The org chart of one side of an account: a QGraphicsView over a single painted item.

The view holds no truth: it shows what ``LiveChart`` (``chart_layout`` kept edit by edit)
says, follows the graph's change events (a change of manager lays out the two paths, not
the chart), mirrors the document's selection and search hits, and sends every edit to the
``AccountDocument`` (one undo step each). Painting is in ``painter.py``, what is where in
``index.py``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.chart import ChartLayout
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.layout import Box
from kamdesk.graph.live_chart import LiveChart, people_touched
from kamdesk.graph.queries import count_below, manager_chain, roots, side_count
from kamdesk.graph.types import LinkKind, Side
from kamdesk.ui.chart.cards import CardPainter, card_size
from kamdesk.ui.chart.gestures import ChartGestures
from kamdesk.ui.chart.index import BADGE, chart_lines, ids_in
from kamdesk.ui.chart.layout_cache import LayoutKeeper
from kamdesk.ui.chart.looks import ChartLooks
from kamdesk.ui.chart.painter import MARGIN, TEXT_LOD, ChartItem, ChartPainting
from kamdesk.ui.document import AccountDocument, follow

translate = QCoreApplication.translate  # lupdate reads translate(context, text)
MIN_SCALE, MAX_SCALE = 0.001, 4.0
# A chart of more people than this opens top first: the first TOP_LEVELS levels are laid
# out and painted at once, the subtrees below arrive in slices of SLICE_MS between frames.
PROGRESSIVE, TOP_LEVELS, SLICE_MS, SLICE_PEOPLE = 5000, 2, 12, 300
EMPTY = ChartLayout({}, {}, {}, {}, 0.0, 0.0)


class OrgChartView(ChartGestures, ChartPainting, QGraphicsView):
    """One side's org chart; a panel (``kamdesk.ui.panels``) through its two subclasses."""

    PLACE = "tab"
    DELETE_KEY = True
    collapsedChanged = Signal()  # noqa: N815

    def __init__(self, side: Side, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.side = side
        self.graph: AccountGraph | None = None
        self.document: AccountDocument | None = None
        self.today = date.today()
        self.chart: LiveChart | ChartLayout = EMPTY
        self.collapsed: set[str] = set()
        self.selected: str | None = None
        self.highlighted: set[str] = set()
        self.selected_link: str | None = None  # a clicked line (Delete removes it)
        self.plain = False  # painting for an export: no selection, no search hits
        self._fitted: QTransform | None = None  # the readable fit last shown
        self.show_influence = True
        self.show_conflicts = True
        self._sizes: dict[str, tuple[float, float]] = {}
        self._counterparts: dict[str, list[str]] = {}  # card → the ids it meets
        self._lines: list[Link] = []  # dotted managers, influence and conflict lines
        self._lines_of: dict[str, list[Link]] = {}  # the same, by each end's person
        self._press: tuple[str, QPointF, bool] | None = None  # card, where, shift held
        self._ghost: QGraphicsRectItem | None = None
        self._target: str | None = None
        self._pending: tuple[LinkKind, str] | None = None  # drawing a line from a card
        self.cards = CardPainter()
        self.looks = ChartLooks(self)  # focus mode and colour overlays
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
        settings = QSettings()
        self.show_influence = settings.value("view/showInfluence", True, type=bool)
        self.show_conflicts = settings.value("view/showConflicts", True, type=bool)
        self.show_left = bool(settings.value("view/showLeft", False, type=bool))  # greyed if shown
        # saving the collapsed cards rewrites the settings file (25 ms at 10,000 people):
        # after a second of quiet, and when the account is left, not at every click
        self._save_timer = QTimer(self, singleShot=True, interval=1000)
        self._save_timer.timeout.connect(self._save_collapsed)
        self._later: list[str] = []  # tops of subtrees still to be laid out (opening)
        self.progressive = PROGRESSIVE
        self._grow_timer = QTimer(self, singleShot=True, interval=1)  # paints go first
        self._grow_timer.timeout.connect(self._grow)
        self.collapsedChanged.connect(self._save_timer.start)
        self.keeper = LayoutKeeper(self)  # the layout kept in the workspace, reused

    # ------------------------------------------------------------------ account
    def set_document(self, document: AccountDocument | None) -> None:
        """Show ``document``'s account (None: nothing); collapsed cards as last left."""
        if self.document is not None:
            self._save_collapsed()
            self.keeper.leaving()
            self.document.selectionChanged.disconnect(self._selection_changed)
            self.document.hitsChanged.disconnect(self._hits_changed)
            self.document.linkSelected.disconnect(self._link_selected)
        graph = document.graph if document is not None else None
        collapsed = _strings(QSettings().value(self._collapsed_key(graph))) if graph else []
        self.set_account(graph, document, collapsed)
        if document is not None:
            document.selectionChanged.connect(self._selection_changed)
            document.hitsChanged.connect(self._hits_changed)
            document.linkSelected.connect(self._link_selected)
            self._selection_changed(document.selected)  # as the document has them now
            self._hits_changed()
            self._link_selected(document.selected_link)

    def view_state(self) -> tuple[QTransform, QPointF]:
        """Where the chart is looking (kept over a language switch)."""
        return self.transform(), self.mapToScene(self.viewport().rect().center())

    def restore_view_state(self, state: tuple[QTransform, QPointF]) -> None:
        transform, centre = state
        self.setTransform(transform)
        self._scene_rect()
        self.centerOn(centre)

    def _collapsed_key(self, graph: AccountGraph | None) -> str:
        return f"collapsed/{graph.id if graph is not None else ''}/{self.side}"

    def _save_collapsed(self) -> None:
        self._save_timer.stop()
        if self.graph is not None:
            QSettings().setValue(self._collapsed_key(self.graph), sorted(self.collapsed))

    def _selection_changed(self, pid: str | None) -> None:
        if pid is None or pid in self.chart.boxes or (
                self.graph is not None and pid in self.graph.people
                and self.graph.person(pid).side is self.side):
            self.select(pid)

    def _link_selected(self, link_id: str | None) -> None:
        mine = link_id if any(link.id == link_id for link in self._lines) else None
        if mine != self.selected_link:
            self.selected_link = mine
            self.item.update()

    def _hits_changed(self) -> None:
        if self.document is not None and self.graph is not None:
            people = self.graph.people
            self.highlight(h for h in self.document.hits
                           if h in people and people[h].side is self.side)

    def set_account(self, graph: AccountGraph | None, document: AccountDocument | None,
                    collapsed: Iterable[str] = ()) -> None:
        follow(self.graph, graph, self._on_changes)
        self.graph, self.document = graph, document
        self.collapsed = set(collapsed)
        self.selected, self.highlighted, self._pending = None, set(), None
        self.selected_link = None
        self._sizes = {}
        if graph is not None:
            self.collapsed &= set(graph.people)
            self._links_changed()
        else:
            self._counterparts, self._lines, self._lines_of = {}, [], {}
        later = self._top_first(graph)
        reused = self.keeper.reused(graph, document, bool(later))  # kept when last left
        if reused is None:
            self._later = later
            self.relayout()
        else:
            self.item.prepareGeometryChange()
            self.chart, self._later = reused, []
            self._scene_rect()
        self.show_top()
        if self._later:
            self._grow_timer.start()

    def _top_first(self, graph: AccountGraph | None) -> list[str]:
        """On a large chart, the people TOP_LEVELS down with reports: their subtrees are
        laid out after the first paint (``_grow``), so opening shows the top at once."""
        if graph is None or side_count(graph, self.side) <= self.progressive:
            return []
        level = roots(graph, self.side)
        for _ in range(TOP_LEVELS):
            level = [k for p in level if p not in self.collapsed
                     for k in graph.solid_reports(p)]
        return [p for p in level if p not in self.collapsed and graph.solid_reports(p)]

    def _grow(self) -> None:
        """Lay out some of the subtrees still hidden while opening, the top kept still.

        A slice takes subtrees of about SLICE_PEOPLE people in all; a larger subtree has
        its top shown with its reports' subtrees left for later slices, so no slice
        holds a frame up for long.
        """
        graph = self.graph
        if not self._later or graph is None or not isinstance(self.chart, LiveChart):
            self._later = []
            return
        top = self.chart.roots()[:1]
        deadline = time.perf_counter() + SLICE_MS / 1000
        while self._later and time.perf_counter() < deadline:
            taken = 0
            while self._later and taken < SLICE_PEOPLE:
                pid = self._later.pop(0)
                size = count_below(graph, pid, SLICE_PEOPLE)
                if size > SLICE_PEOPLE:
                    reports = graph.solid_reports(pid)
                    self._later[0:0] = [k for k in reports if graph.solid_reports(k)]
                    size = len(reports)
                taken += size
            self.relayout(keep=top[0] if top else None, people=())
        if self._later:
            self._grow_timer.start()

    def finish_growing(self) -> None:
        """Lay out at once what opening top first left for later (fit, export)."""
        if self._later:
            self._later = []
            self.relayout(people=())

    @property
    def growing(self) -> bool:
        """Still laying out the rest of a chart opened top first."""
        return bool(self._later)

    def relayout(self, keep: str | None = None, people: Iterable[str] | None = None) -> None:
        """Lay the chart out again: all of it (``people`` None) or, after an edit, only
        the paths of ``people`` (and of what was collapsed or expanded since).

        The card ``keep`` (default: the selected one) stays where it is on the screen.
        """
        graph = self.graph
        anchor = self._anchor(keep or self.selected)
        self.item.prepareGeometryChange()
        if graph is None:
            self.chart = EMPTY
        elif people is None or not isinstance(self.chart, LiveChart):
            self.chart = LiveChart(graph, self.side, self.collapsed.union(self._later),
                                   self._size, self.show_left)
        else:
            self.chart.update(people, collapsed=self.collapsed.union(self._later))
        self._scene_rect()
        if anchor is not None and anchor[0] in self.chart.boxes:
            pid, at = anchor
            self.centerOn(self.card_rect(pid).center() - at)
        self.item.update()
        self.keeper.changed()

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

    def ids_in(self, rect: QRectF) -> list[str]:
        return ids_in(self.chart if isinstance(self.chart, LiveChart) else None, rect)

    # ------------------------------------------------------------------ model events
    def _on_changes(self, changes: ChangeSet) -> None:
        assert self.graph is not None
        self.looks.changed()  # focus and overlays follow every edit
        relayout, repaint, links = False, set(), False
        for change in changes:
            entity = change.entity
            if isinstance(entity, Person):
                mine = [p for p in (change.before, change.after)
                        if isinstance(p, Person) and p.side is self.side]
                if not mine:  # someone of the other side: named on our cards they meet
                    if change.before is not None and change.after is not None:
                        repaint.update(self._meeting(entity.id))
                    continue
                if change.before is None or change.after is None or len(mine) == 1 \
                        or (mine[0].left_on is None) != (mine[1].left_on is None):  # left
                    relayout = True
                    continue
                old = self._sizes.pop(entity.id, None)  # the size it was laid out at
                if old is None and entity.id not in self.chart.stacked:  # (sized when asked)
                    old = self.chart.boxes.get(entity.id, Box(0, 0, 0, 0))[2:]
                if self._size(entity.id) != old:
                    relayout = relayout or entity.id in self.chart.boxes
                repaint.add(entity.id)  # the lines and the counterparts' names stay
            elif isinstance(entity, Link):
                before, after = change.before, change.after
                ends = [x for x in (before, after) if isinstance(x, Link)]
                if any(x.kind is LinkKind.REPORTS_TO and not x.dotted
                       and self._mine(x.source) for x in ends):
                    relayout = True
                elif any(x.kind is LinkKind.COUNTERPART or self._mine(x.source)
                         or self._mine(x.target) for x in ends):
                    links = True  # not a line of the other side's chart
        had: set[str] = set()
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
            moved = people_touched(changes)
            self.relayout(people=moved | (had ^ set(self._counterparts)) if links else moved)
        elif links:
            self.item.update()
        else:
            for pid in repaint:
                if pid in self.chart.boxes:
                    self.item.update(self.card_rect(pid).adjusted(-4, -4, 4, 4 + 2 * BADGE))

    def _meeting(self, pid: str) -> list[str]:
        """Our cards that name ``pid`` (someone of the other side) as their counterpart."""
        assert self.graph is not None
        if pid not in self.graph.people:
            return []
        return [x.source if x.target == pid else x.target
                for x in self.graph.links_of(pid, LinkKind.COUNTERPART)]

    def _mine(self, pid: str) -> bool:
        """On this chart's side (or was: a person just removed was on the chart)."""
        assert self.graph is not None
        person = self.graph.people.get(pid)
        return pid in self.chart.boxes if person is None else person.side is self.side

    def _links_changed(self) -> None:
        assert self.graph is not None
        self._counterparts, self._lines, self._lines_of = chart_lines(self.graph, self.side)

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
        roots = self.chart.roots() if isinstance(self.chart, LiveChart) else []
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
        """The top levels at a legible size; pressed again, the whole chart, however small
        (see ``fitting``)."""
        from kamdesk.ui.chart import fitting

        self.finish_growing()
        whole_next = self._fitted == self.transform()
        if whole_next:
            self.fitInView(self.item.boundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._fitted = None
        elif not fitting.readable_fit(self):
            self._fitted = self.transform()
            self._say(translate("OrgChartView", "The top levels, readable. Fit again for "
                                "the whole chart; View → Show levels makes it smaller."))
        self._scene_rect()

    def show_levels(self, levels: int) -> None:
        """Collapse the chart below ``levels`` levels (0: all levels)."""
        from kamdesk.ui.chart import fitting

        fitting.show_levels(self, levels)

    def key_people_only(self) -> None:
        """Keep only the branches leading to someone with a decision role."""
        from kamdesk.ui.chart import fitting

        fitting.key_people_only(self)

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
        if chain & self.collapsed.union(self._later):
            self._later = [p for p in self._later if p not in chain]
            self.collapsed -= chain
            self.collapsedChanged.emit()
            self.relayout(people=())
        if pid in self.chart.boxes:
            if self.transform().m11() < TEXT_LOD:
                self.resetTransform()
            self.centerOn(self.card_rect(pid).center())

    def highlight(self, ids: Iterable[str]) -> None:
        self.highlighted = set(ids)
        self.item.update()

    def toggle(self, pid: str) -> None:
        """Collapse or expand the subtree under ``pid``."""
        if pid in self._later:  # not laid out yet (opening): the user wants it now
            self._later.remove(pid)
        elif pid in self.collapsed:
            self.collapsed.discard(pid)
        else:
            self.collapsed.add(pid)
        self.collapsedChanged.emit()
        self.relayout(keep=pid, people=())


class ClientChart(OrgChartView):
    """The client's org chart (``orgChartView``)."""

    OBJECT_NAME = "orgChartView"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Side.CLIENT, self.OBJECT_NAME, parent)

    @staticmethod
    def title() -> str:
        return translate("OrgChartView", "Org chart")


class TeamChart(OrgChartView):
    """Our own team's chart (``teamChartView``)."""

    OBJECT_NAME = "teamChartView"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Side.INTERNAL, self.OBJECT_NAME, parent)

    @staticmethod
    def title() -> str:
        return translate("OrgChartView", "Our team")


def _strings(value: object) -> list[str]:
    """A list of strings from QSettings, which gives a str for a one-item list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(x) for x in value]  # type: ignore[attr-defined]
