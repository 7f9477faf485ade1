"""Counted nouns and categories: the head of the noun phrase after a number, its category, rates, casualty cues.

The functions of ``nouns`` are tested on their own, then through :func:`extract`.
"""
from __future__ import annotations


import pytest

from helpers.extract.figures import head_noun, noun_category, singular_forms
from helpers.extract.figures.nouns import _casualty_cue, _compound_at, _is_plural, _with_rate

from figure_cases import figs, one


# --------------------------------------------------------------------------- through extract

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


def test_a_casualty_cue_turns_people_into_casualties():
    assert one("The storm killed at least 126 people.")["category"] == "casualties"
    assert one("More than 120 civilians were killed overnight.")["category"] == "casualties"
    assert one("More than 120 civilians were evacuated overnight.")["category"] == "personnel"


def test_durations_are_figures():
    f = one("The 18-month conflict has displaced families.")
    assert (f["value"], f["noun"], f["category"]) == (18, "month", "duration")


# --------------------------------------------------------------------------- each piece on its own

@pytest.mark.parametrize("word, forms", [
    ("ferries", ["ferries", "ferry", "ferrie"]), ("women", ["women", "woman"]), ("boxes", ["boxes", "box", "boxe"]),
    ("children", ["children", "child"]), ("feet", ["feet", "foot"]), ("grass", ["grass"]),
])
def test_singular_forms_try_every_english_plural_ending(word, forms):
    assert singular_forms(word) == forms


def test_plural_looking_words():
    assert [w for w in ("ships", "ferries", "people", "grass", "virus", "staff") if _is_plural(w)] == ["ships", "ferries",
                                                                                                       "people", "staff"]


@pytest.mark.parametrize("text, pos, noun, span", [
    ("40 armored vehicles left", 2, "armored vehicles", (3, 19)),
    ("12 boxes.", 2, "boxes", (3, 8)),
    ("9 more tanks rolled", 1, "tanks", (7, 12)),
    ("9 more ready to go", 1, None, (1, 1)),
    ("12 of them", 2, None, (2, 2)),
    ("30 square kilometres of forest", 2, "square kilometres", (3, 20)),
])
def test_head_noun_reads_the_phrase_after_a_number(text, pos, noun, span):
    found, start, end = head_noun(text, pos)
    assert (found, (start, end)) == (noun, span)
    assert found is None or text[start:end] == found


def test_a_compound_the_lexicon_knows_is_one_noun():
    assert _compound_at("12 square miles of land", 3) == ("square miles", 3, 15)
    assert _compound_at("12 big trucks", 3) is None


def test_a_rate_after_a_noun_is_part_of_it_unless_it_is_a_time_back():
    assert _with_rate("$20 per tonne", "dollars", 3) == ("dollars per tonne", 13)
    assert _with_rate("$9/kg here", "dollars", 2) == ("dollars per kg", 5)
    assert _with_rate("5 ships a day ago", "ships", 7) == ("ships", 7)


def test_a_casualty_cue_before_or_after_the_figure():
    assert _casualty_cue("Floods killed 12 people", 14, 23)
    assert _casualty_cue("12 people were wounded", 0, 9)
    assert not _casualty_cue("12 people were rescued", 0, 9)


@pytest.mark.parametrize("text, noun, span", [
    ('He cited the "2 million-plus" migrants deported.', "migrants", "2 million-plus"),
    ("She said \u201cthousands\u201d of workers cheered.", "workers", "thousands"),
    ("He spoke of ''hundreds'' of ballots.", "ballots", "hundreds"),
])
def test_a_quoted_number_counts_the_noun_after_the_closing_quote(text, noun, span):
    f = one(text)
    assert (f["noun"], f["text"]) == (noun, span)


@pytest.mark.parametrize("text, noun", [
    ("Gallup counts 14 solidly Democratic or leaning Democratic states.", "states"),
    ("The firm cut 300 full-time or part-time jobs.", "jobs"),
])
def test_or_between_modifiers_keeps_one_noun_phrase(text, noun):
    assert one(text)["noun"] == noun


