"""What is not a figure, though a number is written: dates, times, ages, labels, list markers, years.

In: a sentence and a number's span (or :class:`.numerals._Number`). Out: yes or no. Not figures:
a date ("March 3", "3 March 2021"), a time of day ("2 pm", "14:30"), an age ("5-year-old",
"aged 30", "John Lee, 45,"), a phone number, a label or name ("No. 2", "Article 5", "9/11";
``data/figures_exclusions.csv``), "37 minutes ago", a list marker ("1) ..."), a year ("in
2015", "the 2014 elections"), "one of the" and "one" as a pronoun, and a small spelled number
after a determiner ("the two parties").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import patterns
from .nouns import STOP_WORDS, _is_plural, _is_time_word, head_noun, noun_category, singular_forms
from .numerals import HYPHEN_WORD_RE, _Number
from .vocabulary import currencies, measure_units, number_words, qualifier_phrases, word_class

#: What a number starts when it is no figure: a time of day ("2 pm", "2.17pm", "10 a.m.", "14:30",
#: "6 o'clock"; not "2.1 pm", a size in picometres), a numeric date ("11/17/2025", "2025-11-17"),
#: a year range ("2013-14", "1990-2000"), an age ("5-year-old", "44 years old", "16- to 24-year-olds"), a phone number
#: ("202-555-0123").
MASK_AT_RE = re.compile(
    r"\d{1,2}(?:[:.]\d\d(?!\d))?[ \u00a0]?[AaPp]\.?[Mm]\b|\d{1,2}:\d\d|\d{1,2}[ ]?o['\u2019]clock\b"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|(?:1[89]|20)\d\d[ ]?[-\u2013/][ ]?(?:(?:1[89]|20)\d\d|\d\d)\b"
    r"|\d{1,3}[- ](?:year|month|week|day)s?[- ]olds?\b"
    r"|\d{1,3}-?[ ]+(?:to|and|or)[ ]+\d{1,3}[- ](?:year|month|week|day)s?[- ]olds?\b"
    r"|\d{1,2}(?:[:.][0-5]\d)?[ ]+(?:in[ ]+the[ ]+(?:morning|afternoon|evening)|at[ ]+night)\b"
    r"|\d{3}-\d{3}-\d{4}\b")
#: What comes right before a number that is no figure: "aged 30", "ages 18 to 25", "turns 70", "(202) 555-…",
#: "+44 20 …". Dates ("Nov. 17", "Nov. 17, 2025", "17 November 2025") are in ``patterns().date_before``.
MASK_BEFORE_RE = re.compile(r"(?:\b[Aa]ged?:?[ ]+(?:of[ ]+|under[ ]+|over[ ]+|between[ ]+|about[ ]+|around[ ]+)?|\b[Aa]ges[ ]+(?:of[ ]+)?|\bturn(?:s|ed|ing)?[ ]+"
                            r"|\(\d{3}\)[ ]?|\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?)*[ .-])$")
#: An age as a bound: "65 and older", "6 months and over", "18 or younger".
AGE_BOUND_RE = re.compile(r"(?:[ \u00a0]+(?:years?|months?))?[ \u00a0]+(?:and|or)[ \u00a0]+(?:older|over|up|above|younger|under)\b")
#: The other end of a range of ages or dates after a masked number: "aged 25 to 54", "March 3-5"; of ages
#: also a list: "aged 4 and 7", "aged 19, 22 and 67".
MASKED_RANGE_RE = re.compile(r"[ \u00a0]*(?:to|[-\u2013])[ \u00a0]*\d{1,3}(?!\d|[,.]\d)")
AGES_RANGE_RE = re.compile(r"(?:[ \u00a0]*(?:,|,?[ \u00a0]*(?:to|and|or)|[-\u2013])[ \u00a0]*\d{1,3}(?!\d|[,.]\d))+")
AGED_BEFORE_RE = re.compile(r"\b[Aa]ged?[ ]+(?:\w+[ ]+)?$")
#: A capitalised word right before digits: "Falcon 9", "Station 4", "FTSE 100", "S&P 500", "iPhone 16".
NAME_BEFORE_RE = re.compile(r"(?<![\w'\u2019-])([a-z]{0,2}[A-Z][A-Za-z]*)[ \u00a0]$")
#: Marks of a unit right after digits: a number with one measures something ("0.5%", '8"', "30°").
UNIT_MARKS = frozenset('%"\u2033\u201d\'\u2032\u2019°')
#: The word right after a number, glued or after a space.
UNIT_AFTER_RE = re.compile(r"[ \u00a0]?([A-Za-z]+)")
#: What may join the numbers of a list of labels: "routes 220 and 234", "Wards 3, 4 and 7".
LABEL_LIST_RE = re.compile(r"(?:[ \u00a0]*,)?[ \u00a0]*(?:and|or|&|to)[ \u00a0]*")
#: A comma between labels when the list goes on after the next one: "Years 3, 5, 7 and 9".
LABEL_COMMA_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*")
LIST_GOES_ON_RE = re.compile(r"[ \u00a0]*(?:,|and\b|or\b|&)")
#: An age in apposition: "John Lee, 45, said", "Donald Jr., 38; Ivanka, 34; and Eric, 32." (checked with the
#: mark after the number: a comma, a semicolon or the sentence's full stop).
AGE_BEFORE_RE = re.compile(r"(?:\b[A-Z][a-z]+|\b[JS]r\.),[ ]$")
#: An age stated with "is"/"was" of a person: "Bamberg, who is 28,", "she was 18 at the time", "While Garland is 63",
#: "Ms. Brandt, then 35.".
AGE_STATED_RE = re.compile(r"(?:(?:\b(?:[Hh]e|[Ss]he|I|[Ww]ho|[Yy]ou)|(?<![.!?] )(?<!^)\b[A-Z][a-z]+)[ ]+(?:is|was|am|were)"
                           r"(?:[ ]+(?:only|just|now|barely|about|around))?|\b[A-Z][a-z]+,[ ]+(?:then|now))[ ]+$")
#: What ends a stated age: a mark, "when", "at the time" ("she was 18 when", "who is 28,"), or "years old".
AGE_STATED_END_RE = re.compile(r"(?:[ ]+years?[ ]+old)?(?:[,.;:)?!'\"\u2019\u201d]|$|[ ]+(?:when|at[ ]+the[ ]+time|and[ ]+(?:has|had|is|was|lives))\b)")
#: An age reached: "turns 45", "turned 30", "She will be 60" (after a person's pronoun or name).
AGE_TURNS_RE = re.compile(r"(?:\b(?:turn|turns|turned|turning)|(?:\b(?:[Hh]e|[Ss]he|I|[Ww]ho|[Yy]ou|[Tt]hey)|(?<![.!?] )(?<!^)"
                          r"\b[A-Z][a-z]+)[ ]+(?:will|would|is[ ]+going[ ]+to)[ ]+be)[ ]+$")
#: What ends an age reached: a stated age's end, or a date after it ("60 in May", "45 next week", "30 on Friday").
AGE_TURNS_END_RE = re.compile(r"(?:[ ]+years?[ ]+old)?(?:[,.;:)?!'\"\u2019\u201d]|$|[ ]+(?:in|on|next|this|later|last|when)\b)")
#: "under"/"over" and an age after a word for people: "voters under 30", "those over 65", "people younger than 45".
AGE_LIMIT_RE = re.compile(r"\b([A-Za-z]+)[ ]+(?:under|over|above|below|older[ ]+than|younger[ ]+than)[ ]+$")
#: "of" or "another" after "one": "one of the largest", "one another" (no count).
ONE_OF_RE = re.compile(r"[ \u00a0]+(?:of|another)\b")
#: The word right before a number: "the" in "the two parties".
WORD_BEFORE_NUMBER_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
#: Determiners after which a small spelled number refers back to things named before ("the two parties").
DETERMINERS = frozenset("the these those both its their his her our your my".split())
#: Possessive determiners: before a number and its noun they introduce a count ("her three grandchildren").
POSSESSIVES = frozenset("its their his her our your my".split())


def _masked(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is part of a date, a time of day, an age or a phone number.

    Checked around each number (a match at it, a look just before and after it), which is much
    faster than searching every sentence for every kind of date.

    >>> [_masked(t, 0, t.index(" ")) for t in ("1600 BST", "0217 local time", "65 and older", "1600 tonnes")]
    [True, True, True, False]
    >>> t = "On Nov. 17, 2025 at 7:42 AM, John Lee, 45, called 202-555-0123 about 12 boats."
    >>> marks = (("17,", 2), ("2025", 4), ("7:", 1), ("45,", 2), ("202-", 3), ("12 ", 2))
    >>> spans = [(t.index(w), t.index(w) + n) for w, n in marks]
    >>> [t[s:e] for s, e in spans if not _masked(t, s, e)]
    ['12']
    """
    pat = patterns()
    lo = max(0, start - 24)
    return bool(MASK_AT_RE.match(text, start) or MASK_BEFORE_RE.search(text, lo, start) or pat.clock_at.match(text, start)
                or (end - start <= 3 and AGE_BOUND_RE.match(text, end))
                or pat.date_before.search(text, lo, start) or pat.date_after.match(text, end)
                or (AGE_BEFORE_RE.search(text, lo, start) and end - start <= 3
                    and (text[end:end + 1] in (",", ";") or text[end:].strip() == "."))
                or _stated_age(text, start, end))


