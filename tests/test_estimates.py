"""Estimates over time (issue 15): figures placed in quantities across articles and dates.

Every corpus here is a small dated story written in the test (front matter gives the outlet and
the date), so each test states the grouping it expects.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import Corpus, estimates, load_corpus, merge_quantities, split_quantity
from helpers.analyse.estimates import apply_overrides
from helpers.analyse.series import left_out, quantities, quantity_rows
from helpers.analyse.quantities import Mention, clause_bounds, counted, demonym_in, kind_of, subject_of
from helpers.read.article import parse_article

REQUIRED = ["quantity", "quantity_id", "article_id", "outlet", "published", "as_of", "kind", "value", "value_min",
            "value_max", "qualifier", "claimant", "figure_id", "text", "sentence"]


def write(folder: Path, articles: dict[str, tuple[str | None, str | None, str]]) -> Path:
    """Write each ``name: (outlet, published, body)`` as ``name.txt`` with front matter (none when
    both are None), a headline line first."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (outlet, published, body) in articles.items():
        meta = "".join(f"{k}: {v}\n" for k, v in (("outlet", outlet), ("published", published)) if v)
        front = f"---\n{meta}---\n" if meta else ""
        (folder / f"{name}.txt").write_text(f"{front}Report {name}\n\n{body}\n", encoding="utf-8")
    return folder


def of(est: pd.DataFrame, text: str) -> pd.Series:
    """The one estimate whose figure is written ``text``."""
    rows = est[est["text"] == text]
    assert len(rows) == 1, (text, est[["text", "quantity"]].values.tolist())
    return rows.iloc[0]


# --------------------------------------------------------------------------- the four stories of the issue

FLOOD = {
    "day1": ("Daily Example", "2024-07-01", "At least 12 people were killed in floods in Yunnan province, officials said on Monday."),
    "day3": ("Wire Service", "2024-07-03", "The death toll from the floods in Yunnan has risen to 35, local officials said on Wednesday.\n\n"
                                           "More than 2,000 residents were evacuated."),
    "day6": ("Morning Post", "2024-07-06", "China's Ministry of Emergency Management said on Saturday that 120 people have died in Yunnan."),
}


def test_a_death_toll_rising_over_days_is_one_series(tmp_path):
    est = estimates(load_corpus(write(tmp_path, FLOOD)))
    toll = quantity_rows(est)  # the quantity carried by most articles
    assert toll["value"].tolist() == [12, 35, 120]
    assert toll["article_id"].tolist() == ["day1", "day3", "day6"]
    assert toll["as_of"].dt.strftime("%Y-%m-%d").tolist() == ["2024-07-01", "2024-07-03", "2024-07-06"]
    assert set(toll["category"]) == {"casualties"} and set(toll["kind"]) == {"count"}
    assert toll["claimant"].str.contains("officials").tolist() == [True, True, False]
    assert "Ministry" in toll["claimant"].iloc[2]
    assert toll["qualifier"].tolist()[0] == "at_least"
    assert of(est, "More than 2,000 residents")["quantity_id"] != toll["quantity_id"].iloc[0]


TROOPS = {
    "a": ("Outlet A", "2025-01-10", "Belarus has sent about 2,000 troops to the border, Lithuania said on Friday."),
    "b": ("Outlet B", "2025-01-20", "About 3,500 Belarusian soldiers are now at the border, the Pentagon said."),
    "c": ("Outlet C", "2025-02-01", "NATO said Belarus plans to send 8,000 more troops by March."),
    "d": ("Outlet A", "2025-02-05", "Poland said 4,000 troops from Belarus had arrived at the frontier."),
}


def test_a_troop_estimate_revised_by_different_claimants_with_a_projection(tmp_path):
    est = estimates(load_corpus(write(tmp_path, TROOPS)))
    assert est["quantity"].nunique() == 1 and est["quantity"].iloc[0] == "troops · Belarus"
    assert est["claimant"].tolist() == ["Lithuania", "Pentagon", "Poland", "NATO"]  # in as_of order
    assert est["kind"].tolist() == ["count", "count", "count", "projection"]
    projection = of(est, "8,000 more troops")
    assert projection["as_of"] == pd.Timestamp("2025-03-31") and projection["published"] == pd.Timestamp("2025-02-01")
    assert est["as_of"].is_monotonic_increasing
    assert est["outlet"].nunique() == 3
    assert set(est["subject_rule"]) == {"agent", "noun", "of"}  # "Belarus has sent", "Belarusian soldiers", "troops from Belarus"


