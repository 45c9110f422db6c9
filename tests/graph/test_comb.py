"""The comb in one place: pairs, coverage per level, gaps, mismatches, freshness, layout."""

from __future__ import annotations

from datetime import date, timedelta

from kamdesk.graph import comb
from kamdesk.graph.comb import Freshness
from kamdesk.graph.entities import Link
from kamdesk.graph.sample import generate
from kamdesk.graph.signals import SignalKind, detect
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side
from tests.helpers import ACC, person, tiny_graph

TODAY = date(2026, 11, 22)


def test_pairs_owners_and_counterparts_from_either_side() -> None:
    g = tiny_graph()
    g.add_link(Link("cp2", ACC, LinkKind.COUNTERPART, "boss", "ceo"))
    assert [(p.ours, p.theirs) for p in comb.pairs(g)] == [("kam", "cfo"), ("boss", "ceo")]
    assert comb.owners(g) == {"cfo": ["kam"], "ceo": ["boss"]}
    assert comb.counterparts_of(g, "kam") == ["cfo"]
    assert comb.counterparts_of(g, "ceo") == ["boss"]


def test_gaps_mismatches_and_coverage_per_level() -> None:
    g = tiny_graph()  # kam (level 3) meets cfo (level 2); ceo is a decision maker nobody meets
    assert comb.gaps(g) == ["ceo"]
    assert comb.mismatches(g) == ["cp1"]
    rows = {row.level: row for row in comb.coverage(g)}
    assert rows[Level.TOP] == comb.LevelCoverage(Level.TOP, 1, 1, 0, 1, ("ceo",))
    assert rows[Level.DIRECTOR].covered == 1 and rows[Level.DIRECTOR].client == 2
    assert rows[Level.HEAD].ours == 1
    g.add_link(Link("cp2", ACC, LinkKind.COUNTERPART, "boss", "ceo"))
    assert comb.gaps(g) == []
    # the signals say the same as the comb, by construction
    kinds = [s.kind for s in detect(g, TODAY)]
    assert SignalKind.COMB_GAP not in kinds and SignalKind.LEVEL_MISMATCH in kinds


def test_freshness_against_the_cadence() -> None:
    assert comb.freshness(None, 10, TODAY) is Freshness.NEVER
    assert comb.freshness(TODAY - timedelta(days=10), 10, TODAY) is Freshness.FRESH
    assert comb.freshness(TODAY - timedelta(days=11), 10, TODAY) is Freshness.DUE
    assert comb.freshness(TODAY - timedelta(days=20), 10, TODAY) is Freshness.DUE
    assert comb.freshness(TODAY - timedelta(days=21), 10, TODAY) is Freshness.STALE
    silent = person("s", decision_role=DecisionRole.USER, last_contact=TODAY - timedelta(11))
    assert comb.is_silent(silent, TODAY)


def test_layout_keeps_the_sides_apart_with_a_gutter_and_no_overlaps() -> None:
    g = generate(seed=3, people=400)[0]
    shown = comb.shown_people(g, key_only=True)
    w, h = 120.0, 40.0
    lay = comb.layout(shown, w, h, columns=3)
    assert set(lay.chips) == {p.id for p in shown}
    left, right = lay.gutter
    assert right - left >= 100
    for chip in lay.chips.values():
        if chip.side is Side.CLIENT:
            assert chip.x + w <= left + 1e-6
        else:
            assert chip.x >= right - 1e-6
        top = lay.rows[chip.level]
        assert top <= chip.y and chip.y + h <= top + lay.row_height[chip.level]
    boxes = sorted((c.x, c.y) for c in lay.chips.values())
    assert len(set(boxes)) == len(boxes), "two chips on one spot"
    assert lay.height == sum(lay.row_height.values()) + 8.0


def test_at_scale_the_comb_shows_key_people_not_everyone() -> None:
    g = generate(seed=3, people=2000)[0]
    key = comb.shown_people(g, key_only=True)
    assert 0 < len(key) < len(g.people) / 5
    assert all(p.side is Side.INTERNAL or comb.is_key(p) or comb.counterparts_of(g, p.id)
               for p in key)
