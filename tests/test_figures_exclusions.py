"""What is not a figure: dates, times, ages, labels, list markers, years, pronouns and references.

Each rule of ``exclusions`` is tested on its own, then the whole through :func:`extract`.
"""
from __future__ import annotations


import pytest

from helpers.extract.figures import extract, numbers_in
from helpers.extract.figures.exclusions import (_after_determiner, _an_age, _counts_noun, _enumerator, _labelled, _masked,
                                                _plausible_count)
from helpers.extract.figures.numerals import _Number
from helpers.read.article import parse_article

from figure_cases import figs, values


# --------------------------------------------------------------------------- through extract

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


def test_spans_of_time_in_the_billions_are_figures_but_ages_are_not():
    assert values("The rocks formed some 3.9 billion years ago.") == [3_900_000_000]
    assert values("The star is one billion years old.") == [1_000_000_000]
    assert figs("The post went up 12 minutes ago about a man 45 years old.") == []


# --------------------------------------------------------------------------- each rule on its own

def span(text: str, number: str) -> tuple[int, int]:
    at = text.index(number)
    return at, at + len(number)


@pytest.mark.parametrize("text, number", [
    ("Doors open at 7 pm sharp.", "7"), ("The bell rang at 14:30 today.", "14"), ("Due 11/04/2026 at noon.", "11"),
    ("The 2019-20 season ended.", "2019"), ("A 5-year-old girl sang.", "5"), ("Ages 18 to 25 may apply.", "18"),
    ("He turned 40 in May.", "40"), ("Jo Park, 61, said no.", "61"), ("It opened on March 3, 2021.", "3"),
    ("It opened on 3 March 2021.", "3"), ("Call 555-867-5309 now.", "555"),
])
def test_dates_times_ages_and_phone_numbers_are_masked(text, number):
    assert _masked(text, *span(text, number))


@pytest.mark.parametrize("text, number", [("The fleet lost 7 ships.", "7"), ("Crews laid 14 miles of pipe.", "14")])
def test_counts_are_not_masked(text, number):
    assert not _masked(text, *span(text, number))


def test_labels_and_listed_names_are_no_counts():
    assert _labelled("See No. 4 below", *span("See No. 4 below", "4"))
    assert _labelled("Under Article 51 now", *span("Under Article 51 now", "51"))
    assert _labelled("since 9/11 began", *span("since 9/11 began", "9/11"))
    assert not _labelled("Crews fixed 4 pumps", *span("Crews fixed 4 pumps", "4"))


def test_a_time_back_or_an_age_is_no_figure_but_a_span_of_thousands_of_years_is():
    assert _an_age("posted 12 minutes ago", _Number(7, 9, 12, "digits"))
    assert _an_age("a dog 3 years old", _Number(6, 7, 3, "digits"))
    assert not _an_age("formed 4000 years ago", _Number(7, 11, 4000, "digits"))
    assert not _an_age("crews 12 minutes early", _Number(6, 8, 12, "digits"))


def test_a_small_number_closed_by_a_bracket_never_opened_is_a_list_marker():
    text = "Steps: 1) dig, 2) plant (3 seeds), 40) no"
    marks = [_Number(text.index(s), text.index(s) + len(s) - 1, float(s[:-1]), "digits") for s in ("1)", "2)", "3 ", "40)")]
    assert [_enumerator(text, n) for n in marks] == [True, True, False, False]  # "40)": too many for a list
    assert [n.value for n in numbers_in(text)] == [3, 40]


@pytest.mark.parametrize("text, counted", [
    ("the two regimes met", False), ("both three-judge panels", False), ("one of the bridges fell", False),
    ("no one came", False), ("one soldier fell", True), ("one idea came", False), ("two bridges fell", True),
])
def test_spelled_numbers_that_refer_back_or_stand_for_a_pronoun_are_no_count(text, counted):
    n = numbers_in(text)[0]
    assert _plausible_count(text, n) is counted


def test_a_year_counts_only_a_known_noun_right_after_it_and_never_after_a_determiner():
    text = "In 2000 soldiers came, the 2014 elections and 2015 went by."
    first, second, third = numbers_in(text)
    assert _counts_noun(text, first) and not _after_determiner(text, first.start)
    assert _after_determiner(text, second.start)
    assert not _counts_noun(text, third)


