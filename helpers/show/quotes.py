"""Quotes shown in their sentences, the quoted words marked: escaped HTML for explorers.

The HTML is made by :func:`helpers.show.html.mark_spans`, which escapes the article text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..analyse.quotes import speaker_label

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

CONTEXT_COLUMNS = ["article_id", "para_no", "speaker", "verb", "quote", "sentence"]


def quotes_in_context(quotes: "pd.DataFrame", sentences: "pd.DataFrame", speaker: str | None = None) -> "pd.DataFrame":
    """Each quote (of ``speaker``, or all) with the sentence(s) it lies in, the quoted words marked.

    ``sentence`` is escaped HTML with the quote inside ``<mark>``; a quote running over several
    sentences shows them all. ``speaker`` matches :func:`speaker_label` (``(unattributed)`` too).

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a"], "para_no": [1], "sent_no": [1], "text": ['"Go <now>," Eze said.'],
    ...                   "start": [10], "end": [31]})
    >>> q = pd.DataFrame({"article_id": ["a"], "quote_id": [1], "text": ["Go <now>,"], "speaker": ["Eze"],
    ...                   "speaker_text": ["Eze"], "verb": ["said"], "para_no": [1], "start": [11], "end": [20]})
    >>> quotes_in_context(q, s).sentence.tolist()
    ['&quot;<mark>Go &lt;now&gt;,</mark>&quot; Eze said.']
    """
    import pandas as pd

    from .html import mark_spans

    if quotes.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in CONTEXT_COLUMNS})
    q = quotes.assign(speaker=speaker_label(quotes))
    if speaker not in (None, "", "(all)"):
        q = q[q["speaker"] == speaker]
    q = q.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
    q = q.assign(_q=range(len(q)))
    s = sentences[["article_id", "text", "start", "end"]].rename(
        columns={"text": "s_text", "start": "s_start", "end": "s_end"})
    pairs = q[["_q", "article_id", "start", "end"]].merge(s, on="article_id")
    pairs = pairs[(pairs["s_start"] < pairs["end"]) & (pairs["s_end"] > pairs["start"])].sort_values(["_q", "s_start"])
    marked = [mark_spans(t, [(max(a, ss) - ss, min(b, se) - ss)])
              for t, a, b, ss, se in zip(pairs["s_text"], pairs["start"], pairs["end"], pairs["s_start"], pairs["s_end"])]
    context = pairs.assign(marked=marked).groupby("_q")["marked"].agg(" ".join)
    # a quote outside the body sentences (a caption, say) is shown on its own
    alone = pd.Series([mark_spans(t, [(0, len(t))]) for t in q["text"]], index=q["_q"])
    out = q.assign(quote=q["text"], sentence=context.reindex(q["_q"]).fillna(alone).to_numpy())
    return out[CONTEXT_COLUMNS].reset_index(drop=True)
