"""Calendar arithmetic for dates: month ends, weeks, shifted months, periods, the day named before or after.

``periods`` is tested on its own; it reads no text.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers.extract.dates import month_end, period, shift_month, week_start, weekday_after, weekday_before


def test_month_end_knows_leap_years():
    assert [month_end(y, 2).day for y in (2023, 2024, 1900, 2000)] == [28, 29, 28, 29]
    assert month_end(2025, 12) == date(2025, 12, 31)


def test_week_start_is_the_monday():
    assert {week_start(date(2025, 3, k)) for k in range(10, 17)} == {date(2025, 3, 10)}


@pytest.mark.parametrize("y, m, n, out", [(2025, 1, -1, (2024, 12)), (2025, 11, 3, (2026, 2)), (2025, 6, 0, (2025, 6)),
                                          (2025, 3, -27, (2022, 12))])
def test_shift_month_crosses_years(y, m, n, out):
    assert shift_month(y, m, n) == out


@pytest.mark.parametrize("unit, n, start, end, precision", [
    ("day", -1, date(2025, 3, 11), date(2025, 3, 11), "day"),
    ("week", 0, date(2025, 3, 10), date(2025, 3, 16), "week"),
    ("weekend", 0, date(2025, 3, 15), date(2025, 3, 16), "day"),
    ("month", -3, date(2024, 12, 1), date(2024, 12, 31), "month"),
    ("year", 1, date(2026, 1, 1), date(2026, 12, 31), "year"),
])
def test_period_of_each_unit_moved_n_units(unit, n, start, end, precision):
    assert period(unit, date(2025, 3, 12), n) == (start, end, precision)  # a Wednesday


def test_the_day_named_before_or_after_a_date():
    wed = date(2025, 3, 12)
    assert weekday_before(wed, 2) == date(2025, 3, 5) and weekday_before(wed, 1) == date(2025, 3, 11)
    assert weekday_after(wed, 2) == date(2025, 3, 19) and weekday_after(wed, 2, inclusive=True) == wed
    assert weekday_after(wed, 4) == date(2025, 3, 14)
