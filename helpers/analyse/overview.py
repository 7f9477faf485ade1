"""The corpus at a glance: human labels for articles, outlets, coverage over time, what the text is
made of by outlet, and the files that need attention. Every answer is small, whatever the corpus.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a1"], "outlet": ["Coast Herald"], "published": [pd.Timestamp("2024-03-02")],
...                      "headline": ["Port evacuates as the river rises over the old wall at dawn"]})
>>> article_labels(arts)
{'a1': 'Coast Herald · 2024-03-02 · Port evacuates as the river rises over the…'}
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: How an article without an outlet is counted.
UNKNOWN_OUTLET = "(unknown outlet)"
#: Words of a headline kept in a label.
HEADLINE_WORDS = 8
#: The label of everything a ranking leaves out.
OTHER = "other"


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def short_headline(headline, words: int = HEADLINE_WORDS) -> str:
    """The first ``words`` words of a headline, with "…" when cut.

    >>> short_headline("Council approves budget"), short_headline("one two three four", 2)
    ('Council approves budget', 'one two…')
    """
    parts = _text(headline).split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def article_labels(articles: "pd.DataFrame") -> dict[str, str]:
    """article_id → how an article is named everywhere: "outlet · date · short headline".

    A part that is unknown is left out; without a headline the file name (the article_id)
    stands in its place. Labels are unique: a repeated one gets its article_id in brackets.
    Keys come in article_id order.

    >>> import pandas as pd
    >>> article_labels(pd.DataFrame({"article_id": ["b", "a"], "outlet": [None, "AP"], "published": [None, None],
    ...                              "headline": [None, None]}))
    {'a': 'AP · a', 'b': 'b'}
    """
    import pandas as pd

    rows = articles.sort_values("article_id", kind="stable")
    labels: dict[str, str] = {}
    for r in rows.to_dict("records"):
        date = r.get("published")
        when = pd.Timestamp(date).strftime("%Y-%m-%d") if date is not None and pd.notna(date) else ""
        name = short_headline(r.get("headline")) or str(r["article_id"])
        labels[str(r["article_id"])] = " · ".join(p for p in (_text(r.get("outlet")), when, name) if p)
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label] = seen.get(label, 0) + 1
    return {a: (label if seen[label] == 1 else f"{label} ({a})") for a, label in labels.items()}


def labelled(frame: "pd.DataFrame", articles: "pd.DataFrame", column: str = "article") -> "pd.DataFrame":
    """``frame`` with its article_id column replaced by the article's label, as ``column``, first.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["AP"], "published": [None], "headline": ["Rain"]})
    >>> labelled(pd.DataFrame({"article_id": ["a"], "n": [1]}), arts).to_dict("records")
    [{'article': 'AP · Rain', 'n': 1}]
    """
    labels = article_labels(articles)
    out = frame.assign(**{column: frame["article_id"].astype(str).map(labels).fillna(frame["article_id"].astype(str))})
    return out[[column] + [c for c in frame.columns if c not in ("article_id", column)]]


def outlet_of(articles: "pd.DataFrame") -> "pd.Series":
    """Each article's outlet (indexed by article_id), :data:`UNKNOWN_OUTLET` where none is known.

    >>> import pandas as pd
    >>> outlet_of(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", " "]})).tolist()
    ['AP', '(unknown outlet)']
    """
    outlets = articles["outlet"].map(_text).replace("", UNKNOWN_OUTLET)
    return outlets.set_axis(articles["article_id"].astype(str)).rename("outlet")


def outlets_table(articles: "pd.DataFrame", blocks: "pd.DataFrame | None" = None) -> "pd.DataFrame":
    """One row per outlet, most articles first: articles, first and last date, median words (whole
    words), and (with ``blocks``) the share of the characters that is body.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AP", "AP"], "n_words": [100, 300],
    ...                      "published": pd.to_datetime(["2024-01-02", "2024-01-09"])})
    >>> outlets_table(arts).to_dict("records")[0]["median_words"]
    200
    """
    a = articles.assign(outlet=outlet_of(articles).to_numpy())
    out = a.groupby("outlet").agg(articles=("article_id", "size"), first=("published", "min"), last=("published", "max"),
                                  median_words=("n_words", "median"))
    out["median_words"] = out["median_words"].round().astype("Int64")  # whole words: 1,160, not 1159.5
    if blocks is not None:
        out["body_share"] = body_share(blocks, articles).set_index("outlet")["body"].reindex(out.index)
    out = out.reset_index().sort_values(["articles", "outlet"], ascending=[False, True], kind="stable")
    for c in ("first", "last"):
        out[c] = out[c].dt.date if len(out) else out[c]
    return out.reset_index(drop=True)


def body_share(blocks: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Share of each outlet's characters in each block kind (one row per outlet, kinds as columns,
    body first, then by size), with the outlet's ``articles``; most articles first.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["AP"]})
    >>> b = pd.DataFrame({"article_id": ["a", "a"], "kind": ["body", "caption"], "text": ["abc", "d"]})
    >>> body_share(b, arts).to_dict("records")
    [{'outlet': 'AP', 'articles': 1, 'body': 0.75, 'caption': 0.25}]
    """
    import pandas as pd

    outlets = outlet_of(articles)
    b = blocks.assign(outlet=blocks["article_id"].astype(str).map(outlets), chars=blocks["text"].str.len())
    wide = pd.crosstab(b["outlet"], b["kind"], values=b["chars"], aggfunc="sum").fillna(0)
    wide = wide.div(wide.sum(axis=1), axis=0).round(3)
    kinds = sorted(wide.columns, key=lambda k: (k != "body", -wide[k].sum(), k))
    count = outlets.value_counts()
    out = wide[kinds].assign(articles=count.reindex(wide.index).fillna(0).astype(int)).reset_index()
    out.columns.name = None
    out = out[["outlet", "articles", *kinds]]
    return out.sort_values(["articles", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def weekly(articles: "pd.DataFrame", dates: str = "published") -> "pd.DataFrame":
    """Articles per week (starting Monday) and outlet, one column per outlet (most articles first),
    every week from the first to the last, with a ``total``; articles without a date are left out.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["AP", "AP", "Reuters"],
    ...                      "published": pd.to_datetime(["2024-01-03", "2024-01-17", None])})
    >>> weekly(arts).to_dict("records")[1]
    {'week': Timestamp('2024-01-08 00:00:00'), 'AP': 0, 'total': 0}
    """
    import pandas as pd

    a = articles.assign(outlet=outlet_of(articles).to_numpy())
    a = a[a[dates].notna()]
    if a.empty:
        return pd.DataFrame({"week": pd.Series(dtype="datetime64[ns]"), "total": pd.Series(dtype="int64")})
    week = a[dates].dt.to_period("W-SUN").dt.start_time
    wide = pd.crosstab(week, a["outlet"])
    order = list(a["outlet"].value_counts().sort_index().sort_values(ascending=False, kind="stable").index)
    span = pd.date_range(wide.index.min(), wide.index.max(), freq="7D")
    wide = wide.reindex(span, fill_value=0)[order]
    wide.columns.name = None
    out = wide.assign(total=wide.sum(axis=1)).rename_axis("week").reset_index()
    return out


def busiest(table: "pd.DataFrame", n: int = 25, by: str = "total") -> "pd.DataFrame":
    """The ``n`` rows with most ``by`` (ties: in table order), the busiest periods first.

    >>> import pandas as pd
    >>> busiest(pd.DataFrame({"week": [1, 2, 3], "total": [2, 5, 2]}), 2)["week"].tolist()
    [2, 1]
    """
    return table.sort_values(by, ascending=False, kind="stable").head(n).reset_index(drop=True)


def top_and_other(table: "pd.DataFrame", columns: Iterable[str], n: int = 12, other: str = OTHER) -> "pd.DataFrame":
    """Keep the ``n`` of ``columns`` with the largest totals and sum the rest into one ``other``
    column (not for a single column left out): how a chart keeps to a dozen series.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"week": [1], "a": [5], "b": [1], "c": [2], "d": [0]})
    >>> top_and_other(t, ["a", "b", "c", "d"], 2).columns.tolist()
    ['week', 'a', 'c', 'other']
    """
    columns = list(columns)
    ranked = sorted(columns, key=lambda c: -table[c].sum())
    keep, rest = ranked[:n], ranked[n:]
    if len(rest) <= 1:
        return table
    out = table.drop(columns=rest)
    position = max(out.columns.get_loc(c) for c in keep) + 1
    out.insert(position, other, table[rest].sum(axis=1))
    return out


_COUNT_RE = re.compile(r"^\d+\s+")


def problems(articles: "pd.DataFrame", skipped: Iterable[str] = ()) -> "pd.DataFrame":
    """What needs attention, one row per kind of problem: how many files have it, and an example.

    Problems are the notes of the articles (not UTF-8, no date, unpaired quotation marks: the
    count in a note is dropped to name its kind) and the files that were skipped.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "notes": ["no publication date; 2 unpaired quotation mark(s)", ""]})
    >>> problems(arts, ["c.txt: empty file"]).values.tolist()
    [['no publication date', 1, 'a'], ['skipped: empty file', 1, 'c.txt'], ['unpaired quotation mark(s)', 1, 'a']]
    """
    import pandas as pd

    rows = [(_COUNT_RE.sub("", note.strip()).partition(": ")[0], str(a)) for a, notes in zip(articles["article_id"], articles["notes"])
            for note in _text(notes).split(";") if note.strip()]
    rows += [("skipped: " + msg.partition(": ")[2], msg.partition(": ")[0]) for msg in skipped]
    if not rows:
        return pd.DataFrame({"problem": pd.Series(dtype="object"), "files": pd.Series(dtype="int64"),
                             "example": pd.Series(dtype="object")})
    long = pd.DataFrame(rows, columns=["problem", "example"])
    out = long.groupby("problem", sort=True).agg(files=("example", "nunique"), example=("example", "first")).reset_index()
    return out.sort_values(["files", "problem"], ascending=[False, True], kind="stable").reset_index(drop=True)


def files_with_problems(articles: "pd.DataFrame") -> "pd.DataFrame":
    """The articles whose notes are not empty, labelled, in article_id order: only those.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": [None, None], "published": [None, None],
    ...                      "headline": [None, None], "encoding": ["utf-8"] * 2, "notes": ["no date", ""]})
    >>> files_with_problems(arts).values.tolist()
    [['a', 'utf-8', 'no date']]
    """
    bad = articles[articles["notes"].map(_text) != ""]
    return labelled(bad[["article_id", "encoding", "notes"]], articles).reset_index(drop=True)
