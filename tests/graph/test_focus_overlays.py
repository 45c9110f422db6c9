"""Focus mode's set and the chart overlays, on a hand-built account whose answers are
worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Link
from kamdesk.graph.focus import focus, influence_network
from kamdesk.graph.overlays import CATEGORIES, OVERLAYS, overlay
from kamdesk.graph.types import LinkKind, Side
from kamdesk.graph.vocabulary import vocabulary
from tests.helpers import ACC, person, tiny_graph

TODAY = date(2026, 1, 10)


def chain() -> AccountGraph:
    """tiny_graph plus influence lines far ← near → cfo ← cto, and one of ours swaying
    far; "island" has lines of its own but none to cfo's circle.

        analyst → near (influence), near → cfo, cto → cfo, far → analyst,
        island → cto is a reporting line only (not followed).
    """
    g = tiny_graph()
    for pid in ("near", "far", "island"):
        g.add_person(person(pid, level=3, name=pid.title()))
    for n, (a, b) in enumerate((("near", "cfo"), ("cto", "cfo"), ("analyst", "near"),
                                ("far", "analyst"), ("kam", "far"))):
        g.add_link(Link(f"i{n}", ACC, LinkKind.INFLUENCES, a, b, weight=2))
    g.add_link(Link("r-island", ACC, LinkKind.REPORTS_TO, "island", "cto"))
    g.add_link(Link("cp2", ACC, LinkKind.COUNTERPART, "boss", "cto", strength=3))
    return g


def test_the_network_is_two_influence_steps_either_way() -> None:
    g = chain()
    assert influence_network(g, "cfo") == {"cfo": 0, "near": 1, "cto": 1, "analyst": 2}
    # reporting lines (cfo's analyst reports to cfo) are not followed; far is three away
    assert influence_network(g, "far") == {"far": 0, "analyst": 1, "kam": 1, "near": 2}


def test_focus_holds_coverage_and_the_ways_in() -> None:
    g = chain()
    f = focus(g, "cfo")
    assert f.coverage == {"cfo": ("kam",), "near": (), "cto": ("boss",), "analyst": ()}
    assert f.uncovered == ("near", "analyst")  # one step before two
    assert f.paths, "kam meets cfo: at least one way in"
    first = f.paths[0]
    assert (first.hops[0].source, first.hops[-1].target) == ("kam", "cfo")
    assert {"cfo", "near", "cto", "analyst", "kam", "boss"} <= f.people
    # far is three influence steps away but on the third way in: kam → far → analyst → cfo
    assert [[h.target for h in p.hops] for p in f.paths] == [
        ["cfo"], ["cto", "cfo"], ["far", "analyst", "cfo"]]
    assert f.people == {"cfo", "near", "cto", "analyst", "kam", "boss", "far"}
    lines = f.lines(g)
    assert lines == {"i0", "i1", "i2", "i3", "i4", "cp1", "cp2", "r-analyst"}


def test_focus_on_one_of_ours_has_no_paths() -> None:
    f = focus(chain(), "kam")
    assert f.paths == () and set(f.network) == {"kam", "far", "analyst"}


@pytest.mark.parametrize("name", OVERLAYS)
def test_every_person_gets_a_known_category_with_words(name: str) -> None:
    g = chain()
    found = overlay(g, name, TODAY)
    assert set(found) == set(g.people)
    assert set(found.values()) <= set(CATEGORIES[name])
    if name != "stance":
        for category in CATEGORIES[name]:
            key = f"overlay_{category}"
            en, ru = vocabulary("en")(key), vocabulary("ru")(key)
            assert en and ru and en != ru


def test_overlay_answers() -> None:
    g = chain()
    cov = overlay(g, "coverage", TODAY)
    assert (cov["cfo"], cov["ceo"], cov["kam"], cov["boss"]) == (
        "covered", "uncovered", "covering", "covering")
    fresh = overlay(g, "freshness", TODAY)
    assert fresh["analyst"] == "fresh" and fresh["ceo"] == "never"  # 5 days, cadence 10
    scores = overlay(g, "influence", TODAY)
    assert scores["ceo"] == "score_5"  # three people defer to the top of the tree
    assert all(scores[p] == "no_score" for p in g.people if g.people[p].side is Side.INTERNAL)
    with pytest.raises(ValueError, match="no overlay"):
        overlay(g, "mood", TODAY)
