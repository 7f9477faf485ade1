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
    >>> m = pd.DataFrame({"article_id": ["a", "a", "b"], "text": ["Miller", "Nairobi", "Nairobi"], "canonical": ["Matthew Miller", "Nairobi", "Nairobi"],
    ...                   "kind": ["person", "place", "place"], "start": [0, 9, 0], "end": [5, 16, 7]})
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
    >>> m = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["Eze", "Eze", "Lee"], "canonical": ["Eze", "Eze", "Lee"], "start": [0] * 3})
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


def overlap_matrix(tables: Any, what: str = "total", by: str = "auto", most: int = 15) -> "pd.DataFrame":
    """A square table, units by units (articles labelled by outlet, or outlets above :data:`SMALL`
    articles): how many items (``what``: figures, quotes, actors or total) each pair shares; the
    diagonal counts each unit's own items. At most ``most`` units: the outlets with most articles.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> m = pd.DataFrame({"article_id": ["a", "a", "b"], "text": ["Eze", "Lee", "Eze"], "canonical": ["Eze", "Lee", "Eze"], "start": [0, 5, 0]})
    >>> overlap_matrix({"articles": arts, "mentions": m}, "actors").values.tolist()
    [[2, 1], [1, 1]]
    """
    import pandas as pd

    kinds = OVERLAP_KINDS if what == "total" else (what,)
    if what != "total" and what not in OVERLAP_KINDS:
        raise ValueError(f"what must be one of {', '.join(OVERLAP_KINDS)} or total, not {what!r}")
    items, unit, kind = _items(tables, by)
    names = _unit_names(unit)[:most]
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
