"""Every script a name can be in: right-to-left order and shape, CJK fallback, no boxes."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side, Stance
from kamdesk.report import fonts
from kamdesk.report.plan import write_plan
from kamdesk.report.scripts import visual
from tests.report.conftest import logical_text, page_texts

TODAY = date(2026, 11, 22)
ARABIC = "محمد بن سلمان"
COMPANY = "مرحبا بالعالم 中文公司 🚀 Co"


def world() -> AccountGraph:
    g = AccountGraph(Account("acc", COMPANY))
    for pid, name, level in (("a1", ARABIC, Level.TOP), ("a2", "שלום עולם", Level.DIRECTOR),
                             ("a3", "王小明", Level.DIRECTOR), ("a4", "Ракета 🚀 Иванов",
                                                                Level.HEAD)):
        g.add_person(Person(pid, "acc", Side.CLIENT, name, title="مدير عام", level=level,
                            decision_role=DecisionRole.DECISION_MAKER, stance=Stance.BLOCKER))
    for pid, boss in (("a2", "a1"), ("a3", "a1"), ("a4", "a2")):
        g.add_link(Link(f"r{pid}", "acc", LinkKind.REPORTS_TO, pid, boss))
    return g


def test_arabic_is_drawn_right_to_left_and_extracts_in_logical_order(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    write_plan(world(), out, lang="en", today=TODAY)
    logical = logical_text(out)
    assert logical.count(ARABIC) >= 3  # summary, key people, chart, list...
    assert "مرحبا بالعالم" in logical.split("\n", 3)[2]  # the cover's title
    drawn = "\n".join(page_texts(out))  # glyphs left to right, as on the page
    assert visual(ARABIC) in drawn and ARABIC not in drawn
    # joined letters: the drawn glyphs are Arabic presentation forms, not isolated letters
    assert any("\ufe70" <= c <= "\ufefc" for c in visual(ARABIC))


def test_cjk_uses_the_fallback_font_and_nothing_prints_as_a_box(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    write_plan(world(), out, lang="en", today=TODAY)
    listed = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True,
                            text=True).stdout
    assert "DroidSansFallback" in listed
    first = page_texts(out)[0]
    assert "中文公司" in first and "王小明" in first
    assert "Ракета Иванов" in first
    for text in page_texts(out):
        assert "🚀" not in text and "□" not in text and "\ufffd" not in text


def test_runs_split_by_font_and_drop_what_no_font_has() -> None:
    assert fonts.runs("Иванов", fonts.REGULAR) == [(fonts.REGULAR, "Иванов")]
    assert fonts.runs("Li 王 🚀 x", fonts.BOLD) == [(fonts.BOLD, "Li "),
                                                   (fonts.FALLBACK, "王"), (fonts.BOLD, " x")]
    assert fonts.printable("A 🚀 B") == "A B"
    assert fonts.width("王", 10) > 0
    assert visual("plain") == "plain" and visual("שלום") == "םולש"
