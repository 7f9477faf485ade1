"""Reading numbers: digits, words, signs, currencies, scales, glued units, magnitudes, "a"/"an" and a unit.

The pieces are tested on their own (``numerals``: a number in digits; ``spelled``: numbers in
words; ``numbers``: every number of a sentence), then through :func:`extract`.
"""
from __future__ import annotations


import pytest
from hypothesis import given, settings, strategies as st

from helpers.extract.figures import extract, spelled_values
from helpers.extract.figures.grammar import patterns
from helpers.extract.figures.numbers import numbers_in
from helpers.extract.figures.numerals import _accounting_negative, _clean, _read_digits
from helpers.extract.figures.spelled import _one_unit, _read_vague
from helpers.read.article import parse_article

from figure_cases import figs, one, values


# --------------------------------------------------------------------------- through extract

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


# --------------------------------------------------------------------------- numerals: one number in digits

def digits(text: str, pos: int = 0):
    return _read_digits(text, patterns().number_at.match(text, pos))


@pytest.mark.parametrize("text, value, currency, unit, span", [
    ("14,500 boxes", 14500, None, None, "14,500"),
    ("10 000 boxes", 10000, None, None, "10 000"),
    ("2 1/2 cups", 2.5, None, None, "2 1/2"),
    ("3\u00bd cups", 3.5, None, None, "3\u00bd"),
    ("1.2e3 cells", 1200, None, None, "1.2e3"),
    ("-15 points", -15, None, None, "-15"),
    ("minus 15 points", -15, None, None, "minus 15"),
    ("\u20ac40 each", 40, "\u20ac", None, "\u20ac40"),
    ("\u00a34.5bn deal", 4_500_000_000, "\u00a3", None, "\u00a34.5bn"),
    ("35m devices", 35_000_000, None, None, "35m"),
    ("12kg bags", 12, None, "kg", "12"),
    ("27-kilometer road", 27, None, "kilometer", "27"),
    ("64% turnout", 64, None, "%", "64"),
])
def test_a_number_in_digits_reads_its_value_currency_and_unit(text, value, currency, unit, span):
    n = digits(text)
    assert (n.value, n.currency, n.unit, text[n.start:n.end], n.skip) == (value, currency, unit, span, False)


@pytest.mark.parametrize("text", ["3rd place", "the 1990s", "06F6 chip", "id 1449075600123", "1/0 odds", "5/3 split"])
def test_ordinals_decades_designations_identifiers_and_bad_fractions_are_read_only_to_be_skipped(text):
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert digits(text, start).skip


def test_four_plain_digits_look_like_a_year_unless_money_or_scaled():
    assert digits("in 2019", 3).year_like and not digits("$2019 fee").year_like and not digits("2019 million").year_like


def test_a_glued_m_scales_only_before_what_is_counted():
    assert (digits("35m devices").value, digits("35m devices").scaled) == (35_000_000, True)
    n = digits("a 35m drop", 2)
    assert (n.value, n.scaled, n.unit) == (35, False, "m")  # thirty-five metres


def test_an_amount_in_parentheses_is_negative_but_a_conversion_is_not():
    text = "Profit was ($2.5 million)."
    n = digits(text, text.index("$"))
    _accounting_negative(text, n)
    assert (n.value, text[n.start:n.end]) == (-2_500_000, "($2.5 million)")
    text = "It cost \u00a380 ($104)."
    n = digits(text, text.index("$"))
    _accounting_negative(text, n)
    assert n.value == 104


def test_clean_gives_ints_for_whole_values_and_rounds_float_noise():
    assert _clean(12.0) == 12 and isinstance(_clean(12.0), int)
    assert _clean(4.1 * 1e6) == 4_100_000 and _clean(0.1 + 0.2) == 0.3 and _clean(-2.5) == -2.5


# --------------------------------------------------------------------------- spelled: numbers in words

@pytest.mark.parametrize("text, found", [
    ("forty-two", [42]), ("a dozen", [12]), ("two dozen", [24]), ("nine hundred and ninety", [990]),
    ("one million two hundred thousand", [1_200_000]), ("seven, eight", [7, 8]), ("three quarters", [3 / 4]),
    ("dozen", []),
])
def test_spelled_values_join_number_words_as_english_does(text, found):
    assert [v for _, _, v, _ in spelled_values(text)] == found


def test_spelled_values_mark_small_bare_counts_and_give_offsets():
    (s, e, v, small), = spelled_values("seven")
    assert (s, e, v, small) == (0, 5, 7, True)
    assert spelled_values("seven hundred")[0][3] is False


