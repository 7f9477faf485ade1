"""Queries over the reactions table: statements by country and stance, what each side said.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..extract.reactions import stance_labels

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .common import Note

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
    >>> r = pd.DataFrame({"country": ["Kenya", "Kenya", None], "stance": ["warn", "report", "warn"]})
    >>> reactions_matrix(r).to_dict("records")
    [{'country': 'Kenya', 'report': 1, 'warn': 1, 'total': 2}, {'country': '(unknown)', 'report': 0, 'warn': 1, 'total': 1}]
    """
    import pandas as pd

    if reactions.empty:
        return pd.DataFrame({"country": pd.Series(dtype="object"), "total": pd.Series(dtype="int64")})
    return _stance_matrix(_with_country(reactions), "country")


def _stance_matrix(r: "pd.DataFrame", key: str) -> "pd.DataFrame":
    """Statements per ``key`` (rows, most first, ``(unknown)`` last) and stance (columns, lexicon order), with a total."""
    import pandas as pd

    wide = pd.crosstab(r[key], r["stance"])
    order = [s for s in stance_labels() if s in wide.columns]
    wide = wide[order + sorted(c for c in wide.columns if c not in order)]
    wide.columns.name = None
    out = wide.assign(total=wide.sum(axis=1)).reset_index()
    out = out.assign(_unknown=_country_order(out[key]))
    return (out.sort_values(["_unknown", "total", key], ascending=[True, False, True], kind="stable")
            .drop(columns="_unknown").reset_index(drop=True))


