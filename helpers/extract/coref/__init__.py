"""Coreference: one pass over an article's mentions, shared by quotes, reactions and figures.

Ask it who a phrase written at a point of the article stands for::

    co = article_coref(article, gazetteer)      # made once per article (and gazetteer)
    co.resolve("the company", start)            # start: offset of the phrase in the raw text
    co.resolve("she", start)                    # → an Actor, or None

It reads the article's entities (names the gazetteer knows, titled and described names it does
not, the subjects of reporting verbs and of sentences, outside quotations), what the text says
of each person (titles before the name, appositives, ages, nationalities) and whether a mention
stands for several, then resolves:

- pronouns: "she" → the nearest woman (or person of unknown gender) named before, a speaker
  first; "they" → several people, a group or a body, not a single country; "it" → a body or country;
- titles and descriptions: "the Labour leader", "the judge", "the 67-year-old" → the person the
  text gave that title or age; "the company", "the union", "the regulator" → the body;
- short names: "Roe", "Mr Roe", "Sir Jan", "Dr Eva" → the person named in full before;
- names: the gazetteer's actor, or one read from the words (post-nominals such as "MD" aside).

With ``fallback=False`` a phrase with nothing to stand for gives None instead of an actor read
from its own words (reactions leave such an actor empty).

In: an Article and the Gazetteer. Out: :class:`~helpers.extract.actors.Actor` (or None).

Modules, each importing only those before it: ``roles`` (what the text says a person is;
what a description asks) and ``names`` (people and bodies the gazetteer lacks; whether a mention
stands for several) → ``entities`` (who each paragraph names) → ``resolve`` (:class:`Coref`).

>>> from helpers.read.article import parse_article
>>> from helpers.extract.actors import load_gazetteer
>>> art = parse_article("Head line\\n\\nLabour leader Sir Jan Roe spoke.\\n\\nSir Jan said the Labour leader would win.\\n")
>>> co = article_coref(art, load_gazetteer())
>>> p = art.paragraphs[1]["start"]
>>> co.resolve("Sir Jan", p).canonical, co.resolve("the Labour leader", p + 13).canonical
('Jan Roe', 'Jan Roe')
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors import Gazetteer, load_gazetteer
from .entities import Entities, Entity
from .resolve import Coref
from .roles import Description, Roles, description, fits, is_title, roles_near

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


def article_coref(article: "Article", gazetteer: Gazetteer | None = None) -> Coref:
    """The :class:`Coref` of an article, made once per article and gazetteer (quotes, reactions
    and figures share it).

    >>> from helpers.read.article import parse_article
    >>> art = parse_article("Head line\\n\\nJan Roe spoke.\\n")
    >>> article_coref(art) is article_coref(art)
    True
    """
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer()
    return article.memo("coref", gaz, lambda: Coref(article, gaz))


__all__ = ["Coref", "Description", "Entities", "Entity", "Roles", "article_coref", "description", "fits", "is_title",
           "roles_near"]
