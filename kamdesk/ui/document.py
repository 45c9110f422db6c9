"""The open account as the panels see it: its edits, its undo stack, selection and search.

Every panel takes one ``AccountDocument`` and mirrors it (see ``kamdesk.ui.panels``). The
chart, the comb, the table and the editor call these methods; none of them edits the graph
itself, so the rules, the journal and the undo history are the same whichever view the
user works in. A refusal (a cycle, a lost server) is reported through ``report`` and
changes nothing. Selection and search hits live here too, so a click in one panel is the
same selection in all of them without the main window wiring each pair.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kamdesk.graph import leaving
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes import ChangeSet, Listener
from kamdesk.graph.entities import Link, Person, new_id
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import Level, LinkKind, Side
from kamdesk.store import WorkspaceError
from kamdesk.ui import frozen_heap, i18n
from kamdesk.ui.commands import perform

if TYPE_CHECKING:
    from kamdesk.ui.chart.layout_cache import LayoutCache


def follow(old: AccountGraph | None, new: AccountGraph | None, listener: Listener) -> None:
    """Move a view's listener from the account it showed to the one it shows now."""
    if old is not None:
        old.unsubscribe(listener)
    if new is not None:
        new.subscribe(listener)


class AccountDocument(QObject):
    """One open account: its edits on its own undo stack, the selection and the search hits.

    Signals carry ids only; a panel reads what it needs from ``graph``.
    """

    created = Signal(str)  # a person was added by the user (then selected and activated)
    selectionChanged = Signal(object)  # noqa: N815 - the selected person's id, or None
    activated = Signal(str)  # edit this person (a double click, a new person)
    hitsChanged = Signal()  # noqa: N815 - the search hits changed
    linkSelected = Signal(object)  # noqa: N815 - a line clicked on a chart (its id), or None
    message = Signal(str)  # a line for the status bar
    recordOpened = Signal(str, str)  # noqa: N815 - a record's type name and id: show it

    def __init__(self, graph: AccountGraph, report: Callable[[str, str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.stack = QUndoStack(self)
        self.report = report  # (title, message): shown to the user
        # (title, question) → True to go ahead; None: never ask (scripts, tests)
        self.ask: Callable[[str, str], bool] | None = None
        self.selected: str | None = None
        self.selected_link: str | None = None
        self.hits: list[str] = []
        # Why this account may be read but not changed here (a viewer on a team server);
        # the server refuses such writes anyway, the document says so before trying.
        self.read_only: str | None = None
        # where the charts keep their layouts between runs (None: nowhere)
        self.layouts: LayoutCache | None = None
        graph.subscribe(self._forget_removed)

    def close(self) -> None:
        """Let go of the graph (the account is left); unfrozen (see ``ui/frozen_heap``)."""
        self.graph.unsubscribe(self._forget_removed)
        frozen_heap.release(self)

    # ------------------------------------------------------------------ selection, search
    def select(self, pid: str | None) -> None:
        """Select ``pid`` in every panel (None: nobody)."""
        if pid is not None and pid not in self.graph.people:
            pid = None
        self.select_link(None)
        if pid != self.selected:
            self.selected = pid
            self.selectionChanged.emit(pid)

    def select_link(self, link_id: str | None) -> None:
        """Select a line (Delete then removes it); None: no line."""
        if link_id is not None and link_id not in self.graph.links:
            link_id = None
        if link_id != self.selected_link:
            self.selected_link = link_id
            self.linkSelected.emit(link_id)

    def activate(self, pid: str) -> None:
        """Select and open ``pid`` for editing."""
        self.select(pid)
        if pid in self.graph.people:
            self.activated.emit(pid)

    def open_record(self, kind: str, record_id: str) -> None:
        """Ask the panel that shows records of ``kind`` (a type name) to show this one."""
        self.recordOpened.emit(kind, record_id)

    def ready_search(self) -> None:
        """Build the account's search index as the user starts typing (the first key),
        not in the search the pause after typing runs; it is kept up to date after."""
        from kamdesk.graph.search_index import index_of

        index_of(self.graph)

    def set_hits(self, hits: list[str]) -> None:
        self.hits = list(hits)
        self.hitsChanged.emit()

    def _forget_removed(self, changes: ChangeSet) -> None:
        if self.selected_link is not None and self.selected_link not in self.graph.links:
            self.select_link(None)
        if self.selected is not None and self.selected not in self.graph.people:
            self.select(None)
        if any(c.is_remove for c in changes) and self.hits:
            self.set_hits([h for h in self.hits if h in self.graph.people])

    def run(self, text: str, edit: Callable[[AccountGraph], ChangeSet]) -> bool:
        """Perform ``edit`` as one undo step; False (and a message) when it is refused."""
        if self.read_only is not None:
            self.report(self.tr("%1 refused").replace("%1", text), self.read_only)
            return False
        try:
            perform(self.stack, self.graph, text, edit,
                    lambda message: self.report(self.tr("Cannot undo or redo"), message))
        except (DomainError, WorkspaceError) as error:
            self.report(self.tr("%1 refused").replace("%1", text), i18n.words().error(error))
            return False
        return True

    @staticmethod
    def words(error: BaseException) -> str:
        """A refusal in the user's language (the domain's vocabulary)."""
        return i18n.words().error(error)

    def compound(self, text: str, *edits: Callable[[AccountGraph], object]) -> bool:
        """Several edits as one step, all or nothing."""
        def edit(graph: AccountGraph) -> ChangeSet:
            with graph.batch() as collected:
                for one in edits:
                    one(graph)
            return tuple(collected)
        return self.run(text, edit)

    # ------------------------------------------------------------------ people
    def update_person(self, person: Person) -> bool:
        return self.run(self.tr("Edit %1").replace("%1", person.name),
                        lambda g: g.update_person(person))

    def new_person(self, side: Side, level: Level) -> Person:
        name = self.tr("New person")
        return Person(new_id(), self.graph.id, side, name, level=level)

    def add_person(self, side: Side, level: Level = Level.SPECIALIST) -> str | None:
        person = self.new_person(side, level)
        if self.run(self.tr("Add person"), lambda g: g.add_person(person)):
            self._created(person.id)
            return person.id
        return None

    def add_report(self, manager_id: str) -> str | None:
        boss = self.graph.person(manager_id)
        person = self.new_person(boss.side, Level(min(4, boss.level + 1)))
        return self._add(self.tr("Add report"), person, manager_id, [])

    def add_peer(self, person_id: str) -> str | None:
        peer = self.graph.person(person_id)
        person = self.new_person(peer.side, peer.level)
        return self._add(self.tr("Add peer"), person, self.graph.manager_of(person_id), [])

    def add_manager(self, person_id: str) -> str | None:
        """A new person between ``person_id`` and their manager (if any)."""
        below = self.graph.person(person_id)
        person = self.new_person(below.side, Level(max(1, below.level - 1)))
        return self._add(self.tr("Add manager"), person, self.graph.manager_of(person_id),
                         [lambda g: g.set_manager(person_id, person.id)])

    def _add(self, text: str, person: Person, manager_id: str | None,
             more: list[Callable[[AccountGraph], object]]) -> str | None:
        steps: list[Callable[[AccountGraph], object]] = [lambda g: g.add_person(person)]
        if manager_id is not None:
            steps.append(lambda g: g.set_manager(person.id, manager_id))
        if self.compound(text, *steps, *more):
            self._created(person.id)
            return person.id
        return None

    def _created(self, pid: str) -> None:
        self.created.emit(pid)
        self.activate(pid)

    def remove_person(self, person_id: str) -> bool:
        """Remove with every line and counterpart link; the reports move up to the manager."""
        gone = self.graph.person(person_id)
        manager = self.graph.manager_of(person_id)
        reports = self.graph.solid_reports(person_id)

        def edit(graph: AccountGraph) -> None:
            for report in reports:
                graph.set_manager(report, manager)
            graph.remove_person(person_id)
        return self.compound(self.tr("Delete %1").replace("%1", gone.name), edit)

    def mark_left(self, person_id: str, day: date, where: str = "",
                  successor_id: str | None = None, hand_over: bool = False) -> bool:
        """Mark as left (kept, out of the chart by default); one undo step (graph.leaving)."""
        name = self.graph.person(person_id).name
        return self.run(self.tr("Mark %1 as left").replace("%1", name),
                        lambda g: leaving.mark_left(g, person_id, day, where, successor_id,
                                                    hand_over=hand_over))

    def mark_back(self, person_id: str) -> bool:
        """Take a "left" mark away: the person is at the client again."""
        name = self.graph.person(person_id).name
        return self.run(self.tr("%1 is back").replace("%1", name),
                        lambda g: leaving.mark_back(g, person_id))

    def set_manager(self, person_id: str, manager_id: str | None) -> bool:
        name = self.graph.person(person_id).name
        return self.run(self.tr("Move %1").replace("%1", name),
                        lambda g: g.set_manager(person_id, manager_id))

    # ------------------------------------------------------------------ lines
    def add_link(self, kind: LinkKind, source: str, target: str) -> bool:
        texts = {LinkKind.INFLUENCES: self.tr("Draw influence line"),
                 LinkKind.COUNTERPART: self.tr("Link counterpart"),
                 LinkKind.CONFLICT: self.tr("Mark conflict"),
                 LinkKind.REPORTS_TO: self.tr("Add dotted-line manager")}
        link = Link(new_id(), self.graph.id, kind, source, target,
                    dotted=kind is LinkKind.REPORTS_TO)
        return self.run(texts[kind], lambda g: g.add_link(link))

    def link_counterpart(self, one: str, other: str) -> bool:
        """Link two people of opposite sides; the link runs from our person to the client's."""
        if self.graph.person(one).side is Side.CLIENT:
            one, other = other, one
        return self.add_link(LinkKind.COUNTERPART, one, other)

    def remove_link(self, link_id: str) -> bool:
        return self.run(self.tr("Remove line"), lambda g: g.remove_link(link_id))

    def update_link(self, link: Link) -> bool:
        """A line's weight, strength or last contact (kind and ends stay)."""
        return self.run(self.tr("Edit line"), lambda g: g.update_link(link))

    def delete_selected(self) -> bool:
        """Delete: the selected line if there is one, else the selected person."""
        if self.selected_link is not None:
            return self.remove_link(self.selected_link)
        if self.selected is not None:
            return self.delete_person(self.selected)
        return False

    def delete_person(self, person_id: str) -> bool:
        """Delete as the user asked: someone with reports only after saying how many."""
        reports = len(self.graph.solid_reports(person_id))
        if reports and self.ask is not None:
            person = self.graph.person(person_id)
            boss = self.graph.manager_of(person_id)
            then = (self.tr("They will report to %1 instead.").replace(
                "%1", self.graph.person(boss).name) if boss is not None
                else self.tr("They will have no manager."))
            question = self.tr("%1 has %n direct report(s).", "", reports).replace(
                "%1", person.name) + " " + then + " " + self.tr("Delete %1?").replace(
                "%1", person.name)
            if not self.ask(self.tr("Delete a person"), question):
                return False
        return self.remove_person(person_id)
