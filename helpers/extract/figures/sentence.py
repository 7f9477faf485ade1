"""The figures of one sentence: numbers joined into ranges, with qualifiers, nouns and categories.

In: a sentence (and its time frames' spans, which hold no figure). Out: :func:`figures_in`'s
records (value, value_min, value_max, qualifier, noun, category, start, end), or the
:class:`_Figure` objects :mod:`.records` builds article rows from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .exclusions import _after_determiner, _counts_noun, _plausible_count
from .grammar import patterns
from .nouns import _casualty_cue, _with_rate, head_noun, noun_category, singular_forms
from .numbers import numbers_in
from .numerals import _clean, _Number, _scale_like_siblings
from .phrases import noun_before, unit_before
from .qualifiers import BETWEEN_RE, UNCERTAINTY_RE, _range_partner, qualifier_after, qualifier_before
from .timeframes import timeframes_in
from .vocabulary import currencies, number_words, scale_money, word_class


def figures_in(text: str) -> list[dict]:
    """The figures of one sentence: value, value_min, value_max, qualifier, noun, category and span.

    A range's value is its midpoint, its ends are value_min and value_max.

    >>> [(f["text"], f["value"], f["value_min"], f["value_max"], f["qualifier"], f["noun"]) for f in figures_in(
    ...     "Between 10 and 12 boats and hundreds of square kilometres, up to $5bn and 2,500 South Africans.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Between 10 and 12 boats', 11, 10, 12, 'range', 'boats'),
     ('hundreds of square kilometres', 100, None, None, 'vague', 'square kilometres'),
     ('up to $5bn', 5000000000, None, None, 'at_most', 'dollars'),
     ('2,500 South Africans', 2500, None, None, 'exact', 'South Africans')]
    """
    return [_record(f, text) for f in _figures(text, [(t.start, t.end) for t in timeframes_in(text)])]


@dataclass
class _Figure:
    start: int
    end: int
    num_start: int
    num_end: int
    value: float                # a range's midpoint
    value_min: float | None     # a range's ends; None for any other figure
    value_max: float | None
    qualifier: str
    noun: str | None
    category: str | None


def _values(f: _Figure) -> dict:
    """The value columns of a figure, cleaned (:func:`_clean`); the ends are None unless it is a range."""
    return {"value": _clean(f.value), "value_min": None if f.value_min is None else _clean(f.value_min),
            "value_max": None if f.value_max is None else _clean(f.value_max)}


def _record(f: _Figure, text: str) -> dict:
    return {"start": f.start, "end": f.end, "text": text[f.start:f.end], **_values(f), "qualifier": f.qualifier,
            "noun": f.noun, "category": f.category}


_AND_OR_RE = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+")


def _figures(text: str, masks: list[tuple[int, int]], anchors: list[tuple[int, int]] | None = None) -> list[_Figure]:
    """Numbers of a sentence turned into figures: ranges joined, qualifiers, nouns, categories."""
    nums = numbers_in(text, masks, anchors)
    _scale_like_siblings(nums, text)
    figures: list[_Figure] = []
    i = 0
    while i < len(nums):
        n = nums[i]
        i += 1
        if i < len(nums) and _a_ratio(text, n, nums[i]):  # "about 4 in 10 voters", "one in three": one figure
            figures.append(_ratio_figure(text, n, nums[i], masks))
            while i < len(nums) and nums[i].start < figures[-1].end:
                i += 1
            continue
        between = BETWEEN_RE.search(text, max(0, n.start - 10), n.start)
        partner = _range_partner(text, n, bool(between), masks)
        if partner is not None:
            while i < len(nums) and nums[i].start < partner.end:  # the partner may also be listed
                i += 1
            if partner.skip:  # "51-49": a score, not a count
                continue
            if partner.unit and not n.unit:
                n = replace(n, unit=partner.unit, unit_end=None)
            if n.scale == 1 and n.value * partner.scale <= partner.value:  # "seven or eight thousand": 7,000 to 8,000
                n = replace(n, value=n.value * partner.scale)
        end = (partner.unit_end or partner.end) if partner else (n.unit_end or n.end)
        if n.year_like and (partner is None or partner.year_like) and (
                not _counts_noun(text, n) or _after_determiner(text, n.start)):
            continue  # a year: "in 2015", "the 2014 elections", "a 2017 study"; a span of years: "from 2001 to 2004"
        if partner is None and _an_old_year(text, n):
            continue  # "a 1761 painting", "the 1848 revolution": a year before 1800 naming one thing
        if not (partner or _plausible_count(text, n)) or (n.value == 0 and n.kind == "spelled" and n.unit):
            continue  # "zero-emission", "zero-sum": an adjective
        if n.unit and n.unit.lower() in patterns().hyphen_idioms and text[n.end:n.end + 1] in "-\u2010":
            continue  # "a five-figure fee", "a three-way race": an idiom, no count
        start = between.start() if between and partner else n.start
        qualifier = "vague" if n.kind == "vague" else "range" if partner else "exact"
        if qualifier == "exact":
            qualifier, start = qualifier_before(text, n.start) or (qualifier, start)
        unc = UNCERTAINTY_RE.match(text, end)
        end = unc.end() if unc else end
        before = unit_before(text, start) if not (n.currency or n.unit) else None
        if before:  # "magnitude 7.1", "at mile 24": the unit comes first, and a qualifier before it ("above magnitude 5")
            (noun, start), noun_end = before, end
            if qualifier == "exact":
                qualifier, start = qualifier_before(text, start) or (qualifier, start)
        else:
            noun, noun_end = _noun_of(text, n, end, masks)
            if noun is None and SUFFIX_QUALIFIER_RE.match(text, end):  # "4,500-plus fans", also after "More than"
                noun, _, noun_end = head_noun(text, SUFFIX_QUALIFIER_RE.match(text, end).end(), masks=masks)
                noun_end = noun_end if noun else end
            if noun and _casualty_cue(text, start, end) and noun.lower() in patterns().cue_words:
                noun, noun_end = None, end  # "TWO DEAD, 16 INJURED": the cue is no noun; the count is of people
        if noun is None and partner is None and i < len(nums):  # "45 and 50 cases": 45 counts cases
            nxt = nums[i]
            if _AND_OR_RE.fullmatch(text, end, nxt.start):
                noun = _noun_of(text, nxt, nxt.unit_end or nxt.end, masks)[0]
            elif nxt.unit and nxt.unit_end and text[end:nxt.start] == " " and text[nxt.end:nxt.end + 1] in "-\u2010":
                noun = head_noun(text, nxt.unit_end, masks=masks)[0]  # "5.2 million 90-kg bags": the count is of bags
        if noun is None:  # "a toll of 410", "raised the toll to 46": the noun the number is of
            found = noun_before(text, start, masks)
            noun = found[0] if found else None
        elif noun.lower() in patterns().label_after:  # "the 90210 ZIP code", "the 220 and 234 routes"
            continue
        category = "money" if n.currency else noun_category(noun)
        if noun:
            noun, noun_end = _with_rate(text, noun, noun_end)
        fig_end = max(end, noun_end)
        if qualifier == "exact":
            qualifier, fig_end = qualifier_after(text, end, fig_end) or (qualifier, fig_end)
            if noun is None and fig_end > end:  # "4,000-plus shelters"
                noun, _, noun_end = head_noun(text, _past_quote(text, n.start, fig_end))
                noun_end = fig_end if noun_end > fig_end and text[fig_end:fig_end + 1] != " " else noun_end
                fig_end, category = max(fig_end, noun_end), noun_category(noun)
        if category in (None, "personnel") and _casualty_cue(text, start, fig_end):
            category = "casualties"
            noun = noun or "people"  # "killed 5", "at least 12 were dead": people
        per = _denominator(text, nums[i], fig_end, masks) if i < len(nums) and not n.currency else None
        if per is not None:  # "14.8 per 100,000 people", "3.2 cases per 1,000 residents": a rate, one figure
            own = noun if noun_end > end else None  # a noun written after the number, not one from context
            noun, fig_end, category = (f"{own} per {per[0]}" if own else f"per {per[0]}"), per[1], "share"
            i += 1
        lo, hi = n.value, (partner.value if partner else None)
        if hi is not None and hi < lo:
            lo, hi = hi, lo
        value = lo if hi is None else (lo + hi) / 2
        figures.append(_Figure(start, fig_end, n.start, n.end, value, None if hi is None else lo, hi, qualifier, noun,
                               category))
        while i < len(nums) and nums[i].start < fig_end:  # a number inside this figure ("±0.01")
            i += 1
    return figures


#: What joins a rate to its denominator: "per 100,000", "for every 1,000", "per every 10".
PER_RE = re.compile(r"[ \u00a0]+(?:per(?:[ \u00a0]+every)?|for[ \u00a0]+every|in[ \u00a0]+every|out[ \u00a0]+of[ \u00a0]+every)[ \u00a0]+")
#: Round denominators of a rate: 10, 100, 1,000 ... and a million.
_DENOMINATORS = frozenset({10.0, 100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0, 10_000_000.0})


def _denominator(text: str, m: _Number, end: int, masks: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The denominator of a rate right after a figure ending at ``end`` ("14.8 per 100,000 people",
    "61 offences for every 1,000 residents", "45 deaths per million"): its words and where it ends.

    >>> t = "a rate of 14.8 per 100,000 people, up"
    >>> _denominator(t, _Number(19, 26, 100_000.0, "digits"), 14, [])
    ('100,000 people', 33)
    """
    if not PER_RE.fullmatch(text, end, m.start) or float(m.value) not in _DENOMINATORS or m.currency or m.unit:
        return None
    noun, _, noun_end = head_noun(text, m.end, masks=masks)
    stop = noun_end if noun and noun_category(noun) in ("personnel", "other", "casualties", "events") else m.end
    return text[m.start:stop], stop


#: A qualifier hyphenated to a number, before the counted noun: "-plus" in "4,500-plus fans".
SUFFIX_QUALIFIER_RE = re.compile(r"[-\u2010](?:plus|odd)(?=[ \u00a0])", re.I)
#: Four plain digits of a year before 1800.
OLD_YEAR_RE = re.compile(r"1[0-7]\d\d")


def _an_old_year(text: str, n: _Number) -> bool:
    """Whether four plain digits 1000-1799 after "a"/"the" date the single thing after them ("a
    1761 work", "the 1648 treaty"), not count it ("the 1500 runners", "a 1200 km trip").

    >>> t = "It is a 1761 work; the 1500 runners; a 1200 km trip"
    >>> [_an_old_year(t, _Number(i, i + 4, float(t[i:i + 4]), "digits")) for i in (8, 23, 39)]
    [True, False, False]
    """
    if n.kind != "digits" or n.unit or n.currency or not OLD_YEAR_RE.fullmatch(text[n.start:n.end]):
        return False
    noun = head_noun(text, n.end, plural=False)[0]
    return (_after_determiner(text, n.start) and noun is not None and " " not in noun and noun.islower()
            and noun_category(noun) in ("other", None) and noun == singular_forms(noun)[-1] and not _counts_noun(text, n))


#: What joins the two numbers of a ratio: "4 in 10", "nine out of 10".
RATIO_RE = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+")


def _a_ratio(text: str, n: _Number, m: _Number) -> bool:
    """Whether ``n`` and the number ``m`` after it make a ratio ("4 in 10", "one in three", "nine out
    of 10"), not two counts ("5 in 10 days" is a count of days, "seven out of 11 states" one of states)."""
    plain = all(x.kind != "vague" and not (x.currency or x.unit or x.year_like or x.scaled) for x in (n, m))
    join = RATIO_RE.fullmatch(text, n.end, m.start)
    if not (plain and join and 0 < n.value < m.value and float(m.value).is_integer()):
        return False
    if "out" in join.group() and m.value not in (10, 100, 1000):
        return False  # "swept seven out of 11 states": seven states (a count of some of them)
    noun = head_noun(text, m.end)[0]
    return noun_category(noun) not in ("duration", "measure", "area")


def _ratio_figure(text: str, n: _Number, m: _Number, masks: list[tuple[int, int]]) -> _Figure:
    """A ratio as one figure: its value is the fraction ("4 in 10" → 0.4, as "two-fifths"), its noun
    what the second number counts ("6 in 10 white men" → men)."""
    qualifier, start = qualifier_before(text, n.start) or ("exact", n.start)
    noun, noun_end = _noun_of(text, m, m.end, masks)
    end = max(m.end, noun_end) if noun else m.end
    return _Figure(start, end, n.start, m.end, n.value / m.value, None, None, qualifier, noun, noun_category(noun))


def _noun_of(text: str, n: _Number, end: int, masks: list[tuple[int, int]] | None = None) -> tuple[str | None, int]:
    """The noun a number counts and where the figure's text ends: a currency, a glued or
    hyphenated unit, a percent sign, or the head noun after it (not in a time frame of ``masks``)."""
    if n.currency:
        noun = currencies()[n.currency]
        return (f"{noun} {n.unit}" if n.unit and n.unit.startswith("per ") else noun), end  # "$3 per kg to $4 per kg"
    if n.abbr in scale_money() and n.scaled:  # "100 grand": dollars without a sign
        return scale_money()[n.abbr], end
    if n.unit:
        unit = n.unit.lower()
        return ("percent" if unit in PERCENT_SIGNS else n.unit), end
    noun, _, noun_end = head_noun(text, end, plural=n.value != 1, masks=masks)
    if noun and noun.lower() in PERCENT_SIGNS:  # "4.1 pc", "3 pct" spaced from the number: a percentage
        return "percent", noun_end
    part = PARTITIVE_RE.match(text, end) if noun is None else None
    if part:  # "two of the suspects"; "12 of the 14 victims" and "two of the nine judges" leave the count its own figure
        at = part.end() - (1 if part.group("bare") == "" else 0)  # "five of nine seats": the count is read after "of "
        spelled = None if part.group("n") or part.group("bare") else SPELLED_WORD_RE.match(text, at)
        spelled = spelled if spelled and spelled.group(1).lower() in number_words() else None
        fraction = 0 < n.value < 1 and part.group("bare") == ""  # "three-quarters of voters": a share of them
        if part.group("bare") is not None and not (part.group("bare") or spelled or fraction):
            return None, end  # "five of them", "one of Europe's": no partitive count
        counted = part.group("n") or part.group("bare") or spelled
        noun, _, noun_end = head_noun(text, spelled.end() if spelled else at if fraction else part.end(), plural=n.value != 1, masks=masks)
        noun_end = end if counted else noun_end
    det = FRACTION_DET_RE.match(text, end) if noun is None and part is None and 0 < n.value < 1 else None
    if det:  # "one-half the delegate total", "one-third the cost": the fraction is of the noun after the determiner
        noun, _, noun_end = head_noun(text, det.end() - 1, masks=masks)
        if noun and noun_category(noun) != "duration":
            return noun, noun_end
        noun = None
    if noun is None and part is None and _past_quote(text, n.start, end) > end:  # '"thousands" of Muslim Americans'
        return head_noun(text, _past_quote(text, n.start, end), plural=n.value != 1, masks=masks)[0], end
    if noun is None and n.kind == "vague" and _spent(text, n.start):
        return MONEY_NOUN, end  # "spent millions", "lost billions": an amount of money
    return (noun, noun_end) if noun else (None, end)


def _spent(text: str, pos: int) -> bool:
    """Whether a verb of spending, costing, raising or losing money ends right before ``pos``
    (class ``money_verb`` of ``data/figures_word_classes.csv``).

    >>> _spent("The firm spent millions", 15), _spent("The firm hired millions", 15)
    (True, False)
    """
    m = WORD_BEFORE_RE.search(text, max(0, pos - 20), pos)
    return bool(m) and m.group(1).lower() in word_class("money_verb")


#: The word right before a number: "spent" in "spent millions".
WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
#: The noun of a vague sum of money with no currency written ("raised millions").
MONEY_NOUN = "dollars"


def _past_quote(text: str, start: int, pos: int) -> int:
    """Past the closing quote mark (and an "of") at ``pos`` when the number at ``start`` opened the
    quote, for the noun outside it: '"2 million-plus" people', '"thousands" of residents'; else ``pos``."""
    if not OPEN_QUOTE_RE.search(text, max(0, start - 2), start):
        return pos
    m = CLOSE_QUOTE_RE.match(text, pos)
    return m.end() if m else pos


#: An opening quote mark right before a number, and its closing mark (with an "of") after it.
OPEN_QUOTE_RE = re.compile(r"(?:\"|\u201c|``|'')$")
CLOSE_QUOTE_RE = re.compile(r"(?:\"|\u201d|'')(?:[ \u00a0]+of(?=[ \u00a0]))?")


#: How a percentage may be written glued to its number: "2.6%", "2.6pc" (British papers), "2.6pct" (wires).
PERCENT_SIGNS = frozenset(("%", "pc", "pct"))
#: A word after a partitive's determiner: "nine" in "two of the nine judges".
SPELLED_WORD_RE = re.compile(r"[ \u00a0]+([A-Za-z]+)(?=[ \u00a0])")
#: "of" and a determiner after a number: the noun comes after them ("two of the suspects", "40 of its drones",
#: "12 of the 14 victims").
#: A determiner right after a fraction: "one-half the total", "a third its size".
FRACTION_DET_RE = re.compile(r"[ \u00a0]+(?:the|its|their|his|her|our)[ \u00a0]+(?=[A-Za-z])")
PARTITIVE_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|these|those|his|her|its|their|our|your|my)\b"
                          r"(?:[ \u00a0]+[A-Za-z-]+['\u2019]s\b)?"  # "12 of the country's 47 counties"
                          r"(?:[ \u00a0]+(?:last|first|next|previous|past|top|remaining|other)\b)?"
                          r"(?P<n>[ \u00a0]+[\d,.]+(?=[ \u00a0]))?|(?P<bare>[\d,.]+(?=[ \u00a0])|(?=[A-Za-z]+[ \u00a0])))")
