"""Escaped HTML: article text reaches a page only through these functions.

>>> html_table([{"a": "<b>x</b>"}])
'<table class="hw"><thead><tr><th>a</th></tr></thead><tbody><tr><td>&lt;b&gt;x&lt;/b&gt;</td></tr></tbody></table>'
"""
from __future__ import annotations

import html
from typing import Iterable

from .display import number


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
        "<tr>" + "".join(f"<td>{r[c] if c in marked else html.escape(_cell(r[c]))}</td>" for c in cols) + "</tr>"
        for r in rows)
    return f'<table class="hw"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _cell(value) -> str:
    """A cell's text: empty for a missing value, numbers as :func:`helpers.show.display.number` writes them."""
    if value is None:
        return ""
    return number(value) if isinstance(value, float) else str(value)


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

