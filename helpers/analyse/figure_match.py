"""Figures several articles carry: the same number (or range), compatible kinds of thing, side by side.

Figures are grouped by a key (their value, or a range's ends; vague or not), never by comparing
every pair, so a corpus of any size groups in one pass.

>>> figures_compatible("money", None), figures_compatible("money", "area")
(True, False)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import _of, _side_by_side, outlet_labels
from .quote_match import quote_words

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


FIGURE_GROUP_COLUMNS = ("group", "article_id", "outlet", "figure_id", "text", "value", "value_min", "value_max",
                        "qualifier", "noun", "category", "claimant", "start", "end", "n_articles")


def _figure_bucket(value: Any, value_min: Any, value_max: Any, text: Any, qualifier: Any) -> tuple:
    """Figures that may be the same share a bucket: the same ends for a range ("10 to 12" and
    "between 10 and 12"), the same value otherwise, and both vague ("hundreds of") or both not;
    without a value, the same words. A range and a single number never share one.

    >>> _figure_bucket(11, 10, 12, "10 to 12", "range") == _figure_bucket(11.0, 10.0, 12.0, "10-12 boats", "range")
    True
    >>> _figure_bucket(11, 10, 12, "10 to 12", "range") == _figure_bucket(11, None, None, "11 boats", "exact")
    False
    """
    def num(v: Any) -> Any:
        try:
            v = float(v)
        except (TypeError, ValueError):
            return None
        return None if v != v else round(v, 6)

    if num(value) is None:
        return ("words", quote_words(text))
    if num(value_max) is not None:
        return ("range", num(value_min), num(value_max), qualifier == "vague")
    return ("value", num(value), None, qualifier == "vague")


def figures_compatible(a: Any, b: Any) -> bool:
    """Whether two figure categories allow the figures to be the same: equal, or either unknown.

    >>> figures_compatible("military", "military"), figures_compatible("military", None), figures_compatible("money", "people")
    (True, True, False)
    """
    blank = [not (isinstance(c, str) and c.strip()) for c in (a, b)]
    return any(blank) or a == b


def figure_groups(figures: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Every figure with the ``group`` of figures that report the same number.

    Figures are the same when they have the same value (a range: the same low and high ends), are both vague or
    both not (or, without a value, have the same words), and have compatible categories (:func:`figures_compatible`); the qualifier
    ("about", "at least") and the claimant may differ, which is what
    ``figure_claims`` sets side by side. ``n_articles`` counts the articles carrying the group.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> f = pd.DataFrame({"article_id": ["a", "b", "b"], "figure_id": ["a-1", "b-1", "b-2"], "text": ["2,500 troops", "about 2,500", "$5"],
    ...                   "value": [3000.0, 3000.0, 5.0], "value_max": [None] * 3, "category": ["military", None, "money"],
    ...                   "start": [0, 0, 20], "end": [12, 11, 22]})
    >>> figure_groups(f, arts)[["group", "text", "n_articles"]].values.tolist()
    [[1, '2,500 troops', 2], [1, 'about 2,500', 2], [2, '$5', 1]]
    """
    import pandas as pd

    labels = outlet_labels(articles)
    f = _of(figures, labels, FIGURE_GROUP_COLUMNS[3:14])
    if f.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in FIGURE_GROUP_COLUMNS})
    if f["value_min"].isna().all():  # a table without the low end of its ranges: the value was the low end
        f["value_min"] = f["value"].where(f["value_max"].notna())
    keys = list(map(_figure_bucket, f["value"], f["value_min"], f["value_max"], f["text"], f["qualifier"]))
    # Within a bucket, figures of one category are one fact; a figure without a category fits
    # every category, so a bucket holding one is a single fact (as linking all compatible pairs would give).
    blank_in: set[tuple] = {k for k, c in zip(keys, f["category"]) if not (isinstance(c, str) and c.strip())}
    facts = [(k, None if k in blank_in else c) for k, c in zip(keys, f["category"])]
    number: dict[tuple, int] = {}
    group = [number.setdefault(fact, len(number) + 1) for fact in facts]
    out = f.assign(group=group, outlet=f["article_id"].map(labels))
    out["n_articles"] = out.groupby("group")["article_id"].transform("nunique")
    return out[list(FIGURE_GROUP_COLUMNS)].sort_values(["group", "article_id", "start"], kind="stable").reset_index(drop=True)


