"""The panel navigator at 1280×800: every panel one click away in its group, no tab bar with
scroll arrows, the keyboard across panels, "open the risk" followed, the last panel
remembered; in English and in Russian every word of it fully visible."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTabBar, QTreeWidget

from kamdesk.graph.entities import Risk
from kamdesk.ui import i18n
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.navigator import GROUPS
from tests.ui import windows
from tests.ui.test_views import path

__all__ = ["path"]  # a fixture


def open_window(qtbot, path: Path) -> MainWindow:
    return windows.open_window(qtbot, path, tab=None)


@pytest.fixture(params=["en", "ru"])
def window(qtbot, path: Path, request) -> Iterator[MainWindow]:
    i18n.install(request.param)
    win = open_window(qtbot, path)
    yield win
    win.close()
    i18n.install("en")


def tree(window: MainWindow) -> QTreeWidget:
    found = window.findChild(QTreeWidget, "navigator")
    assert found is not None and found.isVisible()
    return found


def test_every_panel_is_one_click_away_in_its_group(qtbot, window: MainWindow) -> None:
    nav = tree(window)
    assert not window.tabs.tabBar().isVisible()  # no tab bar with scroll arrows
    assert not [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() > 9]
    panels = {window.tabs.widget(i).objectName() for i in range(window.tabs.count())}
    assert sorted(nav.order()) == sorted(panels) and len(panels) == 16
    headings = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
    assert len(headings) == len(GROUPS) == 3
    assert [nav.topLevelItem(i).childCount() for i in range(3)] == [4, 11, 1]
    for name in nav.order():
        item = nav.items[name]
        rect = nav.visualItemRect(item)
        assert rect.isValid() and nav.viewport().rect().contains(rect), name  # no scrolling
        need = nav.fontMetrics().horizontalAdvance(item.text(0))
        assert rect.width() >= need + nav.indentation(), (name, item.text(0))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.tabs.currentWidget().objectName() == name
        assert item.text(0) == window.tabs.tabText(window.tabs.currentIndex())
    # a heading is not a place to go: clicking it leaves the panel shown
    shown = window.tabs.currentWidget()
    heading = nav.visualItemRect(nav.topLevelItem(0)).center()
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=heading)
    assert window.tabs.currentWidget() is shown


def test_keyboard_walks_the_panels_in_the_navigators_order(qtbot, window: MainWindow) -> None:
    nav = tree(window)
    order = nav.order()
    window.chart.setFocus()
    nav.show_panel(order[0])
    seen = [window.tabs.currentWidget().objectName()]
    for _ in range(len(order)):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown,
                       Qt.KeyboardModifier.ControlModifier)
        seen.append(window.tabs.currentWidget().objectName())
    assert seen == [*order, order[0]]  # round the end
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().objectName() == order[-1]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_3,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().objectName() == order[2]
    assert nav.currentItem() is nav.items[order[2]]  # the navigator follows the keyboard


def test_open_the_risk_switches_the_panel_and_the_navigator(qtbot, window: MainWindow) -> None:
    nav = tree(window)
    nav.show_panel("orgChartView")
    document = window.document
    assert document is not None
    risk = next(iter(document.graph.records(Risk)))
    document.open_record("Risk", risk)
    assert window.tabs.currentWidget().objectName() == "risksPanel"
    assert nav.currentItem() is nav.items["risksPanel"]


def test_the_last_panel_opens_again(qtbot, path: Path) -> None:
    QSettings().remove("mainWindow/panel")
    first = open_window(qtbot, path)
    assert first.tabs.currentWidget() is first.chart  # the default: the client's chart
    tree(first).show_panel("meetingsPanel")
    first.close()
    again = open_window(qtbot, path)
    assert again.tabs.currentWidget().objectName() == "meetingsPanel"
    assert tree(again).currentItem() is tree(again).items["meetingsPanel"]
    again.switch_language("ru")  # the panels are made again: the same one stays
    assert again.tabs.currentWidget().objectName() == "meetingsPanel"
    assert tree(again).items["meetingsPanel"].text(0) == "Встречи"
    again.switch_language("en")
    again.close()
    i18n.install("en")
