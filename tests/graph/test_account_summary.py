"""The portfolio summary of an account: read back from its bytes exactly as computed, and
nothing it cannot read is taken for a summary."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import account_summary, signals
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem
from kamdesk.graph.sample import generate
from kamdesk.graph.types import ActionStatus
from tests.strategies import account_graphs

TODAY = date(2026, 11, 22)


@settings(max_examples=60, deadline=None)
@given(account_graphs(), st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_a_summary_reads_back_as_computed(graph: AccountGraph, today: date) -> None:
    summary = account_summary.summarize(graph, today)
    assert account_summary.decode(account_summary.encode(summary)) == summary
    found = signals.detect(graph, today)
    assert summary.worst == (found[0].severity if found else None)
    assert {o.item.id for o in summary.actions} == {
        a.id for a in graph.records(ActionItem).values()
        if a.status not in (ActionStatus.DONE, ActionStatus.CANCELLED)}


def test_what_is_not_a_summary_reads_as_none() -> None:
    g = generate(seed=1, today=TODAY)[0]
    good = account_summary.encode(account_summary.summarize(g, TODAY))
    assert account_summary.decode(good) is not None
    older = good.replace(b'"format":1', b'"format":0')
    for bad in (b"", b"\xff\xfe", b"[]", b"{}", b"null", good[:-5], older,
                good.replace(b'"worst":', b'"worst":"dreadful","x":')):
        assert account_summary.decode(bad) is None, bad
