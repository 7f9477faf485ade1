"""Load the hand-kept knowledge in ``data/*.csv``: small CSVs whose ``#`` lines are comments.

Every judgement about the world (month spellings, abbreviations, layout markers, outlets,
actors, reporting verbs, qualifiers) is a row in one of these files, so an analyst can read and
extend it without touching code. Files are read once per process.

>>> rows = read_table("months.csv")
>>> rows[0]["spelling"], rows[0]["month"]
('january', '1')
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .paths import DATA


#: The upper-case letters of the Latin (with accents), Greek and Cyrillic alphabets, for a regex
#: character class: ``rf"[{UPPER}]"`` matches the "É" of "Émilie" and the "Ł" of "Łukasz", as
#: ``[A-Z]`` cannot.
def _ranges(codes: list[int]) -> str:
    """Code points as a character class body of ranges ("A-Z" rather than 26 letters)."""
    out, start = [], None
    for i, c in enumerate(codes):
        if start is None:
            start = c
        if i + 1 == len(codes) or codes[i + 1] != c + 1:
            out.append(chr(start) if start == c else f"{chr(start)}-{chr(c)}")
            start = None
    return "".join(out)


UPPER = _ranges([c for c in range(0x41, 0x0530) if chr(c).isupper()])


@lru_cache(maxsize=None)
def _read(path: str) -> tuple[dict[str, str], ...]:
    p = Path(path)
    try:
        lines = [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    except FileNotFoundError:
        raise FileNotFoundError(f"{p}: data file missing (expected in {DATA})") from None
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    rows = []
    for n, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"{p}: row {n} has {len(row)} fields, the header has {len(reader.fieldnames or [])}")
        rows.append({k.strip(): v.strip() for k, v in row.items()})
    return tuple(rows)


def read_table(name: str, data_dir: Path | str | None = None) -> list[dict[str, str]]:
    """Rows of ``data/<name>`` as dicts of stripped strings, comments skipped.

    >>> [r["code"] for r in read_table("outlets.csv")][:2]
    ['AP', 'Reuters']
    """
    return [dict(r) for r in _read(str(Path(data_dir or DATA) / name))]


@lru_cache(maxsize=None)
def months() -> dict[str, int]:
    """Month spelling (lower case, no full stop) → month number.

    >>> months()["sept"], months()["october"]
    (9, 10)
    """
    return {r["spelling"]: int(r["month"]) for r in _read(str(DATA / "months.csv"))}


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    """Words (lower case, without the final full stop) that a full stop does not end a sentence after.

    >>> "gen" in abbreviations() and "oct" in abbreviations(), "december" in abbreviations()
    (True, False)
    """
    words = {r["abbreviation"].lower() for r in _read(str(DATA / "abbreviations.csv"))}
    full = {}
    for spelling, number in months().items():
        full[number] = max(full.get(number, ""), spelling, key=len)
    # "Oct." is an abbreviation, "December." ends a sentence: keep only the shortened spellings.
    return frozenset(words | {s for s in months() if s != full[months()[s]]})


def letter_tree(phrases: Iterable[str], space: str = r"\s+") -> str:
    """A word list as one regex alternation shaped as a letter tree: one branch per letter, so the
    regex engine tries a few branches at each place rather than every phrase (much faster for
    lists of hundreds, case-blind ones most). Where a phrase ends and a longer one goes on, the
    longer is tried first, as in a list sorted longest first. A space in a phrase matches
    ``space`` (any run of white space by default). An empty list matches nothing.

    >>> letter_tree(["last week", "week", "weekend"])
    '(?:last\\\\s+week|week(?:end)?)'
    >>> bool(re.fullmatch(letter_tree(["call", "calls for"]), "calls  for")), letter_tree([])
    (True, '(?!)')
    """
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def branch(node: dict) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body

    return branch(tree) if tree else "(?!)"
