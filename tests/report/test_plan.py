"""The account plan, read back from real PDFs: sections, names, page references, hostile text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side, Stance
from kamdesk.graph.vocabulary import Vocabulary as Labels
from kamdesk.report.pages import ExportCancelledError
from kamdesk.report.plan import SECTIONS, write_plan
from tests.report.conftest import logical_text, page_texts, squashed

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def portfolio() -> list[AccountGraph]:
    return sample.generate(seed=1, today=TODAY)


@pytest.mark.parametrize(("index", "lang"), [(0, "ru"), (1, "en"), (2, "en"), (3, "ru")])
def test_every_section_and_stakeholder_is_there(portfolio, tmp_path: Path, index: int,
                                                lang: str) -> None:
    graph = portfolio[index]
    out = tmp_path / "plan.pdf"
    write_plan(graph, out, lang=lang, today=TODAY)
    pages = page_texts(out)
    everything = "\n".join(pages)
    t = Labels(lang)
    for key in SECTIONS:
        assert t(key) in everything, key
    for p in graph.people.values():
        if p.side is Side.CLIENT:
            assert p.name in everything, p.name
    assert graph.account.name in pages[0]
    total = len(pages)
    for n, text in enumerate(pages, start=1):  # every page: account and "page x of y"
        assert t("page_of", page=n, total=total) in text
        assert graph.account.name in text


def test_contents_points_at_the_right_pages(portfolio, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    write_plan(portfolio[0], out, lang="ru", today=TODAY)
    pages = page_texts(out)
    t = Labels("ru")
    contents = pages[1]
    for n, key in enumerate(SECTIONS, start=1):
        match = re.search(rf"{n}\. {re.escape(t(key))}[ .]*?(\d+)\s*$", contents, re.M)
        assert match, key
        page = int(match.group(1))
        assert t(key) in pages[page - 1], (key, page)


def wide_and_deep() -> AccountGraph:
    """A client org of 241 people with unique short names: several chart pages and links."""
    acc = "acc"
    g = AccountGraph(Account(acc, "Deep & Wide <Ltd>"))

    def add(pid: str, level: int, boss: str | None) -> None:
        g.add_person(Person(pid, acc, Side.CLIENT, f"N{pid}", title="T", level=Level(level)))
        if boss:
            g.add_link(Link(f"r{pid}", acc, LinkKind.REPORTS_TO, pid, boss))

    add("000", 1, None)
    for i in range(8):
        d = f"1{i:02d}"
        add(d, 2, "000")
        for j in range(6 if i % 2 else 14):  # some directors have too many to stack
            h = f"2{i}{j:02d}"
            add(h, 3, d)
            for k in range(2 if j % 3 == 0 else 0):
                add(f"3{i}{j:02d}{k}", 4, h)
    return g


def test_continued_on_and_from_references_point_both_ways(tmp_path: Path) -> None:
    graph = wide_and_deep()
    out = tmp_path / "deep.pdf"
    write_plan(graph, out, lang="en", today=TODAY)
    pages = page_texts(out)
    checked = 0
    for number, text in enumerate(pages, start=1):
        for match in re.finditer(r"Team of (N\d+)[^\n(]*\((?:reports to (N\d+), )?"
                                 r"(?:continued from |top of the chart, )?p\. (\d+)\)", text):
            root, boss, source = match.group(1), match.group(2), int(match.group(3))
            assert source != number
            referrer = pages[source - 1]
            assert boss is None or boss in referrer, (root, boss, source)
            assert (f"→ p. {number}" in referrer  # a card that continues here
                    or f"more on p. {number}" in referrer), (root, source, number)
            checked += 1
        for pattern in (r"→ p\. (\d+)", r"more on p\. (\d+)"):
            for match in re.finditer(pattern, text):
                target = int(match.group(1))
                assert target != number  # never a reference to the page it is on
                assert re.search(rf"p\. {number}\)", pages[target - 1]), (number, target)
    assert checked >= 5
    names = squashed("".join(pages))
    for p in graph.people.values():
        assert p.name in names


def test_hostile_text_comes_through_as_text(tmp_path: Path) -> None:
    g = AccountGraph(Account("acc", "<b>Bold</b> & Co «Ёлка»", goals="<i>grow</i> & win"))
    long_title = "Заместитель " * 166  # about 2,000 characters
    hostile = [("h1", "<script>alert(1)</script>"), ("h2", "Tom & Jerry &amp; Co"),
               ("h3", "שלום עולם"), ("h4", "Ракета 🚀 Иванов"), ("h5", "O'Brien \"Jr\"")]
    for pid, name in hostile:
        g.add_person(Person(pid, "acc", Side.CLIENT, name, title=long_title if pid == "h1"
                            else "<u>Head</u>", decision_role=DecisionRole.INFLUENCER,
                            stance=Stance.BLOCKER, level=Level.HEAD))
    g.add_person(Person("long", "acc", Side.CLIENT, "Я" * 2000, level=Level.SPECIALIST))
    g.add_link(Link("l1", "acc", LinkKind.REPORTS_TO, "long", "h1"))
    out = tmp_path / "hostile.pdf"
    write_plan(g, out, lang="ru", today=TODAY)
    text = "\n".join(page_texts(out))
    flat = squashed(text)
    for _, name in hostile[:2] + hostile[4:]:
        assert squashed(name) in flat, name
    # Hebrew is drawn right to left (display order); a bidi-aware reader gives it back
    assert logical_text(out).count("שלום עולם") >= 2
    assert "Ракета Иванов" in text  # no font of ours has the emoji: left out, not a box
    assert "🚀" not in text and "\ufffd" not in text
    assert "<b>Bold</b>&Co«Ёлка»" in flat
    assert "<i>grow</i>&win" in flat
    # split over pages, between footers and repeated table headers, but all there
    assert flat.count("Я") >= 2000
    assert flat.count("Заместитель") >= 166  # wrapped beside the other columns of its row


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("A3", (842, 1191)),
                                             ("Letter", (612, 792))])
def test_paper_sizes_and_embedded_fonts(portfolio, tmp_path: Path, paper: str,
                                        size: tuple[int, int]) -> None:
    out = tmp_path / f"{paper}.pdf"
    write_plan(portfolio[1], out, paper=paper, today=TODAY)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded
    assert {f.split("+")[1] for f in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}


def test_cancel_writes_nothing_and_keeps_an_existing_file(portfolio, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"the previous plan")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(ExportCancelledError):
        write_plan(portfolio[0], out, today=TODAY, progress=progress)
    assert out.read_bytes() == b"the previous plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
    assert seen[-1][0] == 3 and all(total == seen[0][1] for _, total in seen)


def test_progress_reaches_the_end(portfolio, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_plan(portfolio[0], tmp_path / "p.pdf", today=TODAY,
               progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[-1][0] == seen[-1][1] and len(seen) == seen[-1][1]