@pytest.mark.parametrize("text, nouns", [
    # US local paper, RNZ and Reuters styles: a part of a whole the country or state owns
    ("The superintendent said 186 of the state's 283 districts would gain.", ["districts", "districts"]),
    ("Assaults rose in three of the country's 12 police districts.", ["districts", "districts"]),
    ("Officials said 12 of the nation's 23 arid counties need food aid.", ["counties", "counties"]),
])
def test_a_part_of_a_possessed_whole_counts_the_whole_noun(text, nouns):
    from figure_cases import figs
    assert [f["noun"] for f in figs(text)] == nouns


@pytest.mark.parametrize("body, value", [
    # headline-style capitals: the casualty word after the number is no noun, the count is of people
    ("THREE DEAD AFTER BUS CRASH ON COAST ROAD", 3),
    ("Police said 14 injured were taken to hospital.", 14),
    # a verb of dying after a bare number: people
    ("A health official warned 100,000 could die this winter.", 100000),
    ("Rescuers said 12 drowned when the ferry capsized.", 12),
    # the number in a partial quote, the casualty verb after it
    ('The adviser estimated "between 40,000 and 60,000" could die.', 50000),
])
def test_casualty_words_after_a_bare_number_count_people(body, value):
    from figure_cases import figs
    f = [f for f in figs(body) if f["value"] == value][0]
    assert f["noun"] == "people"


@pytest.mark.parametrize("body, nouns", [
    # an elided noun carries on down a list of bare numbers
    ("Delegates will cast 42 votes for Ruiz, 18 for Okafor and 16 for Lind.", ["votes"] * 3),
    ("The 30 seats split: 12 for the left, 10 for the centre, 5 for the right.", ["seats"] * 4),
])
def test_an_elided_noun_carries_down_a_list(body, nouns):
    from figure_cases import figs
    assert [f["noun"] for f in figs(body)] == nouns


@pytest.mark.parametrize("body, text, noun", [
    # an irregular participle between a counted number and a plural is an adjective
    ("The senator gave a string of seven paid speeches.", "seven paid speeches", "speeches"),
    ("Officers recovered 40 stolen cars in the raid.", "40 stolen cars", "cars"),
    ("The council listed 12 newly built homes.", "12 newly built homes", "homes"),
])
def test_a_participle_before_a_plural_is_an_adjective(body, text, noun):
    f = one(body)
    assert (f["text"], f["noun"]) == (text, noun)


def test_a_participle_after_a_number_that_opens_a_clause_is_its_verb():
    f = one("Of the staff, 85 paid the levy.")
    assert (f["text"], f["noun"]) == ("85", None)


@pytest.mark.parametrize("body, text, noun", [
    # a spelled fraction "of" a bare plural counts that plural
    ("About three-quarters of voters backed the plan.", "About three-quarters of voters", "voters"),
    ("Nearly two-thirds of households lost power.", "Nearly two-thirds of households", "households"),
])
def test_a_fraction_of_a_bare_plural_counts_it(body, text, noun):
    f = one(body)
    assert (f["text"], f["noun"]) == (text, noun)


@pytest.mark.parametrize("body, text, noun", [
    # common kinds of people, jobs and roles are personnel, so "one" before them counts
    ("The panel was split. One judge dissented from the ruling.", "One judge", "judge"),
    ("The vote was close. Only one senator was absent.", "one senator", "senator"),
    ("The district hired 2000 teachers last year.", "2000 teachers", "teachers"),
    ("The vote was close. One juror was excused.", "One juror", "juror"),
])
def test_kinds_of_people_are_personnel(body, text, noun):
    f = one(body)
    assert (f["text"], f["noun"], f["category"]) == (text, noun, "personnel")


@pytest.mark.parametrize("noun", ["parents", "pupils", "buyers", "immigrants", "nurses", "fans", "shareholders"])
def test_people_nouns_are_in_the_lexicon(noun):
    assert noun_category(noun) == "personnel"


