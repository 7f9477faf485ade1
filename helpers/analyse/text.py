"""Queries over the text tables: keyword in context, what each article is made of.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def kwic(sentences: "pd.DataFrame", word: str, article_id: str | None = None) -> "pd.DataFrame":
    """Keyword in context: the sentences containing ``word`` (whole words, case-insensitive).

    Returns the matching rows of ``sentences`` with a ``spans`` column of (start, end) offsets of
    each hit inside the sentence text, and ``hits`` (their count). An empty word gives no rows.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a"], "para_no": [1], "sent_no": [1], "text": ["Troops and troops."],
    ...                   "start": [0], "end": [18]})
    >>> kwic(s, "troops").spans.tolist()
    [[(0, 6), (11, 17)]]
    """
    word = (word or "").strip()
    frame = sentences if article_id is None else sentences[sentences.article_id == article_id]
    if not word:
        return frame.iloc[0:0].assign(spans=[], hits=[])
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I)
    spans = [[m.span() for m in pat.finditer(t)] for t in frame.text]
    out = frame.assign(spans=spans, hits=[len(s) for s in spans])
    return out[out.hits > 0].reset_index(drop=True)


def composition(blocks: "pd.DataFrame") -> "pd.DataFrame":
    """Characters and blocks of each kind per article, from the ``blocks`` table.

    >>> import pandas as pd
    >>> b = pd.DataFrame({"article_id": ["a", "a"], "kind": ["body", "caption"], "text": ["abc", "d"]})
    >>> composition(b).to_dict("records")[0]
    {'article_id': 'a', 'kind': 'body', 'blocks': 1, 'chars': 3, 'share': 0.75}
    """
    t = blocks.assign(chars=blocks.text.str.len())
    out = t.groupby(["article_id", "kind"], as_index=False).agg(blocks=("text", "size"), chars=("chars", "sum"))
    out["share"] = (out.chars / out.groupby("article_id").chars.transform("sum")).round(3)
    return out.sort_values(["article_id", "chars"], ascending=[True, False], kind="stable").reset_index(drop=True)

