"""The plan's "What changed since the last meeting" and who left: read back from the PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

import pytest

from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.changes_since import ChangeReport, as_facts, names_of, summarize
from kamdesk.graph.entities import Meeting
from kamdesk.graph.leaving import mark_left
from kamdesk.graph.types import Stance
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.report.plan import write_plan
from tests.helpers import ACC, person, tiny_graph
from tests.report.conftest import page_texts, squashed

TODAY = date(2026, 11, 22)
AT = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


class E(NamedTuple):
    at: datetime
    author: str
    changes: ChangeSet


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_plan_says_what_changed_and_leaves_who_left_out(tmp_path: Path,
                                                            lang: str) -> None:
    g = tiny_graph()
    g.add_person(person("cfo2", level=2, name="Ирина Новикова"))
    g.add_record(Meeting("m1", ACC, date(2026, 11, 1), "Kick-off"))
    done = mark_left(g, "analyst", date(2026, 11, 1), "Rival Ltd", "cfo2")
    stance = g.update_person(g.person("ceo")._replace(stance=Stance.BLOCKER))
    entries = [E(AT, "anna", done), E(AT, "bo", stance)]
    report = ChangeReport(date(2026, 11, 1), True,
                          as_facts(summarize(entries), names_of(entries, g.people)))
    out = tmp_path / "plan.pdf"
    write_plan(g, out, lang=lang, today=TODAY, changes=report)
    pages = page_texts(out)
    v = vocabulary(lang)
    section = next(p for p in pages[2:] if v("what_changed") in p)
    flat = squashed(section)
    assert squashed(v("since_meeting_day", day=v.day(date(2026, 11, 1)))) in flat
    left = ("Анна Петрова left (to Rival Ltd), succeeded by Ирина Новикова" if lang == "en"
            else "Анна Петрова ушёл(ла) (в Rival Ltd), преемник — Ирина Новикова")
    assert squashed(left) in flat
    assert squashed(v("ch_stance", name="Фёдор Королёв", was=v.enum(Stance.NEUTRAL),
                      now=v.enum(Stance.BLOCKER))) in flat
    # who left is in that section only: not in the people list, the chart or the signals
    rest = "\n".join(p for p in pages if p is not section)
    assert "Анна Петрова" not in rest
    assert "Olivia Bennett" in rest


def test_without_a_history_the_section_says_nothing_recorded(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    write_plan(tiny_graph(), out, lang="en", today=TODAY)
    pages = page_texts(out)
    section = next(p for p in pages[2:] if "What changed since the last meeting" in p)
    assert "Nothing recorded." in section
