"""The quotes table: one record per quotation of an article's body, with its speaker.

In: an Article (and a Gazetteer). Out: records with article_id, quote_id, text, speaker,
speaker_text, verb, partial, medium, para_no, start, end, speaker_kind, speaker_country,
attribution, speaker_start, speaker_end (``raw[start:end] == text``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..actors import Actor, Gazetteer, load_gazetteer
from ..attribution import ends_with
from .attribute import TITLE_CONTEXT_RE, _attribute, _Found, _is_title
from .entities import _Context
from ..attribution.marks import quotations
from .speakers import _speaker_of

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


def extract(article: "Article", gazetteer: Gazetteer | None = None) -> list[dict]:
    """Quote records of one article: every direct quotation in the body with its speaker.

    Columns: article_id, quote_id, text (without the marks), speaker (canonical), speaker_text
    (as written), verb, partial, medium, para_no, start, end, plus speaker_kind, speaker_country,
    attribution (how the speaker was found) and speaker_start/speaker_end (where it is written).

    >>> from helpers.read.article import parse_article
    >>> art = parse_article('Head line here\\n\\nJan Roe said the plan was "a disaster."\\n\\n"It will fail," she wrote.\\n', "a1")
    >>> [(q["text"], q["speaker"], q["speaker_text"], q["partial"]) for q in extract(art)]
    [('a disaster.', 'Jan Roe', 'Jan Roe', True), ('It will fail,', 'Jan Roe', 'she', False)]
    """
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer()
    paras = article.paragraphs
    qs = article.memo("quotations", None, lambda: quotations(paras))  # the coreference reads them too
    if not qs:
        return []
    ctx = _Context(article, gaz, qs)
    found = [_Found(q) for q in qs]
    _attribute(ctx, found)
    # Resolve speakers in reading order, so pronouns see the speakers named before them.
    resolved: dict[tuple[int, int], tuple[Actor | None, str, tuple[int, int]]] = {}
    for f in sorted((f for f in found if f.cue is not None), key=lambda f: (f.cue_para, f.cue.start)):
        key = (f.cue_para, f.cue.start)
        if key not in resolved:
            text = paras[f.cue_para]["text"]
            actor = _speaker_of(ctx, f.cue, f.cue_para)
            base = paras[f.cue_para]["start"]
            resolved[key] = (actor, text[f.cue.start:f.cue.end], (base + f.cue.start, base + f.cue.end))
            if actor is not None:
                ctx.add_speaker(f.cue_para, f.cue.start, actor)
        f.speaker, f.speaker_text, f.speaker_at = resolved[key]
    out = []
    for f in found:
        q = f.q
        ptext = paras[q.para]["text"]
        text = ptext[q.start:q.end]
        base = paras[q.para]["start"]
        if f.partial and _is_title(text) and ends_with(TITLE_CONTEXT_RE, ptext, 0, q.open):
            f = _Found(q, partial=True)  # the title of a work: nobody said it
        sp = f.speaker
        out.append({
            "article_id": article.article_id, "quote_id": f"{article.article_id}:q{len(out) + 1}", "text": text,
            "speaker": sp.canonical if sp is not None else None, "speaker_text": f.speaker_text,
            "verb": f.verb, "partial": f.partial, "medium": f.medium, "para_no": paras[q.para]["para_no"],
            "start": base + q.start, "end": base + q.end,
            "speaker_kind": sp.kind if sp is not None else None,
            "speaker_country": (sp.country or None) if sp is not None else None,
            "attribution": f.how or None,
            "speaker_start": f.speaker_at[0] if f.speaker_at else None,
            "speaker_end": f.speaker_at[1] if f.speaker_at else None,
        })
    return out


def quotes_by_speaker(quotes: Iterable[dict]) -> dict[str, list[str]]:
    """Quote texts grouped by speaker, in order (a small helper for reports and tests).

    >>> quotes_by_speaker([{"speaker": "A", "text": "x"}, {"speaker": None, "text": "y"}, {"speaker": "A", "text": "z"}])
    {'A': ['x', 'z'], '': ['y']}
    """
    out: dict[str, list[str]] = {}
    for q in quotes:
        out.setdefault(q["speaker"] or "", []).append(q["text"])
    return out
