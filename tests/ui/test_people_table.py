"""The People table: Russian sorting, a debounced filter, drop-downs, a careful delete.

Through real widgets on a real workspace file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from kamdesk.graph.types import Level, Side, Stance
from kamdesk.store import Workspace
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.panels.people_model import COLUMNS, ID_ROLE
from tests.ui.test_views import client_with_reports, error_text, path, type_text

__all__ = ["path"]  # a fixture


@pytest.fixture
def window(qtbot, path: Path) -> Iterator[MainWindow]:
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.people)
    yield win
    win.close()


def cell(window: MainWindow, pid: str, field: str):
    panel = window.people
    row = panel.model.row_of[pid]
    return panel.proxy.mapFromSource(panel.model.index(row, COLUMNS.index(field)))


def test_names_sort_as_a_russian_reader_expects(window) -> None:
    doc = window.document
    clients = [p for p in doc.graph.people.values() if p.side is Side.CLIENT][:4]
    for person, name in zip(clients, ("Жуков Олег", "Ёлкин Пётр", "абрамов Иван",
                                      "Едемский Лев"), strict=True):
        doc.update_person(person._replace(name=name))
    panel = window.people
    panel.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    names = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    mine = [n for n in names if n in ("Жуков Олег", "Ёлкин Пётр", "абрамов Иван",
                                       "Едемский Лев")]
    assert mine == ["абрамов Иван", "Едемский Лев", "Ёлкин Пётр", "Жуков Олег"]
    # a rename re-sorts its key: the row shows the new name where the user sorted it
    doc.update_person(doc.graph.person(clients[0].id)._replace(name="Ааронов Ян"))
    assert panel.proxy.index(cell(window, clients[0].id, "name").row(), 0).data() == "Ааронов Ян"


def test_the_filter_waits_for_typing_to_stop_and_keeps_the_rows(qtbot, window) -> None:
    panel = window.people
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    total = panel.proxy.rowCount()
    someone = next(p for p in window.document.graph.people.values() if p.side is Side.CLIENT)
    panel.text.setFocus()
    type_text(panel.text, someone.name[:5])
    assert panel.proxy.rowCount() == total  # nothing filtered while typing
    qtbot.waitUntil(lambda: panel.proxy.rowCount() < total, timeout=2000)
    shown = {panel.proxy.index(r, 0).data(ID_ROLE) for r in range(panel.proxy.rowCount())}
    assert someone.id in shown
    assert resets == []  # filtering hid rows, it did not rebuild the model


def test_level_role_and_stance_cells_are_drop_downs(qtbot, window) -> None:
    doc = window.document
    g = doc.graph
    client = next(p for p in g.people.values() if p.side is Side.CLIENT
                  and p.stance is not Stance.BLOCKER)
    ours = next(p for p in g.people.values() if p.side is Side.INTERNAL)
    table = window.people.table
    table.setCurrentIndex(cell(window, client.id, "stance"))
    table.edit(cell(window, client.id, "stance"))
    box = table.findChild(QComboBox, "cellChoice")
    assert box is not None
    words = [box.itemText(i) for i in range(box.count())]
    assert len(words) == len(Stance) and "blocker" in words
    box.setCurrentIndex(box.findData(Stance.BLOCKER))
    box.activated.emit(box.currentIndex())
    assert g.person(client.id).stance is Stance.BLOCKER
    window.undo_action.trigger()
    assert g.person(client.id).stance is client.stance
    role = cell(window, ours.id, "decision_role")  # not offered for our own people
    assert not (role.flags() & Qt.ItemFlag.ItemIsEditable)
    assert cell(window, client.id, "decision_role").flags() & Qt.ItemFlag.ItemIsEditable


def test_a_wrong_word_gets_a_sentence_not_a_python_error(window) -> None:
    g = window.document.graph
    someone = next(iter(g.people.values()))
    proxy = window.people.proxy
    assert not proxy.setData(cell(window, someone.id, "level"), "сорок два")
    text = error_text(window)
    assert "сорок два" in text and "invalid literal" not in text and "Error" not in text
    assert g.person(someone.id) == someone
    assert proxy.setData(cell(window, someone.id, "level"), Level.DIRECTOR)
    assert g.person(someone.id).level is Level.DIRECTOR


def answer(window: MainWindow, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.objectName() == "confirmDialog"
                   and w.isVisible())
        seen.append(box.text())
        box.button(button).click()
    QTimer.singleShot(0, click)


def test_deleting_a_person_with_reports_asks_and_undo_restores_the_row(qtbot, window) -> None:
    g = window.document.graph
    boss = client_with_reports(window)
    reports = len(g.solid_reports(boss))
    row = window.people.model.row_of[boss]
    window.document.select(boss)
    seen: list[str] = []
    answer(window, QMessageBox.StandardButton.No, seen)
    window.delete_action.trigger()
    assert boss in g.people and str(reports) in seen[0] and g.person(boss).name in seen[0]
    answer(window, QMessageBox.StandardButton.Yes, seen)
    window.delete_action.trigger()
    assert boss not in g.people and len(seen) == 2
    window.undo_action.trigger()
    assert boss in g.people and window.people.model.row_of[boss] == row
    # someone without reports goes without a question
    leaf = next(p for p in g.people.values() if not g.solid_reports(p.id))
    window.document.select(leaf.id)
    window.delete_action.trigger()
    assert leaf.id not in g.people and len(seen) == 2


def shown_ids(panel) -> list[str]:
    return [panel.proxy.index(r, 0).data(ID_ROLE) for r in range(panel.proxy.rowCount())]


def expected(panel, text: str, side: Side | None = None) -> set[str]:
    """The filter's rule, applied the slow way over the graph."""
    from kamdesk.graph.queries import folded

    g = panel.model.graph
    return {p.id for p in g.people.values()
            if folded(text) in "\n".join(folded(x) for x in (p.name, p.title, p.department))
            and (side is None or p.side is side)}


