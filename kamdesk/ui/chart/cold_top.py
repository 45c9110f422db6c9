"""A cold open's first view: the top of a collapsed chart, read and painted before the
account is loaded.

When nothing is kept (``first_view``: the first open, or another process edited the
account), an account whose chart opens collapsed below its top levels still need not wait
for the whole load: ``store.top_read`` reads only the cards shown (and the counts below the
collapsed ones), the chart view lays that partial graph out and renders it as a first view
would be, and the picture is handed to ``ui/opening``, which paints it and loads the account
in a worker thread exactly as for a kept first view. The view is left empty again: the
partial graph is never a document, nothing can be edited on it.

A chart large enough to open top first (``OrgChartView._top_first``: the first levels laid
out, the subtrees below them in slices after the first paint) is painted the same way when
it opens expanded: the top levels are read, the cards whose subtrees come later included
(their badge says "+…", so nothing below them is counted or read).

The picture is the full chart's first frame: the partial graph is laid out exactly as the
full one (tested), and the counts below collapsed cards are the store's. It is read in one
transaction at the moment of the choice, so it is never older than the account on disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamdesk.graph.live_chart import LiveChart
from kamdesk.ui.chart import first_view
from kamdesk.ui.chart.view import TOP_LEVELS

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from kamdesk.store import Workspace
    from kamdesk.ui.chart.view import OrgChartView


def picture(workspace: Workspace, view: OrgChartView, account_id: str) -> QImage | None:
    """The first view of ``account_id`` rendered from its top alone; None when the chart
    neither opens collapsed nor is large enough to open top first (then the top is the
    whole chart: the usual open)."""
    from kamdesk.store import WorkspaceError
    from kamdesk.store.top_read import read_top, side_size

    collapsed = first_view.saved_collapsed(view, account_id)
    if view.graph is not None:
        return None
    try:
        # a chart open below the top: only a large one opens top first (one count asked)
        if not collapsed and side_size(workspace, account_id, view.side) <= view.progressive:
            return None
        top = read_top(workspace, account_id, view.side, collapsed, levels=TOP_LEVELS,
                       large=view.progressive)
    except WorkspaceError:
        return None  # the usual open says why
    if not top.hidden and not top.later:
        return None  # nothing collapsed is shown: the top would be the whole chart
    view.set_account(top.graph, None, collapsed)
    try:
        if not isinstance(view.chart, LiveChart):
            return None
        if top.later:  # the full chart's first frame: these cards' subtrees come later
            view._later = list(top.later)
            view.relayout()
        if isinstance(view.chart, LiveChart):
            view.chart.take_counts(top.hidden)  # the store's, not the partial graph's
        return first_view.render(view, top_first=True)
    finally:
        view.set_account(None, None)
