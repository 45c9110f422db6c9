"""The integrity check names what a file damaged outside kamdesk breaks."""

from __future__ import annotations

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link
from kamdesk.graph.integrity import problems
from kamdesk.graph.types import LinkKind, Side
from tests.helpers import ACC, person


def test_a_sound_graph_has_no_problems_and_a_damaged_one_names_them() -> None:
    people = [person("a", name="Анна"), person("b", name="Борис"), person("c", name="Вера"),
              person("o", Side.INTERNAL, name="Our")]
    lines = [Link("ab", ACC, LinkKind.REPORTS_TO, "a", "b"),
             Link("bc", ACC, LinkKind.REPORTS_TO, "b", "c")]
    sound = AccountGraph.restore(Account(ACC, "A"), people, lines)
    assert problems(sound) == []
    damaged = AccountGraph.restore(Account(ACC, "A"), people, [
        *lines, Link("ca", ACC, LinkKind.REPORTS_TO, "c", "a"),  # closes a cycle
        Link("oa", ACC, LinkKind.COUNTERPART, "a", "o"),  # wrong direction
        Link("x", ACC, LinkKind.INFLUENCES, "a", "ghost")])
    found = problems(damaged)
    assert sum("reporting line would make a cycle" in p for p in found) == 1
    cycle = next(p for p in found if "cycle" in p)
    assert "Анна → Борис → Вера → Анна" in cycle or "Борис → Вера → Анна → Борис" in cycle
    assert any("Link oa: a counterpart link goes from one of our people" in p for p in found)
    assert any("link x points at a missing person" in p for p in found)