def test_a_sort_reorders_the_filtered_rows_without_checking_anyone_again(window) -> None:
    panel = window.people
    g = window.document.graph
    someone = next(p for p in g.people.values() if p.side is Side.CLIENT)
    word = someone.title.split()[0][:4]
    panel.text.setText(word)
    panel.filter_now()
    panel.side_box.setCurrentIndex(panel.side_box.findData(Side.CLIENT))
    assert set(shown_ids(panel)) == expected(panel, word, Side.CLIENT)
    assert 0 < len(shown_ids(panel)) < len(g.people)
    window.document.select(someone.id)
    panel.proxy.checked = 0
    panel.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert panel.proxy.checked == 0  # the sort permuted rows, the filter was not asked
    ids = shown_ids(panel)
    assert set(ids) == expected(panel, word, Side.CLIENT)
    keys = [panel.model.keys[pid][0] for pid in ids]
    assert keys == sorted(keys, reverse=True)
    # the current row followed its person through the sort
    assert panel.proxy.data(panel.table.currentIndex(), ID_ROLE) == someone.id


def test_edits_adds_and_deletes_pass_through_the_filter(window) -> None:
    panel = window.people
    doc, g = window.document, window.document.graph
    someone = next(p for p in g.people.values() if p.side is Side.CLIENT
                   and not g.solid_reports(p.id))
    panel.text.setText("Ёжиков")  # nobody yet; typed with ё, stored with е below
    panel.filter_now()
    assert shown_ids(panel) == []
    doc.update_person(someone._replace(name="Ежиков Лев"))  # an edit brings the row in
    assert shown_ids(panel) == [someone.id]
    assert panel.proxy.index(0, 0).data() == "Ежиков Лев"
    doc.update_person(g.person(someone.id)._replace(name="Смирнов Лев"))  # and takes it out
    assert shown_ids(panel) == []
    window.undo_action.trigger()
    assert shown_ids(panel) == [someone.id]
    window.document.select(someone.id)
    window.delete_action.trigger()  # no reports: no question
    assert someone.id not in g.people and shown_ids(panel) == []
    window.undo_action.trigger()  # back in its row, and shown again
    assert shown_ids(panel) == [someone.id]
    panel.text.setText("")
    panel.filter_now()
    assert set(shown_ids(panel)) == set(g.people)


def test_the_first_key_in_find_builds_the_index_the_pause_searches(qtbot, window) -> None:
    from kamdesk.graph.search_index import _INDEXES

    g = window.document.graph
    letter = next(iter(g.people.values())).name[0]
    assert g not in _INDEXES
    window.search.setFocus()
    type_text(window.search, letter)
    assert g in _INDEXES and window.hits == []  # built at the key; no search yet
    qtbot.waitUntil(lambda: len(window.hits) > 0, timeout=2000)
    assert window.hits == _INDEXES[g].search(letter)
