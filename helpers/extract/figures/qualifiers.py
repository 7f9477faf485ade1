"""How exact the writer says a figure is: qualifier phrases, and ranges.

In: a sentence and a number in it. Out: the qualifier written before it ("more than", "about",
"up to") or after it ("or more", "-plus", "-odd"), from ``data/qualifiers.csv``; the number
that closes a range it opens ("8,000 to 9,500", "10-12", "between 10 and 12", "two or
three"). :data:`QUALIFIER_MARKS` gives the sign a chart puts before each qualifier.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .exclusions import _in_spans
from .grammar import patterns
from .nouns import STOP_WORDS, head_noun
from .numerals import _hyphen_unit, _Number, _read_digits
from .spelled import spelled_values
from .vocabulary import number_words, qualifier_phrases, word_class

#: The sign a chart puts before a figure for each qualifier ("≥ 2,500 soldiers").
QUALIFIER_MARKS = {"exact": "", "approx": "≈", "at_least": "≥", "more_than": ">", "at_most": "≤",
                   "less_than": "<", "range": "–", "vague": "~"}
#: A range between two numbers: "8,000 to 9,500", "8- to 16-", "10-12", "3.5–4.0", "between 10 and 12", "two or three".
#: An em dash with a space beside it is a break in the sentence, no range: "four in 10 \u2014 38 percent \u2014 said".
RANGE_CONN_RE = re.compile(r",?[ \u00a0]+(?:or[ \u00a0]+)?(?P<maybe>maybe|perhaps|possibly)[ \u00a0]+"  # "four, maybe five"
                           r"|-?[ \u00a0]*(?P<to>to|through)[ \u00a0]+|[-\u2010](?P<hto>to)[-\u2010]|[ \u00a0]*(?P<dash>[-\u2010\u2013])[ \u00a0]*|(?P<em>\u2014)(?![ \u00a0])"
                           r"|[ \u00a0]+(?P<andor>and|or)[ \u00a0]+")
#: A short unit between a number and a range connector: "44 mg to 50 mg", "-18 °C to", "10% to 12%",
#: "$350 per kg to $680 per kg".
RANGE_UNIT_RE = re.compile(r"[ \u00a0]?(%|°[ ]?[CFcf]?|per[ \u00a0]+[A-Za-z]+|[A-Za-z]{1,3}(?:/[A-Za-z]{1,3})?(?![A-Za-z]))")
#: "between" right before a number: "between 10 and 12" is a range.
BETWEEN_RE = re.compile(r"(?<![\w-])between[ \u00a0]+$", re.I)
#: An uncertainty after a number, part of the figure: "2,000.45±0.01", "9.83e-3 +/- 1e-5".
UNCERTAINTY_RE = re.compile(r"[ \u00a0]*(?:±|\+/-|\+-)[ \u00a0]*\d+(?:\.\d+)?(?:[eE][-−]?\d+)?")


#: An article or "every" between a qualifier and its number: "up to a 90 percent", "roughly every 3.4 months".
ARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:an?|every)[ \u00a0]+$", re.I)


def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier written right before the number at ``pos`` and where it starts (``data/qualifiers.csv``).

    >>> t = "no more than 2,500 troops"
    >>> qualifier_before(t, t.index("2")), qualifier_before("over 60 times", 5), qualifier_before("the 60 times", 4)
    (('at_most', 0), ('more_than', 0), None)
    """
    m = patterns().qual_before.search(text, max(0, pos - 25), pos)
    if m is None:  # "up to a 90 percent break", "roughly every 3.4 months": the qualifier is before the article
        gap = ARTICLE_BEFORE_RE.search(text, max(0, pos - 8), pos)
        m = patterns().qual_before.search(text, max(0, pos - 33), gap.start()) if gap else None
        if m and m.group("q").lower() in ("over", "in", "within", "under", "below", "above", "beyond"):
            return None  # "over a 10-year period", "under a $118 million contract": a preposition
    return (qualifier_phrases()[(m.group("q").lower(), "before")], m.start("q")) if m else None


def qualifier_after(text: str, end: int, noun_end: int) -> tuple[str, int] | None:
    """The qualifier written right after a number (``end``) or after its noun (``noun_end``), and
    where the figure then ends: "2,500-plus", "2,500 or more", "2,500 soldiers or more".

    >>> t = "2,500 soldiers or more came"
    >>> qualifier_after(t, 5, 14), qualifier_after("40-odd ships", 2, 2), qualifier_after("40 ships left", 2, 8)
    (('at_least', 22), ('approx', 6), None)
    >>> qualifier_after("$5 an hour plus tips", 2, 10)
    """
    for pos in dict.fromkeys((end, noun_end)):
        m = patterns().qual_after.match(text, pos)
        if m and pos != end and not any(c.isspace() for c in m.group("q")) and text[m.end():].lstrip()[:1].isalnum():
            continue  # a word after the noun qualifies it only at a phrase end: "8 hours plus," not "$5 an hour plus tips"
        if m and not text[m.end():m.end() + 1].isalnum():
            return qualifier_phrases()[(m.group("q").lower(), "after")], max(noun_end, m.end())
    return None


def _number_at(text: str, pos: int) -> _Number | None:
    """The number written at ``pos`` (digits or words), for the second end of a range."""
    pat = patterns()
    m = pat.number_at.match(text, pos)
    if m:
        num = _read_digits(text, m)
        return None if num.skip else num
    m = pat.spelled_at.match(text, pos)
    found = spelled_values(m.group()) if m else []
    if not found or found[0][0] != 0:
        return None
    _, e, value, small = found[0]
    num = _Number(pos, pos + e, value, "spelled", small=small)
    last, kind = number_words().get(text[pos:pos + e].split()[-1].lower(), (1.0, ""))
    if kind in ("hundred", "scale"):  # "eight thousand"
        num.scale = last
    _hyphen_unit(text, num)
    return num


