"""Estimates over time: every figure placed in a *quantity*, the same kind of thing counted across
articles and outlets, so that each quantity reads as a series: what the number was on each day,
who claimed it, how hedged it was, and whether it was a count, a running total or a projection.

A quantity is a category, a set of compatible counted nouns (``data/estimate_nouns.csv``: troops,
soldiers, forces; killed, dead, death toll) and a subject: whose troops, where the toll
(:func:`helpers.analyse.quantities.subject_of`). Figures are grouped by these keys, never compared
pair by pair, so the work grows with the number of figures. A figure whose sentence names no
subject takes the one its sentence, then its article, then the story gives the same counted
thing, but only when its number is of the same magnitude: "2 killed" stays out of a toll in the
thousands. On a corpus of many stories, :mod:`helpers.analyse.subjects` keeps a quantity one
thing: a person's or body's own subject where the corpus calls for it rather than its country, no
backdrop country, magnitude bands, and figures that name no owner left out.
:func:`merge_quantities` and :func:`split_quantity` override the grouping.

>>> import pandas as pd
>>> figures = pd.DataFrame({"article_id": ["a", "b"], "figure_id": ["a:f1", "b:f1"], "text": ["300 troops", "about 500 soldiers"],
...     "value": [300.0, 500.0], "value_min": [None, None], "value_max": [None, None], "qualifier": ["exact", "approx"],
...     "noun": ["troops", "soldiers"], "category": ["personnel", "personnel"], "timeframe": [None, None],
...     "period_start": [None, None], "period_end": [None, None], "claimant": ["Freedonia", None],
...     "claimant_text": ["Freedonia", "officials"], "sentence": ["Ruritania sent 300 troops, Freedonia said.",
...     "Officials said about 500 soldiers are there."], "para_no": [1, 1], "sent_no": [1, 1],
...     "start": [15, 15], "end": [25, 33]})
>>> mentions = pd.DataFrame({"article_id": ["a", "a"], "canonical": ["Ruritania", "Freedonia"], "text": ["Ruritania", "Freedonia"],
...     "kind": ["country", "country"], "country": ["Ruritania", "Freedonia"], "start": [0, 27], "end": [9, 36]})
>>> sentences = pd.DataFrame({"article_id": ["a", "b", "b"], "para_no": [1, 1, 2], "sent_no": [1, 1, 1], "start": [0, 0, 46],
...     "text": [None, None, "Ruritania denies it."]})
>>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "published": pd.to_datetime(["2025-01-02", "2025-01-09"])})
>>> est = place_figures(figures, mentions, sentences, articles)
>>> est[["quantity", "outlet", "value", "claimant"]].values.tolist()
[['troops · Ruritania', 'X', 300.0, 'Freedonia'], ['troops · Ruritania', 'Y', 500.0, 'officials']]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from itertools import islice
from statistics import median
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from .quantities import (NOTHING, Mention, as_of, clause_bounds, counted, kind_of, listed_sets, mention_subject,
                         money_purpose, subject_of, term_before)
from .subjects import MANY_ARTICLES, band_name, choose_subjects, magnitude_bands, widespread

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..corpus import Corpus

#: Figures of these categories measure rather than count (units, shares, lengths of time) and are left out.
EXCLUDED_CATEGORIES = frozenset({"duration", "share", "measure"})
#: A figure without a subject joins another's quantity only when its number is within this factor
#: of theirs (their median): "30 killed" does not join a toll of thousands.
JOIN_RATIO = 10.0
#: How many of a story's subjects (carried by most articles first) a figure without one may take.
STORY_SUBJECTS = 8
#: The subject rules that read the counted noun's own words (:func:`~helpers.analyse.quantities.subject_of`).
STRONG_RULES = frozenset({"noun", "of", "possessive"})
COLUMNS = ["quantity", "quantity_id", "article_id", "outlet", "published", "as_of", "kind", "value", "value_min",
           "value_max", "qualifier", "claimant", "figure_id", "text", "sentence", "category", "counted", "noun",
           "subject", "subject_rule", "owner", "timeframe", "start", "end"]


def estimates(corpus: "Corpus", overrides: Iterable[Sequence[str]] = ()) -> "pd.DataFrame":
    """Every figure of ``corpus`` placed in a quantity, quantities carried by most articles first
    and each in ``as_of`` order; ``overrides`` (see :func:`apply_overrides`) change the grouping.

    Also ``corpus.estimates`` (without overrides). The module docstring shows the grouping.

    >>> from helpers import load_corpus
    >>> est = estimates(load_corpus())
    >>> list(est.columns[:6]), sorted(set(est["kind"]) - {"count", "cumulative", "projection"})
    (['quantity', 'quantity_id', 'article_id', 'outlet', 'published', 'as_of'], [])
    """
    est = place_figures(corpus.figures, corpus.mentions, corpus.sentences, corpus.articles)
    return apply_overrides(est, overrides)


class _ByArticle:
    """A table's rows sorted by article and start, each article's row range, and the columns a
    figure needs as numbers: starts as an array, text columns as codes into their distinct values.
    What a figure needs of its article is found by bisecting; no Python object is made per row."""

    def __init__(self, frame: "pd.DataFrame", columns: Sequence[str] = ()):
        import numpy as np
        import pandas as pd

        if len(frame) and not (frame["article_id"].is_monotonic_increasing and _starts_rise(frame)):
            frame = frame.sort_values(["article_id", "start"], kind="stable")
        self.frame = frame
        codes, ids = pd.factorize(frame["article_id"]) if len(frame) else (np.zeros(0, int), [])
        cuts = (np.flatnonzero(np.diff(codes)) + 1).tolist()
        self.ranges = dict(zip(list(ids), zip([0, *cuts], [*cuts, len(frame)])))
        self.starts = frame["start"].to_numpy(dtype="int64") if len(frame) else np.zeros(0, "int64")
        self.columns = {}
        for c in columns:
            if frame[c].dtype.kind in "iu":
                self.columns[c] = (frame[c].to_numpy(), None)
            else:
                values, uniques = pd.factorize(frame[c])
                self.columns[c] = (values, list(uniques))

    def get(self, column: str, row: int):
        """The value of ``column`` in ``row`` (None where missing)."""
        values, uniques = self.columns[column]
        v = int(values[row])
        return v if uniques is None else uniques[v] if v >= 0 else None

    def within(self, article: str, start: int, end: int) -> range:
        """The rows of ``article`` that start in [start, end)."""
        lo, hi = self.ranges.get(article, (0, 0))
        return range(bisect_left(self.starts, start, lo, hi), bisect_left(self.starts, end, lo, hi))

    def at(self, article: str, offset: int) -> int | None:
        """The last row of ``article`` that starts at or before ``offset`` (the sentence holding it)."""
        lo, hi = self.ranges.get(article, (0, 0))
        i = bisect_right(self.starts, offset, lo, hi) - 1
        return i if i >= lo else None

    def texts(self, article: str, column: str) -> list:
        """The values of a column the index did not code, for one article."""
        lo, hi = self.ranges.get(article, (0, 0))
        return self.frame[column].iloc[lo:hi].tolist()


def _starts_rise(frame: "pd.DataFrame") -> bool:
    """Whether ``start`` never falls within an article (rows already in article order).

    >>> import pandas as pd
    >>> _starts_rise(pd.DataFrame({"article_id": ["a", "a", "b"], "start": [5, 9, 0]}))
    True
    >>> _starts_rise(pd.DataFrame({"article_id": ["a", "a"], "start": [9, 5]}))
    False
    """
    import numpy as np

    ids, starts = frame["article_id"].to_numpy(), frame["start"].to_numpy()
    return not np.any((ids[1:] == ids[:-1]) & (starts[1:] < starts[:-1]))


def _column(frame: "pd.DataFrame", name: str) -> list:
    """A column as a plain list (iterating Arrow-backed columns value by value is slow); Nones when missing."""
    return frame[name].tolist() if name in frame else [None] * len(frame)


def _value(v: Any) -> float | None:
    return None if v is None or v != v else float(v)


def _read(figures: "pd.DataFrame", ms: _ByArticle, ss: _ByArticle, articles: "pd.DataFrame",
          broad: dict[str, str]) -> list[dict]:
    """One reading per figure that counts something: its set, owner (the subject its words give:
    a person, body, country or place), kind and date. ``broad`` gathers each owner's country."""
    import pandas as pd

    published = {a: (p if pd.notna(p) else None) for a, p in zip(_column(articles, "article_id"), _column(articles, "published"))}
    outlets = {a: (o if isinstance(o, str) and o else None) for a, o in zip(_column(articles, "article_id"), _column(articles, "outlet"))}
    names = ["article_id", "figure_id", "text", "value", "value_min", "value_max", "qualifier", "noun", "category",
             "timeframe", "period_start", "period_end", "claimant", "claimant_text", "sentence", "para_no", "sent_no",
             "start", "end"]
    cols = [_column(figures, c) for c in names]
    readings = []
    for n, (aid, fid, text, value, vmin, vmax, qual, noun, category, timeframe, ps, pe, claimant, claimant_text,
            sentence, para_no, sent_no, start, end) in enumerate(zip(*cols)):
        category = category if isinstance(category, str) and category else None
        if value is None or value != value or category in EXCLUDED_CATEGORIES or not isinstance(sentence, str):
            continue
        row = ss.at(aid, start)
        offset = None if row is None else int(ss.starts[row])
        if offset is None or sentence[start - offset:end - offset] != text:
            found = sentence.find(text)
            if found < 0:
                continue
            offset = start - found
        fs, fe = start - offset, end - offset
        noun_span, generic = (fs, fe), False
        what = counted(noun, category)
        if what is None:  # no noun: the term written before the number ("the death toll rose to 35")
            term = term_before(sentence[:fs])
            if term is None:
                continue
            noun_span, what = (term[0], term[1]), (term[2], False, category or term[3])
        counted_set, generic, category = what
        if counted_set == NOTHING:
            continue
        found = money_purpose(sentence, fs, fe) if category == "money" else None
        purpose = found[0] if found else None
        if found:  # an amount is one of revenue, debt, donations ...: "revenue (dollars)", whose is its noun's
            counted_set, noun_span = f"{purpose} ({counted_set})", (found[1], found[2])
        inside = []
        for i in ms.within(aid, offset, offset + len(sentence)):
            canonical, mkind, end_ = ms.get("canonical", i), ms.get("kind", i), ms.get("end", i)
            if end_ - offset <= len(sentence) and isinstance(canonical, str) and canonical:
                country = broad.setdefault(canonical, mention_subject(canonical, mkind, ms.get("country", i)))
                inside.append(Mention(int(ms.starts[i]) - offset, end_ - offset, canonical, ms.get("text", i), mkind,
                                      country))
        claimed = claimant if isinstance(claimant, str) and claimant else None
        said = claimant_text if isinstance(claimant_text, str) and claimant_text else None
        owner, rule = subject_of(sentence, (fs, fe), noun_span, category == "casualties", inside, claimed, said,
                                   noun if isinstance(noun, str) else None)
        a, b = clause_bounds(sentence, fs, fe)
        pub = published.get(aid)
        ps = ps if ps == ps and ps is not None else None  # NaT and NaN are not equal to themselves
        pe = pe if pe == pe and pe is not None else None
        kind = kind_of(sentence[a:fs], timeframe, ps, pe, pub, sentence[fe:b])
        readings.append({
            "article_id": aid, "outlet": outlets.get(aid), "published": pub, "as_of": as_of(kind, ps, pe, pub),
            "kind": kind, "value": float(value), "value_min": _value(vmin), "value_max": _value(vmax),
            "qualifier": qual, "claimant": claimed or said, "figure_id": fid, "text": text, "sentence": sentence,
            "category": category, "counted": counted_set, "generic": generic,
            "noun": noun if isinstance(noun, str) and noun else sentence[noun_span[0]:noun_span[1]],
            "owner": owner, "subject": owner, "subject_rule": rule, "timeframe": timeframe if isinstance(timeframe, str) else None,
            "start": int(start), "end": int(end), "_order": n, "_sentence": (aid, offset), "_purpose": purpose})
    return readings


