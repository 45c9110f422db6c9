"""A signal as a sentence in the document's language (the graph's own detail is English)."""

from __future__ import annotations

from kamdesk.graph import signals
from kamdesk.graph.entities import ActionItem, RaciActivity, Risk
from kamdesk.graph.types import Side
from kamdesk.report.context import Context


def signal_text(s: signals.Signal, ctx: Context) -> str:
    t, g = ctx.t, ctx.graph
    kind, ids = signals.SignalKind, s.subjects
    people = g.people

    def name(i: int = 0) -> str:
        return ctx.who(ids[i]) if len(ids) > i and ids[i] in people else "?"

    p = people.get(ids[0]) if ids else None
    if s.kind is kind.SILENT_CLIENT and p is not None:
        if p.last_contact is None:  # "last contact: never" reads wrong in Russian
            return t("sig_silent_never", name=p.name, days=p.cadence)
        return t("sig_silent", name=p.name, day=ctx.day(p.last_contact), days=p.cadence)
    if s.kind is kind.COMB_GAP and p is not None:
        return t("sig_gap", name=p.name, role=t.enum(p.decision_role))
    if s.kind is kind.LEVEL_MISMATCH and len(ids) > 2:
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
        return t("sig_overdue", day=ctx.day(a.due), what=a.what)
    if s.kind is kind.RISK_WITHOUT_OWNER:
        return t("sig_owner", what=g.record(Risk, ids[0]).description)
    if s.kind is kind.INVALID_RACI:
        return t("sig_raci", what=g.record(RaciActivity, ids[0]).name)
    return s.detail
