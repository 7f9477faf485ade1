"""Reports: notebooks run on a corpus with papermill, written as escaped HTML with an index."""
from __future__ import annotations

import hashlib
import html
import re

import nbformat
import pytest
from hypothesis import given, strategies as st

from helpers.paths import NOTEBOOKS
from helpers.reports import WIDGET_STATE_MIME, build, find_notebooks, index_html, notebook_title

PLAIN_ARTICLE = (
    "Council delays the library budget vote\n\n"
    "The town council put off its vote on the library budget until next month, the clerk said on Tuesday.\n\n"
    "One resident wrote <script>alert(1)</script> in the comment box of the online petition.\n"
)


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corpus00_report(tmp_path_factory):
    """Notebook 00 run by the report pipeline on a folder holding one plain-text article."""
    articles = tmp_path_factory.mktemp("articles")
    (articles / "council.txt").write_text(PLAIN_ARTICLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("reports")
    src = NOTEBOOKS / "00_corpus.ipynb"
    before = (sha256(src), src.stat().st_mtime_ns)
    reports = build(corpus=articles, out=out, notebooks=[src], log=lambda *_: None)
    return reports, out, before, src


def test_a_plain_article_report_runs_without_error(corpus00_report):
    reports, out, _, _ = corpus00_report
    assert [r.error for r in reports] == [""]
    page = (out / "00_corpus.html").read_text(encoding="utf-8")
    assert "Traceback" not in page
    assert "council" in page  # the article itself was loaded, not the seeds


def test_article_text_is_escaped_in_the_report(corpus00_report):
    _, out, _, _ = corpus00_report
    page = (out / "00_corpus.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the text is there, escaped


def test_report_embeds_the_widget_state(corpus00_report):
    _, out, _, _ = corpus00_report
    page = (out / "00_corpus.html").read_text(encoding="utf-8")
    assert f'<script type="{WIDGET_STATE_MIME}">' in page
    assert "application/vnd.jupyter.widget-view+json" in page


def test_report_hides_code_by_default(corpus00_report):
    _, out, _, _ = corpus00_report
    page = (out / "00_corpus.html").read_text(encoding="utf-8")
    assert "load_corpus(corpus)" not in page


def test_the_committed_notebook_is_not_modified(corpus00_report):
    _, out, before, src = corpus00_report
    assert (sha256(src), src.stat().st_mtime_ns) == before
    assert (out / "00_corpus.ipynb").exists()  # the executed copy lives in the report folder


def test_index_links_each_report_with_its_escaped_title(corpus00_report):
    _, out, _, src = corpus00_report
    index = (out / "index.html").read_text(encoding="utf-8")
    title = notebook_title(nbformat.read(str(src), as_version=4))
    assert title
    assert f'<a href="00_corpus.html">{html.escape(title)}</a>' in index
    assert "articles" in index  # names the corpus folder it ran on …
    assert str(out.parent) not in index  # … but no absolute path


def test_a_missing_corpus_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="corpus not found"):
        build(corpus=tmp_path / "nope", out=tmp_path / "out", notebooks=[], log=lambda *_: None)


def test_find_notebooks_takes_numbered_notebooks_in_order(tmp_path):
    for name in ["01_quotes.ipynb", "00_corpus.ipynb", "scratch.ipynb", "02_x-checkpoint.ipynb", "03_notes.md"]:
        (tmp_path / name).write_text("{}")
    assert [p.name for p in find_notebooks(tmp_path)] == ["00_corpus.ipynb", "01_quotes.ipynb"]


def test_notebook_title_is_the_first_markdown_heading():
    nb = {"cells": [
        {"cell_type": "code", "source": "# a comment, not a heading"},
        {"cell_type": "markdown", "source": ["Intro text\n", "## 02 · Who is quoted? ##\n"]},
        {"cell_type": "markdown", "source": "# Later heading"},
    ]}
    assert notebook_title(nb) == "02 · Who is quoted?"
    assert notebook_title({"cells": [{"cell_type": "markdown", "source": "no heading"}]}, "02_quotes") == "02_quotes"


def test_index_flags_a_failed_notebook_and_escapes_its_error():
    page = index_html([("00_a.html", "00 · A", ""), ("01_b.html", "01 · B", "KeyError: '<x>' (cell [4])")])
    assert page.count("<li>") == 2
    assert "failed: KeyError: &#x27;&lt;x&gt;&#x27; (cell [4])" in page
    assert "<x>" not in page


@given(st.text(min_size=1, max_size=40))
def test_index_titles_round_trip_through_escaping(title):
    page = index_html([("00_a.html", title, "")])
    shown = re.search(r'<a href="00_a.html">(.*?)</a></li>', page, re.DOTALL).group(1)
    assert html.unescape(shown) == title
    assert "<" not in shown and ">" not in shown
