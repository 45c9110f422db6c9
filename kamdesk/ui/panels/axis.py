"""Axis ticks for the desk's small charts: round amounts and calendar dates.

A chart labelled only at its two ends tells a KAM nothing about when the balance turned; a
y axis at "13 870" and "−2 140" is hard to read. These pick ticks a person would draw by
hand: amounts at 1, 2 or 5 × 10ⁿ steps, dates on Mondays or on the first of a month (every
1, 2, 3, 6 or 12 months) so that about six fit. Pure functions of numbers and dates.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)


def nice_step(span: float, count: int) -> float:
    """The round step (1, 2 or 5 × 10ⁿ) that cuts ``span`` into about ``count`` parts."""
    raw = max(span, 1e-9) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def amount_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round amounts from at or below ``low`` to at or above ``high``, zero among them
    when the range crosses it."""
    if high <= low:
        high = low + 1.0
    step = nice_step(high - low, count)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value < high + step * 0.999:
        ticks.append(round(value, 9) + 0.0)  # no "-0"
        value += step
    return ticks


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def date_ticks(first: date, last: date, count: int = 6) -> tuple[list[date], str]:
    """Tick dates within [first, last] and their unit ("week" or "month"): Mondays when
    the span is short, else the first day of every 1, 2, 3, 6, 12… months."""
    days = max(1, (last - first).days)
    if days <= 7 * count * 1.5:
        weeks = max(1, math.ceil(days / 7 / count))
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        ticks = []
        while monday <= last:
            ticks.append(monday)
            monday += timedelta(weeks=weeks)
        return ticks, "week"
    months = days / 30.44
    step = next((s for s in MONTH_STEPS if months / s <= count), MONTH_STEPS[-1])
    start = add_months(first, 0 if first.day == 1 else 1)
    while (start.month - 1) % step:  # on round months: Jan, Apr, Jul, Oct for quarters
        start = add_months(start, 1)
    ticks = []
    while start <= last:
        ticks.append(start)
        start = add_months(start, step)
    return ticks, "month"
