"""Dates and datelines as news copy writes them: "Nov. 17, 2025", "CAIRO, Nov. 3 (Reuters) --",
"Mexico City (AFP) – ", and the publication date they give an article.

In: a line or a paragraph's text. Out: regex matches, and :func:`parse_date`'s date.

>>> parse_date("CAIRO, Nov. 3, 2025 (Reuters) --")
(datetime.date(2025, 11, 3), False)
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..lexicon import months, read_table


@lru_cache(maxsize=None)
def _outlets() -> dict[str, str]:
    return {r["code"]: r["name"] for r in read_table("outlets.csv")}


@lru_cache(maxsize=None)
def _kickers() -> frozenset[str]:
    """Capitalised labels that are no place (``data/kickers.csv``) and agency codes ("AP: ...")."""
    return frozenset(r["word"] for r in read_table("kickers.csv")) | frozenset(_outlets())


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
#: A date as news copy writes it: "Nov. 17, 2025", "November 17 2025", "17 November 2025", "2025-11-17".
DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b"
)
#: A line that is only a date (and perhaps a time): "Nov. 3, 2025 / 9:14 PM", "Published: 17 November 2025".
DATE_LINE_RE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Date)\s*:?\s*)?(?:(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)"
    rf"(?:[\sT/|,·-]+\d{{1,2}}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{{2,4}}|[+-]\d\d:?\d\d|Z)?)?\s*$"
)
#: A dateline opening the first paragraph: "CAIRO, Nov. 3 (Reuters) --", "WASHINGTON (AP) —", "KYIV:".
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}(?:,\s+[A-Z][a-zA-Z.]+(?:\s+[A-Z][a-zA-Z.]+){0,2})?)"
    rf"(?:,\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?|\d{{1,2}}\s+{_MONTH}(?:\s+(?:19|20)\d\d)?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?"
    r"\s*(?P<sep>--|—|–|-|:)\s+(?=\S)"
)
#: An agency dateline with the place in title case, as AFP and others write it: "Mexico City (AFP) – ".
AGENCY_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][a-z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){0,3})(?P<date>)"
    r"\s*\((?P<agency>[A-Z][\w .&-]{0,30})\)\s*(?P<sep>--|—|–|-)\s+(?=\S)"
)

def parse_date(text: str, default_year: int | None = None) -> tuple[date | None, bool]:
    """The first date written in ``text``, and whether its year had to be supplied.

    >>> parse_date("Nov. 17, 2025 / 7:42 AM")
    (datetime.date(2025, 11, 17), False)
    >>> parse_date("Nov. 17", default_year=2025)
    (datetime.date(2025, 11, 17), True)
    """
    m = DATE_RE.search(text)
    if not m:
        return None, False
    g = m.groupdict()
    if g["y3"]:
        y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
    else:
        mname = (g["m1"] or g["m2"]).rstrip(".").lower()
        mo = months().get(mname) or months().get(mname[:3])
        d = int(g["d1"] or g["d2"])
        y = int(g["y1"] or g["y2"] or 0)
    inferred = False
    if not y:
        if default_year is None:
            return None, False
        y, inferred = default_year, True
    try:
        return date(y, mo, d), inferred
    except (TypeError, ValueError):
        return None, False


#: A run of the characters :data:`DATE_RE` matches are written with: no match reaches over any other.
_DATE_CHARS_RE = re.compile(r"[A-Za-z\d.,\s-]*")
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")


def _dates_with_year(text: str) -> list[str]:
    """The dates of :data:`DATE_RE` in ``text`` that hold a year, as a scan of all of it finds them.

    Only the runs of date characters around a year are scanned: as no match reaches over another
    character, a scan starting after one finds what a scan of the whole text finds from there.

    >>> _dates_with_year("Talks (Nov. 17, 2025) and 5 Nov 17, 2025; in 2023; on 2025-11-17.")
    ['Nov. 17, 2025', '2025-11-17']
    """
    out: list[str] = []
    done, backwards = 0, None
    for y in _YEAR_DIGITS_RE.finditer(text):
        if y.start() < done:
            continue
        backwards = text[::-1] if backwards is None else backwards
        start = len(text) - _DATE_CHARS_RE.match(backwards, len(text) - y.start()).end()
        done = _DATE_CHARS_RE.match(text, y.start()).end()
        for m in DATE_RE.finditer(text, start):
            if m.start() >= done:
                break
            if m.group("y1") or m.group("y2") or m.group("y3"):
                out.append(m.group(0))
    return out


def _agency_dateline(text: str) -> re.Match | None:
    """A title-case place before a news agency the outlets table knows: "Washington (AFP) – ".

    >>> _agency_dateline("Mexico City (AFP) – It featured drama").group("place", "agency")
    ('Mexico City', 'AFP')
    >>> _agency_dateline("Senator Roe (Ohio) - a profile") is None
    True
    """
    m = AGENCY_DATELINE_RE.match(text)
    return m if m and m.group("agency").strip() in _outlets() else None


#: Words that make a capitalised lead-in a clause, not a place: "FIX IS IN:", "WE WIN:".
_CLAUSE_WORDS = frozenset("is are was were be in on at to we you i it not no this that what why how who".split())


def _plausible_dateline(m: re.Match) -> bool:
    place = m.group("place")
    if not (m.group("agency") or m.group("date")) and place.split(",")[0] in _kickers():
        return False  # "EXCLUSIVE: ...", "UPDATE – ...", "AP: ...": a label, not a place
    if m.group("sep") in ("-", ":") and not (m.group("agency") or m.group("date")):
        if m.group("sep") == "-" and "," in place and place.split(",")[0].isupper():
            return True  # "STATE COLLEGE, Pa. - ...": a town and its state
        # "KYIV: ..." but not "FIX IS IN: ...": a place of at most three words in capitals.
        return m.group("sep") == ":" and place.isupper() and len(place.split()) <= 3 \
            and not _CLAUSE_WORDS.intersection(place.lower().replace(",", " ").split())
    return bool(m.group("agency") or m.group("date") or m.group("sep") in ("--", "—", "–"))