def _range_partner(text: str, n: _Number, between: bool, masks: list[tuple[int, int]]) -> _Number | None:
    """The number that closes a range opened by ``n`` (``skip`` set for a score like "51-49"), or None.

    "8,000 to 9,500", "8- to 16-meter", "10-12", "3.5–4.0", "between 10 and 12", "two or
    three" are ranges; "45 and 50" (without "between") and "44 ml to 50 mg" (two units) are not.
    """
    if n.kind == "vague":
        return None
    pos = n.unit_end or n.end
    unit = RANGE_UNIT_RE.match(text, pos)
    unit_text = None
    if unit and unit.group(1).lower() not in STOP_WORDS and not n.unit:
        unit_text, pos = unit.group(1), unit.end()
    conn = RANGE_CONN_RE.match(text, pos)
    if not conn:
        return None
    nxt = _number_at(text, conn.end())
    if nxt is None or _in_spans(nxt.start, masks) or nxt.kind != n.kind:
        return None
    dash = conn.group("dash") or conn.group("em")
    if dash and _a_tally(text, n, nxt):  # "voted 8-3", "a 3-1 win", "drew 1-1": no range
        return replace(nxt, skip=True)
    if conn.group("to") and _a_tally(text, n, nxt, TALLY_TO_BEFORE_RE) and head_noun(text, nxt.end)[0] is None:
        return replace(nxt, skip=True)  # "confirmed him 92 to 0", "a vote of 90 to 10": a tally ("won 10 to 12 seats" counts)
    if conn.group("hto") and _a_tally(text, n, nxt):
        return replace(nxt, skip=True)  # "a 5-to-4 majority", "a 4-to-4 tie"
    if dash and _a_phone_number(text, n, nxt):
        return replace(nxt, skip=True)  # "call 555-0142": a phone number
    if nxt.value == n.value or (n.unit and not nxt.unit) or (n.currency and nxt.unit == "%"):
        return None  # "fell 8.4% to $31.17", "by 4% to 8.3 cents": two figures ("10 to 12%" is a range)
    if conn.group("andor") == "and" and not between:
        return None
    if (conn.group("andor") == "or" or conn.group("to") or conn.group("maybe")) and nxt.value < n.value and n.value >= 0:
        return None  # "212,205 to 210,424 votes" is a tally; "-18 °C to -34 °C" is a range
    if dash:
        if n.small or nxt.small or unit_text:  # "4e14 s-1" is a unit, "two-three" no range
            return None
        if nxt.value < n.value and n.value >= 0:
            return replace(nxt, skip=True)
    if n.currency and nxt.currency and n.currency != nxt.currency:
        return None
    later = RANGE_UNIT_RE.match(text, nxt.unit_end or nxt.end)
    if unit_text and not (later and later.group(1) == unit_text):
        return None
    if unit_text:
        nxt = replace(nxt, unit=unit_text, unit_end=later.end())
    if n.unit and nxt.unit and n.unit.lower() != nxt.unit.lower():
        return None
    return nxt


#: The word before a number and the word after another: "voted 8-3", "a 5-2 vote".
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:an?[ \u00a0]+)?$")
_WORD_AFTER_RE = re.compile(r"[ \u00a0]+([A-Za-z]+)")


def _a_phone_number(text: str, n: _Number, nxt: _Number) -> bool:
    """Whether three digits, a dash and four digits with nothing counted after them are a phone
    number ("call 555-0142"), not a range ("500-1500 people").

    >>> t = "Call 555-0142 or see 500-1500 people"
    >>> _a_phone_number(t, _number_at(t, 5), _number_at(t, 9)), _a_phone_number(t, _number_at(t, 22), _number_at(t, 26))
    (True, False)
    """
    digits = text[n.start:n.end] + text[nxt.start:nxt.end]
    return (len(text[n.start:n.end]) == 3 and len(text[nxt.start:nxt.end]) == 4 and digits.isdigit()
            and not text[nxt.end:nxt.end + 1].isalnum() and head_noun(text, nxt.end)[0] is None)


#: The tally word before "X to Y" may stand before an object or "of": "confirmed him 92 to 0", "a vote of 90 to 10".
TALLY_TO_BEFORE_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:(?:an?|of|by|him|her|them|it)[ \u00a0]+)?$")


def _a_tally(text: str, n: _Number, nxt: _Number, before_re: re.Pattern = _WORD_BEFORE_RE) -> bool:
    """Whether two whole numbers joined by a dash are a score or a vote: a word of class ``tally``
    (``data/figures_word_classes.csv``) right before or after them ("voted 8-3", "won 3-1", "a 5-2
    vote", "failed 3-4").

    >>> t = "The board voted 8-3 and failed 3-4; a 10-12 rise"
    >>> [_a_tally(t, _number_at(t, i), _number_at(t, i + 2)) for i in (16, 31)]
    [True, True]
    >>> _a_tally(t, _number_at(t, 39), _number_at(t, 42))
    False
    """
    if not (float(n.value).is_integer() and float(nxt.value).is_integer() and n.kind == "digits" and not n.currency):
        return False
    tally = word_class("tally")
    before = before_re.search(text, max(0, n.start - 24), n.start)
    after = _WORD_AFTER_RE.match(text, nxt.unit_end or nxt.end)
    return bool((before and before.group(1).lower() in tally) or (after and after.group(1).lower() in tally))
