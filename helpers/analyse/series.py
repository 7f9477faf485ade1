"""Queries over the estimates table (:mod:`helpers.analyse.estimates`): the quantities ranked by
how many articles carry them, what a ranking leaves out, and one quantity's series, the plain
query that the chart and the explorer of :mod:`helpers.show.estimates` show.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .estimates import find_quantity

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .compare import Note


def quantities(est: "pd.DataFrame", top: int = 25) -> "pd.DataFrame":
    """The quantities, carried by most articles first (at most ``top``): how many articles, outlets,
    figures and claimants carry each, the dates it spans and its lowest and highest value.

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
    return out[cols].head(top).reset_index(drop=True)


def left_out(est: "pd.DataFrame", top: int = 25) -> Note:
    """What :func:`quantities` with ``top`` leaves out, as a one-line note.

    >>> import pandas as pd
    >>> left_out(pd.DataFrame({"quantity_id": ["a", "b", "b"], "article_id": ["x", "x", "y"]}), top=1)
    1 more quantity (2 figures, in 2 articles) is not shown; the explorer below lists every quantity.
    """
    from .compare import Note  # imported here: compare is heavier than `import helpers` should be

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
    rows = rows.assign(series=rows["claimant"].fillna("(unattributed)"),
                       mark=rows["qualifier"].map(QUALIFIER_MARKS).fillna(""))
    chosen = set(claimants or ())
    if chosen:
        rows = rows[rows["series"].isin(chosen)]
    return rows.reset_index(drop=True)
