"""Finding date expressions in a sentence.

In: a sentence. Out: (kind, match) of each date expression (:func:`find_expressions`), in order,
the longer winning where two overlap. Each pattern of :data:`.patterns.PATTERNS` is tried only
around the anchors every match of it holds (a month, a year, a day name, the last word of a
relative phrase, "ago"), which is what a scan of the whole sentence would find, much faster;
checks a regex cannot say ("may join" is no May, "Easter Sunday" no day) are in :func:`_valid`.
"""
from __future__ import annotations

import re
from typing import Iterable

from ...lexicon import letter_tree, months
from .patterns import (_HAS_AGO_RE, _HAS_RELATIVE_RE, _SPACES_RE, FULL_MONTHS, NUMBERS, PATTERNS, RELATIONS, RELATIVE,
                       WEEKDAYS, _words)

HOLIDAY_BEFORE_RE = re.compile(rf"\b(?i:{letter_tree(_words('holiday'))})\s+$")
TITLE_AFTER_RE = re.compile(rf"\s+(?i:{letter_tree(_words('title_word'))})\b")
#: A lower-case word ending in "s" right after a number: "2000 troops", "15 soldiers" (a count).
COUNT_AFTER_RE = re.compile(r"\s+(?!(?:was|has|is|as|this|its|his|us|thus)\b)[a-z]+s\b")
#: Where the cased triggers above find something, in one pass: a month (as :data:`_HAS_MONTH_RE`
#: reads it), a day name or a year. Each alternative opens with a plain character, so the regex
#: engine skips straight to the few characters that can start one (so they are listed flat, not as a
#: letter tree, whose group would hide their first letters); and as no month is spelled
#: like a day name, and only their first letters are capitals, no find hides another.
_CASED_ANCHOR_RE = re.compile("|".join(
    [re.escape(s.capitalize()) + ("" if s in FULL_MONTHS else r"\.?") + "(?![A-Za-z])" for s in sorted(months(), key=lambda s: (-len(s), s))]
    + [re.escape(w.capitalize()) for w in sorted(WEEKDAYS)] + [r"1[89]\d\d", r"20\d\d"]))
_WEEKDAY_NAMES = frozenset(w.capitalize() for w in WEEKDAYS)
#: The words that end relative phrases, and "ago", looked for in lower-cased text. ``str.lower``
#: folds every character the case-blind patterns read as a Latin letter, except these three.
_LOWER_ANCHOR_RE = re.compile(letter_tree({p.split()[-1] for p in RELATIVE} | {"ago"}))
_UNFOLDED_RE = re.compile("[\u0130\u0131\u017f]")


def _most_words(phrases: Iterable[str]) -> int:
    return max(len(p.split()) for p in phrases)


_REL_WORDS, _PART_WORDS = _most_words(RELATIONS), _most_words(_words("part"))
#: kind → (anchor, before, after). Every match of the kind holds an anchor (a month, a year, a day
#: name, the last word of a relative phrase, "ago"), which :func:`find_expressions` finds first; it
#: starts at most ``before`` words before the anchor's word and ends at most ``after`` words after
#: it, a word being a run of non-space. Before a month, say: a relation ("as early as"), a day name,
#: "the", and "5 and 6 of" (six words besides the relation); after it a day, "and", a day, a year.
#: Whoever lets a pattern take more words must raise its numbers here, and whoever changes what a
#: day date holds beside its month must say so in :func:`_day_may_follow` (tests compare with a full scan).
_ANCHORS = {
    "day": ("month", _REL_WORDS + 6, 4),
    "iso": ("year", _REL_WORDS, 0),
    "month": ("month", _REL_WORDS + 1 + _PART_WORDS, 2),
    "year": ("year", _REL_WORDS + _PART_WORDS, 2),
    "weekday": ("weekday", _REL_WORDS + 1, 1),
    "relative": ("relative", _REL_WORDS + _PART_WORDS + _most_words(RELATIVE) - 1, 0),
    "ago": ("ago", _REL_WORDS + _most_words(NUMBERS) + 1, 0),
}
#: n → the rest of a word and up to n more words (runs of non-space) after it.
_REACH = {n: re.compile(rf"\S*(?:\s+\S+){{0,{n}}}") for n in
          {before for _, before, _ in _ANCHORS.values()} | {after + 2 for _, _, after in _ANCHORS.values()}}


def _valid(kind: str, m: re.Match, text: str) -> bool:
    """Context checks a regex cannot say neatly."""
    if kind == "month":
        year, yrel, month = m.group("year"), m.group("yrel"), m.group("month")
        if not (m.group("rel") or m.group("mod") or m.group("part") or year or yrel):
            return False
        return bool(year or yrel) or month.lower() in FULL_MONTHS or month.endswith(".")
    if kind == "year":
        return bool(m.group("rel") or m.group("part")) and not COUNT_AFTER_RE.match(text, m.end())
    if kind == "weekday":
        if m.group("rel") or m.group("mod"):
            return True
        return not HOLIDAY_BEFORE_RE.search(text, 0, m.start("wd")) and not TITLE_AFTER_RE.match(text, m.end("wd"))
    return True


