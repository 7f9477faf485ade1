"""The actor a quote's speaker phrase stands for, through the article's coreference.

A pronoun ("he wrote") is the nearest fitting actor named before it, a speaker first; a
document ("the report said") speaks for the body that issued it; a description ("the ministry",
"the judge") is the body or person it describes; a family name or an honorific and a name is the
person named in full before. Anything else goes to the gazetteer, which keeps unknown names as
written (see :mod:`helpers.extract.coref`).

In: the article's :class:`~.entities._Context`, a :class:`~helpers.extract.attribution.Cue`
and its paragraph. Out: an :class:`~helpers.extract.actors.Actor`, or None ("we", "I", a
pronoun with nobody before it).
"""
from __future__ import annotations

from ..actors import Actor
from ..attribution import Cue
from .entities import _Context


def _speaker_of(ctx: _Context, cue: Cue, para: int) -> Actor | None:
    """The actor a cue's speaker text stands for (None for "we", "I", or an unresolved pronoun).

    >>> from helpers.read.article import parse_article
    >>> from helpers.extract.actors import load_gazetteer
    >>> art = parse_article("Head line\\n\\nVeridian Inc cut jobs. The company said sales fell.\\n")
    >>> _speaker_of(_Context(art, load_gazetteer(), []), Cue(23, 34, "said", 35, "before"), 0).canonical
    'Veridian Inc'
    """
    written = ctx.article.paragraphs[para]["text"][cue.start:cue.end]
    return ctx.speaker(written, para, cue.start)
