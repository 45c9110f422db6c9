"""The reaction tactic for a risk (DESIGN.md §1, "Risk"): four steps, each logged with its date.

1. **record** the risk (by hand, or from a detected signal in one click);
2. **name the owner** — one of our people;
3. **escalate** to a manager of ours when the client is at risk: the suggestion is the person
   above the owner on the solid line, at the level of the client person concerned, so that
   a director of theirs hears from a director of ours (the comb principle);
4. **update the status and notify** the departments the RACI row of the activity concerned
   names (R, A, C, I).

Each step is a pure function from a Risk to the next Risk (the caller stores it with
``AccountGraph.update_record``, one undo step), so the GUI, the command line and a test walk
the same tactic. Who may own a risk is the record rules' business (``add_record`` /
``update_record`` refuse a client owner); the steps here only build values.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RaciActivity, Risk, RiskStep, new_id
from kamdesk.graph.signals import Signal, SignalKind
from kamdesk.graph.types import (
    RaciValue,
    RiskCategory,
    RiskStatus,
    RiskStepKind,
    Severity,
    Side,
)

# The category a detected signal becomes when it is recorded as a risk.
SIGNAL_CATEGORY: dict[SignalKind, RiskCategory] = {
    SignalKind.SILENT_CLIENT: RiskCategory.ENGAGEMENT,
    SignalKind.COMB_GAP: RiskCategory.ENGAGEMENT,
    SignalKind.LEVEL_MISMATCH: RiskCategory.ENGAGEMENT,
    SignalKind.UNMANAGED_BLOCKER: RiskCategory.ENGAGEMENT,
    SignalKind.SINGLE_THREADED: RiskCategory.ENGAGEMENT,
    SignalKind.NO_EXECUTIVE_SPONSOR: RiskCategory.ENGAGEMENT,
    SignalKind.SINGLE_CHAMPION: RiskCategory.ENGAGEMENT,
    SignalKind.OVERDUE_ACTION: RiskCategory.OTHER,
    SignalKind.RISK_WITHOUT_OWNER: RiskCategory.OTHER,
    SignalKind.INVALID_RACI: RiskCategory.OTHER,
}
DUE_DAYS = 14  # a newly recorded risk is due for a reaction in two weeks


def record(account_id: str, category: RiskCategory, description: str, today: date, *,
           severity: Severity = Severity.MEDIUM) -> Risk:
    """Step 1: a new open risk, due in two weeks, whose log starts with its recording."""
    return Risk(new_id(), account_id, category, description, severity, None,
                RiskStatus.OPEN, raised_on=today, due=today + timedelta(days=DUE_DAYS),
                log=(RiskStep(today, RiskStepKind.RECORDED, description),))


def from_signal(account_id: str, signal: Signal, description: str, today: date) -> Risk:
    """Step 1 from a detected signal: its category follows the signal's kind, its severity is
    the signal's.

    ``description`` is the signal in the user's words (the caller has the vocabulary).
    """
    category = SIGNAL_CATEGORY.get(signal.kind, RiskCategory.ENGAGEMENT)  # about people
    return record(account_id, category, description, today,
                  severity=signal.severity)


def assign_owner(risk: Risk, owner_id: str, today: date, name: str = "") -> Risk:
    """Step 2: name the owner (an id of ours; the record rules check the side).

    The log keeps the owner's ``name`` as it was then: the log is a record of what was done.
    """
    step = RiskStep(today, RiskStepKind.OWNER_ASSIGNED, name)
    return risk._replace(owner_id=owner_id, log=(*risk.log, step))


def escalate(risk: Risk, to: str, today: date) -> Risk:
    """Step 3: escalated to a manager of ours (a name: they may not be in the account)."""
    step = RiskStep(today, RiskStepKind.ESCALATED, to)
    return risk._replace(status=RiskStatus.ESCALATED, escalated_to=to, log=(*risk.log, step))


def update_status(risk: Risk, status: RiskStatus, today: date, note: str = "") -> Risk:
    """Step 4: the new status, and that the departments were notified (``note``)."""
    status = RiskStatus(status)
    step = RiskStep(today, RiskStepKind.STATUS_UPDATED, note)
    resolved = today if status is RiskStatus.RESOLVED else None
    return risk._replace(status=status, resolved_on=resolved, log=(*risk.log, step))


def next_step(risk: Risk) -> RiskStepKind | None:
    """The step the tactic expects next (None: resolved, nothing left to do)."""
    if risk.status is RiskStatus.RESOLVED:
        return None
    if risk.owner_id is None:
        return RiskStepKind.OWNER_ASSIGNED
    if risk.status is RiskStatus.OPEN:
        return RiskStepKind.ESCALATED
    return RiskStepKind.STATUS_UPDATED


def suggest_escalation(graph: AccountGraph, owner_id: str,
                       concerned_id: str | None = None) -> str | None:
    """Whom of ours to escalate to: above the owner, at the client person's level.

    Walks up the owner's solid line and takes the first manager standing at the level of
    the client person concerned or above it (level 1 is the top). Without a client person,
    the owner's own manager. When the line gives nobody (the owner has no manager), any of
    our people at that level who is not the owner; None when there is nobody at all.
    """
    if owner_id not in graph.people:
        return None
    target = None
    if concerned_id is not None and concerned_id in graph.people:
        target = graph.people[concerned_id].level
    chain: list[str] = []
    seen = {owner_id}
    node = graph.manager_of(owner_id)
    while node is not None and node not in seen:
        chain.append(node)
        seen.add(node)
        node = graph.manager_of(node)
    if target is None:
        return chain[0] if chain else None
    for pid in chain:
        if graph.people[pid].level <= target:
            return pid
    if chain:
        return chain[-1]  # nobody that high: the top of the owner's line
    ours = [p for p in graph.people.values() if p.side is Side.INTERNAL and p.id != owner_id]
    at_level = [p for p in ours if p.level == target] or [p for p in ours if p.level < target]
    return at_level[0].id if at_level else None


class Notification(NamedTuple):
    """Who hears of a risk and how, from the RACI row of the activity concerned."""

    activity: str
    parties: dict[RaciValue, list[str]]  # letter → names (departments or people), R A C I order
    emails: list[str]  # of the people named, and of our people in the departments named

    @property
    def is_empty(self) -> bool:
        return not any(self.parties.values())


def notification(graph: AccountGraph, activity: RaciActivity) -> Notification:
    """The recipients of a status update: the RACI row names R, A, C and I.

    A party is a person id (shown by name, mailed directly) or a department of ours (every
    one of our people in it is mailed).
    """
    parties: dict[RaciValue, list[str]] = {v: [] for v in RaciValue}
    emails: list[str] = []
    for party, value in activity.assignments:
        person = graph.people.get(party)
        if person is not None:
            parties[value].append(person.name)
            _add(emails, [person.email])
            continue
        parties[value].append(party)
        _add(emails, (p.email for p in graph.people.values()
                      if p.side is Side.INTERNAL and p.department == party))
    return Notification(activity.name, parties, emails)


def _add(into: list[str], emails: Iterable[str]) -> None:
    for e in emails:
        e = e.strip()
        if e and e not in into:
            into.append(e)
