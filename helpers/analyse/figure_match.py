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
    ...                   "value": [2500.0, 2500.0, 5.0], "value_max": [None] * 3, "category": ["military", None, "money"],
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
    Kenyans" in another make one row, with ``qualifiers_differ`` true. Columns: figure (the
    group number), value (a range's midpoint), value_min and value_max (a range's ends), noun (the one most of its figures use), category, outlets
    (how many articles carry it), qualifiers_differ, then for each outlet "<outlet>" (its wording,
    several joined with " | "), "<outlet> qualifier" and "<outlet> claimant". Works for any
    number of articles; ``min_articles=1`` lists every figure.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> f = pd.DataFrame({"article_id": ["a", "b"], "figure_id": ["a:f1", "b:f1"], "text": ["2,500 soldiers", "at least 2,500"],
    ...                   "value": [2500, 2500], "value_max": [None, None], "qualifier": ["exact", "at_least"],
    ...                   "noun": ["soldiers", None], "category": ["personnel", None], "claimant": ["Interpol", "United States"],
    ...                   "start": [0, 0], "end": [14, 14]})
    >>> figure_claims(f, arts).iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'figure': 1, 'value': 2500, 'value_min': None, 'value_max': None, 'noun': 'soldiers', 'category': 'personnel', 'outlets': 2,
     'qualifiers_differ': True, 'A': '2,500 soldiers', 'A qualifier': 'exact', 'A claimant': 'Interpol',
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


# -- facts across outlets ---------------------------------------------------------------------
#: Figures below this value are everyday counts ("two states", "one day"): not facts to match across outlets.
MIN_FACT_VALUE = 10
#: Kinds of figure that are not facts to match across outlets: how long something took, and a
#: share ("40 percent") without what it is a share of.
NOT_FACT_CATEGORIES = ("duration", "share")
FACT_COLUMNS = ("fact", "value", "noun", "category", "outlets", "articles", "which", "example")


def noun_key(noun) -> str:
    """A noun folded for matching: lower case, a plain plural -s dropped ("Delegates" → "delegate").

    >>> noun_key("Delegates"), noun_key("dollars"), noun_key("press"), noun_key(None)
    ('delegate', 'dollar', 'press', '')
    """
    n = noun.strip().casefold() if isinstance(noun, str) else ""
    return n[:-1] if n.endswith("s") and not n.endswith("ss") and len(n) > 3 else n


def fact_keys(figures: "pd.DataFrame", skip: tuple[str, ...] = NOT_FACT_CATEGORIES) -> "pd.Series":
    """Each figure's blocking key as a fact — its value (a range: its ends) and its noun — or None
    for a figure that is not a fact to match: no noun, a value under :data:`MIN_FACT_VALUE`, a
    category in ``skip`` (durations and shares), or vague ("hundreds of").

    >>> import pandas as pd
    >>> f = pd.DataFrame({"value": [1237.0, 2.0, 5000.0], "value_min": [None] * 3, "value_max": [None] * 3,
    ...                   "noun": ["delegates", "states", None], "category": ["personnel", "other", None],
    ...                   "qualifier": ["exact"] * 3})
    >>> fact_keys(f).tolist()
    [(1237.0, None, 'delegate'), None, None]
    """
    import pandas as pd

    keys = []
    for v, lo, hi, noun, cat, q in zip(figures["value"], figures["value_min"], figures["value_max"], figures["noun"],
                                       figures["category"], figures["qualifier"]):
        n = noun_key(noun)
        if not n or pd.isna(v) or v < MIN_FACT_VALUE or cat in skip or q == "vague":
            keys.append(None)
        else:
            keys.append((round(float(lo), 6), round(float(hi), 6), n) if pd.notna(hi) and pd.notna(lo) else (round(float(v), 6), None, n))
    return pd.Series(keys, index=figures.index, dtype=object)


def figure_facts(figures: "pd.DataFrame", units: "dict[str, str]", min_units: int = 2,
                 skip: tuple[str, ...] = NOT_FACT_CATEGORIES) -> "pd.DataFrame":
    """Figures carried by ``min_units`` or more units (outlets, or articles), one row per fact, most
    units first: fact (as most write it), value, noun, category, outlets (units), articles,
    which (the units, joined with ", "), example (a wording). ``units`` maps article_id → unit.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["1,237 delegates", "1,237 delegates", "5 cats"],
    ...                   "value": [1237.0, 1237.0, 5.0], "value_min": [None] * 3, "value_max": [None] * 3,
    ...                   "noun": ["delegates", "delegates", "cats"], "category": ["personnel", "personnel", None],
    ...                   "qualifier": ["exact"] * 3, "start": [0, 0, 0]})
    >>> figure_facts(f, {"a": "AP", "b": "Reuters", "c": "AP"})[["fact", "outlets", "which"]].values.tolist()
    [['1,237 delegates', 2, 'AP, Reuters']]
    """
    import pandas as pd

    f = figures[figures["article_id"].astype(str).isin(list(units))]
    f = f.assign(_key=fact_keys(f, skip), unit=f["article_id"].astype(str).map(units))
    f = f[f["_key"].notna()]
    if len(f) and min_units > 1:  # aggregate only the facts that qualify
        f = f[f.groupby("_key")["unit"].transform("nunique") >= min_units]
    if f.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in FACT_COLUMNS})
    f = f.sort_values(["article_id", "start"], kind="stable")
    g = f.groupby("_key", sort=False)
    out = pd.DataFrame({
        "fact": g["text"].agg(lambda t: t.value_counts().sort_index().idxmax()),
        "value": g["value"].first(), "noun": g["noun"].agg(_first_noun),
        "category": g["category"].agg(lambda c: next((v for v in c if isinstance(v, str) and v), None)),
        "outlets": g["unit"].nunique(), "articles": g["article_id"].nunique(),
        "which": g["unit"].agg(lambda u: ", ".join(sorted(set(u)))),
        "example": g["text"].first(),
    })
    out = out[out["outlets"] >= min_units]
    return (out.sort_values(["outlets", "articles", "fact"], ascending=[False, False, True], kind="stable")
            .reset_index(drop=True)[list(FACT_COLUMNS)])
