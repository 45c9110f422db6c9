"""A desk panel on a real workspace file: the document, the reports it makes, the rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.store import Workspace
from kamdesk.ui.document import AccountDocument
from tests.helpers import snapshot, without_versions

TODAY = date.today()  # "mark as held" and "overdue" are about the real today


@dataclass
class Desk:
    path: Path
    workspace: Workspace
    graph: AccountGraph
    document: AccountDocument
    reports: list[tuple[str, str]] = field(default_factory=list)

    def rows(self) -> dict[str, Any]:
        """What the database holds for the account, read through a second connection."""
        with Workspace.open(self.path) as reader:
            return without_versions(snapshot(reader.load(self.graph.id)))

    def state(self) -> dict[str, Any]:
        return without_versions(snapshot(self.graph))

    def show(self, qtbot: Any, panel: QWidget) -> QWidget:
        qtbot.addWidget(panel)
        panel.set_document(self.document)  # type: ignore[attr-defined]
        panel.resize(1280, 800)
        panel.show()
        qtbot.waitExposed(panel)
        return panel


@pytest.fixture(name="desk")
def desk_fixture(qtbot: Any, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "desk.kam"
    with Workspace.open(path, create=True) as ws:
        for g in sample.generate(seed=7, today=TODAY, people=150):
            ws.add_account(g)
    workspace = Workspace.open(path)
    account = workspace.find_account("Nordwind Retail Group")
    graph = workspace.load(account.id)
    found = Desk(path, workspace, graph, None)  # type: ignore[arg-type]
    found.document = AccountDocument(graph, lambda t, m: found.reports.append((t, m)))
    yield found
    found.document.close()
    workspace.close()


def leave(widget: QWidget) -> None:
    """The user leaves a field (what writes a text field)."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def diff(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Where two snapshots differ (for a readable failure)."""
    out = []
    for key, mine in a.items():
        theirs = b.get(key)
        if isinstance(mine, dict) and isinstance(theirs, dict):
            for sub in set(mine) | set(theirs):
                if mine.get(sub) != theirs.get(sub):
                    out.append(f"{key}/{sub}: {mine.get(sub)!r} != {theirs.get(sub)!r}")
        elif mine != theirs:
            out.append(f"{key}: {mine!r} != {theirs!r}")
    return out


@pytest.fixture(name="russian")
def russian_fixture() -> Iterator[None]:
    """The app speaks Russian, for the length of a test."""
    from kamdesk.ui import i18n

    i18n.install("ru")
    yield
    i18n.install("en")
