"""The parts of a sentence record: where its clauses begin, and sentences left inside it.

In: a sentence's text. Out: offsets where a clause starts ("; ", " — ", ", with ...") or where a
sentence the splitter left inside the record starts ("by June. Officials ..."), and which part
an offset falls in. Figures take the time frame of their own clause, and the attribution of
their own sentence.
"""
from __future__ import annotations

import re

from ...lexicon import abbreviations
from .vocabulary import _full_month_names

#: A clause break inside a sentence: "; ", " — ", ", with ...", ", while ...", ", where ...".
CLAUSE_BREAK_RE = re.compile(r";|[ ][\u2014\u2013-][ ]|,[ ]+(?=(?:with|while|and|but|where|which|who|whereas|although|though|"
                             r"as|after|before|when|including|adding|citing|according)\b)")
#: A sentence end left inside a sentence record: "by June. Officials" (the word is checked
#: against the abbreviations, so "Gen. Lee" is not one).
INNER_END_RE = re.compile(r"[.!?][\"\u201d\u2019]?[ ]+(?=[\"\u201c]?[A-Z])")
#: The word before a full stop: "December" in "by December.", "Gen" in "Gen.".
WORD_BEFORE_RE = re.compile(r"([A-Za-z]*[a-z]{2})$")


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


#: A subordinate clause after a comma: ", after it reported ...", ", when ...", ", which ...".
SUBORDINATE_RE = re.compile(r",[ ]+(?=(?:after|before|when|while|as|although|though|whereas|which|who|where|because|since|"
                            r"until|unless|if)\b)")


def _subordinate_starts(text: str) -> list[int]:
    """Offsets where a subordinate clause opens after a comma.

    >>> _subordinate_starts("Shares fell 8%, after it reported $4bn, according to Lima data.")
    [16]
    """
    return [m.end() for m in SUBORDINATE_RE.finditer(text)]
