"""The small grammar of attributions: reporting verbs, the phrases that name a speaker, and cues.

A *cue* is where a text says who speaks: ``Macron said``, ``said Jan Roe, an aide``, ``according
to the ministry``, ``-Jan Roe`` after a quote, ``Jan Roe:`` before one, ``in Roe's view``.
Speakers are noun phrases read with a few token classes (names, lower-case words, determiners,
"of"/"for" connectors), never a model. Reporting verbs, titles and media phrases are lists in
``data/``. Every function works on a paragraph's text and offsets into it; a paragraph's words
and verbs are tokenized once and cached.

>>> t = '"We will win," said Jan Roe, a spokesman for the party.'
>>> c = cue_after(t, 14, len(t)); t[c.start:c.end], c.verb, c.how
('Jan Roe', 'said', 'inverted')
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter
from typing import Iterable, NamedTuple, Sequence

from .actors import FUNCTION_WORDS, Gazetteer, head_kind, load_gazetteer, title_words, token_key
from ..lexicon import read_table
from ..read.text import split_sentences

DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'

# --------------------------------------------------------------------------- lexicons


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


#: A capitalised name in a media phrase: the outlet, platform or agency ("the official KCNA").
_SOURCE = r"(?P<source{n}>(?:the\s+)?(?:official\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){{0,5}})"
#: "the official" before a source's name: "carried by the official KCNA".
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


# --------------------------------------------------------------------------- words

#: Word tokens for attribution parsing: dotted acronyms, short abbreviations before a capital
#: ("Sen. Ted"), words with inner hyphens or apostrophes, possessive markers, any other mark.
#: For example ``"Sen. Ted Cruz's aide"`` gives ``Sen.``, ``Ted``, ``Cruz``, ``'s``, ``aide``.
WORD_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.(?=[ \u00a0]+[A-Z])|[A-Z]\.(?=[ \u00a0])"
    r"|[^\W_]+(?:(?:-|['\u2019](?![sS]\b))[^\W_]+)*|['\u2019][sS]\b|(?<=s)['\u2019](?!\w)|[^\s\w]")
DETERMINERS = frozenset("the a an one another his her their its our my your this these those some several many two three both each".split())
CONNECTORS = frozenset("of for at from to".split())
QUANTIFIERS = frozenset("one two three some many several each both most none all any".split())
#: Words between a subject and its verb that are not part of the subject: "Lee also said".
ADVERBIALS = frozenset("""also has had have having will would could should may might must can did do does not never
then later once again previously recently further earlier first already still reportedly repeatedly publicly
privately quickly initially subsequently separately likewise similarly just even apparently is are was were be been
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

    >>> [word_class(w) for w in ["the", "of", "Will", "will", "said", "report", "didn't", "46-year-old"]]
    ['det', 'connect', 'cap', 'stop', 'stop', 'low', 'stop', 'low']
    """
    if tok[:1] in "'\u2019" and len(tok) <= 2:
        return "poss"
    if not tok[:1].isalnum():
        return "punct"
    low = tok.lower()
    if low in pronouns():
        return "pron"
    if low in DETERMINERS:
        return "det"
    if low in CONNECTORS:
        return "connect"
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


def _verb_at_end(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` ends with a reporting verb ("Roe said" before a quote)."""
    hits = verb_hits(text, a, b)
    return bool(hits) and not text[hits[-1].end:b].strip()


# --------------------------------------------------------------------------- noun phrases


def _valid_np(ws: Sequence[Word]) -> bool:
    """A noun phrase ends in a word and has a head: "the report", "Park Sung Ho", not "the"."""
    return bool(ws) and ws[-1][KIND] in ("cap", "low") and ws[0][KIND] != "connect"


#: Stop words that may stand between a subject and its verb: "Roe also said", "Roe on Monday said".
_SKIPPED_BEFORE_VERB = ADVERBIALS | TIME_WORDS | {"on", "last", "this", "late", "early", "earlier"}


