"""Facts across outlets: what two or more carry, what one alone has, and which pair of articles
is closest. Up to :data:`~helpers.analyse.compare.SMALL` articles these answer article by
article (side by side); above, outlet by outlet, one row per fact. Matching is by blocking keys
(a figure's value and noun, a quote's runs of words), never by comparing all pairs of articles.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import Note, _table, answer  # noqa: F401 (answer: notebooks say "nothing to compare" through here)
from .compare import SMALL, _items, _unit_names, actor_variants, only_in, units
from .figure_match import figure_claims, figure_facts, figure_groups
from .quote_match import match_quotes, quote_groups

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


# -- facts across outlets ---------------------------------------------------------------------
SHARED_COLUMNS = ("what", "fact", "detail", "outlets", "articles", "which")


def quote_facts(quotes: "pd.DataFrame", articles: "pd.DataFrame", by: str = "auto", min_units: int = 1) -> "pd.DataFrame":
    """Quote groups (:func:`quote_groups`) with how many units carry each, most first: fact (the
    longest wording), detail (the speaker most name), outlets (units), articles, which.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a1", "b1"], "text": ["We won't go", "we won't go!"],
    ...                   "speaker": ["Lee", "Lee"], "speaker_text": [None, None], "start": [0, 0], "end": [9, 9]})
    >>> quote_facts(q, arts)[["fact", "detail", "outlets", "which"]].values.tolist()
    [["we won't go!", 'Lee', 2, 'AP, Reuters']]
    """
    import pandas as pd

    unit, _ = units(articles, by)
    g = quote_groups(quotes, articles)
    if len(g):
        g = g.assign(unit=g["article_id"].map(unit))
        g = g[g.groupby("group")["unit"].transform("nunique") >= min_units]
    if g.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in SHARED_COLUMNS[1:]})
    longest = g.assign(_len=g["text"].str.len()).sort_values(["group", "_len"], ascending=[True, False], kind="stable")
    named = g[g["speaker"] != ""].groupby(["group", "speaker"]).size().rename("n").reset_index()
    named = named.sort_values(["group", "n", "speaker"], ascending=[True, False, True], kind="stable").drop_duplicates("group")
    by_group = g.groupby("group", sort=True)
    out = pd.DataFrame({
        "fact": longest.drop_duplicates("group").set_index("group")["text"],
        "detail": named.set_index("group")["speaker"],
        "outlets": by_group["unit"].nunique(), "articles": by_group["article_id"].nunique(),
        "which": by_group["unit"].agg(lambda u: ", ".join(sorted(set(u)))),
    }).fillna({"detail": ""})
    return out.sort_values(["outlets", "articles"], ascending=False, kind="stable").reset_index(drop=True)


def shared_facts(tables: Any, by: str = "auto") -> "pd.DataFrame":
    """Figures and quotes carried by two or more units (outlets above :data:`SMALL` articles), most
    units first: what (figure, quote), fact, detail (noun or speaker), outlets, articles, which.

    Figures match by value and noun (:func:`helpers.analyse.figure_match.figure_facts`: bare or
    small numbers and durations left out), quotes by their runs of words; never pair by pair.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> f = pd.DataFrame({"article_id": ["a", "b"], "text": ["40 ships", "40 ships"], "value": [40.0, 40.0],
    ...                   "value_min": [None] * 2, "value_max": [None] * 2, "noun": ["ships"] * 2, "category": [None] * 2,
    ...                   "qualifier": ["exact"] * 2, "start": [0, 0]})
    >>> shared_facts({"articles": arts, "figures": f})[["what", "fact", "which"]].values.tolist()
    [['figure', '40 ships', 'AP, Reuters']]
    """
    import pandas as pd

    articles = _table(tables, "articles")
    unit, kind = units(articles, by)
    if kind == "article":  # few articles: the same number of a compatible kind, nouns aside (figure_groups)
        g = figure_groups(_table(tables, "figures"), articles)
        g = g[g["n_articles"] > 1].assign(unit=lambda x: x["article_id"].map(unit))
        by_group = g.groupby("group", sort=True)
        figs = pd.DataFrame({"fact": by_group["text"].first(), "noun": by_group["noun"].agg(lambda n: next(
            (v for v in n if isinstance(v, str) and v), "")), "outlets": by_group["unit"].nunique(),
            "articles": by_group["article_id"].nunique(), "which": by_group["unit"].agg(lambda u: ", ".join(sorted(set(u))))})
    else:
        figs = figure_facts(_table(tables, "figures"), unit)
    figs = figs.assign(what="figure", detail=figs["noun"].fillna("") if len(figs) else [])
    quotes = quote_facts(_table(tables, "quotes"), articles, by, min_units=2).assign(what="quote")
    parts = [p[list(SHARED_COLUMNS)] for p in (figs, quotes) if len(p)]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in SHARED_COLUMNS})
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["outlets", "articles"], ascending=False, kind="stable").reset_index(drop=True)


def only_one_counts(tables: Any, by: str = "auto") -> "pd.DataFrame":
    """Per unit (outlet above :data:`SMALL` articles): how many of its figures (as facts) and quotes
    no other unit carries, beside how many it carries; most such first.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a1", "b1"], "text": ["Yes we can", "No way, never"],
    ...                   "speaker": [None] * 2, "speaker_text": [None] * 2, "start": [0, 0], "end": [9, 9]})
    >>> only_one_counts({"articles": arts, "quotes": q}, "outlet").values.tolist()
    [['AP', 0, 1, 0, 1], ['Reuters', 0, 1, 0, 1]]
    """
    import pandas as pd

    items, unit, kind = _items(tables, by)
    holders: dict[str, dict] = {k: {} for k in ("figures", "quotes")}
    for k in holders:
        for u, keys in items[k].items():
            for key in keys:
                holders[k][key] = holders[k].get(key, 0) + 1
    rows = [{kind: u, **{f"{k}": len(items[k][u]) for k in holders},
             **{f"{k} only here": sum(holders[k][key] == 1 for key in items[k][u]) for k in holders}}
            for u in _unit_names(unit)]
    out = pd.DataFrame(rows, columns=[kind, "figures", "figures only here", "quotes", "quotes only here"])
    out = out[[kind, "figures", "quotes", "figures only here", "quotes only here"]]
    return out.sort_values(["quotes only here", "figures only here"], ascending=False, kind="stable").reset_index(drop=True)


def only_one_examples(tables: Any, by: str = "auto", per_unit: int = 3) -> "pd.DataFrame":
    """Examples of what one unit alone carries: for each unit (most such first), its first
    ``per_unit`` quotes of six words or more that no other unit carries (longest first), with the article.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a1", "b1"], "text": ["Yes we can and we will", "No way, not now, not ever"],
    ...                   "speaker": ["Lee", None], "speaker_text": [None, "a guard"], "start": [0, 0], "end": [9, 9]})
    >>> only_one_examples({"articles": arts, "quotes": q}, "outlet")[["outlet", "speaker"]].values.tolist()
    [['AP', 'Lee'], ['Reuters', 'a guard']]
    """
    articles = _table(tables, "articles")
    unit, kind = units(articles, by)
    g = quote_groups(_table(tables, "quotes"), articles)
    g = g.assign(unit=g["article_id"].map(unit))
    alone = g[g.groupby("group")["unit"].transform("nunique") == 1]
    alone = alone[alone["text"].str.split().str.len() >= 6] if len(alone) else alone
    alone = alone.assign(_len=alone["text"].str.len()).sort_values(["unit", "_len", "article_id"], ascending=[True, False, True],
                                                                   kind="stable")
    picked = alone.groupby("unit", sort=False).head(per_unit)
    from .overview import article_labels

    labels = article_labels(articles)
    out = picked.drop(columns="outlet").assign(article=picked["article_id"].map(labels)).rename(columns={"unit": kind})
    return out[[kind, "text", "speaker", "article"]].reset_index(drop=True)


def closest_pair(tables: Any) -> tuple[str | None, str | None]:
    """The two articles (of different outlets when there are such) that share the most quote
    groups: the explorer's first pair. Groups carried by many articles are skipped, so this
    counts at most a few pairs per group, never all pairs of articles.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["AP", "Reuters", "AP"]})
    >>> q = pd.DataFrame({"article_id": ["a", "c"], "quote_id": ["a1", "c1"], "text": ["Yes we can"] * 2,
    ...                   "speaker": [None] * 2, "speaker_text": [None] * 2, "start": [0, 0], "end": [9, 9]})
    >>> closest_pair({"articles": arts, "quotes": q})
    ('a', 'c')
    """
    from collections import Counter

    articles = _table(tables, "articles")
    ids = sorted(articles["article_id"].astype(str))
    if len(ids) < 2:
        return (ids[0] if ids else None), None
    g = quote_groups(_table(tables, "quotes"), articles)
    outlet = dict(zip(articles["article_id"].astype(str), articles["outlet"]))
    pairs: Counter = Counter()
    for members in g.groupby("group")["article_id"].agg(lambda a: sorted(set(a))):
        if 1 < len(members) <= 6:
            pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1:])
    if not pairs:
        return ids[0], ids[1]
    best = max(pairs, key=lambda p: (outlet.get(p[0]) != outlet.get(p[1]), pairs[p], [-ord(ch) for ch in p[0] + p[1]]))
    return best


def describe(tables: Any) -> Note:
    """One line saying what is compared: articles one by one, or outlets.

    >>> import pandas as pd
    >>> describe({"articles": pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})})
    2 articles from 2 outlets, compared article by article.
    """
    articles = _table(tables, "articles")
    unit, kind = units(articles)
    outlets = articles["outlet"].map(lambda o: o.strip() if isinstance(o, str) else "").replace("", None).nunique()
    how = "article by article" if kind == "article" else f"outlet by outlet (more than {SMALL} articles)"
    return Note(f"{len(articles):,} articles from {outlets:,} outlet{'s' if outlets != 1 else ''}, compared {how}.")


def figures_several_carry(tables: Any) -> "pd.DataFrame":
    """Figures carried by two or more units: side by side per article (:func:`figure_claims`) up to
    :data:`SMALL` articles, else one row per fact with the outlets carrying it (:func:`figure_facts`).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> f = pd.DataFrame({"article_id": ["a", "b"], "figure_id": ["a:f1", "b:f1"], "text": ["40 ships", "about 40 ships"],
    ...                   "value": [40.0, 40.0], "value_max": [None] * 2, "qualifier": ["exact", "approx"],
    ...                   "noun": ["ships"] * 2, "category": [None] * 2, "claimant": [None] * 2, "start": [0, 0], "end": [8, 14]})
    >>> figures_several_carry({"articles": arts, "figures": f})[["outlets", "AP", "Reuters"]].values.tolist()
    [[2, '40 ships', 'about 40 ships']]
    """
    articles = _table(tables, "articles")
    unit, kind = units(articles)
    if kind == "article":
        return figure_claims(_table(tables, "figures"), articles)
    return figure_facts(_table(tables, "figures"), unit)


def quotes_several_carry(tables: Any) -> "pd.DataFrame":
    """Quotes carried by two or more units: side by side per article (:func:`match_quotes`) up to
    :data:`SMALL` articles, else one row per quote with the outlets carrying it (:func:`quote_facts`).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a1", "b1"], "text": ["We stay", "we stay"],
    ...                   "speaker": ["Lee"] * 2, "speaker_text": [None] * 2, "start": [0, 0], "end": [7, 7]})
    >>> quotes_several_carry({"articles": arts, "quotes": q})[["how", "AP", "Reuters"]].values.tolist()
    [['same', 'We stay', 'we stay']]
    """
    articles = _table(tables, "articles")
    if units(articles)[1] == "article":
        return match_quotes(_table(tables, "quotes"), articles)
    return quote_facts(_table(tables, "quotes"), articles, min_units=2)


def only_here(tables: Any) -> "pd.DataFrame":
    """What one unit alone carries: every figure, quote and actor of an article no other has
    (:func:`only_in`) up to :data:`SMALL` articles, else examples per outlet (:func:`only_one_examples`).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> m = pd.DataFrame({"article_id": ["a"], "text": ["Ana Duarte"], "canonical": ["Ana Duarte"], "kind": ["person"],
    ...                   "start": [0], "end": [10]})
    >>> only_here({"articles": arts, "mentions": m}).values.tolist()
    [['AP', 'actor', 'Ana Duarte', 'Ana Duarte · person']]
    """
    if units(_table(tables, "articles"))[1] == "article":
        return only_in(tables)[["outlet", "what", "text", "detail"]]
    return only_one_examples(tables)


def spellings(tables: Any) -> "pd.DataFrame":
    """How units spell the actors they name: side by side per article (:func:`actor_variants`) up
    to :data:`SMALL` articles, else the actors two outlets spell differently (:func:`outlet_spellings`).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "Reuters"]})
    >>> m = pd.DataFrame({"article_id": ["a", "b"], "text": ["Kathmandu", "Katmandu"], "canonical": ["Kathmandu"] * 2,
    ...                   "kind": ["place"] * 2, "country": ["Nepal"] * 2, "start": [0, 0], "end": [9, 8]})
    >>> spellings({"articles": arts, "mentions": m})[["canonical", "AP", "Reuters", "differs"]].values.tolist()
    [['Kathmandu', 'Kathmandu', 'Katmandu', True]]
    """
    from .names import outlet_spellings

    articles = _table(tables, "articles")
    unit, kind = units(articles)
    if kind == "article":
        return actor_variants(_table(tables, "mentions"), articles)
    return outlet_spellings(_table(tables, "mentions"), unit)