#: anchor kind → (priority, kind, pattern, before, after) of the patterns tried around such anchors. A
#: day date is tried around the months that may have a day beside them (the "day" anchors).
_BY_ANCHOR: dict[str, tuple[tuple[int, str, re.Pattern, int, int], ...]] = {
    key: tuple((priority, kind, pat, _ANCHORS[kind][1], _ANCHORS[kind][2]) for priority, (kind, pat, _) in enumerate(PATTERNS)
               if ("day" if kind == "day" else _ANCHORS[kind][0]) == key)
    for key in ("day", "month", "year", "weekday", "relative", "ago")}
#: A day number after a month, as :data:`DAY_DATE_RE` reads one: "Nov. 17".
_DAY_AFTER_RE = re.compile(r"\s+\d")


def _day_may_follow(text: str, start: int, end: int) -> bool:
    """Whether a day number may stand by the month at ``text[start:end]``, as :data:`DAY_DATE_RE`
    needs: a digit after space ("Nov. 17"), or a day (a digit or an ordinal's ending) and space,
    perhaps "of" and space, before it ("17 Nov.", "the 5th of June").

    >>> _day_may_follow("on Nov. 17", 3, 7), _day_may_follow("the 5th of June", 11, 15), _day_may_follow("in June", 3, 7)
    (True, True, False)
    """
    if _DAY_AFTER_RE.match(text, end):
        return True
    head = text[:start].rstrip()
    if len(head) == start:
        return False
    if head.endswith("of"):
        rest = head[:-2]
        core = rest.rstrip()
        if len(core) < len(rest) and _ends_with_day(core):
            return True
    return _ends_with_day(head)


def _ends_with_day(text: str) -> bool:
    return text[-1:].isdecimal() or text.endswith(("st", "nd", "rd", "th"))


def find_expressions(text: str) -> list[tuple[str, re.Match]]:
    """Date expressions in ``text`` as (kind, match), in order; where two overlap the longer wins.

    Each pattern is tried only where its trigger holds, and only on the few words around the
    anchors every match of it holds (see ``_ANCHORS``): what a scan of the whole text would find.

    >>> [m.group(0) for _, m in find_expressions("Since March last year, and on Tuesday, 2,500 nurses may strike.")]
    ['Since March last year', 'on Tuesday']
    >>> [m.group(0) for _, m in find_expressions("They may return to the 14-month strike in May 2000 nurses strong.")]
    ['in May 2000']
    """
    anchors: dict[str, list[int]] = {}
    for m in _CASED_ANCHOR_RE.finditer(text):
        word = m.group(0)
        key = "year" if word[0].isdigit() else "weekday" if word in _WEEKDAY_NAMES else "month"
        anchors.setdefault(key, []).append(m.start())
        if key == "month" and _day_may_follow(text, m.start(), m.end()):
            anchors.setdefault("day", []).append(m.start())
    low = text.lower()
    # Where ``low`` is ``text`` letter for letter as the case-blind patterns read it, the words of
    # relative phrases are looked for in ``low``, case-sensitively, which is much faster. As the
    # trigger says, one of them must be a whole word for the pattern to be tried at all.
    folded = text.isascii() or (len(low) == len(text) and not _UNFOLDED_RE.search(text))
    if folded:
        whole = set()
        for m in _LOWER_ANCHOR_RE.finditer(low):
            key = "ago" if m.group(0) == "ago" else "relative"
            anchors.setdefault(key, []).append(m.start())
            if key not in whole and _whole_word(low, m.start(), m.end()):
                whole.add(key)
        for key in {"relative", "ago"}.intersection(anchors).difference(whole):
            del anchors[key]
        if not anchors:
            return []
    else:  # the trigger decides, and the whole text is read
        for key, trigger in (("relative", _HAS_RELATIVE_RE), ("ago", _HAS_AGO_RE)):
            if trigger.search(text):
                anchors[key] = [0, len(text)]
    found, rtext, n = [], None, len(text)
    for key, starts in anchors.items():
        for priority, kind, pat, before, after in _BY_ANCHOR[key]:
            # Every match holds an anchor, so it lies within ``before`` words of the first anchor's
            # word and ``after`` words of the last one's (two more: what lookaheads read).
            if starts[0]:
                rtext = text[::-1] if rtext is None else rtext
                lo = n - _REACH[before].match(rtext, n - starts[0]).end()
            else:
                lo = 0
            hi = _REACH[after + 2].match(text, starts[-1]).end()
            for m in pat.finditer(text, lo, hi):
                if m.end() > m.start() and _valid(kind, m, text):
                    found.append((m.start() - m.end(), priority, m.start(), kind, m))
                if m.end() > starts[-1]:
                    break  # a match after this one would hold no anchor: none is searched for
    if len(found) < 2:
        return [(kind, m) for _, _, _, kind, m in found]
    found.sort(key=lambda f: f[:3])
    kept: list[tuple[str, re.Match]] = []
    for _, _, _, kind, m in found:
        if all(m.end() <= k.start() or m.start() >= k.end() for _, k in kept):
            kept.append((kind, m))
    kept.sort(key=lambda km: km[1].start())
    return kept


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a word) stands alone, as ``\\b`` on both sides would say."""
    return ((not start or not (text[start - 1].isalnum() or text[start - 1] == "_"))
            and (end == len(text) or not (text[end].isalnum() or text[end] == "_")))


def _relation(m: re.Match) -> str:
    rel = m.groupdict().get("rel")
    return _SPACES_RE.sub(" ", rel.lower()) if rel else ""


def _month_number(token: str) -> int:
    return months()[token.rstrip(".").lower()]
