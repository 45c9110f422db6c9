"""Two rows of one person: the same id twice, or the same e-mail (any case) under two ids.

CRMs export a person twice after a merge gone wrong or a re-created record (HubSpot: one
contact under two record ids). The rows are merged into one person, and each merge is a
defect the preview shows. The newer row wins where the file says which is newer (a
"Last Modified Date" column); otherwise the first. Fields the winner leaves empty are taken
from the other row. References to the other row's id then lead to the winner.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter, lt

from kamdesk.io.incoming_columns import carried
from kamdesk.io.people import Defect, Incoming, defect, name_key

_KEY, _EMAIL, _ROW = attrgetter("key"), attrgetter("email"), attrgetter("row")
_MERGED = [f.name for f in fields(Incoming)
           if f.name not in ("row", "key", "name", "managers", "vacancy", "modified")]


def merge_duplicates(people: list[Incoming]) -> tuple[list[Incoming], dict[str, str],
                                                      list[Defect]]:
    """People with duplicates merged, the ids that now mean another row's id, and a defect
    for every merge. Linear: one dictionary lookup per row and per e-mail."""
    # the reader's columns where they came with the people (io/incoming_columns), else
    # C-level passes over the fields (a comprehension is a Python step a row)
    columns = carried(people)
    keys = list(filter(None, columns.field("key") if columns else map(_KEY, people)))
    mails = list(map(str.casefold, filter(None, columns.field("email") if columns else
                                          map(_EMAIL, people))))
    rows = columns.field("row") if columns else list(map(_ROW, people))
    if len(set(keys)) == len(keys) and len(set(mails)) == len(mails) and \
            all(map(lt, rows, rows[1:])):  # no id and no mailbox twice: nothing to merge
        return people, {}, []  # (the same list: the columns it carries still hold)
    return merge_all(people)


def merge_all(people: list[Incoming]) -> tuple[list[Incoming], dict[str, str],
                                               list[Defect]]:
    """``merge_duplicates`` row by row, without its look for nothing to merge."""
    defects: list[Defect] = []
    alias: dict[str, str] = {}
    kept: dict[int, Incoming] = {}  # row → person, in file order
    by_key: dict[str, Incoming] = {}
    by_mail: dict[str, Incoming] = {}
    shared: set[str] = set()  # mailboxes already reported as shared
    for person in people:
        other = by_key.get(person.key) if person.key else None
        what, value = "id_word", person.key
        if other is None and person.email:
            mail = person.email.casefold()
            other = by_mail.get(mail)
            what, value = "email_word", person.email
            if other is not None and (person.vacancy or other.vacancy
                                      or name_key(other.name) != name_key(person.name)):
                if mail not in shared:  # a team mailbox, not one person: said once
                    shared.add(mail)
                    defects.append(defect(person.row, "shared_mailbox", value=person.email,
                                          other=other.row))
                other = None
                if person.key and person.key not in by_key:
                    kept[person.row] = person
                    by_key[person.key] = person
                    continue
        if other is None:
            kept[person.row] = person
            if person.key:
                by_key[person.key] = person
            if person.email:
                by_mail[person.email.casefold()] = person
            continue
        winner, loser = _newer(other, person)
        _fill(winner, loser)
        which = "newer_row" if winner.modified and loser.modified and \
            winner.modified != loser.modified else "first_row"
        defects.append(defect(person.row, "same_record", what=what, value=value,
                              other=other.row, which=which, winner=winner.row))
        if winner is not other:
            del kept[other.row]
            kept[winner.row] = winner
        for key in (winner.key, loser.key):
            if key:
                by_key[key] = winner
        if winner.email:
            by_mail[winner.email.casefold()] = winner
        if loser.key and loser.key != winner.key:
            alias[loser.key] = winner.key or loser.key
    result = sorted(kept.values(), key=lambda p: p.row)
    return result, alias, defects


def _newer(first: Incoming, second: Incoming) -> tuple[Incoming, Incoming]:
    if first.modified and second.modified and second.modified > first.modified:
        return second, first
    return first, second


def _fill(winner: Incoming, loser: Incoming) -> None:
    for name in _MERGED:
        if getattr(winner, name) in (None, "") and getattr(loser, name) not in (None, ""):
            setattr(winner, name, getattr(loser, name))
    if not winner.managers and loser.managers:
        winner.managers = list(loser.managers)
    if not winner.key and loser.key:
        winner.key = loser.key
