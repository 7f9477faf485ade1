"""Which cue each quote takes: its own sentence's, its statement's, or one from around it.

In order: a lead-in before the quote or the attribution after it (:func:`_own_cues`); the other
half of a split quote; a speaker named earlier in the paragraph; the paragraph a quote runs on
into; then across paragraphs: a continued quote, a colon lead-in closing the previous
paragraph, the previous paragraph's speaker still talking, or its reported speech. A quote
also learns whether it is partial (a fragment in the writer's sentence) and its medium.

In: the article's :class:`~.entities._Context` and one :class:`_Found` per quotation. Out: the
same, each with its cue, verb, medium, partial flag and how it was found.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..actors import Actor, Gazetteer
from ..attribution import Cue, cue_after, cue_before, cue_in, medium_of, name_like, sentence_subject, verb_hits
from .entities import _Context
from ..attribution.marks import Quotation


def _partial(text: str, q: Quotation, floor: int) -> bool:
    """A fragment inside the writer's sentence rather than a sentence of the speaker's own.

    Full: the quote opens the sentence, or follows a colon, or a comma or reporting verb and
    starts with a capital. Partial: anything else ("would not "stand by" if asked").
    """
    lead = text[floor:q.open].rstrip(" \t\u00a0([\u2014\u2013-")
    first = text[q.start:q.start + 1]
    if not lead:
        return not (first.isupper() or first.isdigit() or not first.isalpha())
    if lead.endswith(":"):
        return False
    return not (first.isupper() and (lead.endswith(",") or _ends_with_verb(text, floor, floor + len(lead))))


def _ends_with_verb(text: str, a: int, b: int) -> bool:
    hits = verb_hits(text, a, b)
    return bool(hits) and hits[-1].end == b


#: What stands before the title of a work: "on ABC's", "his book,", "the program".
TITLE_CONTEXT_RE = re.compile(r"(?:['\u2019]s|\b(?:on|in|the|titled|entitled|show|film|book|movie|song|series|program|"
                              r"programme|magazine|newspaper|album|play|musical|column|podcast|documentary),?)\s*$", re.I)
#: A quote that is the title of a work or a name, not words spoken: "on ABC's "Good Morning America"".
TITLE_CASE_RE = re.compile(r"^(?:[A-Z0-9][\w'\u2019&.-]*|of|the|a|an|and|in|on|for|to|at|with)"
                           r"(?:\s+(?:[A-Z0-9][\w'\u2019&.-]*|of|the|a|an|and|in|on|for|to|at|with)){0,7}[.,!?]?$")
#: A verb or name right before a quote, then nothing but a comma or colon: 'Roe said, "' / 'Roe:'.
LEAD_IN_RE = re.compile(r"[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+)?[ \t\u00a0]*[,:]?[ \t\u00a0]*")


def _is_title(quote: str) -> bool:
    """Whether a quote reads as a title ("Good Morning America.") rather than speech.

    >>> _is_title("Good Morning America."), _is_title("deeply troubling")
    (True, False)
    """
    ws = quote.split()
    return 1 <= len(ws) <= 8 and bool(TITLE_CASE_RE.match(quote)) and quote[:1].isupper() and \
        sum(w[:1].isupper() for w in ws) >= max(1, (len(ws) + 1) // 2)


def _speech_like(quote: str) -> bool:
    """A quote ending the way speech does before its attribution: '"...," she said'."""
    q = quote.rstrip()
    return q[-1:] in (",", "?", "!", "\u2026") or q.endswith("...")


@dataclass
class _Found:
    q: Quotation
    cue: Cue | None = None
    cue_para: int = -1
    speaker: Actor | None = None
    speaker_text: str | None = None
    speaker_at: tuple[int, int] | None = None
    verb: str | None = None
    medium: str | None = None
    partial: bool = False
    how: str = ""

    def take(self, cue: Cue, para: int, how: str, medium: str | None) -> None:
        self.cue, self.cue_para, self.verb, self.how, self.medium = cue, para, cue.verb, how, medium

    def inherit(self, src: "_Found", how: str) -> None:
        self.take(src.cue, src.cue_para, how, src.medium)
        self.speaker, self.speaker_text, self.speaker_at = src.speaker, src.speaker_text, src.speaker_at


@lru_cache(maxsize=8192)
def _own_cues(text: str, quotes: tuple[tuple[int, int, int, int, bool], ...], starts: tuple[int, ...],
              gazetteer: Gazetteer) -> tuple[tuple[bool, Cue | None, str | None], ...]:
    """(partial, cue, medium) of each quote of a paragraph from its own sentence: a lead-in before
    it, the attribution after it, the nearest verb with a speaker before it, or (a fragment) one
    later in the sentence. ``quotes`` are (open, close, start, end, closed) in order and ``starts``
    the sentence starts. Cached on the text: wire copy repeats paragraphs from story to story.

    >>> t = '"We will win," Jan Roe said.'
    >>> from helpers.extract.actors import load_gazetteer
    >>> [(p, t[c.start:c.end], c.verb) for p, c, _ in _own_cues(t, ((0, 13, 1, 13, True),), (0,), load_gazetteer())]
    [(False, 'Jan Roe', 'said')]
    """
    out = []
    for k, (open_, close, start, end, closed) in enumerate(quotes):
        sent_start, sent_end = _sentence_span(starts, len(text), open_)
        floor = max(sent_start, quotes[k - 1][1] + 1 if k else 0)
        limit = quotes[k + 1][0] if k + 1 < len(quotes) else len(text)
        partial = _partial(text, Quotation(0, open_, close, start, end, closed), floor)
        before = cue_before(text, floor, open_)
        if before is not None and before.how != "according" and LEAD_IN_RE.fullmatch(text, before.verb_at, open_):
            cue = before  # a lead-in right before the quote wins: what follows the quote is not read
        else:
            after = cue_after(text, close + 1, limit) if closed else None
            if after is not None and (not partial or _speech_like(text[start:end])):
                cue = after
            else:
                cue = before or after
        if cue is None and closed:
            stop = max(sent_end, _sentence_span(starts, len(text), close)[1])
            if stop > close + 1:
                cue = cue_in(text, close + 1, stop, [(g[0], g[1]) for g in quotes[k + 1:]])
        out.append((partial, cue, medium_of(text, gazetteer, cue.verb, floor, limit) if cue is not None else None))
    return tuple(out)


def _sentence_span(starts: tuple[int, ...], length: int, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding offset ``at``, given the sentence starts and the text's length."""
    k = max(0, bisect_right(starts, at) - 1)
    return starts[k], starts[k + 1] if k + 1 < len(starts) else length


