"""An import into the open account is one undo step: the window keeps the account open,
shows the new people at once, and Undo takes the whole import back (graph and rows)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from kamdesk.store import Workspace
from kamdesk.ui.dialogs.import_wizard import ImportWizard
from kamdesk.ui.mainwindow import MainWindow
from tests.helpers import snapshot, without_versions
from tests.ui.test_views import path, rows

__all__ = ["path"]  # a fixture


def test_an_import_into_the_open_account_is_one_undo_step(qtbot, path, tmp_path) -> None:
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    document = window.document
    graph = document.graph
    before_rows, before = rows(path, graph.id), without_versions(snapshot(graph))
    steps = document.stack.count()
    people = tmp_path / "people.csv"
    people.write_text("name,title,email\nАнна Петрова,Финансовый директор,anna@example.ru\n"
                      "Олег Сидоров,Главный инженер,oleg@example.ru\n"
                      "Ирина Ёлкина,Закупки,irina@example.ru\n", encoding="utf-8")
    wizard = ImportWizard(window.workspace, graph.account.name, window, document)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(people))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert "3 to add" in wizard.preview_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.imported_account == graph.id
    assert window.graph is graph  # the account stayed open: no reload
    names = {p.name for p in graph.people.values()}
    assert {"Анна Петрова", "Олег Сидоров", "Ирина Ёлкина"} <= names
    assert document.stack.count() == steps + 1
    after_rows = rows(path, graph.id)
    assert len(after_rows["people"]) == len(before_rows["people"]) + 3  # type: ignore[arg-type]
    window.undo_action.trigger()
    assert without_versions(snapshot(graph)) == before
    assert rows(path, graph.id) == before_rows
    window.redo_action.trigger()
    assert rows(path, graph.id) == after_rows
    window.close()
