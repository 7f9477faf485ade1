"""Resolving dates: each date form, each relative rule, dates without a year by tense, no publication date.

``resolution`` is tested on its own (each resolver through :func:`resolve`), then the rules
through :func:`find_dates`, one sentence at a time.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers.extract.dates import (AGO_RE, DAY_DATE_RE, ISO_DATE_RE, MONTH_RE, RELATIVE_RE, RESOLVERS, WEEKDAY_RE, YEAR_RE,
                                   PATTERNS, find_dates, resolve)

MONDAY = date(2025, 3, 10)  # a Monday, the publication date of most fixtures


def dates(text, published=MONDAY):
    """(expression, date, date_end, precision) of every date found in one sentence."""
    return [(r["expression"], r["date"], r["date_end"], r["precision"]) for r in find_dates(text, published)]


def one(text, published=MONDAY):
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


def d(s):
    return date.fromisoformat(s)


# --------------------------------------------------------------------------- absolute forms

@pytest.mark.parametrize("text, expression, day", [
    ("The treaty was signed on March 3, 2021, in Oslo.", "on March 3, 2021", "2021-03-03"),
    ("The treaty was signed Mar. 3, 2021.", "Mar. 3, 2021", "2021-03-03"),
    ("The treaty was signed on 3 March 2021.", "on 3 March 2021", "2021-03-03"),
    ("The treaty was signed on the 3rd of March 2021.", "on the 3rd of March 2021", "2021-03-03"),
    ("The treaty was signed on 2021-03-03.", "on 2021-03-03", "2021-03-03"),
    ("It was signed Wednesday, March 3, 2021, after talks.", "Wednesday, March 3, 2021", "2021-03-03"),
    ("A Sept. 9, 2019, memo surfaced.", "Sept. 9, 2019", "2019-09-09"),
])
def test_full_dates_are_days(text, expression, day):
    assert one(text) == (expression, d(day), d(day), "day")


def test_a_day_range_is_one_row_from_first_to_last_day():
    assert one("The forum meets Jan. 14 and 15, 2026, in Geneva.") == (
        "Jan. 14 and 15, 2026", d("2026-01-14"), d("2026-01-15"), "day")
    assert one("The forum met on 4-6 May 2022.") == ("on 4-6 May 2022", d("2022-05-04"), d("2022-05-06"), "day")


def test_month_and_year_is_a_month():
    assert one("Prices peaked in November 2019.") == ("in November 2019", d("2019-11-01"), d("2019-11-30"), "month")
    assert one("Prices peaked in Nov. 2019.")[1] == d("2019-11-01")


@pytest.mark.parametrize("text, expression, first, last", [
    ("The plant closed in 2017.", "in 2017", "2017-01-01", "2017-12-31"),
    ("Output fell from 2015 to 2018.", "from 2015 to 2018", "2015-01-01", "2018-12-31"),
    ("Output fell in 2015-18.", "in 2015-18", "2015-01-01", "2018-12-31"),
    ("Output recovered by mid-2021.", "by mid-2021", "2021-01-01", "2021-12-31"),
    ("Output recovered in early 2021.", "in early 2021", "2021-01-01", "2021-12-31"),
])
def test_years_with_a_preposition_or_a_part_are_years(text, expression, first, last):
    assert one(text) == (expression, d(first), d(last), "year")


# --------------------------------------------------------------------------- day names

def test_a_day_name_is_the_most_recent_such_day_before_publication():
    assert one("The mayor resigned Friday.") == ("Friday", d("2025-03-07"), d("2025-03-07"), "day")
    assert one("The mayor resigned on Saturday.")[1] == d("2025-03-08")
    assert one("The mayor resigned last Friday.")[1] == d("2025-03-07")


def test_the_publication_day_name_means_a_week_earlier_unless_the_text_says_today():
    assert one("The council met on Monday.")[1] == d("2025-03-03")
    found = dates("The council met this morning, Monday, in closed session.")
    assert [(e, x) for e, x, _, _ in found] == [("this morning", MONDAY), ("Monday", MONDAY)]
    assert dates("Crews worked through Monday night and tonight.")[0][1] == MONDAY


def test_a_day_name_in_a_future_context_is_the_next_such_day():
    assert one("The board will vote on Thursday.")[1] == d("2025-03-13")
    assert one("The board will vote on Monday.")[1] == MONDAY  # the publication day: wire copy says "Monday"
    assert one("The board votes next Monday.")[1] == d("2025-03-17")


def test_a_future_day_in_reported_speech_counts_from_the_statement():
    found = dates("The minister said on Tuesday that the bridge would reopen on Friday.")
    assert [(e, x) for e, x, _, _ in found] == [("on Tuesday", d("2025-03-04")), ("on Friday", d("2025-03-07"))]
    found = dates("Police said last week arrests were expected as early as Saturday and Monday.")
    assert [(e, x) for e, x, _, _ in found] == [
        ("last week", d("2025-03-03")), ("as early as Saturday", d("2025-03-08")), ("Monday", d("2025-03-10"))]


# --------------------------------------------------------------------------- relative periods

@pytest.mark.parametrize("text, expression, first, last, precision", [
    ("The storm hit yesterday.", "yesterday", "2025-03-09", "2025-03-09", "day"),
    ("The storm hit today.", "today", "2025-03-10", "2025-03-10", "day"),
    ("Rain is due tomorrow.", "tomorrow", "2025-03-11", "2025-03-11", "day"),
    ("The storm hit last week.", "last week", "2025-03-03", "2025-03-09", "week"),
    ("The storm hits this week.", "this week", "2025-03-10", "2025-03-16", "week"),
    ("The storm hit over the weekend.", "over the weekend", "2025-03-08", "2025-03-09", "day"),
    ("Sales rose this month.", "this month", "2025-03-01", "2025-03-31", "month"),
    ("Sales rose last month.", "last month", "2025-02-01", "2025-02-28", "month"),
    ("Sales rose earlier this year.", "earlier this year", "2025-01-01", "2025-12-31", "year"),
    ("A vote is expected early next year.", "early next year", "2026-01-01", "2026-12-31", "year"),
    ("The firm was founded two years ago.", "two years ago", "2023-01-01", "2023-12-31", "year"),
    ("The firm was founded three weeks ago.", "three weeks ago", "2025-02-17", "2025-02-23", "week"),
    ("The firm was founded 10 days ago.", "10 days ago", "2025-02-28", "2025-02-28", "day"),
])
def test_relative_periods(text, expression, first, last, precision):
    assert one(text) == (expression, d(first), d(last), precision)


def test_last_month_in_january_is_december_of_the_year_before():
    assert one("Sales rose last month.", date(2025, 1, 15))[1:3] == (d("2024-12-01"), d("2024-12-31"))


# --------------------------------------------------------------------------- months without a year

def test_last_month_name_is_that_month_of_the_previous_year():
    assert one("The summit took place last June.")[1] == d("2024-06-01")
    assert one("The summit took place last June.", date(2025, 8, 1))[1] == d("2024-06-01")
    assert one("The summit takes place next June.")[1] == d("2026-06-01")


def test_month_with_last_year_and_since():
    assert one("Exports fell in May last year.")[:2] == ("in May last year", d("2024-05-01"))
    rec = find_dates("Shipments have continued since July last year.", MONDAY)[0]
    assert (rec["expression"], rec["date"], rec["relation"]) == ("since July last year", d("2024-07-01"), "since")


def test_a_bare_month_is_past_in_a_past_context_and_next_in_a_future_one():
    assert one("The strike began in January.")[1] == d("2025-01-01")
    assert one("He was re-elected in November.")[1] == d("2024-11-01")
    assert one("Fighting has raged since October.")[1] == d("2024-10-01")
    assert one("The bridge will reopen in June.")[1] == d("2025-06-01")
    assert one("The port plans to reopen by November.")[1] == d("2025-11-01")
    assert one("Another 500 jobs are expected to go by December.")[1] == d("2025-12-01")


def test_a_bare_month_without_tense_cues_is_the_nearest():
    assert one("The festival in April draws crowds.")[1] == d("2025-04-01")
    assert one("The festival in October draws crowds.")[1] == d("2024-10-01")


def test_a_reporting_clause_after_a_date_dates_the_statement_only_when_the_date_opens_the_sentence():
    assert one("Voters go to the polls on July 4, the premier announced.")[1] == d("2025-07-04")
    assert one("On Aug. 20, the union said it would strike.")[1] == d("2024-08-20")
    assert one("Heavy rain is forecast to last until Friday.")[1] == d("2025-03-14")


def test_a_day_without_a_year_follows_the_same_rules():
    assert one("The strike began on Feb. 20.")[1] == d("2025-02-20")
    assert one("The vote is scheduled for April 2.")[1] == d("2025-04-02")
    assert one("The vote was held on April 2.")[1] == d("2024-04-02")


# --------------------------------------------------------------------------- no publication date

def test_without_a_publication_date_absolute_dates_resolve_and_relative_ones_do_not():
    found = find_dates("On Jan. 5, 2020, and in June 2021, and last week, and on Friday, and on Jan. 5.", None)
    got = {r["expression"]: (r["date"], r["resolved"], r["precision"]) for r in found}
    assert got["On Jan. 5, 2020"] == (d("2020-01-05"), True, "day")
    assert got["in June 2021"] == (d("2021-06-01"), True, "month")
    assert got["last week"] == (None, False, "week")
    assert got["on Friday"] == (None, False, "day")
    assert got["on Jan. 5"] == (None, False, "day")


# --------------------------------------------------------------------------- each resolver on its own

@pytest.mark.parametrize("kind, text, first, last, precision, rule", [
    ("day", "on June 5, 2019", "2019-06-05", "2019-06-05", "day", "absolute date"),
    ("day", "on June 5", "2025-06-05", "2025-06-05", "day", "day without year (nearest)"),
    ("iso", "on 2021-02-03", "2021-02-03", "2021-02-03", "day", "absolute date"),
    ("month", "in June", "2025-06-01", "2025-06-30", "month", "month without year (nearest)"),
    ("month", "in June last year", "2024-06-01", "2024-06-30", "month", "month of last year"),
    ("year", "from 2017 to 2019", "2017-01-01", "2019-12-31", "year", "absolute year"),
    ("weekday", "will meet Friday", "2025-03-14", "2025-03-14", "day", "next such day"),
    ("weekday", "met on Friday", "2025-03-07", "2025-03-07", "day", "most recent such day before publication"),
    ("relative", "last week", "2025-03-03", "2025-03-09", "week", "relative to publication"),
    ("ago", "three days ago", "2025-03-07", "2025-03-07", "day", "counted back from publication"),
])
def test_each_resolver_gives_its_period_precision_and_rule(kind, text, first, last, precision, rule):
    pattern = dict((k, p) for k, p, _ in PATTERNS)[kind]
    got = resolve(kind, pattern.search(text), text, MONDAY)
    assert (got["date"], got["date_end"], got["precision"], got["rule"], got["resolved"]) == (
        d(first), d(last), precision, rule, True)


def test_every_kind_of_pattern_has_a_resolver():
    assert {kind for kind, _, _ in PATTERNS} == set(RESOLVERS)


@pytest.mark.parametrize("kind, pattern, text", [("iso", ISO_DATE_RE, "2021-02-30"), ("day", DAY_DATE_RE, "Feb. 30, 2021")])
def test_a_date_off_the_calendar_is_left_unresolved(kind, pattern, text):
    got = resolve(kind, pattern.search(text), text, MONDAY)
    assert (got["date"], got["resolved"], got["rule"]) == (None, False, "not a calendar date")


@pytest.mark.parametrize("kind, pattern, text, resolved", [
    ("day", DAY_DATE_RE, "on June 5", False), ("month", MONTH_RE, "in June", False), ("weekday", WEEKDAY_RE, "on Friday", False),
    ("relative", RELATIVE_RE, "last week", False), ("ago", AGO_RE, "two weeks ago", False),
    ("year", YEAR_RE, "in 2019", True), ("month", MONTH_RE, "in June 2019", True),
])
def test_without_a_publication_date_only_written_years_resolve(kind, pattern, text, resolved):
    got = resolve(kind, pattern.search(text), text, None)
    assert got["resolved"] is resolved and (got["rule"] == "needs publication date") is not resolved


def test_a_future_day_counts_from_the_statement_when_given_one():
    text = "the vote will be held on Friday"
    m = WEEKDAY_RE.search(text)
    assert resolve("weekday", m, text, MONDAY)["date"] == d("2025-03-14")
    assert resolve("weekday", m, text, MONDAY, anchor=d("2025-02-24"))["date"] == d("2025-02-28")
