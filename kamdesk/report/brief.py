"""The meeting brief: one to three pages to read in the taxi on the way to the client."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from kamdesk.graph import queries
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Meeting, Risk
from kamdesk.graph.errors import UnknownEntityError
from kamdesk.graph.meetings import hours_text
from kamdesk.graph.types import RiskStatus, Side
from kamdesk.graph.vocabulary import Vocabulary
from kamdesk.report import blocks as b
from kamdesk.report.context import Context
from kamdesk.report.pages import Document

AGENDA = ("review", "client_goals", "growth", "plan")


class BriefWriter:
    def __init__(self, graph: AccountGraph, meeting: Meeting, lang: str, paper: str,
                 today: date) -> None:
        self.g, self.m, self.t, self.today = graph, meeting, Vocabulary(lang), today
        b.set_language(lang)
        self.doc = Document(self.t, paper, self.t("meeting_brief"), graph.account.name)
        self.doc.confidential = self.t("confidential")
        self.ctx = Context(graph, self.t, today, self.doc)
        self.w = self.doc.frame_width
        self.ours = self.ctx.ours
        self.attendees = [graph.people[a] for a in meeting.attendees if a in graph.people]

    def write(self, target: Path) -> None:
        t, m = self.t, self.m
        story: list[Flowable] = [
            b.para(f"{t('meeting_brief')} · {self.g.account.name}", b.H2),
            b.para(m.title, b.H1),
            b.para(self.ctx.day(m.day) + (f" · {hours_text(m)}" if hours_text(m) else "")
                   + (f" · {m.location}" if m.location else ""),
                   b.MUTED_TEXT),
            b.para(t("agenda"), b.H2)]
        for n, key in enumerate(AGENDA, start=1):
            text = getattr(m, key).strip() or "—"
            story.append(KeepTogether([b.para(f"{n}. {t(key)}", b.H3), b.para(text)]))
        story += self.people_section()
        story += self.influence_section()
        story += self.risks_and_actions()
        self.doc.write(story, target)

    def people_section(self) -> list[Flowable]:
        t = self.t
        clients = [p for p in self.attendees if p.side is Side.CLIENT]
        ours = [p for p in self.attendees if p.side is Side.INTERNAL]
        out: list[Flowable] = [b.para(t("attendees"), b.H2), b.para(t("their_side"), b.H3)]
        rows = [[p.name, p.title, t.enum(p.decision_role), t.enum(p.stance), str(p.influence),
                 p.priorities or "—", self.ctx.their_ours(p.id),
                 self.ctx.day(p.last_contact, t("never"))] for p in clients]
        marks = [(i, 6) for i, p in enumerate(clients) if p.id not in self.ours]
        out += b.table([t("name"), t("title"), t("role"), t("stance"), t("influence"),
                        t("priorities"), t("counterpart"), t("last_contact")], rows,
                       b.scaled([1.7, 1.7, 1.3, 1.3, 0.65, 1.8, 1.5, 1.3], self.w), marks) \
            or [b.para(t("no_entries"), b.MUTED_TEXT)]
        out.append(b.para(t("our_team"), b.H3))
        out += b.table([t("name"), t("title"), t("level")],
                       [[self.ctx.who(p.id), p.title, t.level(p.level)] for p in ours],
                       b.scaled([2, 3, 1.2], self.w)) or [b.para(t("no_entries"), b.MUTED_TEXT)]
        return out

    def influence_section(self) -> list[Flowable]:
        t = self.t
        rows = []
        for p in self.attendees:
            if p.side is not Side.CLIENT:
                continue
            paths = queries.influence_paths(self.g, p.id, max_steps=2)
            text = "; ".join(" → ".join(self.ctx.who(x) for x in path[:-1]) +
                             (f" ({t('two_steps')})" if len(path) > 2 else "")
                             for path in paths) or t("none")
            rows.append([p.name, text])
        return [b.para(t("influenced_by"), b.H2),
                *b.table([t("name"), t("influenced_by")], rows, b.scaled([1.5, 5], self.w))]

    def risks_and_actions(self) -> list[Flowable]:
        t = self.t
        present = {p.id for p in self.attendees}
        risks = [r for r in self.g.records(Risk).values()
                 if r.status is not RiskStatus.RESOLVED and r.owner_id in present]
        actions = [a for a in self.g.records(ActionItem).values() if not a.is_closed and
                   (a.owner_id in present or a.meeting_id == self.m.id)]
        actions.sort(key=lambda a: (a.due or date.max, a.what))
        out: list[Flowable] = [b.para(t("risks_actions"), b.H2)]
        out += b.table([t("category"), t("description"), t("owner"), t("status")],
                       [[t.enum(r.category), r.description, self.ctx.who(r.owner_id),
                         t.enum(r.status)] for r in risks], b.scaled([1.3, 4, 1.6, 1], self.w))
        late = [(i, 2) for i, a in enumerate(actions) if a.due and a.due < self.today]
        out.append(b.gap(10))
        out += b.table([t("who"), t("what"), t("when"), t("status")],
                       [[self.ctx.who(a.owner_id), a.what, self.ctx.day(a.due),
                         t.enum(a.status)] for a in actions],
                       b.scaled([1.6, 4, 1.2, 1], self.w), late)
        if not risks and not actions:
            out.append(b.para(t("no_entries"), b.MUTED_TEXT))
        return out


def write_brief(graph: AccountGraph, meeting_id: str, target: Path, *, lang: str = "en",
                paper: str = "A4", today: date | None = None) -> None:
    """Write the brief of one meeting of ``graph`` to ``target`` (whole, or not at all)."""
    try:
        meeting = graph.record(Meeting, meeting_id)
    except UnknownEntityError:
        raise UnknownEntityError("meeting", meeting_id) from None  # "meeting", not "Meeting"
    BriefWriter(graph, meeting, lang, paper, today or date.today()).write(Path(target))



