"""Across articles: which figures, quotes and actors several outlets carry, and how they differ.

Functions take the corpus tables (DataFrames) and return DataFrames; nothing here reads files.
"""
from __future__ import annotations


# =============================================================================================
# How outlets differ: quotes several carry, how each spells an actor, what only one reports,
# and how much each pair of articles overlaps. Every function takes the corpus tables (or a
# Corpus) and works for any number of articles, including none or one.
# =============================================================================================
import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..read.text import normalize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: A word of a normalised quote: letters and digits with inner apostrophes ("it's", "don't").
QUOTE_WORD_RE = re.compile(r"\w+(?:'\w+)*")
#: What is dropped from a name before comparing spellings: spaces, hyphens, dots, apostrophes.
NAME_NOISE_RE = re.compile(r"[\s\-\u2010\u2011.'\u2019]+")
#: A word of a name: "Lee Jae-myung" has the words lee, jae, myung.
NAME_WORD_RE = re.compile(r"[^\s\-\u2010\u2011]+")
#: Two quotes are "similar" when their normalised wordings agree this much (difflib ratio, 0-1).
SIMILAR_RATIO = 0.8
#: A shorter quote is "contained" in a longer one when runs of 2+ shared words cover this share of it.
CONTAINED_SHARE = 0.8
#: The fewest words a quote needs to be found inside another ("fair game" counts, "idle" does not).
MIN_CONTAINED_WORDS = 2
#: Two spellings of a name are variants when their letters agree this much (difflib ratio, 0-1).
VARIANT_RATIO = 0.75
#: A quote is compared only with quotes that share one of its rarest words, so N articles stay fast.
RARE_WORDS = 4
#: What every comparison says when the corpus holds fewer than two articles.
ONE_ARTICLE = "Only one article: nothing to compare."
#: The kinds of row :func:`only_in` lists, in the order it lists them.
ONLY_KINDS = ("figure", "quote", "actor")


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


# -- quotes -----------------------------------------------------------------------------------
def quote_words(text: str) -> tuple[str, ...]:
    """The words of a quote with case, curly quotes, dashes and punctuation folded away.

    >>> quote_words("\u201cIt\u2019s  fair game,\u201d \u2014 they said")
    ("it's", 'fair', 'game', 'they', 'said')
    """
    return tuple(QUOTE_WORD_RE.findall(normalize(text if isinstance(text, str) else "")))


