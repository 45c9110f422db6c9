"""The first page: everything a director needs the day before the negotiation, on one sheet.

Quadrant with both scores, stage, the worst signals, the decision makers and blockers with
stance, influence and our counterpart, coverage per level, the next meeting and the overdue
actions. Each list is capped so that the page stays one page; what did not fit is counted
and linked to its section.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Table

from kamdesk.graph import comb
from kamdesk.graph.analysis import plan_summary
from kamdesk.graph.entities import ActionItem, Meeting
from kamdesk.graph.signals import SignalKind
from kamdesk.graph.types import Stance
from kamdesk.graph.vocabulary import Vocabulary
from kamdesk.report import blocks as b
from kamdesk.report import fonts
from kamdesk.report.context import Context, is_key
from kamdesk.report.signal_text import signal_text

TOP_SIGNALS = 5
TOP_PEOPLE = 8
TOP_OVERDUE = 4
TOP_MEET = 3


def key_people(ctx: Context) -> list[str]:
    """Key client people, weightiest first (blockers before others of the same weight)."""
    people = [p for p in ctx.graph.people.values() if is_key(p)]
    people.sort(key=lambda p: (-p.influence, p.stance.value != "blocker", p.level, p.name))
    return [p.id for p in people]


def next_meeting(ctx: Context) -> Meeting | None:
    upcoming = [m for m in ctx.graph.records(Meeting).values() if m.day >= ctx.today]
    return min(upcoming, key=lambda m: (m.day, m.title), default=None)


def overdue(ctx: Context) -> list[ActionItem]:
    items = [a for a in ctx.graph.records(ActionItem).values()
             if not a.is_closed and a.due is not None and a.due < ctx.today]
    return sorted(items, key=lambda a: (a.due or date.min, a.what))


def summary(ctx: Context) -> list[Flowable]:
    g, t, w = ctx.graph, ctx.t, ctx.width
    a = g.account
    sponsor = ctx.who(a.sponsor_id)
    if a.sponsor_id and any(s.kind is SignalKind.NO_EXECUTIVE_SPONSOR for s in ctx.signals):
        sponsor = t("sponsor_unlinked", name=sponsor)  # agree with the signal, not contradict
    quadrant = (f"{t.enum(a.quadrant)} — "
                + t("scores", a=ctx.score(a.attractiveness),
                    r=ctx.score(a.relationship_strength)))
    facts = [(t("quadrant"), quadrant, t("stage"), t.enum(a.stage)),
             (t("kam"), ctx.who(a.kam_id), t("sponsor"), sponsor),
             (t("industry"), a.industry or "—", t("date"), ctx.day(ctx.today))]
    widths = b.scaled([1, 2.6, 1, 2.2], w)
    rows = [[b.cell(x, cw, bold=i % 2 == 0) for i, (x, cw) in enumerate(zip(row, widths,
                                                                         strict=True))]
            for row in facts]
    table = Table(rows, colWidths=widths, hAlign="LEFT", style=[
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("FONTNAME", (0, 0), (0, -1), fonts.BOLD),
        ("FONTNAME", (2, 0), (2, -1), fonts.BOLD), ("FONTSIZE", (0, 0), (-1, -1), b.CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), b.CELL_LEADING), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, b.RULE), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    out: list[Flowable] = [
        ctx.doc.heading(t("summary"), b.H2, "summary", bookmark=t("summary")),
        b.para(a.name, b.COVER_TITLE), table]
    out += _signals(ctx) + _people(ctx) + _coverage(ctx) + _meeting(ctx) + _overdue(ctx)
    out += analysis(ctx)
    return out


def analysis(ctx: Context, count: int = TOP_MEET) -> list[Flowable]:
    """Where the buying centre stands and whom to meet next (kamdesk.graph.analysis).

    One line of support and a short table: the page stays one page; the whole analysis is
    ``kamdesk analyze``.
    """
    t, w = ctx.t, ctx.width
    facts = plan_summary(ctx.graph, count)
    out: list[Flowable] = [b.para(t("whom_to_meet"), b.H2), b.para(
        t("support_line", now=_signed(t, facts.support),
          alone=_signed(t, facts.support_before_influence)), b.MUTED_TEXT)]
    rows = [[name, t.enum(Stance(now)), t.enum(Stance(then)), _signed(t, gain)]
            for name, now, then, gain in facts.whom_to_meet]
    out += b.table([t("name"), t("stance"), t("stance_next"), t("support_gain")], rows,
                   b.scaled([2.6, 1.2, 1.2, 1], w)) or [b.para(t("no_entries"), b.MUTED_TEXT)]
    return out


def _signed(t: Vocabulary, value: float) -> str:
    return ("+" if round(value, 2) > 0 else "") + t.number(round(value, 2))


def _signals(ctx: Context) -> list[Flowable]:
    t, w = ctx.t, ctx.width
    top = ctx.signals[:TOP_SIGNALS]
    out: list[Flowable] = [b.para(t("top_signals"), b.H2)]
    rows = [[t.enum(s.kind), signal_text(s, ctx)] for s in top]
    out += b.table([t("category"), t("description")], rows, b.scaled([1.3, 5], w)) or [
        b.para(t("no_entries"), b.MUTED_TEXT)]
    rest = len(ctx.signals) - len(top)
    if rest > 0:
        out += [b.gap(2), ctx.ref("signals", w, "more_in", count=rest, section=t("signals"))]
    return out


def _people(ctx: Context) -> list[Flowable]:
    t, g = ctx.t, ctx.graph
    ids = key_people(ctx)
    rows, marks = [], []
    for i, pid in enumerate(ids[:TOP_PEOPLE]):
        p = g.people[pid]
        rows.append([p.name, p.title, t.enum(p.decision_role), t.enum(p.stance),
                     str(p.influence), ctx.their_ours(pid), ctx.day(p.last_contact,
                                                                    t("never"))])
        if pid not in ctx.ours:
            marks.append((i, 5))
    out: list[Flowable] = [b.para(t("key_people"), b.H2)]
    out += b.table([t("name"), t("title"), t("role"), t("stance"), t("influence"),
                    t("counterpart"), t("last_contact")], rows,
                   b.scaled([2.1, 2.2, 1.4, 1.1, 0.5, 1.8, 1.2], ctx.width), marks,
                   right={4}) or [b.para(t("no_entries"), b.MUTED_TEXT)]
    if len(ids) > TOP_PEOPLE:
        out.append(b.gap(2))
        out.append(ctx.ref("key_people_section", ctx.width, "more_in",
                           count=len(ids) - TOP_PEOPLE, section=t("key_people_section")))
    return out


def _coverage(ctx: Context) -> list[Flowable]:
    t, g = ctx.t, ctx.graph
    rows, marks = [], []
    for i, level in enumerate(comb.coverage(g)):
        missing = [g.people[p].name for p in level.gaps]
        shown = ", ".join(missing[:3]) + (f" {t('and_more', count=len(missing) - 3)}"
                                          if len(missing) > 3 else "")
        rows.append([t.level(level.level), str(level.client), str(level.covered),
                     shown or "—"])
        if missing:
            marks.append((i, 3))
    return [b.para(t("coverage"), b.H2),
            *b.table([t("level"), t("client_people"), t("covered"), t("comb_gaps")], rows,
                     b.scaled([1.2, 0.9, 0.9, 5], ctx.width), marks, right={1, 2})]


def _meeting(ctx: Context) -> list[Flowable]:
    t = ctx.t
    m = next_meeting(ctx)
    if m is None:
        return [b.gap(6), b.para(t("no_meeting"), b.BODY, f"{t('next_meeting')}:")]
    who = ", ".join(ctx.who(a) for a in m.attendees) or "—"
    place = f" · {m.location}" if m.location else ""
    text = f"{ctx.day(m.day)} · {m.title}{place}. {t('attendees')}: {who}"
    return [b.gap(6), b.para(text, b.BODY, f"{t('next_meeting')}:")]


def _overdue(ctx: Context) -> list[Flowable]:
    t = ctx.t
    items = overdue(ctx)
    if not items:
        return [b.para(t("none_overdue"), b.BODY, f"{t('overdue_actions')}:")]
    rows = [[ctx.who(a.owner_id), a.what, ctx.day(a.due)] for a in items[:TOP_OVERDUE]]
    out: list[Flowable] = [b.para(t("overdue_actions"), b.H2)]
    out += b.table([t("who"), t("what"), t("due")], rows, b.scaled([1.6, 4.5, 1], ctx.width),
                   [(i, 2) for i in range(len(rows))])
    if len(items) > TOP_OVERDUE:
        out.append(ctx.ref("actions", ctx.width, "more_in", count=len(items) - TOP_OVERDUE,
                           section=t("actions")))
    return out
