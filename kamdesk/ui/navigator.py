"""The panel navigator: the account's fifteen panels in three groups a KAM reads at a glance.

Fifteen tabs do not fit a tab bar at 1280 px (nor at 1600): the window keeps its
``QTabWidget`` as the stack of panels (its tab bar hidden, so every caller that selects a
panel through ``window.tabs`` still works) and this tree, docked on the left under the
portfolio, is how the user moves between them: *Map* (the charts, the comb, the people),
*Account* (the overview and the desk's registers), *Portfolio* (the map of every account).

The navigator follows the stack both ways (a panel brought forward by "open the risk" is
selected here too), gives the keyboard Ctrl+PgUp/PgDn (next/previous panel in the
navigator's order) and Ctrl+1…9 (the first nine), and remembers the last panel by its
object name (``mainWindow/panel``), so reordering ``PANELS`` does not change what opens.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QTreeWidget, QTreeWidgetItem, QWidget

# The groups, in the order shown; a panel named in none (a new one) joins the account's.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("map", ("orgChartView", "teamChartView", "combView", "peoplePanel")),
    ("account", ("accountOverview", "accountPanel", "signalsList", "risksPanel",
                 "meetingsPanel", "actionsPanel", "raciTable", "kpiTable", "valueLog",
                 "historyView", "changesView")),
    ("portfolio", ("portfolioMap",)),
)
NAME_ROLE = Qt.ItemDataRole.UserRole
SETTING = "mainWindow/panel"


def name_at(tabs: QTabWidget, index: int) -> str:
    widget = tabs.widget(index)
    return widget.objectName() if widget is not None else ""


class Navigator(QTreeWidget):
    """The grouped list of the panels of ``tabs``; choosing one shows it."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.tabs = tabs
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._chosen)
        tabs.currentChanged.connect(self._shown)
        self.shortcuts: list[QShortcut] = []

    def group_title(self, key: str) -> str:
        return {"map": self.tr("Map"), "account": self.tr("Account"),
                "portfolio": self.tr("Portfolio")}[key]

    def rebuild(self) -> None:
        """The tree again from the panels of ``tabs`` (after they are made, or a language
        switch made them again)."""
        self.blockSignals(True)
        self.clear()
        self.items.clear()
        widgets = {name_at(self.tabs, i): i for i in range(self.tabs.count())}
        placed = {name for _key, names in GROUPS for name in names}
        bold = QFont(self.font())
        bold.setBold(True)
        for key, names in GROUPS:
            extra = [n for n in widgets if n not in placed] if key == "account" else []
            members = [n for n in (*names, *extra) if n in widgets]
            if not members:
                continue
            group = QTreeWidgetItem(self, [self.group_title(key)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not a place to go
            group.setFont(0, bold)
            for name in members:
                item = QTreeWidgetItem(group, [self.tabs.tabText(widgets[name])])
                item.setData(0, NAME_ROLE, name)
                self.items[name] = item
        self.expandAll()
        self.blockSignals(False)
        self._shown(self.tabs.currentIndex())
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)

    def order(self) -> list[str]:
        """The panels' object names in the navigator's order (what Ctrl+PgDn walks)."""
        return list(self.items)

    def show_panel(self, name: str) -> bool:
        for index in range(self.tabs.count()):
            if name_at(self.tabs, index) == name:
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def step(self, by: int) -> None:
        """The next (+1) or previous (-1) panel, round the end."""
        names = self.order()
        if not names:
            return
        current = self.tabs.currentWidget()
        at = names.index(current.objectName()) if current is not None \
            and current.objectName() in names else -1
        self.show_panel(names[(at + by) % len(names)])

    def add_shortcuts(self, window: QWidget) -> None:
        """Ctrl+PgDn/PgUp and Ctrl+1…9 anywhere in ``window``."""
        keys: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+PgDown", lambda: self.step(1)), ("Ctrl+PgUp", lambda: self.step(-1))]
        for n in range(1, 10):
            keys.append((f"Ctrl+{n}", partial(self._nth, n - 1)))
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def _nth(self, index: int) -> None:
        names = self.order()
        if index < len(names):
            self.show_panel(names[index])

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        name = item.data(0, NAME_ROLE) if item is not None else None
        if name:
            self.show_panel(name)

    def _shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        item = self.items.get(widget.objectName()) if widget is not None else None
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.viewport().update()

    # remembered across runs by name, not by tab index
    def remember(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None:
            QSettings().setValue(SETTING, current.objectName())

    def restore(self, default: str = "orgChartView") -> None:
        saved = QSettings().value(SETTING, default)
        if not self.show_panel(str(saved)):
            self.show_panel(default)
