"""Figure records of an article: spans, ids, columns, which blocks give figures, elided nouns, the
seeds' acceptance list, and the queries, comparison and chart built on the figures table.

The pieces have their own files: ``test_figures_numbers`` (reading numbers),
``test_figures_exclusions`` (what is not a figure), ``test_figures_nouns`` (counted nouns and
categories), ``test_figures_qualifiers`` (qualifiers and ranges), ``test_figures_timeframes``
and ``test_figures_claimants``. Every fixture is a small text written here. ``figs`` wraps a text
as the body of an article (after a dateline, so its first line is no headline).
"""
from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import given, settings, strategies as st

from helpers import load_corpus
from helpers.analyse import compare
from helpers.analyse.figures import filter_figures, key_figures
from helpers.corpus import records_to_frame
from helpers.extract.figures import extract, figures_in
from helpers.read.article import parse_article
from helpers.schema import COLUMNS
from helpers.show.plots import figures_chart

from figure_cases import FakeGazetteer


# --------------------------------------------------------------------------- records

def test_related_headlines_captions_and_boilerplate_give_no_figures():
    raw = ("Storm hits coast\n\n"
           "\u25b2 Rescuers carry 12 people to safety. (PHOTO NOT FOR SALE) (Yonhap)\n\n"
           "MIAMI (AP) \u2014 The storm destroyed 40 homes, officials said.\n\n"
           "Latest Headlines\n\n"
           "Quake kills 300 in mountain villages\n"
           "World News // 44 minutes ago\n\n"
           "(C) Wire 2024. 500 words.\n")
    found = extract(parse_article(raw, article_id="a"))
    assert [f["text"] for f in found] == ["40 homes"]


def test_records_carry_spans_ids_sentence_and_the_table_columns():
    raw = "WASHINGTON (AP) \u2014 Crews fixed 12 lines. About 40 ships waited.\n\nLater, 3 more came.\n"
    a = parse_article(raw, article_id="x9")
    found = extract(a)
    assert [f["figure_id"] for f in found] == ["x9:f1", "x9:f2", "x9:f3"]
    assert all(raw[f["start"]:f["end"]] == f["text"] for f in found)
    assert [(f["para_no"], f["sent_no"]) for f in found] == [(1, 1), (1, 2), (2, 1)]
    assert found[1]["sentence"] == "About 40 ships waited."
    assert set(found[0]) == set(COLUMNS["figures"])


def test_a_bare_number_takes_the_noun_it_elides_from_the_figure_before_it():
    a = parse_article("DHAKA (AP) \u2014 The factory hired 2,000 workers this year, with about 5,000 expected by June.\n")
    rows = [(f["value"], f["noun"], f["category"], f["qualifier"]) for f in extract(a)]
    assert rows == [(2000, "workers", "personnel", "exact"), (5000, "workers", "personnel", "approx")]


def test_a_bare_number_far_from_any_counted_noun_keeps_no_noun():
    a = parse_article("DHAKA (AP) \u2014 The factory hired 2,000 workers, officials in the capital said on a busy day of "
                      "talks that ran late into the night, and then the total rose to 5,000.\n")
    assert [f["noun"] for f in extract(a)] == ["workers", None]


# --------------------------------------------------------------------------- every span points at its text

WORDS = st.sampled_from(["soldiers", "about", "at least", "more than", "hundreds of", "between", "and", "to", "the",
                         "said", "Seoul", "last week", "by December", "one", "two", "twenty-five", "a dozen", "of",
                         "containers", "since August", "No.", "Oct.", "in", "$", "%", "-", ",", ".", "\u2014", "'s"])


