"""Name reading: tokens and keys, titles, person names, unknown titled names and short forms.

Fixtures are short texts written for these tests.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.actors import (Actor, head_kind, name_key, person_name, reference_keys, titles,
                                    token_key, unknown_names)
from helpers.extract.actors.keys import TOKEN_RE, token_columns, tokens
from helpers.extract.actors.names import _title_before, _words_before


# --------------------------------------------------------------------------- person names and short forms

def test_person_name_strips_titles_but_not_common_nouns(gaz):
    assert person_name("Vice Foreign Minister Kim Jong Gyu", gaz) == "Kim Jong Gyu"
    assert person_name("Polish Deputy Defense Minister Jan Novak", gaz) == "Jan Novak"
    assert person_name("the Lisbon killer", gaz) == ""
    assert person_name("a spokesman for the council", gaz) == ""


def test_family_names_written_first_are_reference_keys():
    assert reference_keys(Actor("Kim Yong-bok", "person")) == ("Kim", "Yong-bok")
    assert reference_keys(Actor("Jan Novak", "person")) == ("Novak",)
    assert reference_keys(Actor("Poland", "country")) == ()


# --------------------------------------------------------------------------- unknown names

def test_unknown_names_from_titles_and_appositives(gaz):
    text = ("Deputy Foreign Minister Jan Novak met spokeswoman Alina Vos and Tomas Berg, "
            "a spokesman for the city council.")
    found = [(text[s:e], a.canonical, a.known) for s, e, a in unknown_names(text, gaz)]
    assert found == [("Jan Novak", "Jan Novak", False), ("Alina Vos", "Alina Vos", False),
                     ("Tomas Berg", "Tomas Berg", False)]


def test_unknown_names_need_a_title_or_role(gaz):
    assert unknown_names("Green Valley Farm sold apples.", gaz) == []


# --------------------------------------------------------------------------- quick paths find what the plain way finds

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab KJUSN.'-_\u2019 s\u00a0\u00e9,\"")), max_size=60))
def test_token_columns_are_the_tokens(text):
    plain = tuple((m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text))
    assert tokens(text) == plain
    assert token_columns(text) == (tuple(t[0] for t in plain), tuple(t[1] for t in plain), tuple(t[2] for t in plain))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "deputy", "Foreign", "Minister", "minister's", "Sen.", "Mr", "spokesman",
                                 "-", "'", "'s", "x-ray", "Prime", "of", "a", "U.S.", "\u00a0", "said", "Café"]),
                min_size=1, max_size=6))
def test_the_title_before_a_name_is_what_every_phrase_lookup_finds(words):
    text = " ".join(words) + " Jan Roe"
    start = len(text) - len("Jan Roe")
    expected = ""
    before = _words_before(text, start)
    if before:
        ws = before.split()
        for k in range(len(ws), 0, -1):
            if titles().get(name_key(" ".join(ws[-k:])), ("", ""))[0] in ("honorific", "role", "organization"):
                expected = " ".join(ws[-k:])
                break
    assert _title_before(text, start) == expected


# --------------------------------------------------------------------------- keys and titles

def test_keys_fold_case_accents_dots_quotes_and_possessives():
    assert (token_key("U.S."), token_key("Müller"), token_key("\u2019s")) == ("us", "muller", "'s")
    assert name_key("the Foo\u2019s") == name_key('"FOO"') == "foo"
    assert name_key("Lee Jae-Myung") == name_key("lee jae myung") == "lee jae myung"


def test_head_kind_reads_the_last_words_of_a_description():
    assert head_kind("a senior official") == "role"
    assert head_kind("the foreign ministry") == "organization"
    assert head_kind("Jan Roe") == ""


# --------------------------------------------------------------------------- any gazetteer with the NameIndex methods

class TinyIndex:
    """A NameIndex of one country, to show what name reading asks of a gazetteer."""

    adjectives = {"ruritanian": Actor("Ruritania", "country", "Ruritania")}

    def lookup(self, name, context=None):
        return self.adjectives["ruritanian"] if name == "Ruritania" else None

    def country_in(self, text):
        return "Ruritania" if "Ruritan" in text else ""

    def gender_of(self, description, name=""):
        return "f" if "spokeswoman" in description else ""


def test_name_reading_needs_only_the_name_index_methods():
    assert person_name("Ruritanian envoy Jan Roe", TinyIndex()) == "Jan Roe"
    text = "Ruritanian Deputy Minister Jan Roe met Eva Lind, a spokeswoman for the party."
    found = [(text[s:e], a.country, a.gender) for s, e, a in unknown_names(text, TinyIndex())]
    assert found == [("Jan Roe", "Ruritania", ""), ("Eva Lind", "", "f")]
