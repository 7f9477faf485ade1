"""Queries over the estimates table (:mod:`helpers.analyse.estimates`): the quantities ranked by
how many articles carry them, what a ranking leaves out, and one quantity's series, the plain
query that the chart and the explorer of :mod:`helpers.show.estimates` show, as the notebook's
tables give it (articles by their labels, at most :data:`SERIES` claimants in a chart).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .estimates import find_quantity

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .common import Note

#: The most claimants a chart draws as series of their own; the rest are gathered.
SERIES = 12
#: The series of estimates nobody is said to claim, and of the claimants a chart gathers.
UNATTRIBUTED, OTHER_CLAIMANTS = "(unattributed)", "other claimants"


def quantities(est: "pd.DataFrame", top: int | None = None) -> "pd.DataFrame":
    """The quantities, carried by most articles first (all, or the first ``top``): how many articles,
    outlets, figures and claimants carry each, the days it spans and its lowest and highest value.

    >>> import pandas as pd
    >>> est = pd.DataFrame({"quantity": ["q"] * 2, "quantity_id": ["q"] * 2, "article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "figure_id": ["a:f1", "b:f1"], "claimant": ["P", "Q"], "kind": ["count", "projection"], "value": [1.0, 5.0],
    ...     "as_of": pd.to_datetime(["2025-01-01", "2025-02-01"])})
    >>> quantities(est)[["quantity", "articles", "claimants", "lowest", "highest", "kinds"]].values.tolist()
    [['q', 2, 2, 1.0, 5.0, 'count, projection']]
    """
    import pandas as pd

    cols = ["quantity", "quantity_id", "articles", "outlets", "figures", "claimants", "first", "last", "lowest",
            "highest", "kinds"]
    if est.empty:
        return pd.DataFrame(columns=cols)
    g = est.groupby("quantity_id", sort=False)
    out = pd.DataFrame({
        "quantity": g["quantity"].first(), "articles": g["article_id"].nunique(), "outlets": g["outlet"].nunique(),
        "figures": g["figure_id"].size(), "claimants": g["claimant"].nunique(), "first": g["as_of"].min(),
        "last": g["as_of"].max(), "lowest": g["value"].min(), "highest": g["value"].max(),
        "kinds": g["kind"].agg(lambda k: ", ".join(sorted(set(k))))}).reset_index()
    out["first"], out["last"] = _days(out["first"]), _days(out["last"])
    return out[cols].head(len(out) if top is None else top).reset_index(drop=True)


def left_out(est: "pd.DataFrame", top: int = 25) -> Note:
    """What :func:`quantities` with ``top`` leaves out, as a one-line note.

    >>> import pandas as pd
    >>> left_out(pd.DataFrame({"quantity_id": ["a", "b", "b"], "article_id": ["x", "x", "y"]}), top=1)
    1 more quantity (2 figures, in 2 articles) is not shown; the explorer below lists every quantity.
    """
    from .common import Note

    ids = list(dict.fromkeys(est["quantity_id"]))
    if not ids:
        return Note("No figure counts anything that could be followed over time.")
    rest = est[est["quantity_id"].isin(ids[top:])]
    if rest.empty:
        return Note(f"All {len(ids)} quantities are shown." if len(ids) > 1 else "The one quantity is shown.")
    n, f, a = len(ids) - top, len(rest), rest["article_id"].nunique()
    return Note(f"{n} more quantit{'y' if n == 1 else 'ies'} ({f} figure{'s' * (f != 1)}, in {a} article{'s' * (a != 1)}) "
                f"{'is' if n == 1 else 'are'} not shown; the explorer below lists every quantity.")


def quantity_rows(est: "pd.DataFrame", quantity: str | None = None, claimants: Iterable[str] = ()) -> "pd.DataFrame":
    """The estimates of one quantity (id or label; default the first, carried by most articles) in
    date order, those of ``claimants`` only when some are given, with the qualifier's ``mark``
    (≥, ≈, ≤ …) and the ``series`` each belongs to in a chart (its claimant, or "(unattributed)").

    >>> import pandas as pd
    >>> est = pd.DataFrame({"quantity": ["q", "q"], "quantity_id": ["q", "q"], "claimant": ["P", None],
    ...                     "qualifier": ["at_least", "approx"], "value": [1.0, 2.0]})
    >>> quantity_rows(est)[["series", "mark"]].values.tolist()
    [['P', '≥'], ['(unattributed)', '≈']]
    """
    from ..extract.figures import QUALIFIER_MARKS

    if est.empty:
        return est.assign(mark=[], series=[])
    q = find_quantity(est, quantity) if quantity else est["quantity_id"].iloc[0]
    rows = est[est["quantity_id"] == q]
    rows = rows.assign(series=rows["claimant"].fillna(UNATTRIBUTED),
                       mark=rows["qualifier"].map(QUALIFIER_MARKS).fillna(""))
    chosen = set(claimants or ())
    if chosen:
        rows = rows[rows["series"].isin(chosen)]
    return rows.reset_index(drop=True)



def gather_series(rows: "pd.DataFrame", top: int = SERIES) -> "pd.DataFrame":
    """``rows`` (of :func:`quantity_rows`) with the ``series`` of all but the ``top`` claimants with
    most estimates (then the earliest) gathered as "other claimants"; "(unattributed)" stays apart.

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"series": ["P", "Q", "Q", "R", "(unattributed)"]})
    >>> gather_series(rows, top=1)["series"].tolist()
    ['other claimants', 'Q', 'Q', 'other claimants', '(unattributed)']
    """
    named = rows.loc[rows["series"] != UNATTRIBUTED, "series"]
    counts = named.value_counts(sort=False)
    first = {s: i for i, s in enumerate(dict.fromkeys(named))}
    keep = set(sorted(counts.index, key=lambda s: (-counts[s], first[s]))[:top])
    return rows.assign(series=[s if s in keep or s == UNATTRIBUTED else OTHER_CLAIMANTS for s in rows["series"]])


def series_table(rows: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """A quantity's estimates as a notebook shows them, in date order: the date each is for, its
    kind, the qualifier's mark and the value, who claimed it, the article ("outlet · date ·
    headline") and the figure as written.

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"article_id": ["a"], "as_of": pd.to_datetime(["2025-01-02"]), "kind": ["count"],
    ...     "mark": ["≥"], "value": [300.0], "claimant": [None], "text": ["at least 300 troops"]})
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["AP"], "published": pd.to_datetime(["2025-01-02"]),
    ...                      "headline": ["Troops arrive"]})
    >>> series_table(rows, arts).to_dict("records")[0]["article"]
    'AP · 2025-01-02 · Troops arrive'
    """
    from .overview import labelled

    cols = ["as_of", "kind", "mark", "value", "claimant", "article_id", "text"]
    out = labelled(rows[cols], articles) if len(rows) else rows[cols].rename(columns={"article_id": "article"})
    out["as_of"] = _days(out["as_of"])
    return out[["as_of", "kind", "mark", "value", "claimant", "article", "text"]].reset_index(drop=True)


def why_table(rows: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Why each estimate of a quantity is in it: the article, the figure, its noun and the set that
    noun counts, the subject and the rule that found it, its kind and time frame.

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"article_id": ["a"], "text": ["300 troops"], "noun": ["troops"], "counted": ["troops"],
    ...     "subject": ["Ruritania"], "subject_rule": ["agent"], "kind": ["count"], "timeframe": [None]})
    >>> list(why_table(rows, pd.DataFrame({"article_id": ["a"], "headline": ["Troops"]})).columns)[:3]
    ['article', 'text', 'noun']
    """
    from .overview import labelled

    cols = ["article_id", "text", "noun", "counted", "subject", "subject_rule", "kind", "timeframe"]
    out = labelled(rows[cols], articles) if len(rows) else rows[cols].rename(columns={"article_id": "article"})
    return out.reset_index(drop=True)


