"""The gazetteer (data/actors.csv): the alias index that finds names, and resolving names to actors.

Fixtures are short texts written for these tests.
"""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.actors import KINDS, Actor, AliasIndex, ArticleContext, load_gazetteer
from helpers.extract.actors.keys import NAME_GAP_RE, _case_ok, _token_keys, token_columns, tokens
from helpers.lexicon import read_table
from helpers.read.article import parse_article


def article(body: str, article_id: str = "t1"):
    return parse_article("A headline for the test story\n\n" + body + "\n", article_id)


# --------------------------------------------------------------------------- the data file

def test_every_row_is_well_formed():
    rows = read_table("actors.csv")
    assert len(rows) > 200
    canonicals = [r["canonical"] for r in rows]
    assert len(canonicals) == len(set(canonicals)), "one row per actor"
    for r in rows:
        assert r["kind"] in KINDS, r
        assert r["gender"] in ("", "m", "f"), r
        if r["kind"] == "country":
            assert r["country"] == r["canonical"], r


def test_gazetteer_is_cached_and_actors_are_frozen(gaz):
    assert load_gazetteer() is gaz
    actor = gaz.resolve("Putin")
    with pytest.raises(dataclasses.FrozenInstanceError):
        actor.canonical = "someone else"


# --------------------------------------------------------------------------- resolve

@pytest.mark.parametrize("written, canonical", [
    ("Zelenskyy's", "Volodymyr Zelensky"),
    ("Zelenskiy", "Volodymyr Zelensky"),
    ("ukrainian president volodymyr zelensky", "Volodymyr Zelensky"),
    ("\u201cKim Jong-Un\u201d", "Kim Jong Un"),
    ("Kim Jong Un\u2019s", "Kim Jong Un"),
    ("U.S. National Security Council spokesman John Kirby", "John Kirby"),
    ("Russian President Vladimir Putin", "Vladimir Putin"),
    ("the DPRK", "North Korea"),
    ("N. Korea", "North Korea"),
    ("ROK", "South Korea"),
    ("U.S.", "United States"),
    ("Kiev", "Ukraine"),
    ("Brussels", "European Union"),
    ("the Korean Central News Agency", "KCNA"),
    ("Seoul's spy agency", "National Intelligence Service"),
    ("South Korea's spy agency", "National Intelligence Service"),
    ("Kyiv's military intelligence", "Ukraine's military intelligence"),
    ("the Defense Intelligence of Ukraine", "Ukraine's military intelligence"),
    ("the North's Foreign Ministry", "North Korea's Foreign Ministry"),
])
def test_resolve_tolerates_case_quotes_hyphens_possessives_and_titles(gaz, written, canonical):
    assert gaz.resolve(written).canonical == canonical


def test_capitals_stand_for_their_governments(gaz):
    for capital, country in [("Seoul", "South Korea"), ("Washington", "United States"), ("Pyongyang", "North Korea"),
                             ("Moscow", "Russia"), ("Beijing", "China"), ("Tokyo", "Japan"), ("London", "United Kingdom"),
                             ("Paris", "France"), ("Berlin", "Germany")]:
        actor = gaz.resolve(capital)
        assert (actor.canonical, actor.kind) == (country, "country")


@pytest.mark.parametrize("written", ["Priorities USA", "nobody in particular", "", "   ", "the weather"])
def test_resolve_does_not_invent_actors(gaz, written):
    assert gaz.resolve(written) is None


def test_describe_keeps_unknown_names_as_written(gaz):
    a = gaz.describe("Deputy Foreign Minister Jan Novak")
    assert (a.canonical, a.kind, a.known) == ("Jan Novak", "person", False)
    a = gaz.describe("Estonia's Foreign Ministry")
    assert (a.canonical, a.kind, a.country, a.known) == ("Estonia's Foreign Ministry", "organization", "Estonia", False)
    a = gaz.describe("spokeswoman Alina Vos")
    assert (a.canonical, a.gender) == ("Alina Vos", "f")
    assert gaz.describe("Zelenskyy").known


