"""A cold open's first view: the top of a collapsed chart, read and painted before the
account is loaded.

When nothing is kept (``first_view``: the first open, or another process edited the
account), an account whose chart opens collapsed below its top levels still need not wait
for the whole load: ``store.top_read`` reads only the cards shown (and the counts below the
collapsed ones), the chart view lays that partial graph out and renders it as a first view
would be, and the picture is handed to ``ui/opening``, which paints it and loads the account
in a worker thread exactly as for a kept first view. The view is left empty again: the
partial graph is never a document, nothing can be edited on it.

The picture is the full chart's first frame: the partial graph is laid out exactly as the
full one (tested), and the counts below collapsed cards are the store's. It is read in one
transaction at the moment of the choice, so it is never older than the account on disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamdesk.graph.live_chart import LiveChart
from kamdesk.ui.chart import first_view

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from kamdesk.store import Workspace
    from kamdesk.ui.chart.view import OrgChartView


def picture(workspace: Workspace, view: OrgChartView, account_id: str) -> QImage | None:
    """The first view of ``account_id`` rendered from its top alone; None when the chart
    does not open collapsed (then the top is the whole chart: the usual open)."""
    from kamdesk.store import WorkspaceError
    from kamdesk.store.top_read import read_top

    collapsed = first_view.saved_collapsed(view, account_id)
    if not collapsed or view.graph is not None:
        return None
    try:
        top = read_top(workspace, account_id, view.side, collapsed)
    except WorkspaceError:
        return None  # the usual open says why
    if not top.hidden:
        return None  # nothing collapsed is shown: the top would be the whole chart
    view.set_account(top.graph, None, collapsed)
    try:
        if not isinstance(view.chart, LiveChart):
            return None
        view.chart.take_counts(top.hidden)  # the store's, not the partial graph's
        return first_view.render(view)
    finally:
        view.set_account(None, None)
