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
from .figure_match import (FIGURE_CLAIM_COLUMNS, FIGURE_GROUP_COLUMNS, figure_claims, figure_groups,  # noqa: F401
                           figures_compatible)
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


def _items(tables: Any) -> dict[str, dict[str, set]]:
    """Per kind and article, the set of items it carries: figure groups, quote groups, canonical actors."""
    articles = _table(tables, "articles")
    labels = outlet_labels(articles)
    figs = figure_groups(_table(tables, "figures"), articles)
    quotes = quote_groups(_table(tables, "quotes"), articles)
    m = _of(_table(tables, "mentions"), labels, ("canonical",))
    actors = list(_filled(m["canonical"], m["text"])) if len(m) else []
    items: dict[str, dict[str, set]] = {k: {a: set() for a in labels} for k in OVERLAP_KINDS}
    for kind, ids, keys in (("figures", figs["article_id"], figs["group"]), ("quotes", quotes["article_id"], quotes["group"]),
                            ("actors", m["article_id"], actors)):
        for a, key in zip(ids, keys):
            items[kind][a].add(key)
    return items


def overlap_pairs(tables: Any) -> "pd.DataFrame":
    """For each pair of articles, how many figures, quotes and actors both carry.

    Columns: a, b (outlet labels, in article_id order), figures, quotes, actors, total; one row
    per pair, none with fewer than two articles.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["A", "B", "C"]})
    >>> m = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["Kim", "Kim", "Lee"], "canonical": ["Kim", "Kim", "Lee"], "start": [0] * 3})
    >>> overlap_pairs({"articles": arts, "mentions": m})[["a", "b", "actors"]].values.tolist()
    [['A', 'B', 1], ['A', 'C', 0], ['B', 'C', 0]]
    """
    import pandas as pd

    labels = outlet_labels(_table(tables, "articles"))
    items = _items(tables)
    ids = list(labels)
    rows = [{"a": labels[a], "b": labels[b], **{k: len(items[k][a] & items[k][b]) for k in OVERLAP_KINDS}}
            for n, a in enumerate(ids) for b in ids[n + 1:]]
    out = pd.DataFrame(rows, columns=["a", "b", *OVERLAP_KINDS])
    out["total"] = out[list(OVERLAP_KINDS)].sum(axis=1).astype("int64")
    return out.astype({k: "int64" for k in OVERLAP_KINDS})


def overlap_matrix(tables: Any, what: str = "total") -> "pd.DataFrame":
    """A square table, outlets by outlets: how many items (``what``: figures, quotes, actors or
    total) each pair of articles shares; the diagonal counts each article's own items.

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
    labels = outlet_labels(_table(tables, "articles"))
    items = _items(tables)
    names = list(labels.values())
    counts = [[sum(len(items[k][a] & items[k][b]) for k in kinds) for b in labels] for a in labels]
    out = pd.DataFrame(counts, index=pd.Index(names, name="outlet"), columns=names, dtype="int64")
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