def test_troops_sent_and_troops_killed_in_one_article_stay_apart(tmp_path):
    body = ("Russia has sent 10,000 troops to the front, the Kremlin said.\n\n"
            "Ukraine's military said 300 Russian troops were killed on Tuesday.")
    est = estimates(load_corpus(write(tmp_path, {"x": ("Outlet", "2025-02-05", body)})))
    sent, killed = of(est, "10,000 troops"), of(est, "300 Russian troops")
    assert sent["quantity"] == "troops · Russia" and killed["quantity"] == "casualties · Russia"
    assert sent["quantity_id"] != killed["quantity_id"]


def test_an_undated_article_is_kept_with_as_of_empty(tmp_path):
    stories = {**FLOOD, "undated": (None, None, "About 40 people were killed in the floods in Yunnan, according to the Red Cross.")}
    est = estimates(load_corpus(write(tmp_path, stories)))
    row = of(est, "About 40 people")
    assert pd.isna(row["as_of"]) and pd.isna(row["published"]) and pd.isna(row["outlet"])
    toll = quantity_rows(est)
    assert toll["article_id"].tolist() == ["day1", "day3", "day6", "undated"]  # undated last, in the same quantity


# --------------------------------------------------------------------------- a developing story over two months

STORY = {
    "01": ("Kyiv Daily", "2025-03-03", "Russia has massed about 20,000 troops near the border with Kharkiv, Ukraine's military "
                                       "intelligence said on Monday.\n\nRussian shelling killed four civilians in Kharkiv on "
                                       "Sunday, the regional governor said."),
    "02": ("Wire One", "2025-03-07", "About 25,000 Russian soldiers are now positioned across the border from Kharkiv, the "
                                     "Pentagon said on Friday."),
    "03": ("Euro Times", "2025-03-14", "NATO estimates that Moscow could have as many as 60,000 troops ready by May.\n\n"
                                       "Its intelligence chief said at least 30,000 troops are already in place."),
    "04": ("Kyiv Daily", "2025-03-20", "President Volodymyr Zelensky said on Thursday that Russia has gathered 35,000 troops "
                                       "near Kharkiv.\n\nThe death toll from Wednesday's missile strike on Kharkiv rose to 14, "
                                       "officials said."),
    "05": ("Wire One", "2025-03-28", "The number of Russian troops near Kharkiv has reached 40,000, the British Ministry of "
                                     "Defence said in its daily update."),
    "06": ("Global Report", "2025-04-04", "The Kremlin denied the reports, saying only 5,000 soldiers were taking part in exercises."),
    "07": ("Euro Times", "2025-04-11", "Some 45,000 troops from Russia are deployed in the Belgorod region, the Pentagon said.\n\n"
                                       "Nine people were killed in Kharkiv overnight, bringing the toll this month to 31, "
                                       "Ukrainian officials said."),
    "08": ("Kyiv Daily", "2025-04-18", "Ukraine's military intelligence now puts the number of Russian soldiers at about 50,000."),
    "09": ("Global Report", "2025-04-25", "NATO said Russia could send up to 70,000 troops by the summer.\n\nAirstrikes in "
                                          "Kharkiv have killed 58 civilians so far this year, according to the United Nations."),
    "10": ("Wire One", "2025-05-02", "Russia has about 52,000 soldiers near Kharkiv, a U.S. official said."),
}


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> pd.DataFrame:
    return estimates(load_corpus(write(tmp_path_factory.mktemp("story"), STORY)))


def test_a_developing_story_has_one_main_quantity_in_date_order(story):
    main = story[story["quantity_id"] == story["quantity_id"].iloc[0]]
    assert main["quantity"].iloc[0] == "troops · Russia"
    assert main["article_id"].nunique() == 10 and main["outlet"].nunique() == 4
    assert main["as_of"].is_monotonic_increasing and main["as_of"].notna().all()
    assert main["claimant"].nunique() >= 6
    dated = main[main["kind"] == "count"]
    assert dated["published"].is_monotonic_increasing  # the counts follow the news
    assert set(main.loc[main["kind"] == "projection", "text"]) == {"as many as 60,000 troops", "up to 70,000 troops"}


def test_a_developing_story_keeps_its_casualties_as_a_quantity_of_their_own(story):
    casualties = story[story["category"] == "casualties"]
    assert casualties["quantity"].unique().tolist() == ["casualties · Kharkiv"]
    assert casualties["value"].tolist() == [4, 14, 9, 31, 58]
    assert of(story, "58 civilians")["kind"] == "cumulative"
    assert not set(casualties["quantity_id"]) & set(story.loc[story["category"] == "personnel", "quantity_id"])


