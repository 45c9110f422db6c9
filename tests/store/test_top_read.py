"""Reading only the top of a chart (``store.top_read``): laid out from what it reads, the
collapsed chart equals the full chart exactly, while far fewer rows are read; and the read
is of the account on disk now, a second OS process's edit included."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.chart import ChartLayout, Size, chart_layout
from kamdesk.graph.queries import roots
from kamdesk.graph.types import Side
from kamdesk.store import UnknownAccountError, Workspace
from kamdesk.store.top_read import read_top

TODAY = date(2026, 11, 22)


def with_counts(layout: ChartLayout, hidden: dict[str, int]) -> ChartLayout:
    """The partial graph's layout with the counts the store made (as the chart view takes
    them: ``LiveChart.take_counts``)."""
    return layout._replace(hidden={pid: hidden.get(pid, 0) for pid in layout.hidden})


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("top") / "w.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=5, people=3000, today=TODAY)[0])
    return path


def _size(graph: AccountGraph) -> Size:
    # as the cards are sized: by the person's words and whether they have counterparts
    def size(pid: str) -> tuple[float, float]:
        person = graph.people[pid]
        tall = any(link.kind.value == "counterpart" for link in graph.links_of(pid))
        return 6.0 * max(len(person.name), len(person.title)), 70.0 + (14.0 if tall else 0)
    return size


def _collapsed_at(graph: AccountGraph, side: Side, depth: int) -> list[str]:
    """The people ``depth`` levels down with reports (as ``bench app``'s "open collapsed")."""
    level = roots(graph, side)
    for _ in range(depth):
        level = [k for p in level for k in graph.solid_reports(p)]
    return [p for p in level if graph.solid_reports(p)]


@pytest.mark.parametrize(("side", "depth"), [
    (Side.CLIENT, 0), (Side.CLIENT, 1), (Side.CLIENT, 2), (Side.CLIENT, 3),
    (Side.INTERNAL, 0), (Side.INTERNAL, 1), (Side.INTERNAL, 2)])
def test_the_top_equals_the_full_chart(workspace: Path, side: Side, depth: int) -> None:
    with Workspace.open(workspace) as ws:
        account = ws.accounts()[0].id
        full = ws.load(account)
        collapsed = _collapsed_at(full, side, depth)
        assert collapsed, "the sample must have someone to collapse at this depth"
        top = read_top(ws, account, side, collapsed)
    whole = chart_layout(full, side, collapsed, _size(full))
    part = with_counts(chart_layout(top.graph, side, collapsed,
                                    _size(top.graph)), top.hidden)
    assert part == whole
    assert whole.hidden and sum(whole.hidden.values()) > 0
    # far less read than the account: the cards shown and one level below the collapsed
    shown = len(whole.boxes)
    if depth <= 2:
        assert len(top.graph.people) < len(full.people) / 3
    # every row read is a person, a line or a count the partial chart holds, but for the
    # lines from a shown card to an unread person of the same side (read, then left out)
    held = top.graph.people
    dropped = [x for x in full.links.values() if x.id not in top.graph.links
               and (x.source in whole.boxes or x.target in whole.boxes)
               and not (x.source in held and x.target in held)]
    assert all(full.people[x.source].side is full.people[x.target].side for x in dropped)
    assert top.rows == 1 + len(held) + len(top.graph.links) + len(dropped)
    solid = [x for x in full.links.values() if x.kind.value == "reports_to" and not x.dotted]
    ids = sum(1 for p in full.people.values() if p.side is side)
    assert top.pairs == len(solid) + ids  # the tree as (report, manager) pairs, the ids
    assert shown <= len(top.graph.people)
    for pid in whole.boxes:  # every card's person, word for word
        assert top.graph.people[pid] == full.people[pid]


def test_counted_rows_read(workspace: Path) -> None:
    with Workspace.open(workspace) as ws:
        account = ws.accounts()[0].id
        full = ws.load(account)
        collapsed = _collapsed_at(full, Side.CLIENT, 1)
        top = read_top(ws, account, Side.CLIENT, collapsed)
    whole = chart_layout(full, Side.CLIENT, collapsed, _size(full))
    below = {k for c in collapsed if c in whole.boxes for k in full.solid_reports(c)}
    client = {pid for pid in top.graph.people if top.graph.people[pid].side is Side.CLIENT}
    # exactly the cards shown and the direct reports of the collapsed ones
    assert client == set(whole.boxes) | below
    total = len(full.people) + len(full.links)
    assert top.rows < total / 5, (top.rows, total)


def test_another_process_edit_is_read(workspace: Path, tmp_path: Path) -> None:
    copy = tmp_path / "c.kam"
    copy.write_bytes(workspace.read_bytes())
    with Workspace.open(copy) as ws:
        account = ws.accounts()[0].id
        full = ws.load(account)
        top_person = roots(full, Side.CLIENT)[0]
        collapsed = _collapsed_at(full, Side.CLIENT, 1)
        before = read_top(ws, account, Side.CLIENT, collapsed)
        assert before.graph.people[top_person].name != "Renamed Elsewhere"
        # a second OS process renames the top person and moves a collapsed card's report
        victim = collapsed[0]
        moved = full.solid_reports(victim)[0]
        script = (
            "import sqlite3, sys\n"
            "db = sqlite3.connect(sys.argv[1])\n"
            "db.execute('UPDATE people SET name = ? WHERE id = ?', ('Renamed Elsewhere', "
            "sys.argv[2]))\n"
            "db.execute(\"UPDATE links SET target = ? WHERE source = ? AND kind = 'reports_to'"
            " AND NOT dotted\", (sys.argv[2], sys.argv[3]))\n"
            "db.commit()\n")
        subprocess.run([sys.executable, "-c", script, str(copy), top_person, moved],
                       check=True)
        after = read_top(ws, account, Side.CLIENT, collapsed)
    assert after.graph.people[top_person].name == "Renamed Elsewhere"
    assert moved in after.graph.solid_reports(top_person)
    with Workspace.open(copy) as ws:
        fresh = ws.load(account)
    size = _size(fresh)
    whole = chart_layout(fresh, Side.CLIENT, collapsed, size)
    part = with_counts(chart_layout(after.graph, Side.CLIENT, collapsed,
                                    _size(after.graph)), after.hidden)
    assert part == whole
    assert part.hidden != before.hidden  # the collapsed card hides fewer people now


def test_unknown_account(workspace: Path) -> None:
    with Workspace.open(workspace) as ws, pytest.raises(UnknownAccountError):
        read_top(ws, "no-such-account", Side.CLIENT, [])


def _odd_id(path: Path, account: str, pid: str) -> str:
    """Give ``pid`` an id holding the separator the aggregated read splits on (a .kam
    file may come from anyone), in people and lines alike, as another program could."""
    odd = "odd\x1fid"
    script = (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "for sql in ('UPDATE people SET id = ? WHERE id = ?',"
        " 'UPDATE links SET source = ? WHERE source = ?',"
        " 'UPDATE links SET target = ? WHERE target = ?'):\n"
        "    db.execute(sql, (sys.argv[2], sys.argv[3]))\n"
        "db.commit()\n")
    subprocess.run([sys.executable, "-c", script, str(path), odd, pid], check=True)
    return odd


@pytest.mark.parametrize("odd", [False, True])
def test_the_tree_is_fetched_as_one_row_per_column(workspace: Path, tmp_path: Path,
                                                   odd: bool) -> None:
    """The reporting pairs and the side's ids reach Python as one aggregated string each,
    not a row per person: every row fetched is a row decoded, but for those two. An id
    holding the separator is read row by row instead, and the chart is the same."""
    copy = tmp_path / "c.kam"
    copy.write_bytes(workspace.read_bytes())
    with Workspace.open(copy) as ws:
        account = ws.accounts()[0].id
        full = ws.load(account)
        collapsed = _collapsed_at(full, Side.CLIENT, 2)
    if odd:  # a manager shown above the collapsed cards gets the odd id
        boss = roots(full, Side.CLIENT)[0]
        odd_id = _odd_id(copy, account, full.solid_reports(boss)[0])
        assert odd_id not in collapsed
    with Workspace.open(copy) as ws:
        full = ws.load(account)
        top = read_top(ws, account, Side.CLIENT, collapsed)
    if odd:
        assert top.fetched >= top.pairs  # the pairs and ids row by row: still right
    else:
        assert top.fetched == top.rows + 2, (top.fetched, top.rows)
        assert top.pairs > 10 * top.fetched  # thousands of ids, a few hundred rows
    whole = chart_layout(full, Side.CLIENT, collapsed, _size(full))
    part = with_counts(chart_layout(top.graph, Side.CLIENT, collapsed, _size(top.graph)),
                       top.hidden)
    assert part == whole


def test_a_server_aggregates_the_tree_too(pg_url: str) -> None:
    """On PostgreSQL the pairs and the ids are aggregated as well (``string_agg``), and
    the top is the full chart's."""
    with Workspace.open(pg_url, create=True) as ws:
        ws.add_account(sample.generate(seed=4, people=600, today=TODAY)[0])
        account = ws.accounts()[0].id
        full = ws.load(account)
        collapsed = _collapsed_at(full, Side.CLIENT, 1)
        top = read_top(ws, account, Side.CLIENT, collapsed)
    assert top.fetched == top.rows + 2, (top.fetched, top.rows)
    whole = chart_layout(full, Side.CLIENT, collapsed, _size(full))
    part = with_counts(chart_layout(top.graph, Side.CLIENT, collapsed, _size(top.graph)),
                       top.hidden)
    assert part == whole


READ_IN_A_CHILD = """
import sys
from kamdesk.graph.types import Side
from kamdesk.store import Workspace
from kamdesk.store.top_read import read_top
with Workspace.open(sys.argv[1]) as ws:
    top = read_top(ws, sys.argv[2], Side.CLIENT, sys.argv[3:])
print(len(top.graph.people), sum(top.hidden.values()))
"""


def test_a_cycle_in_a_damaged_file_ends(workspace: Path, tmp_path: Path) -> None:
    """Another program made a manager report to their own report as well (two managers,
    a cycle under the top): reading the top ends (a child process, so a loop would fail
    on its timeout rather than hang the tests) and counts each person once."""
    copy = tmp_path / "c.kam"
    copy.write_bytes(workspace.read_bytes())
    with Workspace.open(copy) as ws:
        account = ws.accounts()[0].id
        full = ws.load(account)
    root = roots(full, Side.CLIENT)[0]
    boss = next(k for k in full.solid_reports(root) if full.solid_reports(k))
    report = full.solid_reports(boss)[0]
    script = (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "names = [c[1] for c in db.execute('PRAGMA table_info(links)')]\n"
        "row = dict(zip(names, db.execute(\"SELECT * FROM links WHERE source = ? AND "
        "kind = 'reports_to'\", (sys.argv[3],)).fetchone()))\n"
        "row.update(id='cycle-line', source=sys.argv[2], target=sys.argv[3])\n"
        "db.execute(f\"INSERT INTO links ({','.join(names)}) VALUES "
        "({','.join('?' * len(names))})\", [row[n] for n in names])\n"
        "db.commit()\n")
    subprocess.run([sys.executable, "-c", script, str(copy), boss, report], check=True)
    for collapsed in ([], [report]):
        done = subprocess.run([sys.executable, "-c", READ_IN_A_CHILD, str(copy), account,
                               *collapsed], capture_output=True, text=True, timeout=120,
                              check=True)
        people, hidden = (int(x) for x in done.stdout.split())
        assert 0 < people < len(full.people)
        assert hidden < len(full.people)


@pytest.mark.parametrize("side", [Side.CLIENT, Side.INTERNAL])
def test_the_top_first_levels_equal_the_full_chart_opening_top_first(
        workspace: Path, side: Side) -> None:
    """A large chart opened expanded: the top ``levels`` with the people that deep who
    have reports left for later (as ``OrgChartView._top_first`` leaves them) equal the
    full chart laid out so; exactly those cards and the later ones' direct reports are
    read, nothing below them is counted; a chart not larger than ``large`` leaves none."""
    with Workspace.open(workspace) as ws:
        account = ws.accounts()[0].id
        full = ws.load(account)
        top = read_top(ws, account, side, [], levels=2, large=0)
        small = read_top(ws, account, side, [], levels=2, large=10**6)
    later = _collapsed_at(full, side, 2)  # what the view leaves for later at two levels
    assert later and set(top.later) == set(later)
    assert top.hidden == {} and small.later == () and small.hidden == {}
    assert top.people == sum(1 for p in full.people.values() if p.side is side)
    whole = chart_layout(full, side, later, _size(full))
    part = chart_layout(top.graph, side, later, _size(top.graph))
    assert part._replace(hidden=whole.hidden) == whole  # the later cards are not counted
    below = {k for c in later for k in full.solid_reports(c)}
    mine = {pid for pid, p in top.graph.people.items() if p.side is side}
    assert mine == set(whole.boxes) | below
    assert len(top.graph.people) < len(full.people) / 3
