"""Influence scores on a real, published network: Krackhardt's high-tech managers.

The data (tests/data/krackhardt, source in its README) goes in the way a user's would: it
is written as a kamdesk GraphML file — the reporting tree, the formal levels, and the
advice network as influence lines (whoever is asked for advice influences who asks) — and
imported with ``kamdesk import``. The scores of the imported account are then checked
against PageRank computed here from the raw files by the textbook power method on the
dense Google matrix, sharing nothing with kamdesk's solver but the documented weights.
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest

from kamdesk.cli import main
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.influence import (
    DAMPING,
    SOLID_LINE_WEIGHT,
    influence_scores,
)
from kamdesk.graph.types import LinkKind, Side
from kamdesk.store import Workspace

DATA = Path(__file__).resolve().parent.parent / "data" / "krackhardt"
N = 21
FORMAL_RATING = {1: 5, 2: 4, 3: 2}  # a KAM who rates by title: CEO 5, VP 4, manager 2


def edges(name: str) -> list[tuple[int, int]]:
    rows = [line.split() for line in (DATA / name).read_text().splitlines() if line.strip()]
    return [(int(a), int(b)) for a, b, v in rows if v == "1"]


def attributes() -> dict[int, dict[str, str]]:
    with (DATA / "Krack-High-Tec-Attributes.csv").open(newline="") as f:
        return {int(r["ID"]): r for r in csv.DictReader(f)}


def reference_pagerank() -> dict[int, float]:
    """Power iteration on G = d·(P + dangling/N) + (1 − d)/N, from the raw files."""
    w = [[0.0] * (N + 1) for _ in range(N + 1)]  # w[a][b]: a defers to b (1-based)
    for ego, alter in edges("Krack-High-Tec-edgelist-Advice.txt"):
        w[ego][alter] += 1.0  # the advice line has weight 1
    for ego, boss in edges("Krack-High-Tec-edgelist-ReportsTo.txt"):
        w[ego][boss] += SOLID_LINE_WEIGHT
    pr = [1.0 / N] * (N + 1)
    for _ in range(2000):
        new = [(1 - DAMPING) / N] * (N + 1)
        for a in range(1, N + 1):
            total = sum(w[a][1:])
            for b in range(1, N + 1):
                share = w[a][b] / total if total else 1.0 / N
                new[b] += DAMPING * pr[a] * share
        pr = new
    return {i: pr[i] for i in range(1, N + 1)}


def write_graphml(target: Path) -> None:
    """The data in kamdesk's own GraphML format (what ``kamdesk export`` writes)."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    g.graph["kamdesk_account"] = "Krackhardt high-tech"
    for i, row in attributes().items():
        level = int(row["LEVEL"])
        g.add_node(f"v{i}", name=f"Manager {i}", title=("CEO", "Vice President",
                                                          "Manager")[level - 1],
                   department=f"Dept {row['DEPT']}", side="client", level=level,
                   influence=FORMAL_RATING[level], external_id=f"v{i}")
    for ego, boss in edges("Krack-High-Tec-edgelist-ReportsTo.txt"):
        g.add_edge(f"v{ego}", f"v{boss}", kind="reports_to", dotted=False, weight=1,
                   strength=3)
    for ego, alter in edges("Krack-High-Tec-edgelist-Advice.txt"):
        g.add_edge(f"v{alter}", f"v{ego}", kind="influences", dotted=False, weight=1,
                   strength=3)
    nx.write_graphml(g, str(target))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> AccountGraph:
    folder = tmp_path_factory.mktemp("krack")
    write_graphml(folder / "krackhardt.graphml")
    ws_path = folder / "krack.kam"
    assert main(["sample", str(ws_path), "--people", "1"]) == 0  # a workspace to import into
    assert main(["import", str(ws_path), str(folder / "krackhardt.graphml"),
                 "--account", "Krackhardt high-tech"]) == 0
    with Workspace.open(str(ws_path)) as ws:
        return ws.load(ws.find_account("Krackhardt high-tech").id)


def test_the_files_are_the_published_network() -> None:
    assert len(edges("Krack-High-Tec-edgelist-Advice.txt")) == 190
    reports = edges("Krack-High-Tec-edgelist-ReportsTo.txt")
    assert len(reports) == 20 and {b for _, b in reports} == {2, 7, 14, 18, 21}
    assert [i for i, r in attributes().items() if r["LEVEL"] == "1"] == [7]


def test_import_keeps_every_person_and_line(imported: AccountGraph) -> None:
    people = imported.people
    assert len(people) == N and all(p.side is Side.CLIENT for p in people.values())
    kinds = [x.kind for x in imported.links.values()]
    assert kinds.count(LinkKind.REPORTS_TO) == 20
    assert kinds.count(LinkKind.INFLUENCES) == 190


def test_scores_match_an_independent_pagerank(imported: AccountGraph) -> None:
    by_manager = {int(p.external_id[1:]): p.id for p in imported.people.values()}
    expected = reference_pagerank()
    scores = influence_scores(imported)
    assert sum(s.pagerank for s in scores.values()) == pytest.approx(1.0, abs=1e-12)
    for manager, value in expected.items():
        assert scores[by_manager[manager]].pagerank == pytest.approx(value, rel=1e-9, abs=1e-12)
    # the order of the reference is the order of the scores
    ranked = sorted(expected, key=lambda m: -expected[m])
    assert [scores[by_manager[m]].rank for m in ranked[:5]] == [1, 2, 3, 4, 5]


def test_who_comes_out_on_top(imported: AccountGraph) -> None:
    """Recorded finding: the most influential manager is not the CEO (manager 7, formal
    level 1) but manager 21, a vice president (formal level 2) whom 15 of the others go to
    for advice and four managers report to; the CEO comes second and manager 2 — the one
    most often asked for advice (18 of 20) — third. Rated by title (CEO 5, VP 4, manager
    2), one plain manager is flagged as a hidden influencer: manager 6 (level 3, fifth)."""
    scores = influence_scores(imported)
    ranked = sorted(scores.values(), key=lambda s: s.rank)
    external = [imported.people[s.person_id].external_id for s in ranked]
    assert external[:3] == ["v21", "v7", "v2"]
    top = imported.people[ranked[0].person_id]
    assert int(top.level) == 2 and ranked[0].score == 5.0 and ranked[0].rank == 1
    hidden = [imported.people[s.person_id] for s in scores.values() if s.hidden_influencer]
    assert [(p.external_id, int(p.level)) for p in hidden] == [("v6", 3)]
    assert not any(s.overrated for s in scores.values())
