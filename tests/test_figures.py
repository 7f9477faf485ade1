"""Figures: values, ranges, magnitudes, qualifiers, nouns, categories, time frames, claimants.

Every fixture is a small text written here. ``figs`` wraps a text as the body of an article
(after a dateline, so its first line is no headline); ``dated`` adds a publication date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from helpers import load_corpus
from helpers.analyse import compare
from helpers.read.article import parse_article
from helpers.corpus import records_to_frame
from helpers.analyse.figures import filter_figures, key_figures
from helpers.extract.figures import QUALIFIER_MARKS, canonical_claimant, extract, figures_in, noun_category, spelled_values
from helpers.show.plots import figures_chart
from helpers.schema import COLUMNS, QUALIFIERS

PUBLISHED = date(2024, 10, 28)  # a Monday


def figs(text: str, published: date | None = None, gazetteer=None) -> list[dict]:
    front = f"---\npublished: {published.isoformat()}\n---\n" if published else ""
    return extract(parse_article(front + "WASHINGTON (AP) \u2014 " + text + "\n", article_id="t1"), gazetteer)


def one(text: str, **kw) -> dict:
    found = figs(text, **kw)
    assert len(found) == 1, [f["text"] for f in found]
    return found[0]


def values(text: str) -> list:
    return [f["value"] for f in figs(text)]


@dataclass
class Actor:
    canonical: str
    kind: str = "organization"
    country: str = ""


class FakeGazetteer:
    """The planned gazetteer API: ``resolve(name) -> Actor | None``."""

    names = {"national intelligence service": "NIS", "nis": "NIS", "the nis": "NIS", "south korea's spy agency": "NIS",
             "seoul": "South Korea", "washington": "United States", "the united states": "United States"}

    def resolve(self, name: str):
        found = self.names.get(name.lower())
        return Actor(found) if found else None


# --------------------------------------------------------------------------- values

@pytest.mark.parametrize("text, value, noun", [
    ("The army sent 13,000 troops north.", 13000, "troops"),
    ("The fund lost 1.5 million dollars.", 1500000, "dollars"),
    ("The firms agreed to pay $30B in damages.", 30_000_000_000, "dollars"),
    ("Organisers counted 10k runners.", 10000, "runners"),
    ("The wall is 2 1/2 feet thick.", 2.5, "feet"),
    ("Three ships sank in the storm.", 3, "ships"),
    ("A dozen drones crossed the border.", 12, "drones"),
    ("Two hundred refugees reached the camp.", 200, "refugees"),
    ("Twenty-five tanks were destroyed.", 25, "tanks"),
    ("The bank wrote off \u20ac10M in loans.", 10_000_000, "euros"),
    ("Prices rose 12% in a year.", 12, "percent"),
    ("Turnout was 4.5 percent higher.", 4.5, "percent"),
    ("The pool holds 2\u00bd tonnes of water.", 2.5, "tonnes"),
    ("The town has a hundred and two shelters.", 102, "shelters"),
])
def test_values_in_digits_words_and_symbols(text, value, noun):
    f = one(text)
    assert (f["value"], f["noun"], f["qualifier"]) == (value, noun, "exact")


def test_money_takes_its_noun_from_the_currency_and_counts_as_money():
    f = one("The ministry spent \u00a3250,000 on repairs.")
    assert (f["text"], f["value"], f["noun"], f["category"]) == ("\u00a3250,000", 250000, "pounds", "money")


def test_spelled_numbers_split_where_english_does_not_join_them():
    assert [v for _, _, v, _ in spelled_values("three million, two hundred & forty")] == [3_000_240]
    assert [v for _, _, v, _ in spelled_values("two, three")] == [2, 3]
    assert [v for _, _, v, _ in spelled_values("two and a half")] == [2.5]


@pytest.mark.parametrize("text, mid, lo, hi, noun, span", [
    ("Officials expect 10,000 to 12,000 troops to arrive.", 11000, 10000, 12000, "troops", "10,000 to 12,000 troops"),
    ("The navy lost between 10 and 12 boats.", 11, 10, 12, "boats", "between 10 and 12 boats"),
    ("Rebels fired 10-12 missiles at the port.", 11, 10, 12, "missiles", "10-12 missiles"),
    ("The talks lasted two or three days.", 2.5, 2, 3, "days", "two or three days"),
    ("The rods are 8- to 16-meter long.", 12, 8, 16, "meter", "8- to 16-meter"),
    ("Rates rose 3.5\u20134.0 percent.", 3.75, 3.5, 4.0, "percent", "3.5\u20134.0 percent"),
    ("The lake froze at -6 \u00b0C to -12 \u00b0C.", -9, -12, -6, "\u00b0C", "-6 \u00b0C to -12 \u00b0C"),
    ("The dose was raised from 20 mg to 30 mg daily.", 25, 20, 30, "mg", "20 mg to 30 mg"),
    ("Copper went from $8 per pound to $9 per pound.", 8.5, 8, 9, "dollars per pound", "$8 per pound to $9 per pound"),
])
def test_a_range_gives_its_midpoint_and_its_ends(text, mid, lo, hi, noun, span):
    f = one(text)
    assert (f["value"], f["value_min"], f["value_max"], f["qualifier"], f["noun"], f["text"]) == (
        mid, lo, hi, "range", noun, span)


def test_only_a_range_has_ends():
    found = figs("Crews fixed 12 lines and 10 to 20 poles, with hundreds of volunteers.")
    assert [(f["value"], f["value_min"], f["value_max"]) for f in found] == [(12, None, None), (15, 10, 20), (100, None, None)]


def test_two_numbers_joined_by_and_are_two_figures_that_share_a_noun():
    found = figs("Doctors treated 45 and 50 patients.")
    assert [(f["value"], f["noun"]) for f in found] == [(45, "patients"), (50, "patients")]


def test_different_units_or_a_falling_pair_are_not_a_range():
    assert values("The dose went from 44 ml to 50 mg.") == [44, 50]
    assert values("She won by 212,205 to 210,424 votes.") == [212205, 210424]


def test_a_range_ends_take_the_scale_written_once():
    f = one("Seven or eight thousand fans queued.")
    assert (f["value"], f["value_min"], f["value_max"], f["noun"]) == (7500, 7000, 8000, "fans")
    f = one("The plan costs $2 to $3 billion.")
    assert (f["value"], f["value_min"], f["value_max"]) == (2_500_000_000, 2_000_000_000, 3_000_000_000)


# --------------------------------------------------------------------------- signs, scales and units

@pytest.mark.parametrize("text, value, noun, span", [
    ("The pond froze at -7 \u00b0C overnight.", -7, "\u00b0C", "-7 \u00b0C"),
    ("Nights fell to minus 12 degrees Celsius.", -12, "degrees Celsius", "minus 12 degrees Celsius"),
    ("The club posted a net loss of ($2.3 million) for the year.", -2_300_000, "dollars", "($2.3 million)"),
])
def test_negative_numbers_with_a_sign_a_word_or_accounting_parentheses(text, value, noun, span):
    f = one(text)
    assert (f["value"], f["noun"], f["text"]) == (value, noun, span)


def test_parentheses_after_another_amount_hold_a_conversion_not_a_negative():
    assert values("The ticket cost \u00a380 ($104) at the door.") == [80, 104]


@pytest.mark.parametrize("text, noun, category", [
    ("She poured a gallon of cider into the vat.", "gallon", "measure"),
    ("He found a penny on the floor.", "penny", "money"),
    ("The storm left a foot of snow.", "foot", "measure"),
    ("Prices rose by a percentage point.", "percentage point", "share"),
])
def test_a_unit_after_a_or_an_is_one_of_it(text, noun, category):
    f = one(text)
    assert (f["value"], f["noun"], f["category"], f["qualifier"]) == (1, noun, category, "exact")


@pytest.mark.parametrize("text", [
    "A sentry was wounded at the gate.",
    "It happened a day later, to a degree, a bit at a time.",
    "He set a foot on the deck.",
])
def test_a_or_an_before_a_counted_noun_a_time_or_an_idiom_is_no_figure(text):
    assert figs(text) == []


def test_a_after_an_amount_is_a_rate_not_one_unit():
    f = one("Diesel sold for $4 a gallon in the valley.")
    assert (f["value"], f["noun"], f["text"], f["category"]) == (4, "dollars per gallon", "$4 a gallon", "money")


@pytest.mark.parametrize("text, value, noun", [
    ("The fund raised nearly $40million from donors.", 40_000_000, "dollars"),
    ("Mills shipped 1.2 mln tonnes of sugar.", 1_200_000, "tonnes"),
    ("The state set aside Rs 300 crore for roads.", 3_000_000_000, "rupees"),
    ("About 5 lakh pilgrims attended.", 500_000, "pilgrims"),
    ("The city has 8.3 million residents.", 8_300_000, "residents"),
])
def test_scale_words_glued_spaced_or_regional(text, value, noun):
    f = one(text)
    assert (f["value"], f["noun"]) == (value, noun) and isinstance(f["value"], int)


@pytest.mark.parametrize("text, value, noun", [
    ("Floods displaced 2m people in the delta.", 2_000_000, "people"),
    ("The 4m residents of the capital voted.", 4_000_000, "residents"),
    ("She won the 400m hurdles in record time.", 400, "m"),
    ("He dived from the 10m platform.", 10, "m"),
])
def test_a_glued_m_is_millions_before_what_is_counted_and_metres_for_a_distance(text, value, noun):
    f = figs(text)[0]
    assert (f["value"], f["noun"]) == (value, noun)


def test_spans_of_time_in_the_billions_are_figures_but_ages_are_not():
    assert values("The rocks formed some 3.9 billion years ago.") == [3_900_000_000]
    assert values("The star is one billion years old.") == [1_000_000_000]
    assert figs("The post went up 12 minutes ago about a man 45 years old.") == []


@pytest.mark.parametrize("text, noun, category", [
    ("Jobless claims fell to 4.1 per cent in spring.", "per cent", "share"),
    ("Highs reached 41 degrees Celsius inland.", "degrees Celsius", "measure"),
    ("Patients got 20 mg aspirin daily.", "mg", "measure"),
    ("Lawyers for 25 other states joined the suit.", "states", "other"),
    ("Guards freed three of the hostages.", "hostages", "personnel"),
    ("Nurses earn $31 an hour there.", "dollars per hour", "money"),
    ("Trucks drove at 80 km per hour.", "km per hour", "measure"),
    ("About 300 migrants a day crossed.", "migrants per day", "personnel"),
])
def test_nouns_of_units_rates_partitives_and_others(text, noun, category):
    f = one(text)
    assert (f["noun"], f["category"]) == (noun, category)


def test_a_time_after_a_noun_is_no_rate_and_a_word_after_it_no_qualifier():
    assert one("Crews found 200 boxes a week later.")["noun"] == "boxes"
    f = one("Waiters make $3 an hour plus tips.")
    assert (f["qualifier"], f["text"]) == ("exact", "$3 an hour")


@pytest.mark.parametrize("text, value, noun, category", [
    ("Ukrainian forces occupied hundreds of square miles.", 100, "square miles", "area"),
    ("Thousands of people fled the city.", 1000, "people", "personnel"),
    ("Dozens of drones hit the grid.", 12, "drones", "materiel"),
    ("Tens of thousands of residents lost power.", 10000, "residents", "personnel"),
    ("Several hundred vehicles queued at the border.", 100, "vehicles", "materiel"),
])
def test_vague_magnitudes_give_their_order(text, value, noun, category):
    f = one(text)
    assert (f["value"], f["qualifier"], f["noun"], f["category"]) == (value, "vague", noun, category)


# --------------------------------------------------------------------------- qualifiers

@pytest.mark.parametrize("phrase, qualifier", [
    ("about", "approx"), ("around", "approx"), ("roughly", "approx"), ("some", "approx"), ("nearly", "approx"),
    ("almost", "approx"), ("approximately", "approx"), ("an estimated", "approx"),
    ("at least", "at_least"), ("no fewer than", "at_least"),
    ("more than", "more_than"), ("over", "more_than"), ("upwards of", "more_than"),
    ("up to", "at_most"), ("as many as", "at_most"), ("no more than", "at_most"),
    ("fewer than", "less_than"), ("less than", "less_than"), ("under", "less_than"),
    ("near", "approx"), ("as much as", "at_most"), ("as little as", "at_least"), ("upward of", "more_than"),
    ("just shy of", "less_than"),
])
def test_each_qualifier_word(phrase, qualifier):
    f = one(f"The convoy carried {phrase} 3,000 soldiers east.")
    assert (f["qualifier"], f["text"], f["value"]) == (qualifier, f"{phrase} 3,000 soldiers", 3000)


def test_qualifiers_written_after_the_figure():
    assert one("The army sent 3,000 soldiers or more.")["qualifier"] == "at_least"
    assert one("Some 40-odd ships waited.")["qualifier"] in ("approx",)
    assert one("The city has 3,000-plus shelters.")["qualifier"] == "more_than"


def test_a_number_without_a_qualifier_is_exact_and_every_qualifier_is_in_the_vocabulary():
    found = figs("Crews fixed 12 lines. About 40 ships and hundreds of trucks waited, with 10 to 12 more due.")
    assert found[0]["qualifier"] == "exact"
    assert {f["qualifier"] for f in found} <= set(QUALIFIERS) and set(QUALIFIER_MARKS) == set(QUALIFIERS)


# --------------------------------------------------------------------------- nouns and categories

@pytest.mark.parametrize("text, noun", [
    ("Pyongyang shipped 13,000 containers of artillery to Russia.", "containers"),
    ("The North sent 3,000 North Korean soldiers to the front.", "soldiers"),
    ("Officials said 3,000 North Koreans have left.", "North Koreans"),
    ("Officials said 10,000 expected to be deployed.", None),
    ("Seoul counted 70 occasions of shipments.", "occasions"),
    ("Police found four masked men inside.", "men"),
])
def test_the_noun_is_the_head_of_the_phrase_after_the_number(text, noun):
    assert one(text)["noun"] == noun


@pytest.mark.parametrize("noun, category", [
    ("troops", "personnel"), ("soldier", "personnel"), ("Ukrainians", "personnel"), ("containers", "materiel"),
    ("missile", "materiel"), ("occasions", "events"), ("square miles", "area"), ("Square Miles", "area"),
    ("casualties", "casualties"), ("dollars", "money"), ("percent", "share"), ("months", "duration"),
    ("kilometres", "measure"), ("bakeries", "other"), (None, None),
])
def test_categories_come_from_the_lexicon_in_singular_or_plural(noun, category):
    assert noun_category(noun) == category


def test_a_casualty_cue_turns_people_into_casualties():
    assert one("The storm killed at least 126 people.")["category"] == "casualties"
    assert one("More than 120 civilians were killed overnight.")["category"] == "casualties"
    assert one("More than 120 civilians were evacuated overnight.")["category"] == "personnel"


def test_durations_are_figures():
    f = one("The 18-month conflict has displaced families.")
    assert (f["value"], f["noun"], f["category"]) == (18, "month", "duration")


# --------------------------------------------------------------------------- time frames

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


# --------------------------------------------------------------------------- claimants

@pytest.mark.parametrize("text, claimant_text", [
    ("Seoul's National Intelligence Service said the North sent 3,000 soldiers.", "Seoul's National Intelligence Service"),
    ("Pyongyang shipped 13,000 containers, the NIS said.", "the NIS"),
    ("According to the defense ministry, 40 drones were downed.", "the defense ministry"),
    ("Seoul and Washington confirmed that the North sent 3,000 soldiers.", "Seoul and Washington"),
    ("The United States has also confirmed at least 3,000 soldiers left.", "The United States"),
    ('"We lost 300 tanks," said John Kirby, a spokesman.', "John Kirby"),
    ("Police estimated that 5,000 people marched.", "Police"),
])
def test_claimant_forms(text, claimant_text):
    f = one(text)
    assert f["claimant_text"] == claimant_text
    assert f["claimant"] == claimant_text.removeprefix("the ").removeprefix("The ")


def test_the_gazetteer_gives_canonical_names_and_resolves_each_part_of_a_pair():
    gaz = FakeGazetteer()
    assert one("Pyongyang shipped 13,000 containers, the NIS said.", gazetteer=gaz)["claimant"] == "NIS"
    assert one("Seoul's National Intelligence Service said 3,000 soldiers left.", gazetteer=gaz)["claimant"] == "NIS"
    assert one("Seoul and Washington confirmed 3,000 soldiers left.", gazetteer=gaz)["claimant"] == "South Korea and United States"
    assert canonical_claimant("the Red Cross", gaz) == "Red Cross"
    assert canonical_claimant("the NIS", object()) == "NIS"  # a gazetteer without resolve is ignored


def test_a_figure_without_attribution_takes_the_nearest_in_its_paragraph():
    found = figs("Officials said the river rose overnight. More than 100 homes were flooded.")
    assert (found[0]["claimant"], found[0]["text"]) == ("Officials", "More than 100 homes")


def test_a_pronoun_claimant_is_the_named_source_before_it():
    f = one('Mayor Jane Roe said the town flooded. "We lost 40 homes," she said.')
    assert (f["claimant"], f["claimant_text"]) == ("Mayor Jane Roe", "she")


def test_no_attribution_no_claimant_and_negated_verbs_attribute_nothing():
    assert one("The storm flattened 40 homes.")["claimant"] is None
    assert one("The ministry would not say whether 40 homes burned.")["claimant"] is None


# --------------------------------------------------------------------------- not figures

@pytest.mark.parametrize("text", [
    "The summit opened on Oct. 28, 2024 in Seoul.",
    "Russia invaded Ukraine in February 2022.",
    "The 2015 collapse killed villagers.",
    "He met No. 2 officials at the gate.",
    "It is one of the largest bases.",
    "No one knows the one that left.",
    "The meeting started at 5:06 AM and ended at 2 pm.",
    "The story was updated 44 minutes ago.",
    "The 3rd brigade moved in the 21st-century war.",
    "A 45-year-old man, aged 30 by some accounts, left.",
    "Call 202-555-0123 for help.",
    "Under Article 5, allies must respond.",
    "The F-16 and G7 talks on COVID-19 went on.",
    "The two regimes signed a pact.",
    "The bill passed 51-49 in the Senate.",
    "Attacks rose after 9/11 and in the 1990s.",
    "Fans waited for season four and Super Bowl 50.",
])
def test_dates_years_labels_times_ages_ordinals_and_pronouns_are_not_figures(text):
    assert figs(text) == []


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


# --------------------------------------------------------------------------- records

def test_records_carry_spans_ids_sentence_and_the_table_columns():
    raw = "WASHINGTON (AP) \u2014 Crews fixed 12 lines. About 40 ships waited.\n\nLater, 3 more came.\n"
    a = parse_article(raw, article_id="x9")
    found = extract(a)
    assert [f["figure_id"] for f in found] == ["x9:f1", "x9:f2", "x9:f3"]
    assert all(raw[f["start"]:f["end"]] == f["text"] for f in found)
    assert [(f["para_no"], f["sent_no"]) for f in found] == [(1, 1), (1, 2), (2, 1)]
    assert found[1]["sentence"] == "About 40 ships waited."
    assert set(found[0]) == set(COLUMNS["figures"])


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


def test_a_bare_number_takes_the_noun_it_elides_from_the_figure_before_it():
    from helpers.read.article import parse_article
    from helpers.extract.figures import extract

    a = parse_article("DHAKA (AP) \u2014 The factory hired 2,000 workers this year, with about 5,000 expected by June.\n")
    rows = [(f["value"], f["noun"], f["category"], f["qualifier"]) for f in extract(a)]
    assert rows == [(2000, "workers", "personnel", "exact"), (5000, "workers", "personnel", "approx")]


def test_a_bare_number_far_from_any_counted_noun_keeps_no_noun():
    from helpers.read.article import parse_article
    from helpers.extract.figures import extract

    a = parse_article("DHAKA (AP) \u2014 The factory hired 2,000 workers, officials in the capital said on a busy day of "
                      "talks that ran late into the night, and then the total rose to 5,000.\n")
    assert [f["noun"] for f in extract(a)] == ["workers", None]


def test_a_report_as_claimant_resolves_to_the_body_that_issued_it():
    found = figs("The Coast Guard said it searched the bay on Monday.\n\n"
                 "Divers found 12 boats near the pier, the report said.", gazetteer=FakeGazetteer())
    assert [(f["claimant"], f["claimant_text"]) for f in found] == [("Coast Guard", "the report")]
    alone = one("Divers found 12 boats near the pier, the report said.")
    assert (alone["claimant"], alone["claimant_text"]) == ("report", "the report")
