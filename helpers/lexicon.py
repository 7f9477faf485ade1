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
from functools import lru_cache
from pathlib import Path

from .paths import DATA


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
