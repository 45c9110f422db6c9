"""The rules of solid reporting lines, on any view of who reports to whom.

Written once and called by AccountGraph on its own copy, and by the store inside the write
transaction on what the database holds at that moment (so two processes whose edits are each
legal cannot together store a cycle or a second solid manager).
"""

from __future__ import annotations

from collections.abc import Callable

from kamdesk.graph.errors import ReportingCycleError, SecondManagerError


def check_solid_line(source: str, target: str, manager_of: Callable[[str], str | None],
                     name_of: Callable[[str], str], *, replaces_own_line: bool = False) -> None:
    """Refuse a solid line source → target that would give ``source`` a second solid manager
    or close a cycle. ``manager_of`` answers for the state the line is added to;
    ``replaces_own_line``: the line moves ``source``'s current solid line."""
    current = manager_of(source)
    if current is not None and not replaces_own_line:
        raise SecondManagerError(name_of(source), name_of(current))
    chain = [target]
    seen = {target}
    while (up := manager_of(chain[-1])) is not None and up not in seen:
        if up == source:
            cycle = [source, *chain, source]
            raise ReportingCycleError(cycle, [name_of(p) for p in cycle])
        chain.append(up)
        seen.add(up)
