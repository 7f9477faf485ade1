"""The actor record, and the tokens and keys that names are matched by.

An :class:`Actor` is what every extractor reports: a canonical name, a kind and a country.
Names are compared by keys: a token's key drops case, accents, dots and apostrophe style
("U.S." and "us", "Türkiye" and "turkiye"); a name's key drops a leading "the", quotes, a
possessive and hyphens as well. Everything here is cached on the text: paragraphs and names
recur from story to story.

>>> name_key("the bloc’s"), [t for _, _, t in tokens("Erdoğan's U.S. aide")]
('bloc', ['Erdoğan', "'s", 'U.S.', 'aide'])
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

KINDS = ("person", "organization", "country", "place", "media")


@dataclass(frozen=True)
class Actor:
    """One actor. ``known`` is False for a name read from the text rather than the gazetteer."""

    canonical: str
    kind: str
    country: str = ""
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    gender: str = ""
    known: bool = True


# --------------------------------------------------------------------------- tokens

#: Word tokens for name matching: dotted acronyms ("U.S."), initials ("N." before a space), words
#: with inner apostrophes ("O'Brien") and possessive markers ("'s", a plural's "'") on their own.
#: For example ``"Erdoğan's U.S. aide"`` gives ``Erdoğan``, ``'s``, ``U.S.``, ``aide``.
#: (Every branch starts with a character class, so the engine skips quickly to where a token can start.)
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s)|[^\W_]+(?:['\u2019](?![sS]\b)[^\W_]+)*|['\u2019][sS]\b|['\u2019](?<=s['\u2019])(?!\w)")
#: Plain ASCII words and single spaces: their name_key is their lower case (less a leading "the").
_PLAIN_WORDS_RE = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
#: What may separate two words of one name: spaces, or a hyphen ("Lee Jae-myung" = "Lee Jae Myung").
NAME_GAP_RE = re.compile(r"(?:[ \t\u00a0]+|[ \t]?[-\u2010\u2011][ \t]?)")
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-",
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})
#: Words that open a sentence or clause and so say nothing about the capitalised word after them.
FUNCTION_WORDS = frozenset("""a an the this that these those and or but nor so yet as at by for from in into of on onto
to with without about after before during since until while when where which who whom whose why how if than then
there here it its he she they we i you his her their our my your not no also even only just both either
neither each every all any some many most much more several last next earlier later meanwhile however separately
still instead moreover furthermore asked speaking according though although because unless whether now despite
including like unlike amid against among toward towards under over via once upon within across behind beyond throughout
""".split())
#: Prepositions written capitalised inside a body's name ("Doctors Without Borders", "Athletes Against Doping").
NAME_PREPOSITIONS = frozenset("without against beyond across".split())
DAY_MONTH_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december""".split())
#: Trailing possessive of a written name: "the bloc's" → "the bloc".
_POSSESSIVE_END_RE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$", re.I)


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The matching key of one token: case-folded, accents, dots and apostrophe style removed.

    >>> token_key("U.S."), token_key("Türkiye"), token_key("\u2019s")
    ('us', 'turkiye', "'s")
    """
    t = unicodedata.normalize("NFKD", token.translate(_FOLD))
    return "".join(c for c in t if not unicodedata.combining(c)).replace(".", "").casefold()


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, token)`` of every word token of ``text`` (cached: a paragraph is read often).

    >>> [t for _, _, t in tokens("Lee Jae-myung's S. Africa")]
    ['Lee', 'Jae', 'myung', "'s", 'S.', 'Africa']
    """
    return tuple(zip(*token_columns(text)))


Columns = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]


@lru_cache(maxsize=4096)
def token_columns(text: str) -> Columns:
    """The :func:`tokens` of ``text`` as three columns: starts, ends and the tokens. A paragraph's
    scan reads these: three tuples instead of one per token are cheaper to make and to collect.

    >>> token_columns("Lee Jae-myung's")
    ((0, 4, 8, 13), (3, 7, 13, 15), ('Lee', 'Jae', 'myung', "'s"))
    """
    ms = list(TOKEN_RE.finditer(text))  # map() over the matches keeps the per-token work in C
    return tuple(map(re.Match.start, ms)), tuple(map(re.Match.end, ms)), tuple(map(re.Match.group, ms))


@lru_cache(maxsize=4096)
def _token_keys(text: str) -> tuple[str, ...]:
    # token_key's cache answers for the words seen before (nearly all) without a Python call
    return tuple(map(token_key, token_columns(text)[2]))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name folded for lookup: no quotes, possessive, dots, hyphens, case or leading "the".

    >>> name_key("the bloc\u2019s"), name_key("Lee Jae-Myung"), name_key('"U.S."')
    ('bloc', 'lee jae myung', 'us')
    """
    if _PLAIN_WORDS_RE.fullmatch(name):  # plain ASCII words (most names): all the steps below come to this
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKC", name).translate(_FOLD).replace(".", "").strip(" \t\n\"',;:!?()[]")
        s = _POSSESSIVE_END_RE.sub("", s)
        s = " ".join(token_key(t) for _, _, t in tokens(s.replace("-", " ")) if t[:1] != "'")
    return s[4:] if s.startswith("the ") else s


def _case_rule(token: str) -> str:
    """How a text token must be capitalised to match this alias token: upper, cap or any."""
    bare = token.replace(".", "")
    if len(bare) >= 2 and bare.isupper():
        return "upper"
    return "cap" if token[:1].isupper() else "any"


def _case_ok(rule: str, token: str, after_hyphen: bool) -> bool:
    if rule == "any" or after_hyphen:
        return True
    if rule == "upper":
        return token.replace(".", "").isupper()
    return token[:1].isupper()
