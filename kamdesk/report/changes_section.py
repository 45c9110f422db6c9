"""The plan's "What changed since the last meeting": who joined, left or moved, stance and
influence changes, lines drawn or removed — the account's memory on paper.

The rows come in with the plan (``changes_since.ChangeReport``, read from the history by
the caller: the report stays off the database) and are worded by the vocabulary, the same
sentences as the app's "What changed" tab and ``kamdesk changes``.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from kamdesk.graph.changes_since import ChangeReport, describe, grouped
from kamdesk.report import blocks as b
from kamdesk.report.context import Context

MAX_ROWS = 60  # a plan is read before a meeting: the rest is in the app


def changes(ctx: Context, report: ChangeReport | None) -> list[Flowable]:
    """The section's body; [] (printed as "Nothing recorded.") without a history."""
    if report is None:
        return []
    t = ctx.t
    intro = (t("since_meeting_day", day=t.day(report.since)) if report.held
             else t("changes_no_meeting"))
    out: list[Flowable] = [b.para(intro, b.MUTED_TEXT)]
    groups = grouped(report.rows)
    if not groups:
        return [*out, b.para(t("changes_none"))]
    rows: list[list[str]] = []
    for key, shown in groups:
        for row in shown:
            if len(rows) == MAX_ROWS:
                break
            at = datetime.fromisoformat(row["at"])
            rows.append([t(key), describe(row, ctx.lang),
                         t("ch_by", day=t.day(at.date()), author=row["by"])])
    out += b.table([t("category"), t("what"), t("when")], rows,
                   b.scaled([1.3, 4.2, 1.5], ctx.width))
    if len(report.rows) > len(rows):
        out.append(b.para(t("changes_more", count=len(report.rows) - len(rows)),
                          b.MUTED_TEXT))
    return out
