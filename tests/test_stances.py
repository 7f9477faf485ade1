"""The stance lexicon (data/stances.csv) and the stance of a statement.

Fixtures are short phrases written for these tests.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from helpers.extract.reactions import NEUTRAL, stance_labels, stance_of, stances


# --------------------------------------------------------------------------- stances

@pytest.mark.parametrize("verb, text, stance", [
    ("confirmed", "the drill was called off", "confirm"),
    ("acknowledged", "the drill was called off", "confirm"),
    ("said", "it did not feel the need to confirm the report", "non-denial"),
    ("said", "it would neither confirm nor deny the report", "non-denial"),
    ("confirmed", "declined to confirm whether troops moved", "non-denial"),
    ("warned", "smugglers are active", "warn"),
    ("said", "clashes may soon spread", "warn"),
    ("said", "the drones were 'legitimate targets'", "warn"),
    ("vowed", "to double patrols", "pledge"),
    ("said", '"we will defend every metre"', "pledge"),
    ("said", 'the incursion was "deeply concerning"', "concern"),
    ("said", "the move was alarming", "concern"),
    ("warned", "the move was deeply concerning", "warn"),
    ("denied", "any role in the attack", "deny"),
    ("condemned", "the strike", "condemn"),
    ("urged", "both sides to talk", "call for"),
    ("assessment", "the troops will arrive", "assess"),
    ("said", "the ferry left at noon", "report"),
    ("", "", "report"),
])
def test_stance_lexicon(verb, text, stance):
    assert stance_of(verb, text) == stance


# --------------------------------------------------------------------------- quick paths find what the plain way finds

def _longest_first(phrases):
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


_LEX = stances.load_stances()


_MADE_UP = ("call", "call for", "call for more", "calls", "called on", "non-denial", "non", "a", "a b c")


_PHRASES = sorted({*_LEX.verbs, *_LEX.keywords, *_LEX.support, *_MADE_UP})


_PHRASE_WORDS = _PHRASES + sorted({w for p in _PHRASES for w in p.split()})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PHRASE_WORDS + ["x", "un", "-"]),
                          st.sampled_from([" ", "  ", "", "-", ". "])), max_size=10))
def test_property_the_lexicon_trie_matches_like_the_longest_first_list(words):
    text = "".join(w + sep for w, sep in words)
    for phrases in (_LEX.verbs, _LEX.keywords, _MADE_UP):
        trie = re.compile(rf"(?<![\w\-])(?:{stances._alternation(phrases)})(?![\w\-])")
        plain = re.compile(rf"(?<![\w\-])(?:{_longest_first(phrases)})(?![\w\-])")
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for phrases in (_LEX.support, _MADE_UP):
        trie = re.compile(rf"(?<![\w\-])(?:{stances._alternation(phrases)})\s+\w")
        plain = re.compile(rf"(?<![\w\-])(?:{_longest_first(phrases)})\s+\w")
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


_FOLD_TABLE = str.maketrans({"\u2019": "'", "\u2018": "'", **dict.fromkeys("\"\u201c\u201d\u201e\u00ab\u00bb")})


_FOLD_LETTERS = list("aZ \n\t'\"\u2019\u2018\u201c\u201d\u201e\u00ab\u00bb\u00c9\u0130-")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_FOLD_LETTERS), max_size=30))
def test_property_folding_mark_by_mark_is_folding_by_table(text):
    assert stances._fold(text) == " ".join(text.translate(_FOLD_TABLE).split()).lower()


def test_stance_labels_are_every_stance_of_the_lexicon_once_neutral_first():
    labels = stance_labels()
    lex = stances.load_stances()
    named = {s for _, s in [*lex.verbs.values(), *lex.nouns.values()]} | set(lex.sources.values()) | {
        s for s, _ in lex.keywords.values()}
    assert labels[0] == NEUTRAL and len(labels) == len(set(labels)) and set(labels) == named
    assert stance_labels() == labels