def test_magnitudes_give_their_order_and_tens_needs_of():
    read = lambda text: _read_vague(patterns().candidate.match(text))  # noqa: E731
    assert read("tens of").value == 10 and read("several thousand").value == 1000 and read("dozens of").value == 12
    assert read("tens") is None and read("scores") is None


def test_a_or_an_and_a_unit_is_one_of_it_unless_it_means_per():
    n = _one_unit("Pour a litre of milk", 5)
    assert (n.value, n.unit, n.start, n.unit_end) == (1, "litre", 5, 12)
    assert _one_unit("Sold at $3 a gallon", 11) is None and _one_unit("He has a foot", 7) is None


# --------------------------------------------------------------------------- numbers: every number of a sentence

def test_numbers_in_finds_digits_words_and_magnitudes_in_order_and_leaves_out_what_is_no_figure():
    text = "The 3rd unit moved 40 crates, twelve boxes and hundreds of bags at 5 pm on March 3."
    assert [(text[n.start:n.end], n.value, n.kind) for n in numbers_in(text)] == [
        ("40", 40, "digits"), ("twelve", 12, "spelled"), ("hundreds of", 100, "vague")]


def test_numbers_in_skips_the_spans_it_is_told_to():
    text = "They sent 40 trucks in 2023 and 12 vans."
    at = text.index("40")
    assert [n.value for n in numbers_in(text)] == [40, 2023, 12]  # a year is told apart later, by its noun
    assert [n.value for n in numbers_in(text, masks=[(at, at + 2)])] == [2023, 12]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.$%-/abcdefmkn") + [" two", " million", " hundreds of", " a gallon",
                                                                     " minus", "\u00bd"]), max_size=40).map("".join))
def test_numbers_in_gives_ordered_spans_inside_the_text(text):
    found = numbers_in(text)
    assert all(0 <= n.start < n.end <= len(text) for n in found)
    assert [n.start for n in found] == sorted(n.start for n in found)


# --------------------------------------------------------------------------- issue 14: other house styles

def news(body: str, dateline: str = "LONDON (Reuters) - ") -> list[dict]:
    return extract(parse_article(dateline + body + "\n", article_id="t1"))


@pytest.mark.parametrize("body, value, noun", [
    # economy (British wire): per cent, percentage points, pounds and euros with scales
    ("Inflation rose to 2.6 per cent in February.", 2.6, "per cent"),
    ("The bank cut rates by 0.25 percentage points.", 0.25, "percentage points"),
    ("The Treasury is putting £4.5bn into childcare.", 4_500_000_000, "pounds"),
    ("The carmaker will invest €300m in Spain.", 300_000_000, "euros"),
    # business (financial wire): a scale letter after a space
    ("Quarterly revenue was $2.31 B, the company said.", 2_310_000_000, "dollars"),
    ("Profit is forecast at $8.9 B.", 8_900_000_000, "dollars"),
])
def test_money_and_shares_in_british_and_wire_styles(body, value, noun):
    (f,) = news(body)
    assert (f["value"], f["noun"]) == (value, noun)


@pytest.mark.parametrize("body, values", [
    # technology (Reuters business): a glued "m" before a count is millions
    ("It shipped 35m devices and 2.7m sales were lost.", [35_000_000, 2_700_000]),
    # ... and so is one that the sentence compares with such a figure
    ("It shipped 35m devices in fiscal 2024, down from 41m a year earlier.", [35_000_000, 41_000_000]),
    # a spaced "B" before a count
    ("About 8 B people now own a phone.", [8_000_000_000]),
    # a glued "m" before a singular noun or alone, with no count beside it, is metres
    ("The probe carries a 3.5m antenna.", [3.5]),
    ("The sprinter won the 100m final.", [100]),
])
def test_glued_magnitudes_are_millions_and_billions_before_counts_not_metres(body, values):
    assert [f["value"] for f in news(body)] == values


def test_a_share_and_an_amount_of_money_side_by_side_are_two_figures_not_a_range():
    found = news("Shares fell 8.4% to $31.17 before the bell, and the dividend rose 4% to 8.3 cents a share.")
    assert [(f["value"], f["value_min"]) for f in found] == [(8.4, None), (31.17, None), (4, None), (8.3, None)]


@pytest.mark.parametrize("body, value, noun", [
    # family (AP): a possessive before a small count introduces it
    ("She spent the night outside with her three grandchildren.", 3, "grandchildren"),
    ("Its two solar arrays span 27 metres.", 2, "arrays"),
    ("He stood outside his six-storey block.", 6, "storey"),
])
def test_a_small_count_after_a_possessive_is_a_figure(body, value, noun):
    f = news(body)[0]
    assert (f["value"], f["noun"]) == (value, noun)


