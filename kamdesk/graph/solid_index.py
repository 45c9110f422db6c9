"""The index of solid reporting lines an AccountGraph keeps, built in bulk.

Every rule and query walks the solid lines, so the graph indexes them: person → manager,
and manager → reports in the order their lines were drawn. Opening an account or importing
one builds the index from thousands of lines at once; an import into a new account needs
only the managers (its rules walk up, never down), so the reports are derived from them
when first asked for, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter

from kamdesk.graph.entities import Link
from kamdesk.graph.types import LinkKind

_KIND, _SOURCE, _TARGET, _DOTTED = (Link._fields.index(f) for f in
                                    ("kind", "source", "target", "dotted"))


def index_solid_lines(manager: dict[str, str], reports: dict[str, dict[str, None]],
                      links: Iterable[Link]) -> None:
    """Add the solid reporting lines among ``links``, in order, to the index: for one
    edit, on opening and on an import (one pass, the kind looked up once, no new dict per
    line as ``setdefault``'s default would be)."""
    found = reports.get
    solid = LinkKind.REPORTS_TO
    for x in links:
        if x.kind is solid and not x.dotted:
            source, target = x.source, x.target
            manager[source] = target
            below = found(target)
            if below is None:
                reports[target] = {source: None}
            else:
                below[source] = None


def index_managers(manager: dict[str, str], links: Sequence[Link]) -> None:
    """The managers ``index_solid_lines`` would add (C-level passes when every line is
    solid, as an import's are)."""
    if set(map(itemgetter(_KIND), links)) <= {LinkKind.REPORTS_TO} and \
            not any(map(itemgetter(_DOTTED), links)):
        manager.update(zip(map(itemgetter(_SOURCE), links), map(itemgetter(_TARGET), links),
                           strict=True))
    else:
        solid = LinkKind.REPORTS_TO
        manager.update((x.source, x.target) for x in links
                       if x.kind is solid and not x.dotted)


def reports_of(manager: Mapping[str, str]) -> dict[str, dict[str, None]]:
    """Manager → reports, in the order of ``manager``: the reports ``index_solid_lines``
    gives when ``manager`` was filled, from empty, by lines added in order (a person is
    added to it once, with their line)."""
    reports: dict[str, dict[str, None]] = {}
    found = reports.get
    for source, target in manager.items():
        below = found(target)
        if below is None:
            reports[target] = {source: None}
        else:
            below[source] = None
    return reports
