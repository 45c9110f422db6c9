"""The house: every panel keeps the contract, a panel is added in one line, modules stay small."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kamdesk.graph import sample
from kamdesk.graph.types import Side
from kamdesk.store import Workspace
from kamdesk.ui import mainwindow
from kamdesk.ui.document import AccountDocument
from kamdesk.ui.mainwindow import PANELS, MainWindow, panel_class
from kamdesk.ui.panels.people import ID_ROLE

UI = Path(mainwindow.__file__).resolve().parent


class ProbePanel(QLabel):
    """A panel made only for this test: it counts what the window hands it."""

    PLACE = "tab"
    OBJECT_NAME = "probePanel"

    @staticmethod
    def title() -> str:
        return "Probe"

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName(self.OBJECT_NAME)
        self.documents: list[AccountDocument | None] = []
        self.selected: list[str | None] = []

    def set_document(self, document: AccountDocument | None) -> None:
        self.documents.append(document)
        if document is not None:
            document.selectionChanged.connect(self.selected.append)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "house.kam"
    with Workspace.open(target, create=True) as ws:
        for g in sample.generate(seed=5)[:2]:
            ws.add_account(g)
    return target


@pytest.fixture
def window(qtbot, path: Path, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(mainwindow, "PANELS", (*PANELS, f"{__name__}.ProbePanel"))
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_every_panel_keeps_the_contract() -> None:
    names = set()
    for dotted in PANELS:
        cls = panel_class(dotted)
        assert cls.PLACE in ("tab", "left", "right"), dotted
        assert isinstance(cls.title(), str) and cls.title(), dotted
        assert callable(cls.set_document), dotted
        names.add(cls.OBJECT_NAME)
    assert {"accountOverview", "orgChartView", "teamChartView", "combView",
            "personEditor"} <= names
    assert len(names) == len(PANELS)  # stable and distinct object names


def test_a_panel_added_in_one_line_follows_the_open_account(window: MainWindow) -> None:
    probe = window.findChild(QWidget, "probePanel")
    assert isinstance(probe, ProbePanel)
    assert window.tabs.indexOf(probe) >= 0
    first = window.document
    assert first is not None and probe.documents[-1] is first
    someone = next(p.id for p in first.graph.people.values() if p.side is Side.CLIENT)
    first.select(someone)
    assert probe.selected == [someone]
    assert window.editor.person is not None and window.editor.person.id == someone
    window.portfolio.setCurrentRow(1)  # another account: the probe lets go and gets the new one
    assert window.document is not first and probe.documents[-2:] == [None, window.document]
    window.close()
    assert probe.documents[-1] is None


def test_selection_made_in_one_panel_shows_in_the_others(qtbot, window: MainWindow) -> None:
    document = window.document
    assert document is not None
    window.tabs.setCurrentWidget(window.people)
    QApplication.processEvents()
    ours = next(p for p in document.graph.people.values() if p.side is Side.INTERNAL)
    document.select(ours.id)
    assert window.team_chart.selected == ours.id
    assert window.chart.selected != ours.id  # not on the client's chart
    assert window.editor.person is not None and window.editor.person.id == ours.id
    current = window.people.table.currentIndex()
    assert window.people.proxy.data(current, ID_ROLE) == ours.id


def test_no_ui_module_is_over_500_lines() -> None:
    sizes = {p.relative_to(UI).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in UI.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 500} == {}
    for folder in ("panels", "chart", "dialogs"):
        assert (UI / folder / "__init__.py").exists()
