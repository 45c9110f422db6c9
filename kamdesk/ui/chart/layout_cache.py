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

from PySide6.QtCore import QTimer

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


def kind(side: Side) -> str:
    """The cache row's kind: the format's version is in it (a newer kamdesk's bytes are
    another row, not misread)."""
    return f"chart/{chart_state.FORMAT}/{side.value}"


class LayoutCache:
    """The layouts of one account's charts in one workspace."""

    def __init__(self, workspace: Workspace, account_id: str) -> None:
        self.workspace, self.account_id = workspace, account_id

    def restored(self, graph: AccountGraph, side: Side, collapsed: Collection[str],
                 size: Size) -> LiveChart | None:
        """The chart as last kept, if it was laid out from exactly this graph's state
        with these cards collapsed; None: lay it out."""
        from kamdesk.store import WorkspaceError

        stamp = self.workspace.stamp_of(self.account_id)
        if stamp is None or graph.id != self.account_id:
            return None
        try:
            data = self.workspace.read_cache(self.account_id, kind(side))
        except WorkspaceError:
            return None  # a cache is only a speed-up
        if data is None:
            return None
        return chart_state.restore(graph, side, collapsed, size, data=data, stamp=stamp)

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


class LayoutKeeper:
    """A chart view's side of it: the layout reused on open, kept once the chart settles
    and when the account is left (if it changed since it was last kept)."""

    def __init__(self, view: OrgChartView) -> None:
        self.view = view
        self.timer = QTimer(view, singleShot=True, interval=KEEP_MS)
        self.timer.timeout.connect(self.keep)
        self.reused_last = False  # the chart shown was restored, not laid out (tests)

    def reused(self, graph: AccountGraph | None,
               document: AccountDocument | None) -> LiveChart | None:
        self.timer.stop()
        found = None
        if graph is not None and document is not None and document.layouts is not None:
            view = self.view
            found = document.layouts.restored(graph, view.side, view.collapsed, view._size)
        self.reused_last = found is not None
        return found

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
              and isinstance(view.chart, LiveChart)):
            document.layouts.keep(view.chart)
