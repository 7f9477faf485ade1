"""Who is who in an article, for quotes: the article's coreference plus the speakers found so far.

:class:`_Context` holds the article's :class:`~helpers.extract.coref.Coref` (its entities,
sentences and resolution, shared with reactions and figures) and the speakers the quotes have
been given so far, in reading order: a pronoun prefers a speaker in the nearest sentence.

In: an Article, the Gazetteer and the article's :class:`~helpers.extract.attribution.Quotation`
list. Out: entities before a point, nearest sentence first (:meth:`_Context.before`), and the
actor a speaker phrase stands for (:meth:`_Context.speaker`).

>>> from helpers.read.article import parse_article
>>> from helpers.extract.actors import load_gazetteer
>>> art = parse_article("Head line\\n\\nJan Roe spoke. He left.\\n")
>>> ctx = _Context(art, load_gazetteer(), [])
>>> ctx.speaker("He", 0, 15).canonical
'Jan Roe'
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..actors import Actor, Gazetteer
from ..attribution.marks import Quotation
from ..coref import Entity, article_coref

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


class _Context:
    """An article's coreference and the speakers its quotes have been given so far."""

    def __init__(self, article: "Article", gazetteer: Gazetteer, quotes: list[Quotation]):
        self.article = article
        self.gazetteer = gazetteer
        self.quotes = quotes
        self.coref = article_coref(article, gazetteer)
        self.names = self.coref.names
        self._speakers: list[Entity] = []
        self.sentence_starts = self.coref.sentence_starts  # asked for every quote: no layer between

    def sentence_starts(self, para: int) -> tuple[int, ...]:
        """Offsets (in the paragraph) where its sentences start.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> _Context(parse_article("Head line\\n\\nOne. Two.\\n"), load_gazetteer(), []).sentence_starts(0)
        (0, 5)
        """
        return self.coref.sentence_starts(para)

    def sentence_span(self, para: int, at: int) -> tuple[int, int]:
        """(start, end) in the paragraph of the sentence holding ``at``.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> _Context(parse_article("Head line\\n\\nOne. Two.\\n"), load_gazetteer(), []).sentence_span(0, 6)
        (5, 9)
        """
        return self.coref.sentence_span(para, at)

    def add_speaker(self, para: int, at: int, actor: Actor) -> None:
        """Note a quote's resolved speaker, for the pronouns after it.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer, Actor
        >>> ctx = _Context(parse_article("Head line\\n\\nWe met. He left.\\n"), load_gazetteer(), [])
        >>> ctx.add_speaker(0, 0, Actor("Jan Roe", "person")); ctx.speaker("He", 0, 8).canonical
        'Jan Roe'
        """
        self._speakers.append(Entity(para, self.coref.sentence_of(para, at), at, actor, speaker=True))

    def before(self, para: int, at: int, paragraphs_back: int = 3) -> Iterator[list[Entity]]:
        """Entities and speakers before a point, grouped by sentence, nearest sentence first.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> ctx = _Context(parse_article("Head line\\n\\nJan Roe spoke. He left.\\n"), load_gazetteer(), [])
        >>> [[e.actor.canonical for e in g] for g in ctx.before(0, 15)]
        [['Jan Roe']]
        """
        return self.coref.before(para, at, paragraphs_back, self._speakers)

    def speaker(self, written: str, para: int, at: int) -> Actor | None:
        """The actor a speaker phrase written at ``at`` in paragraph ``para`` stands for.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> _Context(parse_article("Head line\\n\\nJan Roe spoke. Roe left.\\n"), load_gazetteer(), []).speaker("Roe", 0, 15).canonical
        'Jan Roe'
        """
        return self.coref.resolve_in(written, para, at, self._speakers)