def _near(value: float, other: float) -> bool:
    """Whether ``value`` is within :data:`JOIN_RATIO` of ``other`` (either way).

    >>> _near(30, 3000), _near(2600, 2000)
    (False, True)
    """
    return other > 0 and value > 0 and 1 / JOIN_RATIO <= value / other <= JOIN_RATIO


def _resolve(readings: list[dict], names: Callable[[str, str], bool] = lambda article, subject: True,
             backdrops: frozenset[str] = frozenset(), common: frozenset[str] = frozenset()) -> None:
    """Give subject-less figures the subject their sentence, article or story gives the same
    counted thing (when of the same magnitude; from the article never a backdrop country; from the
    story only a subject the article ``names`` and most articles do not, and only to a specific
    thing the noun file lists: not money, not a noun it does not know, not "people"),
    then generic counts ("people") the specific set their subject counts in numbers of the same
    magnitude. Keys only: one pass to index, one to resolve."""
    def key(r: dict) -> tuple:
        return (r["category"], "*" if r["generic"] else r["counted"])

    listed = listed_sets()

    # within a sentence, what a demonym or an owner says of one figure holds for the figures of the
    # same thing beside it: "100 Ruritanian soldiers were killed and 1,000 wounded in X"
    in_one: dict[tuple, list[dict]] = defaultdict(list)
    for r in readings:
        in_one[(r["_sentence"], key(r))].append(r)
    for rows in in_one.values():
        owners = {r["subject"] for r in rows if r["subject_rule"] in STRONG_RULES}
        if len(owners) == 1 and len(rows) > 1:
            owner = owners.pop()
            for r in rows:
                if r["subject_rule"] in ("", "place", "actor"):
                    r["subject"], r["subject_rule"] = owner, "sentence"
    known = [r for r in readings if r["subject"]]
    in_sentence: dict[tuple, list[dict]] = defaultdict(list)
    in_article: dict[tuple, list[dict]] = defaultdict(list)
    story: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for r in known:
        for k in {key(r), (r["category"], "*")}:
            in_sentence[(r["_sentence"], k)].append(r)
            if r["subject"] not in backdrops:
                in_article[(r["article_id"], k)].append(r)
                story[k][r["subject"]].append(r)
    # each counted thing's subjects, carried by most articles first, with the median of their numbers
    ranked = {k: [(subject, median(r["value"] for r in rows)) for subject, rows in
                  sorted(subjects.items(), key=lambda kv: (-len({r["article_id"] for r in kv[1]}), -len(kv[1]), kv[0]))]
              for k, subjects in story.items()}
    for r in readings:
        if r["subject"]:
            continue
        k = key(r)
        same = in_sentence.get((r["_sentence"], k))
        if same:
            r["subject"], r["subject_rule"] = same[0]["subject"], "sentence"
            continue
        near = sorted(in_article.get((r["article_id"], k), []), key=lambda o: abs(o["_order"] - r["_order"]))
        if near and _near(r["value"], near[0]["value"]):
            r["subject"], r["subject_rule"] = near[0]["subject"], "article"
            continue
        # the story's leading subjects of the same magnitude, the first the article names; only for
        # a thing the noun file knows: money, or a noun it does not list ("states"), is in every story
        if r["counted"] not in listed or r["category"] == "money" or r["generic"]:
            continue
        fitting = (subject for subject, middle in ranked.get(k, []) if _near(r["value"], middle) and subject not in common)
        for subject in islice(fitting, STORY_SUBJECTS):
            if names(r["article_id"], subject):
                r["subject"], r["subject_rule"] = subject, "story"
                break
    values: dict[tuple, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in readings:
        if r["subject"] and not r["generic"]:
            values[(r["category"], r["subject"])][r["counted"]].append(r["value"])
            values[(r["article_id"], r["category"], r["subject"])][r["counted"]].append(r["value"])
    # each specific set of a subject (in an article, in the corpus): how many figures, their median
    specific = {k: {s: (len(v), median(v)) for s, v in sets.items()} for k, sets in values.items()}
    for r in readings:
        if r["generic"] and r["subject"]:
            for scope in ((r["article_id"], r["category"], r["subject"]), (r["category"], r["subject"])):
                sets = {s: n for s, (n, middle) in specific.get(scope, {}).items() if _near(r["value"], middle)
                        and (len(scope) == 3 or s in listed)}  # across articles, only into a set the file lists
                if sets:
                    r["counted"] = min(sets, key=lambda s: (-sets[s], s))
                    break


def _names(ms: _ByArticle, ss: _ByArticle) -> Callable[[str, str], bool]:
    """Whether an article names a subject: one of its mentions stands for it, or its text writes it
    ("Yunnan", "Ruritania" in "Ruritanian"). Asked article by article, so one is kept at a time."""
    kept: list = [None, set(), ""]

    def names(article: str, subject: str) -> bool:
        if kept[0] != article:
            rows = range(*ms.ranges.get(article, (0, 0)))
            named = [[ms.get(c, i) for c in ("canonical", "kind", "country")] for i in rows]
            kept[:] = [article, {n for c, k, country in named if isinstance(c, str) for n in (c, mention_subject(c, k, country))},
                       "\n".join(t for t in ss.texts(article, "text") if isinstance(t, str))]
        return subject in kept[1] or subject in kept[2]

    return names


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def place_figures(figures: "pd.DataFrame", mentions: "pd.DataFrame", sentences: "pd.DataFrame",
                  articles: "pd.DataFrame") -> "pd.DataFrame":
    """The estimates table from the four tables it reads (what :func:`estimates` does on a
    corpus); the module docstring has an example."""
    import pandas as pd

    ms = _ByArticle(mentions, ("end", "canonical", "kind", "country", "text"))
    ss = _ByArticle(sentences)
    broad: dict[str, str] = {}
    readings = _read(figures, ms, ss, articles, broad)
    n_articles = articles["article_id"].nunique() if len(articles) else 0
    backdrops, common = widespread(mentions, n_articles)
    listed = listed_sets()
    choose_subjects(readings, broad, backdrops, listed)
    _resolve(readings, _names(ms, ss), backdrops, common)
    if n_articles >= MANY_ARTICLES:  # a noun alone would gather unrelated stories: left out
        readings = [r for r in readings if r["subject"]]
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in readings:
        groups[(r["category"], r["counted"], r["subject"])].append(r)
    nouns: dict[tuple, Counter] = defaultdict(Counter)
    purposes: dict[tuple, str] = {}
    for k, rows in groups.items():  # numbers of several orders of magnitude count several things
        bands = magnitude_bands([r["value"] for r in rows])
        split = max(bands) > 0 and bool(k[2])  # a noun alone already gathers unrelated stories
        for r, band in zip(rows, bands):
            r["_key"] = (*k, band if split else -1)
        if split:
            for band in set(bands):
                values = [r["value"] for r, b in zip(rows, bands) if b == band]
                nouns[(*k, band)]["\0" + band_name(min(values), max(values))] = 0
        for r in rows:
            nouns[r["_key"]][r["noun"].lower()] += 1
            if r["_purpose"]:
                purposes[r["_key"]] = r["_purpose"]
    ids, labels = {}, {}
    for k, written in nouns.items():
        category, counted_set, subject, _ = k
        order = next((w[1:] for w in written if w.startswith("\0")), "")
        ids[k] = ".".join(_slug(p) for p in (category or "other", counted_set, subject, order) if p)
        # a set of the noun file by its name; a noun it does not list as the writers most often wrote it
        shown = counted_set if counted_set in listed else min((w for w in written if not w.startswith("\0")),
                                                               key=lambda n: (-written[n], n))
        if k in purposes:
            shown = f"{purposes[k]} ({shown})"  # "revenue (dollars)"
        labels[k] = (f"{shown} · {subject}" if subject else shown) + (f" ({order})" if order else "")
    twice = {label for label, n in Counter(labels.values()).items() if n > 1}
    labels = {k: f"{label} ({k[0] or 'other'})" if label in twice else label for k, label in labels.items()}
    for r in readings:
        r["quantity"], r["quantity_id"] = labels[r["_key"]], ids[r["_key"]]
    frame = pd.DataFrame(readings, columns=COLUMNS) if readings else pd.DataFrame(columns=COLUMNS)
    return rank(frame)


def rank(est: "pd.DataFrame") -> "pd.DataFrame":
    """Quantities carried by most articles first (then most figures, then by name), each in date
    order: ``as_of``, publication, article, place in the article; undated rows last. Quantities
    whose subject is known come before those of a counted noun alone ("dollars" in articles that
    name no one), which may gather unrelated stories.

    Also fixes the column types (dates as datetime64, numbers as float).

    >>> import pandas as pd
    >>> est = pd.DataFrame({"quantity": ["b", "a", "a"], "quantity_id": ["b", "a", "a"], "article_id": ["x", "y", "z"],
    ...     "figure_id": ["x:f1", "y:f1", "z:f1"], "published": [None] * 3, "as_of": ["2025-02-01", "2025-03-01", "2025-01-01"],
    ...     "value": [1, 2, 3], "value_min": [None] * 3, "value_max": [None] * 3, "start": [0] * 3, "end": [1] * 3})
    >>> rank(est)[["quantity", "article_id"]].values.tolist()
    [['a', 'z'], ['a', 'y'], ['b', 'x']]
    """
    import pandas as pd

    est = est.copy()
    for c in ("published", "as_of"):
        est[c] = pd.to_datetime(est[c], errors="coerce")
    for c in ("value", "value_min", "value_max"):
        est[c] = pd.to_numeric(est[c], errors="coerce").astype(float)
    for c in ("start", "end"):
        est[c] = est[c].astype("int64")
    if est.empty:
        return est.reset_index(drop=True)
    placed = est["subject"].fillna("").astype(str).ne("") if "subject" in est else est["quantity_id"].notna()
    sizes = est.assign(_placed=placed).groupby("quantity_id").agg(
        placed=("_placed", "any"), articles=("article_id", "nunique"), figures=("figure_id", "size"),
        label=("quantity", "first"))
    order = sizes.sort_values(["placed", "articles", "figures", "label"], ascending=[False, False, False, True],
                              kind="stable")
    position = {q: i for i, q in enumerate(order.index)}
    est["_rank"] = est["quantity_id"].map(position)
    est = est.sort_values(["_rank", "as_of", "published", "article_id", "start"], na_position="last", kind="stable")
    return est.drop(columns="_rank").reset_index(drop=True)


# --------------------------------------------------------------------------- overrides

def find_quantity(est: "pd.DataFrame", quantity: str) -> str:
    """The quantity_id that ``quantity`` (an id or a label) names; KeyError listing the known ones.

    >>> import pandas as pd
    >>> find_quantity(pd.DataFrame({"quantity": ["troops · X"], "quantity_id": ["personnel.troops.x"]}), "troops · X")
    'personnel.troops.x'
    """
    if quantity in set(est["quantity_id"]):
        return quantity
    ids = est.loc[est["quantity"] == quantity, "quantity_id"].unique()
    if len(ids) == 1:
        return ids[0]
    known = ", ".join(sorted(set(est["quantity_id"])))
    raise KeyError(f"no quantity {quantity!r} ({'several have that label' if len(ids) else 'unknown'}); known: {known}")


def merge_quantities(est: "pd.DataFrame", a: str, b: str, label: str | None = None) -> "pd.DataFrame":
    """``est`` with quantity ``b`` folded into ``a`` (ids or labels): b's rows take a's id and label
    (or ``label``).

    >>> import pandas as pd
    >>> est = pd.DataFrame({"quantity": ["troops · X", "soldiers"], "quantity_id": ["p.troops.x", "p.soldier"],
    ...     "article_id": ["a", "b"], "figure_id": ["a:f1", "b:f1"], "published": [None, None], "as_of": [None, None],
    ...     "value": [1.0, 2.0], "value_min": [None, None], "value_max": [None, None], "start": [0, 0], "end": [1, 1]})
    >>> merge_quantities(est, "troops · X", "p.soldier").quantity.tolist()
    ['troops · X', 'troops · X']
    """
    qa, qb = find_quantity(est, a), find_quantity(est, b)
    est = est.copy()
    name = label or est.loc[est["quantity_id"] == qa, "quantity"].iloc[0]
    est.loc[est["quantity_id"].isin([qa, qb]), ["quantity", "quantity_id"]] = [name, qa]
    return rank(est)


def split_quantity(est: "pd.DataFrame", quantity: str, keyword: str, label: str | None = None) -> "pd.DataFrame":
    """``est`` with the rows of ``quantity`` whose figure or sentence holds ``keyword`` (any case)
    moved to a quantity of their own, ``"<label> (<keyword>)"`` unless ``label`` is given.

    >>> import pandas as pd
    >>> est = pd.DataFrame({"quantity": ["casualties", "casualties"], "quantity_id": ["c", "c"],
    ...     "article_id": ["a", "b"], "figure_id": ["a:f1", "b:f1"], "published": [None, None], "as_of": [None, None],
    ...     "text": ["12 killed", "40 injured"], "sentence": ["12 killed.", "40 injured."],
    ...     "value": [12.0, 40.0], "value_min": [None, None], "value_max": [None, None], "start": [0, 0], "end": [1, 1]})
    >>> split_quantity(est, "c", "injured")[["quantity", "quantity_id"]].values.tolist()
    [['casualties', 'c'], ['casualties (injured)', 'c+injured']]
    """
    q = find_quantity(est, quantity)
    word = keyword.strip().lower()
    if not word:
        raise ValueError("split_quantity needs a keyword")
    est = est.copy()
    rows = (est["quantity_id"] == q) & (est["text"].fillna("").str.lower().str.contains(word, regex=False)
                                        | est["sentence"].fillna("").str.lower().str.contains(word, regex=False))
    name = label or f"{est.loc[est['quantity_id'] == q, 'quantity'].iloc[0]} ({keyword.strip()})"
    est.loc[rows, ["quantity", "quantity_id"]] = [name, f"{q}+{_slug(keyword)}"]
    return rank(est)


def apply_overrides(est: "pd.DataFrame", overrides: Iterable[Sequence[str]] = ()) -> "pd.DataFrame":
    """Apply overrides in order: ``("merge", a, b)`` folds quantity b into a, ``("split", q, keyword)``
    moves q's rows holding keyword apart (see :func:`merge_quantities`, :func:`split_quantity`).

    >>> apply_overrides(None, [("join", "a", "b")])
    Traceback (most recent call last):
    ...
    ValueError: override 1: ('join', 'a', 'b') is not ("merge", a, b) or ("split", quantity, keyword)
    """
    for n, op in enumerate(overrides or (), start=1):
        op = tuple(op)
        if len(op) >= 3 and op[0] == "merge":
            est = merge_quantities(est, *op[1:4])
        elif len(op) >= 3 and op[0] == "split":
            est = split_quantity(est, *op[1:4])
        else:
            raise ValueError(f'override {n}: {op!r} is not ("merge", a, b) or ("split", quantity, keyword)')
    return est