def kinds_by_outlet(rows: "pd.DataFrame") -> "pd.DataFrame":
    """How many estimates of each kind every outlet carries, most estimates first.

    >>> import pandas as pd
    >>> kinds_by_outlet(pd.DataFrame({"outlet": ["X", "Y", "Y", None], "kind": ["count", "count", "projection", "count"]}))
            outlet  count  projection  total
    0            Y      1           1      2
    1  (no outlet)      1           0      1
    2            X      1           0      1
    """
    import pandas as pd

    if rows.empty:
        return pd.DataFrame(columns=["outlet", "total"])
    table = pd.crosstab(rows["outlet"].fillna("(no outlet)"), rows["kind"])
    table.columns = [str(c) for c in table.columns]
    table = table.assign(total=table.sum(axis=1)).reset_index()
    return table.sort_values(["total", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def coverage(figures: "pd.DataFrame", est: "pd.DataFrame") -> "Note":
    """How many of the corpus's figures are placed in quantities, in how many quantities.

    >>> import pandas as pd
    >>> coverage(pd.DataFrame({"figure_id": ["a"]}), pd.DataFrame({"figure_id": ["a"], "quantity_id": ["q"]}))
    1 of 1 figure is placed in 1 quantity.
    >>> coverage(pd.DataFrame({"figure_id": ["a", "b", "c"]}), pd.DataFrame({"figure_id": ["a"], "quantity_id": ["q"]}))
    1 of 3 figures is placed in 1 quantity; the others measure rather than count (shares, lengths of time), count nothing to follow, or name no owner in a corpus of many stories.
    """
    from .common import Note

    n, total, q = len(est), len(figures), est["quantity_id"].nunique() if len(est) else 0
    placed = (f"{n:,} of {total:,} figure{'s' * (total != 1)} {'is' if n == 1 else 'are'} placed in {q:,} "
              f"quantit{'y' if q == 1 else 'ies'}")
    if n == total:
        return Note(placed + ".")
    return Note(placed + "; the others measure rather than count (shares, lengths of time), count nothing to "
                "follow, or name no owner in a corpus of many stories.")


def _days(dates: "pd.Series") -> "pd.Series":
    """Dates as days (``datetime.date``), missing ones as None."""
    import pandas as pd

    return pd.Series([d.date() if pd.notna(d) else None for d in dates], index=dates.index, dtype=object)
