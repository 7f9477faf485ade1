"""The tense a date is read in, and whether it dates a statement.

In: a sentence and a date expression's span. Out: "future", "past" or "" from the cue words
closest to it (``data/date_words.csv``: "will", "expected", "plans to"; irregular past verbs;
lower-case words ending in -ed), and whether the date says when something was said ("said last
week", "On Tuesday, the ministry said"). A date without a year is resolved by its tense.
"""
from __future__ import annotations

import re
from itertools import islice

from ...lexicon import letter_tree
from .patterns import RELATIONS, _words

#: Cue words read for the tense around a date (all lower case, matched as written).
FUTURE_CUE_RE = re.compile(rf"(?:{letter_tree(_words('future_cue'))})(?![\w'])")
PAST_IRREGULAR = frozenset(_words("past_cue"))
NOT_PAST = frozenset(_words("not_past"))
PASSIVE_AUX = frozenset(_words("passive_aux"))
#: A reporting verb followed by at most three words, at the end of the text before a date: "said ", "told reporters ".
SPEECH_BEFORE_RE = re.compile(rf"\b(?:{letter_tree(_words('speech_verb'))})(?:\s+[\w'’-]+){{0,3}}\s*$")
SPEECH_RE = re.compile(rf"\b(?:{letter_tree(_words('speech_verb'))})\b")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
#: Two characters a word of :data:`_WORD_RE` may run on through.
_WITHIN_WORD_RE = re.compile(r"[A-Za-z'’]{2}")


def tense_cues(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, str]]:
    """(offset, "future" or "past") of every tense cue in ``text[lo:hi]``, in order.

    Future cues ("will", "expected", "plans to") come from the data; past verbs are the irregular
    ones listed there and lower-case words ending in -ed, except a participle after "be", "is",
    "are" ("to be hired") and the words listed as not past ("hundred").

    >>> tense_cues("nurses are expected to be hired, she said")
    [(11, 'future'), (37, 'past')]
    """
    hi = len(text) if hi is None else hi
    out, prev = [], ""
    for m in _WORD_RE.finditer(text, lo, hi):
        word = m.group(0)
        cue = _cue(text, m.start(), word, prev)
        if cue:
            out.append((m.start(), cue))
        prev = word.lower()
    return out


def _cue(text: str, at: int, word: str, prev: str) -> str:
    """The tense cue of the word at ``at`` ("future", "past" or ""), after the word ``prev`` (lower case)."""
    if FUTURE_CUE_RE.match(text, at):
        return "future"
    if prev not in PASSIVE_AUX and (word in PAST_IRREGULAR or (
            len(word) > 3 and word.endswith("ed") and word.islower() and word not in NOT_PAST)):
        return "past"
    return ""


#: The words a tense cue can start with: the first word of a future cue, or an irregular past.
#: A word ending in -ed, or holding a "’" (a cue may end before one: "will’"), may be a cue too.
_CUE_HEADS = frozenset({p.split()[0] for p in _words("future_cue")} | PAST_IRREGULAR)
#: A word of :data:`_WORD_RE` (group ``w``) that may be a tense cue, as :data:`_CUE_HEADS` says. A
#: word starts at the first letter of a run of letters and apostrophes, and runs to its end.
_CUE_WORD_RE = re.compile(
    rf"(?<![A-Za-z'’])['’]*+(?P<w>{letter_tree(h for h in _CUE_HEADS if h[0].isalpha())}(?![A-Za-z'’])"
    r"|[A-Za-z][A-Za-z']*+(?:’[A-Za-z'’]*+|(?<=ed)(?![A-Za-z'’])))")
#: In reversed text, from just before a word: the word before it (reversed, group 1), as
#: :data:`_WORD_RE` reads words; runs of apostrophes alone are no word.
_PREV_WORD_REVERSED_RE = re.compile(r"(?:[^A-Za-z'’]|['’]++(?![A-Za-z]))*+([A-Za-z'’]*[A-Za-z])")


