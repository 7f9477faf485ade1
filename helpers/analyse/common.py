"""What every comparison across articles shares: labels, the one-line answers, small table helpers.

>>> Note("No quotes found.")
No quotes found.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: What every comparison says when the corpus holds fewer than two articles.
ONE_ARTICLE = "Only one article: nothing to compare."


class Note:
    """A one-line answer a notebook shows as plain text, without quotation marks.

    >>> Note("No quotes found.")
    No quotes found.
    """

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Note) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


def answer(table: "pd.DataFrame | None", articles: "pd.DataFrame", empty: str = "Nothing found.") -> "pd.DataFrame | Note":
    """``table``, or a :class:`Note` when there are fewer than two articles or ``table`` has no rows.

    >>> import pandas as pd
    >>> two = pd.DataFrame({"article_id": ["a", "b"]})
    >>> answer(pd.DataFrame({"x": []}), two, "No quotes found.")
    No quotes found.
    >>> answer(pd.DataFrame({"x": [1]}), two.head(1))
    Only one article: nothing to compare.
    """
    if len(articles) < 2:
        return Note(ONE_ARTICLE)
    if table is None or len(table) == 0:
        return Note(empty)
    return table


def outlet_labels(articles: "pd.DataFrame") -> dict[str, str]:
    """article_id → the label of its column: the outlet, or the article_id when the outlet is unknown.

    Labels stay unique: an outlet with several articles is shown as "outlet (article_id)".
    Keys come in article_id order, which is the column order of every side-by-side table.

    >>> import pandas as pd
    >>> outlet_labels(pd.DataFrame({"article_id": ["b", "a", "c"], "outlet": ["AP", None, "AP"]}))
    {'a': 'a', 'b': 'AP (b)', 'c': 'AP (c)'}
    """
    outlets = articles["outlet"] if "outlet" in articles else [None] * len(articles)
    named = {str(a): (o.strip() if isinstance(o, str) and o.strip() else str(a))
             for a, o in zip(articles["article_id"], outlets)}
    counts: dict[str, int] = {}
    for name in named.values():
        counts[name] = counts.get(name, 0) + 1
    return {a: (named[a] if counts[named[a]] == 1 or named[a] == a else f"{named[a]} ({a})") for a in sorted(named)}


def _table(tables: Any, name: str) -> "pd.DataFrame":
    """One table of a Corpus or of a dict of DataFrames; a missing table is empty, with its columns."""
    if hasattr(tables, "table"):
        return tables.table(name)
    if name in tables:
        return tables[name]
    from ..corpus import records_to_frame

    return records_to_frame(name, [])


def _of(frame: "pd.DataFrame", labels: Mapping[str, str], needs: Iterable[str] = ()) -> "pd.DataFrame":
    """The rows of ``frame`` belonging to the labelled articles, article_id as str, in (article_id, start)
    order; any column of ``needs`` it lacks is added, empty."""
    frame = frame.assign(article_id=frame["article_id"].astype(str), **{c: None for c in needs if c not in frame})
    frame = frame[frame["article_id"].isin(list(labels))]
    keys = [k for k in ("article_id", "start") if k in frame]
    return frame.sort_values(keys, kind="stable").reset_index(drop=True)


def _blank(values: "pd.Series") -> "pd.Series":
    """True where a value is missing or only spaces."""
    return values.astype("string").str.strip().fillna("").eq("").astype(bool)


def _filled(first: "pd.Series", fallback: "pd.Series") -> "pd.Series":
    """``first`` where it holds a non-empty value, else ``fallback``, else "".

    >>> import pandas as pd
    >>> _filled(pd.Series(["Lee", None, " "]), pd.Series(["x", "he", None])).tolist()
    ['Lee', 'he', '']
    """
    back = fallback.astype(object).where(~_blank(fallback), "")
    return first.astype(object).where(~_blank(first), back)


def _join_distinct(values: Iterable) -> str:
    """Distinct non-empty values in order of appearance, joined with " | "."""
    return " | ".join(dict.fromkeys(str(v) for v in values if isinstance(v, str) and v.strip()))


def _union(n: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """Group numbers (from 1, in order of each group's first member) of ``n`` items linked by ``pairs``.

    >>> _union(4, [(2, 3)])
    [1, 2, 3, 3]
    """
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    number: dict[int, int] = {}
    return [number.setdefault(find(i), len(number) + 1) for i in range(n)]


def _side_by_side(long: "pd.DataFrame", key: str, fields: Mapping[str, str], labels: Mapping[str, str]) -> "pd.DataFrame":
    """One row per ``key``; per outlet, a column for each field (the first named just by the outlet).

    ``fields`` maps a column suffix to the column of ``long`` it comes from; an article's several
    values are joined with " | ", and an article without the key shows "".
    """
    import pandas as pd

    names = [(aid, f, label if n == 0 else f"{label} {f}") for aid, label in labels.items()
             for n, f in enumerate(fields)]
    if long.empty:
        return pd.DataFrame({key: pd.Series(dtype="object"), **{c: pd.Series(dtype="object") for _, _, c in names}})
    agg = long.groupby([key, "article_id"], sort=True).agg(**{f: (col, _join_distinct) for f, col in fields.items()})
    wide = agg.unstack("article_id")
    columns = {column: (wide[(f, aid)].fillna("") if (f, aid) in wide.columns else "") for aid, f, column in names}
    return pd.DataFrame(columns, index=wide.index).reset_index()



def _detail(*parts: Any) -> str:
    """Non-empty parts joined with " · "."""
    return " · ".join(str(p) for p in parts if isinstance(p, str) and p.strip())



def memo_frames(fn):
    """Remember ``fn``'s last few answers for the same DataFrame objects (by identity, held weakly),
    so that a notebook asking several questions of one corpus groups its quotes once. The frames
    must not be changed in place between calls (the corpus's tables never are).

    >>> import pandas as pd
    >>> calls = []
    >>> count = memo_frames(lambda f: calls.append(1) or len(f))
    >>> frame = pd.DataFrame({"x": [1, 2]})
    >>> count(frame), count(frame), count(frame.copy()), len(calls)
    (2, 2, 2, 2)
    """
    import functools
    import weakref

    cache: list[tuple[tuple, tuple, object]] = []

    @functools.wraps(fn)
    def wrapper(*frames):
        for refs, ids, result in cache:
            if ids == tuple(map(id, frames)) and all(r() is f for r, f in zip(refs, frames)):
                return result
        result = fn(*frames)
        try:
            cache.insert(0, (tuple(weakref.ref(f) for f in frames), tuple(map(id, frames)), result))
        except TypeError:  # not weakly referenceable: not remembered
            return result
        del cache[4:]
        return result

    return wrapper
