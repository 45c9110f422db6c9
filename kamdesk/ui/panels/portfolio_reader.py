"""What the portfolio views need of the accounts that are not open, read once per workspace.

The portfolio map (worst signal, value received) and the actions across the portfolio (the
open items with their owners' names) both need every other account. ``reader_for(workspace)``
gives the one reader of a workspace. An account's ``Summary`` (``graph.account_summary``) is
kept in the workspace's cache (``Workspace.read_cache``), valid while the account is unchanged
and for the day it was judged on; only an account without a current one is loaded, boiled
down and let go, and its summary kept for the next time. The open account is summarised from
its live graph (and that summary kept too, once per change). After a workspace is shown the
reader reads the others in the background, one per turn of the event loop, so the portfolio
views open without waiting.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from typing import TYPE_CHECKING, NamedTuple
from weakref import WeakKeyDictionary, ref

from PySide6.QtCore import QObject, QTimer

from kamdesk.graph import account_summary
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.account_summary import OpenItem, Summary
from kamdesk.graph.entities import Account
from kamdesk.graph.types import Severity

if TYPE_CHECKING:
    from kamdesk.store import Workspace

__all__ = ["Digest", "OpenItem", "PortfolioReader", "digest", "reader_for"]
WARM_UP_DELAY_MS = 1500
CACHE_KIND = f"{account_summary.KIND}/{account_summary.FORMAT}"


class Digest(NamedTuple):
    account: Account
    worst: Severity | None  # the worst open signal
    received: float  # value received, in ``currency``
    currency: str
    actions: tuple[OpenItem, ...]  # the open action items
    day: date  # the day the signals were judged on


def _digest_of(account: Account, s: Summary) -> Digest:
    return Digest(account, s.worst, s.received, s.currency, s.actions, s.day)


def digest(graph: AccountGraph, today: date) -> Digest:
    return _digest_of(graph.account, account_summary.summarize(graph, today))


class PortfolioReader(QObject):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = ref(workspace)  # the workspace owns its reader, not the other way
        self.known: dict[str, Digest] = {}
        self.written: dict[str, tuple[int, date]] = {}  # open graphs: (revision, day) kept
        self.pending: list[Account] = []
        self.skip: Callable[[], Collection[str]] = frozenset
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
                found.append(self._open(open_graph, today()))
                continue
            found.append(self._digest(account, today()))
        return found

    def _open(self, graph: AccountGraph, today: date) -> Digest:
        made = digest(graph, today)  # the signals are kept per change: cheap when unchanged
        self.known[graph.id] = made  # as it is when another account is opened
        if self.written.get(graph.id) != (graph.revision, today):
            self.written[graph.id] = (graph.revision, today)
            self._keep(graph.id, made)
        return made

    def _digest(self, account: Account, today: date) -> Digest:
        kept = self.known.get(account.id)
        if kept is not None and kept.account == account and kept.day == today:
            return kept
        stored = self._stored(account.id)
        if stored is not None and stored.day == today and stored.account_id == account.id:
            kept = _digest_of(account, stored)
        else:
            kept = digest(self.workspace.load(account.id), today)
            self._keep(account.id, kept)
        self.known[account.id] = kept
        return kept

    def _stored(self, account_id: str) -> Summary | None:
        """The summary kept in the workspace, if the account is unchanged since (a cache
        that cannot be read is as good as none: the account is then loaded)."""
        try:
            data = self.workspace.read_cache(account_id, CACHE_KIND)
        except Exception:  # noqa: BLE001 - a speed-up: reading the account itself decides
            return None
        return account_summary.decode(data) if data is not None else None

    def _keep(self, account_id: str, made: Digest) -> None:
        """Keep the summary in the workspace for the next time (a speed-up: never fails)."""
        workspace = self.workspace
        stamp = workspace.stamp_of(account_id)  # of the graph loaded here, as edited here
        if stamp is not None:
            summary = Summary(account_id, made.day, made.worst, made.received, made.currency,
                              made.actions)
            workspace.write_cache(account_id, CACHE_KIND, account_summary.encode(summary),
                                  stamp)

    def warm_up(self, skip: Callable[[], Collection[str]] = frozenset) -> None:
        """Digest every account in the background, one per event-loop turn, but those
        ``skip`` names when its turn comes: the accounts open or being opened, which are
        digested from their live graph (loading one aside too would read it twice)."""
        try:
            self.pending = list(self.workspace.accounts())
        except Exception:  # noqa: BLE001 - a background nicety: the views read when shown
            self.pending = []
            return
        self.skip = skip
        self.timer.start(WARM_UP_DELAY_MS)  # after the first account has opened

    def _next(self) -> None:
        while self.pending:
            account = self.pending.pop()
            if account.id not in self.known and account.id not in self.skip():
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
