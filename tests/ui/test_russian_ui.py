"""In Russian, no English word is left on screen except the user's own data; and at 1280×800
nothing is squeezed into a stub. A walk over every visible widget of every tab."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from kamdesk.graph.entities import RECORD_TYPES
from kamdesk.graph.types import Side
from kamdesk.store import Workspace
from kamdesk.ui import i18n
from kamdesk.ui.mainwindow import MainWindow
from tests.ui.test_views import path

__all__ = ["path"]  # a fixture

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Not English: names of things, written the same in Russian.
ALLOWED = {"kamdesk", "KAM", "RACI", "KPI", "PDF", "CSV", "PNG", "SVG", "XLSX", "JSON",
           "GraphML", "vCard", "yEd", "Ctrl", "Shift", "Del", "English", "PostgreSQL", "URL",
           "eml", "ics"}  # file types: an e-mail draft, a calendar invitation


@pytest.fixture
def window(qtbot, path: Path) -> Iterator[MainWindow]:
    i18n.install("ru")
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    i18n.install("en")


def user_data(window: MainWindow) -> list[str]:
    """Every text the user (or the sample) typed: shown as it is, in any language."""
    values: set[str] = {window.workspace.location}
    with Workspace.open(window.workspace.location) as ws:
        for account in ws.accounts():
            graph = ws.load(account.id)
            values.update(str(v) for v in account if isinstance(v, str))
            for p in graph.people.values():
                values.update(str(v) for v in p if isinstance(v, str))
            for kind in RECORD_TYPES:  # meetings, risks, RACI rows, KPIs, value: typed too
                for record in graph.records(kind).values():
                    values.update(v for v in record if type(v) is str)  # not enum values
                    for part in record:
                        if isinstance(part, tuple):  # a risk's log, a RACI row's parties
                            values.update(x for step in part if isinstance(step, tuple)
                                          for x in step if type(x) is str)
    return sorted((v for v in values if v.strip()), key=len, reverse=True)


def shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) of every visible widget, menu, header, tooltip and placeholder."""
    found: list[tuple[str, str]] = [("window", window.windowTitle())]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.toolTip():
            found.append((where + ".toolTip", w.toolTip()))
        if isinstance(w, QLabel | QAbstractButton):
            found.append((where, w.text()))
        if isinstance(w, QLineEdit):
            found.append((where + ".placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            found += [(where + ".item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabBar):
            found += [(where + ".tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QDockWidget):
            found.append((where + ".title", w.windowTitle()))
        if isinstance(w, QHeaderView) and w.model() is not None and not w.isHidden():
            found += [(where + ".header", str(w.model().headerData(i, w.orientation())))
                      for i in range(w.count())]
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            found += [(where + ".scene", item.text()) for item in w.scene().items()
                      if isinstance(item, QGraphicsSimpleTextItem)]
    menus = list(window.menuBar().actions())
    while menus:
        action = menus.pop()
        found.append(("menu", action.text()))
        if action.toolTip() != action.text().replace("&", ""):
            found.append(("menu.toolTip", action.toolTip()))
        if action.menu() is not None:
            menus += action.menu().actions()
    found.append(("status", window.statusBar().currentMessage()))
    return [(w, t) for w, t in found if t]


def foreign(text: str, data: list[str]) -> list[str]:
    """The Latin words of ``text`` that are neither user data nor allowed names (a word cut
    short with "…" is data when it begins a word of the data)."""
    for value in data:
        text = text.replace(value, " ")
    data_words = {w for value in data for w in LATIN_WORD.findall(value)}
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED
            and not any(d.startswith(w) for d in data_words)]


def english_left(window: MainWindow, data: list[str]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in shown_texts(window) if foreign(text, data)]


def test_no_english_word_on_any_tab_in_russian(qtbot, window) -> None:
    data = user_data(window)
    someone = next(p for p in window.graph.people.values() if p.side is Side.CLIENT)
    window.document.select(someone.id)  # the editor and its relations show
    left = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        left += english_left(window, data)
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() and foreign(action.text(), data):
                left.append(("menu", action.text()))
    assert sorted(set(left)) == []


def seen_width(w: QWidget) -> int:
    """How much of ``w``'s width can be seen: a parent that clips it (a dock too narrow for
    its form) squeezes it as much as a small size does; scrolled out of sight down a
    scroll area is not squeezed."""
    parent = w.parentWidget()
    while parent is not None and not isinstance(parent.parentWidget(), QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return w.visibleRegion().boundingRect().width()
    port = parent  # the scroll area's viewport
    left = w.mapTo(port, QPoint(0, 0)).x()
    return max(0, min(left + w.width(), port.width()) - max(left, 0))


def test_nothing_is_squeezed_at_1280_by_800(qtbot, window) -> None:
    someone = next(p for p in window.graph.people.values() if p.side is Side.CLIENT)
    window.document.select(someone.id)
    squeezed = []
    for index in range(window.tabs.count()):  # every tab, the desk's panels included
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        for w in window.findChildren(QWidget):
            if not w.isVisible():
                continue
            name = f"{type(w).__name__}:{w.objectName()} on tab {index}"
            seen = seen_width(w)
            if isinstance(w, QAbstractButton) and w.text() and "×" not in w.text():
                need = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
                if seen < need + 8:
                    squeezed.append((name, w.text(), seen, need))
            filters = ("searchBox", "peopleFilterText")
            if isinstance(w, QLineEdit) and w.objectName() in filters and seen < 150:
                squeezed.append((name, w.placeholderText(), seen, 150))
            if isinstance(w, QComboBox) and w.objectName().startswith("peopleFilter"):
                need = w.fontMetrics().horizontalAdvance(w.currentText()) + 24
                if seen < need:  # "Обе сторон": a filter's word cut to a stub
                    squeezed.append((name, w.currentText(), seen, need))
            if isinstance(w, QComboBox | QLineEdit) and 0 < seen < min(w.width(), 70):
                squeezed.append((name, w.currentText() if isinstance(w, QComboBox)
                                 else w.text(), seen, w.width()))
    assert squeezed == [], squeezed
    assert QApplication.instance() is not None
