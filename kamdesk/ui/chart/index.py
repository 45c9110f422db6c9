"""What is where on the chart: the cards (with their connectors) meeting a rectangle.

Painting and hit-testing ask "what is in this rectangle?" thousands of times a second. The
answer comes from the layout's own tree of subtree extents (``TidyLayout.visible``): a
subtree wholly off the rectangle is skipped at its root, so the time follows what is on
screen, not what is in the account, and nothing has to be rebuilt after an edit (the grid
of cells this replaced was rebuilt over every card at every layout: 145 ms at 50,000).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.chart import GAP_Y
from kamdesk.graph.entities import Link
from kamdesk.graph.live_chart import LiveChart
from kamdesk.graph.types import LinkKind, Side

BADGE = 8.0  # radius of the collapse/expand badge under a card with reports


def ids_in(chart: LiveChart | None, rect: QRectF) -> list[str]:
    """The cards that may meet ``rect`` (a superset: callers test the card itself), and
    those whose connector up to their manager may cross it."""
    if chart is None:
        return []
    return chart.visible(rect.left(), rect.top() - GAP_Y - 2 * BADGE, rect.right(),
                         rect.bottom())


def chart_lines(graph: AccountGraph, side: Side) -> tuple[
        dict[str, list[str]], list[Link], dict[str, list[Link]]]:
    """For the chart of ``side``: each card's counterparts (their ids: a card reads their
    names when it is painted, so a rename on the other side changes nothing here); the
    dotted-manager, influence and conflict lines between its cards; and those lines by
    each end's card (the painter looks lines up by the cards near the screen)."""
    people = graph.people
    counterparts: dict[str, list[str]] = {}
    lines = []
    for link in graph.links.values():
        kind = link.kind
        if kind is LinkKind.COUNTERPART:
            ours, theirs = (link.target, link.source) if side is Side.CLIENT else (
                link.source, link.target)
            counterparts.setdefault(ours, []).append(theirs)
        elif (kind is not LinkKind.REPORTS_TO or link.dotted) and \
                people[link.source].side is side is people[link.target].side:
            lines.append(link)
    lines_of: dict[str, list[Link]] = {}
    for link in lines:
        lines_of.setdefault(link.source, []).append(link)
        lines_of.setdefault(link.target, []).append(link)
    return counterparts, lines, lines_of
