"""The regular expressions of figures, built from the word lists and compiled once per process.

In: the word lists of :mod:`.vocabulary` and the exclusion, claim-verb and cue tables of
``data/``. Out: :func:`patterns`, one object holding every compiled pattern: candidate numbers
(digits, number words, magnitudes), qualifiers before and after a number, dates and labels
around one, time frames, reporting verbs, casualty cues, currencies, "a"/"an" and a unit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import letter_tree, months, read_table
from .vocabulary import (_alternation, _full_month_names, _time_words, currencies, measure_units, number_words,
                         qualifier_phrases, scale_abbreviations)

#: Digits with thousands separators and decimals: "14,500", "1,500,000", "2,000.45", "10 000", "7", and Indian
#: grouping in lakhs and crores ("2,45,000" is 245,000; "1,23,45,678").
DIGITS = r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?"
#: Vulgar fraction characters: "½", "¾" ("2½" is 2.5).
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"


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
    label_after: frozenset
    model_after: re.Pattern
    clock_at: re.Pattern
    number_anchors: frozenset
    time_anchors: frozenset
    timeframe: re.Pattern
    claim: re.Pattern
    claim_words: frozenset
    documents: frozenset
    base_verbs: frozenset
    finding_verbs: frozenset
    commitment_verbs: frozenset
    at_verbs: frozenset
    cue_before: re.Pattern
    cue_after: re.Pattern
    currency_after: re.Pattern
    one_unit: re.Pattern
    word_anchors: frozenset
    word_anchor_at: re.Pattern
    street_after: re.Pattern
    hyphen_idioms: frozenset
    cue_words: frozenset
    rank_before: re.Pattern


@lru_cache(maxsize=1)
def document_words() -> str:
    """The document words of ``data/figures_claim_verbs.csv`` as a regex alternation, longest first
    (what a source issues: "report", "survey", "poll" ...).

    >>> "survey" in document_words().split("|")
    True
    """
    return "|".join(sorted(patterns().documents, key=len, reverse=True))


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
              rf"|(?P<vglued>{sp}?[{VULGAR}]))?|(?P<vulgar>[{VULGAR}]))"
              rf"(?P<sci>[eE][-\u2212+]?\d+(?![\w])|{sp}?[×x]{sp}?10(?:\^|\*\*)?[-\u2212]?\d+)?"
              rf"(?:(?P<abbr>{abbr})(?![A-Za-z])|{sp}(?P<sabbr>{spaced_abbr})(?![A-Za-z])|{sp}(?P<sbig>[KMBT])(?![\w'\u2019&-]|\.\w)"
              rf"|(?:{sp}*|[-\u2010])(?P<scale>(?i:{scales}))s?\b(?:{sp}+(?P<scale2>(?i:{scales}))s?\b)?)?")  # "$1.38-billion"
    spelled = (rf"\b(?i:(?:an?{sp}+)?(?:{word})(?:(?:{sp}*[-\u2010]{sp}*|{sp}+and{sp}+|{sp}*&{sp}*|,{sp}+|{sp}+)(?:{word}))*"
               rf"(?:(?:{sp}+|[-\u2010])and(?:{sp}+|[-\u2010])a(?:{sp}+|[-\u2010])half)?)\b")
    vague = (rf"\b(?i:(?P<few>{few}){sp}+(?P<fewscale>{few_scale})|(?P<mag1>{mags})(?:{sp}+(?:upon|and|on){sp}+(?P=mag1))?(?:{sp}+of{sp}+(?P<mag2>{mags}))?)\b"
             rf"(?P<of>{sp}+of\b)?")
    # A number follows no word, point or apostrophe ("'90s", "‘08"), handle sign ("@1031") or fraction slash ("1⁄4"), but may
    # open a quote in two apostrophes ("''13 months").
    candidate = re.compile(rf"(?P<vague>{vague})|(?:(?<=(?<![\w'])'')|(?<![\w.^/+#@:'\u2018\u2019\u2044\-\u2010\u2212])){number}"
                           rf"|(?P<spelled>{spelled})")
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
        rf"|(?P<yr>(?:between\s+(?P<yr_from>{year})\s+and\s+|(?P<yr_pre>{pre})[\s-]+)(?P<yr_year>{year})(?!\d|[,.]\d))"
        rf"|(?P<wd>(?P<wd_pre>last|this|next|since|by|until|on|before|after)\s+(?P<wd_name>{_alternation(weekdays)})\b)"
        rf"|(?P<day>today|yesterday|tomorrow|tonight)\b)")
    exclusions = read_table("figures_exclusions.csv")
    labels = [r["text"] for r in exclusions if r["kind"] == "label"]
    names = [r["text"] for r in exclusions if r["kind"] == "name"]
    models = _alternation(r["text"] for r in exclusions if r["kind"] == "model_after")
    zone_rows = read_table("figures_time_words.csv")
    zones = _alternation(r["word"].upper() for r in zone_rows if r["kind"] == "zone")
    short_zones = _alternation(r["word"].upper() for r in zone_rows if r["kind"] == "zone_short")
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
        ago_after=re.compile(rf"(?i:[\s-]+(?:{unit_alt}|minute|second)s?\s+ago\b|[\s-]+(?:year|month|week|day)s?[\s-]+olds?\b)"),
        names=frozenset(names),
        label_after=frozenset(r["text"] for r in exclusions if r["kind"] == "label_after"),
        model_after=re.compile(rf"[ \u00a0]+(?:{models})\b"),
        clock_at=re.compile(rf"(?:(?:[01]\d|2[0-3])[0-5]\d[ \u00a0]*(?:{zones}|{short_zones}|local[ ]time|hours|hrs)"
                            rf"|\d{{1,2}}(?:[:.][0-5]\d)?[ \u00a0]*(?:{zones}))\b"),
        number_anchors=frozenset(number_anchors),
        time_anchors=frozenset(time_anchors),
        timeframe=re.compile(timeframe),
        claim=re.compile(rf"(?:(?P<verb>(?i:{verbs}))|(?P<source>(?i:{sources})))\b"),
        claim_words=frozenset(r["phrase"].split()[0] for r in claim_rows if r["kind"] in ("verb", "source")),
        documents=frozenset(r["phrase"] for r in claim_rows if r["kind"] == "document"),
        base_verbs=frozenset(r["phrase"] for r in claim_rows if r["form"] == "base"),
        finding_verbs=frozenset(r["phrase"] for r in claim_rows if r["form"] == "finding"),
        commitment_verbs=frozenset(r["phrase"] for r in claim_rows if r["form"] == "commitment"),
        at_verbs=frozenset(r["phrase"] for r in claim_rows if r["form"] == "at"),
        cue_before=re.compile(rf"\b(?i:{cue_before})\s+$"),
        cue_after=re.compile(rf"^(?:\s+[A-Za-z]+){{0,3}}?\s+(?i:{cue_after})\b"),
        currency_after=re.compile(rf"{sp}?(?P<cur>{_alternation(s for s in currencies() if not s[-1].isalpha())})"),
        one_unit=re.compile(rf"(?P<a>(?i:an?)){sp}+(?P<unit>(?i:{unit_yes})|(?i:{unit_of})(?={sp}+of\b))(?![\w-])"),
        word_anchors=word_anchors,
        word_anchor_at=re.compile(rf"(?<![a-z]){letter_tree(word_anchors, space=' ')}(?![a-z])"),
        street_after=re.compile(rf"(?:{sp}+[A-Z][A-Za-z'\u2019-]*){{1,3}}?{sp}+(?:{_kind_of(exclusions, 'street')})(?![\w])"),
        hyphen_idioms=frozenset(r["text"] for r in exclusions if r["kind"] == "hyphen_after"),
        cue_words=frozenset(r["cue"] for r in cues if r["position"] == "after"),
        rank_before=re.compile(rf"\b(?i:the|a){sp}+(?:{_kind_of(exclusions, 'rank_before')}){sp}+$"),
    )


def _kind_of(rows: list[dict], kind: str) -> str:
    """An alternation of the ``text`` of the exclusion rows of one kind."""
    return _alternation(r["text"] for r in rows if r["kind"] == kind)
