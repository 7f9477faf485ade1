"""Paragraphs and sentences with spans, and quotation-mark pairing.

Sentences do not end after abbreviations and initials ("U.S.", "Nov. 17", "S. African",
"Gen.", "Mr.", "No. 2") nor inside a quotation that closes in the same paragraph; a quotation
that ends a sentence ends it.

>>> [s for _, _, s in split_sentences('Gen. Lee met U.S. envoys. "We agree. Fully," he said. Talks end.')]
['Gen. Lee met U.S. envoys.', '"We agree. Fully," he said.', 'Talks end.']
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import abbreviations

if TYPE_CHECKING:  # pragma: no cover
    pass


SINGLE_OPEN, SINGLE_CLOSE = "\u2018", "\u2019"

# A candidate break: terminal punctuation, then optional closing quotes/brackets, then space.
_BREAK_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+(?:``|''|[\"'\u201c\u2018(\[])?[A-Z0-9\u00c0-\u024f])")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.\-']*)$")
#: The characters of a word before a full stop, read in reversed text; and its first letter.
_RUN_RE = re.compile(r"[A-Za-z.\-']*")
_LETTER_RE = re.compile(r"[A-Za-z]")
#: A double quotation mark: one character ('"', '“', '”', '«', '»', '„') or two written for one,
#: two apostrophes or two backticks (typewriter, archive and LaTeX copy). A run of three
#: apostrophes holds a double mark beside a single one.
_DOUBLE_MARK_RE = re.compile("``|'{2,}|[\"\u201c\u201d\u00ab\u00bb\u201e]")
#: What may stand before a run of three apostrophes that opens a quote.
_OPENS_AFTER = "([{\u2014\u2013-/:"
#: Feet and inches ("6'2''"): not a quotation mark.
_INCHES_RE = re.compile(r"\d['\u2032]\s?\d{1,2}$")


def double_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every double quotation mark in ``text``, one character or two.

    Two apostrophes or two backticks stand for one double mark. In a run of three apostrophes
    the double mark is the outer pair: the first two when the run opens a quote (after a space),
    the last two when it closes one (a single mark closes first). Feet and inches ("6'2''") are
    not marks.

    >>> t = "''He said 'no.''' Roe said. \u201cYes\u201d"
    >>> [(a, b) for a, b in double_marks(t)]
    [(0, 2), (15, 17), (28, 29), (32, 33)]
    """
    return list(_double_marks(text))


@lru_cache(maxsize=8192)
def _double_marks(text: str) -> tuple[tuple[int, int], ...]:
    # double_marks, cached on the text: quotes, reactions and figures each ask of a paragraph
    if "'" not in text and "`" not in text:  # the common case: one character per mark
        return tuple([m.span() for m in _DOUBLE_MARK_RE.finditer(text)])
    out = []
    for m in _DOUBLE_MARK_RE.finditer(text):
        a, b = m.span()
        if b - a == 1 or text[a] == "`":
            out.append((a, b))
        elif b - a == 2:
            if not _INCHES_RE.search(text, max(0, a - 6), a):
                out.append((a, b))
        elif b - a == 3:
            opening = a == 0 or text[a - 1].isspace() or text[a - 1] in _OPENS_AFTER
            out.append((a, a + 2) if opening else (a + 1, b))
        else:  # four or more: marks two by two
            out += [(i, i + 2) for i in range(a, b - 1, 2)]
    return tuple(out)


def mark_width(text: str, at: int) -> int:
    """How many characters the double quotation mark starting at ``at`` takes (2 for ``''``).

    >>> mark_width("''Yes''", 0), mark_width('"Yes"', 0)
    (2, 1)
    """
    return 2 if text[at:at + 2] in ("''", "``") else 1


