"""Date expressions and the timeline: each date form, each relative rule, no publication date,
negatives, spans, the range query and the timeline helpers for display."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from helpers.read.article import parse_article
from helpers.corpus import records_to_frame
from helpers.analyse.timeline import between, format_when, timeline_points, timeline_story
from helpers.extract.dates import extract, find_dates

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


def test_a_number_after_a_day_is_not_a_range_when_it_counts_something():
    assert dates("On Feb. 2 and 3 villages flooded.") == [
        ("On Feb. 2", d("2025-02-02"), d("2025-02-02"), "day")]


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


def test_named_days_and_titles_are_not_dates():
    assert dates("Easter Sunday crowds filled the square, the Sunday Times reported.") == []
    assert dates("Black Friday sales rose.") == []


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


# --------------------------------------------------------------------------- negatives

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


# --------------------------------------------------------------------------- no publication date

def test_without_a_publication_date_absolute_dates_resolve_and_relative_ones_do_not():
    found = find_dates("On Jan. 5, 2020, and in June 2021, and last week, and on Friday, and on Jan. 5.", None)
    got = {r["expression"]: (r["date"], r["resolved"], r["precision"]) for r in found}
    assert got["On Jan. 5, 2020"] == (d("2020-01-05"), True, "day")
    assert got["in June 2021"] == (d("2021-06-01"), True, "month")
    assert got["last week"] == (None, False, "week")
    assert got["on Friday"] == (None, False, "day")
    assert got["on Jan. 5"] == (None, False, "day")


def test_an_article_without_a_date_lists_its_dates_unresolved():
    art = parse_article("Floods hit the valley\n\nThe river rose on Tuesday. It last flooded in March 2019.\n", "x")
    assert art.meta["published"] is None
    frame = records_to_frame("timeline", extract(art))
    assert frame.expression.tolist() == ["on Tuesday", "in March 2019"]
    assert frame.resolved.tolist() == [False, True]
    assert pd.isna(frame.date.iloc[0]) and frame.date.iloc[1] == pd.Timestamp("2019-03-01")


# --------------------------------------------------------------------------- articles, captions, spans

ARTICLE = (
    "Quake rattles coastal towns\n\n"
    "\u25b2 This March 2, 2025, photo shows a collapsed bridge in the port, taken on Sunday.\n"
    "\u25b2 This March 2, 2025, photo shows a collapsed bridge in the port, taken on Sunday.\n\n"
    "LIMA, March 10, 2025 (AP) -- A strong quake struck on Saturday, officials said.\n\n"
    "Rescuers expect to finish by April, the ministry said last week.\n"
)


def test_extract_reads_body_and_captions_and_keeps_spans():
    art = parse_article(ARTICLE, "quake")
    recs = extract(art)
    assert art.meta["published"] == MONDAY
    # a repeated caption gives its dates once; captions have no paragraph number
    assert [(r["expression"], str(r["date"]), r["source"], r["para_no"]) for r in recs] == [
        ("March 2, 2025", "2025-03-02", "caption", None),
        ("on Sunday", "2025-03-09", "caption", None),
        ("on Saturday", "2025-03-08", "body", 1),
        ("by April", "2025-04-01", "body", 2),
        ("last week", "2025-03-03", "body", 2),
    ]
    for r in recs:
        assert art.raw[r["start"]:r["end"]] == r["expression"]
        assert art.raw[r["event_start"]:r["event_start"] + len(r["event"])] == r["event"]
        assert r["expression"] in r["event"]


def test_the_timeline_frame_has_the_contract_columns_and_types():
    frame = records_to_frame("timeline", extract(parse_article(ARTICLE, "quake")))
    for col in ("article_id", "date", "date_end", "precision", "expression", "event", "resolved", "para_no", "start", "end"):
        assert col in frame
    assert str(frame.date.dtype).startswith("datetime64")
    assert set(frame.precision) <= {"day", "week", "month", "year"}
    assert (frame.source == "caption").sum() == 2 and frame.para_no.isna().sum() == 2
    assert frame.start.tolist() == sorted(frame.start)


FRAGMENTS = ["on Friday", "last week", "in June", "by December", "Oct. 18, 2024", "in 2019", "yesterday",
             "may join", "3,000 troops", "the 18-month war", "said", "will", "expected to", "Mayor Kim",
             "since August last year", "Dec. 14 and 15", "mid-2023", "two weeks ago", "today", "March",
             ",", "and", "the port", "\u201cquoted\u201d", "\u00e9t\u00e9", "Monday, Jan. 6, 2020", "last September"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14), st.booleans())
def test_every_expression_is_its_span(words, dated):
    text = " ".join(words) + "."
    raw = ("Storm news\n\nROME, Oct. 28, 2024 (AP) -- " if dated else "Storm news\n\n") + text + "\n"
    art = parse_article(raw, "prop")
    for r in extract(art):
        assert raw[r["start"]:r["end"]] == r["expression"]
        assert r["precision"] in ("day", "week", "month", "year")
        assert r["resolved"] == (r["date"] is not None)
        if r["resolved"]:
            assert r["date"] <= r["date_end"]


# --------------------------------------------------------------------------- the fast paths read as the plain ones

def _full_scan(text):
    """find_expressions as first written: every triggered pattern over the whole text."""
    from helpers.extract.dates import PATTERNS, _valid

    found = [(m.end() - m.start(), priority, m.start(), kind, m) for priority, (kind, pat, trigger) in enumerate(PATTERNS)
             if trigger.search(text) for m in pat.finditer(text) if m.end() > m.start() and _valid(kind, m, text)]
    kept = []
    for _, _, _, kind, m in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
        if all(m.end() <= k.start() or m.start() >= k.end() for _, k in kept):
            kept.append((kind, m))
    return [(kind, m.span(), m.groupdict()) for kind, m in sorted(kept, key=lambda km: km[1].start())]


TOKENS = FRAGMENTS + ["as early as", "the end of", "Sunday", "SUNDAY", "monday", "Oct.28", "5th", "of", "through",
                      "2022-23", "2024-10-28", "today2", "TODAY", "x'Monday", "June\u2019s", "told reporters",
                      "to be deployed", "in  June", "last\nweek", "\u017finc\u0435", "\u0131n", "\u0130n", "wee\u212aend",
                      "the day before yesterday", "over the weekend", "(", ")", "-", "\u2013", "a", "three days ago",
                      "week2", "ago2", "28", "3rd", "June\u00a0", "Oct.", "Sunday Times", "Easter", "2000 troops", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=40), st.sampled_from([" ", "  ", "\n", ", ", ""]))
def test_windowed_search_finds_what_a_full_scan_finds(words, sep):
    from helpers.extract.dates import find_expressions

    text = sep.join(words)
    assert [(kind, m.span(), m.groupdict()) for kind, m in find_expressions(text)] == _full_scan(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS + ["will", "was", "were", "be", "is", "plans to", "hundred", "closed", "Xed", "’", "'",
                                          "dogs’", "'deployed", "x’ed", "is’", "are'", "it’s", "’said", "will’", "'' ", "Is",
                                          "be’", "got", "gets", "fed", "shed", "paid,", "—", "2", "said.", "closed’"]),
                min_size=1, max_size=30))
def test_tense_read_once_per_sentence_matches_tense_before(words):
    from helpers.extract.dates import _Cues, tense_before

    text = " ".join(words)
    expected = [tense_before(text, i) for i in range(len(text) + 1)]
    assert [_Cues(text).before(i) for i in range(len(text) + 1)] == expected
    stretch = _Cues.STRETCH
    try:  # short stretches read backwards: they meet where a cue could straddle them
        _Cues.STRETCH = 1
        assert [_Cues(text).before(i) for i in range(len(text) + 1)] == expected
    finally:
        _Cues.STRETCH = stretch


# --------------------------------------------------------------------------- queries and display

def _timeline():
    return pd.DataFrame({
        "article_id": ["a", "a", "b", "b"],
        "date": pd.to_datetime(["2025-03-01", "2025-03-07", "2025-03-07", None]),
        "date_end": pd.to_datetime(["2025-03-31", "2025-03-07", "2025-03-07", None]),
        "precision": ["month", "day", "day", "day"],
        "expression": ["this month", "Friday", "on Friday", "on Monday"],
        "event": ["Sales rose this month.", "He quit Friday.", "She quit on Friday.", "They met on Monday."],
        "resolved": [True, True, True, False], "start": [11, 8, 9, 8], "end": [21, 14, 18, 17],
        "event_start": [0, 0, 0, 0]})


def test_between_is_inclusive_keeps_overlapping_periods_and_drops_unresolved_rows():
    t = _timeline()
    assert len(between(t)) == 4
    assert between(t, "2025-03-07", "2025-03-07").expression.tolist() == ["this month", "Friday", "on Friday"]
    assert between(t, start=date(2025, 3, 8)).expression.tolist() == ["this month"]
    assert between(t, end="2025-02-28").empty
    assert between(t.iloc[0:0], "2025-01-01").empty


def test_timeline_story_sorts_resolved_events_and_labels_them():
    story = timeline_story(_timeline())
    assert story.when.tolist() == ["2025-03", "2025-03-07", "2025-03-07"]
    assert story.label.tolist() == ["Sales rose this month", "He quit Friday", "She quit on Friday"]
    points = timeline_points(story)
    assert points.events.tolist() == [1, 1, 1]
    assert timeline_story(_timeline().iloc[0:0]).empty and timeline_points(timeline_story(_timeline().iloc[0:0])).empty


def test_format_when():
    assert format_when(d("2025-03-03"), d("2025-03-09"), "week") == "week of 2025-03-03"
    assert format_when(d("2015-01-01"), d("2018-12-31"), "year") == "2015–2018"
    assert format_when(None, None, "day") == "unresolved"


def test_timeline_chart_places_labels_without_overlap():
    from helpers.show.plots import _label_levels

    xs = [0, 0, 0, 1, 2, 30, 31]
    widths = [5] * len(xs)
    levels = _label_levels(xs, widths, xmax=40, gap=0.5)
    spans = {}
    for x, w, (level, ha) in zip(xs, widths, levels):
        lo, hi = (x, x + w) if ha == "left" else (x - w, x)
        assert all(hi < a or lo > b for a, b in spans.get(level, []))
        spans.setdefault(level, []).append((lo, hi))


def test_timeline_chart_and_explorer_cope_with_a_corpus():
    import matplotlib.pyplot as plt

    from helpers.corpus import Corpus
    from helpers.show.plots import timeline_chart
    from helpers.show.widgets import timeline_explorer

    corpus = Corpus([parse_article(ARTICLE, "quake")])
    fig = timeline_chart(timeline_points(timeline_story(corpus.timeline)))
    assert fig.axes and fig.axes[0].texts
    plt.close(fig)
    box = timeline_explorer(corpus)
    slider, result = box.children[0].children[0], box.children[1]
    assert slider.options[0] == "2025-03-02"
    slider.value = ("2025-03-08", "2025-03-08")
    assert "<mark>on Saturday</mark>" in result.value and "last week" in result.value and "March 2" not in result.value
    empty = Corpus([parse_article("Plain note\n\nNothing dated here.\n", "plain")])
    assert "No dated events" in timeline_explorer(empty).value
    plt.close(timeline_chart(timeline_points(timeline_story(empty.timeline))))


# --------------------------------------------------------------------------- the seed stories

def test_seed_timeline_holds_the_expected_dates():
    from helpers import load_corpus

    t = load_corpus().timeline
    got = {(a[:3], str(x.date()), p) for a, x, p in zip(t.article_id, t.date, t.precision) if pd.notna(x)}
    for art, day, precision in [
        ("000", "2022-02-01", "month"), ("000", "2024-06-01", "month"), ("000", "2024-08-01", "month"),
        ("002", "2024-08-01", "month"), ("000", "2023-08-01", "month"), ("000", "2023-09-01", "month"),
        ("000", "2024-10-24", "day"), ("000", "2024-10-25", "day"), ("000", "2024-10-27", "day"),
        ("002", "2024-10-27", "day"), ("000", "2024-10-21", "week"), ("002", "2024-10-21", "week"),
        ("000", "2024-10-01", "month"), ("000", "2024-12-01", "month"), ("002", "2024-12-01", "month"),
        ("002", "2024-10-18", "day"), ("002", "2020-10-10", "day"),
    ]:
        assert (art, day, precision) in got, (art, day, precision)
    assert t.resolved.all()
