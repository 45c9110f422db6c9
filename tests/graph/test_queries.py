from __future__ import annotations

import pytest

from kamdesk.graph import queries
from kamdesk.graph.errors import UnknownEntityError
from kamdesk.graph.types import Level, Side
from tests.helpers import person, tiny_graph


def test_roots_form_a_forest_per_side() -> None:
    g = tiny_graph()
    g.add_person(person("chair", level=1))
    assert queries.roots(g, Side.CLIENT) == ["ceo", "chair"]
    assert queries.roots(g, Side.INTERNAL) == ["boss"]
    assert sorted(queries.roots(g)) == ["boss", "ceo", "chair"]


def test_manager_chain_subtree_and_reports() -> None:
    g = tiny_graph()
    assert queries.manager_chain(g, "analyst") == ["cfo", "ceo"]
    assert queries.manager_chain(g, "ceo") == []
    assert queries.subtree(g, "ceo") == ["ceo", "cfo", "cto", "analyst"]
    assert queries.subtree(g, "analyst") == ["analyst"]
    assert queries.direct_reports(g, "ceo") == ["cfo", "cto"]
    with pytest.raises(UnknownEntityError):
        queries.subtree(g, "ghost")


def test_people_by_level_lists_every_level() -> None:
    g = tiny_graph()
    by_level = queries.people_by_level(g, Side.CLIENT)
    assert by_level == {Level.TOP: ["ceo"], Level.DIRECTOR: ["cfo", "cto"], Level.HEAD: [],
                        Level.SPECIALIST: ["analyst"]}


def test_influence_paths_up_to_two_steps_without_loops() -> None:
    from kamdesk.graph.entities import Link
    from kamdesk.graph.types import LinkKind
    from tests.helpers import ACC

    g = tiny_graph()
    for lid, src, dst, w in (("i1", "cto", "cfo", 1), ("i2", "analyst", "cto", 2),
                             ("i3", "kam", "cfo", 3), ("i4", "cfo", "cto", 1)):
        g.add_link(Link(lid, ACC, LinkKind.INFLUENCES, src, dst, weight=w))
    assert queries.influence_paths(g, "cfo") == [
        ("kam", "cfo"), ("cto", "cfo"), ("analyst", "cto", "cfo")]
    assert queries.influence_paths(g, "cfo", max_steps=1) == [("kam", "cfo"), ("cto", "cfo")]
    assert queries.influence_paths(g, "boss") == []


def test_search_ignores_case_and_yo_and_ranks_names_first() -> None:
    g = tiny_graph()  # Фёдор Королёв (ceo), Артём Семёнов (cto), Анна Петрова (analyst) …
    g.update_person(g.person("analyst")._replace(title="Помощник Фёдора", department="ФИНАНСЫ"))
    assert queries.search(g, "федор") == ["ceo", "analyst"]  # е for ё; name before title
    assert queries.search(g, "КОРОЛЁВ") == ["ceo"]
    assert queries.search(g, "артем сем") == ["cto"]
    assert queries.search(g, "  финансы ") == ["analyst"]
    assert queries.search(g, "our", Side.INTERNAL) == ["boss", "kam"]
    assert queries.search(g, "   ") == [] and queries.search(g, "nobody") == []


def test_reporting_cycles_are_found_once_each_in_linear_walks() -> None:
    managers = {"a": "b", "b": "c", "c": "a", "d": "a", "e": "f", "f": "e", "g": None}
    calls: list[str] = []

    def manager_of(p: str) -> str | None:
        calls.append(p)
        return managers.get(p)

    cycles = queries.reporting_cycles(["d", "a", "b", "e", "g"], manager_of)
    assert cycles == [["a", "b", "c"], ["e", "f"]]
    assert len(calls) == len(set(calls))  # nobody walked twice
    assert queries.reporting_cycles(["g"], managers.get) == []