def test_a_small_count_after_the_still_refers_back_and_zero_compounds_are_adjectives():
    assert news("The two regimes signed a pact.") == []
    assert news("It backs zero-emission vans.") == []


@pytest.mark.parametrize("body, text, value, noun", [
    # Australian and New Zealand papers: the currency's country after the sign
    ("The miner posted a profit of $US5.2 billion.", "$US5.2 billion", 5_200_000_000, "dollars"),
    ("The fund lost NZ$12m last year.", "NZ$12m", 12_000_000, "dollars"),
    # British papers and wires: "pc" and "pct" are per cent
    ("House prices rose 2.6pc in March.", "2.6pc", 2.6, "percent"),
    ("Output fell 3pct.", "3pct", 3, "percent"),
])
def test_currencies_and_percentages_in_antipodean_and_british_styles(body, text, value, noun):
    (f,) = news(body)
    assert (f["text"], f["value"], f["noun"]) == (text, value, noun)


@pytest.mark.parametrize("body, text, value, qualifier", [
    # disasters (AP), economy (British): fractions of a scale
    ("Nearly half a million people lost power.", "Nearly half a million people", 500_000, "approx"),
    ("A quarter of a million businesses were hit.", "A quarter of a million businesses", 250_000, "exact"),
    ("About one and a half million voters stayed home.", "About one and a half million voters", 1_500_000, "approx"),
])
def test_fractions_of_a_scale_are_one_figure(body, text, value, qualifier):
    (f,) = news(body)
    assert (f["text"], f["value"], f["qualifier"]) == (text, value, qualifier)


@pytest.mark.parametrize("body, text, value, noun", [
    # a vulgar fraction set apart from its whole number by a space is part of it
    ("The repairs took 5 \u00bd years.", "5 \u00bd years", 5.5, "years"),
    ("The pipe is 3 \u00be inches wide.", "3 \u00be inches", 3.75, "inches"),
    # "and a half" written with hyphens
    ("It has been seven-and-a-half years since the flood.", "seven-and-a-half years", 7.5, "years"),
    ("The crew worked two-and-a-half days without rest.", "two-and-a-half days", 2.5, "days"),
    # "minus" before a number word is its sign, as before digits
    ("Overnight the mercury fell to minus nine degrees.", "minus nine degrees", -9, "degrees"),
    ("Readings reached minus twenty-two degrees in the pass.", "minus twenty-two degrees", -22, "degrees"),
])
def test_spaced_fractions_hyphenated_halves_and_spelled_negatives(body, text, value, noun):
    (f,) = news(body)
    assert (f["text"], f["value"], f["noun"]) == (text, value, noun)


def test_minus_before_a_number_word_keeps_its_sign_and_overnight_is_no_noun():
    (f,) = news("The temperature in the town dropped to minus four overnight.")
    assert (f["value"], f["noun"]) == (-4, "temperature")


@pytest.mark.parametrize("body, text, value, noun", [
    # Indian papers group digits in lakhs and crores
    ("The state logged 2,45,000 cases this season.", "2,45,000 cases", 245_000, "cases"),
    ("The board spent Rs 1,23,45,678 on repairs.", "Rs 1,23,45,678", 12_345_678, "rupees"),
    # speeds with a spaced unit and a slash
    ("Gusts reached 90 km/h on the coast.", "90 km/h", 90, "km/h"),
    ("The probe moves at 11 m/s relative to the comet.", "11 m/s", 11, "m/s"),
])
def test_indian_digit_grouping_and_slashed_speed_units(body, text, value, noun):
    (f,) = news(body)
    assert (f["text"], f["value"], f["noun"]) == (text, value, noun)


@pytest.mark.parametrize("body, value, noun", [
    # a poll's margin of error: "plus or minus" gives no negative number
    ("The survey has a margin of error of plus or minus 3.5 percentage points.", 3.5, "percentage points"),
    ("Results carry a margin of plus or minus 4 percent.", 4, "percent"),
    ("The subsample's error is plus or minus six points.", 6, "points"),
    ("The poll of voters has a margin of error of +/-3 percentage points.", 3, "percentage points"),
    ("Its error margin is \u00b1 2.5 points.", 2.5, "points"),
])
def test_plus_or_minus_is_a_margin_not_a_sign(body, value, noun):
    (f,) = news(body)
    assert (f["value"], f["noun"]) == (value, noun)


@pytest.mark.parametrize("body, text, value", [
    # "half" hyphenated to a scale word, with or without an article
    ("The insurer will cut a half-billion dollars in costs.", "a half-billion dollars", 500_000_000),
    ("Nearly a half-million people lost power.", "Nearly a half-million people", 500_000),
    ("Officials counted a half million ballots by noon.", "a half million ballots", 500_000),
])
def test_a_half_scale_is_half_of_it(body, text, value):
    (f,) = news(body)
    assert (f["text"], f["value"]) == (text, value)


