"""The search index answers exactly as a scan of everyone would, edit after edit, while
looking only at the values that match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph import queries
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.search_index import index_of
from kamdesk.graph.types import Side
from tests.helpers import person, tiny_graph

WORDS = ["Фёдор", "федор", "Артём", "анна", "Финансы", "IT", "ан", "ё", "e", "a", "Сем"]


def scan(graph: AccountGraph, text: str, side: Side | None = None) -> list[str]:
    """The rule, the slow way: every person's three fields, folded and tested."""
    wanted = queries.folded(text)
    if not wanted:
        return []
    ranked: tuple[list[str], list[str], list[str]] = ([], [], [])
    for p in graph.people.values():
        if side is not None and p.side is not side:
            continue
        for rank, field in enumerate((p.name, p.title, p.department)):
            if wanted in queries.folded(field):
                ranked[rank].append(p.id)
                break
    return [*ranked[0], *ranked[1], *ranked[2]]


edit = st.tuples(st.sampled_from(["rename", "retitle", "add", "remove", "undo"]),
                 st.integers(0, 40), st.sampled_from(WORDS), st.sampled_from(WORDS))


@settings(max_examples=60, deadline=None)
@given(st.lists(edit, max_size=25), st.sampled_from(WORDS), st.sampled_from([None, *Side]))
def test_the_index_answers_as_a_scan_after_any_edits(edits, query, side) -> None:
    g = tiny_graph()
    assert queries.search(g, query, side) == scan(g, query, side)  # built here
    done = []
    for n, (kind, pick, word, other) in enumerate(edits):
        ids = list(g.people)
        pid = ids[pick % len(ids)]
        p = g.person(pid)
        if kind == "rename":
            done.append(g.update_person(p._replace(name=f"{word} {other}")))
        elif kind == "retitle":
            done.append(g.update_person(p._replace(title=other, department=word)))
        elif kind == "add":
            done.append(g.add_person(person(f"new{n}", name=f"{other} {word}", title=word)))
        elif kind == "remove" and not g.solid_reports(pid) and pid not in ("kam", "boss"):
            done.append(g.remove_person(pid))
        elif kind == "undo" and done:
            g.revert(done.pop())
        for text in (query, word):
            assert queries.search(g, text, side) == scan(g, text, side), (kind, text)


def test_a_search_looks_only_at_the_values_that_match() -> None:
    g = tiny_graph()
    for i in range(300):
        g.add_person(person(f"p{i}", name=f"Person {i:03}", title="Analyst", department="Ops"))
    index = index_of(g)
    assert queries.search(g, "person 12") == [f"p{i}" for i in range(120, 130)]
    assert index.scanned == 10  # ten names hold "person 12"; the other 290 are not looked at
    assert queries.search(g, "zzz") == [] and index.scanned == 0
    assert len(queries.search(g, "analyst")) == 300 + sum(
        "analyst" in queries.folded(p.title) and "analyst" not in queries.folded(p.name)
        for p in tiny_graph().people.values())
    assert index.scanned <= 3  # one shared title, not 300 people


def test_the_index_follows_edits_without_building_again() -> None:
    g = tiny_graph()
    index = index_of(g)
    ceo = g.person("ceo")
    g.update_person(ceo._replace(name="Зоя Ёжикова"))
    assert index_of(g) is index  # heard the change: kept, not built again
    assert queries.search(g, "ежик") == ["ceo"]
    assert queries.search(g, ceo.name) == []
    try:
        with g.batch():  # a batch that fails changes nothing; its revision is not trusted
            g.update_person(g.person("ceo")._replace(name="Кто-то"))
            raise RuntimeError
    except RuntimeError:
        pass
    assert index_of(g) is not index
    assert queries.search(g, "ежик") == ["ceo"] and queries.search(g, "кто-то") == []
