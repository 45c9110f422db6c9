"""``AccountGraph.restore`` indexes the solid lines (who reports to whom) exactly as adding
the links one by one in their order does, damaged data included: several solid managers of
one person (the last one read wins, every one lists the person), dotted lines and other
kinds ignored, duplicate ids (the last one read is kept)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.types import LinkKind, Side

PEOPLE = [f"p{i}" for i in range(6)]
ACCOUNT = Account(id="a", name="A")


def _person(pid: str) -> Person:
    return Person(id=pid, account_id="a", side=Side.CLIENT, name=pid, title="t")


_links = st.lists(st.builds(
    lambda i, kind, source, target, dotted: Link(
        id=f"l{i}", account_id="a", kind=kind, source=source, target=target, dotted=dotted),
    st.integers(0, 12), st.sampled_from(list(LinkKind)), st.sampled_from(PEOPLE),
    st.sampled_from(PEOPLE), st.booleans()), max_size=25)


@settings(max_examples=200, deadline=None)
@given(_links)
def test_restore_indexes_the_solid_lines_as_adding_them_one_by_one(links: list[Link]) -> None:
    graph = AccountGraph.restore(ACCOUNT, [_person(p) for p in PEOPLE], links)
    kept = {x.id: x for x in links}
    manager: dict[str, str] = {}
    reports: dict[str, dict[str, None]] = {}
    for x in kept.values():
        if x.kind is LinkKind.REPORTS_TO and not x.dotted:
            manager[x.source] = x.target
            reports.setdefault(x.target, {})[x.source] = None
    assert dict(graph.managers) == manager
    assert {k: list(v) for k, v in graph.reports_by_manager().items()} == \
        {k: list(v) for k, v in reports.items()}
    assert dict(graph.links) == kept
    assert list(graph.people) == PEOPLE