def _colon_lead_in(ctx: _Context, para: int) -> Cue | None:
    """A paragraph ending in a colon introduces the next paragraph's quote: "Erdogan wrote:"."""
    if para < 0:
        return None
    text = ctx.article.paragraphs[para]["text"].rstrip()
    if not text.endswith(":"):
        return None
    floor = ctx.sentence_span(para, len(text) - 1)[0]
    return cue_before(text, floor, len(text)) or cue_before(text, floor, len(text) - 1)


def _attribute(ctx: _Context, found: list[_Found]) -> None:
    """Give every quote its cue: its own, else the statement's (split and continued quotes), else a
    speaker named earlier in the paragraph, a colon lead-in or the quote paragraph before."""
    paras = ctx.article.paragraphs
    by_para: dict[int, list[_Found]] = {}
    for f in found:
        by_para.setdefault(f.q.para, []).append(f)
    for para, items in by_para.items():
        spans = tuple((f.q.open, f.q.close, f.q.start, f.q.end, f.q.closed) for f in items)
        own = _own_cues(paras[para]["text"], spans, tuple(ctx.sentence_starts(para)), ctx.gazetteer)
        for f, (partial, cue, medium) in zip(items, own):
            f.partial = partial
            if cue is not None:
                f.take(cue, para, cue.how, medium)
    # Split quotes: the quote before in the paragraph, or (a full quote) the one after.
    for items in by_para.values():
        for k, f in enumerate(items):
            if f.cue is None and k and items[k - 1].cue is not None:
                f.inherit(items[k - 1], "same statement")
        for k in range(len(items) - 2, -1, -1):
            if items[k].cue is None and not items[k].partial and items[k + 1].cue is not None:
                items[k].inherit(items[k + 1], "same statement")
    # A full quote whose speaker was named earlier in the paragraph: 'Roe agreed. "It is time."'
    for para, items in by_para.items():
        text = paras[para]["text"]
        for k, f in enumerate(items):
            if f.cue is None and not f.partial and text[:f.q.open].strip():
                cue = cue_in(text, 0, f.q.open, [(g.q.open, g.q.close) for g in items[:k]])
                if cue is not None:
                    f.take(cue, para, "earlier in paragraph", None)
                    _propagate(items, f)
    # A quote running on into the next paragraph, attributed there: '"One.' / '"Two," she said.'
    for f in reversed(found):
        nxt = by_para.get(f.q.para + 1, [])
        if f.cue is None and f.q.runs_on and nxt and nxt[0].q.continued and nxt[0].cue is not None:
            f.inherit(nxt[0], "continued")
    # Across paragraphs: a continued quote, a colon lead-in, or the previous paragraph's speaker.
    for f in found:
        para, q = f.q.para, f.q
        if f.cue is not None or f.partial or paras[para]["text"][:q.open].strip():
            continue
        if any(g.cue is not None and g.cue_para == para for g in by_para[para]):
            continue
        prev = [g for g in by_para.get(para - 1, ()) if g.cue is not None]
        if q.continued and prev:
            f.inherit(prev[-1], "continued")
            continue
        lead = _colon_lead_in(ctx, para - 1)
        if lead is not None:
            lead_text = paras[para - 1]["text"]
            f.take(lead, para - 1, "colon", medium_of(lead_text, ctx.gazetteer, lead.verb, max(0, lead.start - 200), lead.end + 200))
            _propagate(by_para[para], f)
        elif not _only_quotes(paras[para]["text"], by_para[para]):
            continue
        elif prev and len(paras[para - 1]["text"]) - prev[-1].q.close < 160:
            f.inherit(prev[-1], "previous paragraph")  # the speaker is still talking
            _propagate(by_para[para], f)
        elif para > 0 and not by_para.get(para - 1):
            cue = _reported_speech(ctx, para - 1)  # 'Kerry said 100,000 would come.' then a quote
            if cue is not None and cue.how == "subject" and re.search(r"\w", paras[para]["text"][by_para[para][-1].q.close + 1:]):
                cue = None  # words after the quote may name its speaker ('"..." reacted Roe.'): not the subject before
            if cue is not None:
                f.take(cue, para - 1, "previous paragraph", None)
                _propagate(by_para[para], f)


