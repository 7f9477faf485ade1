"""Date expressions and the timeline: every date an article writes, resolved against its publication date.

:func:`extract` finds date expressions in body sentences and in captions, and resolves each to a
period (``date`` .. ``date_end``) with a ``precision`` of day, week, month or year:

* absolute dates: "Oct. 28, 2024", "28 October 2024", "2024-10-28", "Dec. 14 and 15" (one row, a
  range of days), "in February 2022", "in 2022", "from 2020 to 2022", "mid-2023";
* dates that need the publication date: "Oct. 28" (no year), "in June", "by December",
  "last September", "August last year", "Thursday", "last Thursday", "yesterday", "today",
  "last week", "this month", "early next year", "two weeks ago".

Rules, in the words of news copy (each is a small function below, its examples in its docstring):

* A day name is the most recent such day *before* publication ("said Thursday"); the publication
  day itself only when the sentence says "today", "this morning" or "tonight". In a future
  context ("will meet Friday", "are expected ... as early as Sunday") it is the next such day
  from publication (the publication day included), or, in reported speech, the first one after
  the statement was made: in "said last week ... are expected ... as early as Sunday and Monday"
  Sunday and Monday are the first ones after the Monday that starts last week.
* "last week" is Monday to Sunday of the week before the publication week; "this month" the
  publication month; "last September" is September of the previous calendar year (a month of
  the current year is written without "last", AP style); "next March" of the next year.
* A month or month-day without a year is the latest one on or before publication in a past
  context ("took place in August", "since August"), the first one on or after it in a future
  context ("by December", "expected", "will", "plans to"), and the nearest one otherwise.
  The tense is read from the closest cue word before the date (``data/date_words.csv``).
* An article without a publication date still lists every date expression; those that need the
  publication date are left unresolved (``date`` None, ``resolved`` False), never guessed.

"May" is a month only when capitalised and in a date context ("in May", "May 5", "May 2024");
"may join" is not a date, and nor are "2,500 soldiers" or "the 18-month conflict".

>>> from datetime import date
>>> [(r["expression"], str(r["date"]), r["precision"]) for r in find_dates(
...     "Officials said Thursday the talks, held in June, will resume by December.", date(2024, 10, 28))]
[('Thursday', '2024-10-24', 'day'), ('in June', '2024-06-01', 'month'), ('by December', '2024-12-01', 'month')]
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from itertools import islice
from typing import TYPE_CHECKING, Iterable

from ..lexicon import letter_tree, months, read_table

if TYPE_CHECKING:  # pragma: no cover

    from ..read.article import Article

PRECISIONS = ("day", "week", "month", "year")


# --------------------------------------------------------------------------- word lists

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

    "May" matches "May" but not "Mayor"; "Oct" matches "Oct." and "Oct 28".
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

#: A day date, with an optional relation, day name and year: "on Oct. 28", "Monday, Oct. 28, 2024",
#: "28 October 2024", "the 5th of June", "Dec. 14 and 15" (a range; not "Dec. 14 and 15 soldiers").
DAY_DATE_RE = re.compile(
    rf"{_LEAD}(?:(?P<rel>{_REL})\s+)?(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:\s*(?:-|–|and|to|through)\s*(?P<d1b>{_DAY})(?!\s+[a-z]+s\b))?"
    rf"|(?P<d2>{_DAY})(?:\s*(?:-|–|and|to)\s*(?P<d2b>{_DAY}))?\s+(?:of\s+)?(?P<m2>{_MONTH}))"
    rf"(?:,?\s+(?P<year>{_YEAR}))?")
#: An ISO date: "2024-10-28".
ISO_DATE_RE = re.compile(rf"{_LEAD}(?:(?P<rel>{_REL})\s+)?(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])")
#: A month, in a date context: "in June", "by December", "last September", "mid-June",
#: "February 2022", "August last year". A bare capitalised month without any of these is not kept.
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

#: Cue words read for the tense around a date (all lower case, matched as written).
FUTURE_CUE_RE = re.compile(rf"(?:{letter_tree(_words('future_cue'))})(?![\w'])")
PAST_IRREGULAR = frozenset(_words("past_cue"))
NOT_PAST = frozenset(_words("not_past"))
PASSIVE_AUX = frozenset(_words("passive_aux"))
#: A reporting verb followed by at most three words, at the end of the text before a date: "said ", "told reporters ".
SPEECH_BEFORE_RE = re.compile(rf"\b(?:{letter_tree(_words('speech_verb'))})(?:\s+[\w'’-]+){{0,3}}\s*$")
SPEECH_RE = re.compile(rf"\b(?:{letter_tree(_words('speech_verb'))})\b")
HOLIDAY_BEFORE_RE = re.compile(rf"\b(?i:{letter_tree(_words('holiday'))})\s+$")
TITLE_AFTER_RE = re.compile(rf"\s+(?i:{letter_tree(_words('title_word'))})\b")
#: A lower-case word ending in "s" right after a number: "2000 troops", "15 soldiers" (a count).
COUNT_AFTER_RE = re.compile(r"\s+(?!(?:was|has|is|as|this|its|his|us|thus)\b)[a-z]+s\b")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SPACES_RE = re.compile(r"\s+")
_DIGITS_RE = re.compile(r"\d+")
#: Two characters a word of :data:`_WORD_RE` may run on through.
_WITHIN_WORD_RE = re.compile(r"[A-Za-z'’]{2}")

#: Cheap tests a sentence must pass before a pattern is tried (most sentences hold no date).
_HAS_MONTH_RE = re.compile(_MONTH)
_HAS_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_HAS_WEEKDAY_RE = re.compile(_WEEKDAY)
_HAS_RELATIVE_RE = re.compile(rf"(?i)\b(?:{letter_tree({p.split()[-1] for p in RELATIVE})})\b")
_HAS_AGO_RE = re.compile(r"(?i)\bago\b")

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

#: (kind, pattern, trigger): the patterns tried on every sentence, in priority order.
PATTERNS = (("day", DAY_DATE_RE, _HAS_MONTH_RE), ("iso", ISO_DATE_RE, _HAS_YEAR_RE), ("month", MONTH_RE, _HAS_MONTH_RE),
            ("year", YEAR_RE, _HAS_YEAR_RE), ("weekday", WEEKDAY_RE, _HAS_WEEKDAY_RE),
            ("relative", RELATIVE_RE, _HAS_RELATIVE_RE), ("ago", AGO_RE, _HAS_AGO_RE))


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

# --------------------------------------------------------------------------- calendar arithmetic

def month_end(y: int, m: int) -> date:
    """The last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return date(y, m, calendar.monthrange(y, m)[1])


