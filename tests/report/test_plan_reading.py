"""The plan as a director reads it: read back from real PDFs (pdfplumber, pypdf, pdftoppm)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from kamdesk.graph import sample
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Meeting
from kamdesk.graph.signals import SignalKind
from kamdesk.graph.types import LinkKind, Side
from kamdesk.graph.vocabulary import Vocabulary
from kamdesk.report.context import Context, ranked
from kamdesk.report.plan import SECTIONS, write_plan
from kamdesk.report.selection import Choice
from kamdesk.report.summary import key_people, next_meeting, overdue
from tests.report.conftest import page_texts, squashed

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def portfolio() -> list[AccountGraph]:
    return sample.generate(seed=1, today=TODAY)


@pytest.fixture(scope="module")
def plans(portfolio, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("plans")
    out = {}
    for lang, index in (("ru", 0), ("en", 1)):
        out[lang] = folder / f"{lang}.pdf"
        write_plan(portfolio[index], out[lang], lang=lang, today=TODAY)
    return out


def graph_of(portfolio, lang: str) -> AccountGraph:
    return portfolio[0 if lang == "ru" else 1]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_first_page_carries_the_negotiation(portfolio, plans, lang: str) -> None:
    g, t = graph_of(portfolio, lang), Vocabulary(lang)
    first = page_texts(plans[lang])[0]
    flat = squashed(first)
    a = g.account
    assert t.enum(a.quadrant) in first and t.enum(a.stage) in first
    assert f"{t.number(a.attractiveness)}/10" in first
    assert f"{t.number(a.relationship_strength)}/10" in first
    worst = ranked(g, TODAY)[0]
    assert t.enum(worst.kind) in first
    for pid in key_people(Context(g, t, TODAY, _doc(t)))[:3]:
        p = g.people[pid]
        assert squashed(p.name) in flat and t.enum(p.stance) in first
    for level in (1, 2, 3, 4):
        assert t.level(level) in first
    meeting = next_meeting(Context(g, t, TODAY, _doc(t)))
    assert meeting is not None and squashed(meeting.title) in flat
    late = overdue(Context(g, t, TODAY, _doc(t)))
    assert late and squashed(late[0].what)[:30] in flat


def _doc(t: Vocabulary):
    from kamdesk.report.pages import Document

    return Document(t, "A4", "x", "y")


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_outline_has_every_section_and_links_resolve(plans, lang: str) -> None:
    t = Vocabulary(lang)
    reader = PdfReader(plans[lang])

    def titles(items) -> list[str]:
        found = []
        for item in items:
            if isinstance(item, list):
                found += titles(item)
            else:
                found.append(item.title)
        return found

    outline = titles(reader.outline)
    for key in SECTIONS:
        assert t(key) in outline, key
    assert t("top_block") in outline
    assert any(x.startswith(t("team_of", name="")) for x in outline)
    pages = {p.indirect_reference.idnum: n for n, p in enumerate(reader.pages)}
    links = 0
    with pdfplumber.open(plans[lang]) as pdf:
        for number, page in enumerate(reader.pages):
            height = float(page.mediabox.height)
            for annot in page.get("/Annots") or []:
                annot = annot.get_object()
                if annot.get("/Subtype") != "/Link":
                    continue
                dest = annot["/Dest"] if "/Dest" in annot else annot["/A"]["/D"]
                target = pages[dest[0].idnum] + 1
                x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
                shown = pdf.pages[number].crop((x0, height - y1, x1, height - y0)).extract_text()
                links += 1
                if t("below") in shown:  # a block further down the same page
                    assert target == number + 1
                    continue
                said = re.search(r"(\d+)\D*$", shown)
                assert said, shown  # every other link shows the page it goes to
                assert int(said.group(1)) == target, (number + 1, shown, target)
    assert links >= len(SECTIONS) + 3


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_board_member_prints_in_the_top_block(portfolio, plans, lang: str) -> None:
    g, t = graph_of(portfolio, lang), Vocabulary(lang)
    chairman = next(p for p in g.people.values() if p.side is Side.CLIENT
                    and ("Board" in p.title or "совета" in p.title))
    assert g.manager_of(chairman.id) is None
    texts = page_texts(plans[lang])
    start = next(n for n, x in enumerate(texts) if t("top_block") in x)
    block = texts[start].split(t("top_block"), 1)[1]
    assert squashed(chairman.name) in squashed(block)


def test_card_lines_never_cut_name_role_stance_or_influence(portfolio) -> None:
    from kamdesk.report.cards import CARD_W, Card

    for lang, g in zip(["ru", "en", "ru", "en"], portfolio, strict=True):
        t = Vocabulary(lang)
        card = Card(Context(g, t, TODAY, _doc(t)))
        for p in g.people.values():
            lines = card.lines(p, CARD_W)
            names = [x for x, _, bold, _ in lines[:2] if bold and "·" not in x]
            assert squashed("".join(names)).replace("-", "") .startswith(
                squashed(p.name).replace("-", "")[:10]), p.name
            for _, size, *_ in lines:
                assert size >= 7
            if p.side is Side.CLIENT:
                at = next(i for i, (x, *_) in enumerate(lines) if x.endswith(("●", "○")))
                role, stance = lines[at - 1][0], lines[at][0]
                assert not role.endswith("…") and not stance.endswith("…")
                assert t.enum(p.stance) in stance and "●" * p.influence in stance
                assert not any(x.endswith("…") for x in names)


def test_no_card_text_in_the_pdf_ends_in_an_ellipsis_on_stance_lines(plans) -> None:
    for path in plans.values():
        for text in page_texts(path):
            for line in text.splitlines():
                if "●" in line or "○○" in line:
                    assert not line.rstrip().endswith("…"), line


def test_greyscale_tells_a_champion_from_a_blocker(tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils is not installed")
    from reportlab.pdfgen.canvas import Canvas

    from kamdesk.graph.types import Stance
    from kamdesk.report.cards import Card

    pdf = tmp_path / "bands.pdf"
    canv = Canvas(str(pdf), pagesize=(100, 100))
    Card.stance_band(canv, 10, 10, 6, 80, stance=Stance.CHAMPION)
    Card.stance_band(canv, 60, 10, 6, 80, stance=Stance.BLOCKER)
    canv.save()
    subprocess.run(["pdftoppm", "-gray", "-r", "144", str(pdf), str(tmp_path / "g")],
                   check=True)
    pgm = next(tmp_path.glob("g*.pgm")).read_bytes()
    header = pgm.split(b"\n", 3)
    width = int(header[1].split()[0])
    pixels = header[3]
    scale = 144 / 72

    def region(x: float) -> list[int]:
        xs = range(int((x + 1) * scale), int((x + 5) * scale))
        ys = range(int(20 * scale), int(80 * scale))
        return [pixels[y * width + xx] for y in ys for xx in xs]

    champion, blocker = region(10), region(60)
    mean_c, mean_b = sum(champion) / len(champion), sum(blocker) / len(blocker)
    spread_c = max(champion) - min(champion)
    spread_b = max(blocker) - min(blocker)
    # a flat grey against a dark band crossed by white: different in mean or in texture
    assert abs(mean_c - mean_b) > 20 or abs(spread_c - spread_b) > 100, (mean_c, mean_b)
    assert spread_b > 100 and spread_c < 40


def test_russian_plan_has_russian_numbers_and_dates(portfolio, plans) -> None:
    text = "\n".join(page_texts(plans["ru"]))
    assert "95,2" in text and "95.2" not in text
    assert Vocabulary("ru").day(TODAY) == "22.11.2026" and "22.11.2026" in text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)
    assert "−" in text  # a KPI below target: a true minus
    assert "1 200 000" in squashed(text) or "1\u00a0200\u00a0000" in text or \
        "1200000" in squashed(text)
    en = "\n".join(page_texts(plans["en"]))
    assert "95.2" in en and "95,2" not in en and "2026-11-22" in en


def test_our_people_are_marked_and_namesakes_told_apart(portfolio, plans) -> None:
    g, t = portfolio[0], Vocabulary("ru")
    names: dict[str, set[Side]] = {}
    for p in g.people.values():
        names.setdefault(p.name, set()).add(p.side)
    twin = next(n for n, sides in names.items() if len(sides) == 2)
    text = squashed("\n".join(page_texts(plans["ru"])))
    assert squashed(f"{twin} ({t('ours_mark')})") in text
    ours = {p.id for p in g.people.values() if p.side is Side.INTERNAL}
    owner = next(a.owner_id for a in g.records(ActionItem).values() if a.owner_id in ours)
    assert squashed(f"{g.people[owner].name} ({t('ours_mark')})") in text


def test_signals_are_ranked_and_worded_right(portfolio, plans) -> None:
    g = portfolio[0]
    kinds = [s.kind for s in ranked(g, TODAY)]
    if SignalKind.UNMANAGED_BLOCKER in kinds and SignalKind.SILENT_CLIENT in kinds:
        assert kinds.index(SignalKind.UNMANAGED_BLOCKER) < kinds.index(SignalKind.SILENT_CLIENT)
    text = "\n".join(page_texts(plans["ru"]))
    assert "последний контакт не было" not in text
    assert not re.search(r"индекс влияния \d+\.\d", text)  # "4,5", not "4.5"
    assert "Последний контакт: не было" not in text
    # a key person never contacted: a sentence that reads right, in the notes and signals
    graph = sample.generate(seed=1, today=TODAY)[0]
    t = Vocabulary("ru")
    ctx = Context(graph, t, TODAY, _doc(t))
    key = graph.people[key_people(ctx)[0]]
    graph.update_person(key._replace(last_contact=None))
    from kamdesk.report.sections import key_people_notes

    flowables = []
    for f in key_people_notes(Context(graph, t, TODAY, _doc(t))):
        flowables += getattr(f, "_content", [f])  # inside a KeepTogether
    notes = " ".join(getattr(f, "text", "") for f in flowables)
    assert "контактов ещё не было" in notes and "контакт: не было" not in notes


def test_meetings_past_and_upcoming_apart_with_their_actions(portfolio, plans) -> None:
    g, t = portfolio[1], Vocabulary("en")
    texts = page_texts(plans["en"])
    whole = "\n".join(texts)
    up = whole.index(t("upcoming"), whole.index(t("contents")) + 400)
    past = whole.index(t("past"), up)
    after = whole.index(t("risks"), past)
    for m in g.records(Meeting).values():
        where = whole.find(m.title, up)
        assert where != -1, m.title
        if m.day >= TODAY:
            assert up < where < past, m.title
        else:
            assert past < where < after, m.title
    with_actions = [m for m in g.records(Meeting).values()
                    if any(a.meeting_id == m.id for a in g.records(ActionItem).values())]
    if with_actions:
        assert t("meeting_actions") in whole


def test_footer_is_confidential_and_file_follows_umask(portfolio, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_plan(portfolio[3], tmp_path / "a.pdf", today=TODAY)
        os.umask(0o077)
        write_plan(portfolio[3], tmp_path / "b.pdf", today=TODAY)
    finally:
        os.umask(old)
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.pdf").stat().st_mode & 0o777 == 0o600
    for text in page_texts(tmp_path / "a.pdf"):
        assert Vocabulary("en")("confidential") in text


def test_table_header_once_per_page_and_whole_rows(tmp_path: Path) -> None:
    graph = sample.generate(seed=3, people=400, today=TODAY)[0]
    out = tmp_path / "big.pdf"
    write_plan(graph, out, lang="en", today=TODAY, choice=Choice(scope="all"))
    texts = page_texts(out)
    t = Vocabulary("en")
    assert any(t("overview") in text for text in texts)  # a big account: departments first
    outline = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    nested = [x.title for item in PdfReader(out).outline if isinstance(item, list)
              for x in item if not isinstance(x, list)]
    departments = {p.department for p in graph.people.values() if p.side is Side.CLIENT}
    assert t("org_chart") in outline and departments & set(nested)
    listed = 0
    for text in texts:
        heads = [x for x in text.splitlines() if x.startswith("Name Title Department")]
        assert len(heads) <= 1
        listed += bool(heads)
    assert listed >= 3  # the list of 400 people runs over several pages


def test_rows_split_whole_rows_and_leave_no_row_alone() -> None:
    from kamdesk.report.blocks import Rows, table

    rows = [[f"row {i}", "x"] for i in range(10)]
    (flow,) = table(["a", "b"], rows, [100, 100])
    assert isinstance(flow, Rows)
    row_h = flow.heights[0]
    # room for the header and 9 rows: 8 go here, 2 to the next page (no widow row)
    first, rest = flow.split(200, flow.head_h + 9 * row_h + 1)
    assert len(first._cellvalues) - 1 == 8 and len(rest.rows) == 2
    # room for the header and one row at the foot of a page: the table moves on, whole
    assert flow.split(200, flow.head_h + row_h + 1) == []
    # a row taller than a page is the one row that is cut, by lines
    (tall,) = table(["a"], [["word " * 3000]], [100])
    first, rest = tall.split(100, 700)
    assert first.wrap(100, 700)[1] <= 700 and isinstance(rest, Rows)


def test_the_cover_sponsor_agrees_with_the_signal(portfolio, tmp_path: Path) -> None:
    g = sample.generate(seed=1, today=TODAY)[3]
    people = g.people
    for x in list(g.links.values()):  # nobody of ours at level 1 meets the client's level 1
        if x.kind is LinkKind.COUNTERPART and people[x.source].level == 1 \
                and people[x.target].level == 1:
            g.remove_link(x.id)
    assert any(s.kind is SignalKind.NO_EXECUTIVE_SPONSOR for s in ranked(g, TODAY))
    out = tmp_path / "s.pdf"
    write_plan(g, out, lang="en", today=TODAY)
    first = page_texts(out)[0]
    t = Vocabulary("en")
    sponsor = people[g.account.sponsor_id].name
    said = t("sponsor_unlinked", name=f"{sponsor} ({t('ours_mark')})")
    # the cell wraps beside the next column's label: its two lines, each whole
    words = said.split()
    head, tail = " ".join(words[:-3]), " ".join(words[-3:])  # "client's top level"
    assert head in first and tail in first, said
