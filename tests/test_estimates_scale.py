"""Estimates on corpora of many stories (issue 15 at the scale of issue 13): a quantity is one thing
counted over time, not every amount that one country's articles mention.

Every corpus is written here: dated articles with front matter, names from the gazetteer where a
person's country matters, events invented.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import estimates, load_corpus
from helpers.analyse.series import quantities
from helpers.analyse.subjects import MANY_ARTICLES, magnitude_bands, widespread

from test_estimates import of, write

#: Unrelated local stories, each naming the same country and an amount of money of the same order.
SPENDING = [
    ("The Porto council", "approved", "a new tram line"), ("A Lisbon museum", "raised", "a tapestry"),
    ("The national airline", "lost", "a strike"), ("A Braga football club", "paid", "a new striker"),
    ("The Algarve tourist board", "spent", "an advertising campaign"), ("A cork producer", "earned", "exports"),
    ("The Coimbra university", "received", "a research grant"), ("A wine cooperative", "borrowed", "new presses"),
    ("The Madeira port", "invested", "a cruise terminal"), ("A Faro hospital", "needed", "new beds"),
    ("The state broadcaster", "cut", "its news budget"), ("A textile firm", "owed", "unpaid taxes"),
    ("The Evora festival", "sold", "tickets"), ("A Leiria startup", "raised", "a delivery app"),
    ("The water company", "spent", "new pipes"), ("A fishing fleet", "lost", "a storm"),
    ("The Aveiro canal trust", "collected", "boat fees"), ("A Sintra palace", "earned", "visits"),
    ("The rail operator", "ordered", "new carriages"), ("A Guimaraes bank", "wrote off", "bad loans"),
    ("The Azores dairy union", "received", "subsidies"), ("A Viseu bakery chain", "paid", "a new oven line"),
]


def spending_corpus(folder: Path) -> Path:
    """Twenty-two unrelated Portuguese stories about money, and a flood toll followed over three days."""
    stories = {}
    for i, (who, verb, what) in enumerate(SPENDING):
        stories[f"s{i:02d}"] = (["Coast Herald", "Valley Times", "River Wire"][i % 3], f"2024-0{1 + i % 9}-{10 + i % 18}",
                                f"{who} {verb} ${2 + i % 7}.{i % 10} million for {what}, Portugal's press agency said.\n\n"
                                f"The sum is large for Portugal, officials said.")
    stories.update({
        "t1": ("Coast Herald", "2024-10-01", "At least 12 people were killed in floods in Porto, officials in Portugal said."),
        "t2": ("River Wire", "2024-10-02", "The death toll from the floods in Porto has risen to 31, Portugal's civil protection "
                                           "agency said."),
        "t3": ("Valley Times", "2024-10-04", "Rescuers said 47 people have died in Porto since the floods began in Portugal."),
    })
    return write(folder, stories)


@pytest.fixture(scope="module")
def spending(tmp_path_factory) -> tuple:
    corpus = load_corpus(spending_corpus(tmp_path_factory.mktemp("spending")))
    return corpus, estimates(corpus)


def test_a_country_behind_most_articles_of_a_large_corpus_is_its_backdrop(spending):
    corpus, _ = spending
    assert len(corpus.articles) >= MANY_ARTICLES
    backdrop, common = widespread(corpus.mentions, len(corpus.articles))
    assert backdrop == {"Portugal"} and "Portugal" in common
    small = corpus.mentions[corpus.mentions["article_id"].isin(["t1", "t2", "t3"])]
    assert widespread(small, 3) == (frozenset(), frozenset())  # three articles are one story


def test_unrelated_amounts_of_one_country_do_not_become_one_quantity(spending):
    _, est = spending
    money = est[est["category"] == "money"]
    # each story's amount is its own or in none: never "dollars · Portugal" across stories
    assert money.empty or money.groupby("quantity_id")["article_id"].nunique().max() == 1
    assert not est["quantity"].str.startswith("dollars · Portugal").any()


def test_a_story_inside_a_large_corpus_still_forms_its_quantity(spending):
    _, est = spending
    toll = est[est["quantity"] == "casualties · Porto"]
    assert toll["value"].tolist() == [12, 31, 47] and toll["article_id"].tolist() == ["t1", "t2", "t3"]
    assert quantities(est)["quantity"].iloc[0] == "casualties · Porto"


def test_the_same_corpus_cut_to_a_handful_of_articles_reads_as_one_story(tmp_path, spending):
    folder = spending_corpus(tmp_path / "all")
    for f in sorted(folder.glob("s*.txt"))[3:]:
        f.unlink()  # three money stories and the toll: six articles
    est = estimates(load_corpus(folder))
    # an amount whose words name no owner is kept under its noun alone, as in one story ...
    assert of(est, "$2.0 million")["quantity"] == of(est, "$4.2 million")["quantity"] == "dollars"
    # ... and left out of a corpus of many stories, where that would gather them all
    assert not spending[1]["text"].isin(["$2.0 million", "$4.2 million"]).any()


# --------------------------------------------------------------------------- candidates

PRIMARY = {
    "p1": ("Wire One", "2024-01-16", "Nikki Haley has won 20 delegates in the caucuses, party officials said.\n\n"
                                     "Ron DeSantis has won 9 delegates, they said."),
    "p2": ("Daily Example", "2024-01-24", "Haley now has 37 delegates after the primary, the party said."),
    "p3": ("Wire One", "2024-02-25", "Ron DeSantis has 12 delegates after the vote, officials said."),
    "p4": ("Morning Post", "2024-03-06", "Nikki Haley's 89 delegates were not enough to stay in the race, the party said."),
    "p5": ("Daily Example", "2024-03-07", "It takes 1,215 delegates to win the nomination."),
}


def test_each_candidate_s_delegates_are_a_quantity_of_their_own(tmp_path):
    est = estimates(load_corpus(write(tmp_path, PRIMARY)))
    haley = est[est["quantity"] == "delegates · Nikki Haley"]
    desantis = est[est["quantity"] == "delegates · Ron DeSantis"]
    assert haley["value"].tolist() == [20, 37, 89] and haley["article_id"].tolist() == ["p1", "p2", "p4"]
    assert desantis["value"].tolist() == [9, 12]
    assert not est["quantity"].str.contains("United States").any()  # not one pile of the country's delegates
    assert of(est, "1,215 delegates")["quantity"] == "delegates"  # whose, nobody says


def test_one_candidate_s_delegates_stay_one_quantity_however_they_are_named(tmp_path):
    est = estimates(load_corpus(write(tmp_path, {k: PRIMARY[k] for k in ("p2", "p4")} | {
        "p6": ("Wire One", "2024-02-01", "Nikki Haley has won 52 delegates so far, officials said.")})))
    assert est.loc[est["category"] == "personnel", "quantity"].unique().tolist() == ["delegates · Nikki Haley"]


def test_a_body_of_a_country_stands_for_the_country_beside_it(tmp_path):
    est = estimates(load_corpus(write(tmp_path, {
        "a": ("Wire One", "2025-01-10", "The United States has 5,000 troops in the region, officials said."),
        "b": ("Wire One", "2025-02-10", "The Pentagon has sent 6,500 troops to the region, officials said."),
    })))
    assert est["quantity"].unique().tolist() == ["troops · United States"]


def test_troops_are_a_country_s_whichever_of_its_leaders_sends_them(tmp_path):
    est = estimates(load_corpus(write(tmp_path, {
        "a": ("Wire One", "2025-01-10", "Joe Biden has sent 3,000 troops to the region, officials said."),
        "b": ("Wire One", "2025-01-20", "Lloyd Austin has ordered 3,500 troops to the border, officials said."),
        "c": ("Wire One", "2025-02-10", "Joe Biden has sent 4,000 troops to the region, officials said."),
        "d": ("Wire One", "2025-02-20", "Lloyd Austin has ordered 4,500 troops to the border, officials said."),
    })))
    assert est["quantity"].unique().tolist() == ["troops · United States"]  # unlike two candidates' delegates


# --------------------------------------------------------------------------- magnitudes

def test_numbers_orders_of_magnitude_apart_are_different_quantities(tmp_path):
    est = estimates(load_corpus(write(tmp_path, {
        "a": ("A", "2025-01-10", "Portugal has borrowed $300 billion, the finance ministry said."),
        "b": ("B", "2025-02-10", "Portugal has now borrowed $310 billion, the central bank said."),
        "c": ("C", "2025-02-11", "Portugal's culture fund gave $2 million to museums, the ministry said."),
    })))
    debt = of(est, "$300 billion")["quantity"]
    assert of(est, "$310 billion")["quantity"] == debt and of(est, "$2 million")["quantity"] != debt
    assert debt == "dollars · Portugal (300 billion to 310 billion)"


def test_amounts_of_money_are_split_by_what_they_are(tmp_path):
    est = estimates(load_corpus(write(tmp_path, {
        "a": ("A", "2025-01-10", "Portugal's debt rose to $300 billion, the finance ministry said. "
                                 "Portugal's revenue was $290 billion, it said."),
        "b": ("B", "2025-02-10", "Portugal's debt is now $310 billion, the central bank said."),
        "c": ("C", "2025-03-10", "Portugal took in $295 billion in revenue last year, the central bank said."),
        "d": ("D", "2025-03-11", "Portugal's culture fund gave $2 million to museums, the ministry said."),
    })))
    debt, revenue = of(est, "$300 billion")["quantity"], of(est, "$290 billion")["quantity"]
    assert debt == of(est, "$310 billion")["quantity"] == "debt (dollars) · Portugal"
    assert revenue == of(est, "$295 billion")["quantity"] == "revenue (dollars) · Portugal"
    assert of(est, "$2 million")["quantity"] not in (debt, revenue)  # an amount that says not what it is


def test_magnitude_bands_keep_a_rising_toll_together_and_part_amounts_far_apart():
    assert magnitude_bands([12, 35, 120, 900]) == [0, 0, 0, 0]  # within two orders of magnitude
    assert magnitude_bands([5, 8, 4e9, 5e9, 6e9]) == [1, 1, 0, 0, 0]  # the fuller band first
    assert magnitude_bands([]) == [] and magnitude_bands([-30, 0, 45]) == [0, 0, 0]


# --------------------------------------------------------------------------- the chart and the explorer

def many_rows(n: int = 300, claimants: int = 40) -> pd.DataFrame:
    """A quantity with ``n`` estimates from ``claimants`` claimants (and some unattributed) over a year."""
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta([(7 * i) % 365 for i in range(n)], unit="D")
    who = [None if i % 9 == 0 else f"Claimant {i % claimants:02d}" for i in range(n)]
    return pd.DataFrame({"quantity": ["delegates · Ana Duarte"] * n, "quantity_id": ["q"] * n, "article_id": [f"a{i}" for i in range(n)],
                         "as_of": days, "value": [100.0 + (i * 37) % 900 for i in range(n)], "value_min": [None] * n,
                         "value_max": [None] * n, "kind": ["projection" if i % 10 == 0 else "count" for i in range(n)],
                         "qualifier": ["exact"] * n, "claimant": who, "outlet": ["X"] * n, "published": days,
                         "text": [f"{i} delegates" for i in range(n)], "figure_id": [f"a{i}:f1" for i in range(n)]})


def test_a_chart_of_hundreds_of_estimates_draws_at_most_fifteen_series_and_no_labels():
    import warnings

    import matplotlib.pyplot as plt

    from helpers.analyse.series import OTHER_CLAIMANTS, UNATTRIBUTED, quantity_rows
    from helpers.show.estimates import estimates_chart

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no layout warning reaches a report
        fig = estimates_chart(quantity_rows(many_rows()))
        fig.savefig(__import__("io").BytesIO(), format="png")
    ax = fig.axes[0]
    series = [t.get_text() for t in ax.get_legend().get_texts() if t.get_text() not in ("count", "cumulative", "projection")]
    assert len(series) <= 15 and series[-2:] == [UNATTRIBUTED, OTHER_CLAIMANTS]
    assert not ax.texts and not ax.get_lines()  # hundreds of points: no value labels, no lines
    assert len([c for c in ax.collections if len(c.get_offsets())]) == 300  # but every point
    plt.close(fig)


def test_a_figure_for_a_year_long_past_does_not_squeeze_the_chart():
    import matplotlib.pyplot as plt

    from helpers.analyse.series import quantity_rows
    from helpers.show.estimates import estimates_chart

    rows = many_rows(30, 3)
    rows.loc[0, "as_of"] = pd.Timestamp("1990-12-31")
    fig = estimates_chart(quantity_rows(rows))
    assert fig.axes[0].get_title().endswith("(1 estimate far from the others in time not shown)")
    assert fig.axes[0].get_xlim()[0] > __import__("matplotlib.dates").dates.date2num(pd.Timestamp("2023-01-01"))
    plt.close(fig)


def test_the_explorer_lists_at_most_25_estimates_and_names_articles(tmp_path):
    from helpers.show.estimates import estimates_explorer

    rows = many_rows(60, 5)
    arts = pd.DataFrame({"article_id": rows["article_id"], "outlet": ["Coast Herald"] * 60,
                         "published": rows["published"], "headline": [f"Count {i}" for i in range(60)]})
    table = estimates_explorer(rows, articles=arts).children[2].value
    assert table.count("<tr>") == 26 and "… and 35 more estimates" in table  # header and 25 rows
    assert "Coast Herald · 2024-" in table and "<th>article</th>" in table
