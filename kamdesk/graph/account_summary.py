"""What the portfolio views need of an account, boiled down: its worst open signal, the
value received from it, its open action items (issue 11).

The portfolio map draws a bubble per account and the actions panel lists every account's
open items; neither needs the account's whole graph, and loading 30 graphs to draw 30
bubbles is what made the portfolio slow to open. A ``Summary`` is computed from the graph
(``summarize``) and can be kept as bytes (``encode``/``decode``, JSON) in the workspace's
cache, valid while the account is unchanged — and only for the day it was judged on:
silence and overdue items depend on today, so a summary of another day is recomputed.

``decode`` answers None for anything it cannot read (another format version, damaged
bytes): a kept summary is a shortcut, never a source of truth.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, NamedTuple

from kamdesk.graph import signals, value
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import ActionItem, Meeting, ValueEntry
from kamdesk.graph.types import ActionStatus, Severity, ValueDirection

FORMAT = 1  # bump when the encoded fields change: older bytes then read as None
KIND = "portfolio-summary"  # the cache kind under which the workspace keeps it


class OpenItem(NamedTuple):
    item: ActionItem
    owner: str  # the owner's name ("" for nobody)
    meeting: str  # the meeting's title ("" for none)


class Summary(NamedTuple):
    account_id: str
    day: date  # the day the signals were judged on
    worst: Severity | None  # the worst open signal, None: no signal
    received: float  # value received, in ``currency``
    currency: str  # the account's main currency (value.main_currency)
    actions: tuple[OpenItem, ...]  # the open action items, in the graph's order


def summarize(graph: AccountGraph, today: date) -> Summary:
    entries = list(graph.records(ValueEntry).values())
    currency = value.main_currency(entries)
    received = sum(e.amount for e in entries if e.currency == currency
                   and e.direction is ValueDirection.RECEIVED)
    meetings = graph.records(Meeting)
    people = graph.people
    items = tuple(
        OpenItem(a, people[a.owner_id].name if a.owner_id is not None and a.owner_id in people
                 else "",
                 meetings[a.meeting_id].title
                 if a.meeting_id is not None and a.meeting_id in meetings else "")
        for a in graph.records(ActionItem).values() if not a.is_closed)
    # the full list's worst; without the influence scores when a quick signal is as bad
    return Summary(graph.id, today, signals.worst(graph, today), received, currency, items)


def encode(summary: Summary) -> bytes:
    items = [[o.item.id, o.item.account_id, o.item.what, o.item.owner_id,
              o.item.due.isoformat() if o.item.due else None, o.item.status.value,
              o.item.meeting_id, o.item.version, o.owner, o.meeting] for o in summary.actions]
    return json.dumps({
        "format": FORMAT, "account": summary.account_id, "day": summary.day.isoformat(),
        "worst": summary.worst.value if summary.worst is not None else None,
        "received": summary.received, "currency": summary.currency, "actions": items,
    }, ensure_ascii=False, separators=(",", ":")).encode()


def decode(data: bytes) -> Summary | None:
    """The summary kept in ``data``, or None when it cannot be read as this format."""
    try:
        raw: Any = json.loads(data)
        if raw.get("format") != FORMAT:
            return None
        items = tuple(
            OpenItem(ActionItem(i, acc, what, owner, date.fromisoformat(due) if due else None,
                                ActionStatus(status), meeting, int(version)), who, title)
            for i, acc, what, owner, due, status, meeting, version, who, title in raw["actions"])
        worst = raw["worst"]
        return Summary(str(raw["account"]), date.fromisoformat(raw["day"]),
                       Severity(worst) if worst is not None else None, float(raw["received"]),
                       str(raw["currency"]), items)
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError):
        return None
