"""Undo and redo of every kind of edit restore the exact graph and the database rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from kamdesk.graph import sample
from kamdesk.graph.entities import Kpi, Link, Meeting, Person
from kamdesk.graph.errors import ReportingCycleError
from kamdesk.graph.types import LinkKind, Side, Stance
from kamdesk.store import Workspace
from kamdesk.ui.commands import perform
from tests.helpers import snapshot, without_versions


def clients(g):
    return sorted(p.id for p in g.people.values() if p.side is Side.CLIENT)


def _compound(g):
    with g.batch() as changes:  # a drag or a paste: one step
        g.add_person(Person("a", g.id, Side.CLIENT, "A"))
        g.add_person(Person("b", g.id, Side.CLIENT, "B"))
        g.set_manager("b", "a")
    return tuple(changes)


EDITS = {
    "add person": lambda g: g.add_person(Person("new", g.id, Side.CLIENT, "Новый Ёж")),
    "rename": lambda g: g.update_person(g.person(clients(g)[0])._replace(name="Другое имя")),
    "stance": lambda g: g.update_person(g.person(clients(g)[1])._replace(
        stance=Stance.BLOCKER, influence=5)),
    "delete person": lambda g: g.remove_person(g.account.kam_id),
    "change manager": lambda g: g.set_manager(
        next(p for p in clients(g) if g.manager_of(p) is not None), None),
    "influence line": lambda g: g.add_link(Link("infl", g.id, LinkKind.INFLUENCES,
                                                clients(g)[2], clients(g)[3], weight=3)),
    "remove line": lambda g: g.remove_link(next(iter(g.links))),
    "account": lambda g: g.update_account(g.account._replace(goals="Новые цели")),
    "kpi": lambda g: g.add_record(Kpi("kpi", g.id, "NPS", "pts", 60.0, 41.0)),
    "meeting": lambda g: g.remove_record(Meeting, next(iter(g.records(Meeting)))),
    "compound": _compound,
}


@pytest.mark.parametrize("name", list(EDITS))
def test_undo_and_redo_restore_graph_and_rows(qtbot, tmp_path: Path, name: str) -> None:
    path = tmp_path / "ws.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=1, today=date(2026, 11, 22))[0])
    with Workspace.open(path) as ws, Workspace.open(path) as reader:
        graph = ws.load(ws.accounts()[0].id)
        stack = QUndoStack()
        before = without_versions(snapshot(graph))
        perform(stack, graph, name, EDITS[name])
        after = without_versions(snapshot(graph))
        assert after != before and stack.count() == 1
        stack.undo()
        assert without_versions(snapshot(graph)) == before
        assert without_versions(snapshot(reader.load(graph.id))) == before  # the rows too
        stack.redo()
        assert without_versions(snapshot(graph)) == after
        assert without_versions(snapshot(reader.load(graph.id))) == after
        stack.undo()
        assert without_versions(snapshot(reader.load(graph.id))) == before


def test_a_refused_edit_raises_and_pushes_nothing(qtbot) -> None:
    graph = sample.generate(seed=1)[0]
    stack = QUndoStack()
    top = next(p for p in clients(graph) if graph.manager_of(p) is None
               and graph.solid_reports(p))
    below = graph.solid_reports(top)[0]
    before = snapshot(graph)
    with pytest.raises(ReportingCycleError):
        perform(stack, graph, "drag", lambda g: g.set_manager(top, below))
    assert stack.count() == 0 and snapshot(graph) == before


def test_an_undo_overtaken_by_another_edit_is_dropped_with_a_message(qtbot) -> None:
    graph = sample.generate(seed=1)[0]
    stack = QUndoStack()
    messages: list[str] = []
    pid = clients(graph)[0]
    perform(stack, graph, "rename", lambda g: g.update_person(g.person(pid)._replace(
        name="Mine")), messages.append)
    graph.update_person(graph.person(pid)._replace(name="Someone else's"))  # not on the stack
    stack.undo()
    assert graph.person(pid).name == "Someone else's"
    assert messages and "changed since" in messages[0]
    assert stack.count() == 0


def test_two_edits_of_one_person_both_undo_and_redo(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "ws.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=1, today=date(2026, 11, 22))[0])
    with Workspace.open(path) as ws, Workspace.open(path) as reader:
        graph = ws.load(ws.accounts()[0].id)
        stack = QUndoStack()
        messages: list[str] = []
        pid = clients(graph)[0]
        start = without_versions(snapshot(graph))
        perform(stack, graph, "title", lambda g: g.update_person(g.person(pid)._replace(
            title="Первая")), messages.append)
        middle = without_versions(snapshot(graph))
        perform(stack, graph, "notes", lambda g: g.update_person(g.person(pid)._replace(
            notes="Вторая")), messages.append)
        end = without_versions(snapshot(graph))
        for expected in (middle, start):
            stack.undo()
            assert without_versions(snapshot(graph)) == expected
            assert without_versions(snapshot(reader.load(graph.id))) == expected
        for expected in (middle, end):
            stack.redo()
            assert without_versions(snapshot(graph)) == expected
            assert without_versions(snapshot(reader.load(graph.id))) == expected
        assert messages == [] and stack.count() == 2
