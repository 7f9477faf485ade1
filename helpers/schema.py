"""The table contract: the columns of every table, in order (DESIGN.md lists the required ones).

Extractors return plain dicts; :mod:`helpers.corpus` turns them into DataFrames with exactly
these columns, so an empty table still has its columns.

>>> COLUMNS["quotes"][:3]
('article_id', 'quote_id', 'text')
"""
from __future__ import annotations

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
