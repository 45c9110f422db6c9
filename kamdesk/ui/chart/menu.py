"""The chart's right-click menu: every edit a card offers, each sent to the document.

Kept apart from the view so the view stays about showing the chart; the words keep the
``OrgChartView`` translation context they always had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu

from kamdesk.graph.types import LinkKind, Side
from kamdesk.ui.dialogs.leaving_dialog import ask_and_mark

if TYPE_CHECKING:
    from kamdesk.ui.chart.view import OrgChartView

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def chart_menu(view: OrgChartView, pid: str | None) -> QMenu:
    """The menu for the card ``pid`` (None: the background)."""
    document, graph = view.document, view.graph
    assert document is not None and graph is not None

    menu = QMenu(view)
    if pid is None:
        menu.addAction(translate("OrgChartView", "Add person"),
                       lambda: document.add_person(view.side))
        menu.addAction(translate("OrgChartView", "Fit the chart"), view.fit)
        return menu
    menu.addAction(translate("OrgChartView", "Edit…"), lambda: document.activate(pid))
    menu.addSeparator()
    menu.addAction(translate("OrgChartView", "Add report"), lambda: document.add_report(pid))
    menu.addAction(translate("OrgChartView", "Add manager"), lambda: document.add_manager(pid))
    menu.addAction(translate("OrgChartView", "Add peer"), lambda: document.add_peer(pid))
    if graph.solid_reports(pid):
        menu.addAction(translate("OrgChartView", "Expand") if pid in view.collapsed else
                       translate("OrgChartView", "Collapse"), lambda: view.toggle(pid))
    menu.addSeparator()
    menu.addAction(translate("OrgChartView", "Leave focus") if view.looks.focusing else
                   translate("OrgChartView", "Focus on this person"), view.looks.toggle_focus)
    menu.addAction(translate("OrgChartView", "Draw influence line from here"),
                   lambda: view.start_line(LinkKind.INFLUENCES, pid))
    menu.addAction(translate("OrgChartView", "Add dotted-line manager…"),
                   lambda: view.start_line(LinkKind.REPORTS_TO, pid))
    if view.side is Side.CLIENT:
        menu.addAction(translate("OrgChartView", "Mark conflict with…"),
                       lambda: view.start_line(LinkKind.CONFLICT, pid))
    menu.addAction(translate("OrgChartView", "Link counterpart…"),
                   lambda: pick_counterpart(view, pid))
    menu.addSeparator()
    if graph.people[pid].left_on is None:
        menu.addAction(translate("OrgChartView", "Mark as left…"),
                       lambda: ask_and_mark(document, pid, view))
    else:
        menu.addAction(translate("OrgChartView", "Back at the client"),
                       lambda: document.mark_back(pid))
    menu.addAction(translate("OrgChartView", "Delete"), lambda: document.delete_person(pid))
    return menu


def pick_counterpart(view: OrgChartView, pid: str) -> None:
    """Ask who of the other side meets ``pid``, then link them (one undo step)."""
    document, graph = view.document, view.graph
    assert document is not None and graph is not None
    other = [p for p in graph.people.values() if p.side is not view.side]
    other.sort(key=lambda p: (p.level, p.name))
    names = [f"{p.name} — {p.title} (L{p.level})" for p in other]
    chosen, ok = QInputDialog.getItem(view, translate("OrgChartView", "Link counterpart"),
                                      translate("OrgChartView", "Who meets this person?"),
                                      names, 0, False)
    if ok and chosen in names:
        document.link_counterpart(pid, other[names.index(chosen)].id)