def _skip_back_adverbials(ws: Sequence[Word], i: int) -> int:
    """Index of the last word before adverbs, a time phrase or a parenthesis ("Cruz (R-Texas) also")."""
    while i >= 0:
        w, c = ws[i][TEXT], ws[i][KIND]
        if w == ")":
            depth = 0
            while i >= 0:
                depth += ws[i][TEXT] == ")"
                depth -= ws[i][TEXT] == "("
                i -= 1
                if depth == 0:
                    break
            continue
        low = w.lower()
        if c == "stop" and low in _SKIPPED_BEFORE_VERB:
            i -= 1
        elif c in ("low", "stop") and low.endswith("ly") and low not in _LY_NOUNS:
            i -= 1
        else:
            break
    return i


def np_before(text: str, end: int, floor: int = 0) -> tuple[int, int] | None:
    """The noun phrase that ends just before ``end`` (a verb's start), as (start, end), or None.

    Adverbs and time phrases between the subject and the verb are skipped; "of", "for", "to"
    and "and" may join words inside the phrase ("the Defense Intelligence of Ukraine", "a
    spokesman for the party"); a determiner ends it.

    >>> t = "Turkish President Recep Tayyip Erdogan also said"
    >>> t[slice(*np_before(t, t.index("said")))]
    'Turkish President Recep Tayyip Erdogan'
    >>> t = "Russia sent troops, the Defense Intelligence of Ukraine said"
    >>> t[slice(*np_before(t, t.index("said")))]
    'the Defense Intelligence of Ukraine'
    """
    ws = words(text, floor, end)
    i = _skip_back_adverbials(ws, len(ws) - 1)
    if i < 0:
        return None
    if ws[i][KIND] == "pron":
        return ws[i][START], ws[i][END]
    j = i
    while j >= 0:
        c = ws[j][KIND]
        if c in ("cap", "low", "poss") or (j < i and c == "stop" and ws[j][TEXT].endswith("ing") and ws[j][TEXT].islower()
                                           and j > 0 and ws[j - 1][KIND] == "det"):
            j -= 1  # an -ing word inside a phrase is a noun: "a marketing video"
        elif (c == "connect" or ws[j][TEXT] == "and") and j > 0 and ws[j - 1][KIND] in ("cap", "low") and j < i:
            j -= 1
        elif c == "det":
            if j > 0 and ws[j - 1][KIND] == "connect":
                j -= 1
                continue
            j -= 1
            break
        else:
            break
    np = ws[j + 1:i + 1]
    while np and np[0][KIND] == "connect":
        np = np[1:]
    return (np[0][START], np[-1][END]) if _valid_np(np) else None


def np_after(text: str, start: int, limit: int | None = None) -> tuple[int, int] | None:
    """The noun phrase starting at ``start`` (after "said" or "according to"), or None.

    >>> t = 'said Skip Roe, a longtime aide'
    >>> t[slice(*np_after(t, 5))]
    'Skip Roe'
    >>> t = "according to a spokesman for the ministry on Monday"
    >>> t[slice(*np_after(t, 13))]
    'a spokesman for the ministry'
    >>> t = "said one of the advisers, who asked"
    >>> t[slice(*np_after(t, 5))]
    'one of the advisers'
    """
    ws = words(text, start, limit)
    if not ws:
        return None
    if ws[0][KIND] == "pron":
        return ws[0][START], ws[0][END]
    np: list[Word] = []
    for w in ws:
        c = w[KIND]
        if c == "det" and (not np or np[-1][KIND] == "connect"):
            np.append(w)
        elif c == "connect" and len(np) == 1 and np[0][TEXT].lower() in QUANTIFIERS and w[TEXT].lower() == "of":
            np.append(w)  # "one of those advisers"
        elif c in ("cap", "low", "poss") and w[TEXT].lower() not in TIME_WORDS:
            np.append(w)
        elif c == "connect" and np and np[-1][KIND] in ("cap", "low"):
            np.append(w)
        else:
            break
    while np and np[-1][KIND] in ("connect", "det", "poss"):
        np.pop()
    if not _valid_np(np) or (np[0][KIND] == "det" and len(np) == 1):
        return None
    return np[0][START], np[-1][END]


