"""Numbers written in words: number words, magnitudes and one unit.

In: a run of number words, a match of ``patterns().candidate`` or a sentence and an offset. Out:
values ("a hundred and two" → 102, "twenty-five" → 25, "two and a half" → 2.5), magnitudes
("hundreds of" → 100, "tens of thousands of" → ten thousand) and one of a unit ("a gallon of
beer", "a penny"), as :class:`.numerals._Number` where a figure may be made of them.
"""
from __future__ import annotations

import re

from .grammar import patterns
from .nouns import singular_forms
from .numerals import PREV_TOKEN_RE, _Number
from .vocabulary import measure_units, number_words

#: Small patterns of the functions below, compiled once.
_LETTERS_RE = re.compile(r"[A-Za-z]+")


def spelled_values(text: str) -> list[tuple[int, int, float, bool]]:
    """The numbers in a run of number words, as (start, end, value, small) with offsets into ``text``.

    A run splits where English would not join the words ("two, three" is two numbers); ``small``
    is true for a bare count below ten with no hundred, scale or fraction.

    >>> spelled_values("a hundred and two"), spelled_values("three million, two hundred & forty")
    ([(0, 17, 102.0, False)], [(0, 34, 3000240.0, False)])
    >>> [v for _, _, v, _ in spelled_values("two and a half")], [v for _, _, v, _ in spelled_values("two, three")]
    ([2.5], [2.0, 3.0])
    """
    nw = number_words()
    toks = [(m.group().lower(), m.start(), m.end()) for m in _LETTERS_RE.finditer(text) if m.group().lower() != "and"]
    out, i = [], 0
    while i < len(toks):
        article = toks[i][0] in ("a", "an")
        j = i + 1 if article else i
        total = group = 0.0
        last, big, end = None, float("inf"), None
        small = True
        while j < len(toks):
            word, s, e = toks[j]
            gap = text[toks[j - 1][2]:s].strip().lower() if j > i else ""
            if word == "a" and gap.strip("-\u2010") == "and" and j + 1 < len(toks) and toks[j + 1][0] == "half" and last:
                group += 0.5
                end, j, small = toks[j + 1][2], j + 2, False
                break
            value, kind = nw.get(word, (0.0, ""))
            if gap in ("and", "&") and last not in ("hundred", "scale"):
                break
            if gap == "," and last != "scale":
                break
            if gap == "-" and not ((last == "ten" and kind == "unit")
                                   or (kind == "fraction" and last in ("unit", "teen", "ten"))):
                break
            if kind in ("unit", "teen"):
                if (last in ("unit", "teen", "dozen", "fraction") or (last == "ten" and kind == "teen")
                        or (article and last is None)):
                    break
                group += value
            elif kind == "ten":
                if last in ("unit", "teen", "ten", "dozen", "fraction") or (article and last is None):
                    break
                group += value
            elif kind == "hundred":
                if last not in (None, "unit", "teen") or group >= 100:
                    break
                group = (group or 1) * value
                small = False
            elif kind == "scale":
                if last in ("scale", "dozen", "fraction") and value >= big or last == "fraction":
                    break
                total += (group or 1) * value
                group, big, small = 0.0, value, False
            elif kind == "dozen":
                if last not in ("unit", "teen", "ten") and not (article and last is None):
                    break  # "a dozen", "two dozen"; a bare "dozen" ("a baker's dozen") is no count
                group = (group or 1) * value
                small = False
            elif kind == "fraction":
                of_follows = text[e:e + 4].strip().lower().startswith("of")
                if not (last in ("unit", "teen", "ten") or (article and last is None and of_follows)):
                    break
                group = (group or 1) / value
                small = False
            else:
                break
            last, end = kind, e
            j += 1
            if kind == "fraction":
                break
        if end is None:
            i = j if j > i else i + 1
            continue
        out.append((toks[i][1], end, total + group, small))
        i = j
    return out