def week_start(d: date) -> date:
    """The Monday of ``d``'s week.

    >>> week_start(date(2024, 10, 27))
    datetime.date(2024, 10, 21)
    """
    return d - timedelta(days=d.weekday())


def shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    """The (year, month) ``n`` months after (y, m).

    >>> shift_month(2024, 1, -2)
    (2023, 11)
    """
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def period(unit: str, d: date, n: int = 0) -> tuple[date, date, str]:
    """The (start, end, precision) of the ``unit`` containing ``d``, moved ``n`` units.

    >>> period("week", date(2024, 10, 28), -1)
    (datetime.date(2024, 10, 21), datetime.date(2024, 10, 27), 'week')
    >>> period("weekend", date(2024, 10, 28), -1)
    (datetime.date(2024, 10, 26), datetime.date(2024, 10, 27), 'day')
    """
    if unit == "day":
        x = d + timedelta(days=n)
        return x, x, "day"
    if unit in ("week", "weekend"):
        ws = week_start(d) + timedelta(weeks=n)
        return (ws, ws + timedelta(days=6), "week") if unit == "week" else (ws + timedelta(days=5), ws + timedelta(days=6), "day")
    if unit == "month":
        y, m = shift_month(d.year, d.month, n)
        return date(y, m, 1), month_end(y, m), "month"
    return date(d.year + n, 1, 1), date(d.year + n, 12, 31), "year"