#: A party and state tag after a US politician's name: "Rep. Glenn Roe, R-Pa., said".
PARTY_TAG_RE = re.compile(r"\s*\(?[RDI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?\)?\s*")
#: A place or a state written between commas after a name: "Cory Roe, 22, of Flint, Mich., said".
PLACE_RE = re.compile(r"\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*")
#: A relative clause opening an appositive: ", who was not authorized to speak,".
RELATIVE_RE = re.compile(r"\s*(?:who|whose|which)\b")
#: "X is quoted as saying": the subject stands before the passive.
QUOTED_AS_RE = re.compile(r"\s+(?:is|was|were|are|has been|had been|being)\s+(?:also\s+)?quoted\s+as\s*$", re.I)
_NOT_APPOSITIVE = frozenset("and or but as while when after before if".split())


def looks_appositive(text: str, a: int, b: int) -> bool:
    """Whether the comma-delimited segment ``text[a:b]`` describes the name before it.

    >>> t = "x, a spokesman for X, 45, Twitter's director, R-Pa., and Roe, Jan Roe,"
    >>> cuts = [i for i, ch in enumerate(t) if ch == ","]
    >>> [looks_appositive(t, a + 1, b) for a, b in zip(cuts, cuts[1:])]
    [True, True, True, True, False, False]
    """
    ws = words(text, a, b)
    if not ws:
        return False
    if PARTY_TAG_RE.fullmatch(text, a, b):
        return True
    if verb_hits(text, a, b) and not RELATIVE_RE.match(text, a):
        return False
    first = ws[0][TEXT]
    if first.lower() in _NOT_APPOSITIVE:
        return False
    possessive = len(ws) > 2 and ws[1][KIND] == "poss" and ws[2][KIND] == "low"
    return first[:1].islower() or first[:1].isdigit() or ws[0][KIND] == "det" or possessive


def name_like(text: str, np: tuple[int, int]) -> bool:
    """A phrase that names someone: it has a capitalised word and does not open with a plain noun.

    >>> [name_like(t, (0, len(t))) for t in ["the Clinton campaign", "Jan Roe", "troops near Kyiv"]]
    [True, True, False]
    """
    ws = words(text, np[0], np[1])
    return bool(ws) and any(w[KIND] == "cap" and w[TEXT][:1].isalpha() for w in ws) and ws[0][KIND] != "low"


def _trailing_name(text: str, np: tuple[int, int]) -> tuple[int, int] | None:
    """The name that ends a phrase, with its titles: "Ana Lind" in "the letter came from Ana Lind"."""
    ws = words(text, np[0], np[1])
    k = len(ws)
    while k > 0 and (ws[k - 1][KIND] in ("cap", "poss") or token_key(ws[k - 1][TEXT]) in title_words()):
        k -= 1
    name = ws[k:]
    return (name[0][START], name[-1][END]) if name and any(w[KIND] == "cap" for w in name) else None


def only_name_words(text: str, np: tuple[int, int]) -> bool:
    """Whether a phrase is made of names and titles only ("Gov. Jan Roe"), not a clause ("Roe hit Kim").

    >>> [only_name_words(t, (0, len(t))) for t in ["Gov. Jan Roe", "Roe hit Kim"]]
    [True, False]
    """
    return all(w[KIND] in ("cap", "poss", "connect", "det") or token_key(w[TEXT]) in title_words()
               for w in words(text, np[0], np[1]))


def standalone(text: str, floor: int, at: int) -> bool:
    """Whether a phrase at ``at`` opens its clause (after the start, a comma, a dash or a bracket).

    >>> standalone("Later, Roe left", 0, 7), standalone("Later Roe left", 0, 6)
    (True, False)
    """
    before = text[floor:at].rstrip()
    return not before or before[-1] in ",;:(\u2014\u2013-" + DOUBLE_MARKS


