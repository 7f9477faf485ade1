"""How outlets differ (helpers.analyse.compare, sources part): quote matching, actor spellings, only_in, overlap.

Fixtures are small invented stories and tables built here; the extractors' tables are stood in
for by DataFrames with the contract's columns, so these tests do not depend on them.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import load_corpus
from helpers.analyse import compare
from helpers.corpus import records_to_frame
from helpers.read.text import quote_spans

ARTICLES = pd.DataFrame({"article_id": ["a1", "b2", "c3"], "outlet": ["Coast Herald", "Valley Times", "River Wire"]})
TWO = ARTICLES.head(2)


def quotes(*rows: tuple) -> pd.DataFrame:
    """A quotes table from (article_id, text, speaker, speaker_text) rows, spans made up in order."""
    recs = [{"article_id": a, "quote_id": f"{a}-q{n}", "text": t, "speaker": s, "speaker_text": st_, "verb": "said",
             "partial": len(t.split()) < 4, "medium": None, "para_no": n, "start": 100 * n, "end": 100 * n + len(t)}
            for n, (a, t, s, st_) in enumerate(rows, start=1)]
    return records_to_frame("quotes", recs)


def mentions(*rows: tuple) -> pd.DataFrame:
    """A mentions table from (article_id, text, canonical, kind) rows, spans made up in order."""
    recs = [{"article_id": a, "text": t, "canonical": c, "kind": k, "country": None, "in_gazetteer": c is not None,
             "para_no": 1, "start": 10 * n, "end": 10 * n + len(t)} for n, (a, t, c, k) in enumerate(rows, start=1)]
    return records_to_frame("mentions", recs)


def figures(*rows: tuple) -> pd.DataFrame:
    """A figures table from (article_id, text, value, qualifier, category, claimant) rows."""
    recs = [{"article_id": a, "figure_id": f"{a}-f{n}", "text": t, "value": v, "value_max": None, "qualifier": q,
             "noun": None, "category": cat, "claimant": cl, "start": 10 * n, "end": 10 * n + len(t)}
            for n, (a, t, v, q, cat, cl) in enumerate(rows, start=1)]
    return records_to_frame("figures", recs)


# -- quote matching ------------------------------------------------------------------------------
def test_same_quote_despite_curly_marks_case_and_punctuation():
    q = quotes(("a1", "We won\u2019t sit idle \u2014 not now,", "Oleksandr Tkachenko", "Tkachenko"),
               ("b2", "we won't sit idle - not now.", None, "the mayor"))
    got = compare.match_quotes(q, TWO)
    assert len(got) == 1
    row = got.iloc[0]
    assert row["how"] == "same" and row["outlets"] == 2
    assert row["Coast Herald"] == "We won\u2019t sit idle \u2014 not now,"
    assert row["Valley Times"] == "we won't sit idle - not now."
    # a speaker missing from the gazetteer is shown as written
    assert (row["Coast Herald speaker"], row["Valley Times speaker"]) == ("Oleksandr Tkachenko", "the mayor")
    # and each outlet's attribution as written sits beside it
    assert (row["Coast Herald attribution"], row["Valley Times attribution"]) == ("Tkachenko", "the mayor")


def test_small_wording_difference_is_similar():
    q = quotes(("a1", "The levee is a serious worry for every family here", "X", "X"),
               ("b2", "The levee is a serious worry for all families here", "X", "X"))
    got = compare.match_quotes(q, TWO)
    assert got["how"].tolist() == ["similar"]
    assert 0.8 <= got["similarity"].iloc[0] < 1


def test_partial_quote_is_contained_in_full_quote():
    q = quotes(("a1", "will not break the wall again", "X", "X"),
               ("b2", "The river will not break the wall again, I promise you that", "X", "X"))
    got = compare.match_quotes(q, TWO)
    assert got["how"].tolist() == ["contained"]
    assert got["similarity"].tolist() == [1.0]


def test_partial_quote_with_one_word_changed_is_still_contained():
    assert compare.quote_match(compare.quote_words("does not need to confirm the reports"),
                               compare.quote_words("We do not need to confirm the reports of troops at all"))[0] == "contained"


@pytest.mark.parametrize("a, b", [
    ("We will rebuild the harbour.", "The harbour will not be rebuilt this year, officials say."),
    ("idle", "We will not sit idle"),            # one word is too little to call it the same quote
    ("Prices rose sharply in March.", "Prices fell slightly in June."),
    ("", "Anything at all"),
])
def test_non_matches(a, b):
    assert compare.quote_match(compare.quote_words(a), compare.quote_words(b))[0] == ""


def test_different_quotes_are_unique_to_their_outlet():
    q = quotes(("a1", "The river will not break the wall again", "X", "X"),
               ("b2", "Insurance claims will take months to settle", "Y", "Y"),
               ("b2", "We need sandbags, not speeches", "Z", "Z"))
    assert compare.match_quotes(q, TWO).empty
    uniq = compare.unique_quotes(q, TWO)
    assert uniq[["outlet", "text"]].values.tolist() == [
        ["Coast Herald", "The river will not break the wall again"],
        ["Valley Times", "Insurance claims will take months to settle"],
        ["Valley Times", "We need sandbags, not speeches"]]


def test_partial_and_full_in_one_article_join_the_shared_group():
    q = quotes(("a1", "in a matter of weeks", "X", "X"),
               ("a1", "The water could be back in a matter of weeks, and we are not ready", "X", "X"),
               ("b2", "in a matter of weeks", "X", "X"))
    got = compare.match_quotes(q, TWO)
    assert len(got) == 1
    assert got["Coast Herald"].iloc[0].split(" | ") == ["in a matter of weeks", "The water could be back in a matter of weeks, and we are not ready"]
    assert compare.unique_quotes(q, TWO).empty


def test_quotes_of_articles_not_listed_are_ignored():
    q = quotes(("a1", "We need sandbags, not speeches", "X", "X"), ("c3", "We need sandbags, not speeches", "X", "X"))
    assert compare.match_quotes(q, TWO).empty
    assert compare.unique_quotes(q, TWO)["article_id"].tolist() == ["a1"]


# -- actors --------------------------------------------------------------------------------------
def test_actor_spelling_variants_are_flagged():
    m = mentions(("a1", "Oleksandr Tkachenko", "Oleksandr Tkachenko", "person"), ("a1", "Tkachenko", "Oleksandr Tkachenko", "person"),
                 ("b2", "Olexandr Tkachenko", "Oleksandr Tkachenko", "person"),
                 ("a1", "Ri Son Gwon", "Ri Son-gwon", "person"), ("b2", "Ri Son-gwon", "Ri Son-gwon", "person"),
                 ("a1", "Harbour Authority", "Harbour Authority", "organization"),
                 ("b2", "Harbour Authority", "Harbour Authority", "organization"))
    got = compare.actor_variants(m, TWO).set_index("canonical")
    assert got.loc["Oleksandr Tkachenko", "Coast Herald"] == "Oleksandr Tkachenko | Tkachenko"
    assert got.loc["Oleksandr Tkachenko", "Valley Times"] == "Olexandr Tkachenko"
    assert got.loc["Oleksandr Tkachenko", "differs"]
    assert got.loc["Oleksandr Tkachenko", "variants"] == "Oleksandr Tkachenko / Olexandr Tkachenko"
    assert got.loc["Ri Son-gwon", "differs"] and got.loc["Ri Son-gwon", "variants"] == "Ri Son Gwon / Ri Son-gwon"
    assert not got.loc["Harbour Authority", "differs"]


def test_short_form_or_other_actor_is_not_a_spelling_variant():
    m = mentions(("a1", "Joan Ruiz", "Joan Ruiz", "person"), ("b2", "Ruiz", "Joan Ruiz", "person"),
                 ("a1", "Pilar Ortega", "Pilar Ortega", "person"))
    got = compare.actor_variants(m, TWO)
    assert got["differs"].tolist() == [False, False]
    # named by most outlets first; an actor only one names has an empty cell for the other
    assert got["canonical"].tolist() == ["Joan Ruiz", "Pilar Ortega"]
    assert got.set_index("canonical").loc["Pilar Ortega", "Valley Times"] == ""


def test_unknown_actor_without_canonical_uses_text():
    m = mentions(("a1", "Dana Whitfield", None, "person"), ("b2", "Dana Whitfield", None, "person"))
    got = compare.actor_variants(m, TWO)
    assert got[["canonical", "outlets", "differs"]].values.tolist() == [["Dana Whitfield", 2, False]]


@pytest.mark.parametrize("x, y, alike", [
    ("Kyiv", "Kiev", True), ("Zelensky", "Zelenskyy", True), ("Kim Jong Un", "Kim Jong-un", True),
    ("Biden", "Joe Biden", False), ("Putin", "Peskov", False), ("Same Name", "Same Name", False),
    ("Harbour police", "Harbour Authority police", False), ("Defense Ministry", "Defence Ministry", True),
    ("Mohammed Salem", "Muhammad Salem", True), ("Kim Jong-un", "Kim Jongun", True)])
def test_looks_alike(x, y, alike):
    assert compare.looks_alike(x, y) is alike


# -- what only one reports -----------------------------------------------------------------------
STORY_A = """---
outlet: Coast Herald
published: 2023-03-02
---
Port Aldren evacuates as river rises

