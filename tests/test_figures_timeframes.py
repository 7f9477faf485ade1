"""Time frames: the time expression of a figure's clause and the period it names.

``timeframes`` (finding and resolving) and ``clauses`` (where a clause or an inner sentence
starts) are tested on their own, then through :func:`extract`.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers.extract.figures import extract, patterns, resolve_timeframe, timeframes_in
from helpers.extract.figures.clauses import _clause_bounds, _clause_of, _inner_ends
from helpers.read.article import parse_article

from figure_cases import figs, one

PUBLISHED = date(2024, 10, 28)  # a Monday


# --------------------------------------------------------------------------- through extract

@pytest.mark.parametrize("text, timeframe, start, end", [
    ("The North sent at least 3,000 soldiers this month.", "this month", date(2024, 10, 1), date(2024, 10, 31)),
    ("The North plans to send around 10,000 troops by December.", "by December", None, date(2024, 12, 31)),
    ("It has supplied more than 13,000 containers since August last year.", "since August last year",
     date(2023, 8, 1), PUBLISHED),
    ("Crews repaired 40 bridges last week.", "last week", date(2024, 10, 21), date(2024, 10, 27)),
    ("The agency recorded 300 attacks in 2023.", "in 2023", date(2023, 1, 1), date(2023, 12, 31)),
    ("Rebels fired 50 rockets over the past two weeks.", "over the past two weeks", date(2024, 10, 14), PUBLISHED),
    ("Firms cut 900 jobs last September.", "last September", date(2023, 9, 1), date(2023, 9, 30)),
])
def test_time_frames_resolve_against_the_publication_date(text, timeframe, start, end):
    f = one(text, published=PUBLISHED)
    assert (f["timeframe"], f["period_start"], f["period_end"]) == (timeframe, start, end)


def test_without_a_publication_date_only_written_years_resolve():
    relative = one("The North sent 3,000 soldiers this month.")
    written = one("The agency recorded 300 attacks in 2023.")
    assert (relative["timeframe"], relative["period_start"], relative["period_end"]) == ("this month", None, None)
    assert (written["period_start"], written["period_end"]) == (date(2023, 1, 1), date(2023, 12, 31))


def test_the_time_of_a_statement_is_not_the_time_of_its_figure():
    said = one("Seoul said last week that the North sent 3,000 soldiers this month.", published=PUBLISHED)
    opened = one("Last week, Seoul confirmed that the North sent 3,000 soldiers.", published=PUBLISHED)
    assert said["timeframe"] == "this month" and opened["timeframe"] is None


def test_a_time_frame_belongs_to_the_clause_of_its_figure():
    found = figs("Seoul said 3,000 soldiers left, with about 10,000 due by December.", published=PUBLISHED)
    assert [f["timeframe"] for f in found] == [None, "by December"]


# --------------------------------------------------------------------------- each piece on its own

MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize("text, first, last", [
    ("in March 2021", date(2021, 3, 1), date(2021, 3, 31)),
    ("since June", date(2024, 6, 1), MONDAY),
    ("by June", None, date(2025, 6, 30)),
    ("last June", date(2024, 6, 1), date(2024, 6, 30)),
    ("between 2019 and 2021", date(2019, 1, 1), date(2021, 12, 31)),
    ("in the past three months", date(2024, 12, 10), MONDAY),
    ("in the next two weeks", MONDAY, date(2025, 3, 24)),
    ("this week", date(2025, 3, 10), date(2025, 3, 16)),
    ("so far this year", date(2025, 1, 1), MONDAY),
    ("two days ago", date(2025, 3, 8), date(2025, 3, 8)),
    ("by the end of the year", None, date(2025, 12, 31)),
    ("last Friday", date(2025, 3, 7), date(2025, 3, 7)),
    ("yesterday", date(2025, 3, 9), date(2025, 3, 9)),
])
def test_resolve_timeframe_names_the_period_of_each_form(text, first, last):
    assert resolve_timeframe(patterns().timeframe.search(text), MONDAY) == (first, last)


def test_resolve_timeframe_without_a_publication_date_resolves_written_years_only():
    rx = patterns().timeframe
    assert resolve_timeframe(rx.search("in 2021"), None) == (date(2021, 1, 1), date(2021, 12, 31))
    assert resolve_timeframe(rx.search("since June"), None) == (None, None)
    assert resolve_timeframe(rx.search("9948819 quarters ago"), MONDAY) == (None, None)  # out of the calendar


def test_timeframes_in_finds_expressions_with_their_spans_and_periods():
    text = "Sales fell 4 percent in the past three months and will rise by June."
    found = timeframes_in(text, MONDAY)
    assert [(t.text, t.period_start, t.period_end) for t in found] == [
        ("in the past three months", date(2024, 12, 10), MONDAY), ("by June", None, date(2025, 6, 30))]
    assert all(text[t.start:t.end] == t.text for t in found)


def test_a_month_needs_a_capital_and_a_date_context_and_a_year_must_not_count_a_noun():
    assert timeframes_in("Troops may join soon.") == []
    assert timeframes_in("in 2000 soldiers") == []
    assert [t.text for t in timeframes_in("Talks may resume in May.")] == ["in May"]


def test_clauses_and_sentences_left_inside_a_record():
    text = "Crews fixed 12 lines; 40 more are due by June. Officials agreed."
    assert _inner_ends(text) == [text.index("Officials")]
    cuts = _clause_bounds(text)
    assert cuts == [text.index("; ") + 1, text.index("Officials")]
    assert [_clause_of(text.index(w), cuts) for w in ("12", "40", "June", "agreed")] == [0, 1, 1, 2]


def test_an_abbreviation_ends_no_sentence_but_a_month_does():
    assert _inner_ends("Gen. Ito came.") == []
    assert _inner_ends("It ends in May. Then more.") == [16]


def test_a_deadline_month_in_a_past_tense_sentence_is_the_last_such_month_as_in_the_timeline():
    from helpers.extract.dates import extract as timeline

    a = parse_article("---\npublished: 2015-11-16\n---\nThrough the end of September, the campaign had "
                      "raised $3.2 million. Aides expect 40 more staff by December.\n", "t")
    got = {f["text"]: (f["period_start"], f["period_end"]) for f in extract(a)}
    assert got["$3.2 million"] == (date(2015, 9, 30), date(2015, 9, 30))
    assert got["40 more staff"] == (None, date(2015, 12, 31))
    september = [t for t in timeline(a) if "September" in t["expression"]][0]
    assert september["date"].year == 2015  # figures and the timeline read the month alike