def is_pronoun(text: str, np: tuple[int, int]) -> bool:
    """Whether a phrase is a personal pronoun ("he", "They").

    >>> is_pronoun("They said", (0, 4)), is_pronoun("Theo said", (0, 4))
    (True, False)
    """
    return text[np[0]:np[1]].lower() in pronouns()


def subject_before(text: str, verb_start: int, floor: int = 0) -> tuple[int, int] | None:
    """The subject of a verb: the phrase just before it, the name before an appositive, or the
    phrase a relative pronoun stands for ("a video that said", "Roe, who said").

    >>> t = "Jan Roe, a longtime aide to the mayor, who knows him well, said"
    >>> t[slice(*subject_before(t, t.index("said")))]
    'Jan Roe'
    >>> t = "Cory Roe, 22, of Flint, Mich., once said"
    >>> t[slice(*subject_before(t, t.index("said")))]
    'Cory Roe'
    """
    quoted_as = ends_with(QUOTED_AS_RE, text, floor, verb_start)
    if quoted_as:
        verb_start = quoted_as.start()
    ws = words(text, floor, verb_start)
    i = _skip_back_adverbials(ws, len(ws) - 1)
    if i > 0 and ws[i][TEXT].lower() in ("who", "which", "that"):
        j = i - 1 if ws[i - 1][TEXT] != "," else i - 2
        np = np_before(text, ws[j][END], floor) if j >= 0 else None
        if np is None:
            return None
        if ws[i][TEXT].lower() == "who":
            return _trailing_name(text, np)
        return np if head_kind(text[np[0]:np[1]]) in ("document", "organization") else None
    if i < 0 or ws[i][TEXT] != ",":
        return np_before(text, verb_start, floor)
    # NAME, appositive[, appositive], VERB
    cut = ws[i][START]
    described = None
    for _ in range(4):
        prev = text.rfind(",", floor, cut)
        if prev < 0 or cut - prev > 220 or any(ch in DOUBLE_MARKS for ch in text[prev:cut]):
            break
        np = np_before(text, prev, floor)
        appositive = looks_appositive(text, prev + 1, cut)
        if np and standalone(text, floor, np[0]) and appositive:
            if name_like(text, np):
                return np
            if described is None and words(text, np[0], np[1])[0][KIND] == "det" and RELATIVE_RE.match(text, prev + 1):
                described = np  # "an intelligence source, who was not authorized to speak, told"
        if not (appositive or PLACE_RE.fullmatch(text, prev + 1, cut)):
            break
        cut = prev
    # "Gov. Jan Roe (R-OH), said": a stray comma after the subject
    np = np_before(text, ws[i][START], floor)
    if np and name_like(text, np) and standalone(text, floor, np[0]) and only_name_words(text, np):
        return np
    return described


_LEADING_CONJUNCTIONS = frozenset("but and yet so still now".split())