PORT ALDREN: Mayor Oleksandr Tkachenko said about 1,200 people had left their homes by Tuesday.

"The river will not break the wall again," Tkachenko said. Engineer Pilar Ortega called the levee "a serious worry."
"""
STORY_B = """---
outlet: Valley Times
published: 2023-03-02
---
River threatens Port Aldren

PORT ALDREN: Some 1,200 residents fled, said Mayor Olexandr Tkachenko, who added that the river "will not break the wall again."

Insurers expect 300 claims, the Harbour Authority said.
"""


def _tables_from_stories(tmp_path) -> dict:
    """Load the two stories and stand in for the extractors with spans found in the raw text."""
    (tmp_path / "a1.txt").write_text(STORY_A, encoding="utf-8")
    (tmp_path / "b2.txt").write_text(STORY_B, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    raws = {d.article_id: d.raw for d in corpus.documents}
    qrecs = [{"article_id": p.article_id, "quote_id": f"{p.article_id}-{n}", "text": p.text[s + 1:e], "speaker": "Oleksandr Tkachenko",
              "start": p.start + s + 1, "end": p.start + e} for n, p in enumerate(corpus.paragraphs.itertuples()) for s, e in quote_spans(p.text)]
    names = {"Oleksandr Tkachenko": "Oleksandr Tkachenko", "Olexandr Tkachenko": "Oleksandr Tkachenko",
             "Pilar Ortega": "Pilar Ortega", "Harbour Authority": "Harbour Authority", "Port Aldren": "Port Aldren"}
    mrecs = [{"article_id": a, "text": t, "canonical": c, "kind": "place" if c == "Port Aldren" else "person",
              "start": m.start(), "end": m.end()} for a, raw in raws.items() for t, c in names.items() for m in re.finditer(re.escape(t), raw)]
    frecs = [{"article_id": p.article_id, "figure_id": f"{p.article_id}-{n}", "text": m.group(), "value": float(m.group().replace(",", "")),
              "category": None, "start": p.start + m.start(), "end": p.start + m.end()}
             for n, p in enumerate(corpus.paragraphs.itertuples()) for m in re.finditer(r"\d[\d,]*\d", p.text)]
    return {"articles": corpus.articles, "quotes": records_to_frame("quotes", qrecs),
            "mentions": records_to_frame("mentions", mrecs), "figures": records_to_frame("figures", frecs), "raw": raws}


def test_only_in_lists_what_no_other_article_carries(tmp_path):
    t = _tables_from_stories(tmp_path)
    only_a = compare.only_in(t, "a1")
    assert only_a[["what", "text"]].values.tolist() == [
        ["quote", "a serious worry."], ["actor", "Pilar Ortega"]]
    only_b = compare.only_in(t, "b2")
    assert only_b[["outlet", "what", "text"]].values.tolist() == [
        ["Valley Times", "figure", "300"], ["Valley Times", "actor", "Harbour Authority"]]
    # every row points at its text in the article
    for r in compare.only_in(t).itertuples():
        assert t["raw"][r.article_id][r.start:r.end] == r.text


def test_stories_share_figure_quote_and_actors(tmp_path):
    t = _tables_from_stories(tmp_path)
    pairs = compare.overlap_pairs(t)
    assert pairs.to_dict("records") == [{"a": "Coast Herald", "b": "Valley Times", "figures": 1, "quotes": 1, "actors": 2, "total": 4}]
    variants = compare.actor_variants(t["mentions"], t["articles"]).set_index("canonical")
    assert variants.loc["Oleksandr Tkachenko", "differs"]


# -- N articles, overlap, pairs ------------------------------------------------------------------
def three_tables() -> dict:
    q = quotes(("a1", "We need sandbags, not speeches", "X", "X"), ("b2", "we need sandbags not speeches", "X", "X"),
               ("c3", "We need sandbags, not speeches!", "X", "X"), ("c3", "Help is on the way", "Y", "Y"),
               ("a1", "Help is on its way", "Y", "Y"))
    m = mentions(("a1", "Joan Ruiz", "Joan Ruiz", "person"), ("b2", "Joan Ruiz", "Joan Ruiz", "person"),
                 ("c3", "Joan Ruis", "Joan Ruiz", "person"), ("c3", "Pilar Ortega", "Pilar Ortega", "person"))
    f = figures(("a1", "about 1,200", 1200.0, "approx", "people", "police"), ("b2", "1,200", 1200.0, "exact", None, "the mayor"),
                ("c3", "$1,200", 1200.0, "exact", "money", None), ("c3", "300", 300.0, "exact", None, None))
    return {"articles": ARTICLES, "quotes": q, "mentions": m, "figures": f}


def test_three_articles_overlap_pairs_and_matrix():
    t = three_tables()
    pairs = compare.overlap_pairs(t)
    assert pairs[["a", "b", "figures", "quotes", "actors"]].values.tolist() == [
        ["Coast Herald", "Valley Times", 1, 1, 1],
        ["Coast Herald", "River Wire", 1, 2, 1],   # "$1,200" joins via the uncategorised "1,200"
        ["Valley Times", "River Wire", 1, 1, 1]]
    matrix = compare.overlap_matrix(t)
    assert list(matrix.index) == list(matrix.columns) == ["Coast Herald", "Valley Times", "River Wire"]
    assert (matrix.values == matrix.values.T).all()
    assert matrix.loc["River Wire", "River Wire"] == 2 + 2 + 2
    assert compare.overlap_matrix(t, "quotes").loc["Coast Herald", "River Wire"] == 2
    with pytest.raises(ValueError, match="what must be"):
        compare.overlap_matrix(t, "people")


def test_vague_figure_does_not_match_an_exact_one():
    f = figures(("a1", "hundreds of homes", 100.0, "vague", None, None), ("b2", "100 homes", 100.0, "exact", None, None),
                ("c3", "hundreds of houses", 100.0, "vague", None, None))
    groups = compare.figure_groups(f, ARTICLES)
    assert groups.groupby("group")["text"].apply(list).tolist() == [["hundreds of homes", "hundreds of houses"], ["100 homes"]]


def test_figure_categories_keep_different_things_apart():
    f = figures(("a1", "1,200", 1200.0, "exact", "people", None), ("b2", "$1,200", 1200.0, "exact", "money", None))
    groups = compare.figure_groups(f, TWO)
    assert groups["n_articles"].tolist() == [1, 1]


def test_three_articles_quotes_and_spellings_side_by_side():
    t = three_tables()
    got = compare.match_quotes(t["quotes"], t["articles"])
    assert list(got.columns) == ["quote", "how", "similarity", "outlets",
                                 "Coast Herald", "Coast Herald speaker", "Coast Herald attribution",
                                 "Valley Times", "Valley Times speaker", "Valley Times attribution",
                                 "River Wire", "River Wire speaker", "River Wire attribution"]
    assert got["outlets"].tolist() == [3, 2]
    assert got.iloc[1]["Valley Times"] == ""
    actors = compare.actor_variants(t["mentions"], t["articles"]).set_index("canonical")
    assert actors.loc["Joan Ruiz", "variants"] == "Joan Ruis / Joan Ruiz"


def test_compare_pair_keeps_only_the_two_articles():
    t = three_tables()
    pair = compare.compare_pair(t, "a1", "c3")
    assert set(pair) == {"figures", "quotes", "unique_quotes", "actors", "only"}
    assert "Valley Times" not in pair["quotes"].columns and "River Wire" in pair["quotes"].columns
    assert set(pair["only"]["article_id"]) <= {"a1", "c3"}
    assert pair["quotes"]["outlets"].tolist() == [2, 2]


def test_compare_pair_uses_figure_claims_when_present(monkeypatch):
    seen = {}

    def fake_claims(figs, arts):
        seen["ids"] = sorted(arts["article_id"])
        return pd.DataFrame({"claims": [len(figs)]})

    monkeypatch.setattr(compare, "figure_claims", fake_claims, raising=False)
    pair = compare.compare_pair(three_tables(), "b2", "a1")
    assert seen["ids"] == ["a1", "b2"] and pair["figures"]["claims"].tolist() == [2]


def test_outputs_do_not_depend_on_row_order():
    t = three_tables()
    shuffled = {k: v.sample(frac=1, random_state=3) for k, v in t.items()}
    for fn in (compare.overlap_pairs, compare.only_in):
        pd.testing.assert_frame_equal(fn(t), fn(shuffled))
    pd.testing.assert_frame_equal(compare.match_quotes(t["quotes"], t["articles"]),
                                  compare.match_quotes(shuffled["quotes"], shuffled["articles"]))
    pd.testing.assert_frame_equal(compare.actor_variants(t["mentions"], t["articles"]),
                                  compare.actor_variants(shuffled["mentions"], shuffled["articles"]))


def test_outlet_labels_fall_back_and_stay_unique():
    arts = pd.DataFrame({"article_id": ["z9", "a1", "b2"], "outlet": ["", "Wire", "Wire"]})
    assert compare.outlet_labels(arts) == {"a1": "Wire (a1)", "b2": "Wire (b2)", "z9": "z9"}


# -- empty tables and one article ----------------------------------------------------------------
def test_empty_tables_give_empty_frames_with_columns():
    empty = {name: records_to_frame(name, []) for name in ("quotes", "mentions", "figures")}
    assert list(compare.match_quotes(empty["quotes"], TWO).columns)[:4] == ["quote", "how", "similarity", "outlets"]
    assert compare.match_quotes(empty["quotes"], TWO).empty
    assert compare.unique_quotes(empty["quotes"], TWO).empty
    assert list(compare.actor_variants(empty["mentions"], TWO).columns) == [
        "canonical", "kind", "country", "Coast Herald", "Valley Times", "outlets", "differs", "variants"]
    assert compare.only_in({"articles": TWO, **empty}).empty
    assert compare.overlap_pairs({"articles": TWO})["total"].tolist() == [0]
    assert compare.overlap_matrix({"articles": TWO.head(0)}).shape == (0, 0)
    assert compare.answer(compare.match_quotes(empty["quotes"], TWO), TWO, "No quotes found.") == compare.Note("No quotes found.")


def test_one_article_has_nothing_to_compare():
    one = ARTICLES.head(1)
    t = three_tables()
    assert repr(compare.answer(compare.match_quotes(t["quotes"], one), one)) == "Only one article: nothing to compare."
    assert compare.overlap_pairs({**t, "articles": one}).empty
    # with one article, everything it reports is its own
    assert len(compare.only_in({**t, "articles": one})) == 2 + 1 + 1


def test_sources_explorer_escapes_and_follows_the_dropdowns(tmp_path):
    from helpers.show import widgets

    (tmp_path / "a1.txt").write_text(STORY_A.replace("a serious worry.", "<script>x</script>"), encoding="utf-8")
    (tmp_path / "b2.txt").write_text(STORY_B, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    corpus._frames["quotes"] = quotes(("a1", "<script>x</script>", "X", "X"))
    box = widgets.sources_explorer(corpus)
    first, second = box.children[0].children
    assert (first.value, second.value) == ("a1", "b2")
    html = box.children[1].value
    assert "<script>" not in html and "&lt;script&gt;" in html
    second.value = "a1"
    assert "two different articles" in box.children[1].value
    one = widgets.sources_explorer(load_corpus(tmp_path / "a1.txt"))
    assert "Only one article" in one.value


def test_overlap_chart_labels_every_cell():
    from helpers.show import plots

    fig = plots.overlap_chart(compare.overlap_matrix(three_tables()))
    assert len(fig.axes[0].texts) == 9


# -- properties ----------------------------------------------------------------------------------
WORDS = st.lists(st.sampled_from(["the", "river", "will", "not", "break", "wall", "again", "we", "sandbags", "help"]),
                 min_size=1, max_size=12)


@given(WORDS, WORDS)
@settings(max_examples=200, deadline=None)
def test_quote_match_is_symmetric(a, b):
    assert compare.quote_match(tuple(a), tuple(b)) == compare.quote_match(tuple(b), tuple(a))


@given(WORDS, st.data())
@settings(max_examples=200, deadline=None)
def test_any_run_of_two_or_more_words_is_found_in_its_quote(words, data):
    i = data.draw(st.integers(0, len(words)))
    j = data.draw(st.integers(i, len(words)))
    part, whole = tuple(words[i:j]), tuple(words)
    how = compare.quote_match(part, whole)[0]
    if part == whole:
        assert how == "same"
    elif len(part) >= 2:
        assert how == "contained"


def test_ranges_are_the_same_fact_when_their_ends_agree():
    rows = [("a1", "10 to 12 boats", 11, 10, 12, "range"), ("b2", "between 10 and 12 boats", 11, 10, 12, "range"),
            ("c3", "9 to 13 boats", 11, 9, 13, "range"), ("c3", "11 boats", 11, None, None, "exact"),
            ("a1", "10 boats", 10, None, None, "exact")]
    recs = [{"article_id": a, "figure_id": f"{a}-f{n}", "text": t, "value": v, "value_min": lo, "value_max": hi,
             "qualifier": q, "noun": "boats", "category": "materiel", "claimant": None, "start": 10 * n,
             "end": 10 * n + len(t)} for n, (a, t, v, lo, hi, q) in enumerate(rows, start=1)]
    groups = compare.figure_groups(records_to_frame("figures", recs), ARTICLES)
    together = groups.groupby("group")["text"].apply(sorted).tolist()
    assert ["10 to 12 boats", "between 10 and 12 boats"] in together
    assert all(len(g) == 1 for g in together if g != ["10 to 12 boats", "between 10 and 12 boats"])
    claims = compare.figure_claims(records_to_frame("figures", recs), ARTICLES)
    assert claims[["value", "value_min", "value_max", "outlets"]].values.tolist() == [[11, 10, 12, 2]]
