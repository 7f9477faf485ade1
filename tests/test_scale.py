"""The workbook on many articles: answers first, at most 25 rows, at most 15 bars, human labels,
sides that fit, and comparisons that never try every pair of articles.

Fixtures are small tables written here (invented outlets and people).
"""
from __future__ import annotations

import json
import os
import re

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from helpers.analyse import facts, overview, quote_match, reactions
from helpers.analyse.named import is_named
from helpers.paths import NOTEBOOKS
from helpers.reports import find_notebooks
from helpers.show import charts
from helpers.show.tables import ROWS, top

OUTLETS = ["Coast Herald", "Valley Times", "River Wire", "Hill Post"]
SHARED = ["harbour", "wall", "holds", "through", "winter", "storms", "says", "engineer"]
OWN = ["that ferry timetables change next spring", "new tolls on the bridge for lorries and vans",
       "the old lighthouse reopens to visitors in May"]


def articles(n: int) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i:04d}" for i in range(n)], "outlet": [OUTLETS[i % 4] for i in range(n)],
                         "published": pd.to_datetime("2024-01-01") + pd.to_timedelta([i % 60 for i in range(n)], unit="D"),
                         "headline": [f"Story number {i} about the harbour" for i in range(n)], "n_words": [300] * n,
                         "notes": [""] * n, "encoding": ["utf-8"] * n})


def quotes(n_articles: int, per_article: int = 5) -> pd.DataFrame:
    """Each article quotes a shared line (one of 20), a common phrase, and lines of its own."""
    rows = []
    for i in range(n_articles):
        lines = [" ".join(f"{word}{i % 20}" for word in SHARED),
                 "I do not think that is right"]
        lines += [f"Article {i} reports {OWN[k % len(OWN)]}" for k in range(per_article - 2)]
        for k, text in enumerate(lines):
            rows.append({"article_id": f"a{i:04d}", "quote_id": f"a{i:04d}:q{k}", "text": text, "speaker": f"Person {k}",
                         "speaker_text": f"Person {k}", "partial": False, "start": 100 * k, "end": 100 * k + len(text)})
    return pd.DataFrame(rows)


# -- tables ---------------------------------------------------------------------------------------
def test_a_long_table_shows_its_first_rows_says_what_it_leaves_out_and_saves_the_rest(tmp_path):
    table = pd.DataFrame({"speaker": [f"P{i}" for i in range(100)], "quotes": range(100, 0, -1)})
    shown = top(table, name="02_speakers", noun="speakers", out_dir=tmp_path)
    page = shown._repr_html_()
    assert page.count("<tr") == ROWS + 1  # header + 25 rows
    assert "… and 75 more speakers" in page and 'href="' in page and "02_speakers.csv" in page
    assert "rows ×" not in page and "75 more speakers" in repr(shown)
    assert len(pd.read_csv(tmp_path / "02_speakers.csv")) == 100


def test_a_short_table_has_no_note_and_writes_nothing(tmp_path):
    shown = top(pd.DataFrame({"x": [1, 2]}), name="t", out_dir=tmp_path)
    assert "more" not in shown._repr_html_() and not (tmp_path / "t.csv").exists()


def test_table_text_is_escaped():
    assert "<script>" not in top(pd.DataFrame({"t": ["<script>x</script>"]}))._repr_html_()


# -- labels --------------------------------------------------------------------------------------
def test_articles_are_named_by_outlet_date_and_headline_or_file_name():
    arts = pd.DataFrame({"article_id": ["x1", "x2", "x3"], "outlet": ["Coast Herald", None, "Coast Herald"],
                         "published": pd.to_datetime(["2024-03-02", None, "2024-03-02"]),
                         "headline": ["Ferry fares rise", None, "Ferry fares rise"]})
    labels = overview.article_labels(arts)
    assert labels["x2"] == "x2"
    assert labels["x1"] == "Coast Herald · 2024-03-02 · Ferry fares rise (x1)"  # repeated labels stay unique
    assert len(set(labels.values())) == 3


# -- charts --------------------------------------------------------------------------------------
def test_charts_never_draw_more_than_15_bars_or_series():
    ranked = pd.DataFrame({"speaker": [f"P{i}" for i in range(40)], "quotes": range(40, 0, -1)})
    fig = charts.ranked_bars(ranked, "speaker", "quotes", "Quotes")
    assert len(fig.axes[0].patches) == 15 and "25 more" in fig.axes[0].get_xlabel()
    wide = pd.DataFrame({"side": [f"S{i}" for i in range(30)], **{f"k{j}": [1] * 30 for j in range(20)}, "total": [20] * 30})
    fig = charts.stacked_bars(wide, "side", "Statements", "statements")
    assert len(fig.axes[0].get_legend().get_texts()) <= 15 and len(fig.axes[0].get_yticklabels()) <= 15
    weeks = pd.DataFrame({"week": pd.date_range("2024-01-01", periods=30, freq="7D"),
                          **{f"o{j}": range(30) for j in range(20)}})
    assert len(charts.over_time(weeks, "Articles", "articles").axes[0].get_lines()) <= 15