# --------------------------------------------------------------------------- issue 14: other house styles

def news(body: str, dateline: str = "LONDON (Reuters) - ") -> list[dict]:
    return extract(parse_article(dateline + body + "\n", article_id="t1"))


@pytest.mark.parametrize("body", [
    # markets (Reuters): times with a zone, on the 24-hour clock
    "Sterling slipped after the data at 0700 GMT and the bank speaks at 1200 GMT on Thursday.",
    "Polls close at 1600 BST in the by-election.",
    "Traders returned at 0900 GMT.",
    # disaster (Reuters): a local time
    "The quake struck at 0217 local time on Friday.",
    # election (AP): a US zone after a clock time
    "Results were due after 11 p.m. ET and again at 4 p.m. ET.",
    # crime (US local): an hour in words of the day
    "Neighbours heard the saw at 3 in the morning.",
])
def test_times_of_day_in_any_style_are_not_figures(body):
    assert news(body) == []


@pytest.mark.parametrize("body", [
    # politics (BBC): a span of years, before a comma too
    "Sir Jan Roe, who served as a minister between 2019 and 2022, lost the seat.",
    "He served from 2001 to 2004 as chief executive.",
    # science, cars: a year as an adjective after "a"
    "A 2017 study of the Thames found plastics.",
    "Police said he drove a 2019 Honda Accord.",
])
def test_year_spans_and_years_as_adjectives_are_not_figures(body):
    assert news(body) == []


@pytest.mark.parametrize("body", [
    # health (AP): ages as bounds and ranges
    "Adults 65 and older account for most admissions.",
    "The shot is offered to everyone 6 months and older.",
    "Workers aged 25 to 54 were hit hardest.",
    "Children aged under 10 made up most cases.",
    "Their daughters, now aged 4 and 7, ask about her.",
    "The victims, aged 19, 22 and 67, died at the scene.",
    # courts, disasters: ages written with the noun
    "The 45-year-old was jailed, and a 7-month-old baby was rescued.",
    "Cases among two-year-olds rose.",
])
def test_ages_are_not_figures(body):
    assert news(body) == []


@pytest.mark.parametrize("body", [
    # business: model numbers
    "Regulators grounded 737 Max jets, and the carmaker recalled Model 3s.",
    # local US: a ZIP code, before or after the word
    "Homes in the 90210 ZIP code sold fastest, as did those in ZIP code 55409.",
    # space, markets: names with numbers
    "SpaceX launched a Falcon 9 as the FTSE 100 fell.",
    # local government (The Age): labels and lists of them
    "Station 4 will close, and buses on routes 220 and 234 will run less often.",
    "Stations 3 and 7 will close.",
    # education (ABC): year groups
    "Students in Years 3, 5, 7 and 9 sat the tests; Year 9 results fell.",
    "The storm reached Category 3 before landfall.",
    # technology, transport (British): a name with an inner capital, road junctions
    "Apple unveiled the iPhone 16 in California.",
    "The M25 was closed between junctions 10 and 12.",
])
def test_model_numbers_codes_and_labels_are_not_figures(body):
    assert news(body) == []


@pytest.mark.parametrize("body", [
    # local government (The Age, AP): votes
    "The council voted 8-3 to approve the plan.",
    "The levy failed 3-4 last year.",
    "It passed on a 5-2 vote.",
    # sport (Guardian): scores
    "Castleton won 3-1 at home.",
    "The sides drew 1-1.",
])
def test_scores_and_votes_are_not_ranges_or_figures(body):
    assert news(body) == []


def test_a_range_stays_a_range_where_no_tally_word_says_it_is_a_score():
    (f,) = news("Forecasters expect 10-12 named storms.")
    assert (f["value_min"], f["value_max"], f["noun"]) == (10, 12, "storms")


def test_numbers_near_labels_and_times_that_count_stay_figures():
    found = news("Station 4 has 40 firefighters, and 1600 tonnes of grain arrived at 0900 GMT.")
    assert [(f["text"], f["value"]) for f in found] == [("40 firefighters", 40), ("1600 tonnes", 1600)]
    assert [f["value"] for f in news("The Dow Jones Industrial Average 0.5% and a Processor 2.80 GHz.")] == [0.5, 2.8]


