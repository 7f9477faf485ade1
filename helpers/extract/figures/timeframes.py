"""Time frames: the time expression of a figure's sentence, and the period it names.

In: a sentence and the publication date (or None). Out: :class:`Timeframe` records ("this
month", "by December", "since March last year", "over the past two weeks", "in 2023") with
``period_start`` and ``period_end`` resolved against the publication date
(:func:`resolve_timeframe`); what needs that date is left None without it.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ...lexicon import months
from ..dates.tense import tense_of
from .grammar import patterns
from .nouns import head_noun, noun_category
from .spelled import spelled_values
from .vocabulary import _lower_words, _time_words, _word_starts, number_words


@dataclass(frozen=True)
class Timeframe:
    """A time expression of a sentence and the period it names (None where unknown)."""
    text: str
    start: int
    end: int
    period_start: date | None
    period_end: date | None


_SPACES_RE = re.compile(r"\s+")


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _unit_period(unit: str, shift: int, p: date) -> tuple[date, date]:
    """The calendar week, month, quarter, year or decade ``shift`` units from the one holding ``p``."""
    if unit in ("week", "weekend"):
        monday = p - timedelta(days=p.weekday()) + timedelta(weeks=shift)
        return (monday + timedelta(days=5) if unit == "weekend" else monday), monday + timedelta(days=6)
    if unit == "day":
        d = p + timedelta(days=shift)
        return d, d
    size = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit, 1)
    first = date(p.year - p.year % 10, 1, 1) if unit == "decade" else date(p.year, 1, 1) if unit == "year" else \
        date(p.year, (p.month - 1) // 3 * 3 + 1, 1) if unit == "quarter" else date(p.year, p.month, 1)
    first = _add_months(first, shift * size)
    last = _add_months(first, size) - timedelta(days=1)
    return first, last


def _back(p: date, n: int, unit: str) -> date:
    """``p`` moved ``n`` units back (forward when ``n`` is negative)."""
    _, units = _time_words()
    size, base = units.get(unit, (1, "day"))
    if base == "month":
        return _add_months(p, -n * size)
    return p - timedelta(days=n * max(size, 1))


def _count(word: str | None) -> int:
    if not word:
        return 1
    if word.isdigit():
        return int(word)
    found = spelled_values(word)
    return int(found[0][2]) if found else 1


def _apply_prefix(pre: str, first: date | None, last: date | None, p: date | None) -> tuple[date | None, date | None]:
    """How a preposition bounds a period: "since X" runs from X to publication, "by X" ends at X."""
    pre = _SPACES_RE.sub(" ", (pre or "").lower())
    if first is None:
        return None, None
    if pre in ("since", "from"):
        return first, p
    if pre == "after":
        return last + timedelta(days=1), p
    if pre in ("by", "until", "till", "through") or pre.endswith("the end of"):
        return (last, last) if pre in ("end of", "the end of") else (None, last)
    if pre == "before":
        return None, first - timedelta(days=1)
    return first, last


def resolve_timeframe(m: re.Match, published: date | None) -> tuple[date | None, date | None]:
    """The period a match of ``patterns().timeframe`` names, against the publication date.

    Relative expressions ("this month", "last week", "by December") need ``published``; written
    years do not ("in 2023"). A month without a year looks back for most prepositions ("since
    April" is the last April) and forward for "by", "until", "next" ("by December" is the next
    December, unless the sentence is in the past tense: "by June, it had raised"); "last September" is
    September of the year before.

    >>> p = date(2025, 11, 17)
    >>> rx = patterns().timeframe
    >>> [resolve_timeframe(rx.search(t), p) for t in ("this month", "since March last year", "by December")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [(datetime.date(2025, 11, 1), datetime.date(2025, 11, 30)), (datetime.date(2024, 3, 1), datetime.date(2025, 11, 17)),
     (None, datetime.date(2025, 12, 31))]
    >>> resolve_timeframe(rx.search("Through the end of September it had raised $3m"), p)
    (datetime.date(2025, 9, 30), datetime.date(2025, 9, 30))
    >>> resolve_timeframe(rx.search("in 2023"), None), resolve_timeframe(rx.search("last week"), None)
    ((datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)), (None, None))
    """
    try:
        return _resolve(m.groupdict(), published, m)
    except (ValueError, OverflowError):  # a date out of the calendar's range ("9948819 quarters ago")
        return None, None


def _resolve(g: dict, p: date | None, m: re.Match | None = None) -> tuple[date | None, date | None]:
    """The period of a time expression's groups (see :func:`resolve_timeframe`)."""
    if g["mon"]:
        month = months()[g["mon_name"].lower().rstrip(".")]
        pre = (g["mon_pre"] or "").lower()
        if g["mon_year"]:
            year = int(g["mon_year"])
        elif p is None:
            return None, None
        elif g["mon_rel"]:
            year = p.year + {"last": -1, "this": 0, "next": 1}[g["mon_rel"].lower()]
        elif pre == "last":
            year = p.year - 1
        elif pre == "next" or (pre in ("by", "until", "till", "through", "before") or pre.endswith("end of")) and not (
                m is not None and tense_of(m.string, m.start(), m.end(), "") == "past"):
            # "by December" looks ahead, unless the sentence tells of the past ("through the end of
            # September, it had raised"), as the timeline reads the same words
            year = p.year if month >= p.month else p.year + 1
        else:
            year = p.year if month <= p.month else p.year - 1
        if g["mon_day"]:
            first = last = date(year, month, int(g["mon_day"]))
        else:
            first, last = date(year, month, 1), _month_end(year, month)
        return _apply_prefix(pre if pre not in ("last", "this", "next", "early", "mid", "late") else "", first, last, p)
    if g["yr"]:
        year = int(g["yr_year"])
        if g["yr_from"]:
            return date(int(g["yr_from"]), 1, 1), date(year, 12, 31)
        return _apply_prefix(g["yr_pre"], date(year, 1, 1), date(year, 12, 31), p)
    if p is None:
        return None, None
    if g["rel"]:
        unit = g["rel_unit"].lower()
        shift = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[g["rel_dir"].lower()]
        if unit in ("hour", "fortnight"):
            return (p - timedelta(days=14 if unit == "fortnight" else 1), p) if shift < 0 else (p, p)
        first, last = _unit_period(unit, shift, p)
        part = _SPACES_RE.sub(" ", (g["rel_part"] or "").lower())
        if part in ("so far", "earlier"):
            return first, p
        if part == "later":
            return p, last
        return first, last
    if g["roll"]:
        n = _count(g["roll_n"])
        unit = g["roll_unit"].lower()
        if g["roll_dir"].lower() in ("next", "coming"):
            return p, _back(p, -n, unit)
        return _back(p, n, unit), p
    if g["ago"]:
        d = _back(p, _count(g["ago_n"]), g["ago_unit"].lower())
        return d, d
    if g["eo"]:
        _, last = _unit_period(g["eo_unit"].lower(), 1 if g["eo_dir"].lower() == "next" else 0, p)
        return None, last
    if g["wd"]:
        weekdays, _ = _time_words()
        wd = weekdays[g["wd_name"].lower()]
        pre = g["wd_pre"].lower()
        if pre == "next":
            d = p + timedelta(days=(wd - p.weekday()) % 7 or 7)
        elif pre == "this":
            d = p - timedelta(days=p.weekday()) + timedelta(days=wd)
        else:
            back = (p.weekday() - wd) % 7
            d = p - timedelta(days=back or (7 if pre == "last" else 0))
        return _apply_prefix(pre if pre in ("since", "by", "until", "before", "after") else "", d, d, p)
    if g["day"]:
        d = p + timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["day"].lower()])
        return d, d
    return None, None