def test_the_quantities_table_ranks_by_articles_and_says_what_it_leaves_out(story):
    ranked = quantities(story)
    assert ranked["quantity"].tolist() == ["troops · Russia", "casualties · Kharkiv"]
    assert ranked["articles"].tolist() == [10, 4] and ranked["kinds"].iloc[0] == "count, projection"
    assert str(left_out(story)) == "All 2 quantities are shown."
    assert str(left_out(story, top=1)).startswith("1 more quantity (5 figures, in 4 articles) is not shown")


# --------------------------------------------------------------------------- grouping rules

def test_small_unrelated_numbers_do_not_join_a_quantity_of_thousands(tmp_path):
    stories = {
        "a": ("A", "2025-01-01", "About 3,000 Belarusian soldiers have been killed or wounded, Poland said."),
        "b": ("B", "2025-01-08", "At least 4,500 Belarusian soldiers have been killed, Lithuania said."),
        "c": ("C", "2025-01-09", "Two soldiers were killed in an accident, the army said.\n\n"
                                 "Thirty people were killed in a bus crash in Peru, police said."),
    }
    est = estimates(load_corpus(write(tmp_path, stories)))
    big = of(est, "About 3,000 Belarusian soldiers")["quantity_id"]
    assert of(est, "At least 4,500 Belarusian soldiers")["quantity_id"] == big
    assert of(est, "Two soldiers")["quantity_id"] != big  # no subject, and a thousand times smaller
    assert of(est, "Thirty people")["quantity"] == "casualties · Peru"  # another subject


def test_a_figure_without_a_subject_joins_the_story_its_article_names_when_its_magnitude_fits(tmp_path):
    stories = {
        "a": ("A", "2025-01-01", "Belarus has sent 2,000 troops to the border, Poland said."),
        "b": ("B", "2025-01-05", "The build-up worries the neighbours of Belarus.\n\nOfficials said 2,600 troops were now at the border."),
        "c": ("C", "2025-01-06", "Officials said 2,200 troops were now at the border."),
        "d": ("D", "2025-01-07", "Belarus was quiet.\n\nOfficials said 20 troops were now at the border."),
    }
    est = estimates(load_corpus(write(tmp_path, stories)))
    joined = of(est, "2,600 troops")
    assert joined["quantity"] == "troops · Belarus" and joined["subject_rule"] == "story"
    assert of(est, "2,200 troops")["quantity"] == "troops"  # another story, perhaps: its article never names Belarus
    assert of(est, "20 troops")["quantity"] == "troops"  # a hundred times smaller


def test_seeds_put_the_count_and_the_projection_in_one_quantity_of_both_outlets():
    est = load_corpus().estimates
    count = est[(est["value"] == 3000) & (est["qualifier"] == "at_least") & (est["kind"] == "count")]
    projection = est[(est["value"] == 10000) & (est["qualifier"] == "approx") & (est["kind"] == "projection")]
    assert len(count) and len(projection)
    assert set(count["quantity_id"]) | set(projection["quantity_id"]) == {est["quantity_id"].iloc[0]}
    main = est[est["quantity_id"] == est["quantity_id"].iloc[0]]
    assert main["outlet"].nunique() == 2 and main["article_id"].nunique() == 2
    assert projection["as_of"].gt(projection["published"]).all() and count["as_of"].eq(count["published"]).all()


# --------------------------------------------------------------------------- overrides

def test_merge_and_split_override_the_grouping(tmp_path):
    corpus = load_corpus(write(tmp_path, {**FLOOD, **TROOPS}))
    est = estimates(corpus)
    troops, toll = quantities(est)["quantity_id"].tolist()[:2]
    assert (troops, toll) == ("personnel.troops.belarus", "casualties.casualties.yunnan")
    merged = merge_quantities(est, troops, "casualties · Yunnan", label="everything")
    assert (merged["quantity"] == "everything").sum() == 7 and set(merged.loc[merged["quantity"] == "everything", "quantity_id"]) == {troops}
    assert merged["quantity_id"].nunique() == est["quantity_id"].nunique() - 1
    split = split_quantity(est, "troops · Belarus", "NATO")
    assert of(split, "8,000 more troops")["quantity"] == "troops · Belarus (NATO)"
    assert of(split, "4,000 troops")["quantity"] == "troops · Belarus"
    same = estimates(corpus, overrides=[["split", troops, "NATO"]])
    assert same["quantity_id"].tolist() == split["quantity_id"].tolist()
    with pytest.raises(KeyError, match="no quantity 'nothing'.*personnel.troops.belarus"):
        split_quantity(est, "nothing", "x")
    with pytest.raises(ValueError, match="override 1"):
        apply_overrides(est, [("rename", "a", "b")])