def _stated_age(text: str, start: int, end: int) -> bool:
    """Whether a whole number up to 120 is a person's age: stated ("who is 28,", "she was 18 when"),
    reached ("she will be 60 in May", "turned 30 on Friday")
    or a limit of a group of people ("voters under 30", "those over 65").

    >>> t = "Lee, who is 28, said voters under 30 and the 40 voters over 60 agreed; the count was 41."
    >>> [t[m.start():m.end()] for m in re.finditer(r"\\d+", t) if not _stated_age(t, m.start(), m.end())]
    ['40', '41']
    """
    word = text[start:end]
    if not (word.isdigit() and int(word) <= 120) and word.lower() not in _SMALL_WORDS:
        return False
    lo = max(0, start - 40)
    if AGE_STATED_RE.search(text, lo, start) and AGE_STATED_END_RE.match(text, end):
        return True
    if AGE_TURNS_RE.search(text, lo, start) and AGE_TURNS_END_RE.match(text, end):
        return True  # "She will be 60 in May", "he turned 30 on Friday"
    limit = AGE_LIMIT_RE.search(text, lo, start)
    if not limit:
        return False
    who = limit.group(1).lower()
    noun = head_noun(text, end)[0]
    return (who in ("those", "anyone", "everyone") or noun_category(who) in ("personnel", "casualties")) and (
        noun is None or noun.lower() in ("years", "year"))


