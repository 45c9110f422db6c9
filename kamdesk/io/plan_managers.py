"""The import plan's reporting lines found all at once, for the usual large file.

``Planner._plan_managers`` looks at each row in turn: several managers, a reference by
e-mail or name, a line to oneself, a line across sides each cost a defect or a look-up of
their own. Most files need none of that: a new account, no side column, and each row names
at most one manager by the file's id. Then every line is one dict look-up over the column of
references (C-level passes, no Python per row), and the rows' outcome is exactly the slow
path's: the same lines, the same count of references and no defect. Anything doubtful (one
row with a reference the ids do not resolve, two managers, itself as manager) hands the
whole file back to the slow path, which finds and words it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter, eq
from typing import Any

from kamdesk.io.incoming_columns import IncomingColumns
from kamdesk.io.people import Incoming

_ROW = attrgetter("row")
_MANAGERS = attrgetter("managers")
_SIDE = attrgetter("side")


def managers_at_once(incoming: Sequence[Incoming], person_of: Mapping[int, str],
                     by_key: Mapping[str, str], alias: Mapping[str, str], *,
                     new_account: bool, columns: IncomingColumns | None = None,
                     pids: Sequence[str] | None = None
                     ) -> tuple[dict[str, str | None], int] | None:
    """(person → manager, rows naming a manager) when the fast path's conditions hold for
    every row; None otherwise. ``by_key`` maps the file's ids to person ids (empty where
    the file names managers by name: then nothing resolves and the slow path is taken).
    ``pids``: each row's person, when the caller has them."""
    if not new_account or not incoming or not by_key:
        return None
    if set(columns.field("side") if columns else map(_SIDE, incoming)) != {None}:
        return None  # a side column: lines may cross sides
    # None: no reference (no key is None; an empty reference is looked up and missed)
    firsts: list[Any]
    if columns is not None and columns.firsts is not None:  # the reader found them
        firsts = columns.firsts
    else:
        refs = columns.field("managers") if columns else list(map(_MANAGERS, incoming))
        if max(map(len, refs)) > 1:  # several managers: a defect each
            return None
        firsts = [r[0] if r else None for r in refs]
    if alias:
        firsts = [None if f is None else alias.get(f, f) for f in firsts]
    managers: list[str | None] = list(map(by_key.get, firsts))
    given = len(firsts) - firsts.count(None)
    if len(managers) - managers.count(None) != given:  # a reference not by id
        return None
    if pids is None:
        rows = columns.field("row") if columns else list(map(_ROW, incoming))
        pids = list(map(person_of.__getitem__, rows))
    if any(map(eq, pids, managers)):  # someone their own manager: a defect
        return None
    return dict(zip(pids, managers, strict=True)), given
