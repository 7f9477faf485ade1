"""Counted nouns read as noun phrases: the phrase after a number, and the noun a bare number counts.

Fixtures are invented sentences in several house styles (British and Australian papers, US agency
copy, financial wires, local news) on many topics: every class of issue 14's "a counted noun is
whatever noun heads the phrase" is tested through :func:`extract`, then the pieces of ``phrases``
and ``nouns`` on their own.
"""
from __future__ import annotations

import pytest

from helpers.extract.figures import extract, head_noun
from helpers.extract.figures.phrases import noun_before, unit_before
from helpers.read.article import parse_article


def figs(body: str, dateline: str = "LONDON (Reuters) - ") -> list[dict]:
    return extract(parse_article(dateline + body + "\n", article_id="t1"))


def nouns(body: str, **kw) -> dict[str, str | None]:
    return {f["text"]: f["noun"] for f in figs(body, **kw)}


# --------------------------------------------------------------------------- the head after a number

@pytest.mark.parametrize("body, text, noun", [
    # business (British wire): an unknown noun is a head all the same; its category is "other"
    ("Halvorsen Foods is closing five plants in Yorkshire.", "five plants", "plants"),
    # local US news: modifiers before the plural head are skipped, known or not
    ("The budget adds 12 officers and 4 civilian crime analysts.", "4 civilian crime analysts", "analysts"),
    # science (Guardian style)
    ("Samples came from 11 Dutch sampling sites.", "11 Dutch sampling sites", "sites"),
    # a noun adjunct that is itself plural: "staff nurses"
    ("The trust will hire 40 staff nurses.", "40 staff nurses", "nurses"),
    # a verb in -ed ends the phrase, an adjective in -ed before a plural does not
    ("On Thursday, 120 stayed home.", "120", None),
    ("Rebels freed 2,500 armed men.", "2,500 armed men", "men"),
    # a verb ends a singular phrase: "a 6.2 quake struck", not "struck"
    ("A 6.2 tremor struck the coast overnight.", "6.2 tremor", "tremor"),
    # a time frame ends the phrase: "389 last year" counts no years
    ("Burglaries rose from 112 in 2022 to 389 last year.", "389", "burglaries"),
])
def test_the_counted_noun_heads_the_phrase_known_or_not(body, text, noun):
    assert nouns(body)[text] == noun


def test_an_unknown_head_noun_has_category_other_and_never_an_empty_noun():
    (f,) = figs("Halvorsen Foods is closing five plants in Yorkshire.")
    assert (f["noun"], f["category"]) == ("plants", "other")


# --------------------------------------------------------------------------- a bare number's noun, read back

@pytest.mark.parametrize("body, text, noun", [
    # disaster (Reuters): "a toll of 410"
    ("The quake left a toll of 410 across three provinces, officials said.", "410", "toll"),
    # election (BBC): "a majority of at least 170", with its qualifier
    ("Labour was on course for a majority of at least 170, the exit poll suggested.", "at least 170", "majority"),
    # health (AP): the object of the verb the number is "to"
    ("The CDC said new reports raised pediatric deaths this season to 53.", "53", "deaths"),
    # disaster (AP): "raised the toll to 46"
    ("By evening, the agency had raised the toll to 46.", "46", "toll"),
    # crime (local US): the subject of a change, over "of" and "in" phrases
    ("Thefts of catalytic converters in Lakeview rose from 112 in 2022 to 389.", "112", "thefts"),
    # health (Australian): over a comma and a time span
    ("Admissions at the clinic doubled in two weeks, to 38, she said.", "38", "admissions"),
    # sport (Guardian): "a crowd of 31,402"
    ("A crowd of 31,402 saw the derby at Moor Lane.", "31,402", "crowd"),
    # markets: the count a number is compared with
    ("Unit sales fell to 2.7m units in the quarter from 3.9m.", "3.9m", "units"),
])
def test_a_bare_number_takes_the_noun_of_the_head_it_counts(body, text, noun):
    assert nouns(body)[text] == noun


@pytest.mark.parametrize("body, text, noun", [
    # sport (AP): "at mile 24"
    ("The leader faded at mile 24 and finished third.", "mile 24", "mile"),
    # disaster (AP): "a magnitude 7.1 earthquake" measures in magnitude
    ("A magnitude 7.1 earthquake struck the Andes early Saturday.", "magnitude 7.1", "magnitude"),
    # transport (US local): "kilometer 112"
    ("The highway was shut at kilometer 112 by rockfalls.", "kilometer 112", "kilometer"),
])
def test_a_unit_written_before_its_number_is_its_noun(body, text, noun):
    assert nouns(body)[text] == noun


def test_a_word_for_an_amount_gives_no_noun_and_a_transitive_verb_none_either():
    assert noun_before("A total of 46", 11) is None
    assert noun_before("The department logged 254", 22) is None
    assert noun_before("Officials said 10,000 expected to go", 15) is None


def test_a_bare_number_takes_the_last_thing_counted_earlier_in_its_paragraph():
    found = nouns("The hospital's staff, about 2,300 people, are falling ill. More than 120 were out on Thursday.",
                  dateline="ATLANTA (AP) \u2014 ")
    assert found["More than 120"] == "people"


def test_a_number_in_another_paragraph_takes_nothing_from_the_one_before():
    found = nouns("The hospital employs about 2,300 people.\n\nOn Thursday, 120 stayed home.",
                  dateline="ATLANTA (AP) \u2014 ")
    assert found["120"] is None


# --------------------------------------------------------------------------- the pieces

