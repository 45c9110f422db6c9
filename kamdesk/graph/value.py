"""The value log in figures: what we delivered, what we received, and the balance over time.

Amounts in different currencies are never added together: every figure is per currency.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from kamdesk.graph.entities import ValueEntry
from kamdesk.graph.types import ValueDirection


class Totals(NamedTuple):
    delivered: float
    received: float

    @property
    def balance(self) -> float:
        """Positive: the client has received more from us than we from them."""
        return self.delivered - self.received


def totals(entries: Iterable[ValueEntry]) -> dict[str, Totals]:
    """Per currency ("" for none): the sums delivered and received."""
    sums: dict[str, list[float]] = {}
    for e in entries:
        pair = sums.setdefault(e.currency, [0.0, 0.0])
        pair[e.direction is ValueDirection.RECEIVED] += e.amount
    return {c: Totals(d, r) for c, (d, r) in sorted(sums.items())}


def main_currency(entries: Iterable[ValueEntry]) -> str:
    """The currency most entries are in (the one the chart draws)."""
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.currency] = counts.get(e.currency, 0) + 1
    return max(counts, key=lambda c: (counts[c], c)) if counts else ""


def balance_over_time(entries: Iterable[ValueEntry], currency: str) -> list[tuple[date, float]]:
    """The running balance (delivered − received) after each day with an entry."""
    by_day: dict[date, float] = {}
    for e in entries:
        if e.currency == currency:
            sign = -1.0 if e.direction is ValueDirection.RECEIVED else 1.0
            by_day[e.day] = by_day.get(e.day, 0.0) + sign * e.amount
    running = 0.0
    series = []
    for day in sorted(by_day):
        running += by_day[day]
        series.append((day, running))
    return series