@pytest.mark.parametrize("body, noun, category", [
    # a vague sum right after a verb of spending, costing, raising or losing money is money
    ("The firm spent millions on lobbying.", "dollars", "money"),
    ("The club lost billions in the crash.", "dollars", "money"),
    ("They raised millions for the hospital.", "dollars", "money"),
    ("The storm cost billions.", "dollars", "money"),
    # not when the sum counts something, nor after another verb
    ("Millions of people watched the match.", "people", "personnel"),
    ("The city lost thousands of residents.", "residents", "personnel"),
    ("The rally drew thousands.", None, None),
])
def test_a_vague_sum_after_a_money_verb_is_money(body, noun, category):
    f = one(body)
    assert (f["noun"], f["category"]) == (noun, category)


@pytest.mark.parametrize("body, text, value, noun", [
    # a fraction word before "of" and a plural or a body of people is a share of that whole
    ("Half of the voters backed the plan.", "Half of the voters", 0.5, "voters"),
    ("A third of the workforce is on leave.", "A third of the workforce", 1 / 3, "workforce"),
    ("A quarter of homes lost power.", "A quarter of homes", 0.25, "homes"),
    ("More than half of the respondents said no.", "More than half of the respondents", 0.5, "respondents"),
    # the whole is the noun even after "all", a possessive, or another figure's unit before it
    ("In two years, more than half of Lee's meetings were with donors.", "more than half of Lee's meetings", 0.5, "meetings"),
])
def test_a_fraction_word_of_a_whole_is_a_share(body, text, value, noun):
    f = figs(body)[-1]
    assert (f["text"], round(f["value"], 4), f["noun"]) == (text, round(value, 4), noun)


@pytest.mark.parametrize("body", [
    "The game lasted half an hour.", "They led at half-time.", "They reached the quarter-final.",
    "Sales rose in the first quarter.", "He is right half the time.", "He is right half of the time.",
    "Half of them left early.", "A quarter of the way through, he stopped.", "Half of the season was lost.",
])
def test_fraction_words_without_a_whole_are_no_figures(body):
    assert figs(body) == []


@pytest.mark.parametrize("body, text, noun", [
    # a model's code or a middle initial inside the noun phrase modifies the head after it
    ("The company launched two Falcon 9 rockets this week.", "two Falcon 9 rockets", "rockets"),
    ("The carrier has 24 Airbus A320neo jets on order.", "24 Airbus A320neo jets", "jets"),
    ("Three former George W. Bush officials signed the letter.", "Three former George W. Bush officials", "officials"),
    ("He met 3 John F. Kennedy scholars.", "3 John F. Kennedy scholars", "scholars"),
    # a qualifier hyphenated to the number keeps the noun after it, also after a qualifier before it
    ("More than 3,000-plus fans turned up.", "More than 3,000-plus fans", "fans"),
    ("A crowd of 3,000-plus fans turned up.", "3,000-plus fans", "fans"),
])
def test_codes_initials_and_suffixes_inside_the_noun_phrase(body, text, noun):
    f = one(body)
    assert (f["text"], f["noun"]) == (text, noun)


@pytest.mark.parametrize("body, text, noun", [
    # a capitalised name ending in -s before a plural modifies it, it is no nationality
    ("The attack killed five Dallas police officers.", "five Dallas police officers", "police officers"),
    ("Officials visited 12 Texas cities.", "12 Texas cities", "cities"),
    ("He met two Kansas farmers.", "two Kansas farmers", "farmers"),
    ("Officials said 40 Americans were dead.", "40 Americans", "Americans"),
])
def test_a_place_name_in_s_before_a_plural_is_a_modifier(body, text, noun):
    f = one(body)
    assert (f["text"], f["noun"]) == (text, noun)


