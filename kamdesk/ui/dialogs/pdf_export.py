"""File → Export account plan / meeting brief: a file dialog, then progress with Cancel.

The PDF is laid out on the GUI thread; the progress callback keeps the window responsive
(processEvents) while the modal progress dialog keeps the user from editing meanwhile.
Nothing is written unless the export finishes (see report.pages.Document.write).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes_since import ChangeReport
from kamdesk.graph.entities import Meeting
from kamdesk.ui import i18n

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def report_language() -> str:
    """The language of printed documents: the one chosen in the app, else the system's."""
    chosen = QSettings().value("language")
    if chosen in ("en", "ru"):
        return str(chosen)
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def _ask_target(parent: QWidget, title: str, suggested: str) -> Path | None:
    folder = QSettings().value("export/folder") or str(Path.home())
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested),
                                          translate("Export", "PDF files (*.pdf)"))
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    QSettings().setValue("export/folder", str(target.parent))
    return target


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in text).strip() or "plan"


def export_plan(parent: QWidget, graph: AccountGraph,
                changes: ChangeReport | None = None) -> Path | None:
    """Ask where, write the plan with a progress dialog; the path written, or None."""
    from kamdesk.report.pages import ExportCancelledError
    from kamdesk.report.plan import write_plan

    target = _ask_target(parent, translate("Export", "Export account plan"),
                         f"{_safe_name(graph.account.name)}.pdf")
    if target is None:
        return None
    dialog = QProgressDialog(translate("Export", "Writing the account plan…"),
                             translate("Export", "Cancel"), 0, 100, parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        write_plan(graph, target, lang=report_language(), progress=progress, changes=changes)
    except ExportCancelledError:
        return None
    except OSError as error:
        QMessageBox.warning(parent, translate("Export", "Cannot write the plan"),
                            f"{target}: {error.strerror or error}")
        return None
    finally:
        dialog.close()
    return target


def export_brief(parent: QWidget, graph: AccountGraph) -> Path | None:
    """Ask which meeting and where; write its brief. The path written, or None."""
    from kamdesk.report.brief import write_brief

    meetings = sorted(graph.records(Meeting).values(), key=lambda m: m.day, reverse=True)
    if not meetings:
        QMessageBox.information(parent, translate("Export", "No meetings"),
                                translate("Export", "This account has no meetings yet."))
        return None
    labels = [f"{i18n.day(m.day)} · {m.title}" for m in meetings]
    chosen, ok = QInputDialog.getItem(parent, translate("Export", "Meeting brief"),
                                      translate("Export", "Meeting:"), labels, 0, False)
    if not ok:
        return None
    meeting = meetings[labels.index(chosen)]
    target = _ask_target(parent, translate("Export", "Export meeting brief"),
                         f"{_safe_name(meeting.title)} {meeting.day.isoformat()}.pdf")
    if target is None:
        return None
    try:
        write_brief(graph, meeting.id, target, lang=report_language())
    except OSError as error:
        QMessageBox.warning(parent, translate("Export", "Cannot write the brief"),
                            f"{target}: {error.strerror or error}")
        return None
    return target
