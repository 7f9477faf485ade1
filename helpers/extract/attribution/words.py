"""The words of a paragraph for attribution parsing: tokens, their classes, and reporting verbs.

A paragraph is tokenized once (cached on its text) into plain ``(start, end, text, kind)``
tuples, ``kind`` one of :func:`word_class`'s classes (det, connect, poss, cap, low, pron,
stop, punct); the reporting verbs of ``data/reporting_verbs.csv`` among them ("said",
"pointed out", "according to") are found once too (:func:`verb_hits`). Pronouns come from
``data/pronouns.csv``.

>>> [(w[TEXT], w[KIND]) for w in words("The aide said so.")]
[('The', 'det'), ('aide', 'low'), ('said', 'stop'), ('so', 'stop'), ('.', 'punct')]
>>> [v.text for v in verb_hits("The aide said so.")]
['said']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter
from typing import NamedTuple

from ...lexicon import UPPER, read_table
from ..actors import FUNCTION_WORDS, NAME_PREPOSITIONS

DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'


def ends_with_mark(before: str) -> bool:
    """Whether ``before`` ends with a double quotation mark: one character, or two apostrophes or
    backticks written for one.

    >>> ends_with_mark('"Yes,"'), ends_with_mark("''Yes,''"), ends_with_mark("the voters'")
    (True, True, False)
    """
    return bool(before) and before[-1] in DOUBLE_MARKS or before.endswith(("''", "``"))

# --------------------------------------------------------------------------- reporting verbs


@dataclass(frozen=True)
class Verb:
    """A reporting verb form: its lemma, which form it is, and what it implies."""

    lemma: str
    form: str  # base, past, present or gerund
    inverts: bool  # '"...," said Roe' is usual
    medium: str
    noun: bool = False  # the base and present forms are also nouns ("a report")


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, Verb]:
    """``reporting_verbs.csv``: every form (lower case, single-spaced) → :class:`Verb`.

    >>> v = reporting_verbs()["wrote"]
    >>> v.lemma, v.form, v.inverts
    ('write', 'past', True)
    """
    out: dict[str, Verb] = {}
    for r in read_table("reporting_verbs.csv"):
        for form in ("past", "present", "gerund", "lemma"):
            out.setdefault(r[form].lower(), Verb(r["lemma"], "base" if form == "lemma" else form, r["inverts"] == "y",
                                                 r["medium"], r["noun"] == "y"))
    out["according to"] = Verb("according to", "past", True, "")
    return out


@lru_cache(maxsize=None)
def _verb_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word of every verb form → the forms' words, longest first ("pointed" → ("pointed", "out"))."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for form in reporting_verbs():
        words = tuple(form.split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


# --------------------------------------------------------------------------- words

#: Word tokens for attribution parsing: dotted acronyms, short abbreviations before a capital
#: ("Sen. Ted"), words with inner hyphens or apostrophes, possessive markers, any other mark.
#: For example ``"Sen. Ted Cruz's aide"`` gives ``Sen.``, ``Ted``, ``Cruz``, ``'s``, ``aide``; two apostrophes
#: or backticks written for a quotation mark are one mark.
WORD_RE = re.compile(
    rf"(?:[A-Za-z]\.){{2,}}|[A-Z][a-z]{{0,3}}\.(?=[ \u00a0]+[{UPPER}])|[A-Z]\.(?=[ \u00a0])"
    r"|[^\W_]+(?:(?:-|['\u2019](?!(?:[sSdDmM]|ll|LL|ve|VE|re|RE)\b))[^\W_]+)*|''|``|['\u2019][sS]\b"
    r"|(?<=\w)['\u2019](?:[dDmM]|ll|LL|ve|VE|re|RE)\b|(?<=s)['\u2019](?!\w)|[^\s\w]")
#: A contracted auxiliary after a word, its own token: "he'd asked" is "he", "'d", "asked".
_CONTRACTIONS = frozenset("d m ll ve re".split())
DETERMINERS = frozenset("the a an one another his her their its our my your this these those some several many two three both each".split())
CONNECTORS = frozenset("of for at from to".split())
QUANTIFIERS = frozenset("one two three some many several each both most none all any".split())
#: Words between a subject and its verb that are not part of the subject: "Lee also said".
ADVERBIALS = frozenset("""also has had have having will would could should may might must can did do does not never
then later once again previously recently further earlier first already still reportedly repeatedly publicly
privately quickly initially subsequently separately likewise similarly just even apparently often usually sometimes
always frequently rarely occasionally routinely is are was were be been
being""".split())
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month
year morning afternoon evening night weekend hours days weeks months years minutes moments""".split())
_LY_NOUNS = frozenset("family ally assembly daily weekly monthly rally italy".split())


@lru_cache(maxsize=None)
def pronouns() -> dict[str, tuple[str, str]]:
    """``pronouns.csv``: pronoun → (what it refers to, gender).

    >>> pronouns()["she"]
    ('person', 'f')
    """
    return {r["pronoun"].lower(): (r["refers"], r["gender"]) for r in read_table("pronouns.csv")}


#: A word is a plain tuple (start, end, text, kind), indexed with these (a paragraph holds hundreds,
#: and a plain tuple is several times cheaper to make than a named one); kind is one of
#: :func:`word_class`'s classes.
Word = tuple[int, int, str, str]
START, END, TEXT, KIND = 0, 1, 2, 3


