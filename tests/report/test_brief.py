"""The meeting brief, read back: agenda, attendees, influence, risks and actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamdesk.graph import queries, sample
from kamdesk.graph.entities import ActionItem, Meeting
from kamdesk.graph.errors import UnknownEntityError
from kamdesk.graph.types import Side
from kamdesk.report.brief import AGENDA, write_brief
from kamdesk.report.labels import Labels
from tests.report.conftest import page_texts, squashed

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(("index", "lang"), [(0, "ru"), (1, "en")])
def test_brief_has_everything_on_one_to_three_pages(tmp_path: Path, index: int,
                                                   lang: str) -> None:
    graph = sample.generate(seed=1, today=TODAY)[index]
    t = Labels(lang)
    for meeting in graph.records(Meeting).values():
        out = tmp_path / f"{meeting.id}.pdf"
        write_brief(graph, meeting.id, out, lang=lang, today=TODAY)
        pages = page_texts(out)
        assert 1 <= len(pages) <= 3
        text = "\n".join(pages)
        flat = squashed(text)
        assert meeting.title in text
        for key in AGENDA:
            assert t(key) in text
            assert squashed(getattr(meeting, key)) in flat
        for pid in meeting.attendees:
            assert graph.person(pid).name in text
        for pid in meeting.attendees:
            person = graph.person(pid)
            if person.side is Side.CLIENT:
                for path in queries.influence_paths(graph, pid):
                    assert graph.person(path[0]).name in text
        for action in graph.records(ActionItem).values():
            if action.meeting_id == meeting.id and not action.is_closed:
                assert squashed(action.what) in flat


def test_unknown_meeting_is_refused(tmp_path: Path) -> None:
    graph = sample.generate(seed=1, today=TODAY)[0]
    with pytest.raises(UnknownEntityError, match="no meeting with id"):
        write_brief(graph, "nope", tmp_path / "b.pdf")
    assert list(tmp_path.iterdir()) == []