def weekday_before(ref: date, wd: int) -> date:
    """The most recent day named ``wd`` (0 = Monday) strictly before ``ref``.

    >>> weekday_before(date(2024, 10, 28), 3)   # a Monday; Thursday before it
    datetime.date(2024, 10, 24)
    >>> weekday_before(date(2024, 10, 28), 0)   # Monday before a Monday: a week earlier
    datetime.date(2024, 10, 21)
    """
    return ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)


def weekday_after(ref: date, wd: int, inclusive: bool = False) -> date:
    """The first day named ``wd`` after ``ref`` (or on it, when ``inclusive``).

    >>> weekday_after(date(2024, 10, 21), 6), weekday_after(date(2024, 10, 21), 0)
    (datetime.date(2024, 10, 27), datetime.date(2024, 10, 28))
    """
    gap = (wd - ref.weekday()) % 7
    return ref + timedelta(days=gap if gap or inclusive else 7)


def _pick(candidates: list[date], ref: date, tense: str) -> date:
    """Of dates a year apart, the latest on or before ``ref`` (past), the first on or after (future), or the nearest."""
    if tense == "past":
        return max(c for c in candidates if c <= ref)
    if tense == "future":
        return min(c for c in candidates if c >= ref)
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


# --------------------------------------------------------------------------- tense and anchors

def tense_cues(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, str]]:
    """(offset, "future" or "past") of every tense cue in ``text[lo:hi]``, in order.

    Future cues ("will", "expected", "plans to") come from the data; past verbs are the irregular
    ones listed there and lower-case words ending in -ed, except a participle after "be", "is",
    "are" ("to be deployed") and the words listed as not past ("hundred").

    >>> tense_cues("troops are expected to be deployed, he said")
    [(11, 'future'), (39, 'past')]
    """
    hi = len(text) if hi is None else hi
    out, prev = [], ""
    for m in _WORD_RE.finditer(text, lo, hi):
        word = m.group(0)
        cue = _cue(text, m.start(), word, prev)
        if cue:
            out.append((m.start(), cue))
        prev = word.lower()
    return out


def _cue(text: str, at: int, word: str, prev: str) -> str:
    """The tense cue of the word at ``at`` ("future", "past" or ""), after the word ``prev`` (lower case)."""
    if FUTURE_CUE_RE.match(text, at):
        return "future"
    if prev not in PASSIVE_AUX and (word in PAST_IRREGULAR or (
            len(word) > 3 and word.endswith("ed") and word.islower() and word not in NOT_PAST)):
        return "past"
    return ""


#: The words a tense cue can start with: the first word of a future cue, or an irregular past.
#: A word ending in -ed, or holding a "’" (a cue may end before one: "will’"), may be a cue too.
_CUE_HEADS = frozenset({p.split()[0] for p in _words("future_cue")} | PAST_IRREGULAR)
#: A word of :data:`_WORD_RE` (group ``w``) that may be a tense cue, as :data:`_CUE_HEADS` says. A
#: word starts at the first letter of a run of letters and apostrophes, and runs to its end.
_CUE_WORD_RE = re.compile(
    rf"(?<![A-Za-z'’])['’]*+(?P<w>{letter_tree(h for h in _CUE_HEADS if h[0].isalpha())}(?![A-Za-z'’])"
    r"|[A-Za-z][A-Za-z']*+(?:’[A-Za-z'’]*+|(?<=ed)(?![A-Za-z'’])))")
#: In reversed text, from just before a word: the word before it (reversed, group 1), as
#: :data:`_WORD_RE` reads words; runs of apostrophes alone are no word.
_PREV_WORD_REVERSED_RE = re.compile(r"(?:[^A-Za-z'’]|['’]++(?![A-Za-z]))*+([A-Za-z'’]*[A-Za-z])")


