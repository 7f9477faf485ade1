"""Queries over the quotes table: who is quoted, how often, in how many articles.

>>> import pandas as pd
>>> q = pd.DataFrame({"article_id": ["a"], "speaker": [None], "speaker_text": ["a witness"], "text": ["Run"]})
>>> quotes_by_speaker(q).to_dict("records")
[{'speaker': 'a witness', 'quotes': 1, 'articles': 1}]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

UNATTRIBUTED = "(unattributed)"


def speaker_label(quotes: "pd.DataFrame") -> "pd.Series":
    """Who each quote is by, for display: the canonical speaker, else as written, else ``(unattributed)``.

    >>> import pandas as pd
    >>> speaker_label(pd.DataFrame({"speaker": ["Kim", None, None], "speaker_text": ["Mr. Kim", "an aide", None]})).tolist()
    ['Kim', 'an aide', '(unattributed)']
    """
    speaker = quotes["speaker"].where(quotes["speaker"].fillna("").astype(str).str.strip() != "")
    written = quotes["speaker_text"].where(quotes["speaker_text"].fillna("").astype(str).str.strip() != "")
    return speaker.fillna(written).fillna(UNATTRIBUTED).astype(str)


def quotes_by_speaker(quotes: "pd.DataFrame") -> "pd.DataFrame":
    """How many quotes each speaker has, and in how many articles; most quoted first, then by name.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "b", "a"], "speaker": ["Lee", "Kim", "Kim"],
    ...                   "speaker_text": ["Lee", "Kim", "he"], "text": ["x", "y", "z"]})
    >>> quotes_by_speaker(q).values.tolist()
    [['Kim', 2, 2], ['Lee', 1, 1]]
    """
    import pandas as pd

    if quotes.empty:
        return pd.DataFrame({"speaker": pd.Series(dtype="object"), "quotes": pd.Series(dtype="int64"),
                             "articles": pd.Series(dtype="int64")})
    q = quotes.assign(speaker=speaker_label(quotes))
    out = q.groupby("speaker").agg(quotes=("text", "size"), articles=("article_id", "nunique")).reset_index()
    return out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable").reset_index(drop=True)