def test_a_share_is_not_carried_to_a_bare_number_over_a_hundred():
    found = figs("He now needs 61 percent of remaining delegates to reach 1,237.")
    assert [(f["text"], f["noun"]) for f in found] == [("61 percent", "percent"), ("1,237", None)]
    found = figs("Support rose to 45 percent from 38 in May.")
    assert [f["noun"] for f in found] == ["percent", "percent"]


@pytest.mark.parametrize("body, count, noun", [
    # a count right before a hyphenated measure counts the noun after the measure
    ("Output is forecast at 5.2 million 90-kg bags this year.", "5.2 million", "bags"),
    ("The jet dropped two 500-pound bombs.", "two", "bombs"),
    ("The Treasury sold 40 10-year bonds.", "40", "bonds"),
])
def test_a_count_before_a_hyphenated_measure_counts_the_noun_after_it(body, count, noun):
    found = figs(body)
    assert (found[0]["text"], found[0]["noun"]) == (count, noun)
    assert len(found) == 2


@pytest.mark.parametrize("body, noun", [
    # a bare number after a place "of" counts its people
    ("Officials in Chania, a city of about 110,000, said tourism rose.", "people"),
    ("It is a nation of 40 million.", "people"),
    ("It is a town of 8,000, most of them farmers.", "people"),
    ("Officials raised the toll to 46.", "toll"),
])
def test_a_bare_number_after_a_place_of_counts_its_people(body, noun):
    assert figs(body)[0]["noun"] == noun


def test_a_fraction_of_all_of_a_whole_does_not_take_the_unit_before_it():
    found = figs("The top 0.1 percent of earners took in half of all capital gains in 2011.")
    assert [(f["text"], f["noun"]) for f in found] == [("0.1 percent", "percent"), ("half of all capital gains", "gains")]


@pytest.mark.parametrize("body, text, noun", [
    # a dotted abbreviation inside the noun phrase modifies the head after it
    ("A poll of 1,850 U.S. adults found most were worried.", "1,850 U.S. adults", "adults"),
    ("The survey covered 300 U.K. firms last spring.", "300 U.K. firms", "firms"),
    ("The district runs 40 D.C. schools on the east side.", "40 D.C. schools", "schools"),
    ("Officials counted 12 e.v. chargers in the garage.", "12 e.v. chargers", "chargers"),
])
def test_a_dotted_abbreviation_in_the_phrase_is_a_modifier(body, text, noun):
    f = one(body)
    assert (f["text"], f["noun"]) == (text, noun)


@pytest.mark.parametrize("body, noun", [
    # a fraction right before a determiner is a share of the noun after it
    ("He needs one-half the e.v. total to win.", "total"),
    ("The plant runs at one-third the cost of coal.", "cost"),
    ("The new hall seats one-quarter the crowd of the old one.", "crowd"),
    # a title's abbreviation inside a possessor's name is no noun: the head after the name is
    ("Close to half of Mrs. Clinton's bundlers gave again.", "bundlers"),
    ("Nearly half of Dr. Okafor's patients recovered.", "patients"),
    ("About a third of Gen. Ruiz's troops withdrew.", "troops"),
])
def test_a_fraction_counts_the_noun_past_a_determiner_or_a_titled_name(body, noun):
    assert one(body)["noun"] == noun


@pytest.mark.parametrize("body, text, noun", [
    ("It recorded a rate of 14.8 per 100,000 people last year.", "14.8 per 100,000 people", "per 100,000 people"),
    ("The county had 3.2 cases per 1,000 residents.", "3.2 cases per 1,000 residents", "cases per 1,000 residents"),
    ("Crime fell to 61 offences for every 1,000 people.", "61 offences for every 1,000 people",
     "offences per 1,000 people"),
    ("Nationally there were 45 deaths per million.", "45 deaths per million", "deaths per million"),
])
def test_a_rate_and_its_denominator_are_one_figure(body, text, noun):
    found = figs(body)
    assert [(f["text"], f["noun"], f["category"]) for f in found] == [(text, noun, "share")]
