"""Reports: notebooks run on a corpus with papermill, written as escaped HTML with an index."""
from __future__ import annotations

import hashlib
import html
import re
import shutil

import nbformat
import pytest
from hypothesis import given, strategies as st

from helpers import reports
from helpers.paths import NOTEBOOKS
from helpers.reports import (WIDGET_STATE_MIME, build, find_notebooks, index_html, install_static, needs_mathjax,
                             notebook_title, to_html, vendored_files)

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


# --- the widget manager: local copy from .vendor/ (make vendor), or the CDN -------------------

FONT = "0123456789abcdef0123.woff2"


def fake_vendor(root):
    """A .vendor/ folder as `make vendor` leaves it, with tiny stand-ins for the npm files."""
    dist = root / "html-manager" / "dist"
    dist.mkdir(parents=True)
    (dist / "embed-amd.js").write_text(f'define("x",[],()=>{{e.exports=n.p+"{FONT}"}});', encoding="utf-8")
    (dist / FONT).write_bytes(b"font")
    (root / "html-manager" / "package.json").write_text(
        '{"name": "@jupyter-widgets/html-manager", "version": "1.0.15", "license": "BSD-3-Clause"}')
    (root / "requirejs").mkdir()
    (root / "requirejs" / "require.js").write_text("var requirejs;", encoding="utf-8")
    return root


def widget_notebook(markdown="# 00 · A widget"):
    """A notebook with one (already executed) widget output and its saved widget state."""
    model = "a" * 32
    state = {"version_major": 2, "version_minor": 0, "state": {model: {
        "model_name": "DropdownModel", "model_module": "@jupyter-widgets/controls",
        "model_module_version": "2.0.0", "state": {"_options_labels": ["x", "y"], "index": 0}}}}
    view = {"version_major": 2, "version_minor": 0, "model_id": model}
    code = nbformat.v4.new_code_cell("dropdown", execution_count=1, outputs=[nbformat.v4.new_output(
        "display_data", data={"text/plain": "Dropdown()", "application/vnd.jupyter.widget-view+json": view})])
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(markdown), code])
    nb.metadata["widgets"] = {WIDGET_STATE_MIME: state}
    return nb


def test_install_static_copies_the_vendored_files(tmp_path):
    vendor = fake_vendor(tmp_path / ".vendor")
    assert [p.name for p in vendored_files(vendor)] == ["embed-amd.js", "require.js", FONT]
    static = install_static(tmp_path / "out", vendor)
    assert static == tmp_path / "out" / "_static"
    assert {p.name for p in static.iterdir()} == {"embed-amd.js", "require.js", FONT, "README.txt"}
    assert "@jupyter-widgets/html-manager 1.0.15 (BSD-3-Clause)" in (static / "README.txt").read_text()


def test_a_missing_font_or_require_js_means_no_local_copy(tmp_path):
    vendor = fake_vendor(tmp_path / ".vendor")
    (vendor / "html-manager" / "dist" / FONT).unlink()
    assert vendored_files(vendor) is None
    assert install_static(tmp_path / "out", vendor) is None
    assert not (tmp_path / "out").exists()
    assert vendored_files(tmp_path / "nothing") is None


def test_pages_load_the_local_widget_manager_by_relative_urls(tmp_path):
    static = install_static(tmp_path / "out", fake_vendor(tmp_path / ".vendor"))
    nbformat.write(widget_notebook(), str(tmp_path / "nb.ipynb"))
    page = to_html(tmp_path / "nb.ipynb", tmp_path / "out" / "nb.html", static=static).read_text(encoding="utf-8")
    assert "var widgetRendererSrc = '_static/embed-amd.js';" in page
    assert '<script src="_static/require.js"></script>' in page
    assert '"@jupyter-widgets": "_static"' in page  # so the bundle finds its fonts in _static/
    assert str(tmp_path) not in page  # relative URLs: the folder can move
    # Nothing loaded from the network (mermaid.js, imported only for a Mermaid diagram, aside).
    assert not re.findall(r"""(?:src=|Src = )["']https?:""", page) and "unpkg.com" not in page
    assert "mathjax" not in page.lower()  # no math, no MathJax
    assert f'<script type="{WIDGET_STATE_MIME}">' in page