def _reported_speech(ctx: _Context, para: int) -> Cue | None:
    """The speaker of the last sentence of a paragraph without quotes, if it reports speech, else
    the person named or "he"/"she" that opens it (a quote paragraph after it is that one's)."""
    text = ctx.article.paragraphs[para]["text"]
    start = ctx.sentence_starts(para)[-1]
    cue = cue_before(text, start, len(text))
    if cue is not None and cue.verb:
        return cue
    # 'Roe is upbeat about the race.' then a quote alone: the one the sentence is about speaks on
    np = sentence_subject(text, start, len(text))
    if np is None or len(text[np[1]:].split()) < 2:
        return None  # "Pause.": no sentence about anyone
    if text[np[0]:np[1]].lower() in ("he", "she") or name_like(text, np) and any(
            e.actor.kind == "person" and np[0] <= e.at and e.end == np[1] for e in ctx.coref.entities(para)):
        return Cue(np[0], np[1], None, np[1], "subject")
    return None


def _only_quotes(text: str, items: list[_Found]) -> bool:
    """Whether a paragraph is all quotation (what lies outside its quotes is a few characters)."""
    outside = len(text) - sum(f.q.close - f.q.open + 1 for f in items)
    return outside < 20


def _propagate(items: list[_Found], f: _Found) -> None:
    """Full quotes after ``f`` in its paragraph with no cue of their own share its speaker."""
    for g in items:
        if g.q.open > f.q.open and g.cue is None and not g.partial:
            g.inherit(f, f.how)
