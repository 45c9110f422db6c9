"""What if someone leaves, and the analysis signals (single points, roles, rating gaps)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.analysis import analysis_facts, find_person, plan_summary
from kamdesk.graph.analysis_signals import missing_roles, required_roles
from kamdesk.graph.entities import Account, Link, Risk
from kamdesk.graph.errors import InvalidValueError
from kamdesk.graph.leaving import mark_left
from kamdesk.graph.signals import SignalKind, detect
from kamdesk.graph.types import DecisionRole, LinkKind, RiskCategory, Side, Stance
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.graph.whatif import what_if_leaves, without
from tests.helpers import ACC, person, snapshot

TODAY = date(2026, 11, 22)
RECENT = TODAY - timedelta(days=1)


def account() -> AccountGraph:
    """Ours: Olga (level 1) meets the CEO, Oleg the CFO, Otto Cora the coach (all level 2).
    The CFO reports to the CEO; Cora, the only champion, sways the CEO (weight 3)."""
    g = AccountGraph(Account(ACC, "What if"))
    g.add_person(person("olga", Side.INTERNAL, level=1, name="Olga"))
    g.add_person(person("oleg", Side.INTERNAL, level=2, name="Oleg"))
    g.add_person(person("otto", Side.INTERNAL, level=2, name="Otto"))
    g.add_person(person("ceo", level=1, name="Ceo", decision_role=DecisionRole.DECISION_MAKER,
                        stance=Stance.NEUTRAL, last_contact=RECENT, influence=5))
    g.add_person(person("cfo", level=2, name="Cfo", decision_role=DecisionRole.ECONOMIC_BUYER,
                        stance=Stance.SUPPORTER, last_contact=RECENT, influence=4))
    g.add_person(person("cora", level=2, name="Cora", decision_role=DecisionRole.COACH,
                        stance=Stance.CHAMPION, last_contact=RECENT))
    g.add_link(Link("r", ACC, LinkKind.REPORTS_TO, "cfo", "ceo"))
    g.add_link(Link("i", ACC, LinkKind.INFLUENCES, "cora", "ceo", weight=3))
    for lid, ours, theirs in (("k1", "olga", "ceo"), ("k2", "oleg", "cfo"),
                              ("k3", "otto", "cora")):
        g.add_link(Link(lid, ACC, LinkKind.COUNTERPART, ours, theirs, strength=3))
    g.add_record(Risk("x", ACC, RiskCategory.LEGAL, "Contract", owner_id="olga"))
    return g


def kinds(graph: AccountGraph) -> list[SignalKind]:
    return [s.kind for s in detect(graph, TODAY)]


def test_the_account_is_healthy_before() -> None:
    assert kinds(account()) == [SignalKind.SINGLE_CHAMPION]


def test_our_person_leaves() -> None:
    """Olga leaves: the CEO loses their only counterpart; the best way to the CEO (Olga →
    CEO, 1.0) breaks; the next is Oleg → CFO → CEO (1 + 1.32 = 2.32), cheaper than Otto →
    Cora → CEO (1 + 2.28, the strongest influence line); the CEO becomes a comb gap, nobody
    of ours at level 1 meets their level 1 any more, and the risk she owned has no owner.
    Nothing changes in the original."""
    g = account()
    before = snapshot(g)
    w = what_if_leaves(g, "olga", TODAY)
    assert snapshot(g) == before
    assert w.orphaned == ["ceo"]
    assert [b.person_id for b in w.broken_paths] == ["ceo"]
    broken = w.broken_paths[0]
    assert broken.before.people == ["olga", "ceo"] and broken.before.cost == 1.0
    assert broken.after is not None and broken.after.people == ["oleg", "cfo", "ceo"]
    assert broken.after.cost == pytest.approx(2.32)
    assert [s.kind for s in w.new_signals] == [SignalKind.COMB_GAP,
                                               SignalKind.NO_EXECUTIVE_SPONSOR,
                                               SignalKind.RISK_WITHOUT_OWNER]
    assert w.gone_signals == []
    assert w.support_after == pytest.approx(w.support_before)  # ours do not hold opinions


def test_the_champion_leaves() -> None:
    """Cora, the only champion and the coach, leaves: the support falls (she pulled the CEO
    toward us), the coach role is missing, and the single-champion signal goes with her."""
    w = what_if_leaves(account(), "cora", TODAY)
    assert w.support_after < w.support_before
    assert [s.kind for s in w.new_signals] == [SignalKind.MISSING_ROLE]
    assert [s.kind for s in w.gone_signals] == [SignalKind.SINGLE_CHAMPION]
    assert w.orphaned == [] and w.broken_paths == []
    # before: the CEO defers to Cora, the CFO to the CEO: Cora 5, CEO 3, CFO 1 (percentiles
    # of three); after: CEO 5, CFO 1. Only the CEO moves.
    assert w.score_moves == [("ceo", 3.0, 5.0)]


def test_without_is_a_copy_without_the_person() -> None:
    g = account()
    copy = without(g, "olga")
    assert "olga" not in copy.people and "olga" in g.people
    assert copy.record(Risk, "x").owner_id is None and g.record(Risk, "x").owner_id == "olga"
    assert len(copy.links) == len(g.links) - 1


def test_one_of_ours_holding_most_key_ties_is_a_single_point() -> None:
    """Olga also meets the CFO and a user: 3 of the 4 buying-centre people we cover, while
    Otto meets one: she is a single point of failure; Oleg (one of four) is not."""
    g = account()
    g.remove_link("k2")
    g.add_person(person("user", level=4, decision_role=DecisionRole.USER, last_contact=RECENT))
    g.add_link(Link("k5", ACC, LinkKind.COUNTERPART, "olga", "user", strength=3))
    g.add_link(Link("k6", ACC, LinkKind.COUNTERPART, "olga", "cfo", strength=3))
    found = [s for s in detect(g, TODAY) if s.kind is SignalKind.SINGLE_POINT_OF_FAILURE]
    assert [s.subjects for s in found] == [("olga",)]
    assert "3 of the 4" in found[0].detail
    g.add_link(Link("k7", ACC, LinkKind.COUNTERPART, "oleg", "cfo", strength=3))
    g.add_link(Link("k8", ACC, LinkKind.COUNTERPART, "otto", "user", strength=3))
    assert SignalKind.SINGLE_POINT_OF_FAILURE in kinds(g)  # still 3 of 4
    g.remove_link("k5")
    assert SignalKind.SINGLE_POINT_OF_FAILURE not in kinds(g)  # 2 of 4: not most


def test_a_champion_everything_passes_through_is_a_single_point() -> None:
    """Without Olga's and Oleg's links our only way to the decision maker and the economic
    buyer is Otto → Cora (champion) → CEO (→ CFO): Cora is a single point of failure."""
    g = account()
    g.remove_link("k1")
    g.remove_link("k2")
    found = [s for s in detect(g, TODAY) if s.kind is SignalKind.SINGLE_POINT_OF_FAILURE]
    assert [s.subjects for s in found] == [("cora", "ceo", "cfo")]
    g.add_link(Link("k7", ACC, LinkKind.COUNTERPART, "olga", "cfo", strength=2))
    assert SignalKind.SINGLE_POINT_OF_FAILURE not in kinds(g)


def test_required_roles() -> None:
    g = account()
    assert missing_roles(g) == []
    g.update_person(g.person("cfo")._replace(decision_role=DecisionRole.USER))
    g.update_person(g.person("cora")._replace(decision_role=None))
    assert missing_roles(g) == [DecisionRole.ECONOMIC_BUYER, DecisionRole.COACH]
    details = [s.detail for s in detect(g, TODAY) if s.kind is SignalKind.MISSING_ROLE]
    assert details == ["nobody identified as economic buyer", "nobody identified as coach"]
    assert missing_roles(AccountGraph(Account(ACC, "Empty"))) == []


def test_find_person_by_id_or_name() -> None:
    g = account()
    g.add_person(person("x1", name="Фёдор Ёлкин"))
    g.add_person(person("x2", name="Anna Lee"))
    g.add_person(person("x3", name="anna  lee"))
    assert find_person(g, "cora") == "cora"
    assert find_person(g, "  федор ЕЛКИН ") == "x1"
    with pytest.raises(InvalidValueError, match="2 people have this name"):
        find_person(g, "Anna Lee")
    with pytest.raises(InvalidValueError, match="nobody in this account"):
        find_person(g, "Nobody")


def test_find_person_refusals_in_both_languages() -> None:
    g = account()
    g.add_person(person("x2", name="Anna Lee"))
    g.add_person(person("x3", name="anna  lee"))
    ru = vocabulary("ru")
    with pytest.raises(InvalidValueError) as same:
        find_person(g, "Anna Lee")
    assert "use an id (x2, x3)" in str(same.value)
    assert ru.error(same.value) == ("человек: это имя у нескольких людей (2); укажите id "
                                    "(x2, x3) (получено 'Anna Lee')")
    with pytest.raises(InvalidValueError) as nobody:
        find_person(g, "Nobody")
    assert "нет человека с таким id или именем" in ru.error(nobody.value)
    with pytest.raises(InvalidValueError) as blank:
        find_person(g, "   ")
    assert str(blank.value).startswith("person: name a person by id or name")
    assert ru.error(blank.value).startswith("человек: укажите человека по id или имени")


def test_plan_summary_facts() -> None:
    g = account()
    summary = plan_summary(g)
    # the CEO defers to Cora (weight 3), the CFO to the CEO: Cora, Ceo, Cfo
    assert [row[0] for row in summary.top_influencers] == ["Cora", "Ceo", "Cfo"]
    assert all(1.0 <= score <= 5.0 for _, score, _, _ in summary.top_influencers)
    assert -1.0 <= summary.support <= 1.0
    assert summary.whom_to_meet[0][1:3] in (("neutral", "supporter"), ("supporter",
                                                                      "champion"))
    gains = [row[3] for row in summary.whom_to_meet]
    assert gains == sorted(gains, reverse=True) and gains[0] > 0


def test_the_analysis_signals_are_worded_in_both_languages() -> None:
    """Every analysis kind, produced by the fixtures above, reads in English and Russian
    from its own values (graph.vocabulary)."""
    from kamdesk.graph.vocabulary import vocabulary
    from tests.graph.test_influence import broker

    g = account()
    g.remove_link("k1")
    g.remove_link("k2")  # Cora becomes the champion everything passes through
    g.update_person(g.person("cfo")._replace(decision_role=DecisionRole.USER))
    spof_ours = account()
    spof_ours.remove_link("k2")
    spof_ours.add_link(Link("k6", ACC, LinkKind.COUNTERPART, "olga", "cfo", strength=3))
    spof_ours.add_link(Link("k5", ACC, LinkKind.COUNTERPART, "olga", "cora", strength=3))
    found = [s for graph in (g, spof_ours, broker()) for s in detect(graph, TODAY)
             if s.kind in (SignalKind.HIDDEN_INFLUENCER, SignalKind.OVERRATED,
                           SignalKind.SINGLE_POINT_OF_FAILURE, SignalKind.MISSING_ROLE)]
    assert {s.sentence for s in found} == {"sig_hidden", "sig_overrated", "sig_spof_ours",
                                           "sig_spof_champion", "sig_role"}
    en, ru = vocabulary("en"), vocabulary("ru")
    for s in found:
        english = en.text(s.sentence, s.params)
        assert english == s.detail, (english, s.detail)
        assert any("а" <= c <= "я" for c in ru.text(s.sentence, s.params).lower())


def test_an_account_without_client_people_gives_empty_answers() -> None:
    from kamdesk.graph.analysis import analysis_facts, what_if_facts

    g = AccountGraph(Account(ACC, "Only us"))
    g.add_person(person("o", Side.INTERNAL))
    facts = analysis_facts(g, TODAY)
    assert facts["scores"] == [] and facts["whom_to_meet"] == []
    assert facts["forecast"]["support"] == 0.0 and isinstance(facts["forecast"]["support"],
                                                              float)
    gone = what_if_facts(g, "o", TODAY)
    assert gone["orphaned"] == [] and gone["support_after"] == 0.0
    assert plan_summary(g).top_influencers == []


def test_required_roles_are_a_setting_of_the_account() -> None:
    g = account()  # a decision maker, an economic buyer and a coach: nothing missing
    assert missing_roles(g) == []
    g.update_account(g.account._replace(required_roles=(DecisionRole.APPROVER,
                                                        DecisionRole.DECISION_MAKER)))
    assert required_roles(g) == (DecisionRole.DECISION_MAKER, DecisionRole.APPROVER)
    assert missing_roles(g) == [DecisionRole.APPROVER]
    found = [s for s in detect(g, TODAY) if s.kind is SignalKind.MISSING_ROLE]
    assert [s.detail for s in found] == ["nobody identified as approver"]
    assert vocabulary("ru").text("sig_role", found[0].params) == "не определён: согласующий"
    facts = analysis_facts(g, TODAY)
    assert facts["roles"] == {"required": ["decision_maker", "approver"],
                              "missing": ["approver"], "default": False}
    g.update_account(g.account._replace(required_roles=()))  # nothing required
    assert missing_roles(g) == []
    g.update_account(g.account._replace(required_roles=None))  # back to the default
    g.update_person(g.person("cora")._replace(decision_role=None))
    assert missing_roles(g) == [DecisionRole.COACH]
    # a coach who left holds the role no more
    g.update_person(g.person("cora")._replace(decision_role=DecisionRole.COACH))
    mark_left(g, "cora", TODAY, "Rival")
    assert [s.params["role"] for s in detect(g, TODAY)
            if s.kind is SignalKind.MISSING_ROLE] == [DecisionRole.COACH]
