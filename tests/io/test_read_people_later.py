"""People made from their columns on first use (``ReadPeople.later``) are, to every reader,
the list of people they would have been made into at once.

Each use of a list — reading, comparing, copying, pickling, changing it, handing it to the
list's own methods or to another list's (which read a list's items directly) — is made on
a list whose people are not made yet and on a plain list of the same people: the results,
and the lists afterwards, are the same.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
from collections.abc import Callable
from itertools import compress, islice, pairwise
from operator import attrgetter
from pathlib import Path
from typing import Any

import pytest

from kamdesk.io.incoming_columns import ReadPeople, carried
from kamdesk.io.people import Incoming
from kamdesk.io.sources import read_source

ROWS = "Id,Name,ReportsToId,Email,Title\n" + "".join(
    f"c-{k:03d},Person {k} Lee,{f'c-{(k - 1) // 2:03d}' if k else ''},p{k}@x.example,Clerk\n"
    for k in range(7))
OTHER = Incoming(99, "x", "Someone Else")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "rows.csv"
    path.write_text(ROWS, encoding="utf-8")
    return path


def later(path: Path) -> ReadPeople:
    people = read_source(path).people
    assert isinstance(people, ReadPeople) and people.waiting
    return people


def plain(path: Path) -> list[Incoming]:
    return [dataclasses.replace(p) for p in read_source(path).people]


def _set(x: list[Incoming]) -> None:
    x[1] = OTHER


def _del(x: list[Incoming]) -> None:
    del x[2:4]


def _add(x: list[Incoming]) -> None:
    x += [OTHER]


def _times(x: list[Incoming]) -> None:
    x *= 2


def _into_slice(x: list[Incoming], other: list[Incoming]) -> None:
    x[1:1] = other


# (concatenations, comparisons with itself and Yoda conditions are what is tested here)
READS: list[Callable[[list[Incoming]], Any]] = [
    len, bool, list, tuple, repr, str, lambda x: [*x], lambda x: x[0], lambda x: x[-1],
    lambda x: x[1:5:2], lambda x: list(reversed(x)),
    lambda x: x + [OTHER],  # noqa: RUF005
    lambda x: [OTHER] + x,  # noqa: RUF005
    lambda x: x * 2, lambda x: 2 * x, lambda x: x[3] in x,
    lambda x: OTHER in x, lambda x: x.index(x[4]), lambda x: x.count(x[2]),
    lambda x: x.copy(), copy.copy, copy.deepcopy, lambda x: pickle.loads(pickle.dumps(x)),
    lambda x: sorted(x, key=attrgetter("name")), lambda x: max(x, key=attrgetter("row")),
    lambda x: list(enumerate(x)), lambda x: list(pairwise(x)),
    lambda x: list(islice(x, 2, 4)), lambda x: list(compress(x, [0, 1, 1])),
    lambda x: list(map(attrgetter("key"), x)), lambda x: {p.row: p for p in x},
    lambda x: x == x,  # noqa: PLR0124
    lambda x: x != [], lambda x: x > [],
    lambda x: [] < x,  # noqa: SIM300
    lambda x: [p.managers for p in x],
]
CHANGES: list[Callable[[list[Incoming]], Any]] = [
    lambda x: x.append(OTHER), lambda x: x.extend([OTHER]), lambda x: x.insert(2, OTHER),
    lambda x: x.pop(), lambda x: x.pop(0), lambda x: x.remove(x[3]), lambda x: x.clear(),
    lambda x: x.sort(key=attrgetter("name"), reverse=True), lambda x: x.reverse(), _set,
    _del, _add, _times,
]


@pytest.mark.parametrize("use", READS + CHANGES)
def test_a_list_made_later_is_the_list_made_at_once(use: Callable[[list[Incoming]], Any],
                                                     path: Path) -> None:
    waiting, made = later(path), plain(path)
    assert (use(waiting), waiting) == (use(made), made)


@pytest.mark.parametrize("use", [
    lambda x, y: x == y, lambda x, y: y == x, lambda x, y: x + y, lambda x, y: y + x,
    lambda x, y: x < y, lambda x, y: [*y, *x],
    lambda x, y: y.extend(x), lambda x, y: y.__iadd__(x), _into_slice,
    lambda x, y: list(zip(x, y, strict=True)), lambda x, y: x.index(y[1]),
])
def test_two_lists_made_later_are_two_lists_made_at_once(
        use: Callable[[list[Incoming], list[Incoming]], Any], path: Path) -> None:
    first, second = later(path), later(path)
    one, two = plain(path), plain(path)
    assert (use(first, second), first, second) == (use(one, two), one, two)


def test_counting_the_list_makes_nobody(path: Path) -> None:
    people = later(path)
    columns = carried(people)
    assert len(people) == 7 and people and columns is not None and people.waiting
    assert columns.field("name")[5] == "Person 5 Lee"
    assert people[5].name == "Person 5 Lee" and not people.waiting
    assert carried(people) is columns  # the very people the columns were read into
    people[3] = dataclasses.replace(people[3])  # an equal row, not the same one
    assert carried(people) is None
