"""The word lists figures are read with, from ``data/``, and finding listed words in a sentence fast.

In: nothing but the data files (number words, units of measure, counted nouns, currencies, scale
abbreviations, qualifier phrases, time words, word classes) and, for :func:`_word_starts`, a sentence. Out:
dicts and sets, each read once per process.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ...lexicon import months, read_table


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
def scale_money() -> dict[str, str]:
    """Scale abbreviation → the currency noun it implies without a sign ("100 grand": dollars).

    >>> scale_money()["grand"]
    'dollars'
    """
    return {r["abbrev"]: r["money"] for r in read_table("figures_scale_abbreviations.csv") if r.get("money")}


@lru_cache(maxsize=None)
def qualifier_phrases() -> dict[tuple[str, str], str]:
    """(phrase, position) → qualifier, from ``data/qualifiers.csv``.

    >>> qualifier_phrases()[("more than", "before")], qualifier_phrases()[("or more", "after")]
    ('more_than', 'at_least')
    """
    return {(r["phrase"].lower(), r["position"]): r["qualifier"] for r in read_table("qualifiers.csv")}


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """The words of one class of ``data/figures_word_classes.csv`` (lower case): verb, change,
    quantity, unit_before or tally.

    >>> "struck" in word_class("verb"), "magnitude" in word_class("unit_before"), "total" in word_class("quantity")
    (True, True, True)
    """
    return frozenset(r["word"] for r in read_table("figures_word_classes.csv") if r["class"] == name)


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


#: A word (found in a lower-cased sentence, to test it against a word list quickly).
LOWER_WORD_RE = re.compile(r"[a-z]+")


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
