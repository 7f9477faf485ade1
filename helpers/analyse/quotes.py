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
    >>> speaker_label(pd.DataFrame({"speaker": ["Eze", None, None], "speaker_text": ["Mr. Eze", "an aide", None]})).tolist()
    ['Eze', 'an aide', '(unattributed)']
    """
    speaker = quotes["speaker"].where(quotes["speaker"].fillna("").astype(str).str.strip() != "")
    written = quotes["speaker_text"].where(quotes["speaker_text"].fillna("").astype(str).str.strip() != "")
    return speaker.fillna(written).fillna(UNATTRIBUTED).astype(str)


def quotes_by_speaker(quotes: "pd.DataFrame") -> "pd.DataFrame":
    """How many quotes each speaker has, and in how many articles; most quoted first, then by name.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "b", "a"], "speaker": ["Lee", "Eze", "Eze"],
    ...                   "speaker_text": ["Lee", "Eze", "he"], "text": ["x", "y", "z"]})
    >>> quotes_by_speaker(q).values.tolist()
    [['Eze', 2, 2], ['Lee', 1, 1]]
    """
    import pandas as pd

    if quotes.empty:
        return pd.DataFrame({"speaker": pd.Series(dtype="object"), "quotes": pd.Series(dtype="int64"),
                             "articles": pd.Series(dtype="int64")})
    q = quotes.assign(speaker=speaker_label(quotes))
    out = q.groupby("speaker").agg(quotes=("text", "size"), articles=("article_id", "nunique")).reset_index()
    return out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable").reset_index(drop=True)



def quotes_per_outlet(quotes: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """One row per outlet, most quotes first: articles, quotes, quotes per article, the share that
    are partial (a few words in the writer's sentence) and the share with no speaker.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "AP"]})
    >>> q = pd.DataFrame({"article_id": ["a", "a"], "speaker": ["Eze", None], "speaker_text": ["Eze", None],
    ...                   "partial": [False, True], "text": ["x", "y"]})
    >>> quotes_per_outlet(q, arts).to_dict("records")
    [{'outlet': 'AP', 'articles': 2, 'quotes': 2, 'per_article': 1.0, 'partial': 0.5, 'unattributed': 0.5}]
    """
    from .overview import outlet_of

    outlets = outlet_of(articles)
    q = quotes.assign(outlet=quotes["article_id"].astype(str).map(outlets),
                      _none=speaker_label(quotes).eq(UNATTRIBUTED) if len(quotes) else [],
                      _partial=quotes["partial"].fillna(False).astype(bool) if len(quotes) else [])
    per = q.groupby("outlet").agg(quotes=("text", "size"), partial=("_partial", "mean"), unattributed=("_none", "mean"))
    out = outlets.value_counts().rename("articles").to_frame().join(per).fillna({"quotes": 0})
    out["quotes"] = out["quotes"].astype("int64")
    out["per_article"] = (out["quotes"] / out["articles"]).round(1)
    out[["partial", "unattributed"]] = out[["partial", "unattributed"]].astype(float).round(2)
    out = out.rename_axis("outlet").reset_index()[["outlet", "articles", "quotes", "per_article", "partial", "unattributed"]]
    return out.sort_values(["quotes", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def top_speakers(quotes: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Named speakers, most quoted first: quotes, articles and outlets quoting them. Quotes without
    a speaker, and speakers that are pronouns or generic nouns (:mod:`helpers.analyse.named`), are left out.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b", "b"], "speaker": ["Eze", "Eze", "you"], "speaker_text": ["Eze", "he", "you"],
    ...                   "text": ["x", "y", "z"]})
    >>> top_speakers(q, arts).to_dict("records")
    [{'speaker': 'Eze', 'quotes': 2, 'articles': 2, 'outlets': 2}]
    """
    import pandas as pd

    from .named import named_only
    from .overview import outlet_of

    cols = {"speaker": "object", "quotes": "int64", "articles": "int64", "outlets": "int64"}
    q = named_only(quotes.assign(speaker=speaker_label(quotes)) if len(quotes) else quotes, "speaker")
    if q.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in cols.items()})
    q = q.assign(outlet=q["article_id"].astype(str).map(outlet_of(articles)))
    out = q.groupby("speaker").agg(quotes=("text", "size"), articles=("article_id", "nunique"),
                                   outlets=("outlet", "nunique")).reset_index()
    return out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable").reset_index(drop=True)


def speakers_by_outlet(quotes: "pd.DataFrame", articles: "pd.DataFrame", n: int = 20, outlets: int = 12) -> "pd.DataFrame":
    """Quotes of the ``n`` most quoted named speakers (rows) in each outlet (columns, most quotes
    first; beyond ``outlets`` of them the rest are summed as ``other``), with a total.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b", "b"], "speaker": ["Eze", "Eze", "Lee"], "speaker_text": [None] * 3,
    ...                   "text": ["x", "y", "z"]})
    >>> speakers_by_outlet(q, arts).to_dict("records")[0]
    {'speaker': 'Eze', 'Reuters': 1, 'AP': 1, 'total': 2}
    """
    import pandas as pd

    from .overview import outlet_of, top_and_other

    ranked = top_speakers(quotes, articles).head(n)
    if ranked.empty:
        return pd.DataFrame({"speaker": pd.Series(dtype="object"), "total": pd.Series(dtype="int64")})
    q = quotes.assign(speaker=speaker_label(quotes))
    q = q[q["speaker"].isin(ranked["speaker"])]
    q = q.assign(outlet=q["article_id"].astype(str).map(outlet_of(articles)))
    wide = pd.crosstab(q["speaker"], q["outlet"])
    wide = wide[sorted(wide.columns, key=lambda o: (-wide[o].sum(), o))]
    wide.columns.name = None
    wide = wide.reindex(ranked["speaker"]).assign(total=list(ranked["quotes"])).reset_index()
    return top_and_other(wide, [c for c in wide.columns if c not in ("speaker", "total")], outlets)


def search_quotes(quotes: "pd.DataFrame", words: str = "", speaker: str | None = None) -> "pd.DataFrame":
    """The quotes (in reading order) whose text or speaker contains ``words`` (case-insensitive),
    of ``speaker`` (as :func:`speaker_label` names it) or of anyone.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "a"], "start": [1, 2], "speaker": ["Eze", "Lee"], "speaker_text": [None, None],
    ...                   "text": ["We will win", "No comment"]})
    >>> search_quotes(q, "WIN")["speaker"].tolist(), search_quotes(q, "lee")["text"].tolist()
    (['Eze'], ['No comment'])
    """
    q = quotes.assign(speaker=speaker_label(quotes)) if len(quotes) else quotes
    if speaker not in (None, "", "(all)"):
        q = q[q["speaker"] == speaker]
    words = (words or "").strip().casefold()
    if words:
        hit = q["text"].str.casefold().str.contains(words, regex=False) | q["speaker"].str.casefold().str.contains(words, regex=False)
        q = q[hit.fillna(False).astype(bool)]
    return q.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
