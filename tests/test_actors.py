"""The gazetteer (data/actors.csv), name resolution and the mentions table.

Fixtures are short texts written for these tests.
"""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.actors import (KINDS, Actor, ArticleContext, find_actors, load_gazetteer, mentions, person_name,
                            reference_keys, unknown_names)
from helpers.read.article import parse_article
from helpers.lexicon import read_table


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


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


def test_person_name_strips_titles_but_not_common_nouns(gaz):
    assert person_name("Vice Foreign Minister Kim Jong Gyu", gaz) == "Kim Jong Gyu"
    assert person_name("Polish Deputy Defense Minister Jan Novak", gaz) == "Jan Novak"
    assert person_name("the Lisbon killer", gaz) == ""
    assert person_name("a spokesman for the council", gaz) == ""


def test_family_names_written_first_are_reference_keys():
    assert reference_keys(Actor("Kim Yong-bok", "person")) == ("Kim", "Yong-bok")
    assert reference_keys(Actor("Jan Novak", "person")) == ("Novak",)
    assert reference_keys(Actor("Poland", "country")) == ()


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


# --------------------------------------------------------------------------- unknown names and mentions

def test_unknown_names_from_titles_and_appositives(gaz):
    text = ("Deputy Foreign Minister Jan Novak met spokeswoman Alina Vos and Tomas Berg, "
            "a spokesman for the city council.")
    found = [(text[s:e], a.canonical, a.known) for s, e, a in unknown_names(text, gaz)]
    assert found == [("Jan Novak", "Jan Novak", False), ("Alina Vos", "Alina Vos", False),
                     ("Tomas Berg", "Tomas Berg", False)]


def test_unknown_names_need_a_title_or_role(gaz):
    assert unknown_names("Green Valley Farm sold apples.", gaz) == []


def test_family_name_refers_back_to_the_full_name(gaz):
    people: dict = {}
    text = "Deputy Minister Jan Novak arrived. Later Novak left."
    assert [(text[s:e], a.canonical) for s, e, a in find_actors(text, gaz, people=people)] == [
        ("Jan Novak", "Jan Novak"), ("Novak", "Jan Novak")]


def test_mentions_records(gaz):
    art = article("Zelenskyy's office said Kyiv would reply.\n\n"
                  "Deputy Foreign Minister Jan Novak met Kim Jong-un in Pyongyang. Novak left on Monday.")
    recs = mentions(art, gaz)
    assert [(m["text"], m["canonical"], m["kind"], m["in_gazetteer"], m["para_no"]) for m in recs] == [
        ("Zelenskyy", "Volodymyr Zelensky", "person", True, 1),
        ("Kyiv", "Ukraine", "country", True, 1),
        ("Jan Novak", "Jan Novak", "person", False, 2),
        ("Kim Jong-un", "Kim Jong Un", "person", True, 2),
        ("Pyongyang", "North Korea", "country", True, 2),
        ("Novak", "Jan Novak", "person", False, 2),
    ]
    assert all(art.raw[m["start"]:m["end"]] == m["text"] for m in recs)
    assert recs[0]["country"] == "Ukraine" and recs[2]["country"] is None


def test_mentions_only_from_the_body(gaz):
    art = parse_article("Putin says no\n\nMoscow rejected the plan.\n", "t2")
    assert [m["text"] for m in mentions(art, gaz)] == ["Moscow"]


def test_mentions_of_an_empty_body(gaz):
    assert mentions(parse_article("Just one line\n", "t3"), gaz) == []


def test_mentions_are_deterministic(gaz):
    art = article("Seoul and Washington met Tokyo. Beijing watched.")
    assert mentions(art, gaz) == mentions(article("Seoul and Washington met Tokyo. Beijing watched."), gaz)


# --------------------------------------------------------------------------- one scan per paragraph, same answers

