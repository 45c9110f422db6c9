"""The live chart follows edits of the graph and always equals ``chart_layout`` of it."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import queries, sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.chart import chart_layout
from kamdesk.graph.entities import Person
from kamdesk.graph.errors import DuplicateLinkError
from kamdesk.graph.live_chart import LiveChart, people_touched
from kamdesk.graph.queries import manager_chain
from kamdesk.graph.types import Side

TODAY = date(2026, 11, 22)


def card(graph: AccountGraph, pid: str) -> tuple[float, float]:
    p = graph.person(pid)
    return min(260.0, max(120.0, 6.0 * len(p.name))), 80.0 if p.decision_role else 60.0


def same(live: LiveChart, graph: AccountGraph, collapsed: set[str]) -> None:
    full = chart_layout(graph, Side.CLIENT, collapsed, lambda pid: card(graph, pid))
    assert dict(live.boxes) == full.boxes  # identical floats
    assert dict(live.manager) == full.manager
    assert dict(live.stacked) == full.stacked
    assert dict(live.hidden) == full.hidden
    # the extents count a stack's whole block, a little more than its cards may fill
    assert 0 <= live.width - full.width < 260 and 0 <= live.height - full.height < 80


def edit(graph: AccountGraph, rng: random.Random, collapsed: set[str]) -> set[str]:
    """One random edit of the client side; the people it touched."""
    client = [p for p in graph.people.values() if p.side is Side.CLIENT]
    who = rng.choice(client)
    kind = rng.choice(["move", "move", "rename", "add", "remove", "root", "leave"])
    if kind == "leave":  # out of the chart unless they head a team; or back again
        left = None if who.left_on else TODAY
        return people_touched(graph.update_person(who._replace(left_on=left)))
    if kind == "move":
        boss = rng.choice(client)
        if boss.id == who.id or who.id in manager_chain(graph, boss.id):
            return set()
        try:
            return people_touched(graph.set_manager(who.id, boss.id))
        except DuplicateLinkError:  # a dotted line to the boss already: refused, unchanged
            return set()
    if kind == "root" and graph.manager_of(who.id) is not None:
        return people_touched(graph.set_manager(who.id, None))
    if kind == "rename":
        name = who.name + " " + "x" * rng.randrange(0, 40)
        return people_touched(graph.update_person(who._replace(name=name)))
    if kind == "add":
        new = Person(f"new{rng.random()}", graph.id, Side.CLIENT, "New Person")
        touched = people_touched(graph.add_person(new))
        return touched | people_touched(graph.set_manager(new.id, who.id))
    if kind == "remove" and len(client) > 5:
        collapsed.discard(who.id)
        return people_touched(graph.remove_person(who.id))
    return set()


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 10_000))
def test_the_live_chart_equals_a_full_layout_after_any_edits(seed: int) -> None:
    graph = sample.generate(seed=seed % 7 + 1, people=150, today=TODAY)[0]
    rng = random.Random(seed)
    collapsed: set[str] = set()
    live = LiveChart(graph, Side.CLIENT, collapsed, lambda pid: card(graph, pid))
    same(live, graph, collapsed)
    for _ in range(25):
        if rng.random() < 0.25:
            managers = [p for p in graph.people if graph.solid_reports(p)]
            collapsed ^= {rng.choice(managers)}
            live.update(collapsed=collapsed)
        else:
            live.update(edit(graph, rng, collapsed))
        same(live, graph, collapsed)


def test_a_change_of_manager_and_a_collapse_lay_out_a_path_not_the_chart() -> None:
    graph = sample.generate(seed=3, people=2000, today=TODAY)[0]
    live = LiveChart(graph, Side.CLIENT, (), lambda pid: card(graph, pid))
    shown = len(live.layout.nodes)
    assert shown > 500
    movers = [p for p in graph.people if graph.people[p].side is Side.CLIENT
              and graph.manager_of(p) and graph.solid_reports(p)]
    who, boss = movers[5], movers[-5]
    depth = 1 + len(manager_chain(graph, who)) + len(manager_chain(graph, boss))
    walked = live.update(people_touched(graph.set_manager(who, boss)))
    assert walked <= 2 * (depth + 2)  # both paths, their stacks and managers
    walked = live.update(collapsed={boss})
    assert walked <= 2 * (len(manager_chain(graph, boss)) + 3)
    same(live, graph, {boss})


def test_who_left_leaves_the_chart_unless_they_head_a_team() -> None:
    graph = sample.generate(seed=2, people=150, today=TODAY)[0]
    live = LiveChart(graph, Side.CLIENT, (), lambda pid: card(graph, pid))
    leaf = next(p for p in graph.people.values() if p.side is Side.CLIENT
                and graph.manager_of(p.id) and not graph.solid_reports(p.id))
    head = next(p for p in graph.people.values() if p.side is Side.CLIENT
                and graph.manager_of(p.id) and graph.solid_reports(p.id))
    for who in (leaf, head):
        live.update(people_touched(graph.update_person(who._replace(left_on=TODAY))))
        same(live, graph, set())
    assert leaf.id not in live.boxes and head.id in live.boxes
    shown = LiveChart(graph, Side.CLIENT, (), lambda pid: card(graph, pid), show_left=True)
    assert leaf.id in shown.boxes
    full = chart_layout(graph, Side.CLIENT, (), lambda pid: card(graph, pid), show_left=True)
    assert dict(shown.boxes) == full.boxes
    live.update(people_touched(graph.update_person(graph.person(leaf.id)._replace(
        left_on=None))))
    assert leaf.id in live.boxes
    same(live, graph, set())


def test_a_collapse_keeps_the_counts_of_the_people_it_hides() -> None:
    """Counted, not timed: the badge's count below a card is not walked again (the whole
    subtree) when the card is collapsed or expanded; only an edit below it makes it stale."""
    graph = sample.generate(seed=2, people=300, today=TODAY)[0]
    boss = next(p for p in graph.people if graph.solid_reports(p) and graph.manager_of(p)
                and graph.person(p).side is Side.CLIENT)
    live = LiveChart(graph, Side.CLIENT, {boss}, lambda pid: card(graph, pid))
    below = live.hidden[boss]
    assert below == len(queries.subtree(graph, boss)) - 1
    live.update(collapsed=set())
    live.update(collapsed={boss})
    assert live._hidden.get(boss) == below  # kept: the collapse moved nobody
    leaf = next(p for p in queries.subtree(graph, boss) if not graph.solid_reports(p))
    live.update(people_touched(graph.remove_person(leaf)))
    assert boss not in live._hidden and live.hidden[boss] == below - 1


def test_a_collapsed_card_whose_only_report_left_shows_no_count() -> None:
    """Found by the hypothesis test above (seed 1104): the badge counts a team the chart
    would show; once the only report has left, there is none (as chart_layout says)."""
    graph = sample.generate(seed=2, people=150, today=TODAY)[0]
    boss, only = next((p, k) for p in graph.people if graph.person(p).side is Side.CLIENT
                      and graph.manager_of(p) for k in graph.solid_reports(p)
                      if not graph.solid_reports(k))
    for other in graph.solid_reports(boss):  # the team of one: the others moved up
        if other != only:
            graph.set_manager(other, graph.manager_of(boss))
    live = LiveChart(graph, Side.CLIENT, {boss}, lambda pid: card(graph, pid))
    assert live.hidden[boss] == 1
    live.update(people_touched(graph.update_person(graph.person(only)._replace(
        left_on=TODAY))))
    assert boss not in live.hidden
    same(live, graph, {boss})