@pytest.mark.parametrize("body, text, value, noun", [
    # South African rand written "R" glued to an amount with a scale or three digits; Kenyan shillings "KSh"
    ("The strike could cost the mine R450m in output.", "R450m", 450_000_000, "rand"),
    ("Each family will receive R15,000 at once.", "R15,000", 15_000, "rand"),
    ("The province budgeted R2.5 billion for clinics.", "R2.5 billion", 2_500_000_000, "rand"),
    ("A bag of maize sold for KSh 3,000 in the market.", "KSh 3,000", 3000, "shillings"),
    ("The county board holds Ksh300 million in reserve.", "Ksh300 million", 300_000_000, "shillings"),
])
def test_rand_and_kenyan_shillings(body, text, value, noun):
    (f,) = news(body)
    assert (f["text"], f["value"], f["noun"]) == (text, value, noun)


def test_an_r_before_a_short_number_is_a_road_or_a_model():
    assert news("Drivers should take the R2 and then the R35 north.") == []


@pytest.mark.parametrize("body, value", [
    # "a couple of" before a scale doubles it; "several" and "a few" give the scale's order
    ("Officials sent a couple of hundred police officers.", 200),
    ("The firm hired a couple of thousand seasonal staff.", 2000),
    ("Several hundred protesters marched.", 100),
])
def test_a_couple_of_a_scale_is_two_of_it(body, value):
    (f,) = news(body)
    assert (f["value"], f["qualifier"]) == (value, "vague")


@pytest.mark.parametrize("body, text, value, noun", [
    # "grand" after a number is thousands of dollars; before a plural it is an adjective
    ("He paid 100 grand for the car.", "100 grand", 100000, "dollars"),
    ("She earns 60 grand a year.", "60 grand a year", 60000, "dollars per year"),
    ("The bonus was $50 grand.", "$50 grand", 50000, "dollars"),
    ("He rode in 2 grand tours.", "2 grand tours", 2, "tours"),
    # a percentage abbreviated and spaced from its number
    ("Inflation rose to 4.1 pc in March.", "4.1 pc", 4.1, "percent"),
    ("Sales rose 3 pct last month.", "3 pct", 3, "percent"),
])
def test_slang_and_abbreviated_units_after_a_number(body, text, value, noun):
    f = one(body)
    assert (f["text"], f["value"], f["noun"]) == (text, value, noun)


@pytest.mark.parametrize("body, text, value", [
    # a height in feet and inches is one measure in feet
    ("The forward is 6-foot-2 and fast.", "6-foot-2", 6 + 2 / 12),
    ("He stands 6 ft 4 in tall.", "6 ft 4 in", 6 + 4 / 12),
    ("The team signed a 5-foot-10 guard.", "5-foot-10", 5 + 10 / 12),
])
def test_feet_and_inches_are_one_height_in_feet(body, text, value):
    f = one(body)
    assert (f["text"], round(f["value"], 4), f["noun"]) == (text, round(value, 4), "feet")


@pytest.mark.parametrize("body, text, value, noun", [
    # a vague magnitude repeated for emphasis is one figure, with the noun after the repeat
    ("With thousands upon thousands of sellers, it is a huge job.", "thousands upon thousands of sellers", 1000, "sellers"),
    ("Hundreds and hundreds of people came.", "Hundreds and hundreds of people", 100, "people"),
    ("They spent millions and millions of dollars.", "millions and millions of dollars", 1000000, "dollars"),
])
def test_a_repeated_vague_magnitude_is_one_figure(body, text, value, noun):
    f = one(body)
    assert (f["text"], f["value"], f["noun"], f["qualifier"]) == (text, value, noun, "vague")


@pytest.mark.parametrize("body, value, unit", [
    ("The council approved a $1.38-billion operating budget.", 1.38e9, "$1.38-billion"),
    ("The firm won a C$45-million contract.", 4.5e7, "C$45-million"),
])
def test_a_scale_word_hyphenated_to_an_amount_multiplies_it(body, value, unit):
    f = one(body)
    assert (f["text"], f["value"]) == (unit, value)


@pytest.mark.parametrize("body, value", [
    ('"We have won four, maybe five," she said.', 4.5),
    ("It could take three or perhaps four weeks.", 3.5),
])
def test_a_hedged_second_number_makes_a_range(body, value):
    assert [(f["value"], f["qualifier"]) for f in figs(body)] == [(value, "range")]