def _read_vague(m: re.Match) -> _Number | None:
    """A magnitude: "hundreds of" → 100, "tens of thousands of" → ten thousand, "several hundred" → 100.

    "tens" and "scores" count only before "of" ("test scores" is no figure).
    """
    nw = number_words()
    if m.group("few"):  # "several hundred" → 100; "a couple of hundred" → 200 (the few word's value multiplies)
        few = nw.get(" ".join(m.group("few").lower().split()), (1.0, ""))[0]
        value = nw[m.group("fewscale").lower()][0] * few
    else:
        mag1 = m.group("mag1").lower()
        if mag1 in ("tens", "scores") and not (m.group("of") or m.group("mag2")):
            return None
        value = nw[mag1][0] * (nw[m.group("mag2").lower()][0] if m.group("mag2") else 1)
    return _Number(m.start(), m.end(), value, "vague")


def _one_unit(text: str, pos: int) -> _Number | None:
    """"a"/"an" and a unit of measure at ``pos``: one of it ("a gallon of beer", "a penny", "a foot
    of snow"; ``data/figures_units.csv`` says which units), unless the "a" means per, after a
    number or a unit ("$3 a gallon", "five dollars a pound"). "a soldier" counts nothing.

    >>> [(n.value, n.unit) for n in (_one_unit(t, 4) for t in ("Buy a gallon of milk", "Met a soldier")) if n]
    [(1.0, 'gallon')]
    >>> _one_unit("It is $3 a gallon", 9), _one_unit("Got a foot of snow", 4).unit, _one_unit("Set a foot down", 4)
    (None, 'foot', None)
    """
    m = patterns().one_unit.match(text, pos)
    if m is None:
        return None
    prev = PREV_TOKEN_RE.search(text, max(0, pos - 30), pos)
    if prev:
        word = prev.group(1).lower()
        if any(c.isdigit() for c in word) or word in number_words() or any(f in measure_units() for f in singular_forms(word)):
            return None
    return _Number(pos, m.end("a"), 1.0, "spelled", small=True, unit=m.group("unit"), unit_end=m.end())


#: A fraction of a scale: "half a million", "a half-billion", "a quarter of a million", "three-quarters of a billion",
#: "one and a half million", "2 and a half thousand".
FRACTION_SCALE_RE = re.compile(
    r"(?i:(?:(?P<whole>[a-z]+(?:-[a-z]+)?|\d+)[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half"
    r"|(?P<frac>(?:an?[ \u00a0]+)?half|(?:a|one|two|three)[ \u00a0-](?:quarters?|thirds?)(?:[ \u00a0]+of)?))"
    r"(?:[ \u00a0]+(?:an?[ \u00a0]+)?|[-\u2010])(?P<scale>hundred|thousand|million|billion|trillion)s?)\b")
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}


def _fraction_of_scale(text: str, pos: int) -> _Number | None:
    """A fraction of a scale word at ``pos``: "half a million" → 500,000, "a quarter of a million" →
    250,000, "one and a half million" → 1,500,000.

    >>> [_fraction_of_scale(t, 0).value for t in ("half a million", "a quarter of a million", "one and a half million")]
    [500000.0, 250000.0, 1500000.0]
    >>> _fraction_of_scale("half the people", 0)
    """
    m = FRACTION_SCALE_RE.match(text, pos)
    if m is None:
        return None
    nw = number_words()
    scale = nw[m.group("scale").lower()][0]
    if m.group("whole"):
        whole = m.group("whole").lower()
        base = float(whole) if whole.isdigit() else nw.get(whole, (None, ""))[0]
        if base is None:
            return None
        value = base + 0.5
    else:
        words = re.split(r"[ \u00a0-]+", m.group("frac").lower())
        count = {"half": 1, "a": 1, "one": 1, "two": 2, "three": 3}[words[0]]
        value = 0.5 if "half" in words else count * _FRACTIONS[words[1]]
    return _Number(m.start(), m.end(), value * scale, "spelled", scaled=True, scale=scale)
