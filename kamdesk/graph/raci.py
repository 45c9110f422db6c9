"""The RACI map: the activities of serving the account × our departments or people.

A row is valid with exactly one A (accountable) and at least one R (responsible); the RACI
table marks a row as the user types, so the check here says *what* is wrong, not only that
something is. Cells change through pure functions returning the new activity, stored by
``AccountGraph.update_record`` (one undo step); a letter other than R, A, C, I is refused
by the field rules with a typed error.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from kamdesk.graph import validate
from kamdesk.graph.entities import RaciActivity, new_id
from kamdesk.graph.types import RaciValue


class RaciProblem(StrEnum):
    NO_ACCOUNTABLE = "no_accountable"
    SEVERAL_ACCOUNTABLE = "several_accountable"
    NO_RESPONSIBLE = "no_responsible"


# The activities a KAM coordinates, in the order a service relationship meets them:
# (key, English, Russian). The key is stable; the names are what a new row is called.
TEMPLATE: tuple[tuple[str, str, str], ...] = (
    ("delivery", "Delivery", "Поставка"),
    ("service", "Service & support", "Сервис и поддержка"),
    ("documentation", "Documentation", "Документооборот"),
    ("contract", "Contract approval", "Согласование договора"),
    ("claims", "Claims & warranties", "Рекламации и гарантия"),
    ("payments", "Payments & credit terms", "Платежи и кредитные условия"),
    ("training", "Training", "Обучение"),
)


def problems(assignments: Iterable[tuple[str, RaciValue]]) -> list[RaciProblem]:
    """What keeps a row from being valid; [] when it has one A and at least one R."""
    values = [v for _, v in assignments]
    found = []
    accountable = values.count(RaciValue.ACCOUNTABLE)
    if accountable == 0:
        found.append(RaciProblem.NO_ACCOUNTABLE)
    elif accountable > 1:
        found.append(RaciProblem.SEVERAL_ACCOUNTABLE)
    if RaciValue.RESPONSIBLE not in values:
        found.append(RaciProblem.NO_RESPONSIBLE)
    return found


def letter(text: str) -> RaciValue | None:
    """A typed cell: R, A, C or I in either case (Cyrillic look-alikes too); "" clears it.

    Anything else is refused with the field rules' InvalidValueError.
    """
    cleaned = text.strip().upper().translate(_LOOKALIKES)
    if not cleaned:
        return None
    return validate.enum_value("RACI", RaciValue, cleaned)


# A Russian keyboard layout types К Ф С Ш on the keys of R A C I; А and С look like A and C.
_LOOKALIKES = str.maketrans({"К": "R", "Ф": "A", "А": "A", "С": "C", "Ш": "I"})


def set_cell(activity: RaciActivity, party: str, value: RaciValue | None) -> RaciActivity:
    """The activity with ``party``'s cell set (None clears it); a new party goes last."""
    cells = [(p, v) for p, v in activity.assignments if p != party]
    if value is not None:
        at = next((i for i, (p, _) in enumerate(activity.assignments) if p == party),
                  len(cells))
        cells.insert(at, (party, value))
    return activity._replace(assignments=tuple(cells))


def parties(activities: Iterable[RaciActivity]) -> list[str]:
    """Every party named in the rows, in order of first appearance (the table's columns)."""
    seen: dict[str, None] = {}
    for act in sorted(activities, key=lambda a: a.position):
        for party, _ in act.assignments:
            seen.setdefault(party)
    return list(seen)


def from_template(account_id: str, existing: Iterable[RaciActivity],
                  lang: str = "en") -> list[RaciActivity]:
    """New empty rows for the template's activities the account does not have yet.

    An activity is there already when a row has its English or Russian name (any case).
    """
    rows = list(existing)
    have = {a.name.strip().casefold() for a in rows}
    position = max((a.position for a in rows), default=-1) + 1
    made = []
    for _, en, ru in TEMPLATE:
        if en.casefold() in have or ru.casefold() in have:
            continue
        made.append(RaciActivity(new_id(), account_id, ru if lang == "ru" else en, position))
        position += 1
    return made
