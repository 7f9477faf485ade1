"""Quotation marks: which open and which close, their pairs, and the quotations of an article body.

Straight and curly marks are told apart by their neighbours, and two apostrophes or backticks
written for a double mark (``''We won,'' she said``, the archive and typewriter style) count as one; a quote left open at the end of a
paragraph runs on when the next paragraph opens with a mark (the news convention), and a
stray mark inside a sentence is dropped. Copy without double marks is quoted with single ones
(British style), apostrophes aside.

In: the body paragraphs (dicts with ``text``). Out: :class:`Quotation` spans, offsets into
each paragraph's text.

>>> [(q.para, q.start, q.end) for q in quotations([{"text": 'He said "no" twice.'}])]
[(0, 9, 11)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...read.text import double_marks, inner_span, mark_width

DOUBLE_OPEN = "\u201c\u201e\u00ab"
DOUBLE_CLOSE = "\u201d\u00bb"
DOUBLE = '"' + DOUBLE_OPEN + DOUBLE_CLOSE
SINGLE_OPEN = "\u2018"
SINGLE = "'\u2018\u2019`"
#: Characters after which a quotation mark opens: a space, "(", a dash, a slash or a colon.
_OPEN_BEFORE = frozenset(" \t\n\u00a0([{\u2014\u2013-/:")
#: Characters before which a quotation mark closes.
_CLOSE_AFTER = frozenset(" \t\n\u00a0,.;:!?)]}\u2014\u2013-\u2026")
#: Whether a text holds a double mark, of one character or two.
DOUBLE_RE = re.compile(f"[{DOUBLE}]|''|``")
#: Markup a scraper left in the text ('<tweet author="@x">'): marks inside it are not quotes.
TAG_RE = re.compile(r"<[^<>\n]{1,300}>")


def mark_role(text: str, i: int, end: int | None = None) -> str:
    """Whether the quotation mark at ``text[i:end]`` (one character unless ``end`` says) opens,
    closes or could do either, from its neighbours.

    Curly marks and backticks say which they are unless their neighbours contradict it (some copy
    uses ``”`` both ways); a straight mark (or two apostrophes) opens after a space and closes
    before one; a mark that ends the paragraph closes.

    >>> [mark_role('He said "yes" then', i) for i in (8, 12)]
    ['open', 'close']
    >>> mark_role('a " b', 2), mark_role('he said. \u201c', 9), mark_role("''Yes,'' he said", 6, 8)
    ('either', 'close', 'close')
    """
    end = i + 1 if end is None else end
    ch = text[i]
    if i > 0 and end == len(text.rstrip()):
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[end] if end < len(text) else " "
    opens = before in _OPEN_BEFORE or before in DOUBLE_OPEN + SINGLE_OPEN
    closes = (after in _CLOSE_AFTER or after in DOUBLE_CLOSE + "\u2019'") and not (end - i == 2 and after == "'")
    if ch in DOUBLE_OPEN or ch == SINGLE_OPEN or ch == "`":
        return "close" if closes and not opens and after.isspace() else "open"
    if ch in DOUBLE_CLOSE or ch == "\u2019":
        return "open" if opens and not closes else "close"
    if opens and not closes and not after.isspace():
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _single_quote_marks(text: str) -> list[int]:
    """Positions of single marks used as quotation marks, not apostrophes ("don't", "voters'")."""
    out = []
    for i, ch in enumerate(text):
        if ch not in SINGLE:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # don't, O'Brien
        if ch != SINGLE_OPEN and before == "s" and after.isspace():
            continue  # voters' rights: a plural possessive
        out.append(i)
    return out


def pair_marks(text: str, single: bool = False, carried: bool = False) -> tuple[list[tuple[int, int]], int | None]:
    """Pair the quotation marks of one paragraph: ``([(open, close), ...], open_at_end)``.

    ``open`` is where an opening mark starts and ``close`` the last character of its closing
    mark (the same offset for a mark of one character; see :func:`helpers.read.text.inner_span`).

    ``open_at_end`` is the offset of an opening mark left open when the paragraph ends (a quote
    running into the next paragraph, or a stray mark). A second opening mark inside an open
    quote starts the quote again (the first had no partner); a closing mark with no quote open
    is ignored. Single marks inside a double quote are part of it; ``single=True`` pairs single
    marks instead (copy that quotes with them). Marks inside markup tags are skipped.

    >>> pair_marks('"A," he said. "B')
    ([(0, 3)], 14)
    >>> pair_marks('He said \u201cyes\u201d and \u201cno\u201d twice')
    ([(8, 12), (18, 21)], None)
    >>> pair_marks("''We won,'' Roe said, ''and 'we' stay.'''")
    ([(0, 10), (22, 40)], None)
    """
    spans, open_at = _pair_marks(text, single, carried)
    return list(spans), open_at


@lru_cache(maxsize=8192)
def _pair_marks(text: str, single: bool, carried: bool) -> tuple[tuple[tuple[int, int], ...], int | None]:
    # pair_marks, cached on the text (wire copy repeats paragraphs from story to story)
    marks = [(i, i + 1) for i in _single_quote_marks(text)] if single else double_marks(text)
    if "<" in text and marks:
        tags = [m.span() for m in TAG_RE.finditer(text)]
        marks = [(i, j) for i, j in marks if not any(a <= i < b for a, b in tags)]
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    inside = 0  # where the words of the open quote start
    for i, j in marks:
        role = mark_role(text, i, j)
        if open_at is None:
            if role != "close" or (i == 0 and carried):
                open_at, inside = i, j
        elif role == "open" and not text[inside:i].strip():
            open_at, inside = i, j  # two opening marks in a row: keep the later
        elif role == "open" and text[i - 1:i].isspace() and text[i] not in DOUBLE_CLOSE + "\u2019":
            open_at, inside = i, j  # an opening mark inside an open quote: the first one had no partner
        else:
            spans.append((open_at, j - 1))
            open_at = None
    return tuple(spans), open_at


@dataclass(slots=True)
class Quotation:
    """One quotation inside one paragraph (offsets into the paragraph's text)."""

    para: int
    open: int
    close: int  # offset of the closing mark, or the paragraph's length if it runs on
    start: int
    end: int
    closed: bool = True
    continued: bool = False  # goes on from the previous paragraph
    runs_on: bool = False  # goes on in the next paragraph


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _starts_with_opening_mark(text: str, single: bool) -> bool:
    stripped = text.lstrip()
    if not stripped:
        return False
    i = len(text) - len(stripped)
    if single:
        return stripped[0] in SINGLE_OPEN + "'`" and mark_role(text, i) != "close"
    width = mark_width(text, i)
    return (stripped[0] in DOUBLE or width == 2) and mark_role(text, i, i + width) != "close"


def _uses_single_marks(paragraphs: list[dict]) -> bool:
    """True when the body has no double quotation marks but pairs single ones (British style)."""
    if any(DOUBLE_RE.search(p["text"]) for p in paragraphs):
        return False
    return any(_pair_marks(p["text"], True, False)[0] for p in paragraphs)


#: What may end the text before a quote left open that still counts: a sentence end or a colon.
_OPEN_QUOTE_LEAD = (":", ".", "!", "?")


def quotations(paragraphs: list[dict]) -> list[Quotation]:
    """Every quotation of an article's body paragraphs, in reading order.

    A quote left open at the end of a paragraph continues when the next paragraph opens with a
    quotation mark (the news convention for multi-paragraph quotes); otherwise it is kept to the
    paragraph's end only when it opens the paragraph or a sentence or follows a colon, and dropped
    when it is a stray mark inside a sentence. Nothing runs past its paragraph.

    >>> ps = [{"text": '"One. Two.'}, {"text": '"Three," he said.'}, {"text": 'A "stray mark here.'}]
    >>> [(q.para, ps[q.para]["text"][q.start:q.end], q.runs_on, q.continued) for q in quotations(ps)]
    [(0, 'One. Two.', True, False), (1, 'Three,', False, True)]
    """
    single = _uses_single_marks(paragraphs)
    out: list[Quotation] = []
    carried = False
    for n, p in enumerate(paragraphs):
        text = p["text"]
        spans, open_at = _pair_marks(text, single, carried)
        for k, (a, b) in enumerate(spans):
            s, e = _trim(text, *inner_span(text, a, b))
            if e > s:
                out.append(Quotation(n, a, b, s, e, continued=carried and k == 0 and not text[:a].strip()))
        was_carried, carried = carried, False
        if open_at is None:
            continue
        s, e = _trim(text, open_at + mark_width(text, open_at), len(text))
        if e <= s:
            continue
        nxt = paragraphs[n + 1]["text"] if n + 1 < len(paragraphs) else ""
        lead = text[:open_at].rstrip()
        runs_on = _starts_with_opening_mark(nxt, single)
        if runs_on or not lead or lead.endswith(_OPEN_QUOTE_LEAD) or (was_carried and not spans):
            continued = was_carried and not spans and not lead
            out.append(Quotation(n, open_at, len(text), s, e, closed=False, continued=continued, runs_on=runs_on))
            carried = runs_on
    return out
