"""A batch of fresh ids, and columns given as one value (``graph/columns.Constant``).

``new_ids`` cuts one random draw into ids: each must still be 16 hex digits of its own 64
random bits, the batch ascending and without a repeat. A ``Constant`` column must give the
very entities, columns and answers (``kinds``, ``one_value``) that the same value repeated
in a list gives, for values that are equal but of another type too (``1 == True``).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.graph.columns import Columns, Constant
from kamdesk.graph.entities import Link, Person, new_ids
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side


@pytest.mark.parametrize("count", [0, 1, 2, 7, 1000])
def test_new_ids_are_sixteen_hex_digits_ascending_and_distinct(count: int) -> None:
    ids = new_ids(count)
    assert len(ids) == count
    assert all(re.fullmatch("[0-9a-f]{16}", i) for i in ids)
    assert ids == sorted(ids) and len(set(ids)) == count


def test_new_ids_use_every_bit_of_each_id() -> None:
    """Each of the 16 positions takes every hex digit, about equally often (64 random bits
    an id, not a counter or a shared prefix), and two batches share no id."""
    ids = new_ids(4000)
    for position in range(16):
        seen = Counter(i[position] for i in ids)
        assert set(seen) == set("0123456789abcdef"), position
        assert max(seen.values()) < 2 * min(seen.values()), position  # 250 ± a few σ
    assert not set(ids) & set(new_ids(4000))


values = st.sampled_from([None, 0, 1, True, False, 1.0, "", "x", Side.CLIENT, "client",
                          Level.HEAD, 3, date(2025, 1, 1), DecisionRole.COACH])


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=4), st.lists(values, min_size=11, max_size=11),
       st.lists(st.booleans(), min_size=11, max_size=11), st.data())
def test_a_constant_column_is_the_value_repeated(count: int, same: list[Any],
                                                 constant: list[bool], data: Any) -> None:
    varied = [data.draw(st.lists(values, min_size=count, max_size=count)) for _ in same]
    as_lists = [[v] * count if c else column for v, c, column in zip(same, constant, varied,
                                                                     strict=True)]
    given_as = [Constant(v) if c else column for v, c, column in zip(same, constant, varied,
                                                                     strict=True)]
    expected, listed = Columns.build(Link, as_lists)
    made, carried = Columns.build(Link, given_as, count=count)
    assert made == expected and [type(x) for x in made] == [Link] * count
    assert [list(map(type, x)) for x in made] == [list(map(type, x)) for x in expected]
    assert carried.columns == listed.columns
    for index in range(len(Link._fields)):
        assert carried.kinds(index) == listed.kinds(index)
        assert carried.one_value(index) == listed.one_value(index)
    assert carried.holds(made)
    assert not count or not carried.holds(expected)  # equal entities, not the same ones


def test_constant_columns_need_a_count_only_when_all_are_constant() -> None:
    fields = [Constant(v) for v in ("p", "acc", Side.CLIENT, "Ann",
                                    *Person._field_defaults.values())]
    with pytest.raises(ValueError):
        Columns.build(Person, fields)
    made, carried = Columns.build(Person, fields, count=2)
    assert made == [Person("p", "acc", Side.CLIENT, "Ann")] * 2
    assert carried.one_value(0) and carried.kinds(2) == {Side}
    made, _ = Columns.build(Link, [["l1"], *(Constant(v) for v in (
        "acc", LinkKind.REPORTS_TO, "a", "b", *Link._field_defaults.values()))])
    assert made == [Link("l1", "acc", LinkKind.REPORTS_TO, "a", "b")]
