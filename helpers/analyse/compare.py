"""Across articles: what several outlets carry, what only one has, and how much each pair overlaps.

Up to :data:`SMALL` articles, every article is compared with every other, labelled by its
outlet; above that, articles are pooled by outlet and outlets are compared (``units``). Facts
are matched by blocking keys (a figure's value and noun, a quote's runs of words), never by
comparing all pairs of articles. Functions take the corpus tables (a Corpus or a dict of
DataFrames) and return DataFrames; nothing here reads files.

The matching itself lives in :mod:`.quote_match`, :mod:`.figure_match` and :mod:`.names`; its
public names are importable from here too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import ONE_ARTICLE, Note, _detail, _filled, _of, _table, answer, outlet_labels  # noqa: F401
from .figure_match import (FIGURE_CLAIM_COLUMNS, FIGURE_GROUP_COLUMNS, fact_keys, figure_claims,  # noqa: F401
                           figure_facts, figure_groups, figures_compatible)
from .names import actor_spellings, actor_variants, looks_alike, name_variants, squash_name  # noqa: F401
from .quote_match import (QUOTE_GROUP_COLUMNS, contains_words, match_quotes, quote_groups, quote_match,  # noqa: F401
                          quote_words, unique_quotes)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: The kinds of row :func:`only_in` lists, in the order it lists them.
ONLY_KINDS = ("figure", "quote", "actor")
# -- what only one reports, and overlap -------------------------------------------------------
ONLY_COLUMNS = ("outlet", "article_id", "what", "text", "detail", "start", "end")


def only_in(tables: Any, article_id: str | None = None) -> "pd.DataFrame":
    """What only one article reports: its figures, quotes and actors that no other article carries.

    ``tables`` is a Corpus or a dict of its DataFrames (articles, figures, quotes, mentions);
    ``article_id=None`` lists every article's. Columns: outlet, article_id, what (figure, quote,
    actor), text (as written, ``raw[start:end]``), detail (qualifier · noun · claimant; the
    speaker; the actor and its kind), start, end. With one article, everything is its own.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> m = pd.DataFrame({"article_id": ["a", "a", "b"], "text": ["Miller", "Seoul", "Seoul"], "canonical": ["Matthew Miller", "Seoul", "Seoul"],
    ...                   "kind": ["person", "place", "place"], "start": [0, 9, 0], "end": [5, 14, 5]})
    >>> only_in({"articles": arts, "mentions": m}, "a")[["outlet", "what", "text", "detail"]].values.tolist()
    [['A', 'actor', 'Miller', 'Matthew Miller · person']]
    """
    import pandas as pd

    articles = _table(tables, "articles")
    rows = []
    figs = figure_groups(_table(tables, "figures"), articles)
    figs = figs[figs["n_articles"] == 1]
    rows.append(pd.DataFrame({"outlet": figs["outlet"], "article_id": figs["article_id"], "what": "figure",
                              "text": figs["text"], "start": figs["start"], "end": figs["end"],
                              "detail": [_detail(q, n, c) for q, n, c in zip(figs["qualifier"], figs["noun"], figs["claimant"])]}))
    quotes = quote_groups(_table(tables, "quotes"), articles)
    quotes = quotes[quotes["n_articles"] == 1]
    rows.append(pd.DataFrame({"outlet": quotes["outlet"], "article_id": quotes["article_id"], "what": "quote",
                              "text": quotes["text"], "start": quotes["start"], "end": quotes["end"],
                              "detail": quotes["speaker"].astype(object)}))
    labels = outlet_labels(articles)
    m = _of(_table(tables, "mentions"), labels, ("canonical", "kind", "start", "end"))
    if len(m):
        m = m.assign(canonical=_filled(m["canonical"], m["text"]))
        alone = m[m.groupby("canonical")["article_id"].transform("nunique") == 1].drop_duplicates("canonical")
        rows.append(pd.DataFrame({"outlet": alone["article_id"].map(labels), "article_id": alone["article_id"],
                                  "what": "actor", "text": alone["text"], "start": alone["start"], "end": alone["end"],
                                  "detail": [_detail(c, k) for c, k in zip(alone["canonical"], alone["kind"])]}))
    rows = [r for r in rows if len(r)]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in ONLY_COLUMNS})
    out = pd.concat(rows, ignore_index=True)[list(ONLY_COLUMNS)]
    if article_id is not None:
        out = out[out["article_id"] == str(article_id)]
    order = out["what"].map({w: n for n, w in enumerate(ONLY_KINDS)})
    return (out.assign(_order=order).sort_values(["article_id", "_order", "start"], kind="stable")
            .drop(columns="_order").reset_index(drop=True))


OVERLAP_KINDS = ("figures", "quotes", "actors")


#: Up to this many articles, comparisons are article by article; above, outlet by outlet.
SMALL = 12


def units(articles: "pd.DataFrame", by: str = "auto") -> tuple[dict[str, str], str]:
    """What is compared, and how it is named: article_id → unit, and ``"article"`` or ``"outlet"``.

    ``by="auto"`` compares articles (labelled by :func:`outlet_labels`) up to :data:`SMALL` of
    them and outlets above (an article without one counts under ``(unknown outlet)``).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "AP"]})
    >>> units(arts), units(arts, "outlet")
    (({'a': 'AP (a)', 'b': 'AP (b)'}, 'article'), ({'a': 'AP', 'b': 'AP'}, 'outlet'))
    """
    from .overview import outlet_of

    kind = ("article" if len(articles) <= SMALL else "outlet") if by == "auto" else by
    if kind == "article":
        return outlet_labels(articles), kind
    if kind == "outlet":
        return {a: o for a, o in sorted(outlet_of(articles).items())}, kind
    raise ValueError(f"by must be auto, article or outlet, not {by!r}")


def _unit_names(unit: dict[str, str]) -> list[str]:
    """The units in order: article labels in article_id order; outlets by most articles, then name."""
    counts: dict[str, int] = {}
    for name in unit.values():
        counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n)) if len(counts) < len(unit) else list(dict.fromkeys(unit.values()))


def _items(tables: Any, by: str = "auto") -> tuple[dict[str, dict[str, set]], dict[str, str], str]:
    """Per kind and unit, the set of items it carries (figure groups, or fact keys between outlets;
    quote groups; canonical actors, named ones between outlets), the units and their kind."""
    from .named import is_named

    articles = _table(tables, "articles")
    unit, kind = units(articles, by)
    figures = _table(tables, "figures")
    if kind == "article":
        figs = figure_groups(figures, articles)
        fig_pairs = zip(figs["article_id"], figs["group"])
    else:
        keys = fact_keys(figures) if len(figures) else []
        fig_pairs = ((a, k) for a, k in zip(figures["article_id"].astype(str), keys) if k is not None)
    quotes = quote_groups(_table(tables, "quotes"), articles)
    m = _of(_table(tables, "mentions"), unit, ("canonical",))
    actors = list(_filled(m["canonical"], m["text"])) if len(m) else []
    items: dict[str, dict[str, set]] = {k: {u: set() for u in unit.values()} for k in OVERLAP_KINDS}
    for what, pairs in (("figures", fig_pairs), ("quotes", zip(quotes["article_id"], quotes["group"])),
                        ("actors", zip(m["article_id"], actors))):
        for a, key in pairs:
            if a in unit and (what != "actors" or kind == "article" or is_named(key)):
                items[what][unit[a]].add(key)
    return items, unit, kind


def overlap_pairs(tables: Any, by: str = "auto") -> "pd.DataFrame":
    """For each pair of units (articles, or outlets above :data:`SMALL` articles), how many figures,
    quotes and actors both carry; most shared first when outlets are compared.

    Columns: a, b (unit names), figures, quotes, actors, total; one row per pair, none with
    fewer than two units.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["A", "B", "C"]})
    >>> m = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["Kim", "Kim", "Lee"], "canonical": ["Kim", "Kim", "Lee"], "start": [0] * 3})
    >>> overlap_pairs({"articles": arts, "mentions": m})[["a", "b", "actors"]].values.tolist()
    [['A', 'B', 1], ['A', 'C', 0], ['B', 'C', 0]]
    """
    import pandas as pd

    items, unit, kind = _items(tables, by)
    names = _unit_names(unit)
    rows = [{"a": a, "b": b, **{k: len(items[k][a] & items[k][b]) for k in OVERLAP_KINDS}}
            for n, a in enumerate(names) for b in names[n + 1:]]
    out = pd.DataFrame(rows, columns=["a", "b", *OVERLAP_KINDS])
    out["total"] = out[list(OVERLAP_KINDS)].sum(axis=1).astype("int64")
    out = out.astype({k: "int64" for k in OVERLAP_KINDS})
    if kind == "outlet":
        out = out.sort_values("total", ascending=False, kind="stable").reset_index(drop=True)
    return out


def overlap_matrix(tables: Any, what: str = "total", by: str = "auto") -> "pd.DataFrame":
    """A square table, units by units (articles labelled by outlet, or outlets above :data:`SMALL`
    articles): how many items (``what``: figures, quotes, actors or total) each pair shares; the
    diagonal counts each unit's own items.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> m = pd.DataFrame({"article_id": ["a", "a", "b"], "text": ["Kim", "Lee", "Kim"], "canonical": ["Kim", "Lee", "Kim"], "start": [0, 5, 0]})
    >>> overlap_matrix({"articles": arts, "mentions": m}, "actors").values.tolist()
    [[2, 1], [1, 1]]
    """
    import pandas as pd

    kinds = OVERLAP_KINDS if what == "total" else (what,)
    if what != "total" and what not in OVERLAP_KINDS:
        raise ValueError(f"what must be one of {', '.join(OVERLAP_KINDS)} or total, not {what!r}")
    items, unit, kind = _items(tables, by)
    names = _unit_names(unit)
    counts = [[sum(len(items[k][a] & items[k][b]) for k in kinds) for b in names] for a in names]
    out = pd.DataFrame(counts, index=pd.Index(names, name=kind if kind == "outlet" else "outlet"), columns=names,
                       dtype="int64")
    out.columns.name = None
    return out


def compare_pair(tables: Any, a: str | None = None, b: str | None = None) -> dict[str, "pd.DataFrame"]:
    """The side-by-side tables of two articles (by article_id), for the sources explorer.

    ``a`` defaults to the first article and ``b`` to the first other one; with a single
    article, its tables come alone (nothing shared, everything its own). Keys: figures (``figure_claims`` when this module has it, else the figures both carry from
    :func:`figure_groups`), quotes (:func:`match_quotes`), unique_quotes, actors
    (:func:`actor_variants`), only (:func:`only_in` of both articles).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["A", "B", "C"]})
    >>> sorted(compare_pair({"articles": arts}, "a", "c"))
    ['actors', 'figures', 'only', 'quotes', 'unique_quotes']
    """
    known = list(outlet_labels(_table(tables, "articles")))
    a = str(a) if a is not None else (known[0] if known else "")
    b = str(b) if b is not None else next((i for i in known if i != a), a)
    ids = [a, b]
    sub = {name: _of(_table(tables, name), dict.fromkeys(ids)) for name in ("figures", "quotes", "mentions")}
    articles = _table(tables, "articles")
    sub["articles"] = articles[articles["article_id"].astype(str).isin(ids)].reset_index(drop=True)
    claims = globals().get("figure_claims")
    if claims is not None:
        figures = claims(sub["figures"], sub["articles"])
    else:
        groups = figure_groups(sub["figures"], sub["articles"])
        figures = groups[groups["n_articles"] > 1].reset_index(drop=True)
    return {"figures": figures, "quotes": match_quotes(sub["quotes"], sub["articles"]),
            "unique_quotes": unique_quotes(sub["quotes"], sub["articles"]),
            "actors": actor_variants(sub["mentions"], sub["articles"]), "only": only_in(sub)}




# -- facts across outlets ---------------------------------------------------------------------
SHARED_COLUMNS = ("what", "fact", "detail", "outlets", "articles", "which")


def quote_facts(quotes: "pd.DataFrame", articles: "pd.DataFrame", by: str = "auto", min_units: int = 1) -> "pd.DataFrame":
    """Quote groups (:func:`quote_groups`) with how many units carry each, most first: fact (the
    longest wording), detail (the speaker most name), outlets (units), articles, which.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "UPI"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a1", "b1"], "text": ["We won't go", "we won't go!"],
    ...                   "speaker": ["Lee", "Lee"], "speaker_text": [None, None], "start": [0, 0], "end": [9, 9]})
    >>> quote_facts(q, arts)[["fact", "detail", "outlets", "which"]].values.tolist()
    [["we won't go!", 'Lee', 2, 'AP, UPI']]
    """
    import pandas as pd

    unit, _ = units(articles, by)
    g = quote_groups(quotes, articles)
    if g.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in SHARED_COLUMNS[1:]})
    g = g.assign(unit=g["article_id"].map(unit), _len=g["text"].str.len())
    by_group = g.groupby("group", sort=True)
    out = pd.DataFrame({
        "fact": by_group.apply(lambda x: x.sort_values("_len", ascending=False, kind="stable")["text"].iloc[0],
                               include_groups=False),
        "detail": by_group["speaker"].agg(lambda s: s[s != ""].value_counts().sort_index().idxmax() if (s != "").any() else ""),
        "outlets": by_group["unit"].nunique(), "articles": by_group["article_id"].nunique(),
        "which": by_group["unit"].agg(lambda u: ", ".join(sorted(set(u)))),
    })
    out = out[out["outlets"] >= min_units]
    return out.sort_values(["outlets", "articles"], ascending=False, kind="stable").reset_index(drop=True)


def shared_facts(tables: Any, by: str = "auto") -> "pd.DataFrame":
    """Figures and quotes carried by two or more units (outlets above :data:`SMALL` articles), most
    units first: what (figure, quote), fact, detail (noun or speaker), outlets, articles, which.

    Figures match by value and noun (:func:`helpers.analyse.figure_match.figure_facts`: bare or
    small numbers and durations left out), quotes by their runs of words; never pair by pair.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "UPI"]})
    >>> f = pd.DataFrame({"article_id": ["a", "b"], "text": ["40 ships", "40 ships"], "value": [40.0, 40.0],
    ...                   "value_min": [None] * 2, "value_max": [None] * 2, "noun": ["ships"] * 2, "category": [None] * 2,
    ...                   "qualifier": ["exact"] * 2, "start": [0, 0]})
    >>> shared_facts({"articles": arts, "figures": f})[["what", "fact", "which"]].values.tolist()
    [['figure', '40 ships', 'AP, UPI']]
    """
    import pandas as pd

    articles = _table(tables, "articles")
    unit, _ = units(articles, by)
    figs = figure_facts(_table(tables, "figures"), unit)
    figs = figs.assign(what="figure", detail=figs["noun"].fillna("")).rename(columns={})
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
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "UPI"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a1", "b1"], "text": ["Yes we can", "No way, never"],
    ...                   "speaker": [None] * 2, "speaker_text": [None] * 2, "start": [0, 0], "end": [9, 9]})
    >>> only_one_counts({"articles": arts, "quotes": q}, "outlet").values.tolist()
    [['AP', 0, 1, 0, 1], ['UPI', 0, 1, 0, 1]]
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
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "UPI"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a1", "b1"], "text": ["Yes we can and we will", "No way, not now, not ever"],
    ...                   "speaker": ["Lee", None], "speaker_text": [None, "a guard"], "start": [0, 0], "end": [9, 9]})
    >>> only_one_examples({"articles": arts, "quotes": q}, "outlet")[["outlet", "speaker"]].values.tolist()
    [['AP', 'Lee'], ['UPI', 'a guard']]
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
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["AP", "UPI", "AP"]})
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
