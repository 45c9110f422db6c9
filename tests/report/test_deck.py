"""The PowerPoint deck, read back with python-pptx; and the plan's print choices via the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.report.deck import write_deck
from kamdesk.report.selection import Choice, select
from tests.report.conftest import page_texts

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def portfolio() -> list[AccountGraph]:
    return sample.generate(seed=1, today=TODAY)


def person_shapes(slide) -> dict[str, object]:
    return {s.name.split(" ", 1)[1]: s for s in slide.shapes if s.name.startswith("person ")}


def test_deck_has_the_summary_chart_comb_signals_and_actions(portfolio, tmp_path: Path) -> None:
    g = portfolio[0]
    out = tmp_path / "plan.pptx"
    write_deck(g, out, lang="ru", today=TODAY)
    deck = Presentation(str(out))
    slides = list(deck.slides)
    assert len(slides) == 5
    texts = ["\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
             for slide in slides]
    assert g.account.name in texts[0] and "Сводка к переговорам" in texts[0]
    assert "привлекательность 8,5/10" in texts[0]  # Cyrillic and Russian numbers intact
    # the chart: one shape per printed person, one glued connector per reporting line
    chosen, _ = select(g, Choice(scope="key"))
    cards = person_shapes(slides[1])
    assert set(cards) == set(chosen)
    for pid, shape in cards.items():
        assert g.people[pid].name in shape.text_frame.text
    lines = [s for s in slides[1].shapes if s.shape_type == MSO_SHAPE_TYPE.LINE]
    expected = {(pid, g.manager_of(pid)) for pid in chosen if g.manager_of(pid) in chosen}
    assert {tuple(s.name.split()[1:]) for s in lines} == expected
    xml = slides[1].shapes._spTree.xml
    assert xml.count("<a:stCxn") == len(expected) and xml.count("<a:endCxn") == len(expected)
    # the comb: our people marked, pairs as connectors
    assert "(наш)" in texts[2]
    assert any(s.shape_type == MSO_SHAPE_TYPE.LINE for s in slides[2].shapes)
    tables = [s for s in slides[3].shapes if s.has_table]
    assert tables and len(tables[0].table.rows) > 1


def test_deck_file_follows_umask(portfolio, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_deck(portfolio[1], tmp_path / "d.pptx", today=TODAY)
    finally:
        os.umask(old)
    assert (tmp_path / "d.pptx").stat().st_mode & 0o777 == 0o644


def kamdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kamdesk", *args], check=False,
                          capture_output=True, text=True, timeout=300)


def test_plan_command_writes_pptx_and_print_choices(tmp_path: Path) -> None:
    kam = tmp_path / "s.kam"
    assert kamdesk("sample", str(kam), "--seed", "7").returncode == 0
    deck = tmp_path / "p.pptx"
    result = kamdesk("plan", str(kam), "--account", "Helix Pharmaceuticals Ltd", "-o", str(deck))
    assert result.returncode == 0, result.stderr
    assert len(Presentation(str(deck)).slides) == 5
    pdf = tmp_path / "p.pdf"
    result = kamdesk("plan", str(kam), "--account", "Helix Pharmaceuticals Ltd", "-o", str(pdf),
                     "--landscape", "--paper", "Letter", "--levels", "2")
    assert result.returncode == 0, result.stderr
    texts = page_texts(pdf)
    assert "Printed: levels 1–2" in "\n".join(texts)
    from pypdf import PdfReader

    box = PdfReader(pdf).pages[0].mediabox
    assert float(box.width) > float(box.height)
    result = kamdesk("plan", str(kam), "--account", "Helix Pharmaceuticals Ltd", "-o",
                     str(tmp_path / "x.pdf"), "--department", "No such")
    assert result.returncode == 1 and "No such" in result.stderr
    assert "Traceback" not in result.stderr
    result = kamdesk("plan", str(kam), "--account", "Helix Pharmaceuticals Ltd", "-o",
                     str(tmp_path / "x.doc"))
    assert result.returncode == 1 and ".pptx" in result.stderr


def test_key_scope_is_the_default_for_big_accounts() -> None:
    g = sample.generate(seed=2, people=300, today=TODAY)[0]
    chosen, mode = select(g, Choice())
    assert mode == "key" and len(chosen) < 300
    for pid in chosen:  # managers of everybody printed are printed too
        boss = g.manager_of(pid)
        assert boss is None or boss in chosen
    small = sample.generate(seed=2, today=TODAY)[1]
    assert select(small, Choice())[1] == "all"
    dept = next(p.department for p in g.people.values() if p.department)
    only, mode = select(g, Choice(scope="all", department=dept.upper()))
    assert mode == "department" and all(g.people[p].department == dept for p in only)


def test_a_big_account_keeps_its_chart_slide_legible(tmp_path: Path) -> None:
    from kamdesk.report.deck import MAX_CHART

    g = sample.generate(seed=7, people=1000, today=TODAY)[0]
    out = tmp_path / "big.pptx"
    write_deck(g, out, lang="en", today=TODAY)
    deck = Presentation(str(out))
    for slide in list(deck.slides)[1:3]:
        boxes = [(s.left, s.top, s.left + s.width, s.top + s.height)
                 for s in person_shapes(slide).values()]
        assert boxes and len(boxes) <= max(MAX_CHART, 40)
        for i, a in enumerate(boxes):
            assert a[0] >= 0 and a[1] >= 0 and a[2] <= deck.slide_width
            assert a[3] <= deck.slide_height
            for b in boxes[i + 1:]:  # no card hides another
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