@pytest.mark.parametrize("body", [
    # ages stated with "is"/"was", of a named person or a pronoun
    "Okafor, who is 31, said the plan would fail.",
    "She was 19 when she joined the union.",
    "While Brandt is 58, he runs every morning.",
    "He was only 12 at the time.",
    "Mr. Ortiz, then 38, hired Ms. Lund, then 35.",
    # ages as the limit of a group of people
    "Turnout fell among voters under 35 and rose among those over 65.",
    "Residents older than 80 were moved first.",
    # ages in a list of appositions
    "Her children are Tom Reyes Jr., 41; Ana, 37; and Luis, 30.",
])
def test_stated_ages_and_age_limits_of_people_are_not_figures(body):
    assert news(body) == []


def test_is_and_under_before_a_count_or_a_measure_stay_figures():
    found = news("The tally was 41, a hamlet with a population under 500, and Okafor is 5 points ahead.")
    assert [f["value"] for f in found] == [41, 500, 5]
    assert [f["value"] for f in news("Voters under 35 cast 2,000 ballots.")] == [2000]


@pytest.mark.parametrize("body", [
    # names with a capitalised number word, house numbers, ranks
    "Members of the Gang of Eight met, and the Big Ten said nothing.",
    "The fans of Hawaii Five-0 gathered.",
    "The gallery opened at 415 Harbour View Road, near 12 Elm Street.",
    "She finished in the top 10, and he fell outside the top three.",
    # a handle, a number inside a garbled word, a year after an opening curly quote
    "Follow @4070news for updates on the G\u00c31\u20444len case.",
    "Is winning in \u201816 harder than winning in \u201808?",
    # idioms with a hyphenated number
    "She took five-figure fees in a three-way race, and a 4-star general spoke.",
])
def test_names_addresses_ranks_handles_and_idioms_are_not_figures(body):
    assert news(body) == []


def test_counts_beside_names_streets_and_ranks_stay_figures():
    found = news("Some 40 Wall Street firms and the top 1% paid, and the Gang of Eight hired 12 nurses.")
    assert [(f["value"], f["noun"]) for f in found] == [(40, "firms"), (1, "percent"), (12, "nurses")]
    found = news("FIRE AT DEPOT Three workers were hurt, and Oslo Five people said nothing.")
    assert [(f["value"], f["noun"]) for f in found] == [(3, "workers"), (5, "people")]


@pytest.mark.parametrize("body", [
    "As one aide told the paper, the campaign is broke.",
    "\"It is a mess,\" said one official with knowledge of the talks.",
    "One analyst, a former trader, warned that prices would fall.",
    "The deal is doomed, according to one banker.",
])
def test_one_introducing_a_source_is_no_count(body):
    assert news(body) == []


@pytest.mark.parametrize("body", [
    # codes with a parenthesised part glued to the number (US tax law)
    "Staff may save in a 401(k) plan.",
    "The charity is a 501(c)(3) group, its filing says.",
    # list items opened by a number and a point or a bracket
    "1. The council will vote on the plan.",
    "2) Residents can comment until the hearing.",
])
def test_parenthesised_codes_and_list_item_numbers_are_no_figures(body):
    assert news(body) == []


@pytest.mark.parametrize("body", [
    # a tally written with "to": a vote or confirmation with nothing counted after it
    "The Senate confirmed her 92 to 0 on Tuesday.",
    "The bill passed by a vote of 90 to 10 in the upper house.",
    "Lawmakers voted 61 to 38 to advance the measure.",
    "The council rejected it 7 to 2.",
])
def test_tallies_written_with_to_are_no_figures(body):
    assert news(body) == []


def test_a_count_range_after_a_tally_word_stays_a_range():
    (f,) = news("The party won 10 to 12 seats in the north.")
    assert (f["value"], f["value_min"], f["value_max"], f["noun"]) == (11, 10, 12, "seats")


@pytest.mark.parametrize("body", [
    # a tally hyphenated with "to" before a tally noun (court and council reporting)
    "The case was settled by a 5-to-4 vote of the justices.",
    "A 4-to-4 tie leaves the lower ruling in place.",
    "The court keeps a reliable 6-to-3 majority.",
    # a phone number: three digits, a dash, four digits and nothing counted
    "Readers can call 555-0142 for details.",
    "Contact: 624-7788; 225-3141 or 225-3190.",
    "Call the desk on 212-3344 or 212-5566.",
])
def test_hyphenated_to_tallies_and_phone_numbers_are_no_figures(body):
    assert news(body) == []


