"""The timeline of an article: body and captions, spans, the table's columns, articles without a date,
the range query and the timeline helpers for display, the seed stories.

The pieces have their own files: ``test_dates_expressions`` (finding dates, and what is no
date), ``test_dates_resolution`` (each form and rule), ``test_dates_tense``, ``test_dates_periods``.
"""
from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import given, settings, strategies as st

from helpers.analyse.timeline import between, format_when, timeline_points, timeline_story
from helpers.corpus import records_to_frame
from helpers.extract.dates import extract
from helpers.read.article import parse_article

MONDAY = date(2025, 3, 10)  # a Monday, the publication date of most fixtures


def d(s):
    return date.fromisoformat(s)


# --------------------------------------------------------------------------- articles, captions, spans

def test_an_article_without_a_date_lists_its_dates_unresolved():
    art = parse_article("Floods hit the valley\n\nThe river rose on Tuesday. It last flooded in March 2019.\n", "x")
    assert art.meta["published"] is None
    frame = records_to_frame("timeline", extract(art))
    assert frame.expression.tolist() == ["on Tuesday", "in March 2019"]
    assert frame.resolved.tolist() == [False, True]
    assert pd.isna(frame.date.iloc[0]) and frame.date.iloc[1] == pd.Timestamp("2019-03-01")


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
