"""The chart's last layout, kept in the workspace (its ``caches`` table) and reused on open.

A layout is written once the chart has settled (laid out whole, a moment after the last
change) and when the account is left; opening the account again while nothing in it has
changed paints from it without laying out. "Nothing changed" is the store's rule
(``store/caching``: the account's newest history entry is the one the layout was made
from), checked twice: the row must be current, and it must be the state of the graph this
window loaded and edited (``Workspace.stamp_of``) — another process's edit, an import or a
sync makes both differ, and the chart is laid out afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from kamdesk.graph import chart_state
from kamdesk.graph.live_chart import LiveChart
from kamdesk.graph.types import Side

if TYPE_CHECKING:
    from collections.abc import Collection

    from kamdesk.graph.account_graph import AccountGraph
    from kamdesk.graph.chart import Size
    from kamdesk.store import Workspace
    from kamdesk.ui.chart.view import OrgChartView
    from kamdesk.ui.document import AccountDocument

KEEP_MS = 2000  # the chart still this long after a change: its layout is written
# after the first paint of a chart opened top first, the kept layout replaces it this much
# later: the paint reaches the screen first (and the growing slices wait meanwhile)
ADOPT_MS = 50


def kind(side: Side) -> str:
    """The cache row's kind: the format's version is in it (a newer kamdesk's bytes are
    another row, not misread)."""
    return f"chart/{chart_state.FORMAT}/{side.value}"


class LayoutCache:
    """The layouts of one account's charts in one workspace."""

    def __init__(self, workspace: Workspace, account_id: str) -> None:
        self.workspace, self.account_id = workspace, account_id

    def restored(self, graph: AccountGraph, side: Side, collapsed: Collection[str],
                 size: Size, show_left: bool = False) -> LiveChart | None:
        """The chart as last kept, if it was laid out from exactly this graph's state
        with these cards collapsed; None: lay it out."""
        found = self.read(graph, side)
        if found is None:
            return None
        data, stamp = found
        return chart_state.restore(graph, side, collapsed, size, data=data, stamp=stamp,
                                   show_left=show_left)

    def read(self, graph: AccountGraph, side: Side) -> tuple[bytes, int] | None:
        """The kept bytes and the stamp of the graph's state (restore checks they match)."""
        from kamdesk.store import WorkspaceError

        stamp = self.workspace.stamp_of(self.account_id)
        if stamp is None or graph.id != self.account_id:
            return None
        try:
            data = self.workspace.read_cache(self.account_id, kind(side))
        except WorkspaceError:
            return None  # a cache is only a speed-up
        return None if data is None else (data, stamp)

    def keep(self, chart: LiveChart) -> bool:
        """Write the chart's layout for the graph's current state; False when it is not
        the stored state (another process wrote since) or cannot be written."""
        stamp = self.workspace.stamp_of(self.account_id)
        if stamp is None or chart.graph.id != self.account_id:
            return False
        data = chart_state.dump(chart, stamp)
        if data is None:
            return False
        return self.workspace.write_cache(self.account_id, kind(chart.side), data, stamp)


