"""The account plan: what a KAM takes into a negotiation and hands to colleagues.

Page 1 carries the negotiation (see summary.py), page 2 is the clickable contents, then
the sections in the order a director reads them: the key people, the signals, our side and
the comb, actions, meetings, risks, the business, and last the long parts — the org chart
and the list of everybody — so that a 1,000-person account does not bury the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.changes_since import ChangeReport
from kamdesk.graph.leaving import present
from kamdesk.graph.vocabulary import Vocabulary
from kamdesk.report import blocks as b
from kamdesk.report import changes_section, fonts, sections, side
from kamdesk.report.context import Context
from kamdesk.report.orgchart import org_chart, people_list
from kamdesk.report.pages import Document, Progress, Tick
from kamdesk.report.selection import Choice, select
from kamdesk.report.summary import summary

SECTIONS = ["summary", "key_people_section", "signals", "what_changed", "our_side", "actions",
            "upcoming",
            "past", "risks", "business", "kpis", "value_log", "raci", "org_chart",
            "people_list"]


class PlanWriter:
    def __init__(self, graph: AccountGraph, lang: str, paper: str, today: date, *,
                 progress: Progress | None, choice: Choice, landscape: bool,
                 changes: ChangeReport | None = None) -> None:
        t = Vocabulary(lang)
        self.changes = changes
        graph = present(graph)  # the account now: who left is in "what changed" only
        b.set_language(lang)
        self.doc = Document(t, paper, t("account_plan"), graph.account.name, landscape)
        self.doc.confidential = t("confidential")
        self.ctx = Context(graph, t, today, self.doc)
        self.choice, self.progress = choice, progress
        self.ticks: list[Tick] = []

    def write(self, target: Path) -> None:
        ctx, t = self.ctx, self.ctx.t
        from kamdesk.report.chart import draw_legend

        self.doc.legend = draw_legend(ctx)
        selected = select(ctx.graph, self.choice)
        story: list[Flowable] = [*summary(ctx), PageBreak(), b.para(t("contents"), b.H1),
                                 Contents(ctx), PageBreak()]
        parts: dict[str, Callable[[], list[Flowable]]] = {
            "key_people_section": lambda: sections.key_people_notes(ctx),
            "signals": lambda: sections.signal_list(ctx),
            "what_changed": lambda: changes_section.changes(ctx, self.changes),
            "our_side": lambda: side.our_side(ctx),
            "actions": lambda: sections.actions(ctx),
            "upcoming": lambda: sections.meetings(ctx, upcoming=True),
            "past": lambda: sections.meetings(ctx, upcoming=False),
            "risks": lambda: sections.risks(ctx),
            "business": lambda: sections.business(ctx),
            "kpis": lambda: sections.kpis(ctx),
            "value_log": lambda: sections.values(ctx),
            "raci": lambda: sections.raci(ctx),
            "org_chart": lambda: org_chart(ctx, self.choice, selected, self.tick),
            "people_list": lambda: people_list(ctx, selected[0]),
        }
        for key in SECTIONS[1:]:
            # the chart starts a page, so that its first block sits under its heading
            story.append(PageBreak() if key == "org_chart" else CondPageBreak(90))
            story.append(self.doc.heading(t(key), b.H1, key))
            story += parts[key]() or [b.para(t("no_entries"), b.MUTED_TEXT)]
            story.append(self.tick())
        for n, tick in enumerate(self.ticks, start=1):
            tick.done, tick.total = n, len(self.ticks)
        self.doc.write(story, target)

    def tick(self) -> Tick:
        tick = Tick(0, 0, self.progress)
        self.ticks.append(tick)
        return tick


class Contents(Flowable):
    """The list of sections, each a link; page numbers drawn once every section has landed."""

    LINE = 16

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.width = ctx.width
        self.height = self.LINE * len(SECTIONS)

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv, t, doc = self.canv, self.ctx.t, self.ctx.doc
        origin = canv.absolutePosition(0, 0)
        for i, key in enumerate(SECTIONS):
            y = self.height - (i + 1) * self.LINE + 4
            label = f"{i + 1}. {t(key)}"
            canv.setFont(fonts.REGULAR, 10)
            canv.setFillColor(b.INK)
            canv.drawString(0, y, label)
            canv.setStrokeColor(b.RULE)
            canv.setDash(1, 2)
            canv.line(fonts.width(label, 10) + 6, y + 1, self.width - 24, y + 1)
            canv.setDash()

            def number(c: Canvas, anchors: dict[str, int], y: float = y, key: str = key) -> None:
                c.setFont(fonts.REGULAR, 10)
                c.setFillColor(b.INK)
                c.drawRightString(origin[0] + self.width, origin[1] + y, str(anchors.get(key, "?")))
                doc.link(c, key, (origin[0], origin[1] + y - 3, origin[0] + self.width,
                                  origin[1] + y + 10))

            doc.defer(canv, number)


def write_plan(graph: AccountGraph, target: Path, *, lang: str = "en", paper: str = "A4",
               today: date | None = None, progress: Progress | None = None,
               choice: Choice | None = None, landscape: bool = False,
               changes: ChangeReport | None = None) -> None:
    """Write the account plan of ``graph`` to ``target`` (whole, or not at all).

    ``changes``: what changed since the last meeting, from the workspace's history
    (``workflows.changes_since_last_meeting``); None prints "Nothing recorded." there.
    People who left are left out of every other part (``leaving.present``)."""
    PlanWriter(graph, lang, paper, today or date.today(), progress=progress,
               choice=choice or Choice(), landscape=landscape,
               changes=changes).write(Path(target))

