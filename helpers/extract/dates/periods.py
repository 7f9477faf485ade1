"""Calendar arithmetic: month ends, weeks, shifted months and periods, the day named before or after a date.

In: dates and counts. Out: dates and (start, end, precision) periods. No text is read here.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta


def month_end(y: int, m: int) -> date:
    """The last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return date(y, m, calendar.monthrange(y, m)[1])


def week_start(d: date) -> date:
    """The Monday of ``d``'s week.

    >>> week_start(date(2025, 11, 16))
    datetime.date(2025, 11, 10)
    """
    return d - timedelta(days=d.weekday())


def shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    """The (year, month) ``n`` months after (y, m).

    >>> shift_month(2024, 1, -2)
    (2023, 11)
    """
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def period(unit: str, d: date, n: int = 0) -> tuple[date, date, str]:
    """The (start, end, precision) of the ``unit`` containing ``d``, moved ``n`` units.

    >>> period("week", date(2025, 11, 17), -1)
    (datetime.date(2025, 11, 10), datetime.date(2025, 11, 16), 'week')
    >>> period("weekend", date(2025, 11, 17), -1)
    (datetime.date(2025, 11, 15), datetime.date(2025, 11, 16), 'day')
    """
    if unit == "day":
        x = d + timedelta(days=n)
        return x, x, "day"
    if unit in ("week", "weekend"):
        ws = week_start(d) + timedelta(weeks=n)
        return (ws, ws + timedelta(days=6), "week") if unit == "week" else (ws + timedelta(days=5), ws + timedelta(days=6), "day")
    if unit == "month":
        y, m = shift_month(d.year, d.month, n)
        return date(y, m, 1), month_end(y, m), "month"
    return date(d.year + n, 1, 1), date(d.year + n, 12, 31), "year"


def weekday_before(ref: date, wd: int) -> date:
    """The most recent day named ``wd`` (0 = Monday) strictly before ``ref``.

    >>> weekday_before(date(2025, 11, 17), 3)   # a Monday; Thursday before it
    datetime.date(2025, 11, 13)
    >>> weekday_before(date(2025, 11, 17), 0)   # Monday before a Monday: a week earlier
    datetime.date(2025, 11, 10)
    """
    return ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)


def weekday_after(ref: date, wd: int, inclusive: bool = False) -> date:
    """The first day named ``wd`` after ``ref`` (or on it, when ``inclusive``).

    >>> weekday_after(date(2025, 11, 10), 6), weekday_after(date(2025, 11, 10), 0)
    (datetime.date(2025, 11, 16), datetime.date(2025, 11, 17))
    """
    gap = (wd - ref.weekday()) % 7
    return ref + timedelta(days=gap if gap or inclusive else 7)


def _pick(candidates: list[date], ref: date, tense: str) -> date:
    """Of dates a year apart, the latest on or before ``ref`` (past), the first on or after (future), or the nearest."""
    if tense == "past":
        return max(c for c in candidates if c <= ref)
    if tense == "future":
        return min(c for c in candidates if c >= ref)
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))
