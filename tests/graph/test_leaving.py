"""A person who left: the successor rule, one-step marking with a hand-over, the account
"as it is now" for the signals and the analysis, and undo."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.graph.analysis import analysis_facts, what_if_facts
from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.errors import InvalidValueError, SuccessorError
from kamdesk.graph.integrity import problems
from kamdesk.graph.leaving import left_people, mark_back, mark_left, present, successors
from kamdesk.graph.signals import SignalKind, detect
from kamdesk.graph.types import LinkKind, Side
from kamdesk.graph.vocabulary import vocabulary
from tests.helpers import person, snapshot, tiny_graph

DAY = date(2026, 10, 1)
TODAY = date(2026, 11, 22)


def test_successor_rule_refuses_in_both_languages_and_changes_nothing() -> None:
    g = tiny_graph()
    g.add_person(person("gone", name="Gone Already", left_on=DAY))
    before = snapshot(g)
    cases = [("cfo", "successor_self", "a person cannot succeed themselves",
              "человек не может быть преемником самого себя"),
             ("kam", "successor_side", "the same side", "той же стороны"),
             ("nobody", "successor_side", "the same side", "той же стороны"),
             ("gone", "successor_left", "has left the client too", "тоже покинул")]
    for successor, reason, english, russian in cases:
        with pytest.raises(SuccessorError) as refused:
            mark_left(g, "cfo", DAY, "Rival Ltd", successor)
        assert refused.value.reason == reason
        assert english in str(refused.value)
        assert russian in vocabulary("ru").error(refused.value)
        assert vocabulary("ru").error(refused.value).startswith("преемник: ")
    with pytest.raises(InvalidValueError) as no_day:  # a successor only for one who left
        g.update_person(g.person("cfo")._replace(successor_id="cto"))
    assert "сначала отметьте уход" in vocabulary("ru").error(no_day.value)
    with pytest.raises(InvalidValueError):  # a hand-over needs someone to hand over to
        mark_left(g, "cfo", DAY, hand_over=True)
    assert snapshot(g) == before


def test_mark_left_is_one_change_set_with_the_hand_over_and_undoes_exactly() -> None:
    g = tiny_graph()
    g.add_person(person("cfo2", level=2, name="New CFO"))
    before = snapshot(g)
    heard: list[ChangeSet] = []
    g.subscribe(heard.append)
    done = mark_left(g, "cfo", DAY, "Rival Ltd", "cfo2", hand_over=True)
    assert len(heard) == 1 and heard[0] == done  # one announcement: one undo step
    cfo = g.person("cfo")
    assert (cfo.left_on, cfo.left_to, cfo.successor_id) == (DAY, "Rival Ltd", "cfo2")
    line = g.link("cp1")  # the same line, now to the successor, strength kept
    assert (line.source, line.target, line.strength) == ("kam", "cfo2", 4)
    assert g.find_link(LinkKind.REPORTS_TO, "cfo", "ceo") is not None  # lines kept
    assert [p.id for p in left_people(g)] == ["cfo"]
    assert problems(g) == []
    g.revert(done)
    assert snapshot(g) == {**before, "people": {k: v._replace(version=v.version + 2)
                                                if k == "cfo" else v
                                                for k, v in before["people"].items()},
                           "links": {k: v._replace(version=v.version + 2) if k == "cp1"
                                     else v for k, v in before["links"].items()}}


def test_without_hand_over_the_lines_stay_with_who_left() -> None:
    g = tiny_graph()
    g.add_person(person("cfo2", level=2, name="New CFO"))
    mark_left(g, "cfo", DAY, successor_id="cfo2")
    assert g.link("cp1").target == "cfo"
    # the drop-down: the same side, not themself, not who left; by name
    assert [p.id for p in successors(g, "cto")] == ["cfo2", "analyst", "ceo"]
    assert [p.id for p in successors(g, "kam")] == ["boss"]
    assert successors(g, "kam")[0].side is Side.INTERNAL


def test_who_left_is_out_of_the_signals_and_the_analysis_but_kept_in_the_graph() -> None:
    g = tiny_graph()
    # The CFO (economic buyer) has our KAM as counterpart; the CEO (decision maker) has none.
    kinds = {s.kind for s in detect(g, TODAY)}
    assert SignalKind.COMB_GAP in kinds
    assert any("Olivia Bennett" in s.detail for s in detect(g, TODAY))
    mark_left(g, "cfo", DAY, "Rival Ltd")
    now = present(g)
    assert "cfo" in g.people and "cfo" not in now.people
    assert "cp1" in g.links and "cp1" not in now.links
    assert present(g) is now  # kept until the next change
    assert not any("Olivia Bennett" in s.detail for s in detect(g, TODAY))
    # nobody covers anyone now: the relationship rests on nobody of theirs
    gone_roles = [s for s in detect(g, TODAY) if s.kind is SignalKind.MISSING_ROLE]
    assert any("economic buyer" in s.detail for s in gone_roles)
    facts = analysis_facts(g, TODAY)
    assert "cfo" not in {row["id"] for row in facts["scores"]}
    with pytest.raises(InvalidValueError, match="has left the client"):
        what_if_facts(g, "cfo", TODAY)
    mark_back(g, "cfo")
    assert present(g) is g


def test_removing_a_successor_drops_the_reference_not_the_memory() -> None:
    g = tiny_graph()
    g.add_person(person("cfo2", level=2, name="New CFO"))
    mark_left(g, "cfo", DAY, "Rival Ltd", "cfo2")
    g.remove_person("cfo2")
    assert g.person("cfo").successor_id is None
    assert g.person("cfo").left_on == DAY