def test_a_hyphenated_to_range_and_a_three_to_four_digit_range_still_count():
    (f,) = news("Analysts expect a 10-to-15 percent rise.")
    assert (f["value_min"], f["value_max"], f["noun"]) == (10, 15, "percent")
    (f,) = news("Organisers said 500-1500 people may come.")
    assert (f["value_min"], f["value_max"], f["noun"]) == (500, 1500, "people")


@pytest.mark.parametrize("body, value, noun", [
    # a name between a verb and a number is the verb's object: the number counts the plural after it
    ("The final poll put Ruiz 3 points ahead of Lind.", 3, "points"),
    ("The party handed Okafor 12 votes on the second ballot.", 12, "votes"),
    ("The average put former Secretary of State Ann Ruiz 3 points over Lind.", 3, "points"),
])
def test_a_name_as_object_before_a_count_is_no_label(body, value, noun):
    (f,) = news(body)
    assert (f["value"], f["noun"]) == (value, noun)


@pytest.mark.parametrize("body, text, value", [
    # a small number word after "the" with a hyphenated unit states what it measures: a figure
    ("The four-term mayor will not run again.", "four-term", 4),
    ("The three-day festival drew crowds.", "three-day", 3),
    ("Workers ended the two-week strike.", "two-week", 2),
])
def test_a_hyphenated_count_after_the_is_a_figure(body, text, value):
    (f,) = news(body)
    assert (f["text"], f["value"]) == (text, value)


def test_a_small_number_after_the_without_a_unit_still_refers_back():
    assert news("The two parties met, and the three-way race tightened.") == []


@pytest.mark.parametrize("body, kept", [
    # a year before 1800 after "a"/"the" dates one thing (art, history); a count of people or a measure stays
    ("The gallery bought a 1761 work by the painter.", []),
    ("Historians cite the 1648 treaty as the turning point.", []),
    ("Organisers said the 1500 runners set off at dawn.", [1500]),
    ("The convoy began a 1200 km trip north.", [1200]),
])
def test_a_year_before_1800_after_an_article_is_no_figure(body, kept):
    assert [f["value"] for f in news(body)] == kept


@pytest.mark.parametrize("body", [
    # an age reached: "turns"/"turned" or a person's "will be" and a number, then a date or the end
    "She will be 60 in May.", "Lopez turned 30 on Friday.", "They will be 18 when the law changes.",
    "The museum turns 100 this year.",
])
def test_an_age_reached_is_no_figure(body):
    assert figs(body) == []


def test_will_be_after_a_thing_stays_a_count():
    assert [f["text"] for f in figs("The number of stations will be 20 next year.")] == ["20"]


@pytest.mark.parametrize("body", [
    # a spelled number in a quoted name, a number alone in square brackets (a reference mark)
    "The 'big four' negotiators met on Monday.", "The \"Big Three\" carmakers asked for help.",
    "The rule was cited [538.] in the ruling.", "The report [12] says so.",
])
def test_quoted_names_and_bracketed_references_are_no_figures(body):
    assert figs(body) == []


@pytest.mark.parametrize("body, texts", [
    # both numbers of an alternative or a range before "years ago" are a time back
    ("He said it happened 40 or 50 years ago, when 30 people lived there.", ["30 people"]),
    ("The town was founded 20-30 years ago.", []),
    ("The 40 or 50 people left.", ["40 or 50 people"]),
])
def test_an_alternative_before_years_ago_is_a_time_back(body, texts):
    assert [f["text"] for f in figs(body)] == texts


@pytest.mark.parametrize("body", ["A third of 16- to 24-year-olds did not vote.",
                                  "Some 5 and 6-year-olds were sent home.",
                                  "Most 18 to 25-year-olds rent."])
def test_a_range_of_ages_before_year_olds_is_no_figure(body):
    assert [f["text"] for f in figs(body) if f["value"] >= 5] == []


@pytest.mark.parametrize("body", ["He is out with a grade two hamstring strain.",
                                  "She went out in round three.",
                                  "On a two-party preferred basis Labor leads.",
                                  "The series went to game seven."])
def test_lower_case_label_words_and_two_party_make_no_count(body):
    assert figs(body) == []
