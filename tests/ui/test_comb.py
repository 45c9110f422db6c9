"""The comb tells the truth: links through the gutter, both sides in view, KAM and sponsor
marked, only the people who matter on a large account; zoom, fit, autoscroll on drag."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kamdesk.graph import sample
from kamdesk.graph.types import LinkKind, Side
from kamdesk.store import Workspace
from kamdesk.ui import i18n
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.panels.comb import KEY_ONLY_ABOVE, READABLE
from tests.ui import windows
from tests.ui.test_views import path

__all__ = ["path"]  # a fixture


def open_window(qtbot, target: Path, width: int = 1280, height: int = 800) -> MainWindow:
    i18n.install("en")
    win = windows.open_window(qtbot, target, width, height, tab="comb")
    qtbot.wait(20)  # the comb fits itself once it has its final size
    return win


@pytest.fixture
def window(qtbot, path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, path)
    yield win
    win.close()


def test_links_run_through_the_gutter_never_behind_a_chip(window) -> None:
    comb, g = window.comb, window.graph
    # link every gap to one of ours on another level: many routes across busy rows
    ours = [p for p in g.people.values() if p.side is Side.INTERNAL]
    for i, gap in enumerate(sorted(comb.gaps)):
        window.document.link_counterpart(gap, ours[i % len(ours)].id)
    QApplication.processEvents()
    counterparts = [x.id for x in g.links.values() if x.kind is LinkKind.COUNTERPART]
    assert len(comb.routes) == len(counterparts) > 5
    assert {x: comb.route_crosses_a_chip(x) for x in comb.routes} == {
        x: [] for x in comb.routes}


def test_at_1280_by_800_both_sides_are_in_view_and_readable(window) -> None:
    comb = window.comb
    comb.fit()
    assert comb.transform().m11() >= READABLE - 1e-9
    view = comb.viewport().rect()
    for pid, chip in comb.chips.items():
        rect = comb.mapFromScene(chip.sceneBoundingRect()).boundingRect()
        assert rect.left() >= 0 and rect.right() <= view.width(), pid


def test_zoom_and_fit_from_the_view_menu(window) -> None:
    comb = window.comb
    scale = comb.transform().m11()
    window.zoom_in_action.trigger()
    assert comb.transform().m11() == pytest.approx(scale * 1.25)
    window.document.update_person(next(iter(window.graph.people.values()))._replace(
        title="Другая"))  # a rebuild keeps the user's zoom
    assert comb.transform().m11() == pytest.approx(scale * 1.25)
    window.fit_action.trigger()
    assert comb.transform().m11() == pytest.approx(scale)


def test_our_kam_and_sponsor_are_marked(window) -> None:
    comb, account = window.comb, window.graph.account
    assert account.kam_id in comb.chips and account.sponsor_id in comb.chips
    texts = {pid: [c.text() for c in comb.chips[pid].childItems() if hasattr(c, "text")]
             for pid in (account.kam_id, account.sponsor_id)}
    assert any(t.startswith("KAM") for t in texts[account.kam_id])
    assert any(t.startswith("Executive sponsor") for t in texts[account.sponsor_id])


def test_a_drag_near_the_edge_scrolls_the_comb(qtbot, window) -> None:
    comb = window.comb
    comb.zoom(2.0)  # taller than the view: there is somewhere to scroll
    bar = comb.verticalScrollBar()
    bar.setValue(0)
    top = min(comb.chips.values(), key=lambda c: c.y())
    start = comb.mapFromScene(top.sceneBoundingRect().center())
    viewport = comb.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    edge = QPoint(start.x(), viewport.height() - 5)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (edge - start) * step / 5)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=2000)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=edge)


def test_a_large_account_shows_only_the_people_who_matter(qtbot, tmp_path) -> None:
    target = tmp_path / "big.kam"
    with Workspace.open(target, create=True) as ws:
        ws.add_account(sample.generate(seed=4, people=KEY_ONLY_ABOVE * 2,
                                       today=date(2026, 11, 22))[0])
    win = open_window(qtbot, target)
    try:
        comb, g = win.comb, win.graph
        ours = {p.id for p in g.people.values() if p.side is Side.INTERNAL}
        shown_ours = ours & set(comb.chips)
        assert comb.key_only() and len(comb.chips) < len(g.people) / 3
        assert shown_ours < ours  # not every one of ours, but the KAM is there
        assert g.account.kam_id in comb.chips
        clients_shown = set(comb.chips) - ours
        assert all(g.person(p).decision_role is not None or any(
            x.kind is LinkKind.COUNTERPART and p in (x.source, x.target)
            for x in g.links_of(p)) for p in clients_shown)
        comb.all_ours.setChecked(True)
        assert ours <= set(comb.chips)
    finally:
        win.close()