def inner_span(text: str, open_: int, close: int) -> tuple[int, int]:
    """(start, end) of the words between the marks of a quotation ``(open, close)`` as
    :func:`quote_spans` gives it.

    >>> inner_span("''Go,'' he said", 0, 6), inner_span('"Go," he said', 0, 4)
    ((2, 5), (1, 4))
    """
    closing = 2 if close > open_ + 1 and text[close - 1:close + 1] == "''" else 1
    return open_ + mark_width(text, open_), close + 1 - closing


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Pairs of (open, close) offsets of double quotation marks that close in ``text``.

    ``open`` is where the opening mark starts and ``close`` the closing mark's last character, so
    ``text[close + 1:]`` follows the quotation and :func:`inner_span` gives the words inside
    (``text[open + 1:close]`` for marks of one character). Curly marks and backticks pair by
    direction; straight marks and two apostrophes pair by position. An opening mark with no
    partner is left out, so an unbalanced mark never swallows the rest of the text.

    >>> quote_spans('He said "yes" and \u201cno\u201d, then "maybe')
    [(8, 12), (18, 21)]
    >>> t = "He said ''yes'' and ``no''"
    >>> [t[slice(*inner_span(t, a, b))] for a, b in quote_spans(t)]
    ['yes', 'no']
    """
    return list(_quote_spans(text))


@lru_cache(maxsize=8192)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    # quote_spans, cached on the text: asked of the same paragraph by several extractors
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for a, b in _double_marks(text):  # visit the marks only, not every character
        ch = text[a]
        if ch == "\u201c" or ch == "\u00ab" or ch == "\u201e" or ch == "`":
            open_at = a
        elif ch == "\u201d" or ch == "\u00bb":
            if open_at is not None:
                spans.append((open_at, b - 1))
                open_at = None
        elif open_at is None:  # '"' or "''"
            open_at = a
        else:
            spans.append((open_at, b - 1))
            open_at = None
    return tuple(spans)


def unbalanced_quotes(text: str) -> int:
    """How many double quotation marks in ``text`` are left without a partner.

    >>> unbalanced_quotes('"one" and "two'), unbalanced_quotes("''one'' and ''two")
    (1, 1)
    """
    return len(_double_marks(text)) - 2 * len(_quote_spans(text))


def _is_abbreviation(text: str, dot: int, backwards: str | None = None) -> bool:
    """Whether the full stop at ``dot`` belongs to an abbreviation or initial, not a sentence end.

    ``backwards`` is ``text[::-1]``, for reading the word before the full stop in one step.
    """
    if backwards is None:
        m = _WORD_BEFORE_RE.search(text, 0, dot)
        if not m:
            return False
        word = m.group(1)
    else:
        # What _WORD_BEFORE_RE finds: the run of its characters that ends at the full stop (or at a
        # newline just before it, where "$" also matches), from the run's first letter.
        end = dot - 1 if text[dot - 1:dot] == "\n" else dot
        start = len(text) - _RUN_RE.match(backwards, len(text) - end).end()
        first = _LETTER_RE.search(text, start, end)
        if not first:
            return False
        word = text[first.start():end]
    bare = word.rstrip(".")
    if len(bare) == 1 and bare.isupper():
        return True  # an initial: "S. African", "John F. Kennedy"
    if "." in bare and all(len(p) <= 2 for p in bare.split(".") if p):
        return True  # dotted acronym: "U.S.", "U.N.", "a.m."
    return bare.lower() in abbreviations()


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Split one paragraph into ``(start, end, sentence)`` with ``text[start-offset:end-offset] == sentence``.

    >>> split_sentences("Mr. Eze left at 5 p.m. on Nov. 17. He returned.")
    [(0, 34, 'Mr. Eze left at 5 p.m. on Nov. 17.'), (35, 47, 'He returned.')]
    """
    inside: list[tuple[int, int]] | None = None  # the quotes, read at the first candidate break
    cuts, backwards = [], None
    for m in _BREAK_RE.finditer(text):
        end = m.end()
        punct_at = m.start()
        inside = quote_spans(text) if inside is None else inside
        if inside and any(a < punct_at and end <= b for a, b in inside):  # inside a quote that goes on
            continue
        if text[punct_at] == "." and m.group(0).count(".") == 1:
            backwards = text[::-1] if backwards is None else backwards
            if _is_abbreviation(text, punct_at, backwards):
                continue
        cuts.append(end)
    out, start = [], 0
    for cut in cuts + [len(text)]:
        seg = text[start:cut]
        lead = len(seg) - len(seg.lstrip())
        s, e = start + lead, start + len(seg.rstrip())
        if e > s:
            out.append((s + offset, e + offset, text[s:e]))
        start = cut
    return out


def normalize(text: str) -> str:
    """Fold curly quotes, dashes and runs of space, for matching text across outlets.

    >>> normalize("Erdoğan\u2019s  \u201cwar\u201d \u2014 now")
    'erdoğan\\'s "war" - now'
    """
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"})
    return re.sub(r"\s+", " ", text.translate(table)).strip().lower()
