"""Finding date expressions: what is a date and what is not, and the windowed search that reads as a full scan.

``expressions`` is tested on its own (:func:`find_expressions`, :func:`_valid`), then through
:func:`find_dates`.
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from helpers.extract.dates import PATTERNS, find_dates, find_expressions
from helpers.extract.dates.expressions import _day_may_follow, _valid

MONDAY = date(2025, 3, 10)  # a Monday, the publication date of most fixtures


def dates(text, published=MONDAY):
    """(expression, date, date_end, precision) of every date found in one sentence."""
    return [(r["expression"], r["date"], r["date_end"], r["precision"]) for r in find_dates(text, published)]


def d(s):
    return date.fromisoformat(s)


# --------------------------------------------------------------------------- not dates

@pytest.mark.parametrize("text", [
    "Troops may join the offensive, officials said.",
    "At least 3,000 soldiers and 2000 volunteers arrived.",
    "The 18-month conflict has displaced millions.",
    "Protesters march on the capital; March organisers expect crowds.",
    "Former prime minister Theresa May spoke at the Mayo clinic.",
    "The fund lost by 2024 votes.",
    "Jan Smith visited Mar-a-Lago.",
    "Each day of this war brings news.",
])
def test_not_dates(text):
    assert dates(text) == []


def test_may_is_a_month_only_in_a_date_context():
    assert [e for e, *_ in dates("Talks may resume in May.")] == ["in May"]
    assert [e for e, *_ in dates("May 5 was quiet.")] == ["May 5"]


def test_named_days_and_titles_are_not_dates():
    assert dates("Easter Sunday crowds filled the square, the Sunday Times reported.") == []
    assert dates("Black Friday sales rose.") == []


def test_a_number_after_a_day_is_not_a_range_when_it_counts_something():
    assert dates("On Feb. 2 and 3 villages flooded.") == [
        ("On Feb. 2", d("2025-02-02"), d("2025-02-02"), "day")]


# --------------------------------------------------------------------------- the fast path reads as the plain one

def _full_scan(text):
    """find_expressions as first written: every triggered pattern over the whole text."""
    found = [(m.end() - m.start(), priority, m.start(), kind, m) for priority, (kind, pat, trigger) in enumerate(PATTERNS)
             if trigger.search(text) for m in pat.finditer(text) if m.end() > m.start() and _valid(kind, m, text)]
    kept = []
    for _, _, _, kind, m in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
        if all(m.end() <= k.start() or m.start() >= k.end() for _, k in kept):
            kept.append((kind, m))
    return [(kind, m.span(), m.groupdict()) for kind, m in sorted(kept, key=lambda km: km[1].start())]


FRAGMENTS = ["on Friday", "last week", "in June", "by December", "Oct. 18, 2024", "in 2019", "yesterday",
             "may join", "3,000 troops", "the 18-month war", "said", "will", "expected to", "Mayor Kim",
             "since August last year", "Dec. 14 and 15", "mid-2023", "two weeks ago", "today", "March",
             ",", "and", "the port", "\u201cquoted\u201d", "\u00e9t\u00e9", "Monday, Jan. 6, 2020", "last September"]
TOKENS = FRAGMENTS + ["as early as", "the end of", "Sunday", "SUNDAY", "monday", "Oct.28", "5th", "of", "through",
                      "2022-23", "2024-10-28", "today2", "TODAY", "x'Monday", "June\u2019s", "told reporters",
                      "to be deployed", "in  June", "last\nweek", "\u017finc\u0435", "\u0131n", "\u0130n", "wee\u212aend",
                      "the day before yesterday", "over the weekend", "(", ")", "-", "\u2013", "a", "three days ago",
                      "week2", "ago2", "28", "3rd", "June\u00a0", "Oct.", "Sunday Times", "Easter", "2000 troops", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=40), st.sampled_from([" ", "  ", "\n", ", ", ""]))
def test_windowed_search_finds_what_a_full_scan_finds(words, sep):
    text = sep.join(words)
    assert [(kind, m.span(), m.groupdict()) for kind, m in find_expressions(text)] == _full_scan(text)


# --------------------------------------------------------------------------- find_expressions on its own

@pytest.mark.parametrize("text, found", [
    ("The deal, signed on June 5, 2019, lapsed.", [("day", "on June 5, 2019")]),
    ("Rain fell on Tuesday and on 2021-02-03.", [("weekday", "on Tuesday"), ("iso", "on 2021-02-03")]),
    ("Output grew by mid-2021 and in 2019-20.", [("year", "by mid-2021"), ("year", "in 2019-20")]),
    ("It began two weeks ago and ended last month.", [("ago", "two weeks ago"), ("relative", "last month")]),
    ("Easter Sunday crowds came.", []),
    ("They sent in 2000 troops.", []),
])
def test_find_expressions_gives_each_kind_and_span_in_order(text, found):
    assert [(kind, m.group(0)) for kind, m in find_expressions(text)] == found


def test_where_two_expressions_overlap_the_longer_wins():
    assert [m.group(0) for _, m in find_expressions("They met on Monday, March 3, 2025, in Lima.")] == [
        "on Monday, March 3, 2025"]


def test_valid_rejects_a_bare_month_a_bare_year_and_named_days():
    patterns = {kind: pattern for kind, pattern, _ in PATTERNS}
    check = lambda kind, text: _valid(kind, patterns[kind].search(text), text)  # noqa: E731
    assert check("month", "in June") and not check("month", "troops may June")
    assert check("year", "in 2019") and not check("year", "in 2019 soldiers") and not check("year", "2019")
    assert check("weekday", "on Sunday") and not check("weekday", "Easter Sunday") and not check("weekday", "the Sunday Times")


def test_a_day_may_stand_by_a_month_before_or_after_it():
    assert _day_may_follow("Oct. 9", 0, 4) and _day_may_follow("the 9th of June", 11, 15)
    assert not _day_may_follow("in June", 3, 7)