#: Number words an age may be written in ("she was eighteen").
_SMALL_WORDS = frozenset(w for w in "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                         "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split())


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _labelled(text: str, start: int, end: int) -> bool:
    """Whether a number is a label or a name, not a count: "No. 2", "Article 5", "9/11", "Falcon 9",
    "FTSE 100", "737 Max jets".

    A capitalised word right before digits names what they label, unless it is a function word, a
    qualifier, a number word, a time word, a currency or a plural ("About 40", "May 3", "Adults 65").

    >>> _labelled("Article 5 applies", 8, 9), _labelled("after 9/11", 6, 10), _labelled("5 apples", 0, 1)
    (True, True, False)
    >>> _labelled("a Falcon 9 rose", 9, 10), _labelled("About 40 came", 6, 8), _labelled("the 737 Max jets", 4, 7)
    (True, False, True)
    """
    pat = patterns()
    if pat.label_before.search(text, max(0, start - 12), start) or text[start:end] in pat.names:
        return True
    if pat.rank_before.search(text, max(0, start - 12), start) and text[end:end + 1] not in UNIT_MARKS and (
            head_noun(text, end)[0] is None):
        return True  # "the top 10", "outside the top three": a rank
    if _spelled_name(text, start, end):
        return True
    street = pat.street_after.match(text, end) if text[start:end].isdigit() else None
    if street:
        nxt = UNIT_AFTER_RE.match(text, street.end())
        if not (nxt and _is_plural(nxt.group(1))):
            return True  # "900 Grand Concourse": a house number ("40 Wall Street firms" counts firms)
    if text[start:end][:1].isdigit() and pat.model_after.match(text, end):
        return True
    if not text[start:end][:1].isdigit() or text[end:end + 1] in UNIT_MARKS:
        return False  # a share or a measure is no label: "the Dow Jones Industrial Average 0.5%", 'Wrench 8"'
    before = NAME_BEFORE_RE.search(text, max(0, start - 30), start)
    if not (before and _a_name(before.group(1)) and not _unit_after(text, end)):  # "Processor 2.80 GHz" measures
        return False
    name = NAME_RUN_RE.search(text, max(0, before.start(1) - 60), before.start(1))  # "Secretary of State Ann Ruiz 3 points"
    return not _object_then_count(text, name.start() if name else before.start(1), end)


#: Capitalised words (and "of") before a name's last word: "Secretary of State Ann " before "Ruiz".
NAME_RUN_RE = re.compile(r"(?:(?<![\w'\u2019.-])[A-Z][A-Za-z.]*[ \u00a0]+(?:of[ \u00a0]+)?)+$")
#: The word before a name: "put" in "put Jones 3 points ahead".
_VERB_BEFORE_RE = re.compile(r"(?<![\w'\u2019-])([a-z]+)[ \u00a0]+$")


