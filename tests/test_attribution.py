"""The grammar of attribution: words and reporting verbs, speaker phrases, cues and media.

Every fixture is a short text written for these tests.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.attribution import (WORD_RE, cue_after, cue_before, cue_in, media_re, medium_of, np_after,
                                         np_before, sentence_subject, subject_before, subjects_in, verb_hits,
                                         word_class, words)


# --------------------------------------------------------------------------- speaker phrases

def test_np_before_and_after():
    t = "Russia sent troops, the Defense Intelligence of Ukraine also said"
    assert t[slice(*np_before(t, t.index("said")))] == "the Defense Intelligence of Ukraine"
    t = "said one of the advisers, who asked"
    assert t[slice(*np_after(t, 5))] == "one of the advisers"
    assert np_before("and then", 8) is None


def test_subject_before_skips_party_tags_and_parentheses():
    t = "Rep. Ana Lind, D-Wash., said"
    assert t[slice(*subject_before(t, t.index("said")))] == "Rep. Ana Lind"
    t = "Sen. Tomas Berg (R-Texas) also said"
    assert t[slice(*subject_before(t, t.index("said")))] == "Sen. Tomas Berg"
    t = "Sen. Dana Whitfield, Republican of Ohio, said"
    assert t[slice(*subject_before(t, t.index("said")))] == "Sen. Dana Whitfield"


@pytest.mark.parametrize("adverb", ["often", "usually", "always", "frequently"])
def test_subject_before_skips_adverbs_of_frequency(adverb):
    t = f"Marcus Bell {adverb} says"
    assert t[slice(*subject_before(t, t.index("says")))] == "Marcus Bell"


# --------------------------------------------------------------------------- cues

def test_cues_reject_nouns_that_look_like_verbs():
    t = 'Trade between the United States and Canada grew, "quickly"'
    assert cue_before(t, 0, t.index('"')) is None
    t = '"Fine." Then the reports came in.'
    assert cue_after(t, 7, len(t)) is None


# --------------------------------------------------------------------------- media

@pytest.mark.parametrize("sentence, medium", [
    ("Ana Lind said in a post on X.", "post on X"),
    ("Kim said in a statement carried by the official Korean Central News Agency.", "statement carried by KCNA"),
    ("Lind said during a press conference in Oslo.", "press conference"),
    ("Lind told reporters in Oslo.", "remarks to reporters"),
    ("Lind said in an interview with CNN on Sunday.", "interview with CNN"),
    ("Lind said on its website.", "website"),
    ("Lind said.", None),
])
def test_medium_of(sentence, medium):
    assert medium_of(sentence) == medium


# --------------------------------------------------------------------------- quick paths find what the plain way finds

_PIECES = list("ab SRt.'-_\u2019\u2011 s\u00a0\u00e9,\"()") + ["said", "pointed", "out", "Sen.", "according", "to"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_words_are_the_word_pattern_matches(text):
    plain = [(m.start(), m.end(), m.group(), word_class(m.group())) for m in WORD_RE.finditer(text)]
    assert list(words(text)) == plain
    for a, b in [(0, len(text)), (len(text) // 3, len(text) // 2)]:
        assert list(words(text, a, b)) == [w for w in plain if a <= w[0] and w[1] <= b and w[0] < b]
    for hit in verb_hits(text):  # "pointed_out" too: the verb comes from the words, not the text between them
        assert hit.verb.lemma in ("say", "point out", "according to") and hit.text.lower().startswith(hit.verb.lemma[:2])


_MEDIA_PIECES = ["in a ", "post on X", "statement", " told reporters", "at a press conference", "in an interview",
                 "posted to Telegram", "on its website", " ", ",", "-", "e-mail", "'s", "Reuters", "during a rally",
                 "xin", "the official KCNA", "carried by "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MEDIA_PIECES), max_size=12).map("".join), st.integers(0, 30), st.integers(0, 200))
def test_media_pattern_finds_what_the_plain_alternation_finds(text, a, b):
    fast = media_re()
    plain = re.compile(fast.pattern.removeprefix("(?=\\b\\w)(?:").removesuffix(")") if fast.pattern.startswith("(?=")
                       else fast.pattern)
    m1, m2 = fast.search(text, a, b), plain.search(text, a, b)
    assert (m1 and (m1.span(), m1.lastgroup, m1.groupdict())) == (m2 and (m2.span(), m2.lastgroup, m2.groupdict()))


@pytest.mark.parametrize("text, pos, speaker, verb, how", [
    ('"No," said the ministry.', 5, "the ministry", "said", "inverted"),
    ('"No," the ministry said.', 5, "the ministry", "said", "after"),
    ('"No," she said.', 5, "she", "said", "after"),
    ('"No," according to Eva Lind.', 5, "Eva Lind", "according to", "according"),
    ('"No." \u2014 Eva Lind', 5, "Eva Lind", None, "dash"),
])
def test_cue_after_a_closing_mark(text, pos, speaker, verb, how):
    cue = cue_after(text, pos, len(text))
    assert (text[cue.start:cue.end], cue.verb, cue.how) == (speaker, verb, how)


@pytest.mark.parametrize("text, speaker, verb, how", [
    ('Eva Lind told reporters: "', "Eva Lind", "told", "before"),
    ('Mayor Eva Lind: "', "Mayor Eva Lind", None, "colon"),
    ('Eva Lind left the hall, saying "', "Eva Lind", "saying", "before"),
])
def test_cue_before_an_opening_mark(text, speaker, verb, how):
    cue = cue_before(text, 0, len(text) - 1)
    assert (text[cue.start:cue.end], cue.verb, cue.how) == (speaker, verb, how)


def test_no_cue_where_nobody_is_said_to_speak():
    assert cue_before('It rained. "', 0, 11) is None
    assert cue_after('"No." Then it rained.', 5, 21) is None


def test_cue_in_passes_over_the_quotes_it_is_told_to_skip():
    t = 'Jan Roe agreed. "Eva Lind said no." '
    skipped, read = cue_in(t, 0, len(t), [(16, 34)]), cue_in(t, 0, len(t))
    assert (t[skipped.start:skipped.end], t[read.start:read.end]) == ("Jan Roe", "Eva Lind")


def test_subjects_of_reporting_verbs_are_named_speakers_only():
    t = "The plan failed, said Eva Lind, an aide."
    assert [t[s:e] for s, e in subjects_in(t, 0, len(t))] == ["Eva Lind"]
    assert subjects_in("She said it failed.", 0, 19) == []


@pytest.mark.parametrize("text, subject", [
    ("But on Monday, the ministry said", "the ministry"),
    ("And Eva Lind, the mayor, wrote", "Eva Lind"),
    ("He wrote", "He"),
])
def test_the_subject_that_opens_a_clause(text, subject):
    assert text[slice(*sentence_subject(text, 0, len(text)))] == subject
