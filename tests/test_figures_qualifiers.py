"""Qualifiers and ranges: how exact the writer says a figure is.

``qualifiers`` is tested on its own (phrases before and after a number, the second end of a
range), then through :func:`extract`.
"""
from __future__ import annotations


import pytest

from helpers.extract.figures import QUALIFIER_MARKS, numbers_in, qualifier_after, qualifier_before
from helpers.extract.figures.qualifiers import _number_at, _range_partner
from helpers.schema import QUALIFIERS

from figure_cases import figs, one, values


# --------------------------------------------------------------------------- through extract

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


# --------------------------------------------------------------------------- each piece on its own

@pytest.mark.parametrize("text, qualifier, start", [
    ("roughly 40 boats", "approx", 0), ("at least 40 boats", "at_least", 0), ("Fewer than 40 boats", "less_than", 0),
    ("sank up to 40 boats", "at_most", 5), ("the 40 boats", None, None),
])
def test_qualifier_before_a_number(text, qualifier, start):
    found = qualifier_before(text, text.index("40"))
    assert found == (None if qualifier is None else (qualifier, start))


def test_qualifier_after_a_number_or_its_noun_and_where_the_figure_then_ends():
    assert qualifier_after("40-plus boats", 2, 2) == ("more_than", 7)
    assert qualifier_after("40 boats or more.", 2, 8) == ("at_least", 16)
    assert qualifier_after("40 boats sank", 2, 8) is None


def test_the_second_end_of_a_range_is_read_in_digits_or_words_with_its_scale():
    n = _number_at("eight thousand fans", 0)
    assert (n.value, n.scale, n.end) == (8000, 1000, 14)
    assert _number_at("12 boats", 0).value == 12 and _number_at("3rd place", 0) is None


@pytest.mark.parametrize("text, between, partner", [
    ("fired 8 to 12 rockets", False, 12), ("fired 10-12 rockets", False, 12), ("two or three days", False, 3),
    ("between 10 and 12 boats", True, 12), ("10 and 12 boats", False, None), ("lost 212 to 210 votes", False, None),
    ("from 44 ml to 50 mg", False, None), ("won 51-49 in", False, "skip"),
])
def test_range_partner(text, between, partner):
    n = numbers_in(text)[0]
    found = _range_partner(text, n, between, [])
    if partner == "skip":
        assert found.skip
    else:
        assert (found.value if found else None) == partner


def test_a_range_partner_inside_a_masked_span_is_none():
    text = "fired 8 to 12 rockets"
    at = text.index("12")
    assert _range_partner(text, numbers_in(text)[0], False, [(at, at + 2)]) is None


@pytest.mark.parametrize("text, value, qualifier, noun, span", [
    ("About 4 in 10 respondents backed the levy.", 0.4, "approx", "respondents", "About 4 in 10 respondents"),
    ("Nearly three in five said they would move.", 0.6, "approx", None, "Nearly three in five"),
    ("One in three of the nurses quit.", 1 / 3, "exact", "nurses", "One in three of the nurses"),
    ("Nine out of 10 dentists agree.", 0.9, "exact", "dentists", "Nine out of 10 dentists"),
])
def test_a_ratio_is_one_figure_whose_value_is_the_fraction(text, value, qualifier, noun, span):
    f = one(text)
    assert (f["value"], f["qualifier"], f["noun"], f["text"]) == (pytest.approx(value), qualifier, noun, span)


def test_some_out_of_a_count_that_is_no_round_base_is_a_count():
    assert [(f["value"], f["noun"]) for f in figs("The party swept seven out of 11 states.")][-1] == (11, "states")
    assert all(f["value"] >= 1 for f in figs("The party swept seven out of 11 states."))


def test_a_count_in_a_span_of_time_is_no_ratio():
    assert [(f["value"], f["noun"]) for f in figs("The clinic saw 212 patients in 10 days and 30 in 2 weeks.")][:2] == [
        (212, "patients"), (10, "days")]


def test_an_em_dash_between_spaces_is_a_break_not_a_range():
    found = figs("Almost half \u2014 48 percent \u2014 said yes, and 20 \u2014 25 more said no; sizes ran 10\u201412 cm.")
    assert [(f["value"], f["qualifier"]) for f in found if f["value"] != 25][:2] == [(48, "exact"), (20, "exact")]
    assert (found[-1]["value_min"], found[-1]["value_max"]) == (10, 12)


def test_one_or_two_is_a_range_of_counts():
    f = one("Voters in one or two states will decide it.")
    assert (f["value_min"], f["value_max"], f["noun"]) == (1, 2, "states")


@pytest.mark.parametrize("body, text, qualifier", [
    # a qualifier before an article or "every" qualifies the number after it
    ("Buyers get up to a 90 percent rebate.", "up to a 90 percent", "at_most"),
    ("Demand doubled roughly every 3.4 months.", "roughly every 3.4 months", "approx"),
    ("Officials expect about a 5 percent rise.", "about a 5 percent", "approx"),
    ("Buses ran nearly every 10 minutes.", "nearly every 10 minutes", "approx"),
])
def test_a_qualifier_reaches_over_an_article_or_every(body, text, qualifier):
    f = one(body)
    assert (f["text"][:len(text)], f["qualifier"]) == (text, qualifier)


def test_over_before_an_article_means_during():
    assert one("Savings grew over a 10-year period.")["qualifier"] == "exact"


@pytest.mark.parametrize("body", ["The lab built the probe under a $118 million contract.",
                                  "Rents rose above a 5 percent cap set in 2019."])
def test_a_preposition_before_an_article_is_no_qualifier(body):
    assert one(body)["qualifier"] == "exact"
