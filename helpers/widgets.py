"""Explorers: ipywidgets controls wrapped around plain query functions.

Each explorer calls a query function that lives in the module of its topic (``text.kwic``,
…), so the same query is testable, and shown once as a plain table, without a widget.
ipywidgets is imported inside the functions, so ``import helpers`` stays light. Article text
reaches the page only through :func:`html_table`, which escapes it.

>>> html_table([{"a": "<b>x</b>"}])
'<table class="hw"><thead><tr><th>a</th></tr></thead><tbody><tr><td>&lt;b&gt;x&lt;/b&gt;</td></tr></tbody></table>'
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .corpus import Corpus


def html_table(rows: Iterable[dict], marked: Iterable[str] = ()) -> str:
    """An HTML table of ``rows``; every cell is escaped, except that the columns in ``marked``
    may carry ``<mark>`` tags made by :func:`mark_spans` (which escapes the text around them).
    """
    rows = list(rows)
    if not rows:
        return '<p class="hw-empty">No rows.</p>'
    marked = set(marked)
    cols = list(rows[0])
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{r[c] if c in marked else html.escape('' if r[c] is None else str(r[c]))}</td>" for c in cols) + "</tr>"
        for r in rows)
    return f'<table class="hw"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def mark_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Escape ``text`` and wrap each (start, end) span in ``<mark>``.

    >>> mark_spans("a <b> c", [(2, 5)])
    'a <mark>&lt;b&gt;</mark> c'
    """
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            continue
        out += [html.escape(text[pos:s]), "<mark>", html.escape(text[s:e]), "</mark>"]
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


def kwic_explorer(corpus: "Corpus", word: str = "", article: str = "(all)"):
    """A keyword box and an article dropdown listing the sentences containing the word, marked.

    Built on :func:`helpers.text.kwic`; returns a ``VBox`` whose last child is the result ``HTML``.
    """
    import ipywidgets as w

    from .text import kwic

    ids = ["(all)"] + sorted(corpus.articles.article_id)
    box = w.Text(value=word, description="Keyword", placeholder="a word or phrase", continuous_update=False)
    pick = w.Dropdown(options=ids, value=article if article in ids else "(all)", description="Article")
    out = w.HTML()

    def refresh(_=None):
        hits = kwic(corpus.sentences, box.value, None if pick.value == "(all)" else pick.value)
        rows = [{"article_id": r.article_id, "para_no": r.para_no, "sentence": mark_spans(r.text, r.spans)}
                for r in hits.itertuples()]
        out.value = f"<p>{len(rows)} sentence(s) with {html.escape(box.value)!s}</p>" + html_table(rows, marked={"sentence"}) if box.value.strip() else "<p>Type a word.</p>"

    box.observe(refresh, names="value")
    pick.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([box, pick]), out])
