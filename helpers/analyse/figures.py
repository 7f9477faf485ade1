"""Queries over the figures table: filtering, and the key figures of each article.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..extract.figures import QUALIFIER_MARKS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def filter_figures(figures: "pd.DataFrame", category: str | None = None, claimant: str | None = None,
                   article_id: str | None = None) -> "pd.DataFrame":
    """The figures of one category, claimant and/or article (None means any), in reading order.

    ``claimant`` matches the canonical claimant or the claimant as written, ignoring case.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [5, 1, 0], "category": ["money", "area", "money"],
    ...                   "claimant": ["ONS", None, "ONS"], "claimant_text": ["the ONS", None, "ONS"]})
    >>> filter_figures(f, category="money", claimant="ons").article_id.tolist()
    ['a', 'b']
    """
    mask = figures["article_id"].notna() if "article_id" in figures else figures.index.notna()
    if category is not None:
        mask &= figures["category"] == category
    if claimant is not None:
        want = claimant.strip().lower()
        mask &= ((figures["claimant"].fillna("").str.lower() == want)
                 | (figures["claimant_text"].fillna("").str.lower() == want))
    if article_id is not None:
        mask &= figures["article_id"] == article_id
    return figures[mask.astype(bool)].sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def key_figures(figures: "pd.DataFrame", articles: "pd.DataFrame | None" = None, top: int = 15) -> "pd.DataFrame":
    """The figures worth charting: those that count a known kind of thing (not durations or
    unknown nouns), largest first (a range by its midpoint), with the ``outlet``, a ``label``
    ("AP: ≥ 2,500 soldiers", "AP: 10–12 boats") and the qualifier's ``mark`` (:data:`QUALIFIER_MARKS`).

    >>> import pandas as pd
    >>> f = pd.DataFrame({"article_id": ["a", "a", "a"], "figure_id": ["a:f1", "a:f2", "a:f3"], "value": [2500, 14, 11],
    ...                   "value_min": [None, None, 10], "value_max": [None, None, 12],
    ...                   "qualifier": ["at_least", "exact", "range"], "noun": ["soldiers", "month", "boats"],
    ...                   "category": ["personnel", "duration", "materiel"], "claimant": ["Interpol", None, None],
    ...                   "timeframe": [None, None, None], "start": [0, 9, 20]})
    >>> key_figures(f)[["label", "mark", "value"]].values.tolist()
    [['a: ≥ 2,500 soldiers', '≥', 2500], ['a: 10–12 boats', '–', 11]]
    """
    import pandas as pd

    cols = ["article_id", "outlet", "figure_id", "label", "mark", "value", "value_min", "value_max", "qualifier", "noun",
            "category", "claimant", "timeframe"]
    if "value_min" not in figures:  # a table saved before ranges had their low end apart
        figures = figures.assign(value_min=figures["value"].where(figures["value_max"].notna()))
    f = figures[figures["category"].notna() & ~figures["category"].isin(["duration", "other"]) & figures["value"].notna()]
    if f.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    outlets = {}
    if articles is not None and "outlet" in articles:
        outlets = {a: o for a, o in zip(articles["article_id"], articles["outlet"]) if isinstance(o, str) and o}
    f = f.assign(mark=f["qualifier"].map(QUALIFIER_MARKS).fillna(""),
                 outlet=[outlets.get(a, a) for a in f["article_id"]])
    f = f.sort_values(["value", "article_id", "start"], ascending=[False, True, True], kind="stable").head(top)
    labels = []
    for r in f.itertuples():
        ranged = pd.notna(r.value_max) and pd.notna(r.value_min)
        amount = f"{_fmt(r.value_min)}–{_fmt(r.value_max)}" if ranged else _fmt(r.value)
        mark = "" if r.qualifier == "range" or not r.mark else f"{r.mark} "
        labels.append(f"{r.outlet}: {mark}{amount} {r.noun or ''}".rstrip())
    out = f.assign(label=labels)[cols].reset_index(drop=True)
    for c in ("value_min", "value_max"):
        out[c] = out[c].astype(object).where(out[c].notna(), None)
    return out


def _fmt(value) -> str:
    """A number as a reader writes it: "2,500", "1.5", "12,000,000"."""
    v = float(value)
    return f"{int(v):,}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")



def figures_by_outlet(figures: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Figures per outlet (rows, most first) and category (columns, most first; ``(no noun)`` for
    figures that count nothing named), with a total.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> f = pd.DataFrame({"article_id": ["a", "a", "b"], "category": ["money", None, "money"]})
    >>> figures_by_outlet(f, arts).to_dict("records")[0]
    {'outlet': 'AP', 'money': 1, '(no noun)': 1, 'total': 2}
    """
    import pandas as pd

    from .overview import outlet_of

    if figures.empty:
        return pd.DataFrame({"outlet": pd.Series(dtype="object"), "total": pd.Series(dtype="int64")})
    f = figures.assign(outlet=figures["article_id"].astype(str).map(outlet_of(articles)),
                       category=figures["category"].fillna("(no noun)"))
    wide = pd.crosstab(f["outlet"], f["category"])
    wide = wide[sorted(wide.columns, key=lambda c: (-wide[c].sum(), c))]
    wide.columns.name = None
    out = wide.assign(total=wide.sum(axis=1)).reset_index()
    return out.sort_values(["total", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def top_figures(figures: "pd.DataFrame", articles: "pd.DataFrame", per_category: int = 3) -> "pd.DataFrame":
    """The figures most articles give, per category (categories with most figures first): the
    ``per_category`` commonest facts of each (value and noun, as
    :func:`helpers.analyse.figure_match.fact_keys` matches them), with how many articles and
    outlets give them.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> f = pd.DataFrame({"article_id": ["a", "b"], "text": ["$15 million", "$15 million"], "value": [15e6, 15e6],
    ...                   "value_min": [None] * 2, "value_max": [None] * 2, "noun": ["dollars"] * 2,
    ...                   "category": ["money"] * 2, "qualifier": ["exact"] * 2, "start": [0, 0]})
    >>> top_figures(f, arts).values.tolist()
    [['money', '$15 million', 2, 2]]
    """
    import pandas as pd

    from .figure_match import figure_facts
    from .overview import outlet_of

    cols = ["category", "figure", "articles", "outlets"]
    f = figures[figures["category"].notna()]
    if f.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    outlets = outlet_of(articles).to_dict()
    parts = []
    for category in f["category"].value_counts().sort_index().sort_values(ascending=False, kind="stable").index:
        facts = figure_facts(f[f["category"] == category], outlets, min_units=1, skip=("duration",))
        if len(facts):
            facts = facts.sort_values(["articles", "outlets"], ascending=False, kind="stable").head(per_category)
            parts.append(facts.assign(category=category).rename(columns={"fact": "figure"})[cols])
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
