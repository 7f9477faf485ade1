"""Queries over the reactions table: statements by country and stance, what each side said.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..extract.reactions import stance_labels

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

UNKNOWN_COUNTRY = "(unknown)"


def _with_country(reactions: "pd.DataFrame") -> "pd.DataFrame":
    """Reactions with a missing country shown as ``(unknown)``."""
    return reactions.assign(country=reactions["country"].fillna(UNKNOWN_COUNTRY).replace("", UNKNOWN_COUNTRY))


def _country_order(countries: "pd.Series") -> "pd.Series":
    """A sort key that puts ``(unknown)`` after every named country."""
    return countries.eq(UNKNOWN_COUNTRY)


def reactions_matrix(reactions: "pd.DataFrame") -> "pd.DataFrame":
    """Statements per country (rows) and stance (columns), with a total; most statements first.

    Stance columns follow the lexicon's order; a missing country is ``(unknown)``, listed last.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"country": ["Ukraine", "Ukraine", None], "stance": ["warn", "report", "warn"]})
    >>> reactions_matrix(r).to_dict("records")
    [{'country': 'Ukraine', 'report': 1, 'warn': 1, 'total': 2}, {'country': '(unknown)', 'report': 0, 'warn': 1, 'total': 1}]
    """
    import pandas as pd

    if reactions.empty:
        return pd.DataFrame({"country": pd.Series(dtype="object"), "total": pd.Series(dtype="int64")})
    r = _with_country(reactions)
    wide = pd.crosstab(r["country"], r["stance"])
    order = [s for s in stance_labels() if s in wide.columns]
    wide = wide[order + sorted(c for c in wide.columns if c not in order)]
    wide.columns.name = None
    out = wide.assign(total=wide.sum(axis=1)).reset_index()
    out = out.assign(_unknown=_country_order(out["country"]))
    return (out.sort_values(["_unknown", "total", "country"], ascending=[True, False, True], kind="stable")
            .drop(columns="_unknown").reset_index(drop=True))


def what_each_side_said(reactions: "pd.DataFrame") -> "pd.DataFrame":
    """One row per actor: its country, how many statements, their stances and what it said.

    ``said`` joins the statements in reading order, each prefixed by its stance in brackets.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"article_id": ["a", "a"], "start": [5, 1], "actor": ["Kim", "Kim"],
    ...                   "country": ["X", "X"], "stance": ["warn", "report"], "text": ["war looms", "talks end"]})
    >>> what_each_side_said(r).to_dict("records")
    [{'country': 'X', 'actor': 'Kim', 'statements': 2, 'stances': 'report, warn', 'said': '[report] talks end | [warn] war looms'}]
    """
    import pandas as pd

    cols = ["country", "actor", "statements", "stances", "said"]
    if reactions.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    r = _with_country(reactions).sort_values(["article_id", "start"], kind="stable")
    r = r.assign(said="[" + r["stance"] + "] " + r["text"])
    out = r.groupby(["country", "actor"], sort=True).agg(
        statements=("text", "size"), stances=("stance", lambda s: ", ".join(sorted(set(s)))),
        said=("said", " | ".join)).reset_index()
    out = out.assign(_unknown=_country_order(out["country"]))
    return (out.sort_values(["_unknown", "country", "statements", "actor"], ascending=[True, True, False, True],
                            kind="stable")[cols].reset_index(drop=True))


def filter_reactions(reactions: "pd.DataFrame", countries: Iterable[str] | None = None,
                     stances: Iterable[str] | None = None) -> "pd.DataFrame":
    """The reactions of the given countries and stances (None or empty: all), in reading order.

    ``(unknown)`` selects the rows without a country.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"article_id": ["a", "a", "a"], "start": [1, 2, 3], "country": ["X", None, "Y"],
    ...                   "stance": ["warn", "warn", "confirm"]})
    >>> filter_reactions(r, countries=["(unknown)", "Y"]).start.tolist(), filter_reactions(r, stances=["warn"]).start.tolist()
    ([2, 3], [1, 2])
    """
    r = _with_country(reactions)
    countries, stances = list(countries or []), list(stances or [])
    keep = r["country"].isin(countries) if countries else r["country"].notna()
    if stances:
        keep &= r["stance"].isin(stances)
    out = reactions[keep.to_numpy()]
    return out.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)

