"""Hypothesis strategies: whole account graphs that obey the rules, with awkward values."""

from __future__ import annotations

import itertools
import time
from datetime import date
from typing import Any

from hypothesis import strategies as st

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import (
    Account,
    ActionItem,
    Kpi,
    Link,
    Meeting,
    Person,
    RaciActivity,
    Risk,
    RiskStep,
    ValueEntry,
)
from kamdesk.graph.types import (
    ActionStatus,
    DecisionRole,
    Level,
    LinkKind,
    RaciValue,
    RiskCategory,
    RiskStatus,
    RiskStepKind,
    Severity,
    Side,
    Stage,
    Stance,
    ValueDirection,
)

# Text as users and CRMs produce it: any script, emoji, markup, quotes, newlines — but no
# NUL or lone surrogates, which the domain refuses (tested separately).
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=30)
names = texts.filter(lambda s: s.strip() != "")
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
optional_days = st.none() | days
_ids = itertools.count(int(time.time() * 1000) << 12)


@st.composite
def account_graphs(draw: st.DrawFn, max_people: int = 14) -> AccountGraph:
    def new_id() -> str:
        return f"{next(_ids):016x}"  # unique across examples: they may share a workspace

    acc = new_id()
    graph = AccountGraph(Account(
        acc, f"{draw(names)} #{acc}", draw(texts), draw(texts), draw(texts), None, None,
        draw(st.floats(0, 10)), draw(st.floats(0, 10)), draw(st.sampled_from(Stage)),
        draw(texts)))
    people: list[Person] = []
    for _ in range(draw(st.integers(0, max_people))):
        side = draw(st.sampled_from(Side))
        role = draw(st.none() | st.sampled_from(DecisionRole)) if side is Side.CLIENT else None
        p = Person(new_id(), acc, side, draw(names), draw(texts), draw(texts),
                   draw(st.sampled_from(Level)), draw(texts), draw(texts), draw(texts),
                   draw(st.none() | st.binary(max_size=40)), role, draw(st.sampled_from(Stance)),
                   draw(st.integers(1, 5)), draw(texts), draw(optional_days),
                   draw(st.none() | st.integers(1, 3650)), draw(texts))
        graph.add_person(p)
        # a solid manager among the people before, on the same side: never a cycle
        same_side = [q for q in people if q.side is side]
        if same_side and draw(st.booleans()):
            boss = draw(st.sampled_from(same_side))
            graph.add_link(Link(new_id(), acc, LinkKind.REPORTS_TO, p.id, boss.id))
        people.append(p)
    _add_links(draw, graph, people, new_id)
    _add_records(draw, graph, people, new_id)
    ours = [p.id for p in people if p.side is Side.INTERNAL]
    if ours:
        graph.update_account(graph.account._replace(kam_id=draw(st.sampled_from(ours))))
    return graph


def _add_links(draw: st.DrawFn, graph: AccountGraph, people: list[Person], new_id: Any) -> None:
    acc = graph.id
    for _ in range(draw(st.integers(0, 2 * len(people)))):
        a, b = draw(st.sampled_from(people)), draw(st.sampled_from(people))
        kind = draw(st.sampled_from(LinkKind))
        if a.id == b.id or graph.find_link(kind, a.id, b.id) or graph.find_link(kind, b.id, a.id):
            continue
        if kind is LinkKind.REPORTS_TO:
            if a.side is not b.side or graph.find_link(LinkKind.REPORTS_TO, a.id, b.id):
                continue
            graph.add_link(Link(new_id(), acc, kind, a.id, b.id, dotted=True))
        elif kind is LinkKind.INFLUENCES:
            graph.add_link(Link(new_id(), acc, kind, a.id, b.id, weight=draw(st.integers(1, 3))))
        elif kind is LinkKind.COUNTERPART and (a.side, b.side) == (Side.INTERNAL, Side.CLIENT):
            graph.add_link(Link(new_id(), acc, kind, a.id, b.id,
                                strength=draw(st.integers(1, 5)),
                                last_contact=draw(optional_days), note=draw(texts)))
        elif kind is LinkKind.CONFLICT and a.side is b.side is Side.CLIENT:
            graph.add_link(Link(new_id(), acc, kind, a.id, b.id))


def _add_records(draw: st.DrawFn, graph: AccountGraph, people: list[Person],
                 new_id: Any) -> None:
    acc = graph.id
    ids = [p.id for p in people]
    owner = st.none() | st.sampled_from(ids) if ids else st.none()
    ours = [p.id for p in people if p.side is Side.INTERNAL]
    risk_owner = st.none() | st.sampled_from(ours) if ours else st.none()  # a risk's is ours
    for _ in range(draw(st.integers(0, 2))):
        graph.add_record(Kpi(new_id(), acc, draw(names), draw(texts),
                             draw(st.none() | finite), draw(st.none() | finite), draw(texts)))
        graph.add_record(ValueEntry(new_id(), acc, draw(days),
                                    draw(st.sampled_from(ValueDirection)), draw(names),
                                    draw(finite), draw(texts.map(lambda t: t[:5]))))
        parties = draw(st.lists(names, unique=True, max_size=4))
        cells = tuple((p, draw(st.sampled_from(RaciValue))) for p in parties)
        graph.add_record(RaciActivity(new_id(), acc, draw(names), draw(st.integers(0, 99)),
                                      cells))
        steps = tuple(RiskStep(draw(days), draw(st.sampled_from(RiskStepKind)), draw(texts))
                      for _ in range(draw(st.integers(0, 3))))
        graph.add_record(Risk(new_id(), acc, draw(st.sampled_from(RiskCategory)), draw(names),
                              draw(st.sampled_from(Severity)), draw(risk_owner),
                              draw(st.sampled_from(RiskStatus)), draw(texts),
                              draw(optional_days), draw(optional_days), draw(optional_days),
                              steps))
        attendees = tuple(draw(st.lists(st.sampled_from(ids), unique=True))) if ids else ()
        meeting = Meeting(new_id(), acc, draw(days), draw(names), draw(texts), attendees,
                          draw(texts), draw(texts), draw(texts), draw(texts))
        graph.add_record(meeting)
        graph.add_record(ActionItem(new_id(), acc, draw(names), draw(owner), draw(optional_days),
                                    draw(st.sampled_from(ActionStatus)),
                                    draw(st.none() | st.just(meeting.id))))
