"""The medium of an attribution: "in a post on X", "told reporters", "in a statement carried by ...".

Media phrases are patterns in ``data/media_phrases.csv``, tried in order, with ``{source}``
standing for a capitalised outlet or platform (resolved through the gazetteer: "the official
Xinhua News Agency" is Xinhua). Without a phrase, the reporting verb may imply a medium
("tweeted").

In: a paragraph's text, a region of it, the cue's verb. Out: the medium as a string, or None.

>>> medium_of("She said in a joint statement on Friday."), medium_of("she tweeted", verb="tweeted")
('statement', 'post on X/Twitter')
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress

from ...lexicon import read_table
from ..actors import Gazetteer, load_gazetteer
from .words import _all_words, _third, reporting_verbs

@lru_cache(maxsize=None)
def media_phrases() -> tuple[tuple[str, str], ...]:
    """``media_phrases.csv``: (medium template, pattern), in order of priority.

    >>> media_phrases()[0][0]
    'post on {source}'
    """
    return tuple((r["medium"], r["pattern"]) for r in read_table("media_phrases.csv"))


@lru_cache(maxsize=None)
def media_keywords() -> frozenset[str]:
    """Words at least one of which any media phrase contains (lower case).

    >>> {"statement", "reporters"} <= media_keywords()
    True
    """
    return frozenset(k.strip().lower() for r in read_table("media_phrases.csv") for k in r["keywords"].split("|"))


#: A capitalised name in a media phrase: the outlet, platform or agency ("the official Xinhua").
_SOURCE = r"(?P<source{n}>(?:the\s+)?(?:official\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){{0,5}})"
#: "the official" before a source's name: "carried by the official Xinhua".
_SOURCE_ARTICLE_RE = re.compile(r"^(?:the\s+)?(?:official\s+)?")


#: A phrase pattern that can only match from the start of a word: `\bin an? ...`, `\b(?:at|during) ...`.
_OPENS_A_WORD_RE = re.compile(r"\\b(?:\w|\(\?:\w[\w ]*(?:\|\w[\w ]*)*\))")


@lru_cache(maxsize=None)
def media_re() -> re.Pattern:
    """Every media phrase in one alternation (group ``m<n>`` for row n), so a region is searched once.
    The phrases are case-insensitive, the names in them are not.

    >>> media_re().search("she said in a joint statement").lastgroup
    'm4'
    """
    alts = []
    for n, (_, pattern) in enumerate(media_phrases()):
        pattern = pattern.replace("(?P<source>", f"(?P<source{n}>")
        if "{source}" in pattern:
            pattern = "(?i:" + pattern.replace("{source}", ")" + _SOURCE.format(n=n) + "(?i:") + ")"
        else:
            pattern = f"(?i:{pattern})"
        alts.append(f"(?P<m{n}>{pattern})")
    if all(_OPENS_A_WORD_RE.match(pattern) for _, pattern in media_phrases()):
        # a match can only start where a word does: every other position is passed over at once
        return re.compile(r"(?=\b\w)(?:" + "|".join(alts) + ")")
    return re.compile("|".join(alts))


@lru_cache(maxsize=2048)
def _media_keyword_spots(text: str) -> tuple[tuple[int, int], ...]:
    # (start, end) of the paragraph's words that are media keywords, found once for all its quotes
    keywords = media_keywords()
    ws = _all_words(text)[1]
    return tuple([w[:2] for w in compress(ws, map(keywords.__contains__, map(str.lower, map(_third, ws))))])


def medium_of(text: str, gazetteer: Gazetteer | None = None, verb: str | None = None, start: int = 0,
              end: int | None = None) -> str | None:
    """The medium an attribution states ("in a post on X", "told reporters"), else what the verb implies.

    >>> medium_of("Erdogan said in a post on X.")
    'post on X'
    >>> medium_of("Roe said in a statement carried by the official Xinhua News Agency.")
    'statement carried by Xinhua'
    >>> medium_of("she tweeted", verb="tweeted"), medium_of("he said") is None
    ('post on X/Twitter', True)
    """
    end = len(text) if end is None else end
    m = None
    spots = _media_keyword_spots(text)
    for k in range(bisect_left(spots, (start,)), len(spots)):
        a, b = spots[k]
        if b > end:
            break
        m = media_re().search(text, max(start, a - 80), min(end, b + 80))  # a phrase lies around its keyword
        if m:
            break
    if m:
        n = int(m.lastgroup[1:])
        template = media_phrases()[n][0]
        src = m.groupdict().get(f"source{n}")
        if not src:
            return template
        actor = (gazetteer or load_gazetteer()).resolve(src)
        name = actor.canonical if actor is not None else _SOURCE_ARTICLE_RE.sub("", src)
        return template.replace("{source}", name)
    if verb:
        v = reporting_verbs().get(" ".join(verb.lower().split()))
        if v and v.medium:
            return v.medium
    return None
