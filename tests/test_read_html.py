"""Saved web pages: main text without navigation, related links, comments or footers; the
page's metadata; lines that are not the story moved out of the body; the block model over the
extracted text; pages without main text; and no network access. Fixtures are written here."""
from __future__ import annotations

import html
import socket
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import ArticleError, ArticleWarning, load_corpus
from helpers.read.article import ArticleError as ReadError
from helpers.read.html import parse_page, read_page

STORY = [
    "RIVERSIDE \u2014 The main harbour bridge will close for six weeks from Monday while engineers replace worn "
    "cables, the city council said on Tuesday.",
    "About 40,000 vehicles cross the bridge every day, and the council expects long queues on the two other "
    "crossings during the closure.",
    "\u201cWe know this is hard for commuters, but the cables cannot wait another winter,\u201d said council "
    "engineer Petra Lund, who leads the project.",
    "Buses will run every ten minutes on a temporary route, and the ferry will add two early sailings on weekdays.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge to close for repairs | The Riverside Courier</title>
<meta property="og:site_name" content="The Riverside Courier">
<meta name="author" content="Mara Quill">
<meta property="article:published_time" content="2023-03-14T09:30:00+00:00">
<meta name="description" content="The main harbour bridge will close for six weeks of repairs.">
<link rel="canonical" href="https://courier.example.org/news/harbour-bridge-repairs">
<script src="https://cdn.example.net/tracker.js"></script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Harbour bridge to close for repairs</h1>
<p class="byline">By Mara Quill</p>
<figure><img src="https://img.example.net/bridge.jpg"><figcaption>The harbour bridge at dusk. Photo by Ivo Brandt</figcaption></figure>
{paragraphs}
<p>Subscribe now to the Courier for unlimited access to local news.</p>
<p>For the latest stories download the Courier app for iOS and Android.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Ferry fares to rise in spring</a></li>
<li><a href="/b">Council approves road budget</a></li>
<li><a href="/c">New cycle lane opens on quay</a></li>
</ul></aside>
<section id="comments" class="comments"><h3>3 comments</h3>
<div class="comment"><p class="comment-author">Tom B.</p><p>Six weeks is far too long, they should work at night as well.</p></div>
<div class="comment"><p class="comment-author">Ann K.</p><p>Finally! Those cables have looked rusty for years and years.</p></div>
<p>Comments are moderated and may take a while to appear.</p>
</section>
</main>
<footer><p>Contact us | Advertise | Privacy policy</p><p>&copy; 2023 The Riverside Courier. All rights reserved.</p></footer>
</body></html>
"""
FURNITURE = ["Home", "Weather", "Ferry fares to rise in spring", "Council approves road budget", "Six weeks is far too long",
             "rusty for years", "Comments are moderated", "Privacy policy", "All rights reserved", "Subscribe now",
             "download the Courier app", "Photo by Ivo Brandt", "By Mara Quill"]


def page(paragraphs=STORY, template=PAGE) -> str:
    return template.replace("{paragraphs}", "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs))


def assert_lossless(article):
    covered = [0] * len(article.raw)
    for b in article.blocks:
        assert article.raw[b.start:b.end] == b.text
        for i in range(b.start, b.end):
            covered[i] += 1
    for i, ch in enumerate(article.raw):
        assert ch.isspace() or covered[i] == 1, f"{ch!r} at {i} lies in {covered[i]} blocks"


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "bridge.html"
    path.write_text(page(), encoding="utf-8")
    return path


def test_the_body_holds_the_story_and_no_navigation_related_links_comments_or_footer(saved):
    c = load_corpus(saved)
    body = "\n".join(c.paragraphs.text)
    for p in STORY[1:]:
        assert p in body
    assert STORY[0].split("\u2014 ", 1)[1] in body  # the dateline is its own block
    for furniture in FURNITURE:
        assert furniture not in body, furniture


def test_the_page_metadata_fills_the_articles_table(saved):
    a = load_corpus(saved).articles.iloc[0]
    assert a.article_id == "bridge" and a.format == "html" and a.path.endswith("bridge.html")
    assert a.headline == "Harbour bridge to close for repairs"  # without the site's name
    assert (a.outlet, a.byline, a.published) == ("The Riverside Courier", "Mara Quill", pd.Timestamp("2023-03-14"))
    assert a.url == "https://courier.example.org/news/harbour-bridge-repairs"
    assert a.dateline == "RIVERSIDE"
    assert "six weeks of repairs" in a.extra  # the page's description is kept


def test_lines_the_extractor_keeps_that_are_not_the_story_get_their_own_kinds(saved):
    a = read_page(saved)
    kinds = {b.text: b.kind for b in a.blocks}
    assert kinds["Harbour bridge to close for repairs"] == "headline"
    assert kinds["RIVERSIDE \u2014"] == "dateline"
    assert kinds["Subscribe now to the Courier for unlimited access to local news."] == "boilerplate"
    assert kinds["For the latest stories download the Courier app for iOS and Android."] == "boilerplate"
    assert [b.kind for b in a.blocks].count("body") == len(STORY)
    assert_lossless(a)


PROMPTS = """<html><head><title>Quay reopens</title></head><body><article>
<h1>Quay reopens after works</h1>
<div class="article-meta"><span class="author-name">Ivo Brandt</span></div>
<p>Posted on</p>
<p>By Ivo Brandt</p>
<p class="summary">The quay at dawn on Friday. <span class="photo-credit">By CITY PORT AUTHORITY</span></p>
{paragraphs}
<p>Sign up for our morning newsletter and get the headlines in your inbox.</p>
<p>We ask that comments are civil; email addresses will not be published.</p>
<p>Advertisement</p>
<p>(Photo: Ivo Brandt/Courier)</p>
</article></body></html>"""


def test_bylines_credits_prompts_and_comment_policies_are_moved_out_of_the_body():
    a = parse_page(page(STORY[1:], PROMPTS).encode())
    kinds = [(b.kind, b.text) for b in a.blocks]
    body = [t for k, t in kinds if k == "body"]
    assert body == STORY[1:]
    other = {t: k for k, t in kinds if k != "body"}
    assert other["By Ivo Brandt"] == "byline"
    assert other["Posted on"] == "metadata"
    assert other["The quay at dawn on Friday. By CITY PORT AUTHORITY"] == "caption"
    assert other["Sign up for our morning newsletter and get the headlines in your inbox."] == "boilerplate"
    assert other["We ask that comments are civil; email addresses will not be published."] == "boilerplate"
    assert other["(Photo: Ivo Brandt/Courier)"] == "caption"
    assert_lossless(a)


def test_a_page_with_no_main_text_is_skipped_with_a_warning(tmp_path, saved):
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
                                        "</body></html>", encoding="utf-8")
    with pytest.warns(ArticleWarning, match=r"menu.html: no main text found in the page"):
        c = load_corpus(tmp_path)
    assert c.articles.article_id.tolist() == ["bridge"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ArticleError, match="menu.html: no main text"):
            load_corpus(tmp_path, errors="raise")


def test_a_metadata_table_wins_over_the_page(tmp_path, saved):
    (tmp_path / "metadata.csv").write_text("file,outlet,section\nbridge.html,Courier Weekly,Local\n", encoding="utf-8")
    a = load_corpus(tmp_path).articles.iloc[0]
    assert (a.outlet, a.section, a.byline) == ("Courier Weekly", "Local", "Mara Quill")


def test_mangled_characters_in_a_page_are_repaired_and_noted(tmp_path):
    story = STORY[1:] + ["The mayor, Enrique Pe\u00c3\u00b1a, said the work was overdue and would be paid from reserves."]
    path = tmp_path / "mojibake.htm"
    path.write_text(page(story), encoding="utf-8")
    a = load_corpus(path).articles.iloc[0]
    assert "repaired mangled characters (ftfy): 'PeÃ±a' → 'Peña'" in a.notes


def test_reading_a_page_never_touches_the_network(saved, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert read_page(saved).meta["url"].startswith("https://courier.example.org/")


WORDS = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)
                 | st.sampled_from([" ", "  ", "\u00c3\u00b1", "\u2014", "By ", "Photo: ", "Subscribe ", ". ", "\u201c",
                                    "&", "<", "\u00a0", "Harbour bridge to close for repairs"]),
                 min_size=1, max_size=20).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=8))
def test_the_block_model_covers_every_character_of_the_extracted_text(paragraphs):
    try:
        a = parse_page(page(paragraphs).encode())
    except ReadError:
        return  # no main text: nothing to cover
    assert_lossless(a)
    starts = [b.start for b in a.blocks]
    assert starts == sorted(starts)


def test_a_short_story_keeps_its_paragraphs_apart():
    brief = ["The quay reopened on Friday.", "Boats may moor there again.", "Fees are unchanged."]
    a = parse_page(page(brief, "<html><head><title>Quay reopens</title></head><body><article>{paragraphs}"
                               "</article></body></html>").encode())
    assert [b.text for b in a.blocks if b.kind == "body"] == brief
