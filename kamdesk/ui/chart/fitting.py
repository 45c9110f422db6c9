"""Fit that a person can read, and ways to make a big chart small enough to read.

``fitInView`` on an 18-person chart at 1280×800 turns cards into unlabelled blocks, and on a
10,000-person chart into a one-pixel line. So "fit" here first shows as many top levels of
the largest tree as fit the window at a legible scale (``LEGIBLE``: the card text is drawn
and its names can be read); pressed again, it shows the whole chart however small. For a
chart too big to read whole, ``show_levels`` collapses everything below N levels and
``key_people_only`` keeps only the branches that lead to someone with a decision role.
View-level code: the layout and painting stay as they are (``graph.chart``, ``painter.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt

from kamdesk.ui.chart.painter import MARGIN, TEXT_LOD

if TYPE_CHECKING:
    from kamdesk.ui.chart.view import OrgChartView

LEGIBLE = max(0.6, TEXT_LOD)  # a 9 pt name at this scale is still read without effort


def depths(view: OrgChartView) -> dict[str, int]:
    """Each shown card's depth in its tree (a top person: 0)."""
    manager = view.chart.manager
    found: dict[str, int] = {}
    for pid in view.chart.boxes:
        chain = []
        at: str | None = pid
        while at is not None and at not in found:
            chain.append(at)
            at = manager.get(at)
        depth = found[at] if at is not None else -1
        for node in reversed(chain):
            depth += 1
            found[node] = depth
    return found


def readable_fit(view: OrgChartView) -> bool:
    """Fit the deepest top part of the chart that is legible; True if that is all of it."""
    boxes = view.chart.boxes
    if not boxes:
        return True
    port = view.viewport().rect()
    whole = view.item.boundingRect()
    if min(port.width() / whole.width(), port.height() / whole.height()) >= LEGIBLE:
        view.fitInView(whole, Qt.AspectRatioMode.KeepAspectRatio)
        return True
    by_depth = depths(view)
    tree = _main_tree(view)
    best: QRectF | None = None
    for level in range(max(by_depth.values()) + 1):
        area = QRectF()
        for pid in tree:
            if by_depth[pid] <= level:
                area = area.united(view.card_rect(pid))
        area = area.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if best is not None and port.width() / area.width() < LEGIBLE:
            break
        best = area
    assert best is not None
    scale = min(1.0, max(LEGIBLE, min(port.width() / best.width(),
                                      port.height() / best.height())))
    view.resetTransform()
    view.scale(scale, scale)
    view.centerOn(best.center().x(), best.top() + port.height() / scale / 2)
    return False


def _main_tree(view: OrgChartView) -> list[str]:
    """The cards of the largest tree on the chart (the company, not a stray top person)."""
    manager = view.chart.manager
    root_of: dict[str, str] = {}
    for pid in view.chart.boxes:
        chain, at = [], pid
        while at not in root_of and at in manager:
            chain.append(at)
            at = manager[at]
        root = root_of.get(at, at)
        for node in (*chain, at):
            root_of[node] = root
    sizes: dict[str, int] = {}
    for root in root_of.values():
        sizes[root] = sizes.get(root, 0) + 1
    main = max(sizes, key=lambda r: sizes[r])
    return [pid for pid, root in root_of.items() if root == main]


def show_levels(view: OrgChartView, levels: int) -> None:
    """Collapse every card at depth ``levels`` - 1 that has reports (0: expand all)."""
    assert view.graph is not None
    view.collapsed = set()
    view.relayout()
    if levels > 0:
        view.collapsed = {pid for pid, depth in depths(view).items()
                          if depth == levels - 1 and view.graph.solid_reports(pid)}
    view.collapsedChanged.emit()
    view.relayout()
    view.show_top()


def key_people_only(view: OrgChartView) -> None:
    """Collapse every branch with nobody in it who has a decision role."""
    graph = view.graph
    assert graph is not None
    people = [p for p in graph.people.values() if p.side is view.side]
    reports: dict[str, list[str]] = {}
    for p in people:
        boss = graph.manager_of(p.id)
        if boss is not None:
            reports.setdefault(boss, []).append(p.id)
    keeps: dict[str, bool] = {}

    def has_key(pid: str) -> bool:  # iterative: a 10,000-deep chain must not recurse
        stack, order = [pid], []
        while stack:
            at = stack.pop()
            if at in keeps:
                continue
            order.append(at)
            stack.extend(r for r in reports.get(at, []) if r not in keeps)
        for at in reversed(order):
            keeps[at] = graph.person(at).decision_role is not None or any(
                keeps.get(r, False) for r in reports.get(at, []))
        return keeps[pid]

    view.collapsed = {p.id for p in people if p.id in reports and not any(
        has_key(r) for r in reports[p.id])}
    view.collapsedChanged.emit()
    view.relayout()
    view.show_top()
