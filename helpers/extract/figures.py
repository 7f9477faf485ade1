"""Numeric figures: every number in the body that counts or measures something.

Each body sentence (never a caption, related headline or boilerplate) is searched for numbers
written in digits ("14,500", "1.5 million", "$30B", "10k", "2 1/2", "-18", "minus 18", "Rs 500
crore"), in words ("three", "a dozen", "twenty-five"), as one unit of measure ("a gallon of
beer", "a penny"; ``data/figures_units.csv``), as magnitudes ("hundreds of") and as ranges
("8,000 to 9,500", "between 10 and 12", "10-12"). An amount of money in parentheses is negative
("($99.99)"). Around each number the extractor reads:

- ``value``, ``value_min``, ``value_max``: the number; for a range, ``value`` is its midpoint (the
  point estimate: "10 to 12" → 11) and ``value_min``, ``value_max`` its low and high ends (empty
  for any other figure); a magnitude's order ("hundreds of" → 100, "tens of thousands of" → ten
  thousand).
- ``qualifier``: how exact the writer says it is (``data/qualifiers.csv``): exact, approx,
  at_least, more_than, at_most, less_than, range or vague.
- ``noun``, ``category``: what it counts or the unit it measures in, and the kind of thing
  (``data/figure_nouns.csv``, ``data/figures_units.csv``). The noun is the head of the noun
  phrase after the number: modifiers are skipped ("2,500 North Korean soldiers" → soldiers, "25
  other states" → states), a capitalised plural head keeps its capitalised words ("2,500 North
  Koreans" → North Koreans), a unit comes first ("50 mg ethanol" → mg), "of" ends the phrase
  ("14,500 containers of weapons" → containers) except after a magnitude ("hundreds of square
  miles" → square miles) or before a determiner ("two of the suspects" → suspects), a currency
  sign gives the noun ("$30B" → dollars) and a rate follows it ("$15 an hour" → dollars per
  hour). "45 and 50 cases": 45 takes the noun of 50.
- ``timeframe``, ``period_start``, ``period_end``: the time expression of the figure's clause
  ("this month", "by December", "since August last year"), resolved against the publication
  date; the time of the statement ("said last week") is not the figure's.
- ``claimant``, ``claimant_text``: who the sentence (or else the nearest attribution in the
  paragraph) says claims the figure, canonical when the gazetteer knows the name; "he" and
  "the report" stand for the source named before them.

Not figures: dates, years, times of day, ages, "44 minutes ago" (but "4.5 billion years ago" is one), ordinals, decades, labels
("No. 2", "Article 5"), designations glued to letters ("F-16", "G7", "OAO-1"), phone numbers,
names in ``data/figures_exclusions.csv`` ("9/11"), "one of the" and "one" as a pronoun, and small
spelled numbers after a determiner ("the two regimes": a reference, not a reported count).
Durations are figures ("an 18-month conflict" → 18 month, category duration).

>>> from helpers.read.article import parse_article
>>> a = parse_article("KYIV (AP) — Russia fired more than 40 missiles overnight, officials said.\\n")
>>> [(f["text"], f["value"], f["qualifier"], f["noun"], f["category"], f["claimant"]) for f in extract(a)]
[('more than 40 missiles', 40, 'more_than', 'missiles', 'materiel', 'officials')]
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from ..lexicon import abbreviations, letter_tree, months, read_table

if TYPE_CHECKING:  # pragma: no cover

    from ..read.article import Article

#: The sign a chart puts before a figure for each qualifier ("≥ 2,500 soldiers").
QUALIFIER_MARKS = {"exact": "", "approx": "≈", "at_least": "≥", "more_than": ">", "at_most": "≤",
                   "less_than": "<", "range": "–", "vague": "~"}

# --------------------------------------------------------------------------- fixed patterns

#: Digits with thousands separators and decimals: "14,500", "1,500,000", "2,000.45", "10 000", "7".
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?"
#: Vulgar fraction characters: "½", "¾" ("2½" is 2.5).
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
VULGAR_VALUES = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
                 "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
#: Ten or more digits in a row, without separators: an identifier, a timestamp or a phone number.
IDENTIFIER_RE = re.compile(r"\d{10,}")
#: A unit or letters glued to the digits: "10kg", "25lbs", "4km^3", "30C", "2.80GHz", "06F6".
GLUED_RE = re.compile(r"[A-Za-zµ°][A-Za-zµ°/]*(?:\^?-?\d+)?")
#: An ordinal suffix after digits: "3rd", "21st-century", "4TH".
ORDINAL_RE = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)
#: A decade suffix after digits ending in 0: "1960s", "1990's", "the 90s".
DECADE_RE = re.compile(r"['\u2019]?s(?![A-Za-z])")
#: Words a noun phrase does not run through: function words, auxiliaries, pronouns.
STOP_WORDS = frozenset("""
a an the of to in on at by for from with without into onto over under about after before since during per via
than as and or but nor that which who whom whose this these those it its their his her they he she we you i me us
them there here is are was were be been being has have had will would could should may might must can do does did
not no so if then when while where because against between among amid across through toward towards around along
more less most least each every also only just still already yet ago now according including like until till up
down out off within upon beyond near behind alone again even too very such other another some any all both either
neither what how why whether said says say told""".split())
#: A plural ending: "troops", "casualties" (not "class", "status", "analysis").
PLURAL_RE = re.compile(r"[^siu]s$|ies$|[sx]es$")
#: Plurals without an -s ending.
IRREGULAR_PLURALS = frozenset("people men women children police personnel staff aircraft feet teeth mice geese cattle "
                              "livestock clergy".split())
#: "of" or "another" after "one": "one of the largest", "one another" (no count).
ONE_OF_RE = re.compile(r"[ \u00a0]+(?:of|another)\b")
#: The word right before a number: "the" in "the two regimes".
WORD_BEFORE_NUMBER_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
#: Determiners after which a small spelled number refers back to things named before ("the two regimes").
DETERMINERS = frozenset("the these those both its their his her our your my".split())
#: Pronouns: a claimant written as one is looked up among the named claimants before it.
PRONOUNS = frozenset("he she they it we i".split())
#: Words between a subject and its reporting verb ("The United States has also confirmed").
AUXILIARIES = frozenset("has have had also earlier previously reportedly already later again now recently separately "
                        "officially publicly initially first further repeatedly would will could may might did does do "
                        "not never wouldn't won't didn't doesn't don't can't cannot couldn't".split())
#: Negations between a subject and its verb: "X wouldn't say how many" attributes nothing.
NEGATIONS = frozenset("not never n't wouldn't won't didn't doesn't don't can't cannot couldn't declined refused".split())
#: Forms of "be": "were reported killed" is a passive, not an attribution.
BE_FORMS = frozenset("is are was were be been being".split())
#: A word of a noun phrase after a number: "soldiers", "North", "weeks'", "anti-tank", "%", "°C".
NP_WORD_RE = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*)|[ \u00a0]?(%|°[ ]?[CFcf]?(?![A-Za-z]))")
#: A word right after a hyphen: the unit of "27-kilometer", "18-month", "two-year".
HYPHEN_WORD_RE = re.compile(r"[-\u2010]([A-Za-z]+)(?![A-Za-z-])")
#: A token of a text before a reporting verb: a word (with "'s", inner dots and hyphens) or a mark.
TOKEN_RE = re.compile(r"[A-Za-z0-9][\w.'\u2019&-]*|[,;:()\[\]\"\u201c\u201d\u2018\u2019\u2014\u2013]")
#: A range between two numbers: "8,000 to 9,500", "8- to 16-", "10-12", "3.5–4.0", "between 10 and 12", "two or three".
RANGE_CONN_RE = re.compile(r"-?[ \u00a0]*(?P<to>to|through)[ \u00a0]+|[ \u00a0]*(?P<dash>[-\u2010\u2013\u2014])[ \u00a0]*"
                           r"|[ \u00a0]+(?P<andor>and|or)[ \u00a0]+")
#: A short unit between a number and a range connector: "44 mg to 50 mg", "-18 °C to", "10% to 12%",
#: "$350 per kg to $680 per kg".
RANGE_UNIT_RE = re.compile(r"[ \u00a0]?(%|°[ ]?[CFcf]?|per[ \u00a0]+[A-Za-z]+|[A-Za-z]{1,3}(?:/[A-Za-z]{1,3})?(?![A-Za-z]))")
#: "between" right before a number: "between 10 and 12" is a range.
BETWEEN_RE = re.compile(r"(?<![\w-])between[ \u00a0]+$", re.I)
#: An uncertainty after a number, part of the figure: "2,000.45±0.01", "9.83e-3 +/- 1e-5".
UNCERTAINTY_RE = re.compile(r"[ \u00a0]*(?:±|\+/-|\+-)[ \u00a0]*\d+(?:\.\d+)?(?:[eE][-−]?\d+)?")
#: What a number starts when it is no figure: a time of day ("2 pm", "2.17pm", "10 a.m.", "14:30",
#: "6 o'clock"; not "2.1 pm", a size in picometres), a numeric date ("10/28/2024", "2024-10-28"),
#: a year range ("2013-14", "1990-2000"), an age ("5-year-old", "44 years old"), a phone number
#: ("202-555-0123").
MASK_AT_RE = re.compile(
    r"\d{1,2}(?:[:.]\d\d(?!\d))?[ \u00a0]?[AaPp]\.?[Mm]\b|\d{1,2}:\d\d|\d{1,2}[ ]?o['\u2019]clock\b"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|(?:1[89]|20)\d\d[ ]?[-\u2013/][ ]?(?:(?:1[89]|20)\d\d|\d\d)\b"
    r"|\d{1,3}[- ]years?[- ]old\b"
    r"|\d{3}-\d{3}-\d{4}\b")
#: What comes right before a number that is no figure: "aged 30", "ages 18 to 25", "turns 70", "(202) 555-…",
#: "+44 20 …". Dates ("Oct. 28", "Oct. 28, 2024", "28 October 2024") are in ``patterns().date_before``.
MASK_BEFORE_RE = re.compile(r"(?:\b[Aa]ged?:?[ ]+(?:of[ ]+)?|\b[Aa]ges[ ]+|\bturn(?:s|ed|ing)?[ ]+"
                            r"|\(\d{3}\)[ ]?|\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?)*[ .-])$")
#: An age in apposition: "John Lee, 45, said" (checked with the comma after the number).
AGE_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+,[ ]$")
#: A clause break inside a sentence: "; ", " — ", ", with ...", ", while ...", ", where ...".
CLAUSE_BREAK_RE = re.compile(r";|[ ][\u2014\u2013-][ ]|,[ ]+(?=(?:with|while|and|but|where|which|who|whereas|although|though|"
                             r"as|after|before|when|including|adding|citing|according)\b)")
#: A sentence end left inside a sentence record: "by June. Officials" (the word is checked
#: against the abbreviations, so "Gen. Lee" is not one).
INNER_END_RE = re.compile(r"[.!?][\"\u201d\u2019]?[ ]+(?=[\"\u201c]?[A-Z])")
#: The word before a full stop: "December" in "by December.", "Gen" in "Gen.".
WORD_BEFORE_RE = re.compile(r"([A-Za-z]*[a-z]{2})$")
#: A word (found in a lower-cased sentence, to test it against a word list quickly).
LOWER_WORD_RE = re.compile(r"[a-z]+")
#: A run of digits: where a number may be anchored.
DIGIT_RUN_RE = re.compile(rf"[\d{VULGAR}]+")
#: Words a time expression may start with, before its anchor word ("since August", "by the end of the year").
TIME_LEADS = frozenset("since by until till through in from before after as during throughout on last this next early "
                       "mid late the end so earlier later over within for between past previous coming a an".split())
#: The word at a position of a lower-cased sentence.
LEAD_WORD_RE = re.compile(r"[a-z]+")
#: The first character of a word (after a space or at the start).
WORD_START_RE = re.compile(r"(?<!\S)\S")
#: A four-digit year: where a time expression may be anchored ("in 2023").
YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: A currency sign or minus sign right before digits, so a number read at its digits starts there ("$30B", "-15",
#: "minus 15").
SIGN_BEFORE_RE = re.compile(r"(?:[A-Z]{0,2}[$£€¥₩₹₽₴₺]|[A-Z]{2,3}[ \u00a0]|Rs[ \u00a0]?)?(?:[-\u2212]|\b[Mm]inus[ \u00a0]+)?$")
#: Words before a number word that belong to the number: "a hundred", "an eight", "a few thousand".
WORDS_BEFORE_RE = re.compile(r"(?i:\ban?[ \u00a0]+)$")

#: Small patterns of the functions below, compiled once.
_LETTERS_RE = re.compile(r"[A-Za-z]+")
_DIGIT_GAPS_RE = re.compile(r"[,\s\u00a0\u202f]")
_EXPONENT_RE = re.compile(r"[-\u2212+]?\d+$")
_YEAR_DIGITS_RE = re.compile(r"(?:1[89]|20)\d\d")
_LETTER_DIGIT_RE = re.compile(r"[A-Za-z]\d")
_AND_OR_RE = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+")
_SPACES_RE = re.compile(r"\s+")
_THAT_RE = re.compile(r"\s+that\b")
_AN_RE = re.compile(r"(?i)an?\s")
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.I)
_NAME_PARTS_RE = re.compile(r"\s+(?:and|&)\s+|,\s+")
_POSSESSIVE_RE = re.compile(r"['\u2019]s\s+")
_COMMA_RE = re.compile(r"\s*,\s*")

# --------------------------------------------------------------------------- lexicons

@lru_cache(maxsize=None)
def number_words() -> dict[str, tuple[float, str]]:
    """Number word (lower case) → (value, kind), from ``data/figures_number_words.csv``.

    >>> number_words()["twenty"], number_words()["hundreds"]
    ((20.0, 'ten'), (100.0, 'vague'))
    """
    return {r["word"]: (float(r["value"]), r["kind"]) for r in read_table("figures_number_words.csv")}


@lru_cache(maxsize=None)
def measure_units() -> dict[str, tuple[str, str]]:
    """Unit of measure (singular, lower case) → (category, alone), from ``data/figures_units.csv``.

    ``alone`` says whether "a"/"an" and the unit is one of it: yes ("a gallon"), of (only before
    "of": "a foot of snow") or no ("a day", "a degree").

    >>> measure_units()["gallon"], measure_units()["foot"], measure_units()["mg"]
    (('measure', 'yes'), ('measure', 'of'), ('measure', 'no'))
    """
    return {r["unit"].lower(): (r["category"], r["alone"]) for r in read_table("figures_units.csv")}


@lru_cache(maxsize=None)
def noun_categories() -> dict[str, str]:
    """Counted noun or unit (singular, lower case) → category, from ``data/figure_nouns.csv`` and
    ``data/figures_units.csv``.

    >>> noun_categories()["soldier"], noun_categories()["square mile"], noun_categories()["kwh"]
    ('personnel', 'area', 'measure')
    """
    cats = {unit: category for unit, (category, _) in measure_units().items()}
    cats.update((r["noun"].lower(), r["category"]) for r in read_table("figure_nouns.csv"))
    return cats


@lru_cache(maxsize=None)
def currencies() -> dict[str, str]:
    """Currency sign or code → the noun it counts, from ``data/figures_currencies.csv``.

    >>> currencies()["$"], currencies()["€"]
    ('dollars', 'euros')
    """
    return {r["symbol"]: r["noun"] for r in read_table("figures_currencies.csv")}


@lru_cache(maxsize=None)
def scale_abbreviations() -> dict[str, tuple[float, bool]]:
    """Scale abbreviation → (multiplier, applies without a currency sign).

    >>> scale_abbreviations()["bn"], scale_abbreviations()["m"]
    ((1000000000.0, True), (1000000.0, False))
    """
    return {r["abbrev"]: (float(r["value"]), r["bare"] == "yes") for r in read_table("figures_scale_abbreviations.csv")}


@lru_cache(maxsize=None)
def qualifier_phrases() -> dict[tuple[str, str], str]:
    """(phrase, position) → qualifier, from ``data/qualifiers.csv``.

    >>> qualifier_phrases()[("more than", "before")], qualifier_phrases()[("or more", "after")]
    ('more_than', 'at_least')
    """
    return {(r["phrase"].lower(), r["position"]): r["qualifier"] for r in read_table("qualifiers.csv")}


@lru_cache(maxsize=None)
def _time_words() -> tuple[dict[str, int], dict[str, tuple[int, str]]]:
    rows = read_table("figures_time_words.csv")
    return ({r["word"]: int(r["value"]) for r in rows if r["kind"] == "weekday"},
            {r["word"]: (int(r["value"]), r["base"]) for r in rows if r["kind"] == "unit"})


@lru_cache(maxsize=None)
def _full_month_names() -> frozenset[str]:
    """Month names written in full ("december", "may"): a full stop after one ends a sentence."""
    longest: dict[int, str] = {}
    for spelling, n in months().items():
        if len(spelling) > len(longest.get(n, "")):
            longest[n] = spelling
    return frozenset(longest.values())


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "no more than" beats "more than")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Patterns:
    candidate: re.Pattern
    number_at: re.Pattern
    spelled_at: re.Pattern
    qual_before: re.Pattern
    qual_after: re.Pattern
    date_before: re.Pattern
    date_after: re.Pattern
    label_before: re.Pattern
    ago_after: re.Pattern
    names: frozenset
    number_anchors: frozenset
    time_anchors: frozenset
    timeframe: re.Pattern
    claim: re.Pattern
    claim_words: frozenset
    base_verbs: frozenset
    cue_before: re.Pattern
    cue_after: re.Pattern
    currency_after: re.Pattern
    one_unit: re.Pattern
    word_anchors: frozenset
    word_anchor_at: re.Pattern


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The regexes built from the data files, compiled once per process.

    ``candidate`` finds magnitudes ("hundreds of"), numbers in digits ("$1.5 billion", "-15",
    "2 1/2") and runs of number words ("a hundred and two", "twenty-five").

    >>> [m.group() for m in patterns().candidate.finditer("some 1.5 million, hundreds of, twenty-one")]
    ['1.5 million', 'hundreds of', 'twenty-one']
    """
    nw = number_words()
    spelled_words = [w for w, (_, k) in nw.items() if k in ("unit", "teen", "ten", "hundred", "scale", "dozen", "fraction")]
    word = _alternation(spelled_words)
    mags = _alternation(w for w, (_, k) in nw.items() if k == "vague")
    few = _alternation(w for w, (_, k) in nw.items() if k == "few").replace(r"\ ", r"[ \u00a0]+")
    few_scale = _alternation(w for w, (_, k) in nw.items() if k in ("hundred", "scale", "dozen"))
    cur = _alternation(currencies())
    abbr = _alternation(scale_abbreviations())
    spaced_abbr = _alternation(a for a, (_, bare) in scale_abbreviations().items() if bare and len(a) > 1)
    scales = _alternation(w for w, (_, k) in nw.items() if k in ("hundred", "scale"))
    sp = r"[ \u00a0]"
    number = (rf"(?:(?P<cur>{cur}){sp}?)?(?P<neg>[-\u2212](?=\d)|\b[Mm]inus{sp}+(?=\d))?"
              rf"(?:(?P<digits>{DIGITS})(?:(?P<mixed>{sp}\d{{1,2}}/\d{{1,3}}(?![\d/]))|(?P<slash>/\d{{1,4}}(?![\d/]))"
              rf"|(?P<vglued>[{VULGAR}]))?|(?P<vulgar>[{VULGAR}]))"
              rf"(?P<sci>[eE][-\u2212+]?\d+(?![\w])|{sp}?[×x]{sp}?10(?:\^|\*\*)?[-\u2212]?\d+)?"
              rf"(?:(?P<abbr>{abbr})(?![A-Za-z])|{sp}(?P<sabbr>{spaced_abbr})(?![A-Za-z])"
              rf"|{sp}*(?P<scale>(?i:{scales}))s?\b(?:{sp}+(?P<scale2>(?i:{scales}))s?\b)?)?")
    spelled = (rf"\b(?i:(?:an?{sp}+)?(?:{word})(?:(?:{sp}*[-\u2010]{sp}*|{sp}+and{sp}+|{sp}*&{sp}*|,{sp}+|{sp}+)(?:{word}))*"
               rf"(?:{sp}+and{sp}+a{sp}+half)?)\b")
    vague = (rf"\b(?i:(?P<few>{few}){sp}+(?P<fewscale>{few_scale})|(?P<mag1>{mags})(?:{sp}+of{sp}+(?P<mag2>{mags}))?)\b"
             rf"(?P<of>{sp}+of\b)?")
    candidate = re.compile(rf"(?P<vague>{vague})|(?<![\w.^/+#:'\u2019\-\u2010\u2212]){number}|(?P<spelled>{spelled})")
    q = qualifier_phrases()
    before = _alternation(p for p, pos in q if pos == "before").replace(r"\ ", rf"{sp}+")
    after = _alternation(p for p, pos in q if pos == "after").replace(r"\ ", rf"{sp}+")
    month_caps = _alternation(m.capitalize() for m in months())
    full_months = _alternation(_full_month_names())
    short_months = _alternation(set(months()) - _full_month_names())
    weekdays, units = _time_words()
    unit_alt = _alternation(units)
    small = _alternation(w for w, (_, k) in nw.items() if k in ("unit", "teen", "ten"))
    n = rf"(?:\d+|a|an|{small})"
    year = r"(?:1[89]|20)\d\d"
    pre = (r"(?:since|by|until|till|through|in|from|before|after|as\s+of|during|throughout|on|last|this|next|early|mid|late"
           r"|(?:(?:by|until|before|at|to)\s+)?the\s+end\s+of|end\s+of)")
    timeframe = (
        rf"\b(?i:(?P<mon>(?:(?P<mon_pre>{pre})[\s-]+)?(?P<mon_name>(?:{full_months})\b|(?:{short_months})\b\.?)"
        rf"(?:\s+(?P<mon_day>\d{{1,2}})(?:st|nd|rd|th)?\b)?"
        rf"(?:,?\s+(?P<mon_year>{year})\b|\s+(?P<mon_rel>last|this|next)\s+year\b)?)"
        rf"|(?P<roll>(?:in|over|during|within|for)\s+the\s+(?P<roll_dir>past|last|previous|next|coming)\s+"
        rf"(?:(?P<roll_n>{n})\s+)?"
        rf"(?P<roll_unit>{unit_alt})s?\b)"
        rf"|(?P<rel>(?:(?P<rel_part>so\s+far|earlier|later)\s+)?(?P<rel_dir>this|last|next|past|previous|coming)\s+"
        rf"(?P<rel_unit>{unit_alt})\b)"
        rf"|(?P<ago>(?P<ago_n>{n})[\s-]+(?P<ago_unit>{unit_alt})s?\s+ago\b)"
        rf"|(?P<eo>(?:(?:by|until|before|at|to)\s+)?the\s+end\s+of\s+(?P<eo_dir>the|this|next)\s+"
        rf"(?P<eo_unit>year|month|week)\b)"
        rf"|(?P<yr>(?:between\s+(?P<yr_from>{year})\s+and\s+|(?P<yr_pre>{pre})[\s-]+)(?P<yr_year>{year})(?![\d,]|\.\d))"
        rf"|(?P<wd>(?P<wd_pre>last|this|next|since|by|until|on|before|after)\s+(?P<wd_name>{_alternation(weekdays)})\b)"
        rf"|(?P<day>today|yesterday|tomorrow|tonight)\b)")
    labels, names = [], []
    for r in read_table("figures_exclusions.csv"):
        (labels if r["kind"] == "label" else names).append(r["text"])
    number_anchors = {w for w, (_, k) in nw.items() if k != "few"} | {
        part for w, (_, k) in nw.items() if k == "few" for part in w.split() if part not in ("a", "an", "of")}
    time_anchors = (set(months()) | set(weekdays) | set(units) | {u + "s" for u in units}
                    | {"today", "yesterday", "tomorrow", "tonight"})
    claim_rows = read_table("figures_claim_verbs.csv")
    verbs = _alternation(r["phrase"] for r in claim_rows if r["kind"] == "verb")
    sources = _alternation(r["phrase"] for r in claim_rows if r["kind"] == "source").replace(r"\ ", r"\s+")
    alone = {u: a for u, (_, a) in measure_units().items() if a != "no"}
    unit_yes = _alternation(u for u, a in alone.items() if a == "yes").replace(r"\ ", rf"{sp}+")
    unit_of = _alternation(u for u, a in alone.items() if a == "of").replace(r"\ ", rf"{sp}+")
    cues = read_table("figures_cues.csv")
    cue_before = _alternation(r["cue"] for r in cues if r["position"] == "before").replace(r"\ ", r"\s+")
    cue_after = _alternation(r["cue"] for r in cues if r["position"] == "after")
    word_anchors = frozenset(number_anchors) | {re.match(r"[^\s-]+", u).group() for u in alone}
    return _Patterns(
        candidate=candidate,
        number_at=re.compile(number),
        spelled_at=re.compile(spelled),
        qual_before=re.compile(rf"(?<![\w-])(?i:(?P<q>{before})){sp}*$"),
        qual_after=re.compile(rf"(?i:{sp}*(?P<q>{after}))(?![A-Za-z])"),
        date_before=re.compile(rf"(?:\b(?:{month_caps})\b\.?[ \u00a0]+(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ \u00a0]+)?"
                               rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0]+(?:of[ ]+)?(?:{month_caps})\b\.?,?[ \u00a0]+)$"),
        date_after=re.compile(rf"(?:st|nd|rd|th)?[ \u00a0]+(?:of[ ]+)?(?:{month_caps})\b"),
        label_before=re.compile(rf"(?<![\w.])(?:{_alternation(labels)})[ \u00a0]?#?$"),
        ago_after=re.compile(rf"(?i:[\s-]+(?:{unit_alt}|minute|second)s?\s+ago\b|[\s-]+years?[\s-]+old\b)"),
        names=frozenset(names),
        number_anchors=frozenset(number_anchors),
        time_anchors=frozenset(time_anchors),
        timeframe=re.compile(timeframe),
        claim=re.compile(rf"(?:(?P<verb>(?i:{verbs}))|(?P<source>(?i:{sources})))\b"),
        claim_words=frozenset(r["phrase"].split()[0] for r in claim_rows),
        base_verbs=frozenset(r["phrase"] for r in claim_rows if r["form"] == "base"),
        cue_before=re.compile(rf"\b(?i:{cue_before})\s+$"),
        cue_after=re.compile(rf"^(?:\s+[A-Za-z]+){{0,3}}?\s+(?i:{cue_after})\b"),
        currency_after=re.compile(rf"{sp}?(?P<cur>{_alternation(s for s in currencies() if not s[-1].isalpha())})"),
        one_unit=re.compile(rf"(?P<a>(?i:an?)){sp}+(?P<unit>(?i:{unit_yes})|(?i:{unit_of})(?={sp}+of\b))(?![\w-])"),
        word_anchors=word_anchors,
        word_anchor_at=re.compile(rf"(?<![a-z]){letter_tree(word_anchors, space=' ')}(?![a-z])"),
    )


