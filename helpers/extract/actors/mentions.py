"""The mentions table: every actor an article's body names, one record per mention.

In: an Article (and a Gazetteer). Out: records with article_id, text, canonical, kind,
country, in_gazetteer, para_no, start, end (``raw[start:end] == text``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import article_context, find_actors
from .gazetteer import Gazetteer, load_gazetteer
from .keys import Actor

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


def mentions(article: "Article", gazetteer: Gazetteer | None = None) -> list[dict]:
    """Mention records of an article's body: known actors merged under their canonical name, and
    unknown people as written (``in_gazetteer`` False).

    >>> from helpers.read.article import parse_article
    >>> art = parse_article("Head line here\\n\\nErdoğan's aide met Deputy Minister Jan Novak. Novak said no.\\n", "a1")
    >>> [(m["text"], m["canonical"], m["in_gazetteer"]) for m in mentions(art)]
    [('Erdoğan', 'Recep Tayyip Erdogan', True), ('Jan Novak', 'Jan Novak', False), ('Novak', 'Jan Novak', False)]
    """
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer()
    context = article_context(article, gaz)
    people: dict[str, Actor] = {}
    out = []
    article_id = article.article_id
    for p in article.paragraphs:
        text, base, para_no = p["text"], p["start"], p["para_no"]
        out += [{"article_id": article_id, "text": text[s:e], "canonical": actor.canonical, "kind": actor.kind,
                 "country": actor.country or None, "in_gazetteer": actor.known, "para_no": para_no,
                 "start": base + s, "end": base + e}
                for s, e, actor in find_actors(text, gaz, context, people)]
    return out