class _Cues:
    """The tense cues of one sentence, for :func:`tense_before` at any offset: read backwards from
    the offset a stretch of words at a time, as the closest cue is most often a few words away."""

    __slots__ = ("text", "rtext")

    #: How many characters (at least) each stretch reads.
    STRETCH = 48

    def __init__(self, text: str):
        self.text, self.rtext = text, None

    def before(self, pos: int) -> str:
        """What ``tense_before(text, pos)`` says."""
        text = self.text
        if pos and _WITHIN_WORD_RE.match(text, pos - 1):
            return tense_before(text, pos)  # pos may be inside a word, which tense_before cuts short
        hi = pos
        while hi > 0:
            # A stretch starts after a space, so no word runs over its ends (nor over ``pos``, see above).
            lo = text.rfind(" ", 0, max(0, hi - self.STRETCH)) + 1
            for m in reversed(list(_CUE_WORD_RE.finditer(text, lo, hi))):
                cue = self._cue(m.start("w"), m.group("w"))
                if cue:
                    return cue
            hi = lo
        return ""

    def _cue(self, at: int, word: str) -> str:
        """What :func:`_cue` says of the word at ``at``, one of those :data:`_CUE_WORD_RE` finds; the
        word before a possible past participle is read backwards, only then."""
        text = self.text
        if FUTURE_CUE_RE.match(text, at):
            return "future"
        if word in PAST_IRREGULAR or (len(word) > 3 and word.endswith("ed") and word.islower() and word not in NOT_PAST):
            self.rtext = text[::-1] if self.rtext is None else self.rtext
            prev = _PREV_WORD_REVERSED_RE.match(self.rtext, len(text) - at)
            return "" if prev and prev.group(1)[::-1].lower() in PASSIVE_AUX else "past"
        return ""


def tense_before(text: str, pos: int) -> str:
    """"future", "past" or "" from the cue closest before ``pos``.

    >>> tense_before("nurses are expected to be hired by March", 35)
    'future'
    >>> tense_before("the vote took place in April", 23)
    'past'
    >>> tense_before("the pact signed in June", 19), tense_before("the festival in June", 16)
    ('past', '')
    """
    cues = tense_cues(text, 0, pos)
    return cues[-1][1] if cues else ""


def tense_after(text: str, pos: int, words: int = 8, speech: bool = False) -> str:
    """The tense from the first cue in the few words after ``pos`` (used when nothing before decides).

    A reporting verb there ("July 4, the premier announced") says when something was said, not
    when the dated event happens, so it ends the search, unless ``speech`` (the date opens the
    sentence and dates the statement: "On Tuesday, the ministry said").

    >>> tense_after("In June, the parliament passed a law it will enforce.", 7)
    'past'
    >>> tense_after("Voters go to the polls on July 4, the premier announced.", 32)
    ''
    """
    ends = [m.end() for m in islice(_WORD_RE.finditer(text, pos), words)]
    for at, tense in tense_cues(text, pos, ends[-1]) if ends else []:
        if SPEECH_RE.match(text, at) and not speech:
            return ""
        return tense
    return ""


def tense_of(text: str, start: int, end: int, relation: str) -> str:
    """The tense a date is read in: "since" makes it past; otherwise the closest cue before it
    ("said Thursday" past, "will meet Friday" future), else what its relation says ("by" future),
    else the first cue after it.

    >>> tense_of("He said Friday the vote will be held", 8, 14, "")
    'past'
    >>> tense_of("Troops will arrive by December", 19, 30, "by")
    'future'
    >>> tense_of("Erdoğan, speaking Thursday, said it will happen", 20, 28, ""), tense_of("On Oct. 7, Hamas said", 0, 9, "on")
    ('', 'past')
    """
    return _tense_of(text, start, end, relation, None)


def _tense_of(text: str, start: int, end: int, relation: str, cues: _Cues | None) -> str:
    """:func:`tense_of`, reading the cues before ``start`` from ``cues`` when given."""
    if RELATIONS.get(relation) == "past":
        return "past"
    opens_sentence = not text[:start].strip(" \"“‘'")
    before = cues.before(start) if cues is not None else tense_before(text, start)
    return before or RELATIONS.get(relation, "") or tense_after(text, end, speech=opens_sentence)


def is_speech_anchor(text: str, start: int, end: int) -> bool:
    """Whether a date says when a statement was made: right after a reporting verb ("said last week",
    "told reporters on Tuesday"), or opening the sentence before a comma ("Last week, the agency said").

    >>> is_speech_anchor("Lee said on Tuesday that", 9, 19), is_speech_anchor("On Tuesday, Lee said", 0, 10)
    (True, True)
    >>> is_speech_anchor("Troops arrived on Tuesday", 15, 25), is_speech_anchor("Lee said it will end Friday", 21, 27)
    (False, False)
    """
    m = SPEECH_BEFORE_RE.search(text, 0, start)
    if m:
        return not FUTURE_CUE_RE.search(text, m.start(), start)
    return not text[:start].strip(" \"“‘'") and text[end:end + 1] == "," and bool(SPEECH_RE.search(text, end))
