"""Paragraphs and sentences with spans, and quotation-mark pairing.

Sentences do not end after abbreviations and initials ("U.S.", "Oct. 28", "N. Korean",
"Gen.", "Mr.", "No. 2") nor inside a quotation that closes in the same paragraph; a quotation
that ends a sentence ends it.

>>> [s for _, _, s in split_sentences('Gen. Lee met U.S. envoys. "We agree. Fully," he said. Talks end.')]
['Gen. Lee met U.S. envoys.', '"We agree. Fully," he said.', 'Talks end.']
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import abbreviations

if TYPE_CHECKING:  # pragma: no cover
    pass


OPENERS = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb", "\u201e": "\u201c"}
CLOSERS = {"\u201d", '"', "\u00bb", "\u201c"}
SINGLE_OPEN, SINGLE_CLOSE = "\u2018", "\u2019"

# A candidate break: terminal punctuation, then optional closing quotes/brackets, then space.
_BREAK_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.\-']*)$")
#: The characters of a word before a full stop, read in reversed text; and its first letter.
_RUN_RE = re.compile(r"[A-Za-z.\-']*")
_LETTER_RE = re.compile(r"[A-Za-z]")
#: Any double quotation mark, straight or curly: '"', '“', '”', '«', '»', '„'.
_DOUBLE_MARK_RE = re.compile('["\u201c\u201d\u00ab\u00bb\u201e]')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Pairs of (open, close) offsets of double quotation marks that close in ``text``.

    Curly marks pair by direction; straight marks pair by position, an opening mark being one
    not preceded by a letter or digit. An opening mark with no partner is left out, so an
    unbalanced mark never swallows the rest of the text. ``text[open + 1:close]`` is the quote.

    >>> quote_spans('He said "yes" and \u201cno\u201d, then "maybe')
    [(8, 12), (18, 21)]
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _DOUBLE_MARK_RE.finditer(text):  # visit the marks only, not every character
        i, ch = m.start(), m.group()
        if ch == "\u201c" or ch == "\u00ab" or ch == "\u201e":
            if open_at is None or text[open_at] != "\u201d":
                open_at = i
        elif ch == "\u201d" or ch == "\u00bb":
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i))
                open_at = None
    return spans


def unbalanced_quotes(text: str) -> int:
    """How many double quotation marks in ``text`` are left without a partner.

    >>> unbalanced_quotes('"one" and "two')
    1
    """
    marks = len(_DOUBLE_MARK_RE.findall(text))
    return marks - 2 * len(quote_spans(text))


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
        return True  # an initial: "N. Korean", "John F. Kennedy"
    if "." in bare and all(len(p) <= 2 for p in bare.split(".") if p):
        return True  # dotted acronym: "U.S.", "U.N.", "a.m."
    return bare.lower() in abbreviations()


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Split one paragraph into ``(start, end, sentence)`` with ``text[start-offset:end-offset] == sentence``.

    >>> split_sentences("Mr. Kim left at 5 p.m. on Oct. 28. He returned.")
    [(0, 34, 'Mr. Kim left at 5 p.m. on Oct. 28.'), (35, 47, 'He returned.')]
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
