"""The account plan: what a KAM takes into a negotiation and hands to colleagues."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Table

from kamdesk.graph import queries, signals
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Kpi, Meeting, RaciActivity, Risk, ValueEntry
from kamdesk.graph.types import Level, LinkKind, RiskStatus, Side
from kamdesk.report import blocks as b
from kamdesk.report import fonts
from kamdesk.report.chart import CardFacts, ChartPage, paginate
from kamdesk.report.labels import Labels
from kamdesk.report.pages import Document, Progress, Tick

SECTIONS = ["business", "kpis", "value_log", "org_chart", "stakeholders", "comb", "signals",
            "raci", "risks", "actions", "meetings"]
RECENT_MEETINGS = 5


def names_of(graph: AccountGraph) -> dict[str, str]:
    return {pid: p.name for pid, p in graph.people.items()}


def counterparts(graph: AccountGraph) -> dict[str, list[str]]:
    """Client person id → names of our people who own the relationship."""
    found: dict[str, list[str]] = {}
    for x in graph.links.values():
        if x.kind is LinkKind.COUNTERPART:
            found.setdefault(x.target, []).append(graph.person(x.source).name)
    return found


def fmt_day(day: date | None, t: Labels) -> str:
    return day.isoformat() if day else t("never")


def fmt_number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ")


class PlanWriter:
    def __init__(self, graph: AccountGraph, lang: str, paper: str, today: date,
                 progress: Progress | None) -> None:
        self.g, self.t, self.today, self.progress = graph, Labels(lang), today, progress
        self.doc = Document(self.t, paper, self.t("account_plan"), graph.account.name)
        self.w = self.doc.frame_width
        self.names = names_of(graph)
        self.ours = counterparts(graph)
        self.signals = signals.detect(graph, today)  # two sections show them
        self.ticks: list[Tick] = []

    # ------------------------------------------------------------------ frame
    def write(self, target: Path) -> None:
        story: list[Flowable] = [*self.cover(), *self.contents()]
        parts: list[Callable[[], list[Flowable]]] = [
            self.business, self.kpis, self.values, self.org_chart, self.stakeholders,
            self.comb, self.signal_list, self.raci, self.risks, self.actions, self.meetings]
        for key, part in zip(SECTIONS, parts, strict=True):
            # the chart starts a page, so that its first block sits under its heading
            story.append(PageBreak() if key == "org_chart" else CondPageBreak(90))
            story += [self.doc.anchor(key), b.para(self.t(key), b.H1)]
            story += part() or [b.para(self.t("no_entries"), b.MUTED_TEXT)]
            story.append(self.tick())
        for n, tick in enumerate(self.ticks, start=1):
            tick.done, tick.total = n, len(self.ticks)
        self.doc.write(story, target)

    def tick(self) -> Tick:
        tick = Tick(0, 0, self.progress)
        self.ticks.append(tick)
        return tick

    def cover(self) -> list[Flowable]:
        a, t = self.g.account, self.t
        kam = self.names.get(a.kam_id or "", "—")
        sponsor = self.names.get(a.sponsor_id or "", "—")
        facts = [(t("kam"), kam), (t("sponsor"), sponsor), (t("date"), self.today.isoformat()),
                 (t("quadrant"), t.enum(a.quadrant)), (t("stage"), t.enum(a.stage)),
                 (t("industry"), a.industry or "—")]
        rows = [[k, b.cell(v, self.w * 0.7)] for k, v in facts]
        table = Table(rows, colWidths=[self.w * 0.3, self.w * 0.7], hAlign="LEFT", style=[
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("FONTNAME", (0, 0), (0, -1), fonts.BOLD), ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("LEADING", (0, 0), (-1, -1), 12),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, b.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
        return [b.gap(120), b.para(t("account_plan"), b.H2), b.para(a.name, b.COVER_TITLE),
                b.gap(20), table, PageBreak()]

    def contents(self) -> list[Flowable]:
        return [b.para(self.t("contents"), b.H1), Contents(self.doc, self.t, self.w), PageBreak()]

    # ------------------------------------------------------------------ sections
    def business(self) -> list[Flowable]:
        a, t = self.g.account, self.t
        out: list[Flowable] = []
        for key, text in (("business_model", a.business_model), ("goals", a.goals)):
            if text.strip():
                out += [b.para(t(key), b.H3), b.para(text)]
        return out

    def kpis(self) -> list[Flowable]:
        t = self.t
        rows, marks = [], []
        for i, k in enumerate(sorted(self.g.records(Kpi).values(), key=lambda k: k.name)):
            gap = k.gap
            rows.append([k.name, k.unit, fmt_number(k.target), fmt_number(k.actual),
                         fmt_number(gap), k.period])
            if gap is not None and gap < 0:
                marks.append((i, 4))
        return b.table([t("name"), t("unit"), t("target"), t("actual"), t("gap"), t("period")],
                       rows, b.scaled([3, 1, 1.2, 1.2, 1.2, 1], self.w), marks)

    def values(self) -> list[Flowable]:
        t = self.t
        entries = sorted(self.g.records(ValueEntry).values(), key=lambda v: v.day)
        rows = [[v.day.isoformat(), t.enum(v.direction), v.description,
                 f"{fmt_number(v.amount)} {v.currency}".strip()] for v in entries]
        totals: dict[tuple[str, str], float] = {}
        for v in entries:
            key = (t.enum(v.direction), v.currency)
            totals[key] = totals.get(key, 0.0) + v.amount
        rows += [[t("total"), d, "", f"{fmt_number(x)} {c}".strip()]
                 for (d, c), x in sorted(totals.items())]
        return b.table([t("date"), t("direction"), t("description"), t("amount")], rows,
                       b.scaled([1, 1.3, 4, 1.4], self.w))

    def org_chart(self) -> list[Flowable]:
        g = self.g
        roots = queries.roots(g, Side.CLIENT)
        # a block never needs more than a page below the section's heading
        pages = paginate(g.solid_reports, roots, self.w, self.doc.frame_height - 60)
        facts = CardFacts(self.ours, self.today)
        people = dict(g.people)
        out: list[Flowable] = []
        for n, page in enumerate(pages):
            out += [b.gap(18), ChartPage(page, people, facts, self.doc, self.t)]
            if n % 10 == 9:
                out.append(self.tick())
        return out

    def stakeholders(self) -> list[Flowable]:
        t = self.t
        clients = sorted((p for p in self.g.people.values() if p.side is Side.CLIENT),
                         key=lambda p: (p.level, -p.influence, p.name))
        rows = [[p.name, p.title, t.level(p.level), t.enum(p.decision_role), t.enum(p.stance),
                 str(p.influence), ", ".join(self.ours.get(p.id, [])) or "—",
                 fmt_day(p.last_contact, t)] for p in clients]
        out = b.table([t("name"), t("title"), t("level"), t("role"), t("stance"),
                       t("influence"), t("counterpart"), t("last_contact")], rows,
                      b.scaled([2.3, 2.0, 1.3, 1.45, 1.35, 0.45, 1.55, 1.25], self.w))
        return [x for chunk in zip(out, [self.tick() for _ in out], strict=True) for x in chunk]

    def comb(self) -> list[Flowable]:
        t, g = self.t, self.g
        gaps = {s.subjects[0] for s in self.signals if s.kind is signals.SignalKind.COMB_GAP}
        mismatches = [s for s in self.signals if s.kind is signals.SignalKind.LEVEL_MISMATCH]
        by_level = queries.people_by_level(g, Side.CLIENT)
        rows, marks = [], []
        for i, level in enumerate(Level):
            ids = by_level[level]
            covered = sum(1 for pid in ids if pid in self.ours)
            gap_names = ", ".join(self.names[p] for p in ids if p in gaps) or "—"
            mism = ", ".join(f"{self.names[s.subjects[1]]} ({g.person(s.subjects[1]).level}) ↔ "
                             f"{self.names[s.subjects[2]]} ({level.value})"
                             for s in mismatches if g.person(s.subjects[2]).level is level)
            rows.append([t.level(level), str(len(ids)), str(covered), gap_names, mism or "—"])
            if gap_names != "—":
                marks.append((i, 3))
            if mism:
                marks.append((i, 4))
        return b.table([t("level"), t("client_people"), t("covered"), t("comb_gaps"),
                        t("mismatches")], rows, b.scaled([1.2, 0.9, 0.9, 3, 3], self.w), marks)

    def signal_list(self) -> list[Flowable]:
        t = self.t
        rows = [[t.enum(s.kind), signal_text(s, self.g, t)] for s in self.signals]
        return b.table([t("category"), t("description")], rows, b.scaled([1.3, 5], self.w))

    def raci(self) -> list[Flowable]:
        t = self.t
        acts = sorted(self.g.records(RaciActivity).values(), key=lambda a: (a.position, a.name))
        parties = list(dict.fromkeys(p for a in acts for p, _ in a.assignments))
        shown = [self.names.get(p, p) for p in parties]  # a party may be one of our people
        rows, marks = [], []
        for i, act in enumerate(acts):
            cells = dict(act.assignments)
            note = "" if act.is_valid else f" — {t('invalid_raci')}"
            rows.append([act.name + note] + [cells[p].value if p in cells else "" for p in parties])
            if not act.is_valid:
                marks.append((i, 0))
        if not rows:
            return []
        first = max(self.w * 0.3, self.w - 60 * len(parties))
        other = (self.w - first) / max(1, len(parties))
        return b.table([t("activity"), *shown], rows, [first] + [other] * len(parties), marks)

    def risks(self) -> list[Flowable]:
        t = self.t
        open_risks = [r for r in self.g.records(Risk).values()
                      if r.status is not RiskStatus.RESOLVED]
        order = ["critical", "high", "medium", "low"]
        open_risks.sort(key=lambda r: (order.index(r.severity.value), r.raised_on or date.min))
        rows = [[t.enum(r.category), r.description, t.enum(r.severity),
                 self.names.get(r.owner_id or "", "—"), t.enum(r.status), r.escalated_to or "—",
                 fmt_day(r.due, t) if r.due else "—"] for r in open_risks]
        marks = [(i, 3) for i, r in enumerate(open_risks) if r.owner_id is None]
        return b.table([t("category"), t("description"), t("severity"), t("owner"), t("status"),
                        t("escalated_to"), t("due")], rows,
                       b.scaled([1.3, 3, 1, 1.5, 1, 1.3, 1], self.w), marks)

    def actions(self) -> list[Flowable]:
        t = self.t
        items = sorted((a for a in self.g.records(ActionItem).values() if not a.is_closed),
                       key=lambda a: (a.due or date.max, a.what))
        rows, marks = [], []
        for i, a in enumerate(items):
            late = a.due is not None and a.due < self.today
            when = (a.due.isoformat() + (f" ({t('overdue')})" if late else "")) if a.due else "—"
            rows.append([self.names.get(a.owner_id or "", "—"), a.what, when, t.enum(a.status)])
            if late:
                marks.append((i, 2))
        return b.table([t("who"), t("what"), t("when"), t("status")], rows,
                       b.scaled([1.6, 4, 1.4, 1], self.w), marks)

    def meetings(self) -> list[Flowable]:
        t = self.t
        recent = sorted(self.g.records(Meeting).values(), key=lambda m: m.day,
                        reverse=True)[:RECENT_MEETINGS]
        out: list[Flowable] = []
        for m in recent:
            who = ", ".join(self.names.get(a, "?") for a in m.attendees) or "—"
            block: list[Flowable] = [b.para(f"{m.day.isoformat()} · {m.title}", b.H2),
                                     b.para(who, b.MUTED_TEXT, f"{t('attendees')}:")]
            for key in ("review", "client_goals", "growth", "plan"):
                text = getattr(m, key)
                if text.strip():
                    block += [b.para(t(key), b.H3), b.para(text)]
            out += [KeepTogether(block[:4]), *block[4:], b.gap(8)]
        return out


def signal_text(s: signals.Signal, g: AccountGraph, t: Labels) -> str:
    """A signal in the document's language (the graph's own detail is English)."""
    kind, ids = signals.SignalKind, s.subjects
    people = g.people

    def name(i: int = 0) -> str:
        return people[ids[i]].name if ids and ids[i] in people else "?"

    p = people.get(ids[0]) if ids else None
    if s.kind is kind.SILENT_CLIENT and p is not None:
        return t("sig_silent", name=p.name, day=fmt_day(p.last_contact, t), days=p.cadence)
    if s.kind is kind.COMB_GAP and p is not None:
        return t("sig_gap", name=p.name, role=t.enum(p.decision_role))
    if s.kind is kind.LEVEL_MISMATCH:
        return t("sig_mismatch", ours=name(1), theirs=name(2), a=int(people[ids[1]].level),
                 b=int(people[ids[2]].level))
    if s.kind is kind.UNMANAGED_BLOCKER and p is not None:
        return t("sig_blocker", name=p.name, stance=t.enum(p.stance), influence=p.influence)
    if s.kind is kind.SINGLE_THREADED:
        ours = sum(1 for i in ids if i in people and people[i].side is Side.INTERNAL)
        return t("sig_thread", ours=ours, theirs=len(ids) - ours)
    if s.kind is kind.NO_EXECUTIVE_SPONSOR:
        return t("sig_sponsor")
    if s.kind is kind.SINGLE_CHAMPION:
        return t("sig_champion", name=name())
    if s.kind is kind.OVERDUE_ACTION:
        a = g.record(ActionItem, ids[0])
        return t("sig_overdue", day=fmt_day(a.due, t), what=a.what)
    if s.kind is kind.RISK_WITHOUT_OWNER:
        return t("sig_owner", what=g.record(Risk, ids[0]).description)
    if s.kind is kind.INVALID_RACI:
        return t("sig_raci", what=g.record(RaciActivity, ids[0]).name)
    return s.detail


class Contents(Flowable):
    """The list of sections; their page numbers are drawn once every section has landed."""

    LINE = 16

    def __init__(self, doc: Document, t: Labels, width: float) -> None:
        super().__init__()
        self.doc, self.t, self.width = doc, t, width
        self.height = self.LINE * len(SECTIONS)

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        origin = canv.absolutePosition(0, 0)
        for i, key in enumerate(SECTIONS):
            y = self.height - (i + 1) * self.LINE + 4
            canv.setFont(fonts.REGULAR, 10)
            canv.setFillColor(b.INK)
            canv.drawString(0, y, f"{i + 1}. {self.t(key)}")

            def number(c: Canvas, anchors: dict[str, int], y: float = y, key: str = key) -> None:
                c.setFont(fonts.REGULAR, 10)
                c.setFillColor(b.INK)
                c.drawRightString(origin[0] + self.width, origin[1] + y, str(anchors.get(key, "?")))

            self.doc.defer(canv, number)
        canv.setStrokeColor(b.RULE)
        canv.setDash(1, 2)
        for i in range(len(SECTIONS)):
            y = self.height - (i + 1) * self.LINE + 4
            label = f"{i + 1}. {self.t(SECTIONS[i])}"
            canv.line(fonts.width(label, 10) + 6, y + 1, self.width - 24, y + 1)
        canv.setDash()


def write_plan(graph: AccountGraph, target: Path, *, lang: str = "en", paper: str = "A4",
               today: date | None = None, progress: Progress | None = None) -> None:
    """Write the account plan of ``graph`` to ``target`` (whole, or not at all)."""
    PlanWriter(graph, lang, paper, today or date.today(), progress).write(Path(target))