def test_describe_answers_from_its_cache_only_for_a_context_that_agrees(gaz):
    for _ in range(2):
        assert gaz.describe("the North", {"North Korea"}).canonical == "North Korea"
        assert gaz.describe("the North", {"South Korea"}).canonical != "North Korea"
        assert gaz.describe("the North").canonical == "North Korea"  # no context: context aliases count


# --------------------------------------------------------------------------- find

def test_find_prefers_the_longest_match_and_does_not_overlap(gaz):
    text = "North Korea's Foreign Ministry and North Korea disagreed with the UN Security Council."
    found = [(text[s:e], a.canonical) for s, e, a in gaz.find(text)]
    assert found == [("North Korea's Foreign Ministry", "North Korea's Foreign Ministry"),
                     ("North Korea", "North Korea"), ("UN Security Council", "UN Security Council")]


def test_find_is_case_sensitive_for_acronyms(gaz):
    assert gaz.find("Let us talk about it.") == []
    assert [a.canonical for _, _, a in gaz.find("The US and the U.S. agree.")] == ["United States", "United States"]


def test_find_skips_places_inside_longer_names(gaz):
    assert [a.canonical for _, _, a in gaz.find("George Washington slept here; Washington objected.")] == ["United States"]


def test_find_does_not_take_an_adjective_for_a_country(gaz):
    assert gaz.find("N. Korean and North Korean troops") == []


def test_context_aliases_need_the_actor_named_elsewhere(gaz):
    assert gaz.find("The North fired a missile.") == []
    text = "Pyongyang fired a missile. The North called it a test."
    assert [(text[s:e], a.canonical) for s, e, a in gaz.find(text)] == [("Pyongyang", "North Korea"), ("The North", "North Korea")]
    ctx = ArticleContext(article("Seoul protested.\n\nThe North did not answer."), gaz)
    assert "North Korea" not in ctx and "South Korea" in ctx


def test_find_spans_point_at_text(gaz):
    text = "Kim Jong-un\u2019s envoy met Zelenskyy's aides in Kyiv-controlled areas."
    for s, e, _ in gaz.find(text):
        assert text[s:e].strip() == text[s:e] and text[s:e]
    assert [text[s:e] for s, e, _ in gaz.find(text)] == ["Kim Jong-un", "Zelenskyy", "Kyiv"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab KJUSNorthKea.'-\u2019 sdglPtiy")), max_size=80))
def test_find_never_overlaps_on_any_text(text):
    spans = load_gazetteer().find(text)
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        assert e1 <= s2
    assert all(0 <= s < e <= len(text) for s, e, _ in spans)


# --------------------------------------------------------------------------- the alias trie finds what trying every alias finds

def _entries(node_map, out=None):
    out = [] if out is None else out
    for node in node_map.values():
        out += node.entries
        _entries(node.children, out)
    return out


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab KJUSNorthKea.'-\u2019 sdglPtiySouthKorea")), max_size=80))
def test_the_alias_trie_finds_what_trying_every_alias_finds(text):
    gaz = load_gazetteer()
    toks, keys = tokens(text), _token_keys(text)
    entries = sorted(_entries(gaz._trie), key=lambda e: -len(e.keys))
    for i in range(len(toks)):
        expected = None
        for entry in entries:  # the plain way: every alias at every word, longest first
            k = len(entry.keys)
            if i + k > len(toks) or any(keys[i + j] != entry.keys[j] for j in range(k)):
                continue
            gaps = [text[toks[i + j - 1][1]:toks[i + j][0]] for j in range(1, k)]
            if any(g and not NAME_GAP_RE.fullmatch(g) for g in gaps):
                continue
            if all(_case_ok(entry.rules[j], toks[i + j][2], j > 0 and any(h in gaps[j - 1] for h in "-\u2010\u2011"))
                   for j in range(k)):
                expected = (k, entry)
                break
        got = gaz._match_at(text, token_columns(text), keys, i) if keys[i] in gaz._trie else None
        assert got == expected


def _grow_by_lookups(gaz, text, toks, i, owner):
    """_grow_possessive without its shortcut: every run of words after the possessive looked up."""
    starts, ends, words = toks
    if i >= len(words) or words[i][:1] not in "'\u2019" or starts[i] != ends[i - 1]:
        return None
    run, limit = 0, min(5, len(words) - i - 1)
    while run < limit and NAME_GAP_RE.fullmatch(text, ends[i + run], starts[i + run + 1]):
        run += 1
    for k in range(run, 0, -1):
        actor = gaz.lookup(f"{owner.canonical}'s {text[starts[i + 1]:ends[i + k]]}")
        if actor is not None:
            return i + 1 + k, ends[i + k], actor
    return None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10_000),
       st.lists(st.sampled_from(["Foreign", "Ministry", "spy", "agency", "'s", "\u2019s", "war", "Defense", "army",
                                 "Unification", "state", "media", "KCNA", "x-ray"]), min_size=1, max_size=6))
