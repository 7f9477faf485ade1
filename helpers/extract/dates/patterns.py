"""The words and regular expressions of dates, from ``data/date_words.csv`` and ``data/months.csv``.

In: the data files, read once at import. Out: the word lists (day names, relative phrases such as
"last week", relations such as "since", number words) and the compiled patterns of each kind of
date expression (:data:`PATTERNS`: a day date, an ISO date, a month, a year, a day name, a
relative period, "... ago"), each with a cheap trigger a sentence must pass before it is tried.
"""
from __future__ import annotations

import re

from ...lexicon import letter_tree, months, read_table

PRECISIONS = ("day", "week", "month", "year")


def _words(kind: str) -> dict[str, str]:
    """Phrase → value of one kind of row in ``data/date_words.csv``.

    >>> _words("weekday")["sunday"]
    '6'
    """
    return {r["phrase"].lower(): r["value"] for r in read_table("date_words.csv") if r["kind"] == kind}


def _full_month_names() -> frozenset[str]:
    """The full spelling of each month (the longest in ``months.csv``).

    >>> sorted(_full_month_names())[:2]
    ['april', 'august']
    """
    full: dict[int, str] = {}
    for spelling, num in months().items():
        if len(spelling) > len(full.get(num, "")):
            full[num] = spelling
    return frozenset(full.values())


def _month_alt() -> str:
    """Capitalised month spellings from ``months.csv``; an abbreviation may take a full stop.

    "May" matches "May" but not "Mayor"; "Nov" matches "Nov." and "Nov 17".
    """
    full = _full_month_names()
    parts = [s.capitalize() + ("" if s in full else r"\.?") for s in sorted(months(), key=lambda s: (-len(s), s))]
    return "(?:" + "|".join(parts) + r")(?![A-Za-z])"


WEEKDAYS: dict[str, int] = {k: int(v) for k, v in _words("weekday").items()}
RELATIVE: dict[str, tuple[str, int]] = {k: (v.split(":")[0], int(v.split(":")[1])) for k, v in _words("relative").items()}
RELATIONS: dict[str, str] = _words("relation")
NUMBERS: dict[str, int] = {k: int(v) for k, v in _words("number").items()}
FULL_MONTHS = _full_month_names()
#: The precision of each unit a relative phrase counts in.
UNIT_PRECISION = {"day": "day", "week": "week", "weekend": "day", "month": "month", "year": "year"}
#: Relative phrases that name the publication day itself: "today", "this morning", "tonight".
SAME_DAY_RE = re.compile(rf"(?i)\b(?:{letter_tree(p for p, (unit, off) in RELATIVE.items() if unit == 'day' and off == 0)})\b")
_MONTH = _month_alt()
_WEEKDAY = letter_tree(w.capitalize() for w in WEEKDAYS)
_REL = rf"(?i:{letter_tree(RELATIONS)})"
_PART = rf"(?i:{letter_tree(_words('part'))})"
_DAY = r"(?<![\d,.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d|,\d|s\b)"
_LEAD = r"(?<![\w-])"
#: A day date, with an optional relation, day name and year: "on Nov. 17", "Monday, Nov. 17, 2025",
#: "17 November 2025", "the 5th of June", "Dec. 14 and 15" (a range; not "Dec. 14 and 15 soldiers").
DAY_DATE_RE = re.compile(
    rf"{_LEAD}(?:(?P<rel>{_REL})\s+)?(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:\s*(?:-|–|and|to|through)\s*(?P<d1b>{_DAY})(?!\s+[a-z]+s\b))?"
    rf"|(?P<d2>{_DAY})(?:\s*(?:-|–|and|to)\s*(?P<d2b>{_DAY}))?\s+(?:of\s+)?(?P<m2>{_MONTH}))"
    rf"(?:,?\s+(?P<year>{_YEAR}))?")
#: An ISO date: "2025-11-17".
ISO_DATE_RE = re.compile(rf"{_LEAD}(?:(?P<rel>{_REL})\s+)?(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])")
#: A month, in a date context: "in June", "by December", "last September", "mid-June",
#: "March 2021", "March last year". A bare capitalised month without any of these is not kept.
MONTH_RE = re.compile(
    rf"{_LEAD}(?:(?P<rel>{_REL})\s+)?(?:(?P<mod>(?i:last|next|this))\s+)?(?:(?P<part>{_PART})(?:\s+|-))?"
    rf"(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR})|\s+(?P<yrel>(?i:last|this|next))\s+year\b)?")
#: A year after a relation or a part: "in 2022", "since 2014", "from 2020 to 2022", "mid-2023",
#: "in 2022-23". A four-digit number alone ("2000 troops") is a count, not a year.
YEAR_RE = re.compile(
    rf"{_LEAD}(?:(?P<rel>{_REL})\s+)?(?:(?P<part>{_PART})(?:\s+|-))?(?P<year>{_YEAR})"
    rf"(?:\s*(?:-|–|to|and|through|until)\s*(?P<year2>{_YEAR}|(?<=[-–])\d\d(?!\d)))?")
#: A day name: "Sunday", "on Thursday", "last Thursday", "next Friday", "Saturday morning".
WEEKDAY_RE = re.compile(
    rf"{_LEAD}(?:(?P<rel>{_REL})\s+)?(?:(?P<mod>(?i:last|next|this|coming))\s+)?(?P<wd>{_WEEKDAY})"
    rf"(?:\s+(?P<tod>morning|afternoon|evening|night)\b)?(?![A-Za-z])")
#: A period relative to publication, from ``date_words.csv``: "yesterday", "last week", "this month",
#: "early next year", "since last month".
RELATIVE_RE = re.compile(
    rf"{_LEAD}(?i:(?:(?P<rel>{letter_tree(RELATIONS)})\s+)?(?:(?P<part>{letter_tree(_words('part'))})\s+)?(?P<phrase>{letter_tree(RELATIVE)}))(?![A-Za-z])")
#: A count of periods back from publication: "two weeks ago", "3 days ago", "a year ago".
AGO_RE = re.compile(
    rf"{_LEAD}(?i:(?:(?P<rel>{letter_tree(RELATIONS)})\s+)?(?P<n>\d{{1,3}}|{letter_tree(NUMBERS)})\s+(?P<unit>day|week|month|year)s?\s+ago)\b")
_SPACES_RE = re.compile(r"\s+")
#: Cheap tests a sentence must pass before a pattern is tried (most sentences hold no date).
_HAS_MONTH_RE = re.compile(_MONTH)
_HAS_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_HAS_WEEKDAY_RE = re.compile(_WEEKDAY)
_HAS_RELATIVE_RE = re.compile(rf"(?i)\b(?:{letter_tree({p.split()[-1] for p in RELATIVE})})\b")
_HAS_AGO_RE = re.compile(r"(?i)\bago\b")
#: (kind, pattern, trigger): the patterns tried on every sentence, in priority order.
PATTERNS = (("day", DAY_DATE_RE, _HAS_MONTH_RE), ("iso", ISO_DATE_RE, _HAS_YEAR_RE), ("month", MONTH_RE, _HAS_MONTH_RE),
            ("year", YEAR_RE, _HAS_YEAR_RE), ("weekday", WEEKDAY_RE, _HAS_WEEKDAY_RE),
            ("relative", RELATIVE_RE, _HAS_RELATIVE_RE), ("ago", AGO_RE, _HAS_AGO_RE))