def test_head_noun_stops_at_verbs_time_frames_and_takes_the_plural_as_head():
    assert head_noun("4 civilian crime analysts were hired", 1)[0] == "analysts"
    assert head_noun("7.1 earthquake struck Lima", 3)[0] == "earthquake"
    assert head_noun("389 last year", 3, masks=[(4, 13)])[0] is None
    assert head_noun("30 came home", 2)[0] is None  # a past form right after the number is no noun
    assert head_noun("100 hits a day", 3)[0] == "hits"  # "-s" forms stay nouns there


def test_unit_before_reads_only_units_listed_as_written_before_their_number():
    assert unit_before("at mile 24", 8) == ("mile", 3)
    assert unit_before("Station 4 opened", 8) is None
    assert unit_before("the 24", 4) is None


def test_noun_before_lower_cases_a_subject_that_opens_the_sentence_only():
    assert noun_before("Thefts rose to 40", 15)[0] == "thefts"
    assert noun_before("Rates of theft in Lakeview rose to 40", 35)[0] == "rates"
    assert noun_before("The toll reached 46", 17)[0] == "toll"


@pytest.mark.parametrize("body, text, noun", [
    # disaster (Reuters): a compound joined by "and" before its plural head
    ("More than 9,500 search and rescue workers arrived.", "More than 9,500 search and rescue workers", "workers"),
    # election (AP): a partitive without a determiner; "cast" is a verb
    ("Democrats hold five of nine seats.", "five", "seats"),
    ("She won by about 3,100 votes out of roughly 56,000 cast.", "roughly 56,000", "votes"),
    # disaster (Reuters): "put the toll at 384 earlier in the day"
    ("Officials had put the toll at 384 earlier in the day.", "384", "toll"),
    # business (Guardian): the change is passed over for the subject
    ("Sales of new vans fell 11.4% in 2024 to 292,000, the trade body said.", "292,000", "sales"),
])
def test_compounds_partitives_and_changes_give_the_counted_noun(body, text, noun):
    assert nouns(body)[text] == noun


@pytest.mark.parametrize("body, text, qualifier", [
    ("There were 287 aftershocks, four of them above magnitude 5.", "above magnitude 5", "more_than"),
    ("Shells landed within 500 metres of the hospital.", "within 500 metres", "at_most"),
])
def test_a_qualifier_before_a_unit_written_first_and_within_qualify_the_figure(body, text, qualifier):
    assert {f["text"]: f["qualifier"] for f in figs(body)}[text] == qualifier


def test_a_bare_number_skips_a_figure_in_brackets_for_its_noun():
    found = nouns("Finch took 14,305 votes (41.2%) to Tilly's 11,459 (33.0%).")
    assert found["11,459"] == "votes"


def test_a_casualty_count_without_a_noun_counts_people_and_others_is_a_head():
    found = {f["text"]: f["noun"] for f in figs("The blast killed 5 and injured 14 others.", dateline="KABUL (AP) \u2014 ")}
    assert found == {"5": "people", "14 others": "others"}


def test_a_strong_count_counts_the_noun_after_it():
    assert nouns("The cuts are about 4% of its 30,000-strong workforce.")["30,000-strong workforce"] == "workforce"


@pytest.mark.parametrize("body, text", [
    ("The number of Russian troops near Kharkiv has reached 40,000, the ministry said.", "40,000"),
    ("Intelligence officials now put the number of Russian troops at about 50,000.", "about 50,000"),
])
def test_a_word_for_an_amount_gives_the_noun_it_is_of(body, text):
    assert nouns(body)[text] == "Russian troops"


@pytest.mark.parametrize("body, value, noun", [
    # "out of work" between the counted noun and "to": read over, as "up" and "down"
    ("Layoffs raised the number of Canadians out of work to 2.1 million.", 2_100_000, "Canadians"),
    ("The closures brought the number of miners out of work over the past month to 3,400.", 3400, "miners"),
])
def test_out_of_work_is_read_over_to_the_counted_noun(body, value, noun):
    from figure_cases import figs
    f = [f for f in figs(body) if f["value"] == value][0]
    assert f["noun"] == noun


@pytest.mark.parametrize("body, text, noun", [
    # a bare number after a copula counts the copula's subject
    ("The caseload at the agency is nearly 162,000 this year.", "nearly 162,000", "caseload"),
    ("The backlog was about 4,500 in March.", "about 4,500", "backlog"),
    ("Officials said the queue remains 3,200.", "3,200", "queue"),
    ("The town's population is 8,400.", "8,400", "people"),
    # a unit after the number stays the noun; a person's age, a pronoun and a word for an amount give none
    ("Turnout was 61 percent in the county.", "61 percent", "percent"),
    ("The driver was 19, police said.", "19", None),
    ("The total was 46.", "46", None),
    ("It was 46 at noon.", "46", None),
    ("\"We'll be 12 by Friday,\" the organiser said.", "12", None),
    ("They're 30 now.", "30", None),
])
def test_a_bare_number_after_a_copula_counts_its_subject(body, text, noun):
    from figure_cases import one
    f = one(body)
    assert (f["text"], f["noun"]) == (text, noun)


@pytest.mark.parametrize("body, text, noun", [
    # a container of members is no counted noun: its members after the number are, or none
    ("A group of nine students walked out of class.", "nine students", "students"),
    ("A group of nine met in the basement.", "nine", None),
    ("Police arrested a group of 14 near the border.", "14", None),
    ("The lab tested a batch of 200 on Monday.", "200", None),
])
def test_a_container_of_members_is_no_counted_noun(body, text, noun):
    from figure_cases import one
    f = one(body)
    assert (f["text"], f["noun"]) == (text, noun)