# --------------------------------------------------------------------------- the table and the corpus

def test_corpus_estimates_is_the_estimates_table_built_once(tmp_path):
    corpus = load_corpus(write(tmp_path, TROOPS))
    assert corpus.estimates is corpus.estimates
    pd.testing.assert_frame_equal(corpus.estimates, estimates(corpus))
    assert list(corpus.estimates.columns[:len(REQUIRED)]) == REQUIRED
    assert "estimates" in dir(corpus)
    with pytest.raises(AttributeError):
        corpus.no_such_table


def test_import_helpers_loads_neither_pandas_nor_the_estimates_module():
    code = ("import sys, helpers; print(sorted(m for m in ('pandas', 'helpers.analyse.estimates', 'helpers.extract.figures') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_an_empty_story_gives_an_empty_table_with_the_columns(tmp_path):
    est = estimates(load_corpus(write(tmp_path, {"a": ("A", "2025-01-01", "Nothing was counted here.")})))
    assert est.empty and list(est.columns[:len(REQUIRED)]) == REQUIRED
    assert quantities(est).empty and str(left_out(est)).startswith("No figure counts")


NAMES = st.sampled_from(["Belarus", "Poland", "Lithuania", "the Pentagon", "NATO", "officials", "Peru"])
NOUNS = st.sampled_from(["troops", "soldiers", "people", "civilians", "drones", "Belarusians", "forces"])
VERBS = st.sampled_from(["has sent", "said", "plans to send", "reported", "could deploy", "counted"])
TAILS = st.sampled_from(["", " so far", " by June", " in Peru", " from Poland", " were killed", " last week"])


@st.composite
def articles(draw) -> list:
    docs = []
    for i in range(draw(st.integers(1, 4))):
        sentences = [f"{draw(NAMES)} {draw(VERBS)} {draw(st.integers(1, 90_000)):,} {draw(NOUNS)}{draw(TAILS)}, "
                     f"{draw(NAMES)} said." for _ in range(draw(st.integers(1, 4)))]
        day = draw(st.one_of(st.none(), st.dates(min_value=pd.Timestamp("2020-01-01").date(),
                                                  max_value=pd.Timestamp("2026-12-31").date())))
        front = f"---\noutlet: O{i % 2}\npublished: {day}\n---\n" if day else ""
        docs.append(parse_article(f"{front}Headline {i}\n\n" + "\n\n".join(sentences) + "\n", f"a{i}"))
    return docs


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_every_estimate_is_one_figure_traced_to_its_text(docs):
    corpus = Corpus(docs)
    est = estimates(corpus)
    raw = {d.article_id: d.raw for d in docs}
    assert est["figure_id"].is_unique and set(est["figure_id"]) <= set(corpus.figures["figure_id"])
    for r in est.itertuples():
        assert raw[r.article_id][r.start:r.end] == r.text
        assert r.kind in ("count", "cumulative", "projection")
        if pd.isna(r.published) and pd.isna(r.as_of):
            continue
        if r.kind != "projection" and pd.notna(r.published):
            assert r.as_of <= r.published  # a count is never dated after its article
    assert (est.groupby("quantity_id")["quantity"].nunique() == 1).all()
    order = list(dict.fromkeys(est["quantity_id"]))
    g = est.groupby("quantity_id")
    ranks = [(g["subject"].first()[q] != "", g["article_id"].nunique()[q]) for q in order]
    assert ranks == sorted(ranks, reverse=True)  # those with a subject first, then most carried first


# --------------------------------------------------------------------------- the reading rules

def test_kind_cues_and_periods():
    day = pd.Timestamp("2025-03-01")
    assert kind_of("officials fear", "", None, None, day, "are dead") == "projection"
    assert kind_of("the toll could not", "", None, None, day, "be confirmed") == "count"
    assert kind_of("", "", None, None, day, "so far") == "cumulative"
    assert kind_of("in May", "", None, None, day) == "count"  # a month, not "may"
    assert kind_of("", "next month", pd.Timestamp("2025-04-01"), pd.Timestamp("2025-04-30"), day) == "projection"


def test_subjects_come_from_nouns_owners_agents_and_places():
    s = "Officials said 500 troops from the North had arrived in Freedonia."
    north = [Mention(30, 39, "Ruritania", "the North", "country"), Mention(55, 64, "Freedonia", "Freedonia", "country")]
    assert subject_of(s, (15, 25), (15, 25), False, north) == ("Ruritania", "of")
    s = "Freedonia said Ruritania's 500 troops had crossed."
    ms = [Mention(0, 9, "Freedonia", "Freedonia", "country"), Mention(15, 24, "Ruritania", "Ruritania", "country")]
    assert subject_of(s, (27, 37), (27, 37), False, ms, claimant="Freedonia") == ("Ruritania", "possessive")
    s = "Ruritania sent 500 troops to Freedonia, Freedonia said."
    ms = [Mention(0, 9, "Ruritania", "Ruritania", "country"), Mention(29, 38, "Freedonia", "Freedonia", "country")]
    assert subject_of(s, (15, 25), (15, 25), False, ms, claimant="Freedonia") == ("Ruritania", "agent")
    s = "Floods killed 30 people in Yunnan province."
    assert subject_of(s, (14, 23), (14, 23), True, []) == ("Yunnan", "place")
    assert demonym_in("12 Polish soldiers") == "Poland" and counted("Poles", "personnel") == ("pole", False, "personnel")
    assert counted("special forces", "other") == ("troops", False, "personnel")
    assert clause_bounds("A, b 3,000 c; d", 5, 10) == (2, 12)


# --------------------------------------------------------------------------- chart and explorer

def test_the_chart_marks_qualifiers_and_draws_projections_hollow(story):
    import matplotlib.pyplot as plt

    from helpers.show.estimates import estimates_chart

    rows = quantity_rows(story)
    fig = estimates_chart(rows)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.texts]
    assert "≈ 20,000" in labels and "≤ 70,000" in labels and "≥ 30,000" in labels and "35,000" in labels
    points = [c for c in ax.collections if len(c.get_offsets()) == 1]
    hollow = [c for c in points if len(c.get_facecolor()) == 0 or c.get_facecolor()[0][3] == 0]
    assert len(points) == len(rows) and len(hollow) == (rows["kind"] == "projection").sum() == 2
    assert {t.get_text() for t in ax.get_legend().get_texts()} >= {"NATO", "Pentagon", "projection", "count"}
    plt.close(fig)


