"""The plan's sections after the first page: tables and texts, laid out, not computed."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from kamdesk.graph.entities import ActionItem, Kpi, Meeting, RaciActivity, Risk, ValueEntry
from kamdesk.graph.types import RiskStatus, Side
from kamdesk.report import blocks as b
from kamdesk.report import fonts
from kamdesk.report.context import Context
from kamdesk.report.signal_text import signal_text
from kamdesk.report.summary import key_people

SEVERITY_ORDER = ["critical", "high", "medium", "low"]


def business(ctx: Context) -> list[Flowable]:
    a, t = ctx.graph.account, ctx.t
    out: list[Flowable] = []
    for key, text in (("business_model", a.business_model), ("goals", a.goals)):
        if text.strip():
            out += [b.para(t(key), b.H3), b.para(text)]
    return out


def kpis(ctx: Context) -> list[Flowable]:
    t = ctx.t
    rows, marks = [], []
    for i, k in enumerate(sorted(ctx.graph.records(Kpi).values(), key=lambda k: k.name)):
        gap = k.gap
        rows.append([k.name, k.unit, ctx.number(k.target), ctx.number(k.actual),
                     ctx.number(gap), k.period])
        if gap is not None and gap < 0:
            marks.append((i, 4))
    return b.table([t("name"), t("unit"), t("target"), t("actual"), t("gap"), t("period")],
                   rows, b.scaled([3, 1, 1.2, 1.2, 1.2, 1], ctx.width), marks, right={2, 3, 4})


def values(ctx: Context) -> list[Flowable]:
    t = ctx.t
    entries = sorted(ctx.graph.records(ValueEntry).values(), key=lambda v: v.day)
    rows = [[ctx.day(v.day), t.enum(v.direction), v.description,
             f"{ctx.number(v.amount)} {v.currency}".strip()] for v in entries]
    totals: dict[tuple[str, str], float] = {}
    for v in entries:
        key = (t.enum(v.direction), v.currency)
        totals[key] = totals.get(key, 0.0) + v.amount
    rows += [[t("total"), d, "", f"{ctx.number(x)} {c}".strip()]
             for (d, c), x in sorted(totals.items())]
    return b.table([t("date"), t("direction"), t("description"), t("amount")], rows,
                   b.scaled([1, 1.3, 4, 1.4], ctx.width), right={3})


def key_people_notes(ctx: Context) -> list[Flowable]:
    """Each key person with what to know before meeting them: contacts, priorities, notes."""
    t, g = ctx.t, ctx.graph
    out: list[Flowable] = []
    for pid in key_people(ctx):
        p = g.people[pid]
        head = f"{p.name} — {p.title}" if p.title else p.name
        facts = (f"{t.enum(p.decision_role)} · {t.enum(p.stance)} · "
                 f"{t('influence_of', n=p.influence)} · {t.level(p.level)} · "
                 f"{t('counterpart')}: {ctx.their_ours(pid)} · "
                 + (f"{t('last_contact')}: {ctx.day(p.last_contact)}" if p.last_contact
                    else t("no_contact_yet")))
        block: list[Flowable] = [b.para(head, b.H3), b.para(facts, b.MUTED_TEXT)]
        contacts = " · ".join(x for x in (p.email, p.phone) if x)
        if contacts:
            block.append(b.para(contacts, b.BODY, f"{t('email')} / {t('phone')}:"))
        if p.priorities.strip():
            block.append(b.para(p.priorities, b.BODY, f"{t('priorities')}:"))
        if p.notes.strip():
            block.append(b.para(p.notes, b.BODY, f"{t('notes')}:"))
        out += [KeepTogether(block[:3]), *block[3:], b.gap(3)]
    return out


def signal_list(ctx: Context) -> list[Flowable]:
    t = ctx.t
    rows = [[str(n), t.enum(s.kind), signal_text(s, ctx)]
            for n, s in enumerate(ctx.signals, start=1)]
    return b.table(["#", t("category"), t("description")], rows,
                   b.scaled([0.3, 1.4, 5], ctx.width), right={0})


def raci(ctx: Context) -> list[Flowable]:
    t = ctx.t
    acts = sorted(ctx.graph.records(RaciActivity).values(), key=lambda a: (a.position, a.name))
    parties = list(dict.fromkeys(p for a in acts for p, _ in a.assignments))
    shown = [ctx.who(p) if p in ctx.graph.people else p for p in parties]
    rows, marks = [], []
    for i, act in enumerate(acts):
        cells = dict(act.assignments)
        note = "" if act.is_valid else f" — {t('invalid_raci')}"
        rows.append([act.name + note] + [cells[p].value if p in cells else "" for p in parties])
        if not act.is_valid:
            marks.append((i, 0))
    if not rows:
        return []
    # the party columns get room for their header's longest word (headers never cut words)
    need = [max(fonts.width(word, b.CELL_SIZE, bold=True) for word in name.split() or [""])
            + 2 * b.CELL_PAD + 2 for name in shown]
    first = max(ctx.width * 0.28, ctx.width - sum(need))
    scale = min(1.0, (ctx.width - first) / max(1.0, sum(need)))
    widths = [first] + [n * scale for n in need]
    widths[0] = ctx.width - sum(widths[1:])
    return b.table([t("activity"), *shown], rows, widths, marks)


def risks(ctx: Context) -> list[Flowable]:
    t = ctx.t
    open_risks = [r for r in ctx.graph.records(Risk).values()
                  if r.status is not RiskStatus.RESOLVED]
    open_risks.sort(key=lambda r: (SEVERITY_ORDER.index(r.severity.value),
                                   r.raised_on or date.min))
    rows = [[t.enum(r.category), r.description, t.enum(r.severity), ctx.who(r.owner_id),
             t.enum(r.status), r.escalated_to or "—", ctx.day(r.due)] for r in open_risks]
    marks = [(i, 3) for i, r in enumerate(open_risks) if r.owner_id is None]
    return b.table([t("category"), t("description"), t("severity"), t("owner"), t("status"),
                    t("escalated_to"), t("due")], rows,
                   b.scaled([1.3, 3, 1, 1.5, 1, 1.3, 1], ctx.width), marks)


def _action_rows(ctx: Context, items: list[ActionItem]) -> list[Flowable]:
    t = ctx.t
    rows, marks = [], []
    for i, a in enumerate(items):
        late = not a.is_closed and a.due is not None and a.due < ctx.today
        when = ctx.day(a.due) + (f" ({t('overdue')})" if late else "")
        rows.append([ctx.who(a.owner_id), a.what, when, t.enum(a.status)])
        if late:
            marks.append((i, 2))
    return b.table([t("who"), t("what"), t("when"), t("status")], rows,
                   b.scaled([1.7, 3.8, 1.65, 0.9], ctx.width), marks)


def actions(ctx: Context) -> list[Flowable]:
    items = sorted((a for a in ctx.graph.records(ActionItem).values() if not a.is_closed),
                   key=lambda a: (a.due or date.max, a.what))
    return _action_rows(ctx, items)


def meetings(ctx: Context, upcoming: bool, limit: int = 5) -> list[Flowable]:
    """Upcoming meetings soonest first, or past ones latest first, each with its actions."""
    t = ctx.t
    chosen = [m for m in ctx.graph.records(Meeting).values()
              if (m.day >= ctx.today) == upcoming]
    chosen.sort(key=lambda m: m.day, reverse=not upcoming)
    items = list(ctx.graph.records(ActionItem).values())
    out: list[Flowable] = []
    for m in chosen[:limit]:
        people = sorted(m.attendees, key=lambda a: ctx.graph.people[a].side is Side.INTERNAL
                        if a in ctx.graph.people else True)
        who = ", ".join(ctx.who(a) for a in people) or "—"
        place = f" · {m.location}" if m.location else ""
        block: list[Flowable] = [b.para(f"{ctx.day(m.day)} · {m.title}{place}", b.H3),
                                 b.para(who, b.MUTED_TEXT, f"{t('attendees')}:")]
        for key in ("review", "client_goals", "growth", "plan"):
            text = getattr(m, key)
            if text.strip():
                block.append(b.para(text, b.BODY, f"{t(key)}:"))
        own = sorted((a for a in items if a.meeting_id == m.id),
                     key=lambda a: (a.due or date.max, a.what))
        if own:
            block += [b.para(t("meeting_actions"), b.H3), *_action_rows(ctx, own)]
        out += [KeepTogether(block[:3]), *block[3:], b.gap(8)]
    return out
