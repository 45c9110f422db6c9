"""The account's views driven as a user would: real widgets on a real workspace file.

Each view is checked both ways (the model's change shows in the view; the user's gesture in
the view changes the model), and every kind of edit made through a view is undone and
redone to the exact graph and the exact database rows.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kamdesk.graph import sample
from kamdesk.graph.queries import folded
from kamdesk.graph.types import LinkKind, Side, Stance
from kamdesk.store import Workspace
from kamdesk.ui.chart.view import OrgChartView
from kamdesk.ui.mainwindow import MainWindow
from tests.helpers import snapshot, without_versions
from tests.ui.test_app import qt_messages  # noqa: F401 - a fixture

TODAY = date(2026, 11, 22)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "views.kam"
    with Workspace.open(target, create=True) as ws:
        for g in sample.generate(seed=3, today=TODAY):
            ws.add_account(g)
    return target


@pytest.fixture
def window(qtbot, path: Path) -> Iterator[MainWindow]:
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.chart)
    yield win
    win.close()


def rows(path: Path, account_id: str) -> dict[str, object]:
    """What the database holds for the account, read through a second connection."""
    with Workspace.open(path) as reader:
        return without_versions(snapshot(reader.load(account_id)))


def state(window: MainWindow) -> dict[str, object]:
    assert window.graph is not None
    return without_versions(snapshot(window.graph))


def client_with_reports(window: MainWindow) -> str:
    g = window.graph
    assert g is not None
    return next(p.id for p in g.people.values()
                if p.side is Side.CLIENT and g.solid_reports(p.id) and g.manager_of(p.id))


def centre_of(chart: OrgChartView, pid: str) -> QPoint:
    chart.centerOn(chart.card_rect(pid).center())
    return chart.mapFromScene(chart.card_rect(pid).center())


def drag(qtbot, chart: OrgChartView, source: str, target: str,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    start = centre_of(chart, source)
    viewport = chart.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    end = chart.mapFromScene(chart.card_rect(target).center())
    for step in range(1, 6):  # move in steps, past the drag distance
        point = start + (end - start) * step / 5
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks crashes PySide6 on Cyrillic)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def error_text(window: MainWindow) -> str:
    boxes = [w for w in window.findChildren(QMessageBox, "errorDialog") if w.isVisible()]
    text = " ".join(box.text() for box in boxes)
    for box in boxes:
        box.close()
    return text


# ---------------------------------------------------------------------- org chart
def test_chart_shows_every_client_and_mirrors_the_model(window: MainWindow) -> None:
    g = window.graph
    assert g is not None
    clients = {p.id for p in g.people.values() if p.side is Side.CLIENT}
    ours = {p.id for p in g.people.values() if p.side is Side.INTERNAL}
    assert set(window.chart.chart.boxes) == clients
    assert set(window.team_chart.chart.boxes) == ours
    boss = client_with_reports(window)
    assert window.document is not None
    new = window.document.add_report(boss)  # model → view: a new card under the manager
    assert new is not None
    assert window.chart.chart.manager[new] == boss
    box = window.chart.chart.boxes[new]
    window.document.update_person(g.person(new)._replace(name="Ёлкин Пётр"))  # a rename
    assert window.chart.chart.boxes[new] == box  # repainted in place, no new layout
    window.document.remove_person(new)
    assert new not in window.chart.chart.boxes


def test_drag_onto_a_card_changes_the_manager_as_one_undo_step(qtbot, window, path) -> None:
    g = window.graph
    assert g is not None
    chart = window.chart
    mover = next(p for p in chart.chart.boxes if chart.chart.manager.get(p)
                 and p not in chart.chart.stacked)
    target = next(p for p in chart.chart.boxes if p not in (mover, chart.chart.manager[mover])
                  and mover not in _chain(g, p) and p != mover)
    before, before_rows = state(window), rows(path, g.id)
    drag(qtbot, chart, mover, target)
    assert g.manager_of(mover) == target
    assert chart.chart.manager[mover] == target  # the chart was laid out again
    after = state(window)
    window.undo_action.trigger()
    assert state(window) == before and rows(path, g.id) == before_rows
    window.redo_action.trigger()
    assert state(window) == after and rows(path, g.id) == after


def _chain(g, pid: str) -> list[str]:
    from kamdesk.graph.queries import manager_chain

    return [pid, *manager_chain(g, pid)]


def test_a_drag_that_would_make_a_cycle_is_refused(qtbot, window, path) -> None:
    g = window.graph
    assert g is not None
    chart = window.chart
    boss = client_with_reports(window)
    below = g.solid_reports(boss)[0]
    before, before_rows = state(window), rows(path, g.id)
    drag(qtbot, chart, boss, below)  # a manager onto their own report
    assert "cycle" in error_text(window).lower()
    assert state(window) == before and rows(path, g.id) == before_rows
    assert window.document is not None and window.document.stack.count() == 0


def test_shift_drag_draws_an_influence_line(qtbot, window, path) -> None:
    g = window.graph
    assert g is not None
    chart = window.chart
    a, b = list(chart.chart.boxes)[:2]
    before = state(window)
    drag(qtbot, chart, b, a, Qt.KeyboardModifier.ShiftModifier)
    assert g.find_link(LinkKind.INFLUENCES, b, a) is not None
    assert g.manager_of(b) == before["managers"][b]  # type: ignore[index]
    window.undo_action.trigger()
    assert state(window) == before and rows(path, g.id) == before


def test_collapse_hides_the_subtree_and_is_remembered(qtbot, window) -> None:
    chart = window.chart
    boss = client_with_reports(window)
    below = set(_subtree(window, boss)) - {boss}
    chart.toggle(boss)
    assert not below & set(chart.chart.boxes) and chart.chart.hidden[boss] == len(below)
    account = window.graph.id  # type: ignore[union-attr]
    window.show_account(None)
    window.show_account(account)
    assert boss in window.chart.collapsed  # remembered per person
    # search expands the path to a hidden person
    hidden = next(iter(below))
    window.show_hit(hidden)
    assert hidden in window.chart.chart.boxes and window.chart.selected == hidden


def _subtree(window: MainWindow, pid: str) -> list[str]:
    from kamdesk.graph.queries import subtree

    assert window.graph is not None
    return subtree(window.graph, pid)


def test_click_on_the_badge_collapses_and_expands(qtbot, window) -> None:
    chart = window.chart
    boss = client_with_reports(window)
    rect = chart.card_rect(boss)
    chart.centerOn(rect.center())
    badge = chart.mapFromScene(QPointF(rect.center().x(), rect.bottom() + 8))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=badge)
    assert boss in chart.collapsed
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=badge)
    assert boss not in chart.collapsed


@pytest.mark.parametrize("edit", ["add_report", "add_manager", "add_peer", "remove_person"])
def test_chart_edits_undo_and_redo_exactly(window, path, edit: str) -> None:
    g = window.graph
    assert g is not None and window.document is not None
    person = client_with_reports(window)
    # give the person lines of every kind, so a delete has to take them all in one step
    other = next(p for p in g.people if g.person(p).side is Side.CLIENT and p != person)
    window.document.add_link(LinkKind.INFLUENCES, other, person)
    ours = next(p for p in g.people if g.person(p).side is Side.INTERNAL)
    window.document.link_counterpart(person, ours)
    before, before_rows = state(window), rows(path, g.id)
    count = window.document.stack.count()
    getattr(window.document, edit)(person)
    assert window.document.stack.count() == count + 1
    after = state(window)
    assert after != before
    window.undo_action.trigger()
    assert state(window) == before and rows(path, g.id) == before_rows
    assert set(window.chart.chart.boxes) == {p for p in g.people
                                             if g.person(p).side is Side.CLIENT}
    window.redo_action.trigger()
    assert state(window) == after and rows(path, g.id) == after


def test_export_the_chart_as_png_and_svg(window, tmp_path) -> None:
    from PySide6.QtGui import QImage

    from kamdesk.ui.chart.export import save_chart

    png = save_chart(window.chart, tmp_path / "chart.png")
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() == round(window.chart.item.boundingRect().width())
    svg = save_chart(window.chart, tmp_path / "chart.svg")
    text = svg.read_text(encoding="utf-8")
    g = window.graph
    assert g is not None
    someone = next(p for p in window.chart.chart.boxes)
    assert "<svg" in text and g.person(someone).name.split()[0] in text
    visible = save_chart(window.chart, tmp_path / "part.png", visible=True)
    part = QImage(str(visible))
    assert 0 < part.width() <= window.chart.viewport().width() + 2


# ---------------------------------------------------------------------- comb
def test_comb_shows_gaps_and_links_by_drag(qtbot, window, path) -> None:
    g = window.graph
    assert g is not None
    window.tabs.setCurrentWidget(window.comb)
    comb = window.comb
    QApplication.processEvents()
    covered = {x.target for x in g.links.values() if x.kind is LinkKind.COUNTERPART}
    expected_gaps = {p.id for p in g.people.values() if p.side is Side.CLIENT
                     and p.decision_role is not None and p.decision_role.value in
                     ("decision_maker", "influencer") and p.id not in covered}
    assert comb.gaps == expected_gaps and expected_gaps
    gap = next(iter(comb.gaps))
    ours = next(p for p in comb.chips if g.person(p).side is Side.INTERNAL)
    before = state(window)
    start = comb.mapFromScene(comb.chips[gap].sceneBoundingRect().center())
    end = comb.mapFromScene(comb.chips[ours].sceneBoundingRect().center())
    qtbot.mousePress(comb.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(comb.viewport(), start + (end - start) * step / 5)
    qtbot.mouseRelease(comb.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert g.find_link(LinkKind.COUNTERPART, ours, gap) is not None  # ours → theirs
    assert gap not in comb.gaps  # the view followed the model
    window.undo_action.trigger()
    assert state(window) == before and rows(path, g.id) == before
    assert gap in comb.gaps


# ---------------------------------------------------------------------- table and editor
def test_table_filters_sorts_and_edits_in_place(qtbot, window, path) -> None:
    g = window.graph
    assert g is not None
    panel = window.people
    window.tabs.setCurrentWidget(panel)
    proxy = panel.proxy
    assert proxy.rowCount() == len(g.people)
    panel.side_box.setCurrentIndex(panel.side_box.findData(Side.INTERNAL))
    assert proxy.rowCount() == sum(1 for p in g.people.values() if p.side is Side.INTERNAL)
    panel.side_box.setCurrentIndex(0)
    someone = next(p for p in g.people.values() if p.side is Side.CLIENT)
    panel.text.setText(someone.name.upper().replace("Ё", "Е"))
    assert proxy.rowCount() == len(g.people)  # typing is debounced: not filtered per key
    qtbot.waitUntil(lambda: proxy.rowCount() < len(g.people), timeout=2000)
    assert proxy.rowCount() >= 1
    panel.text.clear()
    qtbot.waitUntil(lambda: proxy.rowCount() == len(g.people), timeout=2000)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=folded)  # ё sorts as е, case does not matter
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == someone.name)
    before, before_rows = state(window), rows(path, g.id)
    assert proxy.setData(proxy.index(row, 0), "Жанна Ёлкина", Qt.ItemDataRole.EditRole)
    assert g.person(someone.id).name == "Жанна Ёлкина"
    window.undo_action.trigger()
    assert state(window) == before and rows(path, g.id) == before_rows
    # the model changes under the table: the cell follows
    window.document.update_person(g.person(someone.id)._replace(title="Новая должность"))
    shown = {proxy.index(r, 1).data() for r in range(proxy.rowCount())}
    assert "Новая должность" in shown


def test_editor_validates_inline_and_applies_one_step(qtbot, window, path) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit

    g = window.graph
    assert g is not None
    editor = window.editor
    someone = next(p for p in g.people.values() if p.side is Side.INTERNAL)
    window.document.select(someone.id)
    assert editor.person == someone
    name = editor.fields["name"]
    assert isinstance(name, QLineEdit)
    name.clear()
    qtbot.keyClicks(name, "   ")  # a blank name: refused inline, Apply disabled
    assert editor.errors["name"].isVisibleTo(editor) and not editor.apply_button.isEnabled()
    role = editor.fields["decision_role"]
    assert isinstance(role, QComboBox)
    name.setText("Иван Королёв")
    editor.check()
    role.setCurrentIndex(1)  # our people have no decision role
    assert editor.errors["decision_role"].isVisibleTo(editor)
    assert "only client people" in editor.errors["decision_role"].text()
    role.setCurrentIndex(0)
    stance = editor.fields["stance"]
    assert isinstance(stance, QComboBox)
    stance.setCurrentIndex(stance.findData(Stance.CHAMPION))
    assert editor.apply_button.isEnabled()
    before, before_rows = state(window), rows(path, g.id)
    editor.apply()
    changed = g.person(someone.id)
    assert changed.name == "Иван Королёв" and changed.stance is Stance.CHAMPION
    window.undo_action.trigger()
    assert state(window) == before and rows(path, g.id) == before_rows
    assert editor.fields["name"].text() == someone.name  # type: ignore[attr-defined]


# ---------------------------------------------------------------------- search, shortcuts
def test_search_finds_a_cyrillic_name_typed_with_e_for_yo(qtbot, window) -> None:
    g = window.graph
    assert g is not None
    yo = next((p for p in g.people.values() if "ё" in p.name.casefold()), None)
    if yo is None:  # the account has none: give somebody one, through the app
        someone = next(p for p in g.people.values() if p.side is Side.CLIENT)
        window.document.update_person(someone._replace(name="Фёдор Королёв"))
        yo = g.person(someone.id)
    typed = yo.name.casefold().replace("ё", "е")[1:6].upper()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus() or QApplication.focusWidget() is window.search
    type_text(window.search, typed)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert yo.id in window.hits
    chart = window.chart if yo.side is Side.CLIENT else window.team_chart
    assert chart.selected in window.hits and yo.id in chart.highlighted
    assert window.tabs.currentWidget() is chart
    centre = chart.mapToScene(chart.viewport().rect().center())
    assert chart.card_rect(chart.selected).contains(centre)


def test_keyboard_new_person_and_delete(qtbot, window) -> None:
    g = window.graph
    assert g is not None
    chart = window.chart
    boss = client_with_reports(window)
    window.document.select(boss)
    count = len(g.people)
    window.new_person_action.trigger()
    assert len(g.people) == count + 1
    new = window.editor.person.id  # type: ignore[union-attr]
    assert g.manager_of(new) == boss and window.editor.fields["name"].hasFocus()
    chart.setFocus()
    chart.select(new)
    qtbot.keyClick(chart, Qt.Key.Key_Delete)
    assert new not in g.people
    window.undo_action.trigger()
    assert new in g.people


# ---------------------------------------------------------------------- the app as a whole
def test_switching_accounts_and_closing_leaks_nothing(qtbot, path, qt_messages) -> None:  # noqa: F811
    win = MainWindow(Workspace.open(path))
    win.show()
    qtbot.waitExposed(win)
    graphs = []
    for row in range(win.portfolio.count()):
        win.portfolio.setCurrentRow(row)
        for view in range(win.tabs.count()):
            win.tabs.setCurrentIndex(view)
            QApplication.processEvents()
        assert win.graph is not None
        graphs.append(weakref.ref(win.graph))
        # each panel, the portfolio and the document, once: a leak would add the previous
        # account's
        assert len(win.graph._listeners) == len(win.panels) + 2
    kept = weakref.ref(win.graph)
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del win
    gc.collect()
    assert all(ref() is None for ref in graphs) and kept() is None
    leftover = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QWidget) and w.objectName() in ("mainWindow", "errorDialog")]
    assert leftover == []
    assert qt_messages == []


def test_a_refused_file_shows_a_dialog_and_keeps_the_window(qtbot, tmp_path) -> None:
    broken = tmp_path / "text.kam"
    broken.write_text("not a database", encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_target(str(broken)) is False
    assert "not a kamdesk workspace" in error_text(win)
    assert broken.read_text(encoding="utf-8") == "not a database"
    assert win.workspace is None


def test_language_switch_translates_the_window_and_keeps_the_work(qtbot, window) -> None:
    from kamdesk.ui import i18n

    g = window.graph
    assert g is not None and window.document is not None
    document = window.document
    # some work: two edits on the undo stack, a search, a chart zoomed and scrolled
    someone = next(p for p in g.people.values() if p.side is Side.CLIENT)
    document.update_person(someone._replace(title="Первая правка"))
    document.update_person(g.person(someone.id)._replace(title="Вторая правка"))
    window.search.setText(someone.name[:4])
    window.find()
    hits, selected = list(window.hits), document.selected
    window.chart.zoom(0.5)
    window.chart.centerOn(window.chart.card_rect(someone.id).center() + QPointF(37, 11))
    before = window.chart.mapToScene(window.chart.viewport().rect().center())
    scale = window.chart.transform().m11()
    window.switch_language("ru")
    try:
        assert window.isVisible() and window.document is document and window.graph is g
        assert window.tabs.tabText(1) == "Оргструктура"
        assert window.menuBar().actions()[0].text() == "&Файл"
        assert window.search.placeholderText().startswith("Найти")
        assert "клиент" in window.statusBar().currentMessage()  # no message left in English
        assert window.search.text() == someone.name[:4] and window.hits == hits
        assert window.chart.highlighted == {h for h in hits if g.person(h).side is Side.CLIENT}
        assert window.chart.selected == selected and document.selected == selected
        assert window.chart.transform().m11() == scale
        after = window.chart.mapToScene(window.chart.viewport().rect().center())
        pixel = 1 / scale  # the same place, to a screen pixel or two of rounding
        assert abs(after.x() - before.x()) <= 2 * pixel and abs(after.y() - before.y()) <= 2 * pixel
        assert document.stack.count() >= 2 and window.undo_action.isEnabled()
        window.undo_action.trigger()  # the history survived: the last edit comes undone
        assert g.person(someone.id).title == "Первая правка"
        owners = [listener.__self__ for listener in g._listeners]  # no panel of before listens
        from kamdesk.graph.search_index import index_of  # the graph's own, not a panel's

        allowed = [*window.panels, document, window.portfolio, window.people.model,
                   index_of(g)]
        assert all(any(o is a for a in allowed) for o in owners)
        assert len(owners) == len({id(o) for o in owners})
    finally:
        i18n.install("en")
        from PySide6.QtCore import QSettings

        QSettings().setValue("language", "en")


def test_switching_language_twice_keeps_the_search_box_and_one_of_each_dock(
        qtbot, window) -> None:
    """The search box lives in the toolbar: a switch must not delete it with an old one,
    even once the event loop has run the deletions between two switches; and the old
    docks, deleted later, never show again beside the new ones."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDockWidget

    from kamdesk.ui import i18n

    window.search.setText("abc")
    try:
        for language in ("ru", "en", "ru"):
            window.switch_language(language)
            # before the old docks are deleted: they must not come back with restoreState
            shown = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
            assert len(shown) == len({d.objectName() for d in shown}) == 3
            assert len(window.findChildren(QDockWidget, "personEditorDock")) == 1
            qtbot.wait(20)  # deleteLater runs here
            assert window.search.text() == "abc" and window.search.isVisible()
            assert window.toolbar.widgetForAction(window.toolbar.actions()[-1]) is window.search
        assert window.search.placeholderText().startswith("Найти")
        assert window.toolbar.windowTitle() != "Main"
    finally:
        i18n.install("en")
        QSettings().setValue("language", "en")
