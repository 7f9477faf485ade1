"""Which names are actors: pronouns and generic nouns are not, wherever a table names a speaker or an actor.

Extraction may return "you", "yourself", "writers" or "world's largest economy" as a speaker
or an actor; the analysis leaves them out of rankings. The words are kept in
``data/not_actors.csv`` (and ``data/pronouns.csv``); a name with no capital letter at all is
a description, not a name.

>>> [is_named(n) for n in ("Lee Jae-myung", "you", "writers", "world's largest economy", "I", "U.N.", "")]
[True, False, False, False, False, True, False]
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..lexicon import read_table

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@functools.lru_cache(maxsize=1)
def not_actors() -> frozenset[str]:
    """The words (case-folded) that are never an actor on their own.

    >>> "yourself" in not_actors(), "he" in not_actors()
    (True, True)
    """
    words = {r["word"] for r in read_table("not_actors.csv")} | {r["pronoun"] for r in read_table("pronouns.csv")}
    return frozenset(w.casefold() for w in words)


def is_named(name) -> bool:
    """Whether ``name`` can stand for an actor: not blank, not a pronoun or generic noun, with a capital letter."""
    if not isinstance(name, str) or not name.strip():
        return False
    text = name.strip()
    return text.casefold() not in not_actors() and any(ch.isupper() for ch in text)


def named_only(frame: "pd.DataFrame", column: str) -> "pd.DataFrame":
    """The rows of ``frame`` whose ``column`` is a name (:func:`is_named`).

    >>> import pandas as pd
    >>> named_only(pd.DataFrame({"actor": ["Eze", "you", None]}), "actor")["actor"].tolist()
    ['Eze']
    """
    return frame[frame[column].map(is_named).astype(bool)]
