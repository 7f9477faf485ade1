"""The per-article context (one scan per paragraph, shared) and the mentions table.

Fixtures are short texts written for these tests.
"""
from __future__ import annotations


from helpers.extract.actors import article_context, find_actors, mentions
from helpers.extract.quotes import extract
from helpers.read.article import parse_article


def article(body: str, article_id: str = "t1"):
    return parse_article("A headline for the test story\n\n" + body + "\n", article_id)


# --------------------------------------------------------------------------- find_actors

def test_family_name_refers_back_to_the_full_name(gaz):
    people: dict = {}
    text = "Deputy Minister Jan Novak arrived. Later Novak left."
    assert [(text[s:e], a.canonical) for s, e, a in find_actors(text, gaz, people=people)] == [
        ("Jan Novak", "Jan Novak"), ("Novak", "Jan Novak")]


def test_find_actors_returns_a_fresh_list_each_time(gaz):
    text = "Deputy Minister Jan Novak arrived in Warsaw."
    first = find_actors(text, gaz)
    first.clear()
    assert [a.canonical for _, _, a in find_actors(text, gaz)] == ["Jan Novak", "Poland"]


# --------------------------------------------------------------------------- mentions

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

def test_a_paragraph_repeated_in_two_stories_follows_each_story(gaz):
    named = article("Pyongyang fired a missile.\n\nThe North did not answer.", "n1")
    unnamed = article("Seoul protested.\n\nThe North did not answer.", "n2")
    for _ in range(2):  # the second round answers from the caches
        assert [m["canonical"] for m in mentions(named, gaz)] == ["North Korea", "North Korea"]
        assert [m["canonical"] for m in mentions(unnamed, gaz)] == ["South Korea"]
        assert [m["canonical"] for m in mentions(article("Seoul protested.\n\nThe North did not answer."), gaz)] == [
            "South Korea"]


def test_quotes_and_mentions_share_one_scan_per_paragraph(gaz):
    art = article('Deputy Minister Jan Novak met Eva Roe. "We agree," Novak said.', "s1")
    ctx = article_context(art, gaz)
    assert ctx is article_context(art, gaz)
    extract(art, gaz)
    assert list(ctx._spans) == [p["text"] for p in art.paragraphs]
    fresh = article('Deputy Minister Jan Novak met Eva Roe. "We agree," Novak said.', "s1")
    assert mentions(art, gaz) == mentions(fresh, gaz)
    assert [m["text"] for m in mentions(art, gaz)] == ["Jan Novak", "Novak"]


# --------------------------------------------------------------------------- short forms and the article's names

def test_find_actors_learns_short_forms_as_it_reads(gaz):
    people: dict = {}
    find_actors("Deputy Minister Jan Novak arrived.", gaz, people=people)
    assert people["Novak"].canonical == "Jan Novak"
    assert [a.canonical for _, _, a in find_actors("Novak left.", gaz, people=people)] == ["Jan Novak"]
    assert find_actors("Novak left.", gaz) == []  # a family name alone, with nobody named before


def test_an_article_context_says_which_actors_the_story_names(gaz):
    ctx = article_context(article("Pyongyang fired.\n\nThe North did not answer."), gaz)
    assert "North Korea" in ctx and "South Korea" not in ctx
    assert [a.canonical for _, _, a in ctx.spans("The North did not answer.")] == ["North Korea"]