class _Cues:
    """The tense cues of one sentence, for :func:`tense_before` at any offset: read backwards from
    the offset a stretch of words at a time, as the closest cue is most often a few words away."""

    __slots__ = ("text", "rtext")

    #: How many characters (at least) each stretch reads.
    STRETCH = 48

    def __init__(self, text: str):
        self.text, self.rtext = text, None

    def before(self, pos: int) -> str:
        """What ``tense_before(text, pos)`` says."""
        text = self.text
        if pos and _WITHIN_WORD_RE.match(text, pos - 1):
            return tense_before(text, pos)  # pos may be inside a word, which tense_before cuts short
        hi = pos
        while hi > 0:
            # A stretch starts after a space, so no word runs over its ends (nor over ``pos``, see above).
            lo = text.rfind(" ", 0, max(0, hi - self.STRETCH)) + 1
            for m in reversed(list(_CUE_WORD_RE.finditer(text, lo, hi))):
                cue = self._cue(m.start("w"), m.group("w"))
                if cue:
                    return cue
            hi = lo
        return ""

    def _cue(self, at: int, word: str) -> str:
        """What :func:`_cue` says of the word at ``at``, one of those :data:`_CUE_WORD_RE` finds; the
        word before a possible past participle is read backwards, only then."""
        text = self.text
        if FUTURE_CUE_RE.match(text, at):
            return "future"
        if word in PAST_IRREGULAR or (len(word) > 3 and word.endswith("ed") and word.islower() and word not in NOT_PAST):
            self.rtext = text[::-1] if self.rtext is None else self.rtext
            prev = _PREV_WORD_REVERSED_RE.match(self.rtext, len(text) - at)
            return "" if prev and prev.group(1)[::-1].lower() in PASSIVE_AUX else "past"
        return ""


def tense_before(text: str, pos: int) -> str:
    """"future", "past" or "" from the cue closest before ``pos``.

    >>> tense_before("troops are expected to be deployed by December", 38)
    'future'
    >>> tense_before("an incursion took place in August", 26)
    'past'
    >>> tense_before("the pact signed in June", 19), tense_before("the festival in June", 16)
    ('past', '')
    """
    cues = tense_cues(text, 0, pos)
    return cues[-1][1] if cues else ""


def tense_after(text: str, pos: int, words: int = 8, speech: bool = False) -> str:
    """The tense from the first cue in the few words after ``pos`` (used when nothing before decides).

    A reporting verb there ("July 4, the premier announced") says when something was said, not
    when the dated event happens, so it ends the search, unless ``speech`` (the date opens the
    sentence and dates the statement: "On Tuesday, the ministry said").

    >>> tense_after("In June, the parliament passed a law it will enforce.", 7)
    'past'
    >>> tense_after("Voters go to the polls on July 4, the premier announced.", 32)
    ''
    """
    ends = [m.end() for m in islice(_WORD_RE.finditer(text, pos), words)]
    for at, tense in tense_cues(text, pos, ends[-1]) if ends else []:
        if SPEECH_RE.match(text, at) and not speech:
            return ""
        return tense
    return ""


def tense_of(text: str, start: int, end: int, relation: str) -> str:
    """The tense a date is read in: "since" makes it past; otherwise the closest cue before it
    ("said Thursday" past, "will meet Friday" future), else what its relation says ("by" future),
    else the first cue after it.

    >>> tense_of("He said Friday the vote will be held", 8, 14, "")
    'past'
    >>> tense_of("Troops will arrive by December", 19, 30, "by")
    'future'
    >>> tense_of("Erdoğan, speaking Thursday, said it will happen", 20, 28, ""), tense_of("On Oct. 7, Hamas said", 0, 9, "on")
    ('', 'past')
    """
    return _tense_of(text, start, end, relation, None)


def _tense_of(text: str, start: int, end: int, relation: str, cues: _Cues | None) -> str:
    """:func:`tense_of`, reading the cues before ``start`` from ``cues`` when given."""
    if RELATIONS.get(relation) == "past":
        return "past"
    opens_sentence = not text[:start].strip(" \"“‘'")
    before = cues.before(start) if cues is not None else tense_before(text, start)
    return before or RELATIONS.get(relation, "") or tense_after(text, end, speech=opens_sentence)


def is_speech_anchor(text: str, start: int, end: int) -> bool:
    """Whether a date says when a statement was made: right after a reporting verb ("said last week",
    "told reporters on Tuesday"), or opening the sentence before a comma ("Last week, the agency said").

    >>> is_speech_anchor("Lee said on Tuesday that", 9, 19), is_speech_anchor("On Tuesday, Lee said", 0, 10)
    (True, True)
    >>> is_speech_anchor("Troops arrived on Tuesday", 15, 25), is_speech_anchor("Lee said it will end Friday", 21, 27)
    (False, False)
    """
    m = SPEECH_BEFORE_RE.search(text, 0, start)
    if m:
        return not FUTURE_CUE_RE.search(text, m.start(), start)
    return not text[:start].strip(" \"“‘'") and text[end:end + 1] == "," and bool(SPEECH_RE.search(text, end))


