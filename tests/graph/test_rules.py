"""Each rule of the domain refuses what it must, with its typed error, changing nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from kamdesk.graph import errors
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Kpi, Link, Meeting, Person, RaciActivity
from kamdesk.graph.types import DecisionRole, LinkKind, Side
from tests.helpers import ACC, person, snapshot, tiny_graph


def refused(graph: AccountGraph, error: type[Exception], edit: Callable[[], Any]) -> Exception:
    """Run an edit that must be refused; check the graph did not change at all."""
    heard: list[object] = []
    graph.subscribe(heard.append)
    before = snapshot(graph)
    with pytest.raises(error) as caught:
        edit()
    assert snapshot(graph) == before
    assert heard == []
    graph.unsubscribe(heard.append)
    return caught.value


def link(lid: str, kind: LinkKind, source: str, target: str, **fields: Any) -> Link:
    return Link(lid, ACC, kind, source, target, **fields)


def test_direct_reporting_cycle_is_refused() -> None:
    g = tiny_graph()
    error = refused(g, errors.ReportingCycleError,
                    lambda: g.set_manager("ceo", "cfo"))
    assert error.cycle == ["ceo", "cfo", "ceo"]  # type: ignore[attr-defined]
    assert "Фёдор Королёв → Olivia Bennett → Фёдор Королёв" in str(error)


def test_long_reporting_cycle_is_refused_and_named() -> None:
    g = tiny_graph()
    error = refused(g, errors.ReportingCycleError,
                    lambda: g.set_manager("ceo", "analyst"))
    assert error.cycle == ["ceo", "analyst", "cfo", "ceo"]  # type: ignore[attr-defined]


def test_moving_a_manager_under_their_own_report_is_refused_by_update() -> None:
    g = tiny_graph()
    line = g.find_solid_line("cfo")
    assert line is not None
    refused(g, errors.ReportingCycleError, lambda: g.update_link(line._replace(target="analyst")))


def test_second_solid_manager_is_refused_but_a_dotted_line_is_allowed() -> None:
    g = tiny_graph()
    refused(g, errors.SecondManagerError,
            lambda: g.add_link(link("x", LinkKind.REPORTS_TO, "analyst", "cto")))
    g.add_link(link("x", LinkKind.REPORTS_TO, "analyst", "cto", dotted=True))
    assert g.manager_of("analyst") == "cfo"
    assert g.find_link(LinkKind.REPORTS_TO, "analyst", "cto") is not None


def test_dotted_lines_do_not_count_as_cycles_or_managers() -> None:
    g = tiny_graph()
    g.add_link(link("d", LinkKind.REPORTS_TO, "ceo", "analyst", dotted=True))
    assert g.manager_of("ceo") is None


def test_reporting_across_sides_is_refused() -> None:
    g = tiny_graph()
    refused(g, errors.CrossSideReportingError,
            lambda: g.add_link(link("x", LinkKind.REPORTS_TO, "kam", "ceo")))
    refused(g, errors.CrossSideReportingError,
            lambda: g.add_link(link("x", LinkKind.REPORTS_TO, "kam", "ceo", dotted=True)))


def test_counterpart_goes_from_ours_to_theirs_only() -> None:
    g = tiny_graph()
    refused(g, errors.CounterpartDirectionError,
            lambda: g.add_link(link("x", LinkKind.COUNTERPART, "cfo", "kam")))
    refused(g, errors.CounterpartDirectionError,
            lambda: g.add_link(link("x", LinkKind.COUNTERPART, "boss", "kam")))
    refused(g, errors.CounterpartDirectionError,
            lambda: g.add_link(link("x", LinkKind.COUNTERPART, "ceo", "cfo")))


def test_conflict_is_between_client_people_and_has_no_direction() -> None:
    g = tiny_graph()
    refused(g, errors.ConflictSideError,
            lambda: g.add_link(link("x", LinkKind.CONFLICT, "kam", "cfo")))
    g.add_link(link("c", LinkKind.CONFLICT, "cfo", "cto"))
    refused(g, errors.DuplicateLinkError,
            lambda: g.add_link(link("c2", LinkKind.CONFLICT, "cto", "cfo")))


def test_influence_may_cross_sides_and_form_cycles_but_not_repeat() -> None:
    g = tiny_graph()
    g.add_link(link("i1", LinkKind.INFLUENCES, "kam", "cfo", weight=3))
    g.add_link(link("i2", LinkKind.INFLUENCES, "cfo", "kam"))
    refused(g, errors.DuplicateLinkError,
            lambda: g.add_link(link("i3", LinkKind.INFLUENCES, "kam", "cfo")))
    refused(g, errors.InvalidValueError,
            lambda: g.add_link(link("i4", LinkKind.INFLUENCES, "ceo", "cfo", weight=4)))


@pytest.mark.parametrize("kind", list(LinkKind))
def test_self_links_are_refused(kind: LinkKind) -> None:
    g = tiny_graph()
    refused(g, errors.SelfLinkError, lambda: g.add_link(link("x", kind, "cfo", "cfo")))


@pytest.mark.parametrize("level", [0, 5, -1, "2", 2.0, True, None])
def test_levels_outside_one_to_four_are_refused(level: object) -> None:
    g = tiny_graph()
    refused(g, errors.InvalidLevelError,
            lambda: g.add_person(person("new")._replace(level=level)))  # type: ignore[arg-type]
    refused(g, errors.InvalidLevelError,
            lambda: g.update_person(g.person("cfo")._replace(level=level)))  # type: ignore[arg-type]


@pytest.mark.parametrize(("field", "value"), [
    ("side", "partner"), ("stance", "hostile"), ("decision_role", "king"), ("influence", 0),
    ("influence", 6), ("influence", 2.5), ("name", ""), ("name", "   "), ("name", None),
    ("title", "x" * 4001), ("cadence_days", 0), ("last_contact", "2026-01-01"),
    ("name", "bad\x00name"), ("email", 17)])
def test_invalid_person_fields_are_refused(field: str, value: object) -> None:
    g = tiny_graph()
    bad = person("new")._replace(**{field: value})
    refused(g, errors.InvalidValueError, lambda: g.add_person(bad))


def test_values_are_coerced_where_unambiguous() -> None:
    g = tiny_graph()
    g.add_person(person("new")._replace(level=2, stance="champion", side="client",  # type: ignore[arg-type]
                                        last_contact=datetime(2026, 3, 1, 12, 0)))
    p = g.person("new")
    assert (p.level.name, p.stance.name, p.side) == ("DIRECTOR", "CHAMPION", Side.CLIENT)
    assert type(p.last_contact).__name__ == "date"


def test_long_and_hostile_text_is_kept_as_typed() -> None:
    g = tiny_graph()
    title = "<b>Директор</b> & 🚀 " + "я" * 1980
    g.add_person(person("new", title=title, name="O'Brien <script>"))
    assert g.person("new").title == title


def test_internal_people_have_no_decision_role() -> None:
    g = tiny_graph()
    refused(g, errors.InvalidValueError, lambda: g.update_person(
        g.person("kam")._replace(decision_role=DecisionRole.COACH)))


def test_changing_side_is_refused_while_a_line_would_cross_sides() -> None:
    g = tiny_graph()
    refused(g, errors.CrossSideReportingError,
            lambda: g.update_person(g.person("analyst")._replace(side=Side.INTERNAL)))
    g.add_person(person("solo", Side.INTERNAL))
    g.add_link(link("cp2", LinkKind.COUNTERPART, "solo", "analyst"))
    refused(g, errors.CounterpartDirectionError,
            lambda: g.update_person(g.person("solo")._replace(side=Side.CLIENT)))


def test_ids_accounts_and_references() -> None:
    g = tiny_graph()
    refused(g, errors.DuplicateIdError, lambda: g.add_person(person("cfo")))
    refused(g, errors.DuplicateIdError,
            lambda: g.add_link(link("cp1", LinkKind.INFLUENCES, "ceo", "cto")))
    refused(g, errors.ForeignAccountError,
            lambda: g.add_person(person("new")._replace(account_id="other")))
    refused(g, errors.UnknownEntityError,
            lambda: g.add_link(link("x", LinkKind.INFLUENCES, "ceo", "ghost")))
    refused(g, errors.UnknownEntityError, lambda: g.remove_person("ghost"))
    refused(g, errors.UnknownEntityError, lambda: g.update_person(person("ghost")))
    refused(g, errors.InvalidValueError,
            lambda: g.update_account(g.account._replace(kam_id="cfo")))  # a client person
    refused(g, errors.ForeignAccountError,
            lambda: g.update_account(g.account._replace(id="other")))


def test_a_link_keeps_its_kind() -> None:
    g = tiny_graph()
    refused(g, errors.InvalidValueError,
            lambda: g.update_link(g.link("cp1")._replace(kind=LinkKind.INFLUENCES)))


def test_record_rules() -> None:
    g = tiny_graph()
    refused(g, errors.InvalidValueError,
            lambda: g.add_record(Kpi("k", ACC, "Revenue", target=float("nan"))))
    refused(g, errors.InvalidValueError, lambda: g.add_record(
        RaciActivity("r", ACC, "Delivery", 0, (("Sales", "R"), ("Sales", "A")))))  # type: ignore[arg-type]
    refused(g, errors.InvalidValueError, lambda: g.add_record(
        RaciActivity("r", ACC, "Delivery", 0, (("Sales", "X"),))))  # type: ignore[arg-type]
    refused(g, errors.InvalidValueError,
            lambda: g.add_record(Meeting("m", ACC, "tomorrow", "Kick-off")))  # type: ignore[arg-type]


def test_the_account_itself_is_checked_on_creation() -> None:
    with pytest.raises(errors.InvalidValueError):
        AccountGraph(Account(ACC, "A", attractiveness=11))
    with pytest.raises(errors.InvalidValueError):
        AccountGraph(Account(ACC, ""))


def test_set_manager_moves_and_clears_the_solid_line() -> None:
    g = tiny_graph()
    g.set_manager("analyst", "cto")
    assert g.manager_of("analyst") == "cto"
    assert g.solid_reports("cfo") == []
    assert g.set_manager("analyst", "cto") == ()  # no change, no change set
    g.set_manager("analyst", None)
    assert g.manager_of("analyst") is None
    g.set_manager("analyst", "cfo")
    assert g.solid_reports("cfo") == ["analyst"]


def test_an_empty_graph_refuses_a_nameless_person() -> None:
    g = AccountGraph(Account(ACC, "A"))
    refused(g, errors.InvalidValueError,
            lambda: g.add_person(Person("p", ACC, Side.CLIENT, "")))
