"""The noun a number counts when no noun follows it, read back from the number.

In: a sentence, where a number starts (its qualifier included) and the time frames' spans. Out:
the head of the noun phrase the number belongs to, as (noun, start, end):

- a unit written before the number: "magnitude 7.1", "at mile 24", "kilometer 112"
  (class ``unit_before`` of ``data/figures_word_classes.csv``);
- the noun a number is "of": "a toll of 410", "a majority of at least 170", "a crowd of 31,402"
  (not a word for an amount: "a total of 46" has no noun);
- the object or subject of the verb a number is "to", "at" or "from": "raised the toll to 46",
  "put the magnitude at 7.0", "thefts of converters rose from 112 in 2022 to 389",
  "admissions doubled in two weeks, to 38", and the subject of a verb of class ``change`` right
  before it: "the toll reached 46";
- the subject of a copula right before it ("the caseload is nearly 162,000"), not a person's age.

Word classes come from the lexicon (function words, verbs, amounts); a regular -ed or -ing form
is a verb. Nothing is read across a clause break of the sentence ("; ").
"""
from __future__ import annotations

import re

from .nouns import STOP_WORDS, _is_time_word, noun_category, singular_forms
from .vocabulary import _time_words, number_words, word_class

#: A token before a number: a word (with inner hyphens and apostrophes), digits, or a mark.
TOKEN_RE = re.compile(r"[A-Za-z](?:[A-Za-z\u2019-]|'(?!'))*|\d[\d,.]*|''|``|[,;:()\"\u201c\u201d\u2014\u2013]")
#: Prepositions a number follows when it is the end point of a change: "rose to 46", "put at 7.0".
POINT_PREPS = frozenset(("to", "at", "from"))
#: Prepositions that open a phrase a number's noun is not in: "in two weeks", "from 112 in 2022".
PREPOSITIONS = frozenset("in on at from for over during since by with into after before under across near of to "
                         "per through within between among".split())
#: Determiners that make the words after them an adverb of time: "this season", "last year".
TIME_DETERMINERS = frozenset(("this", "last", "next", "that", "each", "every"))
#: Words that may stand at the left edge of a noun phrase.
DETERMINERS = frozenset("the a an its their his her our your my this these those".split())
#: Words a clause's subject starts after.
SUBJECT_BREAKS = frozenset((",", ";", ":", "(", '"', "\u201c", "\u2014", "\u2013", "that", "which", "who", "while", "as",
                            "and", "but", "when", "after", "because", "said", "says", "say", "told"))
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")


def unit_before(text: str, start: int) -> tuple[str, int] | None:
    """A unit written right before a number, lower case ("magnitude 7.1", "mile 24"): (unit, its start).

    >>> unit_before("A magnitude 7.1 quake", 12), unit_before("Station 4 opened", 8)
    (('magnitude', 2), None)
    """
    m = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if m and m.group(1) in word_class("unit_before"):
        return m.group(1), m.start(1)
    return None


def noun_before(text: str, start: int, masks: list[tuple[int, int]] | None = None) -> tuple[str, int, int] | None:
    """The head of the noun phrase a bare number counts, read back from ``start``: (noun, start, end).

    >>> noun_before("Officials raised the toll to 46", 29)[0], noun_before("a majority of at least 170", 14)[0]
    ('toll', 'majority')
    >>> noun_before("Thefts of tyres in Lakeview rose from 112 in 2022 to 389", 53)[0]
    'thefts'
    >>> noun_before("A total of 46", 11), noun_before("The department logged 254", 22)
    (None, None)
    >>> noun_before("a city of 85,000", 10)[0]
    'people'
    >>> noun_before("The caseload is 162,000", 16)[0], noun_before("The driver was 19", 15)
    ('caseload', None)
    """
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, max(0, start - 200), start)]
    toks = [t for t in toks if not (masks and any(a <= t[1] < b for a, b in masks))]
    if not toks:
        return None
    last = toks[-1][0].lower()
    if last == "of":
        head = _chunk_head(toks, len(toks) - 2)
        if len(toks) > 2 and toks[-3][0].lower() in PREPOSITIONS:
            return None  # "in front of 28,114", "on top of 40": a preposition of several words
        if head and head[0].lower() in word_class("settlement"):
            return ("people",) + tuple(head[1:])  # "a city of about 85,000": its people
        if head and head[0].lower() not in word_class("quantity"):
            return head
        return None
    if last in word_class("change"):
        return _subject(toks, len(toks) - 1)
    if last in word_class("copula"):  # "the caseload is nearly 162,000": the subject, not a person's age
        head = _subject(toks, len(toks) - 1)
        if head and head[0].lower() in word_class("settlement"):
            return ("people",) + tuple(head[1:])  # "its population is 85,000": its people
        if head and re.split(r"['\u2019]", head[0].lower())[0] in STOP_WORDS:
            return None  # "we'll be six": a pronoun's contraction
        if head and head[0].lower() not in word_class("quantity") and noun_category(head[0]) != "personnel":
            return head
        return None
    if last not in POINT_PREPS:
        return None
    i = len(toks) - 2
    while i >= 0:
        w = toks[i][0]
        low = w.lower()
        if w in (",", "\u2014", "\u2013"):
            i -= 1
            continue
        if _is_verb(low):
            return _subject(toks, i)
        if low in ("up", "down", "out") or low.endswith("ly"):  # "out of work" as "up": an adverb, read over
            i -= 1
            continue
        j = _chunk_start(toks, i)
        if j == i + 1:  # no phrase here: a clause break or a word that starts none
            return None
        if all(t[0][0].isdigit() for t in toks[j:i + 1]):  # "fell 11.4% in 2024 to 292,000": the change, not a noun
            i = j - 2 if j > 0 and toks[j - 1][0].lower() in PREPOSITIONS else j - 1
            continue
        edge = toks[j - 1][0].lower() if j > 0 else ""
        if _counted(toks, j, i):  # "fell to 2.7m units in the quarter from 3.9m": the count it is compared with
            return toks[i]
        if edge in PREPOSITIONS or toks[j][0].lower() in TIME_DETERMINERS:  # "in two weeks", "this season": adverbs
            i = j - 2 if edge in PREPOSITIONS else j - 1
            continue
        if j > 0 and _is_verb(edge):  # "raised the toll": the object
            return _of_quantity(toks, i, _chunk_head(toks, i))
        return None
    return None


