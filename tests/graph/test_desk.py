"""The KAM's desk in the domain: the risk tactic, meetings held, open actions, RACI rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kamdesk.graph import meetings, raci, signals, tactic
from kamdesk.graph.entities import ActionItem, Link, Meeting, RaciActivity, Risk
from kamdesk.graph.errors import DomainError, InvalidValueError
from kamdesk.graph.types import (
    ActionStatus,
    LinkKind,
    RaciValue,
    RiskCategory,
    RiskStatus,
    RiskStepKind,
    Side,
)
from tests.helpers import ACC, person, tiny_graph

TODAY = date(2026, 11, 22)


def test_tactic_walks_four_dated_steps_from_a_silent_client_signal() -> None:
    g = tiny_graph()
    silent = next(s for s in signals.detect(g, TODAY)
                  if s.kind is signals.SignalKind.SILENT_CLIENT and s.subjects == ("ceo",))
    risk = tactic.from_signal(ACC, silent, "Фёдор Королёв молчит", TODAY)
    assert risk.category is RiskCategory.ENGAGEMENT and risk.owner_id is None
    g.add_record(risk)
    assert tactic.next_step(risk) is RiskStepKind.OWNER_ASSIGNED
    risk = tactic.assign_owner(risk, "kam", TODAY + timedelta(days=1), "Our KAM")
    assert tactic.next_step(risk) is RiskStepKind.ESCALATED
    to = tactic.suggest_escalation(g, "kam", "ceo")
    assert to == "boss"  # the KAM's manager, at the CEO's level
    risk = tactic.escalate(risk, g.person("boss").name, TODAY + timedelta(days=2))
    risk = tactic.update_status(risk, RiskStatus.RESOLVED, TODAY + timedelta(days=3), "done")
    g.update_record(risk)
    stored = g.record(Risk, risk.id)
    assert [(s.on - TODAY).days for s in stored.log] == [0, 1, 2, 3]
    assert [s.kind for s in stored.log] == list(RiskStepKind)
    assert stored.status is RiskStatus.RESOLVED and stored.resolved_on == TODAY + timedelta(3)
    assert stored.escalated_to == "Our CEO" and tactic.next_step(stored) is None


def test_escalation_goes_up_the_line_to_the_level_concerned() -> None:
    g = tiny_graph()
    g.add_person(person("head", Side.INTERNAL, level=2, name="Our director"))
    g.set_manager("kam", "head")
    g.set_manager("head", "boss")
    assert tactic.suggest_escalation(g, "kam", "cfo") == "head"  # cfo is a director
    assert tactic.suggest_escalation(g, "kam", "ceo") == "boss"
    assert tactic.suggest_escalation(g, "kam", "analyst") == "head"  # someone above
    assert tactic.suggest_escalation(g, "kam") == "head"
    assert tactic.suggest_escalation(g, "boss", "ceo") is None  # nobody above our CEO
    assert tactic.suggest_escalation(g, "head", "analyst") == "boss"
    assert tactic.suggest_escalation(g, "nobody", "ceo") is None


def test_notification_names_the_raci_row_and_mails_departments_and_people() -> None:
    g = tiny_graph()
    g.update_person(g.person("kam")._replace(email="kam@us.example", department="Sales"))
    g.update_person(g.person("boss")._replace(email="ceo@us.example"))
    row = RaciActivity("r1", ACC, "Delivery", 0, (("Sales", RaciValue.RESPONSIBLE),
                                                  ("boss", RaciValue.ACCOUNTABLE),
                                                  ("Legal", RaciValue.INFORMED)))
    n = tactic.notification(g, row)
    assert n.parties[RaciValue.RESPONSIBLE] == ["Sales"]
    assert n.parties[RaciValue.ACCOUNTABLE] == ["Our CEO"]
    assert n.parties[RaciValue.INFORMED] == ["Legal"] and n.parties[RaciValue.CONSULTED] == []
    assert n.emails == ["kam@us.example", "ceo@us.example"]


def test_marking_a_meeting_held_updates_contacts_in_one_batch_and_clears_silence() -> None:
    g = tiny_graph()
    g.add_record(Meeting("m1", ACC, TODAY, "QBR", attendees=("kam", "cfo", "ceo")))
    before = {s.subjects for s in signals.detect(g, TODAY)
              if s.kind is signals.SignalKind.SILENT_CLIENT}
    assert ("ceo",) in before and ("cfo",) in before
    heard = []
    g.subscribe(heard.append)
    changes = meetings.mark_held(g, "m1", TODAY)
    assert len(heard) == 1 and heard[0] == changes  # one announcement: one batch
    assert g.person("ceo").last_contact == TODAY == g.person("cfo").last_contact
    assert g.link("cp1").last_contact == TODAY  # kam met cfo
    assert g.person("kam").last_contact is None  # our people have no cadence
    after = {s.subjects for s in signals.detect(g, TODAY)
             if s.kind is signals.SignalKind.SILENT_CLIENT}
    assert ("ceo",) not in after and ("cfo",) not in after
    assert meetings.is_held(g, g.record(Meeting, "m1"), TODAY)
    g.revert(changes)
    assert g.person("ceo").last_contact is None and g.link("cp1").last_contact is None


def test_held_never_moves_a_contact_back_and_refuses_the_future() -> None:
    g = tiny_graph()
    g.update_person(g.person("analyst")._replace(last_contact=TODAY))
    g.add_record(Meeting("old", ACC, TODAY - timedelta(days=3), "Old", attendees=("analyst",)))
    assert meetings.mark_held(g, "old", TODAY) == ()
    g.add_record(Meeting("later", ACC, TODAY + timedelta(days=3), "Soon", attendees=("ceo",)))
    with pytest.raises(InvalidValueError):
        meetings.mark_held(g, "later", TODAY)
    assert not meetings.is_held(g, g.record(Meeting, "later"), TODAY)


def test_a_meeting_without_client_attendees_is_held_once_its_day_is_over() -> None:
    g = tiny_graph()
    g.add_record(Meeting("today", ACC, TODAY, "Internal prep", attendees=("kam",)))
    g.add_record(Meeting("past", ACC, TODAY - timedelta(days=1), "Internal prep"))
    assert not meetings.is_held(g, g.record(Meeting, "today"), TODAY)
    assert meetings.is_held(g, g.record(Meeting, "past"), TODAY)
    assert meetings.is_held(g, g.record(Meeting, "today"), TODAY + timedelta(days=1))


def test_open_actions_overdue_first_then_by_due_and_by_owner() -> None:
    items = [ActionItem("a", ACC, "later", "kam", TODAY + timedelta(days=5)),
             ActionItem("b", ACC, "undated", "kam"),
             ActionItem("c", ACC, "late", "cfo", TODAY - timedelta(days=2)),
             ActionItem("d", ACC, "done", "kam", TODAY - timedelta(days=9), ActionStatus.DONE),
             ActionItem("e", "other", "later still", "x", TODAY + timedelta(days=1)),
             ActionItem("f", ACC, "very late", "kam", TODAY - timedelta(days=9))]
    assert [a.id for a in meetings.open_actions(items, TODAY)] == ["f", "c", "e", "a", "b"]
    assert [a.id for a in meetings.open_actions(items, TODAY, "kam")] == ["f", "a", "b"]
    assert meetings.done(items[0]).is_closed


def test_raci_rows_say_what_is_wrong() -> None:
    r, a, c = RaciValue.RESPONSIBLE, RaciValue.ACCOUNTABLE, RaciValue.CONSULTED
    assert raci.problems([("x", r), ("y", a)]) == []
    assert raci.problems([]) == [raci.RaciProblem.NO_ACCOUNTABLE, raci.RaciProblem.NO_RESPONSIBLE]
    assert raci.problems([("x", a), ("y", a), ("z", r)]) == [
        raci.RaciProblem.SEVERAL_ACCOUNTABLE]
    assert raci.problems([("x", a), ("y", c)]) == [raci.RaciProblem.NO_RESPONSIBLE]


def test_raci_cells_and_letters() -> None:
    row = RaciActivity("r", ACC, "Delivery")
    row = raci.set_cell(row, "Sales", raci.letter("r"))
    row = raci.set_cell(row, "Legal", raci.letter("ф"))  # the A key on a Russian layout
    row = raci.set_cell(row, "Sales", raci.letter("a"))
    assert row.assignments == (("Sales", RaciValue.ACCOUNTABLE), ("Legal", RaciValue.ACCOUNTABLE))
    assert raci.set_cell(row, "Sales", raci.letter(" ")).assignments == (
        ("Legal", RaciValue.ACCOUNTABLE),)
    for bad in ("X", "RA", "1"):
        with pytest.raises(DomainError):
            raci.letter(bad)
    assert raci.parties([RaciActivity("2", ACC, "b", 1, (("Q", RaciValue.INFORMED),)),
                         row]) == ["Sales", "Legal", "Q"]


def test_raci_template_adds_only_missing_activities_after_the_last() -> None:
    g = tiny_graph()
    g.add_record(RaciActivity("r", ACC, "delivery", 4))
    made = raci.from_template(ACC, g.records(RaciActivity).values(), "ru")
    assert made[0].name == "Сервис и поддержка" and len(made) == 6
    assert [a.position for a in made] == list(range(5, 11))
    assert made[-1].name == "Обучение"
    for a in made:
        g.add_record(a)
    assert raci.from_template(ACC, g.records(RaciActivity).values(), "en") == []


def test_counterpart_pair_only_when_both_attended() -> None:
    g = tiny_graph()
    g.add_link(Link("cp2", ACC, LinkKind.COUNTERPART, "boss", "ceo"))
    g.add_record(Meeting("m", ACC, TODAY, "x", attendees=("kam", "ceo")))
    meetings.mark_held(g, "m", TODAY)
    assert g.link("cp2").last_contact is None and g.link("cp1").last_contact is None


def test_undo_of_an_add_after_undoing_its_edit() -> None:
    """Undo renumbers versions; a later undo starts from the entity as it is now."""
    g = tiny_graph()
    added = g.add_record(Meeting("m", ACC, TODAY, "x"))
    edited = g.update_record(g.record(Meeting, "m")._replace(title="y"))
    written = []
    g.attach_journal(written.append)
    g.revert(edited)
    assert g.record(Meeting, "m").title == "x" and g.record(Meeting, "m").version == 3
    undone = g.revert(added)
    assert "m" not in g.records(Meeting)
    assert undone[0].before.version == 3  # the store's version check sees the row as it is
    g.revert(undone)
    assert g.record(Meeting, "m").title == "x"


def test_the_sponsor_field_and_the_signal_agree() -> None:
    from kamdesk.graph import sponsor

    g = tiny_graph()  # ceo (theirs, L1), boss (ours, L1): no top link yet

    def signalled() -> bool:
        return any(s.kind is signals.SignalKind.NO_EXECUTIVE_SPONSOR
                   for s in signals.detect(g, TODAY))

    assert signalled() and not sponsor.check(g).ok
    g.update_account(g.account._replace(sponsor_id="boss"))
    found = sponsor.check(g)
    assert signalled() and found.link_to == "ceo"  # on paper only: link boss with their CEO
    g.add_link(Link("top", ACC, LinkKind.COUNTERPART, "boss", "ceo"))
    assert not signalled() and sponsor.check(g).ok
    g.update_account(g.account._replace(sponsor_id="kam"))  # a sponsor who meets nobody up top
    assert signalled() and not sponsor.check(g).ok
    g.update_account(g.account._replace(sponsor_id=None))  # no field: the comb's top decides
    assert not signalled() and sponsor.check(g).suggested == "boss"


def test_value_totals_and_balance_per_currency() -> None:
    from kamdesk.graph import value
    from kamdesk.graph.entities import ValueEntry
    from kamdesk.graph.types import ValueDirection as V

    d = TODAY
    entries = [ValueEntry("1", ACC, d, V.DELIVERED, "audit", 100.0, "EUR"),
               ValueEntry("2", ACC, d - timedelta(days=3), V.RECEIVED, "prepay", 250.0, "EUR"),
               ValueEntry("3", ACC, d - timedelta(days=3), V.DELIVERED, "training", 40.0, "EUR"),
               ValueEntry("4", ACC, d, V.RECEIVED, "reference", 9.0, "USD")]
    t = value.totals(entries)
    assert t["EUR"] == (140.0, 250.0) and t["EUR"].balance == -110.0 and t["USD"] == (0, 9.0)
    assert value.main_currency(entries) == "EUR"
    assert value.balance_over_time(entries, "EUR") == [(d - timedelta(days=3), -210.0),
                                                      (d, -110.0)]
    assert value.balance_over_time([], "") == [] and value.main_currency([]) == ""


def test_every_signal_kind_can_be_recorded_as_a_risk() -> None:
    for kind in signals.SignalKind:
        risk = tactic.from_signal(ACC, signals.Signal(kind, (), "x"), "described", TODAY)
        assert risk.severity is signals.SEVERITY[kind] and risk.log[0].text == "described"
