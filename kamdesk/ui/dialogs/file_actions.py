"""File menu: import people, export people, export the chart, export the plan or brief.

Each asks where (a file dialog), runs the work from ``kamdesk.io`` / ``kamdesk.report``
through the window's open account, and says in the status bar what was written; a refusal
is one message box and writes nothing. Functions of the window, not methods, so the frame
stays about workspaces and panels.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kamdesk.store import WorkspaceError
from kamdesk.ui.workspace_actions import folder

if TYPE_CHECKING:
    from kamdesk.graph.changes_since import ChangeReport
    from kamdesk.ui.chart.view import OrgChartView
    from kamdesk.ui.mainwindow import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def import_people(window: MainWindow) -> None:
    if window.workspace is None:
        return
    from kamdesk.ui.dialogs.import_wizard import ImportWizard

    current = window.graph.account.name if window.graph is not None else ""
    wizard = ImportWizard(window.workspace, current, window, window.document)
    if wizard.exec() and wizard.imported_account is not None:
        if window.document is not None and wizard.imported_account == window.document.graph.id:
            window.portfolio.retranslate()  # new head counts; the account stays open
        else:
            window.refresh(select=wizard.imported_account)
        window.statusBar().showMessage(translate("MainWindow", "Import finished"), 8000)


def export_people(window: MainWindow) -> None:
    if window.graph is None:
        return
    from kamdesk.io.export import export_account

    name, chosen = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Export people"),
        str(Path.home() / f"{window.graph.account.name}.csv"),
        "CSV (*.csv);;Excel (*.xlsx);;JSON (*.json);;GraphML (*.graphml)")
    if not name:
        return
    target = Path(name)
    if target.suffix.lower() not in (".csv", ".xlsx", ".json", ".graphml"):
        target = target.with_suffix("." + chosen.split("*.")[-1].rstrip(")"))
    try:
        export_account(window.graph, target)
    except (OSError, ValueError) as error:
        window.error(translate("MainWindow", "Cannot export"), f"{target}: {error}")
        return
    window.wrote(target)


def export_chart(window: MainWindow, visible: bool) -> None:
    """Ask where, then write the chart; a chart too big for one readable PNG is offered as a
    tiled PDF or an SVG instead of being squeezed into a strip."""
    chart = window.current_chart() or (window.chart if window.views_built else None)
    if chart is None or window.graph is None:
        return
    name, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Export chart"),
        str(Path(folder(window)) / f"{window.graph.account.name}.png"),
        translate("MainWindow", "PNG image (*.png);;SVG drawing (*.svg);;"
                                "PDF, in page-sized tiles (*.pdf)"))
    if name:
        write_chart(window, chart, Path(name), visible)


def write_chart(window: MainWindow, chart: OrgChartView, target: Path,
                visible: bool) -> Path | None:
    from kamdesk.ui.chart.export import png_problem, save_chart

    if target.suffix.lower() not in (".svg", ".pdf"):
        problem = png_problem(chart, visible)
        if problem is not None:
            box = QMessageBox(QMessageBox.Icon.Question,
                              translate("MainWindow", "Export chart"), str(problem),
                              QMessageBox.StandardButton.Cancel, window,
                              objectName="chartTooBig")
            pdf = box.addButton(translate("MainWindow", "PDF, pages: %1").replace(
                "%1", str(problem.pages)),
                                QMessageBox.ButtonRole.AcceptRole)
            svg = box.addButton(translate("MainWindow", "SVG"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() not in (pdf, svg):
                return None
            target = target.with_suffix(".pdf" if box.clickedButton() is pdf else ".svg")
    try:
        written = save_chart(chart, target, visible)
    except (OSError, ValueError) as error:
        window.error(translate("MainWindow", "Cannot export the chart"), str(error))
        return None
    window.wrote(written)
    return written


def export_pdf(window: MainWindow, kind: str) -> None:
    if window.graph is None:
        return
    from kamdesk.ui.dialogs.pdf_export import export_brief, export_plan

    if kind == "plan":
        written = export_plan(window, window.graph, _changes(window))
    else:
        written = export_brief(window, window.graph)
    if written is not None:
        window.wrote(written)



def _changes(window: MainWindow) -> ChangeReport | None:
    """What changed since the last meeting, for the plan (None: no history to read)."""
    from kamdesk.workflows import changes_since_last_meeting

    if window.workspace is None or window.graph is None:
        return None
    try:
        return changes_since_last_meeting(window.workspace, window.graph, date.today())
    except WorkspaceError:  # a lost server: the plan prints without the section
        return None
