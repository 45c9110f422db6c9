"""Live updates of the open account in the window, and the viewer's banner.

``LiveLink`` joins the store's Qt-free ``LiveFeed`` (kamdesk.store.notify) to the event loop:
on a team server it watches the feed's LISTEN socket with a QSocketNotifier, so a colleague's
commit is applied as soon as its NOTIFY arrives; on a file it reads the history on a timer.
The feed applies change sets through the graph's change events, so every panel updates as
for a local edit; this module only says who changed what in the status bar. A copy that can
no longer follow (it missed changes) is reported with the advice to reopen the account.

On a team server where the login is a viewer of the account, a banner in the status bar says
so; the server refuses a viewer's changes whatever the app does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from kamdesk.graph.errors import DomainError
from kamdesk.store import Workspace, WorkspaceError, team
from kamdesk.store.history import HistoryEntry
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument

FILE_POLL_MS = 2000  # a .kam file has no notifications: look at its history this often


class LiveLink(QObject):
    """Follows one open account of one workspace; closed when the account is left."""

    def __init__(self, workspace: Workspace, document: AccountDocument,
                 status: QStatusBar) -> None:
        super().__init__(document)
        self.setObjectName("liveLink")
        self.workspace = workspace  # the history panel reads it here
        self.document = document
        self.status = status
        self.banner: QLabel | None = None
        self.feed = workspace.follow(document.graph)
        self.notifier: QSocketNotifier | None = None
        self.timer: QTimer | None = None
        # A refused edit may have lost a race: show the latest state at once, not only when
        # the colleague's NOTIFY is read (what the user typed stays in the editor).
        self._report = document.report
        document.report = self._refused
        fileno = self.feed.fileno()
        if fileno is not None:
            self.notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(lambda *_: self.poll())
        else:
            self.timer = QTimer(self, interval=FILE_POLL_MS)
            self.timer.timeout.connect(self.poll)
            self.timer.start()
        try:
            role = team.role_of(workspace, document.graph.id)
        except WorkspaceError:
            role = None
        if role == "viewer":
            self.banner = QLabel(self.tr("Read-only: you are a viewer of this account"),
                                 objectName="viewerBanner")
            self.banner.setStyleSheet("background: #fff3c4; color: #5c4400; padding: 2px 8px;"
                                      " font-weight: 600;")
            status.addPermanentWidget(self.banner)

    def _refused(self, title: str, message: str) -> None:
        self._report(title, message)
        if self.timer is not None or self.notifier is not None:
            self.poll(catch_up=True)

    def poll(self, catch_up: bool = False) -> None:
        """Apply what colleagues committed; say who changed what."""
        if self.notifier is not None:
            self.notifier.setEnabled(False)  # no re-entry while the feed reads the socket
        try:
            entries = self.feed.catch_up() if catch_up else self.feed.poll(0)
        except (DomainError, WorkspaceError) as error:
            self.stop()
            self.document.report(self.tr("This account changed elsewhere"),
                                 i18n.words().error(error) if isinstance(error, DomainError)
                                 else str(error))
            return
        finally:
            if self.notifier is not None:
                self.notifier.setEnabled(True)
        if entries:
            self.document.message.emit(self.who(entries[-1]))

    def who(self, entry: HistoryEntry) -> str:
        names = [str(getattr(c.entity, "name", "") or getattr(c.entity, "title", "")
                     or type(c.entity).__name__) for c in entry.changes]
        shown = ", ".join(list(dict.fromkeys(names))[:3])
        if len(set(names)) > 3:
            shown += " …"
        return self.tr("%1 changed %2").replace("%1", entry.author).replace("%2", shown)

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier = None
        if self.timer is not None:
            self.timer.stop()
            self.timer = None
        self.feed.close()

    def close(self) -> None:
        """Let go of the feed and the banner (the account is left)."""
        self.stop()
        self.document.report = self._report
        if self.banner is not None:
            self.status.removeWidget(self.banner)
            self.banner.deleteLater()
            self.banner = None