def contains_words(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` occurs as an unbroken run of words inside ``longer``.

    >>> contains_words(("we", "will", "not", "sit", "idle"), ("sit", "idle"))
    True
    >>> contains_words(("we", "will", "not", "sit", "idle"), ("idle", "sit"))
    False
    """
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def quote_match(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, float]:
    """How the words of two quotes match, and how closely (0-1; 0.0 when they do not match).

    ``same``: the same words; ``contained``: the shorter (a partial quote) lies inside the longer,
    whole or with runs of 2+ words covering :data:`CONTAINED_SHARE` of it; ``similar``: the
    wordings agree by :data:`SIMILAR_RATIO` letter by letter; ``""``: no match. The order of
    ``a`` and ``b`` does not matter.

    >>> quote_match(quote_words("Images are a serious thing."), quote_words("images are a serious thing"))
    ('same', 1.0)
    >>> quote_match(quote_words("sit idle"), quote_words("Seoul will not sit idle"))
    ('contained', 1.0)
    >>> quote_match(quote_words("Images are a serious thing"), quote_words("Images are serious things"))[0]
    'similar'
    >>> quote_match(quote_words("We will win."), quote_words("They lost the war."))
    ('', 0.0)
    """
    if not a or not b:
        return "", 0.0
    if a == b:
        return "same", 1.0
    short, long_ = sorted((a, b), key=lambda words: (len(words), words))
    if len(short) >= MIN_CONTAINED_WORDS and contains_words(long_, short):
        return "contained", 1.0
    # difflib's ratio depends on the order of its arguments; its quick bounds skip hopeless pairs.
    letters = SequenceMatcher(None, *sorted((" ".join(a), " ".join(b))), autojunk=False)
    if letters.real_quick_ratio() >= SIMILAR_RATIO and letters.quick_ratio() >= SIMILAR_RATIO:
        ratio = letters.ratio()
        if ratio >= SIMILAR_RATIO:
            return "similar", round(ratio, 2)
    long_words = set(long_)
    if len(short) >= 3 and sum(w in long_words for w in short) >= CONTAINED_SHARE * len(short):
        blocks = SequenceMatcher(None, long_, short, autojunk=False).get_matching_blocks()
        share = sum(m.size for m in blocks if m.size >= 2) / len(short)
        if share >= CONTAINED_SHARE:
            return "contained", round(share, 2)
    return "", 0.0


def _candidate_pairs(words: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Pairs (i < j) of quotes worth comparing: j holds one of the :data:`RARE_WORDS` rarest words of i.

    >>> _candidate_pairs([("a", "b"), ("b", "c"), ("d",)])
    [(0, 1)]
    """
    index: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in set(ws):
            index.setdefault(w, []).append(i)
    pairs = set()
    for i, ws in enumerate(words):
        for w in sorted(set(ws), key=lambda w: (len(index[w]), w))[:RARE_WORDS]:
            pairs.update((min(i, j), max(i, j)) for j in index[w] if j != i)
    return sorted(pairs)


QUOTE_GROUP_COLUMNS = ("group", "article_id", "outlet", "quote_id", "text", "speaker", "speaker_text", "partial",
                       "start", "end", "n_articles", "how", "similarity")


def quote_groups(quotes: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Every quote of the articles with the ``group`` of quotes that say the same words.

    Quotes are linked when :func:`quote_match` finds them the same, similar or one inside the
    other, and groups are the linked sets (a partial quote can join a full one). ``n_articles``
    counts the articles carrying the group; ``how`` and ``similarity`` describe its weakest link
    ("same" only when every quote has the same words). ``speaker`` is the canonical speaker, or
    the attribution as written when there is none.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a-1", "b-1"], "text": ["sit idle", "We won't sit idle"],
    ...                   "speaker": ["Lee", "Lee"], "speaker_text": ["Lee", "he"], "start": [5, 9], "end": [13, 26]})
    >>> quote_groups(q, arts)[["group", "outlet", "n_articles", "how"]].values.tolist()
    [[1, 'A', 2, 'contained'], [1, 'B', 2, 'contained']]
    """
    import pandas as pd

    labels = outlet_labels(articles)
    q = _of(quotes, labels, QUOTE_GROUP_COLUMNS[3:10])
    # Each distinct wording is compared once (wire copy repeats quotes word for word); a quote
    # without words gets a wording of its own, so that it matches nothing.
    words = [quote_words(t) or (f"\0{n}",) for n, t in enumerate(q["text"])]
    distinct = list(dict.fromkeys(words))
    slot = {ws: n for n, ws in enumerate(distinct)}
    links = {}
    for i, j in _candidate_pairs(distinct):
        how, score = quote_match(distinct[i], distinct[j])
        if how:
            links[(i, j)] = (how, score)
    by_wording = _union(len(distinct), links)
    group = [by_wording[slot[ws]] for ws in words]
    kinds: dict[int, set] = {}
    low: dict[int, float] = {}
    for (i, _), (how, score) in links.items():
        kinds.setdefault(by_wording[i], set()).add(how)
        low[by_wording[i]] = min(low.get(by_wording[i], 1.0), score)
    out = q.assign(group=group, outlet=q["article_id"].map(labels),
                   speaker=_filled(q["speaker"], q["speaker_text"]) if len(q) else q["speaker"])
    out["n_articles"] = out.groupby("group")["article_id"].transform("nunique") if len(q) else pd.Series(dtype="int64")
    size = out.groupby("group")["group"].transform("size") if len(q) else pd.Series(dtype="int64")
    out["how"] = [_group_how(kinds.get(g, set())) if n > 1 else "" for g, n in zip(group, size)]
    out["similarity"] = [low.get(g, 1.0) for g in group]
    return out[list(QUOTE_GROUP_COLUMNS)].sort_values(["group", "article_id", "start"], kind="stable").reset_index(drop=True)


def _group_how(kinds: set) -> str:
    """One word for how a group's quotes match: its weakest kind of link; no link means the same words."""
    for how in ("similar", "contained"):
        if how in kinds:
            return how
    return "same"


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


def match_quotes(quotes: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Quotes carried by more than one article: one row per shared quote, each outlet's wording and speaker side by side.

    Columns: quote (the group number of :func:`quote_groups`), how, similarity, outlets (how
    many carry it), then for each outlet "<outlet>" (its wording, several joined with " | "),
    "<outlet> speaker" (canonical) and "<outlet> attribution" (the speaker as the outlet wrote it).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a-1", "b-1"], "text": ["We won\u2019t go.", "we won't go"],
    ...                   "speaker": ["Lee", None], "speaker_text": ["Lee", "the mayor"], "start": [0, 0], "end": [12, 11]})
    >>> row = match_quotes(q, arts).iloc[0].to_dict()
    >>> row["how"], row["A"], row["B"], row["A speaker"], row["B speaker"], row["B attribution"]
    ('same', 'We won\u2019t go.', "we won't go", 'Lee', 'the mayor', 'the mayor')
    """
    labels = outlet_labels(articles)
    groups = quote_groups(quotes, articles)
    shared = groups[groups["n_articles"] > 1]
    fields = {"": "text", "speaker": "speaker", "attribution": "speaker_text"}
    wide = _side_by_side(shared, "group", fields, labels).rename(columns={"group": "quote"})
    facts = shared.drop_duplicates("group").set_index("group")
    wide.insert(1, "how", wide["quote"].map(facts["how"]) if len(wide) else [])
    wide.insert(2, "similarity", wide["quote"].map(facts["similarity"]) if len(wide) else [])
    wide.insert(3, "outlets", wide["quote"].map(facts["n_articles"]) if len(wide) else [])
    return wide


def unique_quotes(quotes: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Quotes only one article carries (no same, similar or containing quote elsewhere), in reading order.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a-1", "b-1"], "text": ["Yes we can.", "No way, never."],
    ...                   "speaker": ["Lee", "Kim"], "speaker_text": ["Lee", "Kim"], "start": [0, 0], "end": [11, 14]})
    >>> unique_quotes(q, arts)[["outlet", "text"]].values.tolist()
    [['A', 'Yes we can.'], ['B', 'No way, never.']]
    """
    groups = quote_groups(quotes, articles)
    alone = groups[groups["n_articles"] == 1]
    return (alone[["outlet", "article_id", "quote_id", "text", "speaker", "start", "end"]]
            .sort_values(["article_id", "start"], kind="stable").reset_index(drop=True))


# -- actors -----------------------------------------------------------------------------------
def squash_name(name: str) -> str:
    """A name with case, spaces, hyphens, dots and apostrophes folded away.

    >>> squash_name("Lee Jae-myung") == squash_name("Lee Jae Myung")
    True
    """
    return NAME_NOISE_RE.sub("", name).casefold()


def looks_alike(x: str, y: str) -> bool:
    """Whether two different names look like spellings of one name, not two descriptions or a short form.

    The same letters once spaces, hyphens, dots and case are folded; or as many words, each
    pair the same or close in letters (:data:`VARIANT_RATIO`).

    >>> looks_alike("Lee Jae Myung", "Lee Jae-myung"), looks_alike("Sviatlana Tsikhanouskaya", "Sviatlana Tsikhanovskaya")
    (True, True)
    >>> looks_alike("Biden", "Joe Biden"), looks_alike("Kyiv's intelligence", "Ukraine's intelligence service")
    (False, False)
    """
    a, b = squash_name(x), squash_name(y)
    if a == b:
        return x != y
    wx = [w.casefold() for w in NAME_WORD_RE.findall(x)]
    wy = [w.casefold() for w in NAME_WORD_RE.findall(y)]
    return len(wx) == len(wy) and all(p == q or _close_word(p, q) for p, q in zip(wx, wy))


def _close_word(p: str, q: str) -> bool:
    """Two words of 3+ letters whose letters agree by :data:`VARIANT_RATIO` ("kyiv", "kiev")."""
    return min(len(p), len(q)) >= 3 and SequenceMatcher(None, *sorted((p, q)), autojunk=False).ratio() >= VARIANT_RATIO


def name_variants(spellings: Iterable[Iterable[str]]) -> list[tuple[str, str]]:
    """Pairs of spellings of one actor, each used by one article and not the other, that look alike.

    ``spellings`` holds, per article, the forms it writes the actor's name in.

    >>> name_variants([{"Sviatlana Tsikhanouskaya", "Tsikhanouskaya"}, {"Sviatlana Tsikhanovskaya", "Tsikhanovskaya"}])
    [('Sviatlana Tsikhanouskaya', 'Sviatlana Tsikhanovskaya'), ('Tsikhanouskaya', 'Tsikhanovskaya')]
    >>> name_variants([{"Joe Biden", "Biden"}, {"Biden"}])
    []
    """
    sets = [set(s) for s in spellings]
    found = set()
    for n, a in enumerate(sets):
        for b in sets[n + 1:]:
            found.update(tuple(sorted((x, y))) for x in a - b for y in b - a if looks_alike(x, y))
    return sorted(found)


def actor_spellings(mentions: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """One row per (actor, article): the spellings the article uses, in order of first use.

    Columns: canonical (the gazetteer's name, or the text as written for an unknown actor),
    kind, country, article_id, outlet, spellings (joined with " | "), mentions, start (first).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["A"]})
    >>> m = pd.DataFrame({"article_id": ["a", "a"], "text": ["Sviatlana Tsikhanouskaya", "Tsikhanouskaya"],
    ...                   "canonical": ["Sviatlana Tsikhanovskaya"] * 2, "kind": ["person"] * 2, "country": ["Belarus"] * 2,
    ...                   "start": [0, 40], "end": [18, 48]})
    >>> actor_spellings(m, arts)[["canonical", "spellings", "mentions"]].values.tolist()
    [['Sviatlana Tsikhanovskaya', 'Sviatlana Tsikhanouskaya | Tsikhanouskaya', 2]]
    """
    import pandas as pd

    labels = outlet_labels(articles)
    m = _of(mentions, labels, ("canonical", "kind", "country", "start"))
    columns = ["canonical", "kind", "country", "article_id", "outlet", "spellings", "mentions", "start"]
    if m.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    m = m.assign(canonical=_filled(m["canonical"], m["text"]))
    out = (m.groupby(["canonical", "article_id"], sort=True)
           .agg(kind=("kind", "first"), country=("country", "first"), spellings=("text", _join_distinct),
                mentions=("text", "size"), start=("start", "min"))
           .reset_index())
    out["outlet"] = out["article_id"].map(labels)
    return out[columns]


def actor_variants(mentions: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """The actors the articles name, one row per actor, a column per outlet with its spellings.

    ``differs`` flags an actor whose name two outlets spell differently (Tsikhanouskaya / Tsikhanovskaya,
    Lee Jae Myung / Lee Jae-myung), and ``variants`` lists those pairs; a short form ("Biden" for
    "Joe Biden") is not a variant. Rows: actors named by most outlets first, then by name.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> m = pd.DataFrame({"article_id": ["a", "b"], "text": ["Lee Jae Myung", "Lee Jae-myung"], "canonical": ["Lee Jae-myung"] * 2,
    ...                   "kind": ["person"] * 2, "country": ["South Korea"] * 2, "start": [0, 0], "end": [11, 11]})
    >>> actor_variants(m, arts).iloc[0].to_dict()
    {'canonical': 'Lee Jae-myung', 'kind': 'person', 'country': 'South Korea', 'A': 'Lee Jae Myung', 'B': 'Lee Jae-myung', 'outlets': 2, 'differs': True, 'variants': 'Lee Jae Myung / Lee Jae-myung'}
    """
    labels = outlet_labels(articles)
    long = actor_spellings(mentions, articles)
    wide = _side_by_side(long, "canonical", {"": "spellings"}, labels)
    facts = long.groupby("canonical", sort=True).agg(kind=("kind", "first"), country=("country", "first"),
                                                     outlets=("article_id", "nunique"))
    per_actor = {name: [set(s.split(" | ")) for s in part["spellings"]] for name, part in long.groupby("canonical", sort=True)}
    pairs = {name: name_variants(sets) for name, sets in per_actor.items()}
    wide.insert(1, "kind", wide["canonical"].map(facts["kind"]) if len(wide) else [])
    wide.insert(2, "country", wide["canonical"].map(facts["country"]) if len(wide) else [])
    wide["outlets"] = wide["canonical"].map(facts["outlets"]) if len(wide) else []
    wide["differs"] = [bool(pairs.get(n)) for n in wide["canonical"]]
    wide["variants"] = ["; ".join(f"{x} / {y}" for x, y in pairs.get(n, [])) for n in wide["canonical"]]
    return wide.sort_values(["outlets", "canonical"], ascending=[False, True], kind="stable").reset_index(drop=True)


# -- figures ----------------------------------------------------------------------------------
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
    buckets: dict[tuple, list[int]] = {}
    if f["value_min"].isna().all():  # a table without the low end of its ranges: the value was the low end
        f["value_min"] = f["value"].where(f["value_max"].notna())
    for i, key in enumerate(map(_figure_bucket, f["value"], f["value_min"], f["value_max"], f["text"], f["qualifier"])):
        buckets.setdefault(key, []).append(i)
    category = list(f["category"])
    pairs = [(i, j) for members in buckets.values() for n, i in enumerate(members) for j in members[n + 1:]
             if figures_compatible(category[i], category[j])]
    out = f.assign(group=_union(len(f), pairs), outlet=f["article_id"].map(labels))
    out["n_articles"] = out.groupby("group")["article_id"].transform("nunique")
    return out[list(FIGURE_GROUP_COLUMNS)].sort_values(["group", "article_id", "start"], kind="stable").reset_index(drop=True)


# -- what only one reports, and overlap -------------------------------------------------------
ONLY_COLUMNS = ("outlet", "article_id", "what", "text", "detail", "start", "end")


def _detail(*parts: Any) -> str:
    """Non-empty parts joined with " · "."""
    return " · ".join(str(p) for p in parts if isinstance(p, str) and p.strip())


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


# -- figure claims (figures issue) --------------------------------------------------------------
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
