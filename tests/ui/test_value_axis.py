"""The value chart's axes: round amounts with the language's thousands separator, and dates
on Mondays or on the first of the month, more than just the two ends."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from kamdesk.ui import i18n
from kamdesk.ui.panels.axis import amount_ticks, date_ticks, nice_step
from kamdesk.ui.panels.value_log import BalanceChart


def test_round_amounts_cover_the_range_and_cross_zero() -> None:
    assert nice_step(9_000_000, 5) == 2_000_000
    ticks = amount_ticks(-7_450_000, 1_550_000)
    assert ticks[0] <= -7_450_000 and ticks[-1] >= 1_550_000
    assert 0.0 in ticks and len(ticks) <= 8
    steps = {round(b - a) for a, b in itertools.pairwise(ticks)}
    assert steps == {2_000_000}
    empty = amount_ticks(0, 0)  # no range still gives an axis
    assert empty[0] == 0.0 and empty[-1] >= 1.0 and len(empty) >= 2


def test_dates_fall_on_the_first_of_the_month_or_on_mondays() -> None:
    months, unit = date_ticks(date(2026, 8, 4), date(2026, 11, 20))
    assert unit == "month" and months == [date(2026, 9, 1), date(2026, 10, 1),
                                          date(2026, 11, 1)]
    year, unit = date_ticks(date(2025, 1, 15), date(2026, 12, 1))
    assert unit == "month" and all(d.day == 1 for d in year) and 3 <= len(year) <= 6
    assert all((d.month - 1) % 6 == 0 for d in year)  # every half-year, on round months
    weeks, unit = date_ticks(date(2026, 11, 4), date(2026, 11, 30))
    assert unit == "week" and all(d.weekday() == 0 for d in weeks) and len(weeks) == 4


@pytest.mark.parametrize("language, separator", [("en", ","), ("ru", "\u00a0")])
def test_the_chart_labels_its_axes(qtbot, language: str, separator: str) -> None:
    i18n.install(language)
    try:
        chart = BalanceChart()
        qtbot.addWidget(chart)
        chart.resize(700, 260)
        chart.set_series([(date(2026, 8, 4), 1_200_000.0), (date(2026, 9, 18), 1_200_000.0),
                          (date(2026, 10, 23), 1_550_000.0),
                          (date(2026, 11, 20), -7_450_000.0)], "GBP")
        chart.grab()  # a real paint
        assert len(chart.x_ticks) >= 3  # not just the two ends
        assert [d.day for d, _t in chart.x_ticks] == [1] * len(chart.x_ticks)
        months = {"en": "Oct 2026", "ru": "окт. 2026"}[language]
        assert months in [t for _d, t in chart.x_ticks]
        big = [t for a, t in chart.y_ticks if abs(a) >= 1000]
        assert big and all(separator in t for t in big), big
        assert "\u22128" + separator + "000" + separator + "000" in [t for _a, t in chart.y_ticks]
    finally:
        i18n.install("en")