def what_each_side_said(reactions: "pd.DataFrame") -> "pd.DataFrame":
    """One row per actor: its country, how many statements, their stances and what it said.

    ``said`` joins the statements in reading order, each prefixed by its stance in brackets.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"article_id": ["a", "a"], "start": [5, 1], "actor": ["Eze", "Eze"],
    ...                   "country": ["X", "X"], "stance": ["warn", "report"], "text": ["war looms", "talks end"]})
    >>> what_each_side_said(r).to_dict("records")
    [{'country': 'X', 'actor': 'Eze', 'statements': 2, 'stances': 'report, warn', 'said': '[report] talks end | [warn] war looms'}]
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



# -- sides that fit the corpus ------------------------------------------------------------------
#: Sides are countries when the statements with a country come from at least this many countries …
MIN_COUNTRIES = 3
#: … and no one country makes more than this share of them.
MAX_TOP_SHARE = 0.6
#: How the two kinds of side are named in tables.
SIDE_NAMES = {"country": "country", "actor": "actor"}


def side_kind(reactions: "pd.DataFrame") -> str:
    """``"country"`` when the statements come from several countries, else ``"actor"`` (people and organisations).

    Several countries: at least :data:`MIN_COUNTRIES` of them, none with more than
    :data:`MAX_TOP_SHARE` of the statements that have a country.

    >>> import pandas as pd
    >>> side_kind(pd.DataFrame({"country": ["A", "B", "C", "A"]})), side_kind(pd.DataFrame({"country": ["A"] * 9 + ["B"]}))
    ('country', 'actor')
    """
    countries = reactions["country"].map(lambda c: c.strip() if isinstance(c, str) else "")
    counts = countries[countries != ""].value_counts()
    if len(counts) >= MIN_COUNTRIES and counts.iloc[0] <= MAX_TOP_SHARE * counts.sum():
        return "country"
    return "actor"


def with_side(reactions: "pd.DataFrame", by: str = "auto") -> tuple["pd.DataFrame", str]:
    """The reactions with a ``side`` column, and the kind of side (``by``: auto, country or actor).

    A country side of a statement without one is ``(unknown)``; an actor side keeps only named
    actors (no pronouns or generic nouns, :func:`helpers.analyse.named.is_named`).

    >>> import pandas as pd
    >>> r = pd.DataFrame({"actor": ["Eze", "you"], "country": [None, None]})
    >>> with_side(r)[0]["side"].tolist(), with_side(r, "country")[0]["side"].tolist()
    (['Eze'], ['(unknown)', '(unknown)'])
    """
    from .named import named_only

    kind = side_kind(reactions) if by == "auto" else by
    if kind not in SIDE_NAMES:
        raise ValueError(f"by must be auto, country or actor, not {by!r}")
    if kind == "country":
        return _with_country(reactions).assign(side=lambda r: r["country"]), kind
    named = named_only(reactions, "actor")
    return named.assign(side=named["actor"].str.strip()), kind


def sides_matrix(reactions: "pd.DataFrame", by: str = "auto") -> tuple["pd.DataFrame", str]:
    """Statements per side (rows) and stance (columns, lexicon order), with a total, most first;
    ``(unknown)`` last. Returns the table and the kind of side.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"actor": ["Eze", "Eze", "Lee"], "country": [None] * 3, "stance": ["warn", "report", "warn"]})
    >>> sides_matrix(r)[0].to_dict("records")[0]
    {'side': 'Eze', 'report': 1, 'warn': 1, 'total': 2}
    """
    import pandas as pd

    r, kind = with_side(reactions, by)
    if r.empty:
        return pd.DataFrame({"side": pd.Series(dtype="object"), "total": pd.Series(dtype="int64")}), kind
    return _stance_matrix(r, "side"), kind


def chart_rows(matrix: "pd.DataFrame", n: int = 15) -> "pd.DataFrame":
    """The rows a chart of :func:`sides_matrix` draws: the ``n`` largest named sides, never ``(unknown)``.

    >>> import pandas as pd
    >>> chart_rows(pd.DataFrame({"side": ["A", "(unknown)"], "total": [2, 90]}))["side"].tolist()
    ['A']
    """
    return matrix[matrix["side"] != UNKNOWN_COUNTRY].head(n).reset_index(drop=True)


def side_statements(reactions: "pd.DataFrame", by: str = "auto", examples: int = 2, width: int = 140) -> "pd.DataFrame":
    """One row per side, most statements first: how many, in how many articles, its commonest
    stances, and its first ``examples`` statements (in reading order, cut to ``width`` characters).

    >>> import pandas as pd
    >>> r = pd.DataFrame({"article_id": ["a", "a"], "start": [5, 1], "actor": ["Eze", "Eze"], "country": [None, None],
    ...                   "stance": ["warn", "report"], "text": ["war looms", "talks end"]})
    >>> side_statements(r).to_dict("records")
    [{'side': 'Eze', 'statements': 2, 'articles': 1, 'stances': 'report 1, warn 1', 'examples': '[report] talks end | [warn] war looms'}]
    """
    import pandas as pd

    cols = ["side", "statements", "articles", "stances", "examples"]
    r, _ = with_side(reactions, by)
    if r.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    r = r.sort_values(["article_id", "start"], kind="stable")
    cut = r["text"].map(lambda t: t if len(t) <= width else t[:width - 1].rstrip() + "…")
    r = r.assign(said="[" + r["stance"] + "] " + cut)

    def stances(s: "pd.Series") -> str:
        counts = s.value_counts()
        counts = counts.sort_index().sort_values(ascending=False, kind="stable").head(3)
        return ", ".join(f"{k} {v}" for k, v in counts.items())

    out = r.groupby("side", sort=True).agg(statements=("text", "size"), articles=("article_id", "nunique"),
                                           stances=("stance", stances),
                                           examples=("said", lambda s: " | ".join(list(s)[:examples]))).reset_index()
    out = out.assign(_unknown=_country_order(out["side"]))
    return (out.sort_values(["_unknown", "statements", "side"], ascending=[True, False, True], kind="stable")[cols]
            .reset_index(drop=True))


def filter_sides(reactions: "pd.DataFrame", sides: Iterable[str] | None = None, stances: Iterable[str] | None = None,
                 by: str = "auto") -> "pd.DataFrame":
    """The statements of the given sides and stances (None or empty: all), in reading order, with a ``side`` column.

    >>> import pandas as pd
    >>> r = pd.DataFrame({"article_id": ["a", "a"], "start": [2, 1], "actor": ["Eze", "Lee"], "country": [None, None],
    ...                   "stance": ["warn", "warn"]})
    >>> filter_sides(r, ["Lee"])["start"].tolist()
    [1]
    """
    r, _ = with_side(reactions, by)
    sides, stances = list(sides or []), list(stances or [])
    if sides:
        r = r[r["side"].isin(sides)]
    if stances:
        r = r[r["stance"].isin(stances)]
    return r.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def describe_sides(reactions: "pd.DataFrame") -> "Note":
    """One line saying which sides fit the statements, and why.

    >>> import pandas as pd
    >>> describe_sides(pd.DataFrame({"country": ["A", "B", "C"], "actor": ["x", "y", "z"]}))
    3 countries make statements, none more than 60% of them: the sides are countries.
    """
    from .common import Note

    countries = reactions["country"].map(lambda c: c.strip() if isinstance(c, str) else "")
    counts = countries[countries != ""].value_counts()
    if side_kind(reactions) == "country":
        return Note(f"{len(counts):,} countries make statements, none more than {MAX_TOP_SHARE:.0%} of them: the sides are countries.")
    if counts.empty:
        return Note("No statement has a country: the sides are people and organisations.")
    top = counts.sort_index().sort_values(ascending=False, kind="stable")
    return Note(f"{len(counts):,} countr{'y' if len(counts) == 1 else 'ies'} make statements, {top.index[0]} "
                f"{top.iloc[0] / counts.sum():.0%} of those with one: the sides are people and organisations.")
