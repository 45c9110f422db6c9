"""Each signal fires on the situation it names, and not on a healthy account."""

from __future__ import annotations

from datetime import date, timedelta

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, ActionItem, Link, RaciActivity, Risk
from kamdesk.graph.signals import SignalKind, detect
from kamdesk.graph.types import (
    ActionStatus,
    DecisionRole,
    LinkKind,
    RaciValue,
    RiskCategory,
    RiskStatus,
    Side,
    Stance,
)
from tests.helpers import ACC, person

TODAY = date(2026, 11, 22)
RECENT = TODAY - timedelta(days=2)


def healthy() -> AccountGraph:
    """Two of ours meet two of theirs on their levels; two champions; fresh contacts; an
    economic buyer and a coach identified."""
    g = AccountGraph(Account(ACC, "Healthy"))
    g.add_person(person("c1", level=1, decision_role=DecisionRole.DECISION_MAKER,
                        stance=Stance.CHAMPION, last_contact=RECENT))
    g.add_person(person("c2", level=2, decision_role=DecisionRole.INFLUENCER,
                        stance=Stance.CHAMPION, last_contact=RECENT))
    # The roles a buying centre must have identified (analysis_signals.REQUIRED_ROLES):
    g.add_person(person("eb", level=2, decision_role=DecisionRole.ECONOMIC_BUYER,
                        stance=Stance.SUPPORTER, last_contact=RECENT))
    g.add_person(person("coach", level=3, decision_role=DecisionRole.COACH,
                        stance=Stance.SUPPORTER, last_contact=RECENT))
    g.add_person(person("o1", Side.INTERNAL, level=1))
    g.add_person(person("o2", Side.INTERNAL, level=2))
    g.add_link(Link("k1", ACC, LinkKind.COUNTERPART, "o1", "c1"))
    g.add_link(Link("k2", ACC, LinkKind.COUNTERPART, "o2", "c2"))
    g.add_record(RaciActivity("r", ACC, "Delivery", 0, (("Sales", RaciValue.ACCOUNTABLE),
                                                         ("Ops", RaciValue.RESPONSIBLE))))
    g.add_record(ActionItem("a", ACC, "Done thing", "o1", TODAY - timedelta(days=9),
                            ActionStatus.DONE))
    g.add_record(Risk("x", ACC, RiskCategory.LEGAL, "Old", status=RiskStatus.RESOLVED))
    return g


def kinds(g: AccountGraph) -> list[SignalKind]:
    return [s.kind for s in detect(g, TODAY)]


def test_a_healthy_account_has_no_signals() -> None:
    assert kinds(healthy()) == []


def test_silent_client_after_the_cadence() -> None:
    g = healthy()
    g.update_person(g.person("c1")._replace(last_contact=TODAY - timedelta(days=5)))
    assert kinds(g) == [SignalKind.SILENT_CLIENT]  # a decision maker's cadence is 4 days
    g.update_person(g.person("c1")._replace(cadence_days=7))
    assert kinds(g) == []


def test_comb_gap_and_level_mismatch() -> None:
    g = healthy()
    g.remove_link("k2")
    assert SignalKind.COMB_GAP in kinds(g)
    g.add_link(Link("k3", ACC, LinkKind.COUNTERPART, "o1", "c2"))
    found = detect(g, TODAY)
    # most severe first: a single thread (high) before a crossed tooth (low)
    assert [s.kind for s in found] == [SignalKind.SINGLE_THREADED, SignalKind.LEVEL_MISMATCH]
    assert found[1].subjects == ("k3", "o1", "c2")


def test_unmanaged_blocker() -> None:
    g = healthy()
    g.add_person(person("b", level=2, stance=Stance.BLOCKER, influence=5, last_contact=RECENT))
    assert kinds(g) == [SignalKind.UNMANAGED_BLOCKER]
    g.add_link(Link("k4", ACC, LinkKind.COUNTERPART, "o2", "b"))
    assert kinds(g) == []
    g.update_person(g.person("b")._replace(influence=3, last_contact=None))
    assert kinds(g) == []  # influence below 4: not a signal of this kind


def test_no_executive_sponsor_and_single_champion() -> None:
    g = healthy()
    g.update_person(g.person("c2")._replace(stance=Stance.SUPPORTER))
    assert kinds(g) == [SignalKind.SINGLE_CHAMPION]
    g.remove_link("k1")
    g.add_link(Link("k5", ACC, LinkKind.COUNTERPART, "o2", "c1"))
    assert SignalKind.NO_EXECUTIVE_SPONSOR in kinds(g)


def test_overdue_action_risk_without_owner_invalid_raci() -> None:
    g = healthy()
    g.add_record(ActionItem("late", ACC, "Call back", "o1", TODAY - timedelta(days=1)))
    g.add_record(Risk("r2", ACC, RiskCategory.FINANCE, "Debt"))
    g.add_record(RaciActivity("bad", ACC, "Claims", 1, (("Sales", RaciValue.ACCOUNTABLE),
                                                          ("Ops", RaciValue.ACCOUNTABLE))))
    assert kinds(g) == [SignalKind.OVERDUE_ACTION, SignalKind.RISK_WITHOUT_OWNER,
                        SignalKind.INVALID_RACI]


def test_a_vacant_post_is_not_silent_nor_a_gap_but_a_vacancy_in_the_buying_centre() -> None:
    from kamdesk.graph.vocabulary import vocabulary

    g = healthy()
    g.add_person(person("cto", level=2, name="CTO", title="CTO", vacancy=True,
                        decision_role=DecisionRole.DECISION_MAKER))  # never contacted
    found = detect(g, TODAY)
    kinds = [(s.kind, s.subjects) for s in found]
    assert (SignalKind.SILENT_CLIENT, ("cto",)) not in kinds
    assert (SignalKind.COMB_GAP, ("cto",)) not in kinds
    vacant = [s for s in found if s.kind is SignalKind.VACANT_ROLE]
    assert [s.subjects for s in vacant] == [("cto",)]
    said = vocabulary("ru").text(vacant[0].sentence, vacant[0].params)
    assert said == "CTO (ЛПР) — вакансия в закупочном центре"
    g.update_person(g.person("cto")._replace(vacancy=False, name="Пётр Ильин"))
    kinds = [(s.kind, s.subjects) for s in detect(g, TODAY)]  # filled: a person again
    assert (SignalKind.SILENT_CLIENT, ("cto",)) in kinds
    assert (SignalKind.COMB_GAP, ("cto",)) in kinds
    assert not any(k is SignalKind.VACANT_ROLE for k, _ in kinds)
