"""The tense a date is read in: cue words before and after it, relations, and dates of statements.

``tense`` is tested on its own; how the tense moves a date is in ``test_dates_resolution``.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from helpers.extract.dates import is_speech_anchor, tense_after, tense_before, tense_cues, tense_of
from helpers.extract.dates.tense import _Cues


# --------------------------------------------------------------------------- read once per sentence as at every offset

WORDS = ["on Friday", "last week", "in June", "by December", "Oct. 18, 2024", "in 2019", "yesterday",
         "may join", "3,000 troops", "the 18-month war", "said", "will", "expected to", "Mayor Kim",
         "since August last year", "Dec. 14 and 15", "mid-2023", "two weeks ago", "today", "March",
         ",", "and", "the port", "\u201cquoted\u201d", "\u00e9t\u00e9", "Monday, Jan. 6, 2020", "last September"]
WORDS += ["as early as", "the end of", "Sunday", "SUNDAY", "monday", "Oct.28", "5th", "of", "through",
          "2022-23", "2024-10-28", "today2", "TODAY", "x'Monday", "June\u2019s", "told reporters",
          "to be deployed", "in  June", "last\nweek", "\u017finc\u0435", "\u0131n", "\u0130n", "wee\u212aend",
          "the day before yesterday", "over the weekend", "(", ")", "-", "\u2013", "a", "three days ago",
          "week2", "ago2", "28", "3rd", "June\u00a0", "Oct.", "Sunday Times", "Easter", "2000 troops", "\t"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["will", "was", "were", "be", "is", "plans to", "hundred", "closed", "Xed", "’", "'",
                                         "dogs’", "'deployed", "x’ed", "is’", "are'", "it’s", "’said", "will’", "'' ", "Is",
                                         "be’", "got", "gets", "fed", "shed", "paid,", "—", "2", "said.", "closed’"]),
                min_size=1, max_size=30))
def test_tense_read_once_per_sentence_matches_tense_before(words):
    text = " ".join(words)
    expected = [tense_before(text, i) for i in range(len(text) + 1)]
    assert [_Cues(text).before(i) for i in range(len(text) + 1)] == expected
    stretch = _Cues.STRETCH
    try:  # short stretches read backwards: they meet where a cue could straddle them
        _Cues.STRETCH = 1
        assert [_Cues(text).before(i) for i in range(len(text) + 1)] == expected
    finally:
        _Cues.STRETCH = stretch


# --------------------------------------------------------------------------- each function on its own

def test_tense_cues_are_future_words_and_past_verbs_but_not_participles_after_be():
    text = "Officials will vote after they met and closed the hundred talks"
    assert [(text[i:].split()[0], cue) for i, cue in tense_cues(text)] == [("will", "future"), ("met", "past"),
                                                                            ("closed", "past")]
    assert tense_cues("the ships are expected to be deployed") == [(14, "future")]


@pytest.mark.parametrize("text, pos, tense", [
    ("The council will meet in June", 22, "future"), ("The council met in June", 19, "past"),
    ("The festival in June", 13, ""), ("It closed, and it will reopen by June", 29, "future"),
])
def test_tense_before_is_the_closest_cue(text, pos, tense):
    assert tense_before(text, pos) == tense


def test_tense_after_stops_at_a_reporting_verb_unless_the_date_opens_the_sentence():
    assert tense_after("In May, the board approved the plan.", 6) == "past"
    assert tense_after("on Friday, the ministry said", 9) == ""
    assert tense_after("On Friday, the ministry said", 9, speech=True) == "past"


def test_tense_of_reads_since_as_past_and_a_relation_when_no_cue_decides():
    assert tense_of("Prices rose since June", 11, 22, "since") == "past"
    assert tense_of("Talks end by June", 10, 17, "by") == "future"
    assert tense_of("The fair in June", 9, 16, "in") == ""


def test_a_date_right_after_a_reporting_verb_or_opening_the_sentence_dates_a_statement():
    assert is_speech_anchor("She told reporters on Friday that", 19, 28)
    assert is_speech_anchor("Last week, the agency said", 0, 9)
    assert not is_speech_anchor("Last week, prices rose", 0, 9)
    assert not is_speech_anchor("She said it will open Friday", 22, 28)