def _object_then_count(text: str, name_start: int, end: int) -> bool:
    """Whether a name between a verb and a number is the verb's object and the number a count of
    the plural after it ("put Jones 3 points ahead", "gave Ruiz 12 votes"), not a label ("the Falcon
    9 rockets", "two Apollo 11 astronauts").

    >>> t = "It put Jones 3 points ahead; two Apollo 11 astronauts"
    >>> _object_then_count(t, 7, 14), _object_then_count(t, 33, 42)
    (True, False)
    """
    verb = _VERB_BEFORE_RE.search(text, max(0, name_start - 20), name_start)
    if not verb or verb.group(1) in STOP_WORDS or verb.group(1) in number_words():
        return False
    noun = head_noun(text, end)[0]
    return bool(noun) and _is_plural(noun.split()[-1])


def _spelled_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised number word inside a sentence is part of a name: "the Gang of Eight",
    "Hawaii Five-0", "the Big Ten" (not "Three States" in a capitalised title, nor "SHOOTING Three
    people" after a capitalised headline: counts).

    >>> t = "The Gang of Eight met; Hawaii Five-0 aired. Three came, and Trump Wins Three States."
    >>> [t[m.start():m.end()] for m in re.finditer(r"Eight|Five|Three", t) if _spelled_name(t, m.start(), m.end())]
    ['Eight', 'Five']
    """
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower() and word.lower() in number_words()):
        return False
    if not NAME_WORD_BEFORE_RE.search(text, max(0, start - 30), start):
        return False
    nxt = NP_WORD_AFTER_RE.match(text, end)
    return not (nxt and _is_plural(nxt.group(1)) and nxt.group(1).lower() not in STOP_WORDS)  # "SHOOTING Three people"


#: A capitalised word (and "of"/"for") right before a number word that names something: "Gang of Eight".
NAME_WORD_BEFORE_RE = re.compile(r"(?<![.!?:] )(?<![.!?:])\b[A-Z][a-z][A-Za-z]*[ ](?:(?:of|for)[ ](?:the[ ])?)?$")
NP_WORD_AFTER_RE = re.compile(r"[ \u00a0]+([A-Za-z]+)")


def _unit_after(text: str, end: int) -> bool:
    """Whether a unit of measure is written right after a number ("2.80 GHz", "8 MB", "10km"; not "has").

    >>> _unit_after("2.80 GHz", 4), _unit_after("4 has", 1), _unit_after("5 miles", 1)
    (True, False, True)
    """
    m = UNIT_AFTER_RE.match(text, end)
    if not m:
        return False
    word = m.group(1).lower()
    return word in measure_units() or (len(word) > 3 and any(f in measure_units() for f in singular_forms(word)[1:]))


def _a_name(word: str) -> bool:
    """Whether a capitalised word before a number names it (a label), not qualifies or dates it."""
    low = word.lower()
    if low in STOP_WORDS or low in number_words() or low in currencies() or word in currencies() or low.endswith("ly"):
        return False
    if _is_time_word(low) or low in word_class("unit_before"):
        return False  # "May 3", "Tuesday 40", "Magnitude 7.1"; but "Year 9", "Stations 3 and 7" are labels
    return low not in _qualifier_words()


@lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    """The first words of the qualifier phrases ("about", "more", "nearly")."""
    return frozenset(p.split()[0] for p, _ in qualifier_phrases())


def _an_age(text: str, num: _Number) -> bool:
    """Whether a number is an age, not a count: "37 minutes ago", "40 or 50 years ago", "two years old" (a page's or a
    person's age). A thousand or more is a span of time, a figure: "4.5 billion years ago".

    >>> [_an_age(t, _Number(0, e, v, "digits")) for t, e, v in (("37 minutes ago", 2, 37), ("4.5 billion years ago", 11, 4.5e9))]
    [True, False]
    """
    alt = ALTERNATIVE_NUMBER_RE.match(text, num.end)  # "40 or 50 years ago": both are a time back
    return abs(num.value) < 1000 and bool(patterns().ago_after.match(text, num.end) or (alt and patterns().ago_after.match(text, alt.end())))


#: Another number after one, as an alternative or a range end: " or 50", " to 50", "-50".
ALTERNATIVE_NUMBER_RE = re.compile(r"(?:[ \u00a0]+(?:or|to)[ \u00a0]+|[-\u2013])\d{1,3}(?![\d,.])")


def _enumerator(text: str, num: _Number) -> bool:
    """A list marker or a reference mark, not a count: "[538.]" (a number alone in square brackets),
    "1) realizes …, 2) lets loose …" (a small number closed by ")" never opened),
    or a number with a point or ")" opening a list item ("1. The first reason").

    >>> t = "He 1) came and 2) left (3 times)"
    >>> [_enumerator(t, _Number(i, i + 1, 0.0, "digits")) for i in (3, 15, 24)]
    [True, True, False]
    >>> _enumerator("1. Taxes rose", _Number(0, 1, 1.0, "digits")), _enumerator("as noted [538.]", _Number(10, 13, 538.0, "digits"))
    (True, True)
    """
    if text[num.start - 1:num.start] == "[" and BRACKET_CLOSE_RE.match(text, num.end):
        return True  # "[538.]", "[12]": a reference mark, not a count
    if not text[:num.start].strip() and text[num.end:num.end + 1] in (".", ")") and not text[num.end + 1:num.end + 2].strip():
        return num.value <= 100 and num.unit is None and num.currency is None  # "1." or "2)" opening a list item
    return (text[num.end:num.end + 1] == ")" and num.value <= 20 and num.unit is None and num.currency is None
            and "(" not in text[max(0, num.start - 40):num.start])


def _after_determiner(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a determiner or an article ("the two parties", "the 2014
    elections", "a 2017 study")."""
    before = WORD_BEFORE_NUMBER_RE.search(text, max(0, pos - 20), pos)
    return bool(before) and before.group(1).lower() in DETERMINERS | {"a", "an"}


def _counts_noun(text: str, n: _Number) -> bool:
    """Whether a four-digit number counts a noun the lexicon knows right after it ("2000 soldiers"),
    so it is not a year ("in 2014 manipulating photographs" is a year)."""
    noun, start, _ = head_noun(text, n.end)
    return noun_category(noun) not in (None, "other") and not text[n.end:start].strip()


def _plausible_count(text: str, n: _Number) -> bool:
    """Rules for spelled numbers that are often not counts.

    "one" (or "a"/"an" alone) counts only before a noun the lexicon knows, and never in "one of",
    "one another" or after "no", "the", "this", "any", "each", "every", "that"; a small spelled
    number after a determiner refers back ("the two parties"), unless a unit is hyphenated to it
    ("the four-term senator", "the three-day fair": what it measures is stated).
    """
    if n.kind != "spelled":
        return True
    if QUOTED_NAME_RE.search(text, max(0, n.start - 20), n.start) and text[n.end:n.end + 1] in QUOTE_CLOSERS:
        return False  # "the 'big four' negotiators", "the \"Big Three\" carmakers": a name in quotes
    before = WORD_BEFORE_NUMBER_RE.search(text, max(0, n.start - 20), n.start)
    prev = before.group(1).lower() if before else ""
    hyphenated = bool(n.unit) and text[n.end:n.end + 1] in "-\u2010" and prev != "both"  # "both three-judge panels" refers back
    if n.small and prev in DETERMINERS and not hyphenated and not (prev in POSSESSIVES and (n.unit or head_noun(text, n.end)[0])):
        return False  # "the two parties" refers back; "her three grandchildren" and "the four-term senator" count
    if n.value == 1 and n.small:
        if prev in ("no", "the", "this", "that", "any", "each", "every") or ONE_OF_RE.match(text, n.end):
            return False
        hw = HYPHEN_WORD_RE.match(text, n.end)
        noun, _, noun_end = (hw.group(1), hw.start(1), hw.end()) if hw else head_noun(text, n.end, plural=False)
        if noun and (SOURCE_BEFORE_RE.search(text, max(0, n.start - 20), n.start) or SOURCE_AFTER_RE.match(text, noun_end)):
            return False  # "said one person", "one employee told …": a source, not a count
        return noun_category(noun) not in (None, "other")
    return True


#: A quote mark and one word right before a spelled number: "'big " in "the 'big four' negotiators".
QUOTED_NAME_RE = re.compile(r"[\"'\u2018\u201c][A-Za-z]+[ \u00a0]+$")
#: Quote marks that close a quoted name.
QUOTE_CLOSERS = frozenset("\"'\u2019\u201d")
#: What closes a reference mark in square brackets: "]" or ".]".
BRACKET_CLOSE_RE = re.compile(r"\.?\]")
#: Before "one" and its noun, a source introduced: "said one official", "according to one analyst".
SOURCE_BEFORE_RE = re.compile(r"\b(?:said|says|told|according[ ]+to|wrote|writes|added|adds)[ ]+$")
#: After "one" and its noun, a verb of saying: "one employee told …", "one voter, a nurse, said".
SOURCE_AFTER_RE = re.compile(r"(?:,[^,]{1,60},)?[ ]+(?:said|says|told|tells|wrote|writes|added|adds|noted|explained|recalled"
                             r"|complained|warned|argued)\b")
