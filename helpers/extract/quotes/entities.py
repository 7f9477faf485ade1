"""Who is who in an article, for quotes: the actors each paragraph names outside its quotes.

:class:`_Context` holds, paragraph by paragraph, the known and titled names (from
:func:`~helpers.extract.actors.find_actors`), the subjects of reporting verbs (as speakers) and
the subjects that open sentences, each with its sentence; a description ("the agency") stands
for the named body before it, and a family name alone for the person named in full. Each
paragraph is worked out only when a pronoun, a document or a bare family name needs it.

In: an Article, the Gazetteer and the article's :class:`~.marks.Quotation` list. Out: entities
before a point, nearest sentence first (:meth:`_Context.before`), for speaker resolution.

>>> t = "Jan Roe said the plan failed. The ministry agreed."
>>> [t[s:e] for s, e, _ in _subjects(t, (), (0, 30))]
['Jan Roe', 'Jan Roe', 'The ministry', 'The ministry']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from ...read.text import split_sentences
from ..actors import Actor, ArticleContext, Gazetteer, article_context, find_actors, head_kind, reference_keys
from ..attribution import is_pronoun, sentence_subject, subjects_in
from .marks import Quotation

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


@dataclass
class _Entity:
    para: int
    sent: int
    at: int  # offset in the paragraph
    actor: Actor
    speaker: bool = False


#: A written name's trailing possessive: "Erdoğan's" → "Erdoğan".
_POSSESSIVE_RE = re.compile(r"['\u2019]s?$")


@dataclass
class _Context:
    """What an article names, paragraph by paragraph, worked out only where a pronoun, a document
    or a bare family name needs it."""

    article: "Article"
    gazetteer: Gazetteer
    quotes: list[Quotation]
    names: ArticleContext = field(init=False)
    _entities: dict[int, list[_Entity]] = field(default_factory=dict)
    _speakers: list[_Entity] = field(default_factory=list)
    _sentences: dict[int, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.names = article_context(self.article, self.gazetteer)

    def sentence_starts(self, para: int) -> list[int]:
        """Offsets (in the paragraph) where its sentences start (the article's sentences if they are
        already split, else this paragraph's alone)."""
        starts = self._sentences.get(para)
        if starts is not None:
            return starts
        if para not in self._sentences:
            if "sentences" in self.article.__dict__:  # split already: index them all at once
                base = {p["para_no"]: (n, p["start"]) for n, p in enumerate(self.article.paragraphs)}
                for sent in self.article.sentences:
                    n, start = base[sent["para_no"]]
                    self._sentences.setdefault(n, []).append(sent["start"] - start)
            else:
                self._sentences[para] = [s for s, _, _ in split_sentences(self.article.paragraphs[para]["text"])]
            self._sentences.setdefault(para, [0])
            if not self._sentences[para]:
                self._sentences[para] = [0]
        return self._sentences[para]

    def sentence_of(self, para: int, at: int) -> int:
        return max(0, bisect_right(self.sentence_starts(para), at) - 1)

    def sentence_span(self, para: int, at: int) -> tuple[int, int]:
        starts = self.sentence_starts(para)
        k = self.sentence_of(para, at)
        end = starts[k + 1] if k + 1 < len(starts) else len(self.article.paragraphs[para]["text"])
        return starts[k], end

    def entities(self, para: int) -> list[_Entity]:
        """Actors named outside quotes in one paragraph, in order: known and titled names, the
        subjects of reporting verbs (as speakers) and the subjects that open sentences."""
        if para not in self._entities:
            self._entities[para] = []  # while it is being built, a name here cannot refer back into it
            text = self.article.paragraphs[para]["text"]
            quoted = sorted((q.open, q.close) for q in self.quotes if q.para == para)
            found = [(s, e, a, False) for s, e, a in find_actors(text, self.gazetteer, self.names)
                     if not any(x <= s < y for x, y in quoted)]
            named = [_Entity(para, 0, s, a) for s, _, a, _ in found]
            for s, e, speaker in self._subjects(para, text, quoted):
                inner = [k for k, item in enumerate(found) if item[0] < e and s < item[1]]
                if not inner:
                    found.append((s, e, self._actor(text[s:e], para, s, named), speaker))
                elif speaker:  # the subject holds a known name: that name speaks
                    found[inner[-1]] = (*found[inner[-1]][:3], True)
            found.sort(key=lambda x: x[0])
            ents = [_Entity(para, self.sentence_of(para, s), s, a, sp) for s, _, a, sp in found]
            for k, ent in enumerate(ents):
                if _is_description(ent.actor):  # "the agency added": the agency named before it
                    named = _described(ent.actor.canonical, ents[:k][::-1])
                    for n in range(para - 1, max(-1, para - 4), -1):  # earlier paragraphs only as needed
                        if named is not None:
                            break
                        named = _described(ent.actor.canonical, self.entities(n)[::-1])
                    if named is not None:
                        ent.actor = named
            self._entities[para] = ents
        return self._entities[para]

    def _subjects(self, para: int, text: str, quoted: list[tuple[int, int]]) -> tuple[tuple[int, int, bool], ...]:
        """(start, end, is_speaker): subjects of reporting verbs and of sentences, outside quotes."""
        return _subjects(text, tuple(quoted), tuple(self.sentence_starts(para)))

    def _actor(self, written: str, para: int, at: int, current: list[_Entity]) -> Actor:
        bare = _POSSESSIVE_RE.sub("", written.strip())
        return self.refers_back(bare, para, at, current) or self.gazetteer.describe(bare, self.names)

    def add_speaker(self, para: int, at: int, actor: Actor) -> None:
        self._speakers.append(_Entity(para, self.sentence_of(para, at), at, actor, speaker=True))

    def before(self, para: int, at: int, paragraphs_back: int = 3) -> Iterator[list[_Entity]]:
        """Entities before a point, grouped by sentence, nearest sentence first (a paragraph's
        entities are worked out only when the search reaches it)."""
        for n in range(para, max(-1, para - paragraphs_back - 1), -1):
            groups: dict[int, list[_Entity]] = {}
            for ent in self.entities(n) + [e for e in self._speakers if e.para == n]:
                if n < para or ent.at < at:
                    groups.setdefault(ent.sent, []).append(ent)
            for k in sorted(groups, reverse=True):
                yield sorted(groups[k], key=lambda e: (e.at, not e.speaker))

    def refers_back(self, name: str, para: int, at: int, current: list[_Entity] | None = None) -> Actor | None:
        """A family name alone ("Kim said") is the last person named in full with it (``current``:
        the names of this paragraph when its entities are being built)."""
        if " " in name.strip() or not name[:1].isupper() or self.gazetteer.lookup(name) is not None:
            return None
        for n in range(para, -1, -1):
            here = self.entities(n) if n < para else (current if current is not None else self.entities(n))
            for e in reversed(here):
                if (n < para or e.at < at) and name in reference_keys(e.actor):
                    return e.actor
        return None


@lru_cache(maxsize=8192)
def _subjects(text: str, quoted: tuple[tuple[int, int], ...],
              starts: tuple[int, ...]) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, is_speaker) of the subjects of reporting verbs and of sentences outside the
    ``quoted`` spans of a paragraph whose sentences start at ``starts``. Cached on the text: wire
    copy repeats paragraphs from story to story.

    >>> t = "Jan Roe said the plan failed. The ministry agreed."
    >>> [t[s:e] for s, e, _ in _subjects(t, (), (0, 30))]
    ['Jan Roe', 'Jan Roe', 'The ministry', 'The ministry']
    """
    out = []
    for k, s0 in enumerate(starts):
        e0 = starts[k + 1] if k + 1 < len(starts) else len(text)
        pieces, at = [], s0
        for a, b in quoted:
            if s0 <= a < e0:
                pieces.append((at, a))
                at = b + 1
        pieces.append((at, e0))
        for a, b in pieces:
            out += [(s, e, True) for s, e in subjects_in(text, a, b)]
        np = sentence_subject(text, s0, pieces[0][1])
        if np and not is_pronoun(text, np) and head_kind(text[np[0]:np[1]]) not in ("group", "document"):
            out.append((np[0], np[1], False))
    return tuple(out)


def _is_named(actor: Actor) -> bool:
    """A known actor or one with a name (not a description such as "agency")."""
    return actor.known or actor.canonical[:1].isupper()


def _is_description(actor: Actor) -> bool:
    return not _is_named(actor) and head_kind(actor.canonical) in ("organization", "document")


def _described(description: str, earlier: list[_Entity]) -> Actor | None:
    """The named body an organisation word stands for ("the agency", "the ministry"): the nearest
    earlier one with that word in a name ("South Korea's spy agency"), nearest first."""
    head = description.split()[-1].lower()
    for e in earlier:
        if e.actor.kind in ("organization", "media") and _is_named(e.actor) and \
                any(head in n.lower() for n in (e.actor.canonical, *e.actor.aliases)):
            return e.actor
    return None
