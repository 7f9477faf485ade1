"""Sentences and quotation marks."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from helpers.read.article import parse_article
from helpers.analyse.text import kwic
from helpers.read.text import double_marks, inner_span, quote_spans, split_sentences, unbalanced_quotes


def sents(text):
    return [s for _, _, s in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "The U.S. envoy arrived on Oct. 28 in Seoul.",
    "N. Korean troops moved north.",
    "Gen. Park and Mr. Lee met Dr. Choi at No. 2 Street.",
    "He left at 5 p.m. on Friday with Lt. Col. Smith.",
    "John F. Kennedy spoke at the U.N. headquarters.",
])
def test_abbreviations_and_initials_do_not_end_a_sentence(text):
    assert sents(text) == [text]


def test_sentences_split_at_full_stops_question_and_exclamation_marks():
    assert sents("It rained. Did it stop? No! The roads flooded.") == [
        "It rained.", "Did it stop?", "No!", "The roads flooded."]


def test_a_full_stop_inside_a_quotation_does_not_end_the_sentence():
    assert sents('"We came. We saw," the minister said. Talks went on.') == [
        '"We came. We saw," the minister said.', "Talks went on."]


def test_a_quote_that_ends_a_sentence_ends_it():
    assert sents('"It is over." The crowd cheered. She said: \u201cGo home.\u201d Then silence.') == [
        '"It is over."', "The crowd cheered.", "She said: \u201cGo home.\u201d", "Then silence."]


def test_an_unbalanced_quote_does_not_glue_the_paragraph_together():
    assert sents('"We will fight on. The war is long. Help us.') == [
        '"We will fight on.', "The war is long.", "Help us."]


def test_sentence_offsets_point_at_the_text():
    text = "  First one.  Second one!\tThird."
    for s, e, t in split_sentences(text, offset=10):
        assert text[s - 10:e - 10] == t


def test_quote_spans_pair_curly_and_straight_marks_and_skip_an_unpaired_one():
    text = 'A \u201cone\u201d B "two" C "three'
    assert [text[a + 1:b] for a, b in quote_spans(text)] == ["one", "two"]
    assert unbalanced_quotes(text) == 1


def test_two_apostrophes_or_backticks_are_one_double_mark():
    text = "A ''one'' B ``two'' C ''three"
    assert [text[slice(*inner_span(text, a, b))] for a, b in quote_spans(text)] == ["one", "two"]
    assert unbalanced_quotes(text) == 1
    assert [text[a:b] for a, b in double_marks("6'2'' tall, the voters' 'pick'")] == []


def test_sentences_split_after_a_two_apostrophe_quote_but_not_inside_it():
    assert sents("''We won. We stay,'' Roe said. ''Go.'' Then they left.") == [
        "''We won. We stay,'' Roe said.", "''Go.''", "Then they left."]
    assert sents("He said, ``No. Never.'' Talks ended.") == ["He said, ``No. Never.''", "Talks ended."]


def test_sentences_of_an_article_are_numbered_within_paragraphs():
    a = parse_article("Flood warning issued\n\nRain fell. Rivers rose.\n\nSchools closed.\n")
    assert [(s["para_no"], s["sent_no"], s["text"]) for s in a.sentences] == [
        (1, 1, "Rain fell."), (1, 2, "Rivers rose."), (2, 1, "Schools closed.")]
    assert all(a.raw[s["start"]:s["end"]] == s["text"] for s in a.sentences)


def test_kwic_finds_whole_words_case_insensitively_and_filters_by_article():
    import pandas as pd

    s = pd.DataFrame({"article_id": ["a", "a", "b"], "para_no": [1, 1, 1], "sent_no": [1, 2, 1],
                      "text": ["Troops moved.", "Troopship sailed.", "More troops came."], "start": [0, 14, 0],
                      "end": [13, 31, 17]})
    assert kwic(s, "troops").text.tolist() == ["Troops moved.", "More troops came."]
    assert kwic(s, "troops", "b").spans.tolist() == [[(5, 11)]]
    assert kwic(s, "  ").empty


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=20), st.sampled_from(['"', "\u201c", "\u201d", ". ", "Mr. ", "U.S. ", "! ", "? A"])), max_size=25))
def test_sentences_cover_every_non_space_character_once(parts):
    text = "".join(parts)
    covered = [0] * len(text)
    for s, e, t in split_sentences(text):
        assert text[s:e] == t and t == t.strip() and t
        for i in range(s, e):
            covered[i] += 1
    assert all(c == 1 for c, ch in zip(covered, text) if not ch.isspace())


def test_a_full_month_name_ends_a_sentence_but_its_abbreviation_does_not():
    assert sents("Troops arrive by December. Talks resume in Oct. 2025 or later.") == [
        "Troops arrive by December.", "Talks resume in Oct. 2025 or later."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", "-", "'", " ", "\n", "U.S", "Gen", "é", "1", "\u2019", "Oct", "p.m", "!"]), max_size=14))
def test_the_word_before_a_full_stop_read_backwards_is_the_word_read_forwards(pieces):
    from helpers.read.text import _is_abbreviation

    text = "".join(pieces) + "."
    for dot in (i for i, c in enumerate(text) if c == "."):
        assert _is_abbreviation(text, dot, text[::-1]) == _is_abbreviation(text, dot)