@lru_cache(maxsize=65536)
def word_class(tok: str) -> str:
    """Class of a token for noun-phrase parsing: det, connect, poss, cap, low, pron, stop or punct.

    >>> [word_class(w) for w in ["the", "of", "Will", "will", "said", "report", "didn't", "46-year-old", "\u2019d", "&"]]
    ['det', 'connect', 'cap', 'stop', 'stop', 'low', 'stop', 'low', 'stop', 'connect']
    """
    if tok[:1] in "'\u2019" and tok[1:].lower() in _CONTRACTIONS:
        return "stop"
    if tok[:1] in "'\u2019" and len(tok) <= 2 and tok != "''":
        return "poss"
    if tok == "&":
        return "connect"  # inside a name: "Calder & Finch"
    if not tok[:1].isalnum():
        return "punct"
    low = tok.lower()
    if low in pronouns():
        return "pron"
    if low in DETERMINERS:
        return "det"
    if low in CONNECTORS:
        return "connect"
    if tok[:1].isupper() and low in NAME_PREPOSITIONS:
        return "cap"  # inside a name: "Doctors Without Borders"
    if low in FUNCTION_WORDS or low in TIME_WORDS or (low in ADVERBIALS and (low not in ("will", "may") or tok[:1].islower())):
        return "stop"
    if low.endswith(("n't", "n\u2019t")):
        return "stop"
    verb = reporting_verbs().get(low)
    if verb is not None and not (verb.noun and verb.form in ("base", "present")):
        return "stop"
    if tok[:1].isupper():
        return "cap"
    if low.endswith("ly") and low not in _LY_NOUNS or (low.endswith("ing") and "-" not in low):
        return "stop"
    return "low"


#: ``WORD_RE`` with the characters skipped before each word (spaces, "_") as a first group: findall()
#: then gives every word and its offsets without a match object per word.
_GAP_WORD_RE = re.compile(rf"([\s_]*)({WORD_RE.pattern})")
_second, _third = itemgetter(1), itemgetter(2)


@lru_cache(maxsize=2048)
def _all_words(text: str) -> tuple[tuple[int, ...], tuple[Word, ...]]:
    # Gap and word lengths alternate, so their running sum gives each word's start and end. Tuples
    # of plain values only, which the garbage collector stops tracking: the cache holds many.
    parts = _GAP_WORD_RE.findall(text)
    bounds = list(accumulate(map(len, chain.from_iterable(parts))))
    starts = tuple(bounds[0::2])
    texts = list(map(_second, parts))
    return starts, tuple(zip(starts, bounds[1::2], texts, map(word_class, texts)))


def words(text: str, a: int = 0, b: int | None = None) -> tuple[Word, ...]:
    """The words of ``text`` lying inside ``[a, b)`` as (start, end, text, kind) (the paragraph is
    tokenized once, then sliced).

    >>> [w[TEXT] for w in words("Mr. Roe said so.", 4)]
    ['Roe', 'said', 'so', '.']
    """
    starts, ws = _all_words(text)
    b = len(text) if b is None else b
    i, j = bisect_left(starts, a), bisect_left(starts, b)
    if j > i and ws[j - 1][END] > b:
        j -= 1  # words do not overlap: only the last can run past b
    return ws[i:j]


class VerbHit(NamedTuple):
    """A reporting verb in a text: where it is and its form as written ("said", "pointed out")."""

    start: int
    end: int
    text: str
    verb: Verb  # the lexicon entry of this form


@lru_cache(maxsize=2048)
def _all_verbs(text: str) -> tuple[VerbHit, ...]:
    ws = _all_words(text)[1]
    index, verbs = _verb_index(), reporting_verbs()
    lows = list(map(str.lower, map(_third, ws)))
    out = []
    for k in compress(range(len(ws)), map(index.__contains__, lows)):  # words that may open a verb form
        w = ws[k]
        if w[KIND] != "stop" and w[KIND] != "low" and w[KIND] != "cap":
            continue
        if k and ws[k - 1][TEXT] in ("-", "\u2011"):
            continue  # "so-called" is not "called"
        for form in index[lows[k]]:
            n = len(form)
            if form == tuple(lows[k:k + n]):
                if k + n < len(ws) and ws[k + n][TEXT] == "-" and ws[k + n][START] == ws[k + n - 1][END]:
                    break
                end = ws[k + n - 1][END]
                out.append(VerbHit(w[START], end, text[w[START]:end], verbs[" ".join(form)]))
                break
    return tuple(out)


def verb_hits(text: str, a: int = 0, b: int | None = None) -> list[VerbHit]:
    """Reporting verbs in ``text[a:b]``, in order.

    >>> [v.text for v in verb_hits("He said so-called talks, according to aides, pointed out")]
    ['said', 'according to', 'pointed out']
    """
    b = len(text) if b is None else b
    return [v for v in _all_verbs(text) if a <= v.start and v.end <= b]


def ends_with(pattern: re.Pattern, text: str, floor: int, end: int, window: int = 48) -> re.Match | None:
    """``pattern`` (anchored with ``$``) matched at the end of ``text[floor:end]``, looking only at
    the last ``window`` characters so that a long paragraph is not scanned again and again.

    >>> pat = re.compile("[,;] *$")
    >>> bool(ends_with(pat, "one, two, ", 0, 10)), bool(ends_with(pat, "one, two", 0, 8))
    (True, False)
    """
    return pattern.search(text, max(floor, end - window), end)