def test_pages_with_math_keep_mathjax(tmp_path):
    static = install_static(tmp_path / "out", fake_vendor(tmp_path / ".vendor"))
    nbformat.write(widget_notebook("# 00 · Share\n\nThe share $s = n / N$."), str(tmp_path / "nb.ipynb"))
    page = to_html(tmp_path / "nb.ipynb", tmp_path / "out" / "nb.html", static=static).read_text(encoding="utf-8")
    assert "mathjax/2.7.7/latest.js" in page and "_static/embed-amd.js" in page


def test_without_a_local_copy_pages_use_the_cdn(tmp_path):
    nbformat.write(widget_notebook(), str(tmp_path / "nb.ipynb"))
    page = to_html(tmp_path / "nb.ipynb", tmp_path / "nb.html").read_text(encoding="utf-8")
    assert "https://unpkg.com/@jupyter-widgets/html-manager@*/dist/embed-amd.js" in page
    assert "https://cdnjs.cloudflare.com/ajax/libs/require.js/" in page
    assert "_static" not in page and "require.config" not in page


@pytest.mark.parametrize("vendored", [True, False], ids=["vendored", "cdn"])
def test_build_uses_the_local_copy_or_says_it_falls_back(tmp_path, monkeypatch, vendored):
    nbformat.write(widget_notebook(), str(tmp_path / "00_w.ipynb"))
    monkeypatch.setattr(reports, "execute", lambda src, dest, corpus=None: shutil.copy(src, dest))
    vendor = fake_vendor(tmp_path / ".vendor") if vendored else tmp_path / "nothing"
    lines = []
    [report] = build(out=tmp_path / "out", notebooks=[tmp_path / "00_w.ipynb"], log=lines.append, vendor=vendor)
    page = report.html.read_text(encoding="utf-8")
    notes = [line for line in lines if line.startswith("note:")]
    if vendored:
        assert notes == [] and "_static/embed-amd.js" in page and (tmp_path / "out" / "_static" / FONT).exists()
    else:
        assert len(notes) == 1 and "make vendor" in notes[0] and "unpkg.com" in notes[0]
        assert "unpkg.com" in page and not (tmp_path / "out" / "_static").exists()


def test_needs_mathjax_looks_at_markdown_and_latex_outputs():
    latex = nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output("execute_result", data={"text/latex": "x^2"})])
    assert needs_mathjax(nbformat.v4.new_notebook(cells=[latex]))
    assert needs_mathjax({"cells": [{"cell_type": "markdown", "source": ["\\begin{align}", "x\\end{align}"]}]})
    assert not needs_mathjax(widget_notebook())


def test_tables_show_whole_numbers_without_a_decimal_point():
    from helpers.show.display import number
    from helpers.show.html import html_table

    assert [number(v) for v in (13000.0, 47.0, 12.5, -26.0)] == ["13,000", "47", "12.5", "-26"]
    assert "<td>2,500</td><td></td>" in html_table([{"value": 2500.0, "value_max": None}])


def test_a_page_is_titled_by_its_first_heading_escaped(tmp_path):
    nbformat.write(widget_notebook("# 00 · Who said <this>?"), str(tmp_path / "nb.ipynb"))
    page = to_html(tmp_path / "nb.ipynb", tmp_path / "nb.html").read_text(encoding="utf-8")
    assert "<title>00 · Who said &lt;this&gt;?</title>" in page


def test_report_kernels_talk_over_local_sockets_not_unencrypted_tcp():
    import os

    from helpers.reports import _local_kernel_manager

    km = _local_kernel_manager()()
    assert km.transport == ("ipc" if os.name == "posix" else "tcp")