def sentence_subject(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The subject opening the clause at ``floor``, for verbs without their own ("..., saying",
    "and joked", "by tweeting"): a name with its titles, or a determiner and title words.
    A leading conjunction is skipped, and so is an introductory phrase before a comma.

    >>> t = "Hours later, Jan Roe returned the favor to Kim, telling Reuters"
    >>> t[slice(*sentence_subject(t, 0, len(t)))]
    'Jan Roe'
    >>> [t[slice(*sentence_subject(t, 0, len(t)))] for t in ["The Vermont senator emailed supporters", "But Roe made a plea"]]
    ['The Vermont senator', 'Roe']
    """
    ws = words(text, floor, end)
    if ws and ws[0][TEXT].lower() in _LEADING_CONJUNCTIONS:
        ws = ws[1:]
    if not ws:
        return None
    if ws[0][KIND] == "pron":
        return ws[0][START], ws[0][END]
    first = ws[0][TEXT].lower()
    if ws[0][KIND] == "stop" or (first in FUNCTION_WORDS and first not in DETERMINERS):
        comma = next((n + 1 for n, w in enumerate(ws) if w[TEXT] == ","), len(ws))
        ws = ws[comma:]
    out: list[Word] = []
    for k, w in enumerate(ws):
        if not out and w[KIND] == "det":
            out.append(w)
        elif w[KIND] in ("cap", "poss") or (w[KIND] == "connect" and out and out[-1][KIND] == "cap"):
            out.append(w)
        elif w[KIND] == "low" and (token_key(w[TEXT]) in title_words() or head_kind(w[TEXT])):
            out.append(w)
        elif w[KIND] == "low" and out and out[0][KIND] == "det" and k + 1 < len(ws) and ws[k + 1][KIND] == "low" \
                and head_kind(ws[k + 1][TEXT]):
            out.append(w)  # an adjective before the head: "one local woman"
        else:
            break
    while out and out[-1][KIND] in ("connect", "det", "poss"):
        out.pop()
    if not out or (not any(w[KIND] == "cap" for w in out) and not head_kind(out[-1][TEXT])):
        return None
    return out[0][START], out[-1][END]


# --------------------------------------------------------------------------- cues


@dataclass
class Cue:
    """An attribution: the speaker as written (offsets into the paragraph) and the verb."""

    start: int
    end: int
    verb: str | None
    verb_at: int
    how: str  # after, before, inverted, according, dash, colon


#: A closing mark's trail before an attribution: spaces and a comma.
_TRAIL_RE = re.compile(r"[\s,]*")
#: A dash that introduces the speaker after a quote: '"..." -Jan Roe', '"..." — Jan Roe'.
_DASH_RE = re.compile(r"[-\u2013\u2014\u2015]+\s*")
#: What may follow a dash attribution: the end, a comma, a full stop or a bracket.
_DASH_END_RE = re.compile(r"\s*(?:[,.;)(]|$)")
#: A sentence boundary inside an attribution search.
_SENTENCE_BREAK_RE = re.compile(r"[.!?;]\s")
#: Words after which a gerund has no subject of its own: ", saying", "by saying", "upon saying".
SUBJECTLESS_BEFORE_RE = re.compile(r"(?:,|\b(?:by|upon|after|before|while|when|in|and|but|then|also|as if to))\s*$", re.I)
#: A coordinated verb without its own subject: "... and joked".
_COORDINATED_RE = re.compile(r"\b(?:and|but|then)\s*$", re.I)
#: What introduces a gerund's own subject: "with Lee saying".
_WITH_RE = re.compile(r"\b(?:with|without)\s*$", re.I)
#: An attribution without a verb: "in Roe's view", "in the words of Jan Roe".
IN_VIEW_RE = re.compile(
    r"\bin\s+(?P<np>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}?)['\u2019]s?\s+"
    r"(?:view|opinion|words|telling|estimation|assessment|account)\b"
    r"|\bin\s+the\s+words\s+of\s+(?P<np2>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})")
_AUXILIARIES = frozenset("will would could did to may might can should must not".split())


def verb_ok(text: str, hit: VerbHit, subject: tuple[int, int] | None) -> bool:
    """Whether a verb form is a verb here. A capitalised form must open a sentence ("Said Roe:",
    not "the United States"); base forms ("say") need a plural or pronoun subject or an auxiliary;
    forms that are also nouns ("states", "reports") need a subject that names someone.

    >>> t = "Officials say the United States reports progress"
    >>> [verb_ok(t, h, np_before(t, h.start)) for h in verb_hits(t)]
    [True, False, True]
    """
    verb = hit.verb
    before = text[:hit.start].rstrip()[-1:]
    if hit.text[:1].isupper() and hit.start > 0 and before not in ".!?:;(\u2014-" + DOUBLE_MARKS and \
            not (before == "," and not (verb.noun and verb.form in ("base", "present"))):
        return False
    if subject is None:
        return True
    last = text[subject[0]:subject[1]].split()[-1]
    low = last.lower()
    if verb.noun and verb.form in ("base", "present") and not (
            last[:1].isupper() or low in pronouns() or head_kind(low) in ("role", "organization", "document", "group")):
        return False
    if verb.form != "base":
        return True
    gap = text[subject[1]:hit.start].lower().split()
    return low in ("they", "we", "i", "you") or (low.endswith("s") and not low.endswith("'s")) or \
        any(g in _AUXILIARIES for g in gap)


def cue_after(text: str, pos: int, limit: int) -> Cue | None:
    """The attribution that starts right after a closing quotation mark (``pos`` is just past it).

    >>> t = '"No." -Jan Roe'
    >>> c = cue_after(t, 5, len(t)); t[c.start:c.end], c.how
    ('Jan Roe', 'dash')
    >>> t = '"Yes," Jan Roe, an aide, told reporters.'
    >>> c = cue_after(t, 6, len(t)); t[c.start:c.end], c.verb
    ('Jan Roe', 'told')
    """
    p = _TRAIL_RE.match(text, pos, limit).end()
    if p >= limit:
        return None
    dash = _DASH_RE.match(text, p, limit)
    if dash and dash.end() < limit and text[dash.end()].isupper():
        np = np_after(text, dash.end(), limit)
        if np and _DASH_END_RE.match(text, np[1], limit):
            return Cue(np[0], np[1], None, dash.start(), "dash")
        return None
    for hit in verb_hits(text, p, min(limit, p + 260)):
        verb = hit.verb
        if hit.start == p:
            if verb.lemma == "according to" or verb.inverts:
                np = np_after(text, hit.end, limit)
                if np and not is_pronoun(text, np):
                    return Cue(np[0], np[1], hit.text, hit.start, "according" if verb.lemma == "according to" else "inverted")
            return None
        subject = subject_before(text, hit.start, p)
        if subject and subject[0] == p and verb_ok(text, hit, subject):
            return Cue(subject[0], subject[1], hit.text, hit.start, "after")
        if _SENTENCE_BREAK_RE.search(text, p, hit.start):
            return None
    return None


def _gerund_subject_ok(text: str, floor: int, subject: tuple[int, int]) -> bool:
    """A gerund's own subject is introduced by "with" or opens a clause ("with Lee saying")."""
    return standalone(text, floor, subject[0]) or bool(ends_with(_WITH_RE, text, floor, subject[0]))


def _clause_start(text: str, floor: int, hit: VerbHit) -> int:
    """Where the clause of a subjectless verb starts: its sentence subject, past any introductory
    clause ("As the crowd began to chant, Roe ... joked"); verbs before it belong to another clause."""
    subject = sentence_subject(text, floor, hit.start)
    return subject[0] if subject else floor


def cue_before(text: str, floor: int, pos: int) -> Cue | None:
    """The nearest attribution with a speaker between ``floor`` and a quote opening at ``pos``.

    A verb with no subject of its own (", adding that", "and joked", "by tweeting") is passed
    over for the verb before it in the same clause, and failing that takes the subject that opens
    the clause; "NAME:" right before the quote is a colon lead-in.

    >>> t = 'Jan Roe said on Friday, adding that it was "fine'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.verb
    ('Jan Roe', 'said')
    >>> t = 'Pollsters agree - Jan Roe: "Thanks'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.how
    ('Jan Roe', 'colon')
    >>> t = 'Hours later, Jan Roe thanked him, telling Reuters, "Yes'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.verb
    ('Jan Roe', 'telling')
    """
    lead = text[floor:pos].rstrip()
    if lead.endswith(":"):
        colon = floor + len(lead) - 1
        np = np_before(text, colon, floor)
        if np and not standalone(text, floor, np[0]) and not is_pronoun(text, np):
            np = _trailing_name(text, np)  # "... surprise pollster Jan Roe:" → "pollster Jan Roe"
            np = np if np and len(text[np[0]:np[1]].split()) >= 2 and not verb_hits(text, np[0], np[1]) else None
            if np:
                return Cue(np[0], np[1], None, colon, "colon")
        elif np and (name_like(text, np) or is_pronoun(text, np)):
            return Cue(np[0], np[1], None, colon, "colon")
    subjectless: VerbHit | None = None
    clause_from = floor
    for hit in reversed(verb_hits(text, floor, pos)):
        if hit.start < clause_from or not verb_ok(text, hit, None):
            continue
        verb = hit.verb
        if verb.lemma == "according to":
            np = np_after(text, hit.end, pos)
            if np:
                return Cue(np[0], np[1], hit.text, hit.start, "according")
            continue
        if verb.form == "gerund" and ends_with(SUBJECTLESS_BEFORE_RE, text, floor, hit.start):
            subjectless = subjectless or hit
            clause_from = _clause_start(text, floor, subjectless)
            continue
        subject = subject_before(text, hit.start, floor)
        if subject and verb_ok(text, hit, subject):
            if verb.form == "gerund" and not _gerund_subject_ok(text, floor, subject):
                subjectless = subjectless or hit
                clause_from = _clause_start(text, floor, subjectless)
                continue
            return Cue(subject[0], subject[1], hit.text, hit.start, "before")
        if ends_with(_COORDINATED_RE, text, floor, hit.start):
            subjectless = subjectless or hit
            clause_from = _clause_start(text, floor, subjectless)
            continue
        before = text[floor:hit.start].rstrip()
        if verb.inverts and (not before or before.endswith((",", ":"))):
            np = np_after(text, hit.end, pos)
            if np and not is_pronoun(text, np):
                return Cue(np[0], np[1], hit.text, hit.start, "inverted")
    view = IN_VIEW_RE.search(text, floor, pos)
    if view:
        g = "np" if view.group("np") else "np2"
        return Cue(view.start(g), view.end(g), None, view.start(), "according")
    if subjectless is not None:
        subject = sentence_subject(text, floor, subjectless.start)
        if subject:
            return Cue(subject[0], subject[1], subjectless.text, subjectless.start, "before")
    return None


def cue_in(text: str, start: int, end: int, skip: Iterable[tuple[int, int]] = ()) -> Cue | None:
    """The last attribution in ``text[start:end]`` outside the quotes in ``skip`` (for a quote whose
    speaker was named earlier in its paragraph: 'Roe agreed. "It is time."').

    >>> t = 'Jan Roe agreed. "Time is short."'
    >>> c = cue_in(t, 0, t.index('"')); t[c.start:c.end]
    'Jan Roe'
    """
    pieces, at = [], start
    for a, b in sorted((a, b) for a, b in skip if start <= a < end):
        pieces.append((at, a))
        at = b + 1
    pieces.append((at, end))
    for a, b in reversed(pieces):
        for sa, sb, _ in reversed(split_sentences(text[a:b], a)):
            cue = cue_before(text, sa, sb)
            if cue is not None:
                return cue
    return None


def subjects_in(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Named subjects of the reporting verbs in ``text[a:b]`` (speakers of reported speech).

    >>> t = "Jan Roe said the plan failed, adding that Kim agreed."
    >>> [t[s:e] for s, e in subjects_in(t, 0, len(t))]
    ['Jan Roe', 'Kim']
    """
    out = []
    for hit in verb_hits(text, a, b):
        if hit.verb.inverts and text[a:hit.start].rstrip().endswith(","):
            np = np_after(text, hit.end, b)  # "..., said Jan Roe, an aide"
            if np and not is_pronoun(text, np) and name_like(text, np):
                out.append(np)
                continue
        if hit.verb.form == "gerund" and ends_with(SUBJECTLESS_BEFORE_RE, text, a, hit.start):
            continue
        np = subject_before(text, hit.start, a)
        if not np or not verb_ok(text, hit, np) or is_pronoun(text, np) or not any(ch.isalpha() for ch in text[np[0]:np[1]]):
            continue
        if hit.verb.form == "gerund" and not _gerund_subject_ok(text, a, np):
            continue
        out.append(np)
    return out


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
    >>> medium_of("Kim said in a statement carried by the official Korean Central News Agency.")
    'statement carried by KCNA'
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