def test_growing_a_possessive_skips_only_lookups_that_fail(n, words):
    gaz = load_gazetteer()
    places = [a for a in gaz.actors if a.kind in ("country", "place")]
    owner = places[n % len(places)]
    text = f"{owner.canonical}'s {' '.join(words)}"
    toks = token_columns(text)
    i = next(k for k, w in enumerate(toks[2]) if w == "'s" and toks[0][k] == len(owner.canonical))
    assert gaz._grow_possessive(text, toks, i, owner) == _grow_by_lookups(gaz, text, toks, i, owner)


# --------------------------------------------------------------------------- the alias index on its own

def small_index() -> AliasIndex:
    """An index of made-up actors, independent of data/actors.csv."""
    return AliasIndex([Actor("Ruritania", "country", "Ruritania", ("RU", "Strelsau")),
                       Actor("Ruritania's Border Guard", "organization", "Ruritania"),
                       Actor("Rudolf Elphberg", "person", "Ruritania", ("Elphberg",))],
                      {"Ruritania": ("the Kingdom",)})


def test_alias_index_finds_the_longest_alias_at_each_place_in_order():
    text = "Strelsau said Ruritania's Border Guard and Rudolf Elphberg agreed."
    assert [(text[s:e], a.canonical) for s, e, a in small_index().find(text)] == [
        ("Strelsau", "Ruritania"), ("Ruritania's Border Guard", "Ruritania's Border Guard"),
        ("Rudolf Elphberg", "Rudolf Elphberg")]


def test_alias_index_grows_a_country_into_the_body_listed_under_it():
    text = "Strelsau's Border Guard left."
    assert [(text[s:e], a.canonical) for s, e, a in small_index().find(text)] == [
        ("Strelsau's Border Guard", "Ruritania's Border Guard")]


def test_alias_index_keeps_the_case_an_acronym_is_written_in():
    assert [a.canonical for _, _, a in small_index().find("the ru of it, RU said")] == ["Ruritania"]


def test_alias_index_licenses_a_context_alias_only_where_its_actor_is_named():
    index = small_index()
    assert index.find("The Kingdom rejoiced.") == []
    assert [a.canonical for _, _, a in index.find("Strelsau rejoiced; the Kingdom too.")] == ["Ruritania", "Ruritania"]
    assert [a.canonical for _, _, a in index.find("The Kingdom rejoiced.", {"Ruritania"})] == ["Ruritania"]
    assert index.lookup("the kingdom").canonical == "Ruritania" and index.lookup("the Kingdom", {"Elsewhere"}) is None


def test_alias_index_skips_a_place_inside_a_longer_name():
    index = small_index()
    assert index.find("The Strelsau Examiner reported.") == []
    assert [a.canonical for _, _, a in index.find("In Strelsau, Elphberg spoke.")] == ["Ruritania", "Rudolf Elphberg"]


def test_country_and_gender_from_a_description(gaz):
    assert gaz.country_in("the Polish deputy minister") == "Poland"
    assert (gaz.gender_of("spokeswoman Ana Lind"), gaz.gender_of("an aide")) == ("f", "")