# --------------------------------------------------------------------------- finding expressions

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
#: A day number after a month, as :data:`DAY_DATE_RE` reads one: "Oct. 28".
_DAY_AFTER_RE = re.compile(r"\s+\d")


def _day_may_follow(text: str, start: int, end: int) -> bool:
    """Whether a day number may stand by the month at ``text[start:end]``, as :data:`DAY_DATE_RE`
    needs: a digit after space ("Oct. 28"), or a day (a digit or an ordinal's ending) and space,
    perhaps "of" and space, before it ("28 Oct.", "the 5th of June").

    >>> _day_may_follow("on Oct. 28", 3, 7), _day_may_follow("the 5th of June", 11, 15), _day_may_follow("in June", 3, 7)
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

    >>> [m.group(0) for _, m in find_expressions("Since August last year, and on Thursday, 2,500 troops may join.")]
    ['Since August last year', 'on Thursday']
    >>> [m.group(0) for _, m in find_expressions("They may join the 18-month war in May 2000 troops strong.")]
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


# --------------------------------------------------------------------------- resolution

def resolve(kind: str, m: re.Match, text: str, published: date | None, anchor: date | None = None) -> dict:
    """Resolve one expression to date, date_end, precision, resolved and the rule used.

    ``anchor`` is when the statement that reports it was made (see :func:`is_speech_anchor`); a
    future day or month counts from it instead of from publication.

    >>> m = WEEKDAY_RE.search("said Thursday")
    >>> resolve("weekday", m, "said Thursday", date(2024, 10, 28))["date"]
    datetime.date(2024, 10, 24)
    >>> resolve("weekday", m, "said Thursday", None)["resolved"]
    False
    """
    relation = _relation(m)
    return _resolve(kind, m, text, published, anchor, relation, tense_of(text, m.start(), m.end(), relation))


def _resolve(kind: str, m: re.Match, text: str, published: date | None, anchor: date | None, relation: str, tense: str) -> dict:
    """:func:`resolve`, given the expression's relation and tense."""
    start, end, precision, rule = RESOLVERS[kind](m.groupdict(), text, m, published, anchor, tense)
    return {"date": start, "date_end": end, "precision": precision, "resolved": start is not None,
            "relation": relation or None, "rule": rule}


#: What a resolver returns: (date, date_end, precision, rule).
Resolution = tuple[date | None, date | None, str, str]


def _unresolved(precision: str) -> Resolution:
    return None, None, precision, "needs publication date"


