"""The notification of a risk's status (step 4 of the reaction tactic) as text and e-mail.

The recipients are the RACI row of the activity concerned (``tactic.notification``): the
people named in it and our people in the departments named. The text is shown in the risks
panel to copy, and goes out as an unsent e-mail draft (.eml).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RaciActivity, Risk
from kamdesk.graph.tactic import Notification, notification
from kamdesk.graph.types import RaciValue
from kamdesk.io.words import day, value, word

_MAIL = re.compile(r"[^\s@,;<>\"]+@[^\s@,;<>\"]+")


def subject(graph: AccountGraph, risk: Risk, lang: str) -> str:
    return (f"{word('risk', lang)} · {graph.account.name} · {value(risk.status, lang)}: "
            f"{_clip(risk.description, 80)}")


def text(graph: AccountGraph, risk: Risk, activity: RaciActivity | None,
         lang: str = "en") -> str:
    """The body: what the risk is, where it stands, what was done, and who is who in RACI."""
    owner = graph.people.get(risk.owner_id or "")
    rows = [(word("category", lang), value(risk.category, lang)),
            (word("severity", lang), value(risk.severity, lang)),
            (word("status", lang), value(risk.status, lang)),
            (word("owner", lang), owner.name if owner else word("nobody", lang))]
    if risk.escalated_to:
        rows.append((word("escalated_to", lang), risk.escalated_to))
    if risk.raised_on:
        rows.append((word("raised_on", lang), day(risk.raised_on, lang)))
    if risk.due:
        rows.append((word("due", lang), day(risk.due, lang)))
    lines = [word("greeting", lang), "",
             word("risk_intro", lang).format(account=graph.account.name), "",
             f"{word('risk', lang)}: {risk.description}"]
    lines += [f"{label}: {shown}" for label, shown in rows]
    if risk.log:
        lines += ["", word("steps", lang)]
        lines += [f"- {day(s.on, lang)} {value(s.kind, lang)}" + (f": {s.text}" if s.text
                                                                 else "") for s in risk.log]
    lines.append("")
    found = notification(graph, activity) if activity is not None else None
    if found is None or found.is_empty:
        lines.append(word("no_raci", lang))
    else:
        lines.append(word("raci_of", lang).format(activity=found.activity))
        lines += [f"  {v.value} — {word(v.value, lang)}: {', '.join(found.parties[v])}"
                  for v in RaciValue if found.parties[v]]
    return "\n".join(lines) + "\n"


def recipients(graph: AccountGraph, activity: RaciActivity | None) -> Notification | None:
    return notification(graph, activity) if activity is not None else None


def risk_eml(graph: AccountGraph, risk: Risk, activity: RaciActivity | None,
             lang: str = "en", now: datetime | None = None) -> bytes:
    """The notification as an unsent e-mail to everyone the RACI row names."""
    msg = EmailMessage()
    msg["Subject"] = subject(graph, risk, lang)
    found = recipients(graph, activity)
    mails = [m for m in (found.emails if found is not None else []) if _MAIL.fullmatch(m)]
    if mails:
        msg["To"] = ", ".join(mails)
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["X-Unsent"] = "1"
    msg.set_content(text(graph, risk, activity, lang))
    return msg.as_bytes()


def _clip(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"
