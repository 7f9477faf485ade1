"""The figure records of an article: every body sentence's figures, with time frame and claimant.

In: an :class:`~helpers.read.article.Article` (and the gazetteer). Out: one dict per figure, in
reading order, with the columns of the figures table (:data:`helpers.schema.COLUMNS`) and its
``start``/``end`` in the article's raw text.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from .claimants import _claimant, _Sentences, quoted_claims
from .clauses import _clause_bounds, _clause_of, _inner_ends, _subordinate_starts
from .numbers import _anchors
from .reporting import Attribution
from .sentence import _Figure, _figures, _values
from .timeframes import Timeframe, timeframes_in

if TYPE_CHECKING:  # pragma: no cover

    from ...read.article import Article


def _published(article: "Article") -> date | None:
    p = (article.meta or {}).get("published")
    if isinstance(p, datetime):
        return p.date()
    if isinstance(p, date):
        return p
    return None


def extract(article: "Article", gazetteer=None) -> list[dict]:
    """Figure records of one article, in reading order, numbered ``<article_id>:f<n>``.

    >>> from helpers.read.article import parse_article
    >>> a = parse_article("LIMA (AP) — Peru said on Tuesday that about 2,500 miners stopped work this month.\\n")
    >>> [(f["figure_id"], f["text"], f["qualifier"], f["timeframe"], f["claimant"]) for f in extract(a)]
    [(':f1', 'about 2,500 miners', 'approx', 'this month', 'Peru')]
    """
    published = _published(article)
    ctx = _Sentences(article.sentences, article, gazetteer)
    quoted: list[tuple[int, int, str, str | None]] | None = None  # read when a figure is first found
    counted: tuple[int | None, str | None, str | None] = (None, None, None)  # the paragraph's last counted noun
    out: list[dict] = []
    for k, sent in enumerate(ctx.sentences):
        text = sent["text"]
        anchors = _anchors(text)
        if not anchors:
            continue
        frames = timeframes_in(text, published)
        figs = _figures(text, [(t.start, t.end) for t in frames], anchors)
        if not figs:
            continue
        atts = ctx.attributions(k)
        inner = _inner_ends(text)
        cuts = _clause_bounds(text, inner)
        named: dict[int, tuple[str | None, str | None]] = {}  # the claimant of each attribution, once per sentence
        subordinate: list[int] | None = None
        claim_times = _claim_times(text, atts, frames)
        prev: _Figure | None = None
        last_counted = counted
        for f in figs:
            noun, category = _elided_noun(f, prev)
            if noun is None and counted[0] == sent["para_no"]:  # "... about 2,300 people. More than 85 were out"
                noun, category = counted[1], counted[2]
            elif noun is not None and category not in MEASURES:
                last_counted = (sent["para_no"], noun, category)
            if not (text[f.start - 1:f.start] == "(" and text[f.end:f.end + 1] == ")"):
                # "14,305 votes (41.2%) to 11,459": a figure in brackets is an aside; an elided noun carries on
                # down a list ("42 votes for A, 18 for B and 16 for C")
                prev = replace(f, noun=noun, category=category) if f.noun is None and noun else f
            frame = _pick_timeframe(frames, claim_times, cuts, f)
            s, e = sent["start"] + f.start, sent["start"] + f.end
            if quoted is None:
                quoted = quoted_claims(article, gazetteer)
            speaker = next(((who, as_written) for qs, qe, who, as_written in quoted if qs <= s and e <= qe), None)
            if speaker is None and subordinate is None:
                subordinate = _subordinate_starts(text)
            claim, claim_text = speaker or _claimant(ctx, k, atts, f, gazetteer, inner, named, (cuts, subordinate))
            out.append({
                "article_id": article.article_id, "figure_id": f"{article.article_id}:f{len(out) + 1}",
                "text": article.raw[s:e], **_values(f), "qualifier": f.qualifier,
                "noun": noun, "category": category, "timeframe": frame.text if frame else None,
                "period_start": frame.period_start if frame else None, "period_end": frame.period_end if frame else None,
                "claimant": claim, "claimant_text": claim_text, "sentence": text, "para_no": sent["para_no"],
                "start": s, "end": e, "sent_no": sent["sent_no"]})
        counted = last_counted
    return out


def _elided_noun(f: _Figure, prev: _Figure | None) -> tuple[str | None, str | None]:
    """A bare number takes the noun of the figure just before it in the sentence (ellipsis), else
    (in :func:`extract`) the last thing counted earlier in its paragraph.

    For example: "2,000 workers were hired, with about 5,000 expected" → 5,000 workers; "The staff,
    about 2,300 people, fell ill. More than 85 were out" → 85 people.
    """
    if f.noun is None and prev is not None and prev.noun and 0 <= f.start - prev.end <= ELLIPSIS_REACH \
            and not (prev.category == "share" and f.value > 100):  # "61 percent of delegates to reach 1,237": no share
        return prev.noun, prev.category
    return f.noun, f.category


#: Categories of units and amounts, which a bare number in a later sentence does not take as its noun.
MEASURES = frozenset(("money", "share", "duration", "measure", "area", None))
#: How far (characters) back a bare number looks for the noun it leaves out.
ELLIPSIS_REACH = 80
_COMMA_RE = re.compile(r"\s*,\s*")


def _claim_times(text: str, atts: list[Attribution], frames: list[Timeframe]) -> set[int]:
    """Indexes of the time frames that date a statement, not a figure: "said last week",
    "Last week, Peru confirmed"."""
    out = set()
    for i, t in enumerate(frames):
        for a in atts:
            if 0 <= t.start - a.verb_end <= 2:
                out.add(i)
            if _COMMA_RE.fullmatch(text, t.end, a.start) and not text[:t.start].strip():
                out.add(i)
    return out


def _pick_timeframe(frames: list[Timeframe], claim_times: set[int], cuts: list[int], f: _Figure) -> Timeframe | None:
    """The time frame of a figure: the nearest one in its clause that does not date a statement."""
    clause = _clause_of(f.start, cuts)
    best, best_d = None, None
    for i, t in enumerate(frames):
        if i in claim_times or _clause_of(t.start, cuts) != clause:
            continue
        d = t.start - f.end if t.start >= f.end else f.start - t.end
        if best_d is None or d < best_d:
            best, best_d = t, d
    return best