class LayoutKeeper(QObject):
    """A chart view's side of it: the layout reused on open, kept once the chart settles
    and when the account is left (if it changed since it was last kept)."""

    def __init__(self, view: OrgChartView) -> None:
        super().__init__(view)
        self.view = view
        self.timer = QTimer(view, singleShot=True, interval=KEEP_MS)
        self.timer.timeout.connect(self.keep)
        self.reused_last = False  # the chart shown was restored, not laid out (tests)
        # the account's kept first view is on screen (``ui/opening``): restore the kept
        # layout whole at once, which paints the same pixels, rather than grow top first
        self.whole_next = False
        # a kept layout reused, or the view resized: is the first view kept for this view
        # (its size, what is collapsed)? Checked once the chart is still (``first_view``)
        self.first_timer = QTimer(view, singleShot=True, interval=KEEP_MS)
        self.first_timer.timeout.connect(self.keep_first)
        self.first_print: str | None = None  # the fingerprint of the first view kept
        # a large chart: what to restore once the top has been painted (see ``reused``)
        self._after_paint: tuple[AccountGraph, int, frozenset[str], bytes, int] | None = None
        self._adopt = QTimer(view, singleShot=True, interval=ADOPT_MS)
        self._adopt.timeout.connect(self.adopt)
        view.viewport().installEventFilter(self)

    def reused(self, graph: AccountGraph | None, document: AccountDocument | None,
               top_first: bool) -> LiveChart | None:
        """The kept chart to show at once, or None (lay out). A chart large enough to open
        top first (``top_first``) still does: restoring it whole takes longer than the
        top's layout (40 ms at 10,000 people, 250 at 50,000), so it is restored after the
        first paint and replaces the growing chart in one step (``adopt``)."""
        self.timer.stop()
        self._adopt.stop()
        self.reused_last, self._after_paint = False, None
        if graph is None or document is None or document.layouts is None:
            return None
        view = self.view
        if not top_first or self.whole_next:
            found = document.layouts.restored(graph, view.side, view.collapsed, view._size,
                                              view.show_left)
            self.reused_last = found is not None
            if found is not None:
                self.first_timer.start()
            return found
        kept = document.layouts.read(graph, view.side)
        if kept is not None:
            self._after_paint = (graph, graph.revision, frozenset(view.collapsed), *kept)
        return None

    def eventFilter(self, _watched: object, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.Resize and self.view.document is not None:
            self.first_timer.start()
        if self._after_paint is not None and event.type() == QEvent.Type.Paint \
                and not self._adopt.isActive():
            self.view._grow_timer.stop()  # no slices: the kept layout is taken whole
            self._adopt.start()
        return False

    def _restored(self, pending: tuple[AccountGraph, int, frozenset[str], bytes, int],
                  ) -> LiveChart | None:
        view = self.view
        graph, revision, collapsed, data, stamp = pending
        if not view.growing or not isinstance(view.chart, LiveChart) \
                or view.graph is not graph or graph.revision != revision \
                or frozenset(view.collapsed) != collapsed:
            return None
        return chart_state.restore(graph, view.side, collapsed, view._size, data=data,
                                   stamp=stamp, show_left=view.show_left)

    def adopt(self) -> None:
        """Replace the chart growing top first with the kept one, if nothing changed since
        the open; the top card stays where it is on the screen, as growing keeps it."""
        pending, self._after_paint = self._after_paint, None
        view = self.view
        chart = self._restored(pending) if pending is not None else None
        if chart is None:
            if view.growing:  # grow as usual, slice by slice
                view._grow_timer.start()
            return
        top = view.chart.roots()[:1] if isinstance(view.chart, LiveChart) else []
        anchor = view._anchor(top[0]) if top else None
        view.item.prepareGeometryChange()
        view.chart, view._later = chart, []
        view._scene_rect()
        if anchor is not None and anchor[0] in chart.boxes:
            view.centerOn(view.card_rect(anchor[0]).center() - anchor[1])
        view.item.update()
        self.timer.stop()  # the growing slices asked for a keep: this is the kept layout
        self.reused_last = True
        self.first_timer.start()

    def changed(self) -> None:
        """The chart was laid out again (or is growing): keep it once it is still."""
        document = self.view.document
        if document is not None and document.layouts is not None:
            self.timer.start()

    def leaving(self) -> None:
        if self.timer.isActive():
            self.keep()

    def keep(self) -> None:
        """Write the layout, once the chart is whole (still growing: later)."""
        self.timer.stop()
        view, document = self.view, self.view.document
        if view.growing:
            self.timer.start()
        elif (document is not None and document.layouts is not None
              and isinstance(view.chart, LiveChart) and document.layouts.keep(view.chart)):
            from kamdesk.ui.chart import first_view

            first_view.keep(view, document.layouts)  # what opening it paints first

    def keep_first(self) -> None:
        """Keep the first view unless the one kept is already this view's."""
        view, document = self.view, self.view.document
        if view.growing or self.timer.isActive():
            self.first_timer.start()  # later; a layout kept meanwhile keeps it too
        elif (document is not None and document.layouts is not None
              and isinstance(view.chart, LiveChart)):
            from kamdesk.ui.chart import first_view

            first_view.ensure(view, document.layouts)
