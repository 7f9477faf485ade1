"""The actor a quote's speaker phrase stands for: pronouns, documents and descriptions resolved.

A pronoun ("he wrote") is the nearest fitting actor named before it, a speaker first; a
document ("the report said") speaks for the body that issued it; a body described by its kind
("the ministry") is the last one named with that word; a family name alone is the person named
in full before. Anything else goes to the gazetteer, which keeps unknown names as written.

In: the article's :class:`~.entities._Context`, a :class:`~helpers.extract.attribution.Cue`
and its paragraph. Out: an :class:`~helpers.extract.actors.Actor`, or None ("we", "I", a
pronoun with nobody before it).
"""
from __future__ import annotations

from ..actors import Actor, head_kind
from ..attribution import DETERMINERS, Cue, pronouns
from .entities import _POSSESSIVE_RE, _Context, _described, _is_named


def _fits(actor: Actor, refers: str, gender: str) -> bool:
    if refers == "person":
        return actor.kind == "person" and (not gender or not actor.gender or actor.gender == gender)
    return actor.kind in ("organization", "country", "media")


def _resolve_pronoun(ctx: _Context, pronoun: str, para: int, at: int) -> Actor | None:
    """The nearest fitting actor named before a pronoun: in the nearest sentence that has one, a
    speaker first, else the first fitting actor (usually the sentence's subject)."""
    refers, gender = pronouns().get(pronoun.lower(), ("none", ""))
    if refers == "none":
        return None
    for group in ctx.before(para, at):
        fitting = [e for e in group if _fits(e.actor, refers, gender)]
        if fitting:
            speakers = [e for e in fitting if e.speaker]
            return (speakers[-1] if speakers else fitting[0]).actor
    return None


def _resolve_description(ctx: _Context, description: str, para: int, at: int) -> Actor | None:
    """The actor a document or a body described by its kind stands for: "the report" → the last
    named body or person before it (a source first); "the ministry" → the last body with
    "Ministry" in its name."""
    if head_kind(description) == "document":
        for group in ctx.before(para, at, paragraphs_back=2):
            named = [e for e in group if e.actor.kind in ("organization", "media", "country", "person") and _is_named(e.actor)]
            if named:
                return min(named, key=lambda e: (not e.speaker, e.actor.kind not in ("organization", "media"))).actor
        return None
    for group in ctx.before(para, at, paragraphs_back=4):
        found = _described(description, group[::-1])
        if found is not None:
            return found
    return None


def _speaker_of(ctx: _Context, cue: Cue, para: int) -> Actor | None:
    """The actor a cue's speaker text stands for (None for "we", "I", or an unresolved pronoun)."""
    written = ctx.article.paragraphs[para]["text"][cue.start:cue.end]
    bare = _POSSESSIVE_RE.sub("", written)
    if bare.lower() in pronouns():
        return _resolve_pronoun(ctx, bare, para, cue.start)
    kind = head_kind(bare)
    words = bare.split()
    if kind == "document":
        issuer = [a for _, _, a in ctx.gazetteer.find(bare, ctx.names) if a.kind in ("organization", "media", "country", "person")]
        if issuer:
            return issuer[0]  # "the Associated Press report", "a CNN poll"
    if kind in ("document", "organization") and words[0].lower() in DETERMINERS and not any(w[:1].isupper() for w in words[1:]):
        found = _resolve_description(ctx, bare, para, cue.start)
        if found is not None:
            return found
    return ctx.refers_back(bare, para, cue.start) or ctx.gazetteer.describe(bare, ctx.names)
