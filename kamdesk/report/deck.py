"""The account plan as an editable PowerPoint deck (python-pptx): many KAMs present it.

Five slides: the summary, the decision makers' chart, the comb, the signals, the actions.
People are native rectangles and reporting lines native connectors glued to them, so a KAM
can move a card in PowerPoint and its lines follow. The words and the numbers come from
the same places as the PDF's (context.py, summary.py); the deck only lays them out.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.slide import Slide
from pptx.util import Emu, Pt

from kamdesk.graph import comb, queries
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem
from kamdesk.graph.layout import tidy_tree
from kamdesk.graph.leaving import present
from kamdesk.graph.types import Level, Side, Stance
from kamdesk.graph.vocabulary import Vocabulary
from kamdesk.report.context import Context
from kamdesk.report.pages import Document, current_umask
from kamdesk.report.selection import Choice, select
from kamdesk.report.signal_text import signal_text
from kamdesk.report.summary import key_people, next_meeting, overdue

WIDTH, HEIGHT = Emu(12_192_000), Emu(6_858_000)  # 16:9
INCH = 914_400
ACCENT = RGBColor(0x1D, 0x4E, 0x89)
INK = RGBColor(0x1F, 0x29, 0x33)
WARN = RGBColor(0xB4, 0x23, 0x18)
STANCE_FILL = {Stance.CHAMPION: RGBColor(0xD4, 0xED, 0xDA), Stance.SUPPORTER: RGBColor(
    0xE6, 0xF4, 0xEA), Stance.NEUTRAL: RGBColor(0xF2, 0xF4, 0xF7), Stance.SKEPTIC: RGBColor(
    0xFF, 0xF1, 0xD6), Stance.BLOCKER: RGBColor(0xFA, 0xD4, 0xD4),
    Stance.UNKNOWN: RGBColor(0xFF, 0xFF, 0xFF)}
ORIGIN = (Emu(0), Emu(0), Emu(0), Emu(0))  # a glued connector is placed by its shapes
MAX_CHART = 30  # cards a slide can show legibly; beyond, the key people and their managers


class DeckWriter:
    def __init__(self, graph: AccountGraph, lang: str, today: date) -> None:
        t = Vocabulary(lang)
        self.ctx = Context(graph, t, today, Document(t, "A4", t("account_plan"),
                                                     graph.account.name))
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = WIDTH, HEIGHT
        self.blank = self.prs.slide_layouts[6]

    def write(self, target: Path) -> None:
        self.summary()
        self.chart()
        self.comb()
        self.signals()
        self.actions()
        handle, temp = tempfile.mkstemp(prefix=".kamdesk-", suffix=".pptx", dir=target.parent)
        os.close(handle)
        try:
            self.prs.save(temp)
            os.chmod(temp, 0o666 & ~current_umask())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    # ------------------------------------------------------------------ helpers
    def slide(self, title: str) -> Slide:
        s: Slide = self.prs.slides.add_slide(self.blank)
        self.text(s, title, 0.4, 0.25, w=12.5, h=0.6, size=24, bold=True, colour=ACCENT)
        return s

    @staticmethod
    def text(s: Slide, text: str, x: float, y: float, *, w: float, h: float,
             size: float = 12, bold: bool = False, colour: RGBColor = INK) -> None:
        box = s.shapes.add_textbox(Emu(int(x * INCH)), Emu(int(y * INCH)),
                                   Emu(int(w * INCH)), Emu(int(h * INCH)))
        frame = box.text_frame
        frame.word_wrap = True
        for n, line in enumerate(text.split("\n")):
            para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            para.text = line
            para.font.size = Pt(size)
            para.font.bold = bold
            para.font.color.rgb = colour

    def table(self, s: Slide, head: list[str], rows: list[list[str]], *, widths: list[float],
              y: float = 1.0, warn: set[tuple[int, int]] | None = None) -> None:
        shape = s.shapes.add_table(len(rows) + 1, len(head), Emu(int(0.4 * INCH)),
                                   Emu(int(y * INCH)), Emu(int(sum(widths) * INCH)),
                                   Emu(int(0.3 * INCH * (len(rows) + 1))))
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Emu(int(w * INCH))
        for r, row in enumerate([head, *rows]):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                for para in cell.text_frame.paragraphs:
                    para.font.size = Pt(11 if r == 0 else 10)
                    if warn and (r - 1, c) in warn:
                        para.font.color.rgb = WARN

    def card(self, s: Slide, pid: str, x: int, y: int, *, w: int, h: int) -> Any:
        p, t = self.ctx.graph.people[pid], self.ctx.t
        shape = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x), Emu(y), Emu(w), Emu(h))
        shape.name = f"person {pid}"
        shape.fill.solid()
        shape.fill.fore_color.rgb = STANCE_FILL[p.stance]
        shape.line.color.rgb = WARN if p.stance is Stance.BLOCKER else ACCENT
        shape.line.width = Pt(2.25 if p.stance in (Stance.BLOCKER, Stance.CHAMPION) else 0.75)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        size = Pt(9 if h > INCH * 0.75 else 7)
        lines = [p.name, p.title, f"{t.enum(p.decision_role)} · {t.enum(p.stance)} · "
                 f"{t('influence_of', n=p.influence)}"] if p.side is Side.CLIENT else [
            f"{p.name} ({t('ours_mark')})", p.title]
        for n, line in enumerate(lines):
            para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            para.text = line
            para.font.size = size
            para.font.bold = n == 0
            para.font.color.rgb = INK
        return shape

    # ------------------------------------------------------------------ slides
    def summary(self) -> None:
        ctx, t = self.ctx, self.ctx.t
        a = ctx.graph.account
        s = self.slide(f"{a.name}: {t('summary')}")
        facts = [f"{t('quadrant')}: {t.enum(a.quadrant)} — "
                 + t("scores", a=ctx.score(a.attractiveness),
                     r=ctx.score(a.relationship_strength)),
                 f"{t('stage')}: {t.enum(a.stage)}",
                 f"{t('kam')}: {ctx.who(a.kam_id)} · {t('sponsor')}: {ctx.who(a.sponsor_id)}"]
        m = next_meeting(ctx)
        facts.append(f"{t('next_meeting')}: "
                     + (f"{ctx.day(m.day)} · {m.title}" if m else t("no_meeting")))
        facts.append(f"{t('overdue_actions')}: {len(overdue(ctx))}")
        self.text(s, "\n".join(facts), 0.4, 0.95, w=12.5, h=1.7, size=14)
        self.text(s, t("top_signals"), 0.4, 2.75, w=6, h=0.4, size=14, bold=True,
                  colour=ACCENT)
        self.text(s, "\n".join(f"• {signal_text(x, ctx)}" for x in ctx.signals[:6]) or "—",
                  0.4, 3.15, w=6.2, h=3.5, size=11)
        self.text(s, t("key_people"), 6.8, 2.75, w=6, h=0.4, size=14, bold=True,
                  colour=ACCENT)
        lines = []
        for pid in key_people(ctx)[:8]:
            p = ctx.graph.people[pid]
            lines.append(f"• {p.name} — {t.enum(p.decision_role)}, {t.enum(p.stance)}, "
                         f"{t('influence_of', n=p.influence)}; ↔ {ctx.their_ours(pid)}")
        self.text(s, "\n".join(lines) or "—", 6.8, 3.15, w=6.2, h=3.5, size=11)

    def chart(self) -> None:
        """Decision makers and their managers as a tree of cards and glued connectors."""
        ctx, g = self.ctx, self.ctx.graph
        s = self.slide(ctx.t("key_people"))
        chosen, _ = select(g, Choice(scope="key"))
        if len(chosen) > MAX_CHART:  # the decision makers and blockers, and their managers
            keep: set[str] = set()
            for pid in key_people(ctx):
                more = {pid, *queries.manager_chain(g, pid)}
                if keep and len(keep | more) > MAX_CHART:
                    break
                keep |= more
            chosen = frozenset(keep)

        def kids(pid: str) -> list[str]:
            return [r for r in g.solid_reports(pid) if r in chosen]

        tops = sorted((p for p in chosen if g.manager_of(p) not in chosen),
                      key=lambda p: (g.people[p].level, g.people[p].name))
        boxes = tidy_tree(tops, kids, lambda _: (160.0, 60.0), gap_x=16, gap_y=40)
        if not boxes:
            return
        width = max(b.x + b.width for b in boxes.values())
        height = max(b.y + b.height for b in boxes.values())
        area_w, area_h = WIDTH - int(0.8 * INCH), HEIGHT - int(1.2 * INCH)
        scale = min(area_w / width, area_h / height, 2.0 * INCH / 160)  # cards ≤ 2 inches
        left = 0.4 * INCH + (area_w - width * scale) / 2
        shapes = {}
        for pid, b in boxes.items():
            shapes[pid] = self.card(s, pid, int(left + b.x * scale),
                                    int(1.0 * INCH + b.y * scale), w=int(b.width * scale),
                                    h=int(b.height * scale))
        for pid in boxes:
            boss = g.manager_of(pid)
            if boss in shapes:
                line = s.shapes.add_connector(MSO_CONNECTOR.ELBOW, *ORIGIN)
                line.begin_connect(shapes[boss], 2)  # bottom of the manager
                line.end_connect(shapes[pid], 0)  # top of the report
                line.line.color.rgb = ACCENT
                line.name = f"reports {pid} {boss}"

    def comb(self) -> None:
        g, t = self.ctx.graph, self.ctx.t
        s = self.slide(t("comb_picture"))
        gaps = set(comb.gaps(g))
        pairs = [(x.theirs, x.ours) for x in comb.pairs(g)]
        paired = {c for c, _ in pairs}
        band = (HEIGHT - int(1.1 * INCH)) // 4
        card_w, card_h = int(1.45 * INCH), int(0.36 * INCH)
        shapes = {}
        for i, level in enumerate(Level):
            top = int(1.0 * INCH) + i * band
            self.text(s, t.level(level), 0.2, top / INCH, w=1.2, h=0.4, size=12, bold=True)
            clients = [p for p in queries.people_by_level(g, Side.CLIENT)[level]
                       if p in gaps or p in paired][:8]
            ours = queries.people_by_level(g, Side.INTERNAL)[level][:8]
            for j, pid in enumerate(clients):
                x = int(1.3 * INCH) + (j % 4) * (card_w + int(0.05 * INCH))
                y = top + (j // 4) * (card_h + int(0.05 * INCH))
                shapes[pid] = self.card(s, pid, x, y, w=card_w, h=card_h)
                if pid in gaps:
                    shapes[pid].line.color.rgb = WARN
            for j, pid in enumerate(ours):
                x = int(7.4 * INCH) + (j % 3) * (card_w + int(0.05 * INCH))
                y = top + (j // 3) * (card_h + int(0.05 * INCH))
                shapes[pid] = self.card(s, pid, x, y, w=card_w, h=card_h)
        for client, mine in pairs:
            if client in shapes and mine in shapes:
                line = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, *ORIGIN)
                line.begin_connect(shapes[client], 3)
                line.end_connect(shapes[mine], 1)
                same = g.people[client].level == g.people[mine].level
                line.line.color.rgb = ACCENT if same else WARN

    def signals(self) -> None:
        ctx, t = self.ctx, self.ctx.t
        s = self.slide(t("signals"))
        rows = [[t.enum(x.kind), signal_text(x, ctx)] for x in ctx.signals[:14]]
        if rows:
            self.table(s, [t("category"), t("description")], rows, widths=[3.0, 9.5])

    def actions(self) -> None:
        ctx, t = self.ctx, self.ctx.t
        s = self.slide(t("actions"))
        items = sorted((a for a in ctx.graph.records(ActionItem).values() if not a.is_closed),
                       key=lambda a: (a.due or date.max, a.what))[:14]
        late = {(i, 2) for i, a in enumerate(items) if a.due and a.due < ctx.today}
        rows = [[ctx.who(a.owner_id), a.what, ctx.day(a.due), t.enum(a.status)] for a in items]
        if rows:
            self.table(s, [t("who"), t("what"), t("when"), t("status")], rows,
                       widths=[2.6, 6.6, 1.7, 1.6], warn=late)


def write_deck(graph: AccountGraph, target: Path, *, lang: str = "en",
               today: date | None = None) -> None:
    """Write the plan's deck of ``graph`` to ``target`` (whole, or not at all); people who
    left are left out, as in the plan (``leaving.present``)."""
    DeckWriter(present(graph), lang, today or date.today()).write(Path(target))
