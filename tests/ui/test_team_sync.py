"""File → Synchronise: a checked-out file in the app, conflicts asked about, then merged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from kamdesk.graph import sample
from kamdesk.store import Workspace
from kamdesk.store.sync import checkout
from kamdesk.ui.dialogs import sync_dialog
from kamdesk.ui.mainwindow import MainWindow


def test_synchronise_asks_about_conflicts_and_reloads(qtbot, pg_url: str, tmp_path: Path,
                                                      monkeypatch) -> None:
    graph = sample.generate(seed=14, people=30)[0]
    trip = tmp_path / "trip.kam"
    with Workspace.open(pg_url, create=True) as ws:
        ws.add_account(graph)
        checkout(ws, graph.id, trip)
        g = ws.load(graph.id)
        p1, p2 = sorted(g.people)[:2]
        g.update_person(g.person(p1)._replace(title="Theirs"))
        g.update_person(g.person(p2)._replace(department="Server side"))
    win = MainWindow(Workspace.open(trip))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.graph is not None, timeout=10000)
    win.show_account(graph.id)
    assert win.document is not None and win.graph is not None
    assert win.document.update_person(win.graph.person(p1)._replace(title="Mine"))
    asked: list[list[str]] = []

    def choose(_window: MainWindow, conflicts: list[sync_dialog.Conflict]) -> str | None:
        asked.append([sync_dialog.conflict_line(c) for c in conflicts])
        return None if len(asked) == 1 else "mine"

    monkeypatch.setattr(sync_dialog, "choose", choose)
    action = win.findChild(QAction, "synchronise")
    action.trigger()  # cancelled: nothing changes
    assert asked == [[f"{win.graph.person(p1).name}: title: 'Mine' / 'Theirs'"]]
    assert win.graph.person(p2).department != "Server side"
    action.trigger()  # keep mine
    assert len(asked) == 2
    assert win.graph is not None and win.graph.person(p2).department == "Server side"
    assert win.graph.person(p1).title == "Mine"
    assert "Synchronised" in win.statusBar().currentMessage()
    with Workspace.open(pg_url) as ws:
        assert ws.load(graph.id).person(p1).title == "Mine"
    win.close()
