"""Every number of a sentence that may be a figure.

In: a sentence (and spans to leave out: its time frames). Out: :class:`.numerals._Number` in
order, found at cheap anchors (digits, number words, "a"/"an" before a unit) and read with the
whole number grammar only there; what :mod:`.exclusions` says is no figure is left out.
"""
from __future__ import annotations

import re

from .exclusions import (AGED_BEFORE_RE, AGES_RANGE_RE, LABEL_COMMA_RE, LABEL_LIST_RE, LIST_GOES_ON_RE, MASKED_RANGE_RE,
                         _an_age, _enumerator, _in_spans, _labelled, _masked)
from .grammar import VULGAR, patterns
from .nouns import _is_plural, head_noun, noun_category
from .numerals import PLUS_OR_RE, _accounting_negative, _feet_and_inches, _hyphen_unit, _Number, _read_digits
from .spelled import _fraction_of_scale, _one_unit, _read_vague, spelled_values

#: A run of digits: where a number may be anchored.
DIGIT_RUN_RE = re.compile(rf"[\d{VULGAR}]+")
#: A currency sign or minus sign right before digits, so a number read at its digits starts there ("$45B", "-15",
#: "minus 15", "$US5", "R450m" in rand, "KSh 300").
SIGN_BEFORE_RE = re.compile(r"(?:[A-Z]{0,2}[$£€¥₩₹₽₴₺]|\$[A-Z]{1,2}|[A-Z]{2,3}[ \u00a0]|Rs[ \u00a0]?|K[Ss]h[ \u00a0]?|R)?(?:[-\u2212]|\b[Mm]inus[ \u00a0]+)?$")
#: A plus-minus sign right before digits: "+/-3 percentage points" is a margin of 3.
PLUS_MINUS_RE = re.compile(r"(?:\+/-|\+-|±)[ \u00a0]?$")
#: "minus" right before a number word: "fell to minus nine" is -9.
MINUS_WORD_RE = re.compile(r"\b[Mm]inus[ \u00a0]+$")
#: Words before a number word that belong to the number: "a hundred", "an eight", "a few thousand".
WORDS_BEFORE_RE = re.compile(r"(?i:\ban?[ \u00a0]+)$")


def _anchors(text: str) -> list[tuple[int, int]]:
    """Offsets where a number may begin: digits (moved back over a currency or minus sign), number
    words (moved back over "a"/"an") and units after "a"/"an" ("a gallon"). Scanning for these
    anchors first is much faster than searching every sentence with the whole number grammar.

    Each anchor is (where the number may start, where its token starts).

    >>> t = "He paid $45B for a dozen, or -5, minus 4 and a gallon"
    >>> [t[i:i + 4] for i, _ in _anchors(t)]
    ['$45B', 'a do', '-5, ', 'minu', 'a ga']
    """
    out: list[tuple[int, int]] = []
    for m in DIGIT_RUN_RE.finditer(text):
        a = m.start()
        if a and (text[a - 1].isdigit() or text[a - 1] in ",."):
            continue  # the rest of "14,500" or "1.5"
        back = SIGN_BEFORE_RE.search(text, max(0, a - (10 if a > 2 and text[a - 2] == "s" else 4)), a)  # "minus 5"
        out.append((back.start() if back and back.start() < a else a, a))
    pat = patterns()
    low = text.lower()
    # The words of ``pat.word_anchors`` standing alone (as :func:`_word_starts` finds them), in one pass.
    for m in pat.word_anchor_at.finditer(low):
        a, b = m.span()
        if (a and low[a - 1].isalpha()) or (b < len(low) and low[b].isalpha()):
            continue
        back = WORDS_BEFORE_RE.search(text, max(0, a - 4), a)
        if back and back.start() < a:
            out.append((back.start(), a))
        elif m.group() in pat.number_anchors:  # a unit needs "a": "a gallon"
            out.append((a, a))
    return sorted(out)


