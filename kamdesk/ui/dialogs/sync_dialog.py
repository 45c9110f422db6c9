"""File → Synchronise: send a checked-out file's changes to its team server, take the team's.

The merge is ``kamdesk.store.sync`` (the same as ``kamdesk sync``). Rows changed on both
sides are listed in a dialog that asks which to keep — mine, theirs or both — and nothing
is written until the user chooses; a merge the domain refuses is reported with its reason.
Afterwards the open account is reloaded from the file, which now holds the merged rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.graph.errors import DomainError
from kamdesk.store import Workspace, WorkspaceError
from kamdesk.store.sync import Conflict, origin, sync

if TYPE_CHECKING:
    from kamdesk.ui.mainwindow import MainWindow


translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def conflict_line(c: Conflict) -> str:
    entity = c.mine if c.mine is not None else c.theirs
    name = str(getattr(entity, "name", "") or getattr(entity, "title", "") or c.entity_id)
    if c.mine is None:
        return translate("SyncDialog", "%1: removed here, changed on the server").replace(
            "%1", name)
    if c.theirs is None:
        return translate("SyncDialog", "%1: changed here, removed on the server").replace(
            "%1", name)
    fields = "; ".join(f"{f}: {getattr(c.mine, f)!r} / {getattr(c.theirs, f)!r}"
                       for f in c.fields)
    return f"{name}: {fields}"


def question(n: int) -> str:
    return translate("SyncDialog", "%n row(s) changed on both sides: which to keep?").replace(
        "%n", str(n))


def choose(window: MainWindow, conflicts: list[Conflict]) -> str | None:
    """Ask which side to keep: 'mine', 'theirs', 'both', or None to cancel."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("SyncDialog", "Changed on both sides"),
                      question(len(conflicts)),
                      QMessageBox.StandardButton.Cancel, window, objectName="syncDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText("\n".join(conflict_line(c) for c in conflicts))
    accept = QMessageBox.ButtonRole.AcceptRole
    buttons = {box.addButton(translate("SyncDialog", "Keep mine"), accept): "mine",
               box.addButton(translate("SyncDialog", "Keep theirs"), accept): "theirs",
               box.addButton(translate("SyncDialog", "Keep both"), accept): "both"}
    box.exec()
    return buttons.get(box.clickedButton())  # type: ignore[call-overload]


def synchronise(window: MainWindow) -> bool:
    """Run a sync of the window's workspace; True when it was applied."""
    local = window.workspace
    if local is None or local.path is None:
        window.error(translate("SyncDialog", "Cannot synchronise"),
                     translate("SyncDialog", "Only a file checked out from a team server "
                                             "can be synchronised."))
        return False
    account = window.graph.id if window.graph is not None else None
    try:
        url, _ = origin(local)
        with Workspace.open(url) as server:
            result = sync(local, server)
            if not result.applied:
                keep = choose(window, result.conflicts)
                if keep is None:
                    return False
                result = sync(local, server, keep)
    except (WorkspaceError, DomainError) as error:
        window.error(translate("SyncDialog", "Cannot synchronise"), str(error))
        return False
    window.show_account(account)  # the file now holds the merged rows
    window.statusBar().showMessage(
        translate("SyncDialog", "Synchronised: sent %1, took %2").replace("%1", str(result.sent))
        .replace("%2", str(result.taken)), 10000)
    return True
