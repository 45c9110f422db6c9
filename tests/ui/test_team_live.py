"""Two main windows on one team workspace: a rename in one shows in the other without reload."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from kamdesk.graph import sample
from kamdesk.graph.types import Side
from kamdesk.store import Workspace, team
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.panels.people_model import COLUMNS, ID_ROLE


@pytest.fixture
def account(pg_url: str) -> str:
    graph = sample.generate(seed=12, people=40)[0]
    with Workspace.open(pg_url, create=True) as ws:
        ws.add_account(graph)
    return graph.id


def _window(qtbot, url: str, account_id: str) -> MainWindow:
    win = MainWindow(Workspace.open(url))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.graph is not None, timeout=10000)
    if win.graph is not None and win.graph.id != account_id:
        win.show_account(account_id)
    assert win.graph is not None and win.graph.id == account_id
    return win


@pytest.fixture
def windows(qtbot, pg_url: str, account: str) -> Iterator[tuple[MainWindow, MainWindow]]:
    a, b = _window(qtbot, pg_url, account), _window(qtbot, pg_url, account)
    yield a, b
    a.close()
    b.close()


def table_name(win: MainWindow, pid: str) -> str | None:
    model = win.people.findChild(object, "peopleTable")
    model = model.model() if model is not None else None
    assert model is not None
    for row in range(model.rowCount()):
        index = model.index(row, COLUMNS.index("name"))
        if model.data(index, ID_ROLE) == pid:
            return str(model.data(index, Qt.ItemDataRole.DisplayRole))
    return None


def card_image(win: MainWindow, pid: str) -> QImage:
    chart = win.chart
    rect = chart.card_rect(pid)
    chart.centerOn(rect.center())
    return chart.viewport().grab(chart.mapFromScene(rect).boundingRect()).toImage()


def test_a_rename_in_one_window_shows_in_the_other(qtbot, windows) -> None:
    a, b = windows
    assert a.graph is not None and b.graph is not None and a.graph is not b.graph
    pid = next(p.id for p in b.graph.people.values() if p.side is Side.CLIENT)
    b.tabs.setCurrentWidget(b.people)
    qtbot.waitUntil(lambda: table_name(b, pid) is not None, timeout=5000)
    b.tabs.setCurrentWidget(b.chart)
    before = card_image(b, pid)
    assert a.document is not None
    assert a.document.update_person(a.graph.person(pid)._replace(name="Переименована Ёлка"))
    qtbot.waitUntil(lambda: b.graph.person(pid).name == "Переименована Ёлка", timeout=10000)
    qtbot.wait(50)  # the repaint the change asked for
    assert card_image(b, pid) != before  # the card was repainted with the new name
    b.tabs.setCurrentWidget(b.people)
    qtbot.waitUntil(lambda: table_name(b, pid) == "Переименована Ёлка", timeout=5000)
    assert "changed" in b.statusBar().currentMessage()
    assert b.document is not None and b.document.stack.count() == 0  # not an undo step of b
    b.tabs.setCurrentWidget(b.findChild(object, "historyView"))
    history = b.findChild(object, "historyList")
    qtbot.waitUntil(lambda: history.topLevelItemCount() >= 2, timeout=5000)
    assert "Переименована Ёлка" in history.topLevelItem(0).text(2)
    assert history.topLevelItem(0).text(1) == "postgres"


def test_a_viewer_sees_a_banner_and_cannot_edit(qtbot, pg_url: str, account: str,
                                                monkeypatch) -> None:
    login = "viewer_ui"
    with Workspace.open(pg_url) as ws:
        team.init(ws)
        team.add(ws, login, account, "viewer")
    from sqlalchemy.engine import make_url
    url = make_url(pg_url).set(username=login).render_as_string(hide_password=False)
    win = _window(qtbot, url, account)
    try:
        banner = win.findChild(QLabel, "viewerBanner")
        assert banner is not None and banner.isVisible() and "viewer" in banner.text()
        shown: list[str] = []
        assert win.document is not None and win.graph is not None
        monkeypatch.setattr(win.document, "report", lambda _t, message: shown.append(message))
        someone = next(iter(win.graph.people.values()))
        assert not win.document.update_person(someone._replace(title="Viewer's edit"))
        assert shown and "viewer" in shown[-1]
        assert win.graph.person(someone.id).title != "Viewer's edit"
        assert win.document.stack.count() == 0
    finally:
        win.close()


def test_a_lost_race_is_refused_and_the_latest_state_shown(qtbot, windows, monkeypatch,
                                                          pg_url: str) -> None:
    a, b = windows
    assert a.document is not None and a.graph is not None and b.graph is not None
    shown: list[str] = []
    monkeypatch.setattr(b, "error", lambda title, message: shown.append(message))
    b.show_account(b.graph.id)  # a new document reports through the patched window
    assert b.document is not None and b.graph is not None
    pid = next(p.id for p in b.graph.people.values() if p.side is Side.CLIENT)
    assert a.document.update_person(a.graph.person(pid)._replace(title="Won the race"))
    # b has read no NOTIFY yet (no event processed): its edit loses the race, and the
    # refusal brings the winner's state at once
    stale = b.graph.person(pid)
    assert stale.title != "Won the race"
    assert not b.document.update_person(stale._replace(title="Lost the race"))
    assert shown and "changed or removed elsewhere" in shown[-1]
    assert b.graph.person(pid).title == "Won the race"
    assert b.document.update_person(b.graph.person(pid)._replace(title="Second try"))
    with Workspace.open(pg_url) as ws:
        assert ws.load(b.graph.id).person(pid).title == "Second try"


def test_a_server_password_goes_to_the_keyring_and_the_recent_list_reopens(
        qtbot, pg_url: str, account: str) -> None:
    """Settings keep the masked URL; reopening from the recent list takes the password from
    the keyring (the test server trusts its socket, so any password connects)."""
    import keyring
    from PySide6.QtCore import QSettings
    from sqlalchemy.engine import make_url

    from kamdesk.ui import workspace_actions
    from tests.store.test_credentials import MemoryKeyring

    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        url = make_url(pg_url).set(password="s3cret!").render_as_string(hide_password=False)
        win = _window(qtbot, pg_url, account)
        try:
            assert win.open_target(url)
            recent = workspace_actions.strings(QSettings().value("workspace/recent"))
            assert recent and "***" in recent[0] and not any("s3cret" in r for r in recent)
            assert list(memory.entries.values()) == ["s3cret!"]
            real = workspace_actions.real_target(win, recent[0])
            assert real is not None and make_url(real).password == "s3cret!"
            assert win.open_target(recent[0])  # the recent entry opens again
        finally:
            win.close()
    finally:
        keyring.set_keyring(before)
