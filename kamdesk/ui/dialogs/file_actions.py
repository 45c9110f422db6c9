"""File menu: import people, export people, export the chart, export the plan or brief.

Each asks where (a file dialog), runs the work from ``kamdesk.io`` / ``kamdesk.report``
through the window's open account, and says in the status bar what was written; a refusal
is one message box and writes nothing. Functions of the window, not methods, so the frame
stays about workspaces and panels.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from kamdesk.ui.mainwindow import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def import_people(window: MainWindow) -> None:
    if window.workspace is None:
        return
    from kamdesk.ui.dialogs.import_wizard import ImportWizard

    current = window.graph.account.name if window.graph is not None else ""
    wizard = ImportWizard(window.workspace, current, window)
    if wizard.exec() and wizard.imported_account is not None:
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
    chart = window.current_chart() or (window.chart if window.views_built else None)
    if chart is None or window.graph is None:
        return
    from kamdesk.ui.chart.export import save_chart

    name, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Export chart"),
        str(Path(window.folder()) / f"{window.graph.account.name}.png"),
        translate("MainWindow", "PNG image (*.png);;SVG drawing (*.svg)"))
    if not name:
        return
    try:
        written = save_chart(chart, Path(name), visible)
    except (OSError, ValueError) as error:
        window.error(translate("MainWindow", "Cannot export the chart"), str(error))
        return
    window.wrote(written)


def export_pdf(window: MainWindow, kind: str) -> None:
    if window.graph is None:
        return
    from kamdesk.ui.dialogs.pdf_export import export_brief, export_plan

    written = (export_plan if kind == "plan" else export_brief)(window, window.graph)
    if written is not None:
        window.wrote(written)

