"""The top of a chart laid out from a partial graph (``store.top_read``): what a collapsed
open paints before the whole account is read.

The partial graph holds the people shown, the direct reports of each collapsed one and the
lines between them, so ``chart_layout`` places every card exactly as on the full graph; only
the number of people a collapsed card hides is not in it, and comes from the count the
database made (``hidden``). Tested equal to the full chart's layout.
"""

from __future__ import annotations

from collections.abc import Mapping

from kamdesk.graph.chart import ChartLayout


def with_counts(layout: ChartLayout, hidden: Mapping[str, int]) -> ChartLayout:
    """``layout`` of the partial graph, with the hidden counts the store counted."""
    return layout._replace(hidden={pid: hidden.get(pid, 0) for pid in layout.hidden})