def test_the_chart_counts_undated_estimates_it_cannot_place(tmp_path):
    import matplotlib.pyplot as plt

    from helpers.show.estimates import estimates_chart

    stories = {**FLOOD, "undated": (None, None, "About 40 people were killed in the floods in Yunnan, according to the Red Cross.")}
    fig = estimates_chart(quantity_rows(estimates(load_corpus(write(tmp_path, stories)))))
    assert fig.axes[0].get_title() == "casualties · Yunnan (1 undated estimate not shown)"
    plt.close(fig)


def test_the_explorer_follows_the_quantity_and_the_claimants(tmp_path):
    from helpers.show.estimates import estimates_explorer

    stories = {**STORY, "11": ("<b>Wire</b>", "2025-05-03", "Six people were killed in Kharkiv, the governor said.")}
    corpus = load_corpus(write(tmp_path, stories))
    box = estimates_explorer(corpus, overrides=[["split", "troops · Russia", "NATO"]])
    controls, chart, table = box.children
    pick, who = controls.children
    assert pick.value == "personnel.troops.russia" and "(NATO)" not in table.value
    assert table.value.startswith("<p>9 estimate(s) of troops · Russia from 9 article(s)</p>")
    assert bytes(chart.value[:4]) == b"\x89PNG"
    before = bytes(chart.value)
    pick.value = "casualties.casualties.kharkiv"
    assert "of casualties · Kharkiv" in table.value and "United Nations" in who.options and bytes(chart.value) != before
    assert "&lt;b&gt;Wire&lt;/b&gt;" in table.value and "<b>Wire" not in table.value  # article data is escaped
    who.value = ("United Nations",)
    assert table.value.startswith("<p>1 estimate(s) of casualties · Kharkiv from 1 article(s); choose no claimant")
    pick.value = "personnel.troops.russia+nato"
    assert who.value == () and who.options == ("NATO",) and "2 estimate(s) of troops · Russia (NATO)" in table.value
    assert [o[1] for o in pick.options][:3] == ["personnel.troops.russia", "casualties.casualties.kharkiv",
                                              "personnel.troops.russia+nato"]
