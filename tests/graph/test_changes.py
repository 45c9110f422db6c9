"""Change sets: journal before apply, listeners after, exact undo, all-or-nothing batches."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.graph.changes import Change, ChangeSet
from kamdesk.graph.entities import ActionItem, Meeting, RaciActivity, Risk
from kamdesk.graph.errors import DomainError, ReportingCycleError
from kamdesk.graph.types import LinkKind, RaciValue, RiskCategory
from tests.helpers import ACC, person, snapshot, tiny_graph, without_versions


def with_records():
    g = tiny_graph()
    g.update_account(g.account._replace(kam_id="kam", sponsor_id="boss"))
    g.add_record(Meeting("m1", ACC, date(2026, 5, 1), "QBR", attendees=("kam", "cfo", "ceo")))
    g.add_record(ActionItem("a1", ACC, "Send the offer", owner_id="kam", meeting_id="m1"))
    g.add_record(Risk("r1", ACC, RiskCategory.FINANCE, "Late payments", owner_id="kam"))
    g.add_record(RaciActivity("x1", ACC, "Delivery", 0,
                              (("kam", RaciValue.ACCOUNTABLE), ("Sales", RaciValue.RESPONSIBLE))))
    return g


def test_journal_runs_before_the_graph_changes_and_listeners_after() -> None:
    g = tiny_graph()
    seen: list[tuple[str, bool]] = []
    g.attach_journal(lambda cs: seen.append(("journal", "new" in g.people)))
    g.subscribe(lambda cs: seen.append(("listener", "new" in g.people)))
    changes = g.add_person(person("new"))
    assert seen == [("journal", False), ("listener", True)]
    assert changes == (Change(None, g.person("new")),)


def test_a_failing_journal_leaves_the_graph_unchanged() -> None:
    g = tiny_graph()
    before = snapshot(g)

    def broken(_: ChangeSet) -> None:
        raise OSError("disk full")

    g.attach_journal(broken)
    heard: list[ChangeSet] = []
    g.subscribe(heard.append)
    with pytest.raises(OSError):
        g.remove_person("cfo")
    assert snapshot(g) == before and heard == []


def test_updates_bump_the_version() -> None:
    g = tiny_graph()
    (change,) = g.update_person(g.person("cfo")._replace(title="CFO"))
    assert change.before.version == 1 and change.after.version == 2  # type: ignore[union-attr]
    (change,) = g.update_person(g.person("cfo")._replace(title="CFO", version=99))
    assert change.after.version == 3  # type: ignore[union-attr]


def test_removing_a_person_takes_their_lines_and_references_in_one_change_set() -> None:
    g = with_records()
    changes = g.remove_person("kam")
    removed_links = {c.before.id for c in changes if c.is_remove and c.before.id != "kam"}
    assert removed_links == {"r-kam", "cp1"}
    assert g.account.kam_id is None and g.account.sponsor_id == "boss"
    assert g.record(Meeting, "m1").attendees == ("cfo", "ceo")
    assert g.record(ActionItem, "a1").owner_id is None
    assert g.record(Risk, "r1").owner_id is None
    assert g.record(RaciActivity, "x1").assignments == (("Sales", RaciValue.RESPONSIBLE),)
    assert "kam" not in g.graph


@pytest.mark.parametrize("edit", [
    lambda g: g.add_person(person("new", name="Новый")),
    lambda g: g.update_person(g.person("cfo")._replace(name="Changed", level=3)),
    lambda g: g.remove_person("cfo"),
    lambda g: g.remove_person("kam"),
    lambda g: g.set_manager("analyst", "cto"),
    lambda g: g.set_manager("cfo", None),
    lambda g: g.remove_link("cp1"),
    lambda g: g.update_link(g.link("cp1")._replace(strength=1)),
    lambda g: g.update_account(g.account._replace(name="Renamed", kam_id=None)),
    lambda g: g.remove_record(Meeting, "m1"),
    lambda g: g.update_record(g.record(Risk, "r1")._replace(description="Worse")),
])
def test_revert_restores_the_exact_graph_and_redo_the_edit(edit) -> None:
    g = with_records()
    before = snapshot(g)
    changes = edit(g)
    after = snapshot(g)
    assert after != before
    undo = g.revert(changes)
    restored = snapshot(g)
    # identical but for version numbers, which keep counting up for the store's sake
    assert without_versions(restored) == without_versions(before)
    g.revert(undo)
    assert without_versions(snapshot(g)) == without_versions(after)


def test_revert_is_refused_when_the_entity_changed_since() -> None:
    g = tiny_graph()
    changes = g.update_person(g.person("cfo")._replace(title="A"))
    g.update_person(g.person("cfo")._replace(title="B"))
    before = snapshot(g)
    with pytest.raises(DomainError):
        g.revert(changes)
    assert snapshot(g) == before


def test_batch_is_one_change_set_and_one_journal_write() -> None:
    g = tiny_graph()
    writes: list[ChangeSet] = []
    heard: list[ChangeSet] = []
    g.attach_journal(writes.append)
    g.subscribe(heard.append)
    with g.batch():
        g.add_person(person("a"))
        g.add_person(person("b"))
        g.set_manager("b", "a")  # sees the earlier edits of the batch
    assert len(writes) == 1 and len(writes[0]) == 3 and heard == writes


def test_batch_rolls_everything_back_on_a_refusal() -> None:
    g = tiny_graph()
    writes: list[ChangeSet] = []
    g.attach_journal(writes.append)
    before = snapshot(g)
    with pytest.raises(ReportingCycleError), g.batch():
        g.add_person(person("a"))
        g.remove_link("cp1")
        g.set_manager("ceo", "analyst")
    assert snapshot(g) == before and writes == []


def test_batch_rolls_back_when_the_journal_fails() -> None:
    g = tiny_graph()
    before = snapshot(g)

    def broken(_: ChangeSet) -> None:
        raise OSError("lost the server")

    g.attach_journal(broken)
    with pytest.raises(OSError), g.batch():
        g.add_person(person("a"))
        g.remove_person("cfo")
    assert snapshot(g) == before


def test_links_of_and_find_link() -> None:
    g = tiny_graph()
    assert {x.id for x in g.links_of("cfo")} == {"r-cfo", "r-analyst", "cp1"}
    assert [x.id for x in g.links_of("cfo", LinkKind.COUNTERPART)] == ["cp1"]
    assert g.find_link(LinkKind.COUNTERPART, "kam", "cfo").id == "cp1"  # type: ignore[union-attr]
    assert g.find_link(LinkKind.COUNTERPART, "cfo", "kam") is None
