"""Reported speech: the subject before a reporting verb, and the actors a subject names.

Fixtures are short texts written for these tests. A stand-in gazetteer (``resolve`` and
``find``, all that reactions ask of one) keeps them independent of data/actors.csv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings, strategies as st

from helpers.extract.reactions import resolve_actor, speakers_of, split_subject, strip_subject, subjects
from helpers.extract.reactions.subjects import _subject_before


# --------------------------------------------------------------------------- quick paths find what the plain way finds

_TEXT_WORDS = (subjects._STOP.split("|") + sorted(subjects._SUBJECT_WORDS) + [
    "Seoul", "Kim", "Foreign", "Ministry", "U.S.", "Gen.", "O'Brien", "Jae-myung", "North's", "army", "officials",
    "spy", "agency", "crossed", "remained", "speed", "need", "hundred", "red-faced", "family", "quietly", "2,500",
    "_x", "He", "It", "Neither", "Last", "week", "Sunday", "&", ",", "'s", "\u2019s", "n't", "(", ")", ";", ":",
    '"', "\u201c", "\u201d", "\u2014", "-", "."])


_SEPARATORS = st.sampled_from([" ", " ", "", "  ", ", ", "\n"])


_FUNCTION_WORDS = sorted(set(subjects._STOP.split("|")) | set(re.findall(r"[a-z]+", subjects._FILLER)))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TEXT_WORDS), _SEPARATORS), max_size=12),
       st.lists(st.tuples(st.sampled_from(["Seoul", "Kim", "The", "the", "army", "U.S.", "and", "he", "It"]),
                          _SEPARATORS), max_size=3),
       st.lists(st.sampled_from(_FUNCTION_WORDS), max_size=2))
def test_property_the_subject_search_from_the_cut_finds_what_a_full_search_finds(words, subject, auxiliaries):
    text = "".join(w + sep for w, sep in words + subject) + "".join(f"{w} " for w in auxiliaries)
    full = subjects.SUBJECT_BEFORE_RE.search(text)
    cut = subjects.SUBJECT_BEFORE_RE.search(text, subjects._subject_cut(text))
    assert (full and full.span("subj")) == (cut and cut.span("subj"))
    assert subjects._may_end_subject(text) or not (full or subjects.PRONOUN_BEFORE_RE.search(text))
    pronoun_cut = subjects._NO_PRONOUN_CHAR_RE.match(text)
    full = subjects.PRONOUN_BEFORE_RE.search(text)
    cut = subjects.PRONOUN_BEFORE_RE.search(text, pronoun_cut.end() if pronoun_cut else 0)
    assert (full and full.span("subj")) == (cut and cut.span("subj"))


# --------------------------------------------------------------------------- the subject before a verb

@pytest.mark.parametrize("prefix, found", [
    ("Last week, Seoul and Washington ", ("Seoul and Washington", 11, False)),
    ("she has ", ("she", 0, True)),
    ("Neither Paris nor Berlin have ", None),        # a negated subject says nothing
    ("running for the presidency ", None),           # the object of a preposition is no subject
])
def test_the_subject_ending_a_text(prefix, found):
    assert _subject_before(prefix) == found


def test_a_subject_without_its_opening_adverb_and_determiner_and_split_into_actors():
    assert strip_subject("Separately, the Ruritanian navy") == "Ruritanian navy"
    assert split_subject("Britain, France and Germany") == ["Britain", "France", "Germany"]
    assert split_subject("the Ministry of Trade and Industry") == ["the Ministry of Trade and Industry"]


# --------------------------------------------------------------------------- the actors a subject names

@dataclass(frozen=True)
class Actor:
    canonical: str
    kind: str
    country: str | None


class Gaz:
    """A stand-in gazetteer: one country with a capital, whole words only."""

    NAMES = {"Ruritania": Actor("Ruritania", "country", "Ruritania"), "Strelsau": Actor("Ruritania", "country", "Ruritania")}

    def resolve(self, name):
        return self.NAMES.get(name)

    def find(self, text):
        return [(m.start(), m.end(), self.NAMES[m.group()]) for m in re.finditer(r"\b(?:Ruritania|Strelsau)\b", text)]


@pytest.mark.parametrize("subject, actor, country, resolved", [
    ("Strelsau", "Ruritania", "Ruritania", True),                         # a known name
    ("Strelsau's navy", "Ruritania's navy", "Ruritania", False),          # a known owner
    ("Strelsau officials", "Strelsau officials", "Ruritania", False),     # as written, with the country inside
    ("the harbour master", "harbour master", None, False),               # as written
])
def test_resolve_actor(subject, actor, country, resolved):
    s = resolve_actor(subject, Gaz())
    assert (s.actor, s.country, s.resolved, s.text) == (actor, country, resolved, subject)


def test_one_speaker_per_actor_of_a_subject():
    assert [s.actor for s in speakers_of("Last week, Strelsau and the harbour master", Gaz())] == [
        "Ruritania", "harbour master"]
    assert [s.actor for s in speakers_of("Strelsau", None)] == ["Strelsau"]  # no gazetteer: as written
