"""Numeric figures: every number in the body that counts or measures something.

Each body sentence (never a caption, related headline or boilerplate) is searched for numbers
written in digits ("14,500", "1.5 million", "$45B", "10k", "2 1/2", "-18", "minus 18", "Rs 500
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
  (``data/figure_nouns.csv``, ``data/figures_units.csv``; "other" for a noun they lack). The
  noun is the head of the noun phrase after the number, read with word classes
  (``data/figures_word_classes.csv``): modifiers are skipped ("2,500 Peruvian soldiers" →
  soldiers, "4 civilian crime analysts" → analysts, "25 other states" → states), a verb or a
  time frame ends the phrase ("a 7.1 quake struck", "389 last year"), a capitalised plural head
  keeps its capitalised words ("2,500 South Africans" → South Africans), a unit comes first ("50
  mg ethanol" → mg) or before the number ("magnitude 7.1", "at mile 24"), "of" ends the phrase
  ("14,500 crates of grain" → crates) except after a magnitude ("hundreds of square
  kilometres" → square kilometres) or before a determiner ("two of the suspects" → suspects), a currency
  sign gives the noun ("$45B" → dollars) and a rate follows it ("$15 an hour" → dollars per
  hour). "45 and 50 cases": 45 takes the noun of 50. A number with no noun after it takes the
  noun it is of or the subject or object of its verb ("a toll of 410", "raised the toll to 46",
  "thefts rose from 112 to 389"), else the last thing counted before it in its paragraph.
- ``timeframe``, ``period_start``, ``period_end``: the time expression of the figure's clause
  ("this month", "by December", "since March last year"), resolved against the publication
  date; the time of the statement ("said last week") is not the figure's.
- ``claimant``, ``claimant_text``: who claims the figure: the speaker of the direct quote it is
  in (the quotes extractor's); else the attribution of its own sentence ("X said", "according
  to X", "data from X showed"), the issuer of a report or data, the body a spokesperson speaks
  for; pronouns, titles and "the company" resolved by the article's coreference pass; canonical
  when the gazetteer knows the name. A sentence without an attribution is the article's own
  statement: no claimant.

A ratio is one figure valued as a fraction ("about 4 in 10 voters" → 0.4 voters, as "two-thirds").

Not figures: dates, years (also "a 2017 study") and spans of years, times of day ("1600 BST", "0217
local time"), ages ("aged 25 to 54", "65 and older", "who is 28,", "voters under 30"), "37 minutes ago" (but "4.5 billion years ago" is one),
house numbers ("900 Grand Concourse"), ranks ("the top 10"), names with a number word ("the Gang of Eight"), idioms
("a five-figure fee", "a three-way race"), "one" introducing a source ("said one official"),
ordinals, decades, labels ("No. 2", "Article 5", "Falcon 9", "Station 4", "routes 220 and 234", "the
90210 ZIP code", "737 Max jets"), scores and votes ("voted 8-3"), designations glued to letters ("F-16", "G7", "OAO-1"), phone numbers,
names in ``data/figures_exclusions.csv`` ("9/11"), "one of the" and "one" as a pronoun, and small
spelled numbers after a determiner ("the two parties": a reference, not a reported count).
Durations are figures ("a 14-month strike" → 14 month, category duration).

In: an :class:`~helpers.read.article.Article` and, optionally, the gazetteer (canonical claimant
names). Out: :func:`extract`'s records, one dict per figure with the figures table's columns.

The modules, bottom to top (each imports only those above it in this list):

- ``vocabulary``: the word lists of ``data/`` and fast lookup of listed words;
- ``grammar``: the regular expressions built from them, compiled once (:func:`patterns`);
- ``clauses``: where clauses and sentences left inside a sentence record start;
- ``nouns``: the counted noun after a number, its category, rates, casualty cues;
- ``phrases``: the noun a bare number counts, read back from it ("a toll of 410");
- ``numerals``: numbers in digits (separators, signs, currencies, scales, glued units);
- ``spelled``: numbers in words, magnitudes, "a"/"an" and a unit;
- ``exclusions``: what is not a figure (dates, times, ages, labels, years, pronouns);
- ``numbers``: every number of a sentence that may be a figure;
- ``qualifiers``: qualifier phrases and ranges;
- ``timeframes``: time expressions and the periods they name;
- ``sentence``: the figures of one sentence;
- ``subjects``: the subject a reporting verb names (before or after it, behind an appositive);
- ``reporting``: reporting clauses (who says what);
- ``sources``: what a claimant phrase names (an issuer, a spokesperson's body, a titled person);
- ``interviews``: the speakers' labels of an interview or a transcript ("Q:", "A:", "ROE:");
- ``referents``: who a pronoun or a description in an attribution stands for, canonical names;
- ``claimants``: the claimant of a figure;
- ``records``: the records of an article (:func:`extract`).

>>> from helpers.read.article import parse_article
>>> a = parse_article("QUITO (AP) — Rebels fired more than 40 missiles overnight, officials said.\\n")
>>> [(f["text"], f["value"], f["qualifier"], f["noun"], f["category"], f["claimant"]) for f in extract(a)]
[('more than 40 missiles', 40, 'more_than', 'missiles', 'materiel', 'officials')]
"""
from __future__ import annotations

from .claimants import canonical_claimant
from .grammar import patterns
from .nouns import head_noun, noun_category, singular_forms
from .numbers import numbers_in
from .qualifiers import QUALIFIER_MARKS, qualifier_after, qualifier_before
from .records import extract
from .reporting import Attribution, attributions_in
from .sentence import figures_in
from .spelled import spelled_values
from .timeframes import Timeframe, resolve_timeframe, timeframes_in
from .vocabulary import currencies, measure_units, noun_categories, number_words, qualifier_phrases, scale_abbreviations

__all__ = ["QUALIFIER_MARKS", "Attribution", "Timeframe", "attributions_in", "canonical_claimant", "currencies", "extract",
           "figures_in", "head_noun", "measure_units", "noun_categories", "noun_category", "number_words", "numbers_in",
           "patterns", "qualifier_after", "qualifier_before", "qualifier_phrases", "resolve_timeframe",
           "scale_abbreviations", "singular_forms", "spelled_values", "timeframes_in"]
