"""The timeline records of an article: every date its body and captions write, resolved.

In: an :class:`~helpers.read.article.Article` (or one sentence and a publication date, for
:func:`find_dates`). Out: one dict per date expression, in text order, with the columns of the
timeline table (:data:`helpers.schema.COLUMNS`) and its ``start``/``end`` in the raw text.
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .expressions import _relation, find_expressions
from .resolution import _resolve
from .tense import _Cues, _tense_of, is_speech_anchor

if TYPE_CHECKING:  # pragma: no cover

    from ...read.article import Article


def find_dates(text: str, published: date | None, offset: int = 0) -> list[dict]:
    """Resolved date expressions of one sentence, with ``start``/``end`` offset by ``offset``.

    A future day or month in reported speech counts from the date of the statement:

    >>> [(r["expression"], str(r["date"])) for r in find_dates(
    ...     "She said last week the ferries will sail as early as Saturday and Sunday.", date(2025, 11, 17))]
    [('last week', '2025-11-10'), ('as early as Saturday', '2025-11-15'), ('Sunday', '2025-11-16')]
    """
    return [{**rec, "expression": m.group(0), "start": m.start() + offset, "end": m.end() + offset}
            for m, rec in _resolved_expressions(text, published)]


def _resolved_expressions(text: str, published: date | None) -> list[tuple[re.Match, dict]]:
    """(match, what :func:`_resolve` says) of each date expression of a sentence, in order."""
    found = find_expressions(text)
    if not found:
        return []
    resolved: list[tuple[re.Match, dict]] = []
    # The tense is read only for the expressions whose resolution depends on it.
    needs = [published is not None and _needs_tense(kind, m) for kind, m in found]
    cues = _Cues(text) if any(needs) else None
    for (kind, m), need in zip(found, needs):
        relation = _relation(m)
        tense = _tense_of(text, m.start(), m.end(), relation, cues) if need else ""
        anchor = None
        if published and kind in ("weekday", "day", "month") and tense == "future":
            anchor = _anchor_for(resolved, text, published)
        resolved.append((m, _resolve(kind, m, text, published, anchor, relation, tense)))
    return resolved


def _needs_tense(kind: str, m: re.Match) -> bool:
    """Whether the resolution of an expression (given a publication date) reads its tense: a day
    name (not "this Friday", "next Friday"), and a day or a month without a year (nor "last"/"next").

    >>> from helpers.extract.dates.patterns import MONTH_RE, WEEKDAY_RE
    >>> _needs_tense("weekday", WEEKDAY_RE.search("next Friday")), _needs_tense("month", MONTH_RE.search("in May"))
    (False, True)
    """
    if kind == "weekday":
        return (m.group("mod") or "").lower() not in ("this", "next", "coming")
    if kind == "day":
        return not m.group("year")
    if kind == "month":
        return not (m.group("year") or m.group("yrel") or m.group("mod"))
    return False


def _anchor_for(earlier: list[tuple[re.Match, dict]], text: str, published: date) -> date | None:
    """The start of the closest earlier date in the sentence that dates a statement, if before publication."""
    for other, rec in reversed(earlier):
        if rec["date"] and rec["date"] <= published and is_speech_anchor(text, other.start(), other.end()):
            return rec["date"]
    return None


def _segments(article: "Article") -> list[tuple[str, int | None, str, int]]:
    """(source, para_no, sentence text, start) for body sentences, then caption sentences; a
    caption repeated word for word (wire pages show a photo caption twice) is left out, as
    :func:`extract` keeps each caption sentence once."""
    from ...read.text import split_sentences

    segs = [("body", s["para_no"], s["text"], s["start"]) for s in article.sentences]
    captions = set()
    for b in article.blocks:
        if b.kind == "caption" and b.text not in captions:
            captions.add(b.text)
            segs += [("caption", None, t, s) for s, _, t in split_sentences(b.text, b.start)]
    return segs


def extract(article: "Article", gazetteer=None) -> list[dict]:
    """Timeline records of one article, in text order: every date expression in its body and
    captions, resolved against ``article.meta["published"]``. A caption sentence repeated (wire
    pages show a photo caption twice) gives its dates once; caption rows have ``para_no`` None.

    >>> from helpers.read.article import parse_article
    >>> a = parse_article("NAIROBI, Nov. 17, 2025 (Reuters) -- Talks began on Thursday. A deal is due by December.\\n", "a1")
    >>> [(r["expression"], str(r["date"]), r["precision"]) for r in extract(a)]
    [('on Thursday', '2025-11-13', 'day'), ('by December', '2025-12-01', 'month')]
    """
    published = article.meta.get("published")
    out, seen_captions = [], set()
    for source, para_no, sent, sent_start in _segments(article):
        if source == "caption":
            if sent in seen_captions:
                continue
            seen_captions.add(sent)
        for m, rec in _resolved_expressions(sent, published):
            out.append({"article_id": article.article_id, "date": rec["date"], "date_end": rec["date_end"],
                        "precision": rec["precision"], "expression": m.group(0), "event": sent,
                        "resolved": rec["resolved"], "para_no": para_no, "start": m.start() + sent_start,
                        "end": m.end() + sent_start, "relation": rec["relation"], "rule": rec["rule"], "source": source,
                        "event_start": sent_start})
    return sorted(out, key=lambda r: r["start"])
