"""The table contract: the columns of every table, in order (DESIGN.md lists the required ones).

Extractors return plain dicts; :mod:`helpers.corpus` turns them into DataFrames with exactly
these columns, so an empty table still has its columns.

>>> COLUMNS["quotes"][:3]
('article_id', 'quote_id', 'text')
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pyarrow as pa

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "path", "outlet", "headline", "byline", "published", "published_inferred",
                 "dateline", "section", "url", "n_words", "n_paragraphs", "encoding", "notes", "format", "extra"),
    "blocks": ("article_id", "block_no", "kind", "text", "start", "end"),
    "paragraphs": ("article_id", "para_no", "text", "start", "end"),
    "sentences": ("article_id", "para_no", "sent_no", "text", "start", "end"),
    "figures": ("article_id", "figure_id", "text", "value", "value_min", "value_max", "qualifier", "noun", "category",
                "timeframe", "period_start", "period_end", "claimant", "claimant_text", "sentence",
                "para_no", "start", "end", "sent_no"),
    "quotes": ("article_id", "quote_id", "text", "speaker", "speaker_text", "verb", "partial", "medium",
               "para_no", "start", "end", "speaker_kind", "speaker_country", "attribution", "speaker_start",
               "speaker_end"),
    "mentions": ("article_id", "text", "canonical", "kind", "country", "in_gazetteer", "para_no", "start", "end"),
    "reactions": ("article_id", "actor", "actor_text", "country", "verb", "stance", "kind", "text", "para_no", "start",
                  "end", "quote_id"),
    "timeline": ("article_id", "date", "date_end", "precision", "expression", "event", "resolved", "para_no",
                 "start", "end", "relation", "rule", "source", "event_start"),
}

#: The type of every column that does not hold text (by column name, in every table); the
#: others hold strings or missing values. An integer column with a missing value becomes float,
#: a boolean column with one becomes object, as pandas does; dates become ``datetime64[s]``.
COLUMN_TYPES: dict[str, str] = {
    **dict.fromkeys(("start", "end", "para_no", "sent_no", "block_no", "n_words", "n_paragraphs", "event_start"), "int"),
    **dict.fromkeys(("value", "value_min", "value_max", "speaker_start", "speaker_end"), "float"),
    **dict.fromkeys(("published_inferred", "partial", "in_gazetteer", "resolved"), "bool"),
    **dict.fromkeys(("published", "period_start", "period_end", "date", "date_end"), "date"),
}

#: Sort order of each table, so outputs are deterministic whatever the load order.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "blocks": ("article_id", "start"),
    "paragraphs": ("article_id", "para_no"),
    "sentences": ("article_id", "start"),
    "figures": ("article_id", "start"),
    "quotes": ("article_id", "start"),
    "mentions": ("article_id", "start"),
    "reactions": ("article_id", "start"),
    "timeline": ("article_id", "start"),
}

#: The qualifier vocabulary of ``figures.qualifier``.
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague")


def records_to_arrow(table: str, records: list[dict]) -> "pa.Table":
    """Records of one table → an Arrow table with the contract's columns and types, in record order.

    Keys a record lacks are missing values; keys the contract does not name are dropped. The
    types come from :data:`helpers.schema.COLUMN_TYPES`, not from the data, so every chunk of a
    parallel load, and an empty table, has the same schema.

    >>> records_to_arrow("paragraphs", [{"article_id": "a1", "para_no": 1, "text": "Hi.", "start": 0, "end": 3}]).schema.types
    [DataType(string), DataType(int64), DataType(string), DataType(int64), DataType(int64)]
    """
    import pyarrow as pa

    cols = COLUMNS[table]
    kinds = {c: COLUMN_TYPES.get(c, "str") for c in cols}
    plain = [c for c in cols if kinds[c] != "date"]
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    try:  # pyarrow converts a list of dicts to a struct array in one C++ pass: the fast path
        struct = pa.array(records, type=pa.struct([pa.field(c, types[kinds[c]]) for c in plain]))
        arrays = dict(zip(plain, struct.flatten()))
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # a value of another type: convert column by column
        arrays = {c: _column(table, c, [r.get(c) for r in records], kinds[c], types[kinds[c]]) for c in plain}
    for c in cols:
        if kinds[c] == "date":
            arrays[c] = pa.array(_as_dates([r.get(c) for r in records]), type=pa.timestamp("s"))
    return pa.table({c: arrays[c] for c in cols})


def _column(table: str, name: str, values: list, kind: str, type_) -> "pa.Array":
    """One column whose values are not all of its type: numbers and other objects in a text column
    become their text, NaN becomes missing; anything else that will not convert is an error
    naming the table and the column."""
    import pyarrow as pa

    if kind == "str":
        values = [None if v is None or v != v else v if isinstance(v, str) else str(v) for v in values]
    try:
        return pa.array(values, type=type_, from_pandas=True)
    except (pa.ArrowTypeError, pa.ArrowInvalid) as exc:
        raise TypeError(f"{table}.{name}: expected {kind} values: {exc}") from None


def _as_dates(values: list) -> "np.ndarray":
    """Dates, datetimes, Timestamps or date strings → ``datetime64[s]`` (NaT where not a date), tz-naive."""
    import pandas as pd

    stamps = pd.to_datetime(pd.Series(values, dtype=object), errors="coerce")
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_localize(None)
    return stamps.to_numpy(dtype="datetime64[s]")
