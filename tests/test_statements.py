"""Reported speech: the statements of one sentence (front, trailing, inverted, according, noun, continued).

Fixtures are short sentences written for these tests.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from helpers.extract.reactions import find_statements, statements, subjects


# --------------------------------------------------------------------------- quick paths find what the plain way finds

@settings(max_examples=60, deadline=2000)
@given(st.lists(st.sampled_from(list("Aa Bb,.'\"sid") + ["said ", "and ", "The ", "Kim ", "'s ", "of "]), max_size=120))
def test_property_arbitrary_text_never_breaks_the_rules(tokens):
    text = "".join(tokens)
    for s in find_statements(text):
        assert 0 <= s.start <= s.end <= len(text)


def test_statements_of_a_sentence_met_again_are_the_same_and_cannot_be_changed():
    text = "Troops crossed the river, the army said."
    first = find_statements(text)
    first.clear()
    again = find_statements(text)
    assert [(s.subject, s.form) for s in again] == [("the army", "trailing")]
    with pytest.raises(AttributeError):
        again[0].start = 0


_TAIL_WORDS = ["Neither", "neither", "nor", "No", "not", "the", "The", "bathe", "of", "between", "against", "for",
               "and", "but", "while", "band", "Kim", "said", ",", '"', "\u201d", "\u2019", ",\"", "\",", "x-y", "2,500"]


_TAIL_SEPARATORS = st.sampled_from([" ", "", "  ", "\n", ", ", "\u00a0"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TAIL_WORDS), _TAIL_SEPARATORS), max_size=8), st.integers(0, 60))
def test_property_searches_at_the_end_of_a_text_find_what_a_full_search_finds(words, cut):
    text = "".join(w + sep for w, sep in words)
    start = min(cut, len(text))
    assert subjects._negated_before(text, start) == bool(subjects.NEGATED_BEFORE_RE.search(text[:start]))
    assert subjects._preposition_before(text, start) == bool(subjects.PREPOSITION_BEFORE_RE.search(text[:start]))
    full, tail = statements.CONTINUATION_RE.search(text), statements._continuation(text)
    assert (full and full.span()) == (tail and tail.span())
    assert statements._ends_in_close_quote(text[:start]) == bool(statements._CLOSE_QUOTE_RE.search(text[:start]))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TAIL_WORDS + ["", "\u00e9t\u00e9", "_"]), _TAIL_SEPARATORS), max_size=6),
       st.integers(0, 40), st.integers(0, 40))
def test_property_word_count_tests_agree_with_counting_words(words, a, b):
    text = "".join(w + sep for w, sep in words)
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    count = len(statements._WORD_RE.findall(text[start:end]))
    assert bool(statements._TWO_WORDS_RE.search(text, start, end)) == (count >= 2)
    assert bool(statements._THREE_WORDS_RE.search(text, start, end)) == (count >= 3)
    assert statements._has_quote_mark(text, start) == any(q in text[start:] for q in "\"\u201c")


# --------------------------------------------------------------------------- the forms, one sentence each

@pytest.mark.parametrize("sentence, subject, verb, form, statement", [
    ("The ministry said Tuesday that the bridge was closed.", "The ministry", "said", "front", "the bridge was closed"),
    ("The bridge was closed, the ministry said.", "the ministry", "said", "trailing", "The bridge was closed"),
    ("The bridge was closed, said Eva Lind.", "Eva Lind", "said", "inverted", "The bridge was closed"),
    ("According to the ministry, the bridge was closed.", "the ministry", "according to", "according",
     "the bridge was closed"),
    ("The bridge was closed, according to the ministry.", "the ministry", "according to", "according",
     "The bridge was closed"),
    ("The ministry gave a non-denial answer about the bridge.", "The ministry", "answer", "noun",
     "a non-denial answer about the bridge"),
])
def test_each_form_of_reported_speech(sentence, subject, verb, form, statement):
    assert [(s.subject, s.verb, s.form, sentence[s.start:s.end]) for s in find_statements(sentence)] == [
        (subject, verb, form, statement)]


def test_a_second_verb_continues_the_statement_of_the_first():
    s = "The ministry said the bridge was closed, adding that repairs began."
    assert [(st.subject, st.verb, st.form, s[st.start:st.end]) for st in find_statements(s)] == [
        ("The ministry", "said", "front", "the bridge was closed"), (None, "adding", "continued", "repairs began")]


def test_quotations_are_left_to_the_quotes_table():
    assert find_statements('The ministry said: "The bridge is closed."') == []
    assert find_statements('The banner read "the ministry said no" in red.') == []


@pytest.mark.parametrize("mark", ['"', "''"])
def test_quotes_in_two_apostrophes_are_read_as_quotes_are(mark):
    # the archive style quotes with two apostrophes: a lead-in to a quote, a direct quote and a
    # statement holding quoted fragments read as they do with '"'
    q = lambda s: s.replace("MARK", mark)
    assert find_statements(q("Roe said on Monday: MARKWe will appeal.MARK")) == []
    assert find_statements(q("MARKWe will appeal,MARK the minister said.")) == []
    got = find_statements(q("Roe pledged to MARKfix the roads,MARK as she put it in Lima, and MARKsoon.MARK"))
    assert [(s.subject, s.verb, s.form) for s in got] == [("Roe", "pledged", "front")]
    text = q("Roe said the MARKdeep and lasting faithMARK - MARKfaith that shows in deeds.MARK")
    assert [text[s.start:s.end].startswith(q("the MARKdeep")) for s in find_statements(text)] == [True]


@pytest.mark.parametrize("sentence", [
    "The estimated value of the seized cargo is $4.3 million.",      # a capitalised determiner is no subject
    "The reported cost rose again in May.",
    "Engineers now track the water demands of their plants.",        # "demands of": a noun
])
def test_no_statement_from_a_participle_adjective_or_a_plural_noun_before_of(sentence):
    assert [(s.subject, s.verb) for s in find_statements(sentence)] == []


@pytest.mark.parametrize("sentence, subject", [
    ("Harlow now denies he ever signed the letter.", "Harlow"),     # "now" is no part of the name
    ("The council first announced the closure in March.", "The council"),
    ("The union warns of strikes across the network this winter.", "The union"),  # a verb that takes "of"
])
def test_adverbs_between_subject_and_verb_are_not_the_subject(sentence, subject):
    assert [s.subject for s in find_statements(sentence)] == [subject]
