"""An edit and ``kamdesk check`` refuse the same things, with the same typed sentence.

For each broken situation: the edit path (AccountGraph) refuses it and leaves the graph as it
was; the same entity stored as it is (``restore`` trusts, as opening a file does) is named by
``integrity.problems`` with the very sentence the edit got.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kamdesk.graph import errors
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RECORD_TYPES, ActionItem, Entity, Link, Meeting, Risk
from kamdesk.graph.integrity import problems
from kamdesk.graph.types import LinkKind, RiskCategory
from tests.helpers import ACC, snapshot, tiny_graph

Bad = tuple[str, Callable[[AccountGraph], Entity], type[errors.DomainError]]

BAD: list[Bad] = [
    ("risk owned by a client person",
     lambda g: Risk("r1", ACC, RiskCategory.LEGAL, "Penalty clause", owner_id="cfo"),
     errors.InvalidValueError),
    ("risk owned by nobody in the account",
     lambda g: Risk("r2", ACC, RiskCategory.LEGAL, "Penalty clause", owner_id="ghost"),
     errors.InvalidValueError),
    ("meeting with an attendee who does not exist",
     lambda g: Meeting("m1", ACC, date(2026, 12, 3), "QBR", attendees=("ceo", "ghost")),
     errors.InvalidValueError),
    ("action owned by nobody in the account",
     lambda g: ActionItem("a1", ACC, "Send offer", owner_id="ghost"),
     errors.InvalidValueError),
    ("action of a meeting that does not exist",
     lambda g: ActionItem("a2", ACC, "Send offer", owner_id="kam", meeting_id="m-none"),
     errors.InvalidValueError),
    ("client person reporting to one of ours",
     lambda g: Link("x1", ACC, LinkKind.REPORTS_TO, "cto", "boss"),
     errors.CrossSideReportingError),
    ("counterpart the wrong way round",
     lambda g: Link("x2", ACC, LinkKind.COUNTERPART, "cto", "kam"),
     errors.CounterpartDirectionError),
    ("conflict with one of ours",
     lambda g: Link("x3", ACC, LinkKind.CONFLICT, "cto", "kam"),
     errors.ConflictSideError),
    ("second solid manager",
     lambda g: Link("x4", ACC, LinkKind.REPORTS_TO, "analyst", "cto"),
     errors.SecondManagerError),
    ("duplicate counterpart",
     lambda g: Link("x5", ACC, LinkKind.COUNTERPART, "kam", "cfo"),
     errors.DuplicateLinkError),
    ("a line to oneself",
     lambda g: Link("x6", ACC, LinkKind.INFLUENCES, "cto", "cto"),
     errors.SelfLinkError),
]


def _add(g: AccountGraph, entity: Entity) -> None:
    if isinstance(entity, Link):
        g.add_link(entity)
    else:
        g.add_record(entity)


def _stored(g: AccountGraph, entity: Entity) -> AccountGraph:
    """The account as a file holding the entity would open (no checks on the way in)."""
    links = [*g.links.values(), *([entity] if isinstance(entity, Link) else [])]
    records = [r for kind in RECORD_TYPES for r in g.records(kind).values()]
    if not isinstance(entity, Link):
        records.append(entity)
    return AccountGraph.restore(g.account, g.people.values(), links, records)


@pytest.mark.parametrize(("what", "make", "error"), BAD, ids=[b[0] for b in BAD])
def test_the_edit_and_the_check_refuse_alike(
        what: str, make: Callable[[AccountGraph], Entity],
        error: type[errors.DomainError]) -> None:
    g = tiny_graph()
    assert problems(g) == []
    before = snapshot(g)
    entity = make(g)
    with pytest.raises(error) as refused:
        _add(g, entity)
    assert snapshot(g) == before, what
    found = problems(_stored(g, entity))
    assert any(str(refused.value) in line for line in found), (what, found)


def test_a_reporting_cycle_is_refused_and_found() -> None:
    g = tiny_graph()  # ceo ← cfo ← analyst
    with pytest.raises(errors.ReportingCycleError):
        g.set_manager("ceo", "analyst")
    stored = _stored(g, Link("cyc", ACC, LinkKind.REPORTS_TO, "ceo", "analyst"))
    assert any("would make a cycle" in line for line in problems(stored))


def test_a_risk_may_wait_for_its_owner_and_an_update_is_checked_too() -> None:
    g = tiny_graph()
    risk = Risk("r", ACC, RiskCategory.FINANCE, "Late payment")
    g.add_record(risk)  # step 1 of the tactic: recorded, owner named later
    assert problems(g) == []
    with pytest.raises(errors.InvalidValueError):
        g.update_record(risk._replace(owner_id="cfo"))
    g.update_record(g.record(Risk, "r")._replace(owner_id="kam"))
    assert g.record(Risk, "r").owner_id == "kam"


def test_an_account_sponsor_must_be_ours_in_both_paths() -> None:
    g = tiny_graph()
    with pytest.raises(errors.InvalidValueError) as refused:
        g.update_account(g.account._replace(sponsor_id="ceo"))
    stored = AccountGraph.restore(g.account._replace(sponsor_id="ceo"), g.people.values(),
                                  g.links.values())
    assert any(str(refused.value) in line for line in problems(stored))
