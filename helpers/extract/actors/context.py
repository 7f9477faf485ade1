"""One article's names: which actors it names outright, and every actor of each paragraph.

:class:`ArticleContext` licenses context aliases ("the bloc" is the European Union only in a
story that names the European Union another way) and holds each paragraph's spans, worked out once and
shared by the quotes, mentions and reactions of the article (:func:`article_context`).
:func:`find_actors` gives a paragraph's actors in order: gazetteer names, unknown titled names
and family names of people named in full before.

In: an Article and a Gazetteer. Out: ``(start, end, Actor)`` spans, per paragraph.

>>> from helpers.read.article import parse_article
>>> from helpers.extract.actors import load_gazetteer
>>> ctx = article_context(parse_article("Head line here\\n\\nEU ministers met.\\n"), load_gazetteer())
>>> [a.canonical for _, _, a in ctx.spans("The bloc agreed.")]
['European Union']
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress, count
from typing import TYPE_CHECKING, Container, Iterable

from .gazetteer import Gazetteer
from .keys import Actor, token_columns
from .names import reference_keys, unknown_names

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


class ArticleContext:
    """The actors an article names outright, asked lazily: it licenses context aliases ("the bloc"
    counts as the European Union only in a story that names the European Union another way).

    >>> from helpers.read.article import parse_article
    >>> from helpers.extract.actors import load_gazetteer
    >>> ctx = ArticleContext(parse_article("Head line here\\n\\nEU ministers met.\\n"), load_gazetteer())
    >>> "European Union" in ctx, "NATO" in ctx
    (True, False)
    """

    def __init__(self, article: "Article", gazetteer: Gazetteer):
        self.body = "\n".join(p["text"] for p in article.paragraphs)
        self.gazetteer = gazetteer
        self._known: dict[str, bool] = {}
        self._spans: dict[str, _Spans] = {}

    def spans(self, text: str) -> tuple[tuple[int, int, Actor], ...]:
        """The actors of one of the article's paragraphs (see :func:`find_actors`), worked out once.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> ctx = ArticleContext(parse_article("Head line here\\n\\nEU ministers met.\\n"), load_gazetteer())
        >>> [a.canonical for _, _, a in ctx.spans("The bloc agreed.")]
        ['European Union']
        """
        return self._found(text)[0]

    def _found(self, text: str) -> _Spans:
        found = self._spans.get(text)
        if found is None:
            found = self._spans[text] = _spans(text, self.gazetteer, self)
        return found

    def __contains__(self, canonical: object) -> bool:
        if not isinstance(canonical, str):
            return False
        if canonical not in self._known:
            self._known[canonical] = bool(self.gazetteer.names_re(canonical).search(self.body))
        return self._known[canonical]


def article_context(article: "Article", gazetteer: Gazetteer) -> ArticleContext:
    """The :class:`ArticleContext` of an article, made once per article and gazetteer so that the
    quotes, mentions and reactions of one article share its names and paragraph spans.

    >>> from helpers.read.article import parse_article
    >>> art = parse_article("Head line here\\n\\nEU ministers met.\\n")
    >>> from helpers.extract.actors import load_gazetteer
    >>> article_context(art, load_gazetteer()) is article_context(art, load_gazetteer())
    True
    """
    return article.memo("actors.context", gazetteer, lambda: ArticleContext(article, gazetteer))


def _merge(spans: list[tuple[int, int, Actor]],
           unknown: Iterable[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
    """Gazetteer spans and unknown names, in order; a known name wins an overlap."""
    for name in unknown:
        s, e, _ = name
        if not any(a < e and s < b for a, b, _ in spans):
            spans.append(name)
    spans.sort(key=lambda x: x[0])
    return spans


#: The empty set most paragraphs have as their needed actors and short names (one object, not one each).
_NO_KEYS: frozenset[str] = frozenset()


@lru_cache(maxsize=16384)
def _paragraph(text: str, gazetteer: Gazetteer) -> tuple[tuple, tuple, tuple, frozenset[str], dict]:
    """(alias matches as (start, end, actor), the actor each match's context alias needs or "",
    unknown names, the actors context aliases need, a dict for the merged spans by the needed
    actors a story licenses) of one paragraph. Cached on the text: wire copy repeats paragraphs
    from story to story. (Each span is made once and shared by every list that holds it: cached
    objects are what the garbage collector reads again and again.)"""
    found = gazetteer._matches(text)
    spans, need = tuple([f[:3] for f in found]), tuple([f[3] for f in found])
    return spans, need, tuple(unknown_names(text, gazetteer)), frozenset(need) - {""} or _NO_KEYS, {}


_Spans = tuple  # (spans, each span's reference_keys, all those keys, (key, actor) pairs in order, token columns)


def _spans(text: str, gazetteer: Gazetteer, context: Container[str] | None) -> _Spans:
    """Gazetteer names and unknown titled names of ``text``, in order (a known name wins an overlap),
    with what :func:`find_actors` needs to follow short names."""
    found, need, unknown, needs, merged = _paragraph(text, gazetteer)
    if needs:
        named = context if context is not None else {f[2].canonical for f, n in zip(found, need) if not n}
        needs = frozenset(n for n in needs if n in named)
    held = merged.get(needs)
    if held is None:
        spans = tuple(_merge([f for f, n in zip(found, need) if not n or n in needs], unknown))
        refs = tuple([reference_keys(span[2]) for span in spans])
        pairs = tuple([(key, span[2]) for span, keys in zip(spans, refs) for key in keys])
        held = merged[needs] = (spans, refs, frozenset([key for key, _ in pairs]) or _NO_KEYS, pairs,
                                   token_columns(text))
    return held


def find_actors(text: str, gazetteer: Gazetteer, context: Container[str] | None = None,
                people: dict[str, Actor] | None = None) -> list[tuple[int, int, Actor]]:
    """Every actor mention in one paragraph: gazetteer names, unknown titled names, and family
    names of people named in full before (``people`` maps such short forms to the person and is
    updated as names are met). With an :class:`ArticleContext` as ``context``, a paragraph is
    scanned once however often it is asked for.

    >>> from helpers.extract.actors import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> people = {}
    >>> [a.canonical for _, _, a in find_actors("Prime Minister Jan Novak spoke. Novak left Warsaw.", gaz, people=people)]
    ['Jan Novak', 'Jan Novak', 'Poland']
    """
    if isinstance(context, ArticleContext) and context.gazetteer is gazetteer:
        spans, refs, own, pairs, toks = context._found(text)
    else:
        spans, refs, own, pairs, toks = _spans(text, gazetteer, context)
    if people is None:
        return list(spans)
    # Only the words that are (or become, as this paragraph's names are met) short forms matter.
    short = own.union(people) if people else own
    starts, ends, texts = toks
    words = [(starts[k], ends[k], texts[k]) for k in compress(count(), map(short.__contains__, texts))] if short else ()
    if not words:
        people.update(pairs)
        return list(spans)
    out: list[tuple[int, int, Actor]] = []
    k, n = 0, len(spans)
    for s, e, t in words:
        while k < n and spans[k][0] <= s:
            out.append(spans[k])
            for key in refs[k]:
                people[key] = spans[k][2]
            k += 1
        if t in people and (not out or out[-1][1] <= s) and (k == n or spans[k][0] >= e):
            out.append((s, e, people[t]))
    for k in range(k, n):
        out.append(spans[k])
        for key in refs[k]:
            people[key] = spans[k][2]
    return out