def _entries(node_map, out=None):
    out = [] if out is None else out
    for node in node_map.values():
        out += node.entries
        _entries(node.children, out)
    return out


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab KJUSNorthKea.'-\u2019 sdglPtiySouthKorea")), max_size=80))
def test_the_alias_trie_finds_what_trying_every_alias_finds(text):
    from helpers.extract.actors.keys import NAME_GAP_RE, _case_ok, _token_keys, token_columns, tokens
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


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab KJUSN.'-_\u2019 s\u00a0\u00e9,\"")), max_size=60))
def test_token_columns_are_the_tokens(text):
    from helpers.extract.actors.keys import TOKEN_RE, token_columns, tokens
    plain = tuple((m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text))
    assert tokens(text) == plain
    assert token_columns(text) == (tuple(t[0] for t in plain), tuple(t[1] for t in plain), tuple(t[2] for t in plain))


def test_a_paragraph_repeated_in_two_stories_follows_each_story(gaz):
    named = article("Pyongyang fired a missile.\n\nThe North did not answer.", "n1")
    unnamed = article("Seoul protested.\n\nThe North did not answer.", "n2")
    for _ in range(2):  # the second round answers from the caches
        assert [m["canonical"] for m in mentions(named, gaz)] == ["North Korea", "North Korea"]
        assert [m["canonical"] for m in mentions(unnamed, gaz)] == ["South Korea"]
        assert [m["canonical"] for m in mentions(article("Seoul protested.\n\nThe North did not answer."), gaz)] == [
            "South Korea"]


def test_describe_answers_from_its_cache_only_for_a_context_that_agrees(gaz):
    for _ in range(2):
        assert gaz.describe("the North", {"North Korea"}).canonical == "North Korea"
        assert gaz.describe("the North", {"South Korea"}).canonical != "North Korea"
        assert gaz.describe("the North").canonical == "North Korea"  # no context: context aliases count


def test_quotes_and_mentions_share_one_scan_per_paragraph(gaz):
    from helpers.extract.actors import article_context
    from helpers.extract.quotes import extract
    art = article('Deputy Minister Jan Novak met Eva Roe. "We agree," Novak said.', "s1")
    ctx = article_context(art, gaz)
    assert ctx is article_context(art, gaz)
    extract(art, gaz)
    assert list(ctx._spans) == [p["text"] for p in art.paragraphs]
    fresh = article('Deputy Minister Jan Novak met Eva Roe. "We agree," Novak said.', "s1")
    assert mentions(art, gaz) == mentions(fresh, gaz)
    assert [m["text"] for m in mentions(art, gaz)] == ["Jan Novak", "Novak"]


def test_find_actors_returns_a_fresh_list_each_time(gaz):
    text = "Deputy Minister Jan Novak arrived in Warsaw."
    first = find_actors(text, gaz)
    first.clear()
    assert [a.canonical for _, _, a in find_actors(text, gaz)] == ["Jan Novak", "Poland"]


def _grow_by_lookups(gaz, text, toks, i, owner):
    """_grow_possessive without its shortcut: every run of words after the possessive looked up."""
    from helpers.extract.actors import NAME_GAP_RE
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
    from helpers.extract.actors import token_columns
    gaz = load_gazetteer()
    places = [a for a in gaz.actors if a.kind in ("country", "place")]
    owner = places[n % len(places)]
    text = f"{owner.canonical}'s {' '.join(words)}"
    toks = token_columns(text)
    i = next(k for k, w in enumerate(toks[2]) if w == "'s" and toks[0][k] == len(owner.canonical))
    assert gaz._grow_possessive(text, toks, i, owner) == _grow_by_lookups(gaz, text, toks, i, owner)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "deputy", "Foreign", "Minister", "minister's", "Sen.", "Mr", "spokesman",
                                 "-", "'", "'s", "x-ray", "Prime", "of", "a", "U.S.", "\u00a0", "said", "Café"]),
                min_size=1, max_size=6))
def test_the_title_before_a_name_is_what_every_phrase_lookup_finds(words):
    from helpers.extract.actors import name_key, titles
    from helpers.extract.actors.names import _title_before, _words_before
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