def numbers_in(text: str, masks: list[tuple[int, int]] | None = None,
               anchors: list[tuple[int, int]] | None = None) -> list[_Number]:
    """Every number of a sentence that may be a figure, in order.

    Dates, times, ages, labels and the ``masks`` spans (time frames) are left out, as are skipped
    tokens (ordinals, designations). Ranges, qualifiers and nouns are added by :func:`figures_in`.

    >>> [(n.value, n.kind) for n in numbers_in("Some 1.5 million fled; hundreds of others and two dogs stayed on Oct. 3.")]
    [(1500000.0, 'digits'), (100.0, 'vague'), (2.0, 'spelled')]
    """
    pat = patterns()
    anchors = _anchors(text) if anchors is None else anchors
    if not anchors:
        return []
    masks = masks or []
    out: list[_Number] = []
    done = 0
    label_end = None
    for a, token in anchors:
        if a < done:
            continue
        part = _fraction_of_scale(text, a) if text[a:a + 1].isalpha() or "half" in text[a:a + 16] else None
        part = part or (_fraction_of_whole(text, a) if text[a:a + 1].isalpha() else None)
        if part is not None and not _in_spans(part.start, masks):  # "half a million", "a quarter of a million"
            out.append(part)
            done = part.end
            continue
        m = pat.candidate.match(text, a) or (pat.candidate.match(text, token) if token != a else None)
        if m is None and PLUS_MINUS_RE.search(text, max(0, token - 4), token):
            m = pat.number_at.match(text, token)  # "a margin of +/-3 points": the margin, no sign
        if m is None:  # "PM 5": letters before the digits that were no currency are tried without
            unit = _one_unit(text, a) if token != a else None
            if unit is not None and not _in_spans(unit.start, masks):
                out.append(unit)
                done = unit.unit_end
            continue
        done = m.end()
        if label_end is not None and text[a:a + 1].isdigit() and (
                LABEL_LIST_RE.fullmatch(text, label_end, m.start())
                or (LABEL_COMMA_RE.fullmatch(text, label_end, m.start()) and LIST_GOES_ON_RE.match(text, m.end()))) \
                and not _is_plural(head_noun(text, m.end())[0] or "a"):
            label_end = m.end()  # "routes 220 and 234", "Years 3, 5, 7 and 9": the list goes on ("Ward 4 and 12 staff" ends it)
            continue
        if _in_spans(m.start(), masks):
            continue
        if _labelled(text, m.start(), m.end()):
            label_end = m.end()
            continue
        if _masked(text, m.start(), m.end()):
            ages = AGED_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            tail = (AGES_RANGE_RE if ages else MASKED_RANGE_RE).match(text, m.end())
            done = tail.end() if tail else done  # "aged 25 to 54": both ends are ages
            continue
        if m.groupdict().get("vague"):
            num = _read_vague(m)
            if num and not _an_age(text, num):
                out.append(num)
        elif m.groupdict().get("spelled"):
            for s, e, value, small in spelled_values(m.group()):
                num = _Number(m.start() + s, m.start() + e, value, "spelled", small=small)
                sign = MINUS_WORD_RE.search(text, max(0, num.start - 8), num.start)
                if sign and not PLUS_OR_RE.search(text, max(0, sign.start() - 9), sign.start()):  # "minus nine" is -9
                    num.start, num.value, num.small = sign.start(), -value, False
                if not _labelled(text, num.start, num.end) and not _an_age(text, num):
                    _hyphen_unit(text, num)
                    out.append(num)
        else:
            num = _read_digits(text, m)
            _feet_and_inches(text, num)
            done = max(done, num.end, num.unit_end or 0)  # past a skipped code's parts: "501(c)(3)"
            if not num.skip and not _enumerator(text, num) and not _an_age(text, num):
                _accounting_negative(text, num)
                out.append(num)
    return out


#: "half", "a third", "a quarter" ... before "of" and a determiner: a share of a whole ("half of the voters").
FRACTION_OF_RE = re.compile(r"(?i:(?P<frac>half|an?[ \u00a0]+(?P<den>third|quarter|fifth|tenth)))[ \u00a0]+of[ \u00a0]+"
                            r"(?i:(?:the|its|their|his|her|our|your|all|these|those)[ \u00a0]+)?")
_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}


def _fraction_of_whole(text: str, pos: int) -> _Number | None:
    """A fraction written as a word before "of" and the people or things it is a share of: "half of
    the voters" 0.5, "a third of the workforce" 1/3. The whole must be a plural or a body of people
    (personnel), so "half of the time", "a quarter of the way" and "half of them" are no figures.

    >>> [_fraction_of_whole(t, 0).value for t in ("half of the voters", "a quarter of homes")]
    [0.5, 0.25]
    >>> _fraction_of_whole("half of the time", 0), _fraction_of_whole("half of them", 0)
    (None, None)
    """
    m = FRACTION_OF_RE.match(text, pos)
    if m is None:
        return None
    noun, _, noun_end = head_noun(text, m.end() - 1)
    if not noun or not (_is_plural(noun) or noun_category(noun) == "personnel") or noun_category(noun) == "duration":
        return None
    den = m.group("den")
    value = 1 / _DENOMINATORS[den.lower()] if den else 0.5
    # the whole is the figure's noun, as a unit is: "half of all capital gains" counts gains, whatever came before
    return _Number(m.start(), m.start("frac") + len(m.group("frac")), value, "spelled", unit=noun, unit_end=noun_end)