def test_top_and_other_gathers_the_smaller_series():
    weeks = overview.weekly(articles(200).assign(outlet=[f"Outlet {i % 20}" for i in range(200)]))
    gathered = overview.top_and_other(weeks, [c for c in weeks.columns if c not in ("week", "total")], 12)
    series = [c for c in gathered.columns if c not in ("week", "total")]
    assert len(series) == 13 and series[-1] == "other"
    assert gathered[series].sum(axis=1).tolist() == weeks["total"].tolist()


# -- sides -----------------------------------------------------------------------------------------
def test_pronouns_and_generic_nouns_are_never_sides_and_unknown_never_heads_the_chart():
    r = pd.DataFrame({"article_id": ["a"] * 6, "start": range(6), "stance": ["report"] * 6, "text": ["x"] * 6,
                      "actor": ["you", "yourself", "writers", "world's largest economy", "Ana Duarte", "Ana Duarte"],
                      "country": [None] * 5 + ["Portugal"]})
    matrix, kind = reactions.sides_matrix(r)
    assert kind == "actor" and matrix["side"].tolist() == ["Ana Duarte"]
    by_country, _ = reactions.sides_matrix(r, "country")
    assert by_country["side"].tolist() == ["Portugal", "(unknown)"]
    assert "(unknown)" not in reactions.chart_rows(by_country)["side"].tolist()
    assert not any(is_named(w) for w in ("I", "you", "strangers", "someone"))


def test_several_countries_make_country_sides():
    r = pd.DataFrame({"country": ["A", "B", "C", "A", None], "actor": ["x"] * 5})
    assert reactions.side_kind(r) == "country"
    assert reactions.side_kind(r.assign(country=["A"] * 4 + ["B"])) == "actor"


# -- comparisons without all pairs -----------------------------------------------------------------
def test_quote_matching_compares_candidates_not_all_pairs(monkeypatch):
    calls = []
    real = quote_match.quote_match
    monkeypatch.setattr(quote_match, "quote_match", lambda a, b: calls.append(1) or real(a, b))
    arts = articles(400)
    groups = quote_match.quote_groups(quotes(400), arts)
    distinct = groups["text"].nunique()
    assert len(calls) < 5 * distinct  # all pairs would be ~distinct**2 / 2 (~ 580,000)
    shared = groups[groups["text"].str.startswith("harbour3 ")]
    assert shared["group"].nunique() == 1 and shared["n_articles"].iloc[0] == 20


def test_above_a_dozen_articles_outlets_are_compared():
    arts = articles(40)
    q = quotes(40)
    tables = {"articles": arts, "quotes": q}
    assert "outlet by outlet" in str(facts.describe(tables))
    shared = facts.shared_facts(tables)
    assert set(shared["what"]) == {"quote"} and shared["outlets"].max() == 4
    assert shared["fact"].str.contains("Article").sum() == 0  # an article's own lines are not shared
    counts = facts.only_one_counts(tables)
    # each outlet: its 30 own lines, and 5 of the 20 shared lines (line i % 20 goes with outlet i % 4)
    assert counts["outlet"].tolist() == sorted(OUTLETS) and (counts["quotes only here"] == 35).all()
    from helpers.analyse import compare

    matrix = compare.overlap_matrix(tables)
    assert matrix.shape == (4, 4) and list(matrix.index) == sorted(OUTLETS)


def test_up_to_a_dozen_articles_are_compared_one_by_one():
    tables = {"articles": articles(3), "quotes": quotes(3)}
    from helpers.analyse import compare

    assert "article by article" in str(facts.describe(tables))
    assert compare.overlap_matrix(tables).shape == (3, 3)


# -- the stored notebooks ----------------------------------------------------------------------------
@pytest.mark.parametrize("path", find_notebooks(NOTEBOOKS), ids=lambda p: p.stem)
def test_stored_outputs_show_no_truncated_frame_and_no_table_over_25_rows(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            page = "".join(data.get("text/html", ""))
            text = "".join(data.get("text/plain", ""))
            assert not re.search(r"\d+ rows × \d+ columns|\[\d+ rows x \d+ columns\]", page + text)
            for table in re.findall(r"<tbody>.*?</tbody>", page, re.S):
                assert table.count("<tr") <= ROWS


# -- reports ---------------------------------------------------------------------------------------
def test_a_report_build_extracts_the_corpus_once_into_the_cache(tmp_path, monkeypatch):
    from helpers import load_corpus
    from helpers.cache import code_version
    from helpers.reports import build

    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        (folder / f"story{i}.txt").write_text(f"Harbour news {i}\n\nThe ferry ran {i + 2} times on Monday, officials said.\n",
                                              encoding="utf-8")
    monkeypatch.setenv("NEWS_WORKBOOK_CACHE", str(tmp_path / "cache"))
    lines = []
    build(corpus=folder, out=tmp_path / "out", notebooks=[], log=lines.append)
    assert len(list((tmp_path / "cache" / code_version()).rglob("*.pickle"))) == 3
    assert any("3 articles" in line for line in lines)
    assert os.environ.get("NEWS_WORKBOOK_REPORTS") != str((tmp_path / "out").resolve())  # restored after the build
    assert len(load_corpus(folder)) == 3  # read back


def test_the_index_links_the_whole_tables():
    from helpers.reports import index_html

    page = index_html([("00_corpus.html", "00", "")], tables=["00_articles"])
    assert '<a href="tables/00_articles.csv">00_articles</a>' in page