# --------------------------------------------------------------------------- numbers

def singular_forms(word: str) -> list[str]:
    """Candidate singulars of a (lower-case) noun, the word itself first.

    >>> singular_forms("casualties"), singular_forms("men"), singular_forms("square miles")
    (['casualties', 'casualty', 'casualtie'], ['men', 'man'], ['square miles', 'square mile'])
    """
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    out = [word]
    if last.endswith("ies"):
        out.append(prefix + last[:-3] + "y")
    if last.endswith("men"):
        out.append(prefix + last[:-3] + "man")
    if last.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        out.append(prefix + last[:-2])
    if last.endswith("ren"):
        out.append(prefix + last[:-3])
    if last.endswith("s") and not last.endswith("ss"):
        out.append(prefix + last[:-1])
    if last == "feet":
        out.append(prefix + "foot")
    return out


def noun_category(noun: str | None) -> str | None:
    """The category of a counted noun: from the lexicon (any plural), capitalised plurals as
    nationalities, "other" for a noun the lexicon does not know, None without a noun.

    >>> noun_category("troops"), noun_category("North Koreans"), noun_category("Square Miles"), noun_category("bakeries")
    ('personnel', 'personnel', 'area', 'other')
    """
    if not noun:
        return None
    cats = noun_categories()
    for form in singular_forms(noun.lower()):
        if form in cats:
            return cats[form]
    if all(w[:1].isupper() for w in noun.split()) and noun.endswith("s") and "<nationality>" in cats:
        return cats["<nationality>"]
    return "other"


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
            if word == "a" and gap == "and" and j + 1 < len(toks) and toks[j + 1][0] == "half" and last:
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
            value += VULGAR_VALUES[g["vglued"]]
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
    scaled: bool = False        # written with a scale ("1.5 million", "$30B")
    scale: float = 1.0          # the multiplier of that scale ("1.5 million" → 1,000,000)
    small: bool = False         # a bare spelled count below ten ("two")
    year_like: bool = False     # four plain digits 1800-2099
    unit: str | None = None     # a unit glued or hyphenated to the number ("10kg", "27-kilometer")
    unit_end: int | None = None
    skip: bool = False          # read only to be stepped over (an ordinal, a designation, an identifier)


