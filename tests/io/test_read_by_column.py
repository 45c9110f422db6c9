"""Whole-column answers in ``io/people_columns`` give what ``RowReader._person`` gives.

The reader asks some questions of a whole column at once (every row a full name with its
last name; no manager cell that may hold several references or say "top"; every id a
Salesforce id to cut; a short name or e-mail that may say "N/D") and falls back to a
Python step a row otherwise. Files made mostly of cells that take the whole-column answer,
now and then one that does not, must read exactly as row by row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kamdesk.io import people_columns
from kamdesk.io.sources import read_source
from tests.io.test_import_fast_paths import both_ways, read_both, same_reading

SF = ["0035g00000Abc01AAA", "0035g00000Abc02AAB", "0035g00000Abc03xyz"]
long_refs = st.sampled_from(["", *SF, "0035g00000Abc01", "0035g00000Abc0ÄAAA",
                             "Ann Lee-Smith", "a.lee@x.example", "Иванов Иван"])
odd_refs = st.sampled_from(["1", "XX", "none", "1; 2", "Ann / Bob", "3|4", "N/D"])
names = st.sampled_from(["Ann Lee", "Bob Stone", "Ёжик Туманный", "", "Vacant", "N/D",
                         "<b>Bob</b> Stone", "Lee"])
lasts = st.sampled_from(["", "Lee", "Stone", "Туманный", "Other"])
mails = st.sampled_from(["", "a@x.example", "N/D", "n/a", "long.name@example.org"])
HEADERS = ["Id,Name,LastName,ReportsToId,Email,FirstName",  # Salesforce: ids cut
           "id,name,last_name,manager,email,first_name"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["", *SF, "7", "0035g00000Abc0ÄAAA"]), names,
                          lasts, st.one_of(long_refs, long_refs, long_refs, odd_refs), mails,
                          st.sampled_from(["", "", "Ann"])), min_size=1, max_size=10),
       st.sampled_from(HEADERS))
@example([(SF[0], "Ann Lee", "Lee", "", "a@x.example", "Ann"),
          (SF[1], "Bob Stone", "Stone", SF[0], "N/D", "")], HEADERS[0])
@example([(SF[0], "Ann Lee", "", "", "", ""), ("7", "Bob", "Stone", SF[0], "n/a", "")],
         HEADERS[0])
@example([(SF[0], "Ann Lee", "", "", "", ""), ("7", "", "", SF[0], "", "Ann")], HEADERS[1])
def test_columns_answered_at_once_read_as_row_by_row(rows: list[tuple[str, ...]],
                                                     header: str) -> None:
    read_both(rows, header)


def test_a_usual_export_reads_its_managers_without_a_step_a_cell(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Salesforce ids of 18 characters, one reference a cell: no cell goes through the
    per-cell reading (``_managers``), and the ids are cut to 15 as ``normal_id`` cuts them."""
    lines = ["Id,Name,LastName,ReportsToId,Email"] + [
        f"0035g0{k:09d}AAA,Person {k} Lee,Lee,{f'0035g0{(k - 1) // 2:09d}AAA' if k else ''},"
        f"p{k}@x.example" for k in range(30)]
    path = tmp_path / "sf.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fast, slow = both_ways(path, monkeypatch)
    same_reading(fast, slow)

    def per_cell(*args: object) -> list[str]:
        raise AssertionError("a cell read one by one")

    monkeypatch.setattr(people_columns, "_managers", per_cell)
    people = read_source(path).people
    assert people[0].key == "0035g0000000000" and people[0].managers == []
    assert people[5].managers == ["0035g0000000002"]


def test_vacancies_counted_from_the_column_as_row_by_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vacancy column read by column: the preview counts its posts from the reader's
    column, as it counts them from the people read row by row."""
    from kamdesk.io.incoming_columns import carried

    lines = ["id,name,title,manager,vacancy"] + [
        f"{k},Person number {k},Engineer,{k // 2 if k else ''},{'no' if k % 3 else 'yes'}"
        for k in range(12)]
    path = tmp_path / "posts.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fast, slow = both_ways(path, monkeypatch)
    assert carried(fast.people) is not None and carried(slow.people) is None
    same_reading(fast, slow)
    assert [n.params for n in fast.notes if n.key == "vacancies"] == [{"count": 4}]
