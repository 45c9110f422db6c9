"""What the portfolio views need of the accounts that are not open, read once per workspace.

The portfolio map (worst signal, value received) and the actions across the portfolio (the
open items with their owners' names) both need every other account, and reading one means
loading its graph. ``reader_for(workspace)`` gives the one reader of a workspace: each other
account is loaded once, boiled down to a ``Digest`` and let go, and read again only when its
account row changed (an account changes only when it is open, and then the open graph is
used, never the digest). After a workspace is shown the reader digests the accounts in the
background, one per turn of the event loop, so the portfolio views open without waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, NamedTuple
from weakref import WeakKeyDictionary, ref

from PySide6.QtCore import QObject, QTimer

from kamdesk.graph import signals, value
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, ActionItem, Meeting, ValueEntry
from kamdesk.graph.types import Severity, ValueDirection

if TYPE_CHECKING:
    from kamdesk.store import Workspace


WARM_UP_DELAY_MS = 1500


class OpenItem(NamedTuple):
    item: ActionItem
    owner: str  # the owner's name ("" for nobody)
    meeting: str  # the meeting's title ("" for none)


class Digest(NamedTuple):
    account: Account
    worst: Severity | None  # the worst open signal
    received: float  # value received, in ``currency``
    currency: str
    actions: tuple[OpenItem, ...]  # the open action items


def digest(graph: AccountGraph, today: date) -> Digest:
    found = signals.detect(graph, today)  # the most severe first
    entries = list(graph.records(ValueEntry).values())
    currency = value.main_currency(entries)
    received = sum(e.amount for e in entries if e.currency == currency
                   and e.direction is ValueDirection.RECEIVED)
    meetings = graph.records(Meeting)
    people = graph.people
    items = tuple(OpenItem(a, people[a.owner_id].name if a.owner_id in people else "",
                           meetings[a.meeting_id].title if a.meeting_id in meetings else "")
                  for a in graph.records(ActionItem).values() if not a.is_closed)
    return Digest(graph.account, found[0].severity if found else None, received, currency,
                  items)


class PortfolioReader(QObject):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = ref(workspace)  # the workspace owns its reader, not the other way
        self.known: dict[str, Digest] = {}
        self.pending: list[Account] = []
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(self._next)

    @property
    def workspace(self) -> Workspace:
        found = self._workspace()
        if found is None:
            raise ReferenceError("the workspace was closed")
        return found

    def digests(self, open_graph: AccountGraph | None,
                today: Callable[[], date] = date.today) -> list[Digest]:
        """Every account of the workspace, the open one from its live graph."""
        found = []
        for account in self.workspace.accounts():
            if open_graph is not None and account.id == open_graph.id:
                found.append(digest(open_graph, today()))
                continue
            found.append(self._digest(account, today()))
        return found

    def _digest(self, account: Account, today: date) -> Digest:
        kept = self.known.get(account.id)
        if kept is None or kept.account != account:
            kept = digest(self.workspace.load(account.id), today)
            self.known[account.id] = kept
        return kept

    def warm_up(self, skip: str | None = None) -> None:
        """Digest every account but ``skip`` in the background, one per event-loop turn."""
        try:
            self.pending = [a for a in self.workspace.accounts() if a.id != skip]
        except Exception:  # noqa: BLE001 - a background nicety: the views read when shown
            self.pending = []
            return
        self.timer.start(WARM_UP_DELAY_MS)  # after the first account has opened

    def _next(self) -> None:
        while self.pending:
            account = self.pending.pop()
            if account.id not in self.known:
                try:
                    self._digest(account, date.today())
                except Exception:  # noqa: BLE001 - a background nicety: the view reads later
                    self.pending.clear()
                    return
                break
        if self.pending:
            self.timer.start(0)


_readers: WeakKeyDictionary[Workspace, PortfolioReader] = WeakKeyDictionary()


def reader_for(workspace: Workspace) -> PortfolioReader:
    found = _readers.get(workspace)
    if found is None:
        found = PortfolioReader(workspace)
        _readers[workspace] = found
    return found