def _read_digits(text: str, m: re.Match) -> _Number:
    """A :class:`_Number` from a digits match, with what is glued after it.

    The letters glued to a number are its unit ("10kg", "4km^3") unless they make an ordinal or
    a decade ("3rd", "1960s") or a designation ("06F6", "LGA1156"), which are skipped. A scale
    abbreviation that is more often a unit ("10m" ten metres) scales the number before a plural
    or a name: "3m people", "1.1m Sudanese"; after "the" only before people ("the 3m residents"),
    as "the 100m hurdles" is a distance.

    >>> [_read_digits(t, patterns().number_at.match(t)).value for t in ("3m people", "3m high", "1.1m Sudanese")]
    [3000000.0, 3.0, 1100000.0]
    """
    g = m.groupdict()
    pat = patterns()
    end = m.end()
    value = _digits_value(m)
    num = _Number(m.start(), end, value if value is not None else 0.0, "digits", skip=value is None)
    cur = g["cur"]
    abbr = g["abbr"] or g["sabbr"]  # "10k", "2.5 mln"
    if abbr:
        mult, bare = scale_abbreviations()[abbr]
        after_the = bool(_THE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()))
        if cur or bare or _counted_after(text, m.end(), after_the):
            num.value *= mult
            num.scaled, num.scale = True, mult
        else:  # "10m" is ten metres, not ten million
            end = m.start("abbr")
            num.end = end
    if g["scale"]:
        num.scale = number_words()[g["scale"].lower().rstrip("s")][0]
        if g["scale2"]:  # "2.5 lakh crore"
            num.scale *= number_words()[g["scale2"].lower().rstrip("s")][0]
        num.value *= num.scale
        num.scaled = True
    after = pat.currency_after.match(text, end) if not cur else None
    if after and not text[after.end():after.end() + 1].isalnum():
        cur, num.end = after.group("cur"), after.end()
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
    """A unit hyphenated to a number: "27-kilometer", "18-month", "two-year" (not "-plus", "-odd", "-ish")."""
    hw = HYPHEN_WORD_RE.match(text, num.end)
    if hw and hw.group(1).lower() not in ("plus", "odd", "ish"):
        num.unit, num.unit_end = hw.group(1), hw.end()


