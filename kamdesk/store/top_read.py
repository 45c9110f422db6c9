"""Reading only the top of an account's chart: what a collapsed open shows first.

A cold open (no kept picture) spends most of its time reading every person, link and
record of the account (the plain sqlite3 fetch alone is ~70 ms at 10,000 people, ~350 at
50,000). A chart opened collapsed below its top levels shows only a few hundred cards, so
``read_top`` reads just what those cards need, level by level down the side's reporting
tree from its roots, stopping at the collapsed people:

- the people shown, and the direct reports of each collapsed one (the chart's rules look
  at them: whether a collapsed card hides anyone at all, whether a manager's reports are
  all leaves and so stack), with the solid reporting lines between them;
- every other line touching a shown card, and the people at the far end when they are on
  the other side (a counterpart makes a card a line taller); a line to a person of this
  side who is not read is left out, so no one unread becomes a root of the chart;
- how many people each collapsed card hides, counted from the reporting lines read as two
  narrow columns (report, manager), not from rows read and decoded person by person.

It is one read transaction, so the top is never older than the account on disk: a second
process's edit made before the read is what is read. The graph it returns is partial and
has no journal: it is for painting only, never for editing (laid out, it is exactly the
full chart's top, with ``hidden`` as the counts below its collapsed cards).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from itertools import chain, filterfalse, repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, bindparam, text

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.types import LinkKind, Side
from kamdesk.store.codec import CODECS, Codec
from kamdesk.store.diagnose import decoded
from kamdesk.store.errors import UnknownAccountError

if TYPE_CHECKING:
    from kamdesk.store.workspace import Workspace

CHUNK = 500  # ids per IN list: far below every driver's limit on bound values
SOLID = f"kind = '{LinkKind.REPORTS_TO.value}' AND NOT dotted"  # a solid reporting line
SEP = "\x1f"  # between ids aggregated into one string (a count check catches one holding it)
# one string per column aggregated in the database: a tuple and two strings per row made
# by the driver were most of reading the pairs (68 of 80 ms at 50,000 lines, 25 as one)
AGGREGATE = {"sqlite": "group_concat({}, :sep)", "postgresql": "string_agg({}, :sep)"}


class Top(NamedTuple):
    graph: AccountGraph  # the top's people and lines only: paint it, never edit it
    hidden: dict[str, int]  # a shown collapsed person: how many people are below them
    rows: int  # whole rows read and decoded (account, people, lines): counted in a test
    pairs: int  # narrow rows: (report, manager) of every solid line, the side's ids
    later: tuple[str, ...] = ()  # opening top first: the cards left for later ("+…", uncounted)
    people: int = 0  # the side's people (a chart larger than ``large`` opens top first)
    fetched: int = 0  # rows the driver handed over (an aggregated column is one): counted


def read_top(workspace: Workspace, account_id: str, side: Side,
             collapsed: Collection[str], *, levels: int | None = None,
             large: int = 0) -> Top:
    """The top of ``account_id``'s chart of ``side`` with ``collapsed`` people closed.

    ``levels``: when the side has more than ``large`` people, the chart opens top first
    (``OrgChartView._top_first``): the people ``levels`` down who have reports are shown
    as cards whose subtrees come later (``Top.later``), read like collapsed ones but not
    counted (their badge says "+…")."""
    stop = set(collapsed)
    with paused_gc(), workspace._guard(), workspace.engine.connect() as conn:
        reader = _Reader(conn, workspace.location)
        found = reader.entities(Account, "id = :a", {"a": account_id})
        if not found:
            raise UnknownAccountError(f"no account with id {account_id!r}")
        # the reporting tree as two narrow columns (a tenth of the account's bytes): the
        # walk down to the collapsed cards and the counts below them are made from it
        reports, lines = reader.reporting(account_id)
        managed = set().union(*reports.values())  # in C: one look-up per person below
        # the roots: the side's people with no manager, in the order a full load has them
        # (a chart keeps its roots in that order); the ids alone are half the cost of
        # asking the database for people without a manager line
        sides = reader.ids(account_id, side)
        tops = list(filterfalse(managed.__contains__, sides))
        found_tops: dict[str, Person] = {}
        for chunk in _chunks(tops):
            for person in reader.entities(Person, "id IN :ids", {"ids": chunk}):
                found_tops[person.id] = person
        people: dict[str, Person] = {pid: found_tops[pid] for pid in tops
                                     if pid in found_tops}
        deepest = levels if levels is not None and len(sides) > large else -1
        shown, level, depth = set(people), list(people), 0
        closed: list[str] = []
        later: list[str] = []
        while level:  # down each level of the tree until a collapsed card
            below: list[str] = []
            for pid in level:
                if pid in stop:
                    closed.append(pid)
                elif depth == deepest:
                    if pid in reports:
                        later.append(pid)
                else:
                    below += reports.get(pid, ())
            if len(managed) != lines:  # a damaged file: someone under two managers, a
                below = [k for k in dict.fromkeys(below) if k not in shown]  # cycle
            shown.update(below)
            level, depth = below, depth + 1
        # the direct reports of a collapsed card are read too (the chart's rules look at
        # them: does the card hide anyone at all, are a manager's reports all leaves)
        wanted = sorted(shown.difference(people)) + sorted(
            {k for c in closed + later for k in reports.get(c, ())}.difference(shown))
        for chunk in _chunks(wanted):
            for person in reader.entities(Person, "id IN :ids", {"ids": chunk}):
                people[person.id] = person
        links: dict[str, Link] = {}
        managers = sorted(shown)
        for chunk in _chunks(managers):
            for link in reader.entities(Link, f"{SOLID} AND target IN :ids", {"ids": chunk}):
                links[link.id] = link
        # one who left below a collapsed card is still charted while people report to them
        left = sorted(pid for pid in people if pid not in shown
                      and people[pid].left_on is not None and pid in reports)
        for chunk in _chunks(left):
            for link in reader.entities(Link, f"{SOLID} AND target IN :ids", {"ids": chunk}):
                links[link.id] = link  # its source is not read: not a person of the graph
        # one manager per person (as the rules require): no subtree is reached twice and
        # none is in a cycle, so counting needs no record of whom it has seen
        count = _count if len(managed) == lines else _count_seen
        hidden = {top: count(reports, top) for top in closed if top in reports}
        reader.lines(shown, side, people, links)
        graph = AccountGraph.restore(found[0], people.values(), links.values())
        return Top(graph, hidden, reader.rows, reader.pairs_read, tuple(later), len(sides),
                   reader.fetched)


def side_size(workspace: Workspace, account_id: str, side: Side) -> int:
    """How many people ``side`` of the account has (one count: is the chart large?)."""
    with workspace._guard(), workspace.engine.connect() as conn:
        found = conn.execute(text(
            "SELECT count(*) FROM people WHERE account_id = :a AND side = :s"),
            {"a": account_id, "s": side.value}).scalar()
    return int(found or 0)


def _count(reports: dict[str, list[str]], top: str) -> int:
    """How many people are below ``top`` in a tree (each person one manager): level by
    level, each level's reports gathered in C (a Python step per person was a third of
    reading the top at 50,000 people)."""
    count, level, get = 0, [top], reports.get
    while level:
        level = list(chain.from_iterable(map(get, level, repeat((), len(level)))))
        count += len(level)
    return count


def _count_seen(reports: dict[str, list[str]], top: str) -> int:
    """How many people are below ``top`` (as ``queries.subtree``, without the top), when
    a damaged file gives someone two managers or the lines a cycle."""
    count, queue, seen = 0, [top], {top}
    while queue:
        for kid in reports.get(queue.pop(), ()):
            if kid not in seen:
                seen.add(kid)
                count += 1
                queue.append(kid)
    return count


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for at in range(0, len(ids), CHUNK):
        yield ids[at: at + CHUNK]


class _Reader:
    def __init__(self, conn: Connection, where: str) -> None:
        self.conn, self.where, self.rows, self.pairs_read = conn, where, 0, 0
        self.fetched = 0

    def entities(self, kind: type[Any], condition: str, params: dict[str, Any]) -> list[Any]:
        codec: Codec[Any] = CODECS[kind]
        names = ", ".join(f'"{name}"' for name in codec.fields)
        query = text(f'SELECT {names} FROM "{codec.table.name}" WHERE {condition}')
        if "ids" in params:
            query = query.bindparams(bindparam("ids", expanding=True))
        rows = self.conn.execute(query, params).all()
        self.rows += len(rows)
        self.fetched += len(rows)
        return decoded(codec, rows, self.where)

    def reporting(self, account_id: str) -> tuple[dict[str, list[str]], int]:
        """Every solid reporting line of the account: each manager's reports, and how
        many lines there are."""
        flat = self._aggregated(
            "source || :sep || target", f"links WHERE account_id = :a AND {SOLID}",
            {"a": account_id}, 2)
        if flat is None:
            rows = self.conn.execute(text(
                f"SELECT source, target FROM links WHERE account_id = :a AND {SOLID}"),
                {"a": account_id}).all()
            flat = [value for row in rows for value in row]
            self.fetched += len(rows)
        self.pairs_read += len(flat) // 2
        reports: defaultdict[str, list[str]] = defaultdict(list)  # no list made per line
        at = iter(flat)
        for source, target in zip(at, at, strict=True):
            reports[target].append(source)
        return reports, len(flat) // 2

    def ids(self, account_id: str, side: Side) -> list[str]:
        """The ids of the side's people, in the order a full load reads them."""
        condition = "people WHERE account_id = :a AND side = :s"
        params = {"a": account_id, "s": side.value}
        ids = self._aggregated("id", condition, params, 1)
        if ids is None:
            ids = [row[0] for row in self.conn.execute(
                text(f"SELECT id FROM {condition}"), params).all()]
            self.fetched += len(ids)
        self.pairs_read += len(ids)
        return ids

    def _aggregated(self, column: str, source: str, params: dict[str, Any],
                    width: int) -> list[str] | None:
        """``column`` of every row of ``source`` as one flat list, aggregated into one
        string by the database; None where it cannot (another database, or an id holding
        the separator: the parts would not be ``width`` per row)."""
        function = AGGREGATE.get(self.conn.dialect.name)
        if function is None:
            return None
        row = self.conn.execute(text(
            f"SELECT count(*), {function.format(column)} FROM {source}"),
            {**params, "sep": SEP}).one()
        self.fetched += 1
        count, joined = row[0], row[1]
        parts: list[str] = joined.split(SEP) if joined else []
        return parts if len(parts) == width * count else None

    def lines(self, shown: set[str], side: Side, people: dict[str, Person],
              links: dict[str, Link]) -> None:
        """Every other line touching a shown card; the far end read when on the other side
        (a person of this side not read would become a root of the partial chart)."""
        ids = sorted(shown)
        far: dict[str, list[Link]] = {}
        for chunk in _chunks(ids):
            for link in self.entities(Link, "(source IN :ids OR target IN :ids) AND NOT "
                                      f"({SOLID})", {"ids": chunk}):
                if link.id in links:
                    continue
                other = link.target if link.source in shown else link.source
                if other in people:
                    links[link.id] = link
                else:
                    far.setdefault(other, []).append(link)
        wanted = sorted(far)
        for chunk in _chunks(wanted):
            for person in self.entities(Person, "id IN :ids AND side <> :s",
                                        {"ids": chunk, "s": side.value}):
                people[person.id] = person
                for link in far[person.id]:
                    links[link.id] = link