#: The columns of :func:`figure_claims` before the per-outlet ones.
FIGURE_CLAIM_COLUMNS = ("figure", "value", "value_min", "value_max", "noun", "category", "outlets", "qualifiers_differ")


def _first_noun(nouns: "pd.Series") -> Any:
    """The noun most figures of a group use (the first such in reading order), or None."""
    named = [n for n in nouns if isinstance(n, str) and n.strip()]
    if not named:
        return None
    counts: dict[str, int] = {}
    for n in named:
        counts[n] = counts.get(n, 0) + 1
    return max(counts, key=lambda n: (counts[n], -named.index(n)))


def figure_claims(figures: "pd.DataFrame", articles: "pd.DataFrame", min_articles: int = 2) -> "pd.DataFrame":
    """The same fact as several outlets report it: one row per figure carried by ``min_articles``
    or more articles, each outlet's wording, qualifier and claimant side by side.

    Figures are the same fact when :func:`figure_groups` puts them together (same value, or the
    same ends of a range; compatible categories), so "2,500 soldiers" (exact) in one outlet and "at least 2,500
    South Koreans" in another make one row, with ``qualifiers_differ`` true. Columns: figure (the
    group number), value (a range's midpoint), value_min and value_max (a range's ends), noun (the one most of its figures use), category, outlets
    (how many articles carry it), qualifiers_differ, then for each outlet "<outlet>" (its wording,
    several joined with " | "), "<outlet> qualifier" and "<outlet> claimant". Works for any
    number of articles; ``min_articles=1`` lists every figure.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> f = pd.DataFrame({"article_id": ["a", "b"], "figure_id": ["a:f1", "b:f1"], "text": ["2,500 soldiers", "at least 2,500"],
    ...                   "value": [3000, 3000], "value_max": [None, None], "qualifier": ["exact", "at_least"],
    ...                   "noun": ["soldiers", None], "category": ["personnel", None], "claimant": ["NIS", "United States"],
    ...                   "start": [0, 0], "end": [14, 14]})
    >>> figure_claims(f, arts).iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'figure': 1, 'value': 3000, 'value_min': None, 'value_max': None, 'noun': 'soldiers', 'category': 'personnel', 'outlets': 2,
     'qualifiers_differ': True, 'A': '2,500 soldiers', 'A qualifier': 'exact', 'A claimant': 'NIS',
     'B': 'at least 2,500', 'B qualifier': 'at_least', 'B claimant': 'United States'}
    """
    import pandas as pd

    labels = outlet_labels(articles)
    groups = figure_groups(figures, articles)
    shared = groups[groups["n_articles"] >= min_articles]
    wide = _side_by_side(shared, "group", {"": "text", "qualifier": "qualifier", "claimant": "claimant"}, labels)
    wide = wide.rename(columns={"group": "figure"})
    if shared.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in (*FIGURE_CLAIM_COLUMNS, *wide.columns[1:])})
    by_group = shared.groupby("group", sort=True)
    facts = pd.DataFrame({
        "value": by_group["value"].first(),
        "value_min": by_group["value_min"].first(),
        "value_max": by_group["value_max"].first(),
        "noun": by_group["noun"].agg(_first_noun),
        "category": by_group["category"].agg(lambda c: next((v for v in c if isinstance(v, str) and v), None)),
        "outlets": by_group["n_articles"].first(),
        "qualifiers_differ": by_group["qualifier"].agg(lambda q: q.dropna().nunique() > 1),
    })
    for c in ("value_min", "value_max"):
        facts[c] = facts[c].astype(object).where(facts[c].notna(), None)
    out = wide.join(facts, on="figure")
    return out[list(FIGURE_CLAIM_COLUMNS) + list(wide.columns[1:])].reset_index(drop=True)