def _resolve_day(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"Oct. 28, 2024" → that day; "Oct. 28" → nearest year (by tense); "Dec. 14 and 15" → a two-day range."""
    mo = _month_number(g["m1"] or g["m2"])
    d1 = int(_DIGITS_RE.match(g["d1"] or g["d2"]).group(0))
    d2s = g["d1b"] or g["d2b"]
    d2 = int(_DIGITS_RE.match(d2s).group(0)) if d2s else d1
    if d2 < d1:
        d2 = d1
    if g["year"]:
        years, rule = [int(g["year"])], "absolute date"
    elif published is None:
        return _unresolved("day")
    else:
        years, rule = [published.year - 1, published.year, published.year + 1], f"day without year ({tense or 'nearest'})"
    try:
        options = [date(y, mo, d1) for y in years]
    except ValueError:
        return None, None, "day", "not a calendar date"
    ref = anchor if (anchor and tense == "future") else published
    first = options[0] if len(options) == 1 else _pick(options, ref, tense)
    try:
        last = date(first.year, mo, d2)
    except ValueError:
        last = first
    return first, last, "day", rule


def _resolve_iso(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"2024-10-28" → that day."""
    try:
        d = date(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None, None, "day", "not a calendar date"
    return d, d, "day", "absolute date"


def _resolve_month(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"February 2022" → that month; "last September" → September of the previous year;
    "August last year" likewise; "in June" → the nearest June by tense."""
    mo = _month_number(g["month"])
    if g["year"]:
        y, rule = int(g["year"]), "absolute month"
    elif published is None:
        return _unresolved("month")
    elif g["yrel"] or g["mod"]:
        shift = {"last": -1, "this": 0, "next": 1}[(g["yrel"] or g["mod"]).lower()]
        y, rule = published.year + shift, f"month of {'last' if shift < 0 else 'next' if shift > 0 else 'this'} year"
    else:
        ref = anchor if (anchor and tense == "future") else published
        ref_month = date(ref.year, ref.month, 1)
        y = _pick([date(ref.year + k, mo, 1) for k in (-1, 0, 1)], ref_month, tense).year
        rule = f"month without year ({tense or 'nearest'})"
    return date(y, mo, 1), month_end(y, mo), "month", rule


def _resolve_year(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"in 2022" → that year; "from 2020 to 2022" / "2022-23" → a range of years."""
    y1 = int(g["year"])
    y2 = g["year2"]
    y2 = (y1 // 100 * 100 + int(y2) if len(y2) == 2 else int(y2)) if y2 else y1
    if y2 < y1:
        y2 = y1
    return date(y1, 1, 1), date(y2, 12, 31), "year", "absolute year"


def _resolve_weekday(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"Thursday" → the most recent Thursday before publication; "today" in the sentence and the
    publication's own day name → the publication day; future ("will", "next") → the next one."""
    if published is None:
        return _unresolved("day")
    wd = WEEKDAYS[g["wd"].lower()]
    mod = (g["mod"] or "").lower()
    if mod == "this":
        d, rule = week_start(published) + timedelta(days=wd), "day of the publication week"
    elif mod in ("next", "coming") or tense == "future":
        if anchor and not mod:
            d, rule = weekday_after(anchor, wd), "next such day after the statement"
        else:
            d, rule = weekday_after(published, wd, inclusive=not mod), "next such day"
    elif wd == published.weekday() and SAME_DAY_RE.search(text):
        d, rule = published, "publication day (today)"
    else:
        d, rule = weekday_before(published, wd), "most recent such day before publication"
    return d, d, "day", rule


def _resolve_relative(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"last week" → Monday–Sunday before the publication week; "yesterday"; "this month"; "next year"."""
    unit, offset = RELATIVE[_SPACES_RE.sub(" ", g["phrase"].lower())]
    if published is None:
        return _unresolved(UNIT_PRECISION[unit])
    start, end, precision = period(unit, published, offset)
    return start, end, precision, "relative to publication"


def _resolve_ago(g: dict, text: str, m: re.Match, published: date | None, anchor: date | None, tense: str) -> Resolution:
    """"two weeks ago" → the week two weeks before publication; "three days ago" → that day."""
    unit = g["unit"].lower()
    if published is None:
        return _unresolved(unit)
    n = int(g["n"]) if g["n"].isdigit() else NUMBERS[g["n"].lower()]
    start, end, precision = period(unit, published, -n)
    return start, end, precision, "counted back from publication"


RESOLVERS = {"day": _resolve_day, "iso": _resolve_iso, "month": _resolve_month, "year": _resolve_year,
             "weekday": _resolve_weekday, "relative": _resolve_relative, "ago": _resolve_ago}


# --------------------------------------------------------------------------- records

def find_dates(text: str, published: date | None, offset: int = 0) -> list[dict]:
    """Resolved date expressions of one sentence, with ``start``/``end`` offset by ``offset``.

    A future day or month in reported speech counts from the date of the statement:

    >>> [(r["expression"], str(r["date"])) for r in find_dates(
    ...     "He said last week troops are expected to arrive as early as Sunday and Monday.", date(2024, 10, 28))]
    [('last week', '2024-10-21'), ('as early as Sunday', '2024-10-27'), ('Monday', '2024-10-28')]
    """
    return [{**rec, "expression": m.group(0), "start": m.start() + offset, "end": m.end() + offset}
            for m, rec in _resolved_expressions(text, published)]


def _resolved_expressions(text: str, published: date | None) -> list[tuple[re.Match, dict]]:
    """(match, what :func:`_resolve` says) of each date expression of a sentence, in order."""
    found = find_expressions(text)
    if not found:
        return []
    resolved: list[tuple[re.Match, dict]] = []
    # The tense is read only for the expressions whose resolution depends on it.
    needs = [published is not None and _needs_tense(kind, m) for kind, m in found]
    cues = _Cues(text) if any(needs) else None
    for (kind, m), need in zip(found, needs):
        relation = _relation(m)
        tense = _tense_of(text, m.start(), m.end(), relation, cues) if need else ""
        anchor = None
        if published and kind in ("weekday", "day", "month") and tense == "future":
            anchor = _anchor_for(resolved, text, published)
        resolved.append((m, _resolve(kind, m, text, published, anchor, relation, tense)))
    return resolved


def _needs_tense(kind: str, m: re.Match) -> bool:
    """Whether the resolution of an expression (given a publication date) reads its tense: a day
    name (not "this Friday", "next Friday"), and a day or a month without a year (nor "last"/"next").

    >>> _needs_tense("weekday", WEEKDAY_RE.search("next Friday")), _needs_tense("month", MONTH_RE.search("in May"))
    (False, True)
    """
    if kind == "weekday":
        return (m.group("mod") or "").lower() not in ("this", "next", "coming")
    if kind == "day":
        return not m.group("year")
    if kind == "month":
        return not (m.group("year") or m.group("yrel") or m.group("mod"))
    return False


def _anchor_for(earlier: list[tuple[re.Match, dict]], text: str, published: date) -> date | None:
    """The start of the closest earlier date in the sentence that dates a statement, if before publication."""
    for other, rec in reversed(earlier):
        if rec["date"] and rec["date"] <= published and is_speech_anchor(text, other.start(), other.end()):
            return rec["date"]
    return None


def _segments(article: "Article") -> list[tuple[str, int | None, str, int]]:
    """(source, para_no, sentence text, start) for body sentences, then caption sentences; a
    caption repeated word for word (wire pages show a photo caption twice) is left out, as
    :func:`extract` keeps each caption sentence once."""
    from ..read.text import split_sentences

    segs = [("body", s["para_no"], s["text"], s["start"]) for s in article.sentences]
    captions = set()
    for b in article.blocks:
        if b.kind == "caption" and b.text not in captions:
            captions.add(b.text)
            segs += [("caption", None, t, s) for s, _, t in split_sentences(b.text, b.start)]
    return segs


def extract(article: "Article", gazetteer=None) -> list[dict]:
    """Timeline records of one article, in text order: every date expression in its body and
    captions, resolved against ``article.meta["published"]``. A caption sentence repeated (wire
    pages show a photo caption twice) gives its dates once; caption rows have ``para_no`` None.

    >>> from helpers.read.article import parse_article
    >>> a = parse_article("SEOUL, Oct. 28, 2024 (Reuters) -- Talks began on Thursday. A deal is due by December.\\n", "a1")
    >>> [(r["expression"], str(r["date"]), r["precision"]) for r in extract(a)]
    [('on Thursday', '2024-10-24', 'day'), ('by December', '2024-12-01', 'month')]
    """
    published = article.meta.get("published")
    out, seen_captions = [], set()
    for source, para_no, sent, sent_start in _segments(article):
        if source == "caption":
            if sent in seen_captions:
                continue
            seen_captions.add(sent)
        for m, rec in _resolved_expressions(sent, published):
            out.append({"article_id": article.article_id, "date": rec["date"], "date_end": rec["date_end"],
                        "precision": rec["precision"], "expression": m.group(0), "event": sent,
                        "resolved": rec["resolved"], "para_no": para_no, "start": m.start() + sent_start,
                        "end": m.end() + sent_start, "relation": rec["relation"], "rule": rec["rule"], "source": source,
                        "event_start": sent_start})
    return sorted(out, key=lambda r: r["start"])


# --------------------------------------------------------------------------- queries


#: Punctuation and symbols trimmed from both ends of a label ("▲ ", a final full stop or quote mark).
