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
- how many people each collapsed card hides, counted by the database (a recursive query
  over the reporting lines) rather than read row by row.

It is one read transaction, so the top is never older than the account on disk: a second
process's edit made before the read is what is read. The graph it returns is partial and
has no journal: it is for painting only, never for editing (``graph.chart_top`` lays it out
exactly as the full chart's top).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, bindparam, text

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.types import Side
from kamdesk.store.codec import CODECS, Codec
from kamdesk.store.diagnose import decoded
from kamdesk.store.errors import UnknownAccountError

if TYPE_CHECKING:
    from kamdesk.store.workspace import Workspace

CHUNK = 500  # ids per IN list: far below every driver's limit on bound values
SOLID = "kind = 'reports_to' AND NOT dotted"


class Top(NamedTuple):
    graph: AccountGraph  # the top's people and lines only: paint it, never edit it
    hidden: dict[str, int]  # a shown collapsed person: how many people are below them
    rows: int  # rows read (people, links, counts): what the counted test checks


def read_top(workspace: Workspace, account_id: str, side: Side,
             collapsed: Collection[str]) -> Top:
    """The top of ``account_id``'s chart of ``side`` with ``collapsed`` people closed."""
    stop = set(collapsed)
    with paused_gc(), workspace._guard(), workspace.engine.connect() as conn:
        where = workspace.location
        reader = _Reader(conn, where)
        found = reader.entities(Account, "id = :a", {"a": account_id})
        if not found:
            raise UnknownAccountError(f"no account with id {account_id!r}")
        people: dict[str, Person] = {p.id: p for p in reader.entities(
            Person, "account_id = :a AND side = :s AND NOT EXISTS (SELECT 1 FROM links l "
            "WHERE l.source = people.id AND l.kind = 'reports_to' AND NOT l.dotted)",
            {"a": account_id, "s": side.value})}
        links: dict[str, Link] = {}
        frontier = [p for p in people if p not in stop]
        shown = set(people)
        closed = [p for p in people if p in stop]
        while frontier:  # one level of the reporting tree per pass
            frontier, more_closed = reader.level(frontier, stop, people, links)
            shown.update(frontier)
            shown.update(more_closed)
            closed += more_closed
        # below a collapsed card: its direct reports (the chart's rules look at them), and
        # whether one who left still has reports (then their card would still be charted)
        reader.level(closed, set(), people, links, descend=False)
        below = [pid for pid in people if pid not in shown]
        left = [pid for pid in below if people[pid].left_on is not None]
        for chunk in _chunks(left):
            for link in reader.entities(Link, f"{SOLID} AND target IN :ids", {"ids": chunk}):
                links[link.id] = link  # its source is not read: not a person of the graph
        hidden = reader.counts(closed)
        reader.lines(shown, side, people, links)
        graph = AccountGraph.restore(found[0], people.values(), links.values())
        return Top(graph, hidden, reader.rows)


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for at in range(0, len(ids), CHUNK):
        yield ids[at: at + CHUNK]


class _Reader:
    def __init__(self, conn: Connection, where: str) -> None:
        self.conn, self.where, self.rows = conn, where, 0

    def entities(self, kind: type[Any], condition: str, params: dict[str, Any]) -> list[Any]:
        codec: Codec[Any] = CODECS[kind]
        names = ", ".join(f'"{name}"' for name in codec.fields)
        query = text(f'SELECT {names} FROM "{codec.table.name}" WHERE {condition}')
        if "ids" in params:
            query = query.bindparams(bindparam("ids", expanding=True))
        rows = self.conn.execute(query, params).all()
        self.rows += len(rows)
        return decoded(codec, rows, self.where)

    def level(self, managers: list[str], stop: set[str], people: dict[str, Person],
              links: dict[str, Link], descend: bool = True) -> tuple[list[str], list[str]]:
        """Read the solid reports of ``managers`` (people and lines); the next level to
        descend into, and the reports found collapsed."""
        new: list[str] = []
        for chunk in _chunks(managers):
            for link in self.entities(Link, f"{SOLID} AND target IN :ids", {"ids": chunk}):
                links[link.id] = link
                if link.source not in people:
                    new.append(link.source)
        for chunk in _chunks(new):
            for person in self.entities(Person, "id IN :ids", {"ids": chunk}):
                people[person.id] = person
        if not descend:
            return [], []
        return [p for p in new if p not in stop], [p for p in new if p in stop]

    def counts(self, tops: list[str]) -> dict[str, int]:
        """How many people are below each of ``tops`` on solid lines (the database walks)."""
        found: dict[str, int] = {}
        query = text(
            "WITH RECURSIVE below(top, id) AS ("
            f" SELECT target, source FROM links WHERE {SOLID} AND target IN :ids"
            " UNION ALL SELECT below.top, l.source FROM below JOIN links l"
            " ON l.target = below.id AND l.kind = 'reports_to' AND NOT l.dotted)"
            " SELECT top, count(*) FROM below GROUP BY top"
        ).bindparams(bindparam("ids", expanding=True))
        for chunk in _chunks(tops):
            rows = self.conn.execute(query, {"ids": chunk}).all()
            self.rows += len(rows)
            found.update({str(top): int(count) for top, count in rows})
        return found

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
