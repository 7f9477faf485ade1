"""Numbers written in digits, and the :class:`_Number` every reader of a number returns.

In: a sentence and a match of ``patterns().number_at``. Out: a :class:`_Number` with its value
and span, read with what is written around the digits: thousands separators and decimals,
fractions ("2 1/2", "2½"), signs ("-15", "minus 15"), scientific notation, a currency ("$45B",
"Rs 500"), a scale word or abbreviation ("1.5 million", "10k", "3m people"), a unit glued or
hyphenated to it ("10kg", "27-kilometer"), a scale letter after a space before a count or after a
currency ("8 B people", "$2.31 B"), a percent sign, and an amount in parentheses, which
is negative ("($99.99)"). Ordinals, decades, designations and identifiers are read only to be
skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import patterns
from .nouns import NP_WORD_RE, STOP_WORDS, _is_plural, noun_category, singular_forms
from .vocabulary import measure_units, number_words, scale_abbreviations, scale_money

VULGAR_VALUES = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
                 "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
#: Ten or more digits in a row, without separators: an identifier, a timestamp or a phone number.
IDENTIFIER_RE = re.compile(r"\d{10,}")
#: A unit or letters glued to the digits: "10kg", "25lbs", "4km^3", "30C", "2.80GHz", "06F6".
GLUED_RE = re.compile(r"[A-Za-zµ°][A-Za-zµ°/]*(?:\^?-?\d+)?")
#: "plus or " before a minus sign: the margin of a poll's error ("plus or minus 3 points").
PLUS_OR_RE = re.compile(r"\b[Pp]lus[ \u00a0]+or[ \u00a0]+$")
#: A letter or digit in parentheses glued to a number: the rest of a code ("401(k)", "501(c)(3)").
PAREN_CODE_RE = re.compile(r"(?:\([A-Za-z\d]{1,2}\))+")
#: An ordinal suffix after digits: "3rd", "21st-century", "4TH".
ORDINAL_RE = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)
#: A decade suffix after digits ending in 0: "1960s", "1990's", "the 90s".
DECADE_RE = re.compile(r"['\u2019]?s(?![A-Za-z])")
#: A word right after a hyphen: the unit of "27-kilometer", "14-month", "two-year".
HYPHEN_WORD_RE = re.compile(r"[-\u2010]([A-Za-z]+)(?![A-Za-z-])")
_DIGIT_GAPS_RE = re.compile(r"[,\s\u00a0\u202f]")
_EXPONENT_RE = re.compile(r"[-\u2212+]?\d+$")
_YEAR_DIGITS_RE = re.compile(r"(?:1[89]|20)\d\d")
_LETTER_DIGIT_RE = re.compile(r"[A-Za-z]\d")


def _digits_value(m: re.Match) -> float | None:
    """The value of a digits match of ``patterns().number_at``, or None when it is no number ("1/0")."""
    g = m.groupdict()
    if g["vulgar"]:
        value = VULGAR_VALUES[g["vulgar"]]
    else:
        raw = _DIGIT_GAPS_RE.sub("", g["digits"])
        value = float(raw)
        if g["mixed"]:
            num, den = g["mixed"].strip().split("/")
            if int(den) == 0 or int(num) >= int(den):
                return None
            value += int(num) / int(den)
        elif g["slash"]:
            den = int(g["slash"][1:])
            if den == 0 or value >= den or "." in raw:
                return None
            value = value / den
        elif g["vglued"]:
            value += VULGAR_VALUES[g["vglued"].strip()]  # "2½", "5 ½"
    if g["sci"]:
        exp = int(_EXPONENT_RE.search(g["sci"]).group().replace("\u2212", "-"))
        if abs(exp) > 300:
            return None  # no quantity: "x104591" is text run together
        value *= 10.0 ** exp
    if g["neg"]:
        value = -value
    return value


def _clean(value: float) -> int | float:
    """An int when the value is whole ("2,500" → 2500), else a float rounded to 10 decimals.

    The value is first cut to 12 significant digits, so the float error of a scale goes:
    "8.3 million" is 8300000, not 8300000.000000001.

    >>> _clean(2500.0), _clean(8.3 * 1e6), _clean(1 / 3)
    (2500, 8300000, 0.3333333333)
    """
    if float(value).is_integer() and abs(value) < 1e15:
        return int(value)
    v = round(float(f"{value:.12g}"), 10)
    return int(v) if v.is_integer() and abs(v) < 1e15 else v


@dataclass
class _Number:
    """One number read at a position of a sentence, before qualifiers and nouns are added."""
    start: int
    end: int
    value: float
    kind: str                   # digits, spelled, vague
    currency: str | None = None
    scaled: bool = False        # written with a scale ("1.5 million", "$45B")
    scale: float = 1.0          # the multiplier of that scale ("1.5 million" → 1,000,000)
    small: bool = False         # a bare spelled count below ten ("two")
    year_like: bool = False     # four plain digits 1800-2099
    unit: str | None = None     # a unit glued or hyphenated to the number ("10kg", "27-kilometer")
    unit_end: int | None = None
    skip: bool = False          # read only to be stepped over (an ordinal, a designation, an identifier)
    abbr: str | None = None     # the scale abbreviation written after it, applied ("35m devices") or not ("10m")


def _read_digits(text: str, m: re.Match) -> _Number:
    """A :class:`_Number` from a digits match, with what is glued after it.

    The letters glued to a number are its unit ("10kg", "4km^3") unless they make an ordinal or
    a decade ("3rd", "1960s") or a designation ("06F6", "LGA1156"), which are skipped. A scale
    abbreviation that is more often a unit ("10m" ten metres) scales the number before a plural
    or a name: "3m people", "1.1m Sudanese"; after "the" only before people ("the 3m residents"),
    as "the 100m hurdles" is a distance.

    >>> [_read_digits(t, patterns().number_at.match(t)).value for t in ("3m people", "3m high", "1.1m Sudanese")]
    [3000000.0, 3.0, 1100000.0]
    >>> [_read_digits(t, patterns().number_at.match(t)).value for t in ("$2.31 B in sales", "8 B people", "8 B")]
    [2310000000.0, 8000000000.0, 8.0]
    """
    g = m.groupdict()
    pat = patterns()
    end = m.end()
    value = _digits_value(m)
    if value is not None and g["neg"] and PLUS_OR_RE.search(text, max(0, m.start() - 9), m.start()):
        value = -value  # "plus or minus 3.5 points": a margin of error, no negative number
    num = _Number(m.start(), end, value if value is not None else 0.0, "digits", skip=value is None)
    cur = g["cur"]
    group = "abbr" if g["abbr"] else "sabbr" if g["sabbr"] else "sbig" if g["sbig"] else None
    if group:  # "10k", "2.5 mln", "$2.31 B"
        abbr = g[group]
        mult, bare = scale_abbreviations()[abbr]
        after_the = bool(_THE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()))
        nxt = NP_WORD_RE.match(text, m.end()) if abbr in scale_money() else None
        if nxt and nxt.group(1) and nxt.group(1).lower() not in STOP_WORDS:
            end = m.start(group) - (0 if group == "abbr" else 1)  # "two grand tours": an adjective, no money
            num.end = end
        elif cur or (bare and group != "sbig") or _counted_after(text, m.end(), after_the):
            num.value *= mult
            num.scaled, num.scale, num.abbr = True, mult, abbr
        else:  # "10m" is ten metres, not ten million; "8 B" alone is no scale
            end = m.start(group) - (1 if group == "sbig" else 0)
            num.end = end
            if group == "abbr":
                num.abbr = abbr
    if g["scale"]:
        num.scale = number_words()[g["scale"].lower().rstrip("s")][0]
        if g["scale2"]:  # "2.5 lakh crore"
            num.scale *= number_words()[g["scale2"].lower().rstrip("s")][0]
        num.value *= num.scale
        num.scaled = True
    after = pat.currency_after.match(text, end) if not cur else None
    if after and not text[after.end():after.end() + 1].isalnum():
        cur, num.end = after.group("cur"), after.end()
    if cur == "R" and not (num.scaled or len(_DIGIT_GAPS_RE.sub("", g["digits"] or "")) >= 3):
        cur, num.skip = None, True  # "R2", "R35": a road or a model; rand come with a scale or three digits ("R450m", "R500")
    num.currency = cur
    digits = g["digits"] or ""
    if IDENTIFIER_RE.fullmatch(digits) and not (cur or num.scaled):
        num.skip = True  # an identifier or a timestamp: "756642903469031424", "1449075600"
    num.year_like = bool(_YEAR_DIGITS_RE.fullmatch(digits)) and not (cur or num.scaled or g["neg"] or g["sci"]
                                                                            or g["mixed"] or g["slash"] or g["vglued"])
    if num.end == end and end < len(text):
        ch = text[end]
        if ORDINAL_RE.match(text, end) or (digits.endswith("0") and DECADE_RE.match(text, end)):
            num.skip = True
        elif ch == "(" and PAREN_CODE_RE.match(text, end):  # a code: "a 401(k) plan", "a 501(c)(3) group"
            num.skip, num.end = True, PAREN_CODE_RE.match(text, end).end()
        elif ch.isalpha() or ch in "°µ":
            glued = GLUED_RE.match(text, end)
            token = glued.group() if glued else ""
            if not glued or (_LETTER_DIGIT_RE.search(token) and noun_category(token) in (None, "other")):
                num.skip = True  # a designation: "06F6", "I7-860BOX"; or letters no unit is written in
            else:
                num.unit, num.unit_end = token, end + len(token)
        elif ch in "-\u2010":
            _hyphen_unit(text, num)
    if num.unit is None and cur is None and end < len(text) and text[end] == "%":
        num.unit, num.unit_end = "%", end + 1
    return num


#: "the " right before a number: "the 100m hurdles" is a distance, not a hundred million hurdles.
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _counted_after(text: str, pos: int, after_the: bool = False) -> bool:
    """Whether the word after ``pos`` is a plural or a name, what a count of millions counts ("3m people");
    ``after_the``, only people: "the 3m residents" is a count, "the 100m hurdles" a distance."""
    nxt = NP_WORD_RE.match(text, pos)
    word = nxt.group(1) if nxt else None
    if not word or word.lower() in STOP_WORDS:
        return False
    if after_the:
        return noun_category(word) in ("personnel", "casualties")
    return word[0].isupper() or _is_plural(word)


def _hyphen_unit(text: str, num: _Number) -> None:
    """A unit hyphenated to a number: "27-kilometer", "14-month", "two-year" (not "-plus", "-odd", "-ish";
    "-strong" is read over, for the noun after it)."""
    hw = HYPHEN_WORD_RE.match(text, num.end)
    if hw and hw.group(1).lower() == "strong":  # "a 30,000-strong workforce": the noun after counts
        num.unit_end = hw.end()
    elif hw and hw.group(1).lower() not in ("plus", "odd", "ish"):
        num.unit, num.unit_end = hw.group(1), hw.end()


def _feet_and_inches(text: str, num: _Number) -> None:
    """A height in feet and inches hyphenated to a number is one measure in feet: "6-foot-2" 6.17,
    "5-foot-10-inch" 5.83.

    >>> t = "a 6-foot-2 guard"
    >>> num = _read_digits(t, patterns().number_at.match(t, 2))
    >>> _feet_and_inches(t, num); (round(num.value, 2), num.unit, t[num.start:num.unit_end])
    (6.17, 'feet', '6-foot-2')
    """
    m = FEET_INCHES_RE.match(text, num.end)
    if m and not num.currency and num.unit is None and num.value == int(num.value) and int(m.group(1)) < 12:
        num.value += int(m.group(1)) / 12
        num.unit, num.unit_end = "feet", m.end()


#: Feet and inches after the feet's digits: "-foot-2", "-foot-10-inch", " ft 2 in".
FEET_INCHES_RE = re.compile(r"[-\u2010 ](?:foot|feet|ft)[-\u2010 ](\d{1,2})(?![\d.,])(?:[-\u2010 ](?:inch(?:es)?|in)\b)?")


def _accounting_negative(text: str, num: _Number) -> None:
    """An amount of money in parentheses is negative, as accounts write it: "revenue was ($99.99)".

    The span takes in the parentheses. Not after another number or a unit, where the parentheses
    hold a conversion: "£100 ($130)", "a pound ($1.30)".

    >>> t = "Net income was ($4.5 million)."
    >>> num = _read_digits(t, patterns().number_at.match(t, 16))
    >>> _accounting_negative(t, num); (num.value, t[num.start:num.end])
    (-4500000.0, '($4.5 million)')
    """
    if not (num.currency and num.value > 0 and text[num.start - 1:num.start] == "(" and text[num.end:num.end + 1] == ")"):
        return
    before = text[max(0, num.start - 41):num.start - 1]
    prev = PREV_TOKEN_RE.search(before)
    if any(c.isdigit() for c in before) or (prev and any(f in measure_units() for f in singular_forms(prev.group(1).lower()))):
        return
    num.value, num.start, num.end = -num.value, num.start - 1, num.end + 1


#: The token right before a position: "$3" in "$3 a gallon".
PREV_TOKEN_RE = re.compile(r"(\S+)[ \u00a0]+$")


def _scale_like_siblings(nums: list[_Number], text: str) -> None:
    """A number glued to a scale letter read as a unit ("41m", "3.9m") takes the scale when another
    number of its sentence has the same letter as a scale and nothing is measured after it: "35m
    devices in 2024, down from 41m" is 41 million; "a 3.5m antenna" stays metres.

    >>> t = "It sold 35m devices, down from 41m."
    >>> nums = [_read_digits(t, patterns().number_at.match(t, i)) for i in (8, 31)]
    >>> _scale_like_siblings(nums, t); [n.value for n in nums]
    [35000000.0, 41000000.0]
    """
    scaled = {n.abbr for n in nums if n.scaled and n.abbr}
    for n in nums:
        if n.abbr not in scaled or n.scaled or n.unit != n.abbr:
            continue
        nxt = NP_WORD_RE.match(text, n.unit_end or n.end)
        if nxt and not (nxt.group(1) and nxt.group(1).lower() in STOP_WORDS):
            continue  # "a 3.5m antenna": a length
        mult = scale_abbreviations()[n.abbr][0]
        n.value, n.scaled, n.scale = n.value * mult, True, mult
        n.end, n.unit, n.unit_end = n.unit_end or n.end, None, None