#: Words a time expression may start with, before its anchor word ("since April", "by the end of the year").
TIME_LEADS = frozenset("since by until till through in from before after as during throughout on last this next early "
                       "mid late the end so earlier later over within for between past previous coming a an".split())
#: The word at a position of a lower-cased sentence.
LEAD_WORD_RE = re.compile(r"[a-z]+")
#: The first character of a word (after a space or at the start).
WORD_START_RE = re.compile(r"(?<!\S)\S")
#: A four-digit year: where a time expression may be anchored ("in 2023").
YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def timeframes_in(text: str, published: date | None = None) -> list[Timeframe]:
    """The time expressions of a sentence with their periods.

    The expression is searched only around its anchor words (a month, a weekday, a unit such as
    "month", "today", a year), starting up to five words before it ("by the end of the year").
    A month name needs a preposition, a day or a year ("crews may return" is no May), and a year
    followed by a noun the lexicon knows is a count ("in 2000 soldiers").

    >>> found = timeframes_in("Since March last year, 10 ships came; in May, more.", date(2025, 11, 17))
    >>> [(t.text, t.period_start) for t in found]
    [('Since March last year', datetime.date(2024, 3, 1)), ('in May', datetime.date(2025, 5, 1))]
    """
    pat = patterns()
    out: list[Timeframe] = []
    done = 0
    anchors = sorted(_word_starts(text, pat.time_anchors) + [m.start() for m in YEAR_RE.finditer(text)])
    for anchor in anchors:
        if anchor < done:
            continue
        for start in _lead_starts(text, max(done, anchor - 40), anchor) + [anchor]:
            m = pat.timeframe.match(text, start)
            if m and m.end() > anchor and _timeframe_ok(text, m):
                first, last = resolve_timeframe(m, published)
                out.append(Timeframe(m.group(), m.start(), m.end(), first, last))
                done = m.end()
                break
    return out


def _lead_starts(text: str, lo: int, anchor: int) -> list[int]:
    """Where a time expression anchored at ``anchor`` may start: the last five words before it
    (from ``lo``) that can lead one ("since", "by the end of", "the past two", "two weeks ago").

    >>> t = "troops left over the past two weeks"
    >>> [t[i:i + 4] for i in _lead_starts(t, 0, t.index("weeks"))]
    ['over', 'the ', 'past', 'two ']
    """
    low, _ = _lower_words(text)
    starts = [m.start() for m in WORD_START_RE.finditer(text, lo, anchor)]  # a word cut at lo does not start there
    out = []
    for i in starts[-5:]:
        word = LEAD_WORD_RE.match(low, i)
        if (word and (word.group() in TIME_LEADS or word.group() in number_words())) or low[i].isdigit():
            out.append(i)
    return out


def _timeframe_ok(text: str, m: re.Match) -> bool:
    """A month name needs a capital and a preposition, a day or a year; a year must not count a noun."""
    if m.group("mon"):
        if not m.group("mon_name")[0].isupper():
            return False
        if not (m.group("mon_pre") or m.group("mon_day") or m.group("mon_year") or m.group("mon_rel")):
            return False
    if m.group("yr") and noun_category(head_noun(text, m.end())[0]) not in (None, "other"):
        return False
    return True