def _counted(toks: list[tuple[str, int, int]], j: int, i: int) -> bool:
    """Whether the phrase of tokens ``j..i`` is a number and what it counts ("2.7m units"), not a
    span of time ("two weeks")."""
    has_number = any(t[0][0].isdigit() or t[0].lower() in number_words() for t in toks[j:i])
    last = toks[i][0].lower()
    units = _time_words()[1]
    return has_number and _content(toks[i][0]) and not any(f in units for f in singular_forms(last))


def _of_quantity(toks: list[tuple[str, int, int]], i: int, head: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The noun a word for an amount is "of", with the capitalised words before it: "the number of
    Peruvian troops near Tumbes" → Peruvian troops."""
    if head is None or head[0].lower() not in word_class("quantity") or i + 1 >= len(toks) or toks[i + 1][0].lower() != "of":
        return head
    k = i + 2
    while k < len(toks) and (_content(toks[k][0]) or toks[k][0].lower() in DETERMINERS):
        k += 1
    words = [t for t in toks[i + 2:k] if _content(t[0])]
    if not words:
        return None
    first = len(words) - 1  # "Peruvian soldiers": a capitalised modifier says whose
    while first > 0 and words[first - 1][0][:1].isupper() and words[first - 1][2] + 1 == words[first][1]:
        first -= 1
    return (" ".join(w for w, _, _ in words[first:]), words[first][1], words[-1][2])


def _is_verb(low: str) -> bool:
    return low in word_class("verb") or low in word_class("change") or (
        len(low) > 4 and low.endswith(("ed", "ing")) and low not in STOP_WORDS)


def _content(w: str) -> bool:
    """Whether a token can be (part of) a noun phrase's head: a word, not a function word or verb."""
    low = w.lower()
    return (w[0].isalpha() and low not in STOP_WORDS and low not in number_words() and not _is_time_word(low)
            and not _is_verb(low) and not low.endswith("ly"))


def _chunk_start(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the noun phrase ending at token ``i`` starts: over words, numbers and a determiner."""
    j = i
    while j >= 0 and (_content(toks[j][0]) or toks[j][0][0].isdigit() or toks[j][0].lower() in number_words()):
        j -= 1
    if j >= 0 and toks[j][0].lower() in DETERMINERS | TIME_DETERMINERS and j < i:
        j -= 1
    return j + 1


def _chunk_head(toks: list[tuple[str, int, int]], i: int) -> tuple[str, int, int] | None:
    """The last content word of the phrase ending at token ``i`` (its head), or None."""
    if i >= 0 and _content(toks[i][0]) and not toks[i][0].lower().endswith(("'s", "\u2019s")):
        return toks[i]
    return None


def _subject(toks: list[tuple[str, int, int]], verb: int) -> tuple[str, int, int] | None:
    """The head of the subject of the verb at token ``verb``: the last word of its first phrase,
    before any preposition ("Thefts of converters in Lakeview rose" → Thefts)."""
    k = verb - 1
    while k >= 0 and toks[k][0].lower() not in SUBJECT_BREAKS and not _is_verb(toks[k][0].lower()):
        k -= 1  # back to a clause break or the verb before ("said thefts ... rose")
    first = k + 1
    if first >= verb:
        return None
    end = first
    while end < verb and toks[end][0].lower() not in PREPOSITIONS and toks[end][0].lower() not in STOP_WORDS - DETERMINERS:
        end += 1
    words = [t for t in toks[first:end] if _content(t[0]) and not t[0].lower().endswith(("'s", "\u2019s"))]
    if not words:
        return None
    head = _of_quantity(toks, toks.index(words[-1]), words[-1])
    if head is not words[-1]:
        return head
    w, s, e = words[-1]
    return (w.lower() if first == 0 and toks[0][1] == 0 and w[1:].islower() else w), s, e  # "Thefts rose": thefts