def _masked(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is part of a date, a time of day, an age or a phone number.

    Checked around each number (a match at it, a look just before and after it), which is much
    faster than searching every sentence for every kind of date.

    >>> t = "On Oct. 28, 2024 at 5:06 AM, John Lee, 45, called 202-555-0123 about 12 boats."
    >>> marks = (("28,", 2), ("2024", 4), ("5:", 1), ("45,", 2), ("202-", 3), ("12 ", 2))
    >>> spans = [(t.index(w), t.index(w) + n) for w, n in marks]
    >>> [t[s:e] for s, e in spans if not _masked(t, s, e)]
    ['12']
    """
    pat = patterns()
    lo = max(0, start - 24)
    return bool(MASK_AT_RE.match(text, start) or MASK_BEFORE_RE.search(text, lo, start)
                or pat.date_before.search(text, lo, start) or pat.date_after.match(text, end)
                or (AGE_BEFORE_RE.search(text, lo, start) and text[end:end + 1] == "," and end - start <= 3))


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _labelled(text: str, start: int, end: int) -> bool:
    """Whether a number is a label or a name, not a count: "No. 2", "Article 5", "9/11".

    >>> _labelled("Article 5 applies", 8, 9), _labelled("after 9/11", 6, 10), _labelled("5 apples", 0, 1)
    (True, True, False)
    """
    pat = patterns()
    return bool(pat.label_before.search(text, max(0, start - 12), start) or text[start:end] in pat.names)


def _an_age(text: str, num: _Number) -> bool:
    """Whether a number is an age, not a count: "44 minutes ago", "two years old" (a page's or a
    person's age). A thousand or more is a span of time, a figure: "4.5 billion years ago".

    >>> [_an_age(t, _Number(0, e, v, "digits")) for t, e, v in (("44 minutes ago", 2, 44), ("4.5 billion years ago", 11, 4.5e9))]
    [True, False]
    """
    return abs(num.value) < 1000 and bool(patterns().ago_after.match(text, num.end))


@lru_cache(maxsize=512)
def _lower_words(text: str) -> tuple[str, frozenset[str]]:
    """A sentence in lower case and the set of its words (kept for the few calls on one sentence)."""
    low = text.lower()
    return low, frozenset(LOWER_WORD_RE.findall(low))


def _word_starts(text: str, wanted: frozenset) -> list[int]:
    """Offsets of the whole words of ``text`` that are in ``wanted`` (lower case), in order.

    A set test on the words, then ``str.find`` for the few that are there, is far faster than a
    regex alternation of every word scanned over the sentence.

    >>> _word_starts("Two men and TWO dogs; twofold", frozenset({"two"}))
    [0, 12]
    """
    low, words = _lower_words(text)
    found = wanted.intersection(words)
    out = []
    for w in found:
        i = low.find(w)
        while i != -1:
            j = i + len(w)
            if (i == 0 or not low[i - 1].isalpha()) and (j == len(low) or not low[j].isalpha()):
                out.append(i)
            i = low.find(w, i + 1)
    return sorted(out)


def _anchors(text: str) -> list[tuple[int, int]]:
    """Offsets where a number may begin: digits (moved back over a currency or minus sign), number
    words (moved back over "a"/"an") and units after "a"/"an" ("a gallon"). Scanning for these
    anchors first is much faster than searching every sentence with the whole number grammar.

    Each anchor is (where the number may start, where its token starts).

    >>> t = "He paid $30B for a dozen, or -5, minus 4 and a gallon"
    >>> [t[i:i + 4] for i, _ in _anchors(t)]
    ['$30B', 'a do', '-5, ', 'minu', 'a ga']
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
    for a, token in anchors:
        if a < done:
            continue
        m = pat.candidate.match(text, a) or (pat.candidate.match(text, token) if token != a else None)
        if m is None:  # "PM 5": letters before the digits that were no currency are tried without
            unit = _one_unit(text, a) if token != a else None
            if unit is not None and not _in_spans(unit.start, masks):
                out.append(unit)
                done = unit.unit_end
            continue
        done = m.end()
        if _in_spans(m.start(), masks) or _labelled(text, m.start(), m.end()) or _masked(text, m.start(), m.end()):
            continue
        if m.group("vague"):
            num = _read_vague(m)
            if num and not _an_age(text, num):
                out.append(num)
        elif m.group("spelled"):
            for s, e, value, small in spelled_values(m.group()):
                num = _Number(m.start() + s, m.start() + e, value, "spelled", small=small)
                if not _labelled(text, num.start, num.end) and not _an_age(text, num):
                    _hyphen_unit(text, num)
                    out.append(num)
        else:
            num = _read_digits(text, m)
            if not num.skip and not _enumerator(text, num) and not _an_age(text, num):
                _accounting_negative(text, num)
                out.append(num)
    return out


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


#: The token right before a position: "$3" in "$3 a gallon".
PREV_TOKEN_RE = re.compile(r"(\S+)[ \u00a0]+$")


def _enumerator(text: str, num: _Number) -> bool:
    """A list marker, not a count: "1) realizes …, 2) lets loose …" (a small number closed by ")" never opened).

    >>> t = "He 1) came and 2) left (3 times)"
    >>> [_enumerator(t, _Number(i, i + 1, 0.0, "digits")) for i in (3, 15, 24)]
    [True, True, False]
    """
    return (text[num.end:num.end + 1] == ")" and num.value <= 20 and num.unit is None and num.currency is None
            and "(" not in text[max(0, num.start - 40):num.start])


def _read_vague(m: re.Match) -> _Number | None:
    """A magnitude: "hundreds of" → 100, "tens of thousands of" → ten thousand, "several hundred" → 100.

    "tens" and "scores" count only before "of" ("test scores" is no figure).
    """
    nw = number_words()
    if m.group("few"):
        value = nw[m.group("fewscale").lower()][0]
    else:
        mag1 = m.group("mag1").lower()
        if mag1 in ("tens", "scores") and not (m.group("of") or m.group("mag2")):
            return None
        value = nw[mag1][0] * (nw[m.group("mag2").lower()][0] if m.group("mag2") else 1)
    return _Number(m.start(), m.end(), value, "vague")


# --------------------------------------------------------------------------- noun phrases

def _is_plural(word: str) -> bool:
    """Whether a word looks like a plural noun: "soldiers", "casualties", "men", "people" (not "class", "status").

    >>> [w for w in ("troops", "men", "people", "class", "bus", "aircraft") if _is_plural(w)]
    ['troops', 'men', 'people', 'aircraft']
    """
    low = word.lower()
    return bool(PLURAL_RE.search(low)) or low in IRREGULAR_PLURALS


def head_noun(text: str, pos: int, plural: bool = True) -> tuple[str | None, int, int]:
    """The counted noun after position ``pos`` (the end of a number): (noun, start, end).

    The phrase runs over up to five words and stops at a function word, a punctuation mark, a
    date word, or (when the count is more than one) right after its first plural word: "2,500
    North Korean soldiers were …" → soldiers. Its head is the first word or compound the lexicon
    knows ("square miles", "degrees Celsius", "per cent"; a unit: "50 mg ethanol" → mg), else its
    last word (words ending in -ed, -ing, -ly are not heads). A capitalised head keeps the
    capitalised words before it ("North Koreans").

    >>> t = "2,500 North Korean soldiers were sent"
    >>> head_noun(t, 5)[0], head_noun("2,500 North Koreans have left", 5)[0], head_noun("12,000 expected to go", 6)[0]
    ('soldiers', 'North Koreans', None)
    >>> [head_noun(t, 2)[0] for t in ("13 containers of artillery", "70 square miles", "40 Americans dead", "30 degrees Celsius")]
    ['containers', 'square miles', 'Americans', 'degrees Celsius']
    >>> head_noun("3.9 per cent in May", 3)[0], head_noun("50 mg ethanol", 2)[0], head_noun("25 other states", 2)[0]
    ('per cent', 'mg', 'states')
    """
    words: list[tuple[str, int, int]] = []
    p = pos
    skipped = False
    while len(words) < 5:
        m = NP_WORD_RE.match(text, p)
        if not m:
            break
        w = (m.group(1) or m.group(2)).rstrip("'\u2019")
        s = m.start(1) if m.group(1) else m.start(2)
        low = w.lower()
        if low in _compound_starts():
            compound = _compound_at(text, s)
            if compound:  # a noun of several words is a whole phrase: "degrees Celsius", "per cent"
                words.append(compound)
                break
        if low in STOP_WORDS or low in number_words() or _is_time_word(low):
            if p == pos and low in LEADING_MODIFIERS:  # "25 other states", "4,000 more troops"
                p, skipped = m.end(), True
                continue
            break
        if POSSESSIVE_RE.search(w):  # "the group's researchers": a possessive modifies the head after it
            p = m.end()
            continue
        words.append((w, s, s + len(w)))
        p = m.end()
        if m.group(2) or (plural and _is_plural(w)):  # "%" and "°C" are whole units; a plural ends the phrase
            break
    if not words:
        return None, pos, pos
    for i in range(len(words)):  # the first word (or compound of up to three) the lexicon knows
        for j in range(min(len(words), i + 3), i, -1):
            phrase = text[words[i][1]:words[j - 1][2]]
            if noun_category(phrase) != "other":
                return phrase, words[i][1], words[j - 1][2]
    content = [k for k, (w, _, _) in enumerate(words) if not w.lower().endswith(("ed", "ing", "ly"))]
    if not content or (skipped and not _is_plural(words[content[-1]][0])):  # "14 more ready to go": no noun
        return None, pos, pos
    head = first = content[-1]
    while words[head][0][0].isupper() and first > 0 and words[first - 1][0][0].isupper():
        first -= 1
    return text[words[first][1]:words[head][2]], words[first][1], words[head][2]


@lru_cache(maxsize=None)
def _compound_starts() -> frozenset[str]:
    """The first words of the lexicon's nouns of several words ("square" of "square mile", "per" of "per cent")."""
    return frozenset(n.split()[0] for n in noun_categories() if " " in n)


#: Up to three words in a row, one space apart: a candidate noun of several words.
COMPOUND_RE = re.compile(r"[A-Za-z][A-Za-z-]*(?:[ \u00a0][A-Za-z][A-Za-z-]*){1,2}")


def _compound_at(text: str, pos: int) -> tuple[str, int, int] | None:
    """The longest noun of two or three words the lexicon knows that starts at ``pos``, or None.

    >>> _compound_at("32 degrees Celsius today", 3), _compound_at("5 light trucks", 2)
    (('degrees Celsius', 3, 18), None)
    """
    m = COMPOUND_RE.match(text, pos)
    if not m:
        return None
    ends = [pos + i for i, ch in enumerate(m.group()) if ch in " \u00a0"] + [m.end()]
    for end in reversed(ends[1:]):
        if noun_category(text[pos:end]) not in (None, "other"):
            return text[pos:end], pos, end
    return None


#: A possessive word: "group's", "Korea’s".
POSSESSIVE_RE = re.compile(r"['\u2019]s$")
#: Function words a noun phrase may start with after a number, before a plural: "25 other states", "4,000 more troops".
LEADING_MODIFIERS = frozenset(("other", "more", "fewer"))


def _is_time_word(word: str) -> bool:
    weekdays, _ = _time_words()
    return word in weekdays or word in months()


# --------------------------------------------------------------------------- figures in a sentence

def figures_in(text: str) -> list[dict]:
    """The figures of one sentence: value, value_min, value_max, qualifier, noun, category and span.

    A range's value is its midpoint, its ends are value_min and value_max.

    >>> [(f["text"], f["value"], f["value_min"], f["value_max"], f["qualifier"], f["noun"]) for f in figures_in(
    ...     "Between 10 and 12 boats and hundreds of square miles, up to $5bn and 2,500 North Koreans.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Between 10 and 12 boats', 11, 10, 12, 'range', 'boats'),
     ('hundreds of square miles', 100, None, None, 'vague', 'square miles'),
     ('up to $5bn', 5000000000, None, None, 'at_most', 'dollars'),
     ('2,500 North Koreans', 2500, None, None, 'exact', 'North Koreans')]
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


def _figures(text: str, masks: list[tuple[int, int]], anchors: list[tuple[int, int]] | None = None) -> list[_Figure]:
    """Numbers of a sentence turned into figures: ranges joined, qualifiers, nouns, categories."""
    nums = numbers_in(text, masks, anchors)
    figures: list[_Figure] = []
    i = 0
    while i < len(nums):
        n = nums[i]
        i += 1
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
        if n.year_like and partner is None and (not _counts_noun(text, n) or _after_determiner(text, n.start)):
            continue  # a year: "in 2015", "the 2014 elections"
        if not _plausible_count(text, n):
            continue
        start = between.start() if between and partner else n.start
        qualifier = "vague" if n.kind == "vague" else "range" if partner else "exact"
        if qualifier == "exact":
            qualifier, start = qualifier_before(text, n.start) or (qualifier, start)
        unc = UNCERTAINTY_RE.match(text, end)
        end = unc.end() if unc else end
        noun, noun_end = _noun_of(text, n, end)
        if noun is None and partner is None and i < len(nums):  # "45 and 50 cases": 45 counts cases
            nxt = nums[i]
            if _AND_OR_RE.fullmatch(text, end, nxt.start):
                noun = _noun_of(text, nxt, nxt.unit_end or nxt.end)[0]
        category = "money" if n.currency else noun_category(noun)
        if noun:
            noun, noun_end = _with_rate(text, noun, noun_end)
        fig_end = max(end, noun_end)
        if qualifier == "exact":
            qualifier, fig_end = qualifier_after(text, end, fig_end) or (qualifier, fig_end)
            if noun is None and fig_end > end:  # "4,000-plus shelters"
                noun, _, noun_end = head_noun(text, fig_end)
                fig_end, category = max(fig_end, noun_end), noun_category(noun)
        if category in (None, "personnel") and _casualty_cue(text, start, fig_end):
            category = "casualties"
        lo, hi = n.value, (partner.value if partner else None)
        if hi is not None and hi < lo:
            lo, hi = hi, lo
        value = lo if hi is None else (lo + hi) / 2
        figures.append(_Figure(start, fig_end, n.start, n.end, value, None if hi is None else lo, hi, qualifier, noun,
                               category))
        while i < len(nums) and nums[i].start < fig_end:  # a number inside this figure ("±0.01")
            i += 1
    return figures


def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier written right before the number at ``pos`` and where it starts (``data/qualifiers.csv``).

    >>> t = "no more than 2,500 troops"
    >>> qualifier_before(t, t.index("2")), qualifier_before("over 70 times", 5), qualifier_before("the 70 times", 4)
    (('at_most', 0), ('more_than', 0), None)
    """
    m = patterns().qual_before.search(text, max(0, pos - 25), pos)
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
    if nxt is None or _in_spans(nxt.start, masks) or nxt.kind != n.kind or nxt.value == n.value:
        return None
    if conn.group("andor") == "and" and not between:
        return None
    if (conn.group("andor") == "or" or conn.group("to")) and nxt.value < n.value and n.value >= 0:
        return None  # "212,205 to 210,424 votes" is a tally; "-18 °C to -34 °C" is a range
    if conn.group("dash"):
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


def _after_determiner(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a determiner ("the two regimes", "the 2014 elections")."""
    before = WORD_BEFORE_NUMBER_RE.search(text, max(0, pos - 20), pos)
    return bool(before) and before.group(1).lower() in DETERMINERS


def _counts_noun(text: str, n: _Number) -> bool:
    """Whether a four-digit number counts a noun the lexicon knows right after it ("2000 soldiers"),
    so it is not a year ("in 2014 manipulating satellite images" is a year)."""
    noun, start, _ = head_noun(text, n.end)
    return noun_category(noun) not in (None, "other") and not text[n.end:start].strip()


def _plausible_count(text: str, n: _Number) -> bool:
    """Rules for spelled numbers that are often not counts.

    "one" (or "a"/"an" alone) counts only before a noun the lexicon knows, and never in "one of",
    "one another" or after "no", "the", "this", "any", "each", "every", "that"; a small spelled
    number after a determiner refers back ("the two regimes").
    """
    if n.kind != "spelled":
        return True
    before = WORD_BEFORE_NUMBER_RE.search(text, max(0, n.start - 20), n.start)
    prev = before.group(1).lower() if before else ""
    if n.small and prev in DETERMINERS:
        return False
    if n.value == 1 and n.small:
        if prev in ("no", "the", "this", "that", "any", "each", "every") or ONE_OF_RE.match(text, n.end):
            return False
        hw = HYPHEN_WORD_RE.match(text, n.end)
        noun = hw.group(1) if hw else head_noun(text, n.end, plural=False)[0]
        return noun_category(noun) not in (None, "other")
    return True


def _noun_of(text: str, n: _Number, end: int) -> tuple[str | None, int]:
    """The noun a number counts and where the figure's text ends: a currency, a glued or
    hyphenated unit, a percent sign, or the head noun after it."""
    if n.currency:
        noun = currencies()[n.currency]
        return (f"{noun} {n.unit}" if n.unit and n.unit.startswith("per ") else noun), end  # "$3 per kg to $4 per kg"
    if n.unit:
        unit = n.unit.lower()
        return ("percent" if unit == "%" else n.unit), end
    noun, _, noun_end = head_noun(text, end, plural=n.value != 1)
    part = PARTITIVE_RE.match(text, end) if noun is None else None
    if part:  # "two of the suspects"; "12 of the 14 victims" leaves "14 victims" its own figure
        noun, _, noun_end = head_noun(text, part.end(), plural=n.value != 1)
        noun_end = end if part.group("n") else noun_end
    return (noun, noun_end) if noun else (None, end)


#: "of" and a determiner after a number: the noun comes after them ("two of the suspects", "40 of its drones",
#: "12 of the 14 victims").
PARTITIVE_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|these|those|his|her|its|their|our|your|my)\b(?P<n>[ \u00a0]+[\d,.]+(?=[ \u00a0]))?")


#: A rate after a figure's noun: "/hour", " per kg", " an hour" (not "a year ago", "a day later").
RATE_RE = re.compile(r"(?:[ \u00a0]?/[ \u00a0]?|[ \u00a0]+(?P<word>per|an?)[ \u00a0]+)(?P<unit>[A-Za-z]+)(?![\w/^-])"
                     r"(?![ \u00a0]+(?:ago|later|earlier|before|after|old)\b)")


def _with_rate(text: str, noun: str, end: int) -> tuple[str, int]:
    """A noun with the rate written after it ("$15/hour" → dollars per hour, "$3 a gallon",
    "120 km per hour", "$50 per person"), and where the figure then ends. The rate is a unit of
    ``data/figures_units.csv`` (or, after "per", a noun the lexicon knows).

    >>> _with_rate("$15/hour", "dollars", 3), _with_rate("$3 a gallon", "dollars", 2), _with_rate("5 km a year ago", "km", 4)
    (('dollars per hour', 8), ('dollars per gallon', 11), ('km', 4))
    """
    m = RATE_RE.match(text, end)
    if not m:
        return noun, end
    unit = m.group("unit")
    forms = singular_forms(unit.lower())
    if any(f in measure_units() for f in forms) or (m.group("word") == "per" and noun_category(unit) != "other"):
        return f"{noun} per {unit}", m.end()
    return noun, end


def _casualty_cue(text: str, start: int, end: int) -> bool:
    """Whether a cue word makes a count of people casualties: "killed at least 120", "120 people were killed".

    >>> _casualty_cue("The storm killed at least 126 people", 17, 36), _casualty_cue("3 people were killed", 0, 8)
    (True, True)
    """
    pat = patterns()
    return bool(pat.cue_before.search(text, max(0, start - 20), start) or pat.cue_after.match(text[end:end + 40]))


# --------------------------------------------------------------------------- time frames

@dataclass(frozen=True)
class Timeframe:
    """A time expression of a sentence and the period it names (None where unknown)."""
    text: str
    start: int
    end: int
    period_start: date | None
    period_end: date | None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _unit_period(unit: str, shift: int, p: date) -> tuple[date, date]:
    """The calendar week, month, quarter, year or decade ``shift`` units from the one holding ``p``."""
    if unit in ("week", "weekend"):
        monday = p - timedelta(days=p.weekday()) + timedelta(weeks=shift)
        return (monday + timedelta(days=5) if unit == "weekend" else monday), monday + timedelta(days=6)
    if unit == "day":
        d = p + timedelta(days=shift)
        return d, d
    size = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit, 1)
    first = date(p.year - p.year % 10, 1, 1) if unit == "decade" else date(p.year, 1, 1) if unit == "year" else \
        date(p.year, (p.month - 1) // 3 * 3 + 1, 1) if unit == "quarter" else date(p.year, p.month, 1)
    first = _add_months(first, shift * size)
    last = _add_months(first, size) - timedelta(days=1)
    return first, last


def _back(p: date, n: int, unit: str) -> date:
    """``p`` moved ``n`` units back (forward when ``n`` is negative)."""
    _, units = _time_words()
    size, base = units.get(unit, (1, "day"))
    if base == "month":
        return _add_months(p, -n * size)
    return p - timedelta(days=n * max(size, 1))


def _count(word: str | None) -> int:
    if not word:
        return 1
    if word.isdigit():
        return int(word)
    found = spelled_values(word)
    return int(found[0][2]) if found else 1


def _apply_prefix(pre: str, first: date | None, last: date | None, p: date | None) -> tuple[date | None, date | None]:
    """How a preposition bounds a period: "since X" runs from X to publication, "by X" ends at X."""
    pre = _SPACES_RE.sub(" ", (pre or "").lower())
    if first is None:
        return None, None
    if pre in ("since", "from"):
        return first, p
    if pre == "after":
        return last + timedelta(days=1), p
    if pre in ("by", "until", "till", "through") or pre.endswith("the end of"):
        return (last, last) if pre in ("end of", "the end of") else (None, last)
    if pre == "before":
        return None, first - timedelta(days=1)
    return first, last


def resolve_timeframe(m: re.Match, published: date | None) -> tuple[date | None, date | None]:
    """The period a match of ``patterns().timeframe`` names, against the publication date.

    Relative expressions ("this month", "last week", "by December") need ``published``; written
    years do not ("in 2023"). A month without a year looks back for most prepositions ("since
    August" is the last August) and forward for "by", "until", "next" ("by December" is the next
    December); "last September" is September of the year before.

    >>> p = date(2024, 10, 28)
    >>> rx = patterns().timeframe
    >>> [resolve_timeframe(rx.search(t), p) for t in ("this month", "since August last year", "by December")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [(datetime.date(2024, 10, 1), datetime.date(2024, 10, 31)), (datetime.date(2023, 8, 1), datetime.date(2024, 10, 28)),
     (None, datetime.date(2024, 12, 31))]
    >>> resolve_timeframe(rx.search("in 2023"), None), resolve_timeframe(rx.search("last week"), None)
    ((datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)), (None, None))
    """
    try:
        return _resolve(m.groupdict(), published)
    except (ValueError, OverflowError):  # a date out of the calendar's range ("9948819 quarters ago")
        return None, None


def _resolve(g: dict, p: date | None) -> tuple[date | None, date | None]:
    """The period of a time expression's groups (see :func:`resolve_timeframe`)."""
    if g["mon"]:
        month = months()[g["mon_name"].lower().rstrip(".")]
        pre = (g["mon_pre"] or "").lower()
        if g["mon_year"]:
            year = int(g["mon_year"])
        elif p is None:
            return None, None
        elif g["mon_rel"]:
            year = p.year + {"last": -1, "this": 0, "next": 1}[g["mon_rel"].lower()]
        elif pre == "last":
            year = p.year - 1
        elif pre in ("next", "by", "until", "till", "through", "before") or pre.endswith("end of"):
            year = p.year if month >= p.month else p.year + 1
        else:
            year = p.year if month <= p.month else p.year - 1
        if g["mon_day"]:
            first = last = date(year, month, int(g["mon_day"]))
        else:
            first, last = date(year, month, 1), _month_end(year, month)
        return _apply_prefix(pre if pre not in ("last", "this", "next", "early", "mid", "late") else "", first, last, p)
    if g["yr"]:
        year = int(g["yr_year"])
        if g["yr_from"]:
            return date(int(g["yr_from"]), 1, 1), date(year, 12, 31)
        return _apply_prefix(g["yr_pre"], date(year, 1, 1), date(year, 12, 31), p)
    if p is None:
        return None, None
    if g["rel"]:
        unit = g["rel_unit"].lower()
        shift = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[g["rel_dir"].lower()]
        if unit in ("hour", "fortnight"):
            return (p - timedelta(days=14 if unit == "fortnight" else 1), p) if shift < 0 else (p, p)
        first, last = _unit_period(unit, shift, p)
        part = _SPACES_RE.sub(" ", (g["rel_part"] or "").lower())
        if part in ("so far", "earlier"):
            return first, p
        if part == "later":
            return p, last
        return first, last
    if g["roll"]:
        n = _count(g["roll_n"])
        unit = g["roll_unit"].lower()
        if g["roll_dir"].lower() in ("next", "coming"):
            return p, _back(p, -n, unit)
        return _back(p, n, unit), p
    if g["ago"]:
        d = _back(p, _count(g["ago_n"]), g["ago_unit"].lower())
        return d, d
    if g["eo"]:
        _, last = _unit_period(g["eo_unit"].lower(), 1 if g["eo_dir"].lower() == "next" else 0, p)
        return None, last
    if g["wd"]:
        weekdays, _ = _time_words()
        wd = weekdays[g["wd_name"].lower()]
        pre = g["wd_pre"].lower()
        if pre == "next":
            d = p + timedelta(days=(wd - p.weekday()) % 7 or 7)
        elif pre == "this":
            d = p - timedelta(days=p.weekday()) + timedelta(days=wd)
        else:
            back = (p.weekday() - wd) % 7
            d = p - timedelta(days=back or (7 if pre == "last" else 0))
        return _apply_prefix(pre if pre in ("since", "by", "until", "before", "after") else "", d, d, p)
    if g["day"]:
        d = p + timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["day"].lower()])
        return d, d
    return None, None


def timeframes_in(text: str, published: date | None = None) -> list[Timeframe]:
    """The time expressions of a sentence with their periods.

    The expression is searched only around its anchor words (a month, a weekday, a unit such as
    "month", "today", a year), starting up to five words before it ("by the end of the year").
    A month name needs a preposition, a day or a year ("troops may join" is no May), and a year
    followed by a noun the lexicon knows is a count ("in 2000 soldiers").

    >>> found = timeframes_in("Since August last year, 10 ships came; in May, more.", date(2024, 10, 28))
    >>> [(t.text, t.period_start) for t in found]
    [('Since August last year', datetime.date(2023, 8, 1)), ('in May', datetime.date(2024, 5, 1))]
    """
    pat = patterns()
    out: list[Timeframe] = []
    done = 0
    anchors = sorted(_word_starts(text, pat.time_anchors) + [m.start() for m in YEAR_RE.finditer(text)])
    for anchor in anchors:
        if anchor < done:
            continue
        for start in _lead_starts(text, max(done, anchor - 40), anchor) + [anchor]:
            m = pat.timeframe.match(text, start)
            if m and m.end() > anchor and _timeframe_ok(text, m):
                first, last = resolve_timeframe(m, published)
                out.append(Timeframe(m.group(), m.start(), m.end(), first, last))
                done = m.end()
                break
    return out


def _lead_starts(text: str, lo: int, anchor: int) -> list[int]:
    """Where a time expression anchored at ``anchor`` may start: the last five words before it
    (from ``lo``) that can lead one ("since", "by the end of", "the past two", "two weeks ago").

    >>> t = "troops left over the past two weeks"
    >>> [t[i:i + 4] for i in _lead_starts(t, 0, t.index("weeks"))]
    ['over', 'the ', 'past', 'two ']
    """
    low, _ = _lower_words(text)
    starts = [m.start() for m in WORD_START_RE.finditer(text, lo, anchor)]  # a word cut at lo does not start there
    out = []
    for i in starts[-5:]:
        word = LEAD_WORD_RE.match(low, i)
        if (word and (word.group() in TIME_LEADS or word.group() in number_words())) or low[i].isdigit():
            out.append(i)
    return out


def _timeframe_ok(text: str, m: re.Match) -> bool:
    """A month name needs a capital and a preposition, a day or a year; a year must not count a noun."""
    if m.group("mon"):
        if not m.group("mon_name")[0].isupper():
            return False
        if not (m.group("mon_pre") or m.group("mon_day") or m.group("mon_year") or m.group("mon_rel")):
            return False
    if m.group("yr") and noun_category(head_noun(text, m.end())[0]) not in (None, "other"):
        return False
    return True


def _inner_ends(text: str) -> list[int]:
    """Offsets where a sentence left inside a sentence record starts ("by June. Officials …").

    >>> _inner_ends("Troops left by June. Officials sent Gen. Park. He came.")
    [21, 47]
    """
    abbrev = abbreviations()
    cuts = []
    for m in INNER_END_RE.finditer(text):
        word = WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        w = word.group(1).lower() if word else ""
        if w and (w not in abbrev or w in _full_month_names()):
            cuts.append(m.end())
    return cuts


def _clause_bounds(text: str, inner: list[int] | None = None) -> list[int]:
    """Offsets where a new clause starts within a sentence (see :data:`CLAUSE_BREAK_RE`, :func:`_inner_ends`,
    whose offsets may be given as ``inner``).

    >>> _clause_bounds("2,500 left, with 12,000 due; more came")
    [12, 28]
    """
    return sorted([m.end() for m in CLAUSE_BREAK_RE.finditer(text)] + (_inner_ends(text) if inner is None else inner))


def _clause_of(pos: int, cuts: list[int]) -> int:
    return sum(1 for c in cuts if c <= pos)


# --------------------------------------------------------------------------- claimants

@dataclass(frozen=True)
class Attribution:
    """A reporting verb (or "according to") and its source, within a sentence.

    ``before``: it may cover what comes before it ("…, the NIS said."); ``after``: what comes
    after it ("Seoul said (that) …", "according to X, …").
    """
    text: str
    start: int
    end: int
    verb_end: int
    before: bool
    after: bool


#: A statement that ends right after its verb: "said.", "said Sunday,", "said last week." (a verb
#: followed by more words, "said the river rose.", covers what follows it).
SHORT_TAIL_RE = re.compile(r"(?:[ \u00a0]+[A-Za-z'\u2019-]+){0,2}?[ \u00a0]*(?:[.,;:!?)\]\u2014\u2013]|$)")


def _subject_before(text: str, verb_start: int) -> tuple[str, int, int] | None:
    """The noun phrase before a reporting verb: "Seoul's National Intelligence Service said",
    "the NIS said", "Seoul and Washington confirmed", "The United States has also confirmed".

    >>> _subject_before("Last week, Seoul and Washington confirmed", 32)
    ('Seoul and Washington', 11, 31)
    """
    lo = max(0, verb_start - 100)
    toks = [(m.group(), m.start() + lo, m.end() + lo) for m in TOKEN_RE.finditer(text[lo:verb_start])]
    i = len(toks) - 1
    while i >= 0 and toks[i][0].lower().replace("\u2019", "'") in AUXILIARIES:
        if toks[i][0].lower().replace("\u2019", "'") in NEGATIONS:
            return None  # "wouldn't say", "did not confirm": no attribution
        i -= 1
    if i < 0 or toks[i][0].lower() in BE_FORMS:
        return None
    head = toks[i][0]
    if head.lower() in PRONOUNS:
        return head, toks[i][1], toks[i][2]
    if head.lower().endswith(("'s", "\u2019s")) or _is_time_word(head.lower()):
        return None  # "Russia's claims", "on Monday announced": no subject
    taken: list[int] = []
    lower = 0
    while i >= 0 and len(taken) < 9:
        w = toks[i][0]
        low = w.lower()
        left = toks[i - 1][0] if i > 0 else ""
        if not w[0].isalnum():
            break
        if low in ("the", "a", "an"):
            taken.append(i)
            break
        if low in ("and", "&", "of", "for"):
            if not taken or not left[:1].isupper():
                break
        elif _is_time_word(low):
            break
        elif w[0].isupper():
            pass
        elif w[0].isdigit() or low in STOP_WORDS or low.endswith(("ed", "ing", "ly")) or lower >= 3:
            break
        else:
            lower += 1
        taken.append(i)
        i -= 1
    while taken and toks[taken[-1]][0].lower() in ("and", "&", "of", "for"):
        taken.pop()
    if not taken or all(toks[k][0].lower() in ("the", "a", "an") for k in taken):
        return None
    s, e = toks[taken[-1]][1], toks[taken[0]][2]
    return text[s:e], s, e


def _subject_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The noun phrase after "according to" or an inverted "…, said": "according to South Korea's spy agency".

    >>> _subject_after("according to South Korea's spy agency, 2,500 left", 12)
    ("South Korea's spy agency", 13, 37)
    """
    toks = [(m.group(), m.start() + pos, m.end() + pos) for m in TOKEN_RE.finditer(text[pos:pos + 160])]
    taken: list[int] = []
    lower = 0
    for k, (w, _, _) in enumerate(toks):
        low = w.lower()
        nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
        if not w[0].isalnum() or (w[0].isdigit() and "-" not in w):
            break  # "50-state" is a word of the phrase, "2,500" is not
        if low in ("the", "a", "an"):
            if taken:
                break
        elif low in ("and", "&", "of", "for"):
            if not taken or not nxt[:1].isupper():
                break
        elif not w[0].isupper():
            if low in STOP_WORDS or low.endswith(("ed", "ing", "ly")) or lower >= 4:
                break
            lower += 1
        taken.append(k)
        if len(taken) >= 9:
            break
    while taken and toks[taken[-1]][0].lower() in ("the", "a", "an", "and", "&", "of", "for"):
        taken.pop()
    if not taken:
        return None
    s, e = toks[taken[0]][1], toks[taken[-1]][2]
    name = text[s:e].rstrip(".")  # "said Jake Sullivan." ends the sentence, not the name
    return name, s, s + len(name)


def attributions_in(text: str) -> list[Attribution]:
    """The attributions of a sentence: who says what, and which side of the sentence each covers.

    >>> [(a.text, a.before, a.after) for a in attributions_in("Pyongyang sent 14,500 containers, the NIS said.")]
    [('the NIS', True, False)]
    >>> [(a.text, a.before, a.after) for a in attributions_in("Last week, Washington's spy agency said that 2,500 left.")]
    [("Washington's spy agency", True, True)]
    """
    out = []
    pat = patterns()
    for start in _word_starts(text, pat.claim_words):
        m = pat.claim.match(text, start)
        if m is None:
            continue
        if m.group("source"):
            subj = _subject_after(text, m.end())
            if subj:
                out.append(Attribution(subj[0], m.start(), subj[2], m.end(), m.start() > 0, True))
            continue
        tail_ends = bool(SHORT_TAIL_RE.match(text, m.end())) and not _THAT_RE.match(text, m.end())
        subj = _subject_before(text, m.start())
        if subj and m.group().lower() in pat.base_verbs and _AN_RE.match(subj[0]):
            subj = None  # "a fake war report": a noun phrase, not "X reports"
        if subj:
            lead = text[:subj[1]].rstrip()
            out.append(Attribution(subj[0], subj[1], m.end(), m.end(), bool(lead) and lead[-1] in AFTER_CLAUSE_MARKS,
                                   not tail_ends))
            continue
        lead = text[:m.start()].rstrip()
        if lead and lead[-1] in AFTER_CLAUSE_MARKS:  # inverted: "…," said Jake Sullivan
            subj = _subject_after(text, m.end())
            if subj:
                out.append(Attribution(subj[0], m.start(), subj[2], m.end(), True, False))
    return out


#: Marks before a subject that show it follows what it attributes: '…, the NIS said', '"…," he said'.
AFTER_CLAUSE_MARKS = ",\"\u201d\u2019'\u2014\u2013("


def _pick_attribution(atts: list[Attribution], start: int, end: int, inner: list[int]) -> Attribution | None:
    """The attribution that covers a figure: the nearest "X said" before it or "…, X said" after
    it, within the same sentence (``inner``: sentence starts left inside the record)."""
    best, best_d = None, None
    part = _clause_of(start, inner)
    for a in atts:
        if _clause_of(a.start, inner) != part:
            continue
        if a.after and a.verb_end <= start:
            d = start - a.verb_end
        elif a.before and a.start >= end:
            d = a.start - end
        else:
            continue
        if best_d is None or d < best_d:
            best, best_d = a, d
    return best


def canonical_claimant(text: str, gazetteer=None) -> str:
    """The canonical name of a claimant when the gazetteer knows it, else the text without a leading "the".

    "X and Y" is resolved part by part when the gazetteer knows every part ("Seoul and
    Washington" → "South Korea and United States"); otherwise the whole name is tried, then the
    name after a possessive ("Seoul's National Intelligence Service" → "National Intelligence
    Service"). The gazetteer only needs a ``resolve(name)`` method returning an object with a
    ``canonical`` attribute, or None.

    >>> canonical_claimant("the NIS"), canonical_claimant("Seoul and Washington")
    ('NIS', 'Seoul and Washington')
    """
    clean = _ARTICLE_RE.sub("", text.strip())
    resolve = getattr(gazetteer, "resolve", None)
    if resolve is None:
        return clean

    def known(name: str) -> str | None:
        actor = resolve(name)
        return getattr(actor, "canonical", None) or None

    parts = [p for p in _NAME_PARTS_RE.split(clean) if p]
    if len(parts) > 1:
        names = [known(p) for p in parts]
        if all(names):
            return " and ".join(dict.fromkeys(names))
    for name in dict.fromkeys((text.strip(), clean, _POSSESSIVE_RE.split(clean)[-1])):
        found = known(name)
        if found:
            return found
    return clean


# --------------------------------------------------------------------------- articles

def _published(article: "Article") -> date | None:
    p = (article.meta or {}).get("published")
    if isinstance(p, datetime):
        return p.date()
    if isinstance(p, date):
        return p
    return None


class _Sentences:
    """Per-sentence attributions of one article, computed on first use."""

    def __init__(self, sentences: list[dict]):
        self.sentences = sentences
        self._atts: dict[int, list[Attribution]] = {}

    def attributions(self, k: int) -> list[Attribution]:
        if k not in self._atts:
            self._atts[k] = attributions_in(self.sentences[k]["text"])
        return self._atts[k]

    def in_paragraph(self, k: int, start: int) -> tuple[Attribution, int] | None:
        """The nearest attribution of another sentence of the paragraph (absolute offsets)."""
        para = self.sentences[k]["para_no"]
        best, best_d = None, None
        for j in range(k - 1, -1, -1), range(k + 1, len(self.sentences)):
            for i in j:
                if self.sentences[i]["para_no"] != para:
                    break
                off = self.sentences[i]["start"]
                for a in self.attributions(i):
                    if not (a.before or a.after):
                        continue
                    d = abs(off + a.start - start)
                    if best_d is None or d < best_d:
                        best, best_d = (a, i), d
        return best

    def issuer_before(self, k: int) -> Attribution | None:
        """Who issued "the report" that sentence ``k`` cites: the nearest named source before it, in
        its paragraph or the two before (as quotes resolve "the report")."""
        para = self.sentences[k]["para_no"]
        for i in range(k - 1, -1, -1):
            if self.sentences[i]["para_no"] < para - 2:
                break
            named = [a for a in self.attributions(i) if (a.before or a.after) and a.text.lower() not in PRONOUNS
                     and not _a_document(a.text)]
            if named:
                return named[-1]
        return None

    def named_before(self, k: int) -> Attribution | None:
        """The last attribution with a named source before sentence ``k`` (for "he said")."""
        for i in range(k - 1, max(-1, k - 12), -1):
            named = [a for a in self.attributions(i) if a.text.lower() not in PRONOUNS and (a.before or a.after)]
            if named:
                return named[-1]
        return None


def extract(article: "Article", gazetteer=None) -> list[dict]:
    """Figure records of one article, in reading order, numbered ``<article_id>:f<n>``.

    >>> from helpers.read.article import parse_article
    >>> a = parse_article("SEOUL (AP) — Seoul said last week that about 2,500 troops left this month.\\n")
    >>> [(f["figure_id"], f["text"], f["qualifier"], f["timeframe"], f["claimant"]) for f in extract(a)]
    [(':f1', 'about 2,500 troops', 'approx', 'this month', 'Seoul')]
    """
    published = _published(article)
    ctx = _Sentences(article.sentences)
    out: list[dict] = []
    for k, sent in enumerate(ctx.sentences):
        text = sent["text"]
        anchors = _anchors(text)
        if not anchors:
            continue
        frames = timeframes_in(text, published)
        figs = _figures(text, [(t.start, t.end) for t in frames], anchors)
        if not figs:
            continue
        atts = ctx.attributions(k)
        inner = _inner_ends(text)
        cuts = _clause_bounds(text, inner)
        named: dict[int, tuple[str | None, str | None]] = {}  # the claimant of each attribution, once per sentence
        claim_times = _claim_times(text, atts, frames)
        prev: _Figure | None = None
        for f in figs:
            noun, category = _elided_noun(f, prev)
            prev = f
            frame = _pick_timeframe(frames, claim_times, cuts, f)
            claim, claim_text = _claimant(ctx, k, atts, f, gazetteer, inner, named)
            s, e = sent["start"] + f.start, sent["start"] + f.end
            out.append({
                "article_id": article.article_id, "figure_id": f"{article.article_id}:f{len(out) + 1}",
                "text": article.raw[s:e], **_values(f), "qualifier": f.qualifier,
                "noun": noun, "category": category, "timeframe": frame.text if frame else None,
                "period_start": frame.period_start if frame else None, "period_end": frame.period_end if frame else None,
                "claimant": claim, "claimant_text": claim_text, "sentence": text, "para_no": sent["para_no"],
                "start": s, "end": e, "sent_no": sent["sent_no"]})
    return out


def _elided_noun(f: _Figure, prev: _Figure | None) -> tuple[str | None, str | None]:
    """A bare number takes the noun of the figure just before it in the sentence (ellipsis).

    For example: "2,000 workers were hired, with about 5,000 expected" → 5,000 workers.
    """
    if f.noun is None and prev is not None and prev.noun and 0 <= f.start - prev.end <= ELLIPSIS_REACH:
        return prev.noun, prev.category
    return f.noun, f.category


#: How far (characters) back a bare number looks for the noun it leaves out.
ELLIPSIS_REACH = 80


def _claim_times(text: str, atts: list[Attribution], frames: list[Timeframe]) -> set[int]:
    """Indexes of the time frames that date a statement, not a figure: "said last week",
    "Last week, Seoul confirmed"."""
    out = set()
    for i, t in enumerate(frames):
        for a in atts:
            if 0 <= t.start - a.verb_end <= 2:
                out.add(i)
            if _COMMA_RE.fullmatch(text, t.end, a.start) and not text[:t.start].strip():
                out.add(i)
    return out


def _pick_timeframe(frames: list[Timeframe], claim_times: set[int], cuts: list[int], f: _Figure) -> Timeframe | None:
    """The time frame of a figure: the nearest one in its clause that does not date a statement."""
    clause = _clause_of(f.start, cuts)
    best, best_d = None, None
    for i, t in enumerate(frames):
        if i in claim_times or _clause_of(t.start, cuts) != clause:
            continue
        d = t.start - f.end if t.start >= f.end else f.start - t.end
        if best_d is None or d < best_d:
            best, best_d = t, d
    return best


def _claimant(ctx: _Sentences, k: int, atts: list[Attribution], f: _Figure, gazetteer, inner: list[int] | None = None,
              named: dict[int, tuple[str | None, str | None]] | None = None) -> tuple[str | None, str | None]:
    """(claimant, claimant_text) of a figure: its sentence's attribution, else the paragraph's nearest.

    ``inner`` is :func:`_inner_ends` of the sentence, and ``named`` what was said of each attribution
    (by ``id``) for the figures before in the same sentence, when the caller keeps them.
    """
    inner = _inner_ends(ctx.sentences[k]["text"]) if inner is None else inner
    a = _pick_attribution(atts, f.start, f.end, inner)
    if a is None:
        found = ctx.in_paragraph(k, ctx.sentences[k]["start"] + f.start)
        a = found[0] if found else None
    if a is None:
        return None, None
    if named is None:
        return _claimant_of(ctx, k, a, gazetteer)
    if id(a) not in named:
        named[id(a)] = _claimant_of(ctx, k, a, gazetteer)
    return named[id(a)]


def _claimant_of(ctx: _Sentences, k: int, a: Attribution, gazetteer) -> tuple[str | None, str | None]:
    """(claimant, claimant_text) of the attribution ``a`` of a figure in sentence ``k``."""
    if a.text.lower() in PRONOUNS:
        named = ctx.named_before(k)
        if named is None:
            return a.text, a.text
        return canonical_claimant(named.text, gazetteer), a.text
    if _a_document(a.text):  # "the report said": the body that issued it, when a sentence before names it
        issuer = ctx.issuer_before(k)
        if issuer is not None:
            return canonical_claimant(issuer.text, gazetteer), a.text
    return canonical_claimant(a.text, gazetteer), a.text


@lru_cache(maxsize=1024)
def _a_document(text: str) -> bool:
    """Whether a claimant is a document described by its kind ("the report", "the statement"), not named.

    >>> _a_document("the report"), _a_document("the new report"), _a_document("the Pentagon report"), _a_document("the NIS")
    (True, True, False, False)
    """
    from .actors import head_kind

    words = text.split()
    return (len(words) > 1 and words[0].lower() in DOCUMENT_DETERMINERS and not any(w[:1].isupper() for w in words[1:])
            and head_kind(text) == "document")


#: Words before a document described by its kind: "the report", "a statement", "its assessment".
DOCUMENT_DETERMINERS = frozenset("the a an this that its their his her".split())


# --------------------------------------------------------------------------- queries
