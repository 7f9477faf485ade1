"""Resolving a date expression to a period, against the publication date.

In: an expression's kind and match, its sentence, the publication date (or None) and, for a
future date in reported speech, when the statement was made. Out: ``date``, ``date_end``,
``precision`` (day, week, month, year), ``resolved`` and the ``rule`` used. One resolver per kind
(:data:`RESOLVERS`); what needs the publication date is left unresolved without it.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .expressions import _month_number, _relation
from .patterns import _SPACES_RE, NUMBERS, RELATIVE, SAME_DAY_RE, UNIT_PRECISION, WEEKDAYS
from .periods import _pick, month_end, period, week_start, weekday_after, weekday_before
from .tense import tense_of

_DIGITS_RE = re.compile(r"\d+")


def resolve(kind: str, m: re.Match, text: str, published: date | None, anchor: date | None = None) -> dict:
    """Resolve one expression to date, date_end, precision, resolved and the rule used.

    ``anchor`` is when the statement that reports it was made (see :func:`is_speech_anchor`); a
    future day or month counts from it instead of from publication.

    >>> from helpers.extract.dates.patterns import WEEKDAY_RE
    >>> m = WEEKDAY_RE.search("said Thursday")
    >>> resolve("weekday", m, "said Thursday", date(2025, 11, 17))["date"]
    datetime.date(2025, 11, 13)
    >>> resolve("weekday", m, "said Thursday", None)["resolved"]
    False
    """
    relation = _relation(m)
    return _resolve(kind, m, text, published, anchor, relation, tense_of(text, m.start(), m.end(), relation))


def _resolve(kind: str, m: re.Match, text: str, published: date | None, anchor: date | None, relation: str, tense: str) -> dict:
    """:func:`resolve`, given the expression's relation and tense."""
    start, end, precision, rule = RESOLVERS[kind](m.groupdict(), text, m, published, anchor, tense)
    return {"date": start, "date_end": end, "precision": precision, "resolved": start is not None,
            "relation": relation or None, "rule": rule}


#: What a resolver returns: (date, date_end, precision, rule).
Resolution = tuple[date | None, date | None, str, str]


def _unresolved(precision: str) -> Resolution:
    return None, None, precision, "needs publication date"


def _resolve_day(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"Nov. 17, 2025" → that day; "Nov. 17" → nearest year (by tense); "Dec. 14 and 15" → a two-day range."""
    mo = _month_number(g["m1"] or g["m2"])
    d1 = int(_DIGITS_RE.match(g["d1"] or g["d2"]).group(0))
    d2s = g["d1b"] or g["d2b"]
    d2 = int(_DIGITS_RE.match(d2s).group(0)) if d2s else d1
    if d2 < d1:
        d2 = d1
    if g["year"]:
        years, rule = [int(g["year"])], "absolute date"
    elif published is None:
        return _unresolved("day")
    else:
        years, rule = [published.year - 1, published.year, published.year + 1], f"day without year ({tense or 'nearest'})"
    try:
        options = [date(y, mo, d1) for y in years]
    except ValueError:
        return None, None, "day", "not a calendar date"
    ref = anchor if (anchor and tense == "future") else published
    first = options[0] if len(options) == 1 else _pick(options, ref, tense)
    try:
        last = date(first.year, mo, d2)
    except ValueError:
        last = first
    return first, last, "day", rule


def _resolve_iso(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"2025-11-17" → that day."""
    try:
        d = date(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None, None, "day", "not a calendar date"
    return d, d, "day", "absolute date"


def _resolve_month(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"March 2021" → that month; "last September" → September of the previous year;
    "March last year" likewise; "in June" → the nearest June by tense."""
    mo = _month_number(g["month"])
    if g["year"]:
        y, rule = int(g["year"]), "absolute month"
    elif published is None:
        return _unresolved("month")
    elif g["yrel"] or g["mod"]:
        shift = {"last": -1, "this": 0, "next": 1}[(g["yrel"] or g["mod"]).lower()]
        y, rule = published.year + shift, f"month of {'last' if shift < 0 else 'next' if shift > 0 else 'this'} year"
    else:
        ref = anchor if (anchor and tense == "future") else published
        ref_month = date(ref.year, ref.month, 1)
        y = _pick([date(ref.year + k, mo, 1) for k in (-1, 0, 1)], ref_month, tense).year
        rule = f"month without year ({tense or 'nearest'})"
    return date(y, mo, 1), month_end(y, mo), "month", rule


def _resolve_year(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"in 2022" → that year; "from 2020 to 2022" / "2022-23" → a range of years."""
    y1 = int(g["year"])
    y2 = g["year2"]
    y2 = (y1 // 100 * 100 + int(y2) if len(y2) == 2 else int(y2)) if y2 else y1
    if y2 < y1:
        y2 = y1
    return date(y1, 1, 1), date(y2, 12, 31), "year", "absolute year"


def _resolve_weekday(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"Thursday" → the most recent Thursday before publication; "today" in the sentence and the
    publication's own day name → the publication day; future ("will", "next") → the next one."""
    if published is None:
        return _unresolved("day")
    wd = WEEKDAYS[g["wd"].lower()]
    mod = (g["mod"] or "").lower()
    if mod == "this":
        d, rule = week_start(published) + timedelta(days=wd), "day of the publication week"
    elif mod in ("next", "coming") or tense == "future":
        if anchor and not mod:
            d, rule = weekday_after(anchor, wd), "next such day after the statement"
        else:
            d, rule = weekday_after(published, wd, inclusive=not mod), "next such day"
    elif wd == published.weekday() and SAME_DAY_RE.search(text):
        d, rule = published, "publication day (today)"
    else:
        d, rule = weekday_before(published, wd), "most recent such day before publication"
    return d, d, "day", rule


def _resolve_relative(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"last week" → Monday–Sunday before the publication week; "yesterday"; "this month"; "next year"."""
    unit, offset = RELATIVE[_SPACES_RE.sub(" ", g["phrase"].lower())]
    if published is None:
        return _unresolved(UNIT_PRECISION[unit])
    start, end, precision = period(unit, published, offset)
    return start, end, precision, "relative to publication"


def _resolve_ago(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"two weeks ago" → the week two weeks before publication; "three days ago" → that day."""
    unit = g["unit"].lower()
    if published is None:
        return _unresolved(unit)
    n = int(g["n"]) if g["n"].isdigit() else NUMBERS[g["n"].lower()]
    start, end, precision = period(unit, published, -n)
    return start, end, precision, "counted back from publication"


RESOLVERS = {"day": _resolve_day, "iso": _resolve_iso, "month": _resolve_month, "year": _resolve_year,
             "weekday": _resolve_weekday, "relative": _resolve_relative, "ago": _resolve_ago}