NUMBERS = st.one_of(st.integers(0, 10**7).map(str), st.integers(0, 10**7).map("{:,}".format),
                    st.floats(0, 1e4, allow_nan=False).map("{:.2f}".format), st.sampled_from(["2 1/2", "10k", "$30B", "1.5 million"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(WORDS, NUMBERS, st.text(max_size=6)), min_size=1, max_size=40))
def test_every_figure_points_at_its_text_on_random_text(parts):
    raw = "SEOUL (AP) \u2014 " + " ".join(parts) + ".\n"
    found = extract(parse_article(raw, article_id="r"))
    assert all(raw[f["start"]:f["end"]] == f["text"] for f in found)
    starts = [f["start"] for f in found]
    assert starts == sorted(starts) and all(a["end"] <= b["start"] for a, b in zip(found, found[1:]))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_figures_in_any_sentence_point_at_their_text(text):
    assert all(text[f["start"]:f["end"]] == f["text"] for f in figures_in(text))


# --------------------------------------------------------------------------- the seeds

def test_seed_figures_meet_the_acceptance_list():
    c = load_corpus()
    gaz = FakeGazetteer()
    upi, yonhap = ([f for f in extract(doc, gaz)] for doc in c.documents)
    row = {f["text"]: f for f in upi + yonhap}
    f = row["at least 3,000 soldiers"]
    assert (f["qualifier"], f["claimant_text"], f["timeframe"]) == ("at_least", "Seoul and Washington", "this month")
    f = row["around 10,000 troops"]
    assert (f["value"], f["qualifier"], f["claimant"], f["timeframe"]) == (10000, "approx", "NIS", "by December")
    f = row["more than 13,000 containers"]
    assert (f["qualifier"], f["claimant"], f["timeframe"], f["period_start"]) == (
        "more_than", "NIS", "since August last year", date(2023, 8, 1))
    f = row["more than 70 occasions"]
    assert (f["value"], f["qualifier"], f["claimant"]) == (70, "more_than", "NIS")
    f = row["hundreds of square miles"]
    assert (f["qualifier"], f["category"]) == ("vague", "area")
    f = row["3,000 North Koreans"]
    assert (f["qualifier"], f["claimant"]) == ("exact", "NIS")
    assert (row["about 10,000"]["qualifier"], row["about 10,000"]["timeframe"]) == ("approx", "by December")
    f = row["at least 3,000 North Koreans"]
    assert (f["qualifier"], f["claimant"], f["timeframe"]) == ("at_least", "United States", "this month")
    body = [b for d in c.documents for b in d.blocks if b.kind == "body"]
    assert all(any(b.start <= f["start"] and f["end"] <= b.end for b in body) for f in upi + yonhap)
    assert not any(f["value"] in (2015, 2022, 2024, 28) for f in upi + yonhap)


# --------------------------------------------------------------------------- queries, comparison, chart

def test_filter_figures_by_category_claimant_and_article():
    table = load_corpus().figures
    assert set(filter_figures(table, category="materiel")["noun"]) == {"containers"}
    nis = filter_figures(table, claimant="the nis")
    assert list(nis["text"]) == ["more than 13,000 containers", "more than 70 occasions"]
    one_article = filter_figures(table, article_id=table["article_id"].iloc[-1])
    assert one_article["article_id"].nunique() == 1 and len(filter_figures(table)) == len(table)


def _table(*rows: tuple) -> pd.DataFrame:
    recs = [{"article_id": a, "figure_id": f"{a}:f{n}", "text": t, "value": v, "value_max": None, "qualifier": q,
             "noun": noun, "category": cat, "claimant": who, "start": 10 * n, "end": 10 * n + len(t)}
            for n, (a, t, v, q, noun, cat, who) in enumerate(rows, start=1)]
    return records_to_frame("figures", recs)


ARTICLES = pd.DataFrame({"article_id": ["a1", "b2", "c3"], "outlet": ["Coast Herald", "Valley Times", "River Wire"]})


def test_figure_claims_puts_one_fact_from_several_outlets_on_one_row():
    f = _table(("a1", "3,000 soldiers", 3000, "exact", "soldiers", "personnel", "NIS"),
               ("b2", "at least 3,000 North Koreans", 3000, "at_least", "North Koreans", "personnel", "United States"),
               ("c3", "about 3,000", 3000, "approx", None, None, "Seoul"),
               ("c3", "$3,000", 3000, "exact", "dollars", "money", None),
               ("a1", "40 ships", 40, "exact", "ships", "materiel", None))
    got = compare.figure_claims(f, ARTICLES)
    assert len(got) == 1
    row = got.iloc[0]
    assert (row["outlets"], row["qualifiers_differ"], row["category"]) == (3, True, "personnel")
    assert (row["Coast Herald"], row["Coast Herald qualifier"], row["Valley Times qualifier"], row["River Wire claimant"]) == (
        "3,000 soldiers", "exact", "at_least", "Seoul")
    assert list(got.columns[:8]) == list(compare.FIGURE_CLAIM_COLUMNS)


def test_figure_claims_with_one_article_or_none_is_empty_with_its_columns():
    f = _table(("a1", "3,000 soldiers", 3000, "exact", "soldiers", "personnel", "NIS"))
    assert compare.figure_claims(f, ARTICLES.head(1)).empty
    empty = compare.figure_claims(records_to_frame("figures", []), ARTICLES)
    assert empty.empty and list(empty.columns[:8]) == list(compare.FIGURE_CLAIM_COLUMNS)


def test_seed_outlets_agree_on_3000_but_qualify_it_differently():
    c = load_corpus()
    claims = compare.figure_claims(c.figures, c.articles).set_index("value")
    assert bool(claims.loc[3000, "qualifiers_differ"]) and claims.loc[3000, "UPI qualifier"] == "at_least"
    assert claims.loc[10000, "Yonhap"] == "about 10,000"


def test_key_figures_and_chart_show_qualifier_marks():
    c = load_corpus()
    key = key_figures(c.figures, c.articles)
    assert key["value"].is_monotonic_decreasing and "UPI: > 13,000 containers" in set(key["label"])
    fig = figures_chart(key)
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert any(t.strip().startswith("\u2265") for t in labels) and any(t.strip().startswith("\u2248") for t in labels)
    empty = figures_chart(key_figures(records_to_frame("figures", [])))
    assert [t.get_text() for t in empty.axes[0].texts] == ["No figures found."]
