"""Vacant and undisclosed posts come in as Person.vacancy, keeping the post, its title and
its lines; every export writes the field and every re-import reads it back."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account
from kamdesk.io.export import export_account
from kamdesk.io.plan import apply, plan_import
from kamdesk.io.sources import read_source

POSTS = (
    "id,manager_id,name,title,email\n"
    "1,,Анна Смирнова,CEO,a@x.example\n"
    "2,1,Vacant,Head of Finance,\n"            # a vacant post, named so
    "3,2,Борис Орлов,Accountant,b@x.example\n"  # reports to the vacant post
    "4,1,Вакансия,Директор по продажам,\n"
    "5,1,,Chief Legal Officer,\n"              # no name, a title, nothing of a person
    "6,1,,Analyst,ghost@x.example\n"           # no name but an e-mail: a person, unnamed
    "7,1,N/D,Head of IT,\n"                    # a holder not disclosed
)


def imported(path: Path, graph: AccountGraph | None = None) -> AccountGraph:
    graph = graph or AccountGraph(Account("acc", "A"))
    source = read_source(path)
    apply(graph, plan_import(graph, source.people, by=source.manager_by, alias=source.alias))
    return graph


def by_title(graph: AccountGraph, title: str) -> str:
    return next(p.id for p in graph.people.values() if p.title == title)


def test_vacant_posts_keep_their_title_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(POSTS, encoding="utf-8")
    source = read_source(path)
    assert [p.vacancy for p in source.people] == [None, True, None, True, True, True]
    assert any("4 posts have no disclosed" in n for n in source.notes)
    assert any("row 7: no name" in str(d) for d in source.defects)
    graph = imported(path)
    vacant = {p.title: p for p in graph.people.values() if p.vacancy}
    assert sorted(vacant) == ["Chief Legal Officer", "Head of Finance", "Head of IT",
                              "Директор по продажам"]
    assert all(p.name == p.title for p in vacant.values())
    finance = by_title(graph, "Head of Finance")
    assert graph.manager_of(by_title(graph, "Accountant")) == finance  # the line is kept
    assert graph.manager_of(finance) == by_title(graph, "CEO")
    assert not graph.person(by_title(graph, "CEO")).vacancy


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json", ".graphml"])
def test_vacancy_survives_export_and_reimport(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(POSTS, encoding="utf-8")
    graph = imported(path)
    exported = tmp_path / f"out{suffix}"
    export_account(graph, exported)
    again = imported(exported)
    assert sorted(p.title for p in again.people.values() if p.vacancy) == \
        sorted(p.title for p in graph.people.values() if p.vacancy)
    assert len(again.people) == len(graph.people)


def test_a_reimport_fills_or_keeps_a_vacancy_as_the_file_says(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(POSTS, encoding="utf-8")
    graph = imported(path)
    finance = by_title(graph, "Head of Finance")
    silent = tmp_path / "silent.csv"  # the file says nothing of vacancy: the KAM's is kept
    silent.write_text("id,name,title\n2,Head of Finance,Head of Finance\n", encoding="utf-8")
    imported(silent, graph)
    assert graph.person(finance).vacancy
    filled = tmp_path / "filled.csv"  # the post is filled now: the file says so
    filled.write_text("id,name,title,vacancy\n2,Дина Фролова,Head of Finance,false\n",
                      encoding="utf-8")
    imported(filled, graph)
    assert not graph.person(finance).vacancy and graph.person(finance).name == "Дина Фролова"


def test_a_vacancy_cell_that_is_not_yes_or_no_is_a_defect(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("name,vacancy\nАнна,maybe\nБорис,да\n", encoding="utf-8")
    source = read_source(path)
    assert [p.vacancy for p in source.people] == [None, True]
    assert any("vacancy 'maybe' is not yes or no" in str(d) for d in source.defects)
    assert any("вакансия «maybe» — не да или нет" in d.text("ru") for d in source.defects)
