"""Opening an account the user chose: its kept first view painted at once, then the load.

``open_account`` is what choosing an account in the portfolio does. When the chart on screen
has a current first view kept (``chart/first_view``: one row read, no person), that is
painted over the chart view straight away; just after that paint a worker thread reads the
account (``Workspace.load``: the sqlite3 fetch and the decoding, most of an open), the
window answering meanwhile (the longest stall at 10,000 people went from the whole load to
the panels' part of it); back on the GUI thread the panels are given the account, the chart
restores its kept layout whole (no top-first growing), which paints the same pixels, and
the picture is taken away. Until then there is no document: no panel, menu or key can edit
a half-loaded account. Choosing another account meanwhile drops what the worker reads.
Without a current first view, a chart opening collapsed below its top levels is painted
from its top alone (``chart/cold_top``: only the cards shown are read), then loaded the same
way; any other chart is loaded at once, as ``show_account`` does.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from kamdesk.graph.account_graph import AccountGraph
    from kamdesk.ui.chart.view import OrgChartView
    from kamdesk.ui.mainwindow import MainWindow

NAME = "firstView"  # the picture's object name (tests find it)
LOAD_MS = 10
ANYWAY_MS = 300
# one account read at a time, off the GUI thread (a later choice waits for an earlier one)
_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kamdesk-open")


class _Done(QObject):
    """Says on the GUI thread that a read ended: the worker emits, and the signal crosses
    threads queued (no timer polling the worker every few milliseconds, taking the GIL
    from it each time). Made once on the GUI thread and never deleted, so the worker
    never emits on a deleted object; a FirstView gone meanwhile is disconnected by Qt."""

    read = Signal(object)


_done: _Done | None = None


class FirstView(QObject):
    """An account being opened from its kept first view: the picture over the chart view,
    and the reading of the account behind it. A child of the window, not of the view: a
    language switch makes the panels again (the picture goes with its view), and the
    account still opens."""

    def __init__(self, window: MainWindow, view: OrgChartView, account_id: str,
                 image: QImage) -> None:
        super().__init__(window)
        self.setObjectName(NAME)
        self.main, self.view, self.account_id = window, view, account_id
        self.image = image
        self.picture = QLabel(view)
        self.picture.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setGeometry(view.rect())
        # the load starts a moment after the picture is painted: that frame reaches the
        # screen first (a 0 ms timer can run in the same pass of the event loop); and
        # anyway after a while (a picture gone before it was painted)
        self._load = QTimer(self, singleShot=True, interval=LOAD_MS)
        self._load.timeout.connect(self.load)
        self._anyway = QTimer(self, singleShot=True, interval=ANYWAY_MS)
        self._anyway.timeout.connect(self.load)
        self._anyway.start()
        self._future: Future[AccountGraph] | None = None
        self.picture.installEventFilter(self)
        self.picture.show()
        self.picture.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.Paint and not self._load.isActive() \
                and self._future is None:
            self._load.start()
        return False

    def repaint(self) -> None:
        """Paint the picture now (tests: the first paint, which starts the load)."""
        if isValid(self.picture):
            self.picture.repaint()

    def load(self) -> None:
        """Read the account in a worker thread (the sqlite3 fetch and the decoding: most
        of an open), the window answering meanwhile; ``finish`` shows it."""
        self._load.stop()
        self._anyway.stop()
        if self._future is not None:
            return
        workspace = self.main.workspace
        if workspace is None:
            self.finish()
            return
        global _done  # noqa: PLW0603 - made on the GUI thread, at the first load
        if _done is None:
            _done = _Done()
        _done.read.connect(self._read)
        self._future = _worker.submit(workspace.load, self.account_id)
        self._future.add_done_callback(_done.read.emit)

    def _read(self, future: Future[AccountGraph]) -> None:
        if future is self._future:  # (another FirstView's read: not ours)
            self.finish()

    def finish(self) -> None:
        """Show the account read (or, if reading it failed, open it the usual way, which
        says why); its chart restores the kept layout whole, without growing."""
        from kamdesk.store import WorkspaceError  # SQLAlchemy: never before the first paint

        window = self.main
        future = self._future
        self.drop()  # no longer pending: show_account must not cancel us
        graph = None
        if future is not None:
            try:
                graph = future.result()
            except WorkspaceError:
                graph = None
        # the picture's view, or (the panels made again meanwhile) the chart on screen
        view = self.view if isValid(self.view) else window.current_chart()
        if view is not None:
            view.keeper.whole_next = True
        try:
            if graph is None:
                window.show_account(self.account_id)
            else:
                window.attach_account(graph)
            if view is not None:
                # the legend's strip is placed when the chart first meets its graph,
                # which is in its first paint, and that frame would show the chart
                # without the strip: met now, and the top shown for the viewport left
                # (as when the picture was taken), the first frame is the picture's
                view.looks.current_focus()
                view._scene_rect()
                view.show_top()
        finally:
            if view is not None:
                view.keeper.whole_next = False
            self._remove_picture()

    def drop(self) -> None:
        """Not pending any more (opened, or another choice): timers stopped, what the
        worker still reads is dropped."""
        self.setObjectName("")
        for timer in (self._load, self._anyway):
            timer.stop()
        self._future = None  # its end, still on its way to us, is ignored (``_read``)
        self.deleteLater()

    def _remove_picture(self) -> None:
        if isValid(self.picture):
            self.picture.hide()
            self.picture.deleteLater()


def pending(window: QObject) -> FirstView | None:
    """The opening still pending in ``window`` (the main window), if any."""
    return window.findChild(FirstView, NAME)


def cancel(window: MainWindow) -> None:
    """Another account (or none) is being opened: a first view still waiting goes."""
    found = pending(window)
    if found is not None:
        found.drop()
        found._remove_picture()


def open_account(window: MainWindow, account_id: str | None) -> None:
    """Open ``account_id`` as the user chose it: painted first from the kept first view
    when the chart on screen has a current one, else loaded at once."""
    from kamdesk.ui.chart import first_view

    view = window.current_chart()
    if account_id is None or window.workspace is None or view is None \
            or not view.isVisible():
        window.show_account(account_id)
        return
    window.show_account(None)  # leave the open account first: its layout is kept now
    # panels just made (a workspace just opened) get their sizes from pending layout
    # requests: the picture is kept for the viewport's size once laid out
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    image = first_view.read(window.workspace, view, account_id)
    if image is None:  # nothing kept: a chart opening collapsed paints its top first
        from kamdesk.ui.chart import cold_top

        image = cold_top.picture(window.workspace, view, account_id)
    if image is None:
        window.show_account(account_id)
    else:
        FirstView(window, view, account_id, image)
