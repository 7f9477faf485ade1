"""Speaker phrases: the noun phrases that name who speaks, read with a few word classes.

A phrase before a verb (:func:`np_before`), after one (:func:`np_after`), a verb's subject
past appositives and relative clauses (:func:`subject_before`), and the subject opening a
clause (:func:`sentence_subject`); with tests on a phrase (a pronoun, a name, a clause opener).
Phrases are ``(start, end)`` offsets into the paragraph.

>>> t = "Jan Roe, a spokesman for the party, said"
>>> t[slice(*subject_before(t, t.index("said")))], is_pronoun("She said", (0, 3))
('Jan Roe', True)
"""
from __future__ import annotations

import re
from typing import Sequence

from ..actors import FUNCTION_WORDS, head_kind, is_post_nominal, title_words, token_key
from .words import (ADVERBIALS, DETERMINERS, DOUBLE_MARKS, END, KIND, QUANTIFIERS, START, TEXT, TIME_WORDS, _LY_NOUNS,
                    Word, ends_with, ends_with_mark, pronouns, verb_hits, words)


def _valid_np(ws: Sequence[Word]) -> bool:
    """A noun phrase ends in a word and has a head: "the report", "Tran Van Minh", not "the"."""
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
    and "and" may join words inside the phrase ("the National Police Service of Kenya", "a
    spokesman for the party"); a determiner ends it.

    >>> t = "Turkish President Recep Tayyip Erdogan also said"
    >>> t[slice(*np_before(t, t.index("said")))]
    'Turkish President Recep Tayyip Erdogan'
    >>> t = "Kenya sent police officers, the National Police Service of Kenya said"
    >>> t[slice(*np_before(t, t.index("said")))]
    'the National Police Service of Kenya'
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
PARTY_TAG_RE = re.compile(r"\s*(?:\(?[RDI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?\)?"
                          r"|(?:Republican|Democrat|[Ii]ndependent)\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*")
#: A place or a state written between commas after a name: "Cory Roe, 22, of Flint, Mich., said".
PLACE_RE = re.compile(r"\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*")
#: A relative clause opening an appositive: ", who was not authorized to speak,".
RELATIVE_RE = re.compile(r"\s*(?:who|whose|which)\b")
#: "X is quoted as saying": the subject stands before the passive.
QUOTED_AS_RE = re.compile(r"\s+(?:is|was|were|are|has been|had been|being)\s+(?:also\s+)?quoted\s+as\s*$", re.I)
_NOT_APPOSITIVE = frozenset("and or but as while when after before if".split())
#: Pronouns with which a parenthesis points back at the name before it: "Jan, as fans call him,".
_BACK_POINTING = frozenset("he she him her his they them their it its".split())


def looks_appositive(text: str, a: int, b: int) -> bool:
    """Whether the comma-delimited segment ``text[a:b]`` describes the name before it.

    >>> t = "x, a spokesman for X, 45, Twitter's director, R-Pa., MD, as fans call him, and Roe, Jan Roe,"
    >>> cuts = [i for i, ch in enumerate(t) if ch == ","]
    >>> [looks_appositive(t, a + 1, b) for a, b in zip(cuts, cuts[1:])]
    [True, True, True, True, True, True, False, False]
    """
    ws = words(text, a, b)
    if not ws:
        return False
    if PARTY_TAG_RE.fullmatch(text, a, b) or all(is_post_nominal(w[TEXT]) for w in ws):
        return True
    first = ws[0][TEXT]
    if first.lower() == "as" and any(w[TEXT].lower() in _BACK_POINTING for w in ws[1:]):
        return True  # "Dr Eva, as patients call her, said": a parenthesis about the name
    if verb_hits(text, a, b) and not RELATIVE_RE.match(text, a):
        return False
    if first.lower() in _NOT_APPOSITIVE:
        return False
    possessive = len(ws) > 2 and ws[1][KIND] == "poss" and ws[2][KIND] == "low"
    return first[:1].islower() or first[:1].isdigit() or ws[0][KIND] == "det" or possessive


def name_like(text: str, np: tuple[int, int]) -> bool:
    """A phrase that names someone: it has a capitalised word and does not open with a plain noun.

    >>> [name_like(t, (0, len(t))) for t in ["the Clinton campaign", "Jan Roe", "troops near Lyon"]]
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


def leading_name(text: str, np: tuple[int, int]) -> tuple[int, int]:
    """A phrase read back from a colon that opens with a name and goes on in plain lower-case
    words is the name and its verb ("Lind went" in "Later, Lind went further:"): the name alone;
    any other phrase as it is.

    >>> [text[slice(*leading_name(text, (0, len(text))))] for text in ["Eva Lind went", "the Roe campaign"]]
    ['Eva Lind', 'the Roe campaign']
    """
    ws = words(text, np[0], np[1])
    k = 0
    while k < len(ws) and ws[k][KIND] in ("cap", "poss"):
        k += 1
    rest = ws[k:]
    if k and rest and all(w[KIND] == "low" and token_key(w[TEXT]) not in title_words() for w in rest):
        return ws[0][START], ws[k - 1][END]
    return np


def only_name_words(text: str, np: tuple[int, int]) -> bool:
    """Whether a phrase is made of names and titles only ("Gov. Jan Roe"), not a clause ("Roe hit Eze").

    >>> [only_name_words(t, (0, len(t))) for t in ["Gov. Jan Roe", "Roe hit Eze"]]
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
    return not before or before[-1] in ",;:(\u2014\u2013-" + DOUBLE_MARKS or ends_with_mark(before)


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
        if prev < 0 or cut - prev > 220 or any(ch in DOUBLE_MARKS for ch in text[prev:cut]) or \
                "''" in text[prev:cut]:
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
    A leading conjunction is skipped, and so are introductory phrases before a comma.

    >>> t = "Hours later, Jan Roe returned the favor to Eze, telling Reuters"
    >>> t[slice(*sentence_subject(t, 0, len(t)))]
    'Jan Roe'
    >>> [t[slice(*sentence_subject(t, 0, len(t)))] for t in ["The Vermont senator emailed supporters", "But Roe made a plea"]]
    ['The Vermont senator', 'Roe']
    >>> [t[slice(*sentence_subject(t, 0, len(t)))] for t in ["Veteran icon Jan Roe wrote", "Tom and Eva Roe farm"]]
    ['Veteran icon Jan Roe', 'Tom and Eva Roe']
    >>> t = "At an event in Ames, Iowa, on Sunday, Mrs. Roe said"
    >>> t[slice(*sentence_subject(t, 0, len(t)))]
    'Mrs. Roe'
    >>> t = "Last week, when I asked Jan Roe about it, she smiled"
    >>> t[slice(*sentence_subject(t, 0, len(t)))]
    'she'
    """
    ws = words(text, floor, end)
    for _ in range(3):  # "Last month, when I asked her, she ...": one introductory phrase after another
        if ws and ws[0][TEXT].lower() in _LEADING_CONJUNCTIONS:
            ws = ws[1:]
        if not ws:
            return None
        if ws[0][KIND] == "pron":
            return ws[0][START], ws[0][END]
        first = ws[0][TEXT].lower()
        if not (ws[0][KIND] == "stop" or (first in FUNCTION_WORDS and first not in DETERMINERS)):
            break
        comma = next((n + 1 for n, w in enumerate(ws) if w[TEXT] == ","), len(ws))
        place = comma >= 2 and ws[comma - 2][KIND] == "cap"
        ws = ws[comma:]
        if place and len(ws) > 1 and ws[0][KIND] == "cap" and ws[1][TEXT] == ",":
            ws = ws[2:]  # "In Ames, Iowa, Mrs. Roe said": the place's state or country is no subject
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
        elif out and k + 1 < len(ws) and ws[k + 1][KIND] == "cap" and out[-1][KIND] in ("cap", "det") and (
                w[TEXT] in ("and", "&") or (w[KIND] == "low" and not w[TEXT].endswith("ed"))):
            out.append(w)  # "Tom and Eva Roe", "Conservative icon Jan Roe": the name goes on
        else:
            break
    while out and out[-1][KIND] in ("connect", "det", "poss"):
        out.pop()
    if not out or (not any(w[KIND] == "cap" for w in out) and not head_kind(out[-1][TEXT])):
        return None
    return out[0][START], out[-1][END]
