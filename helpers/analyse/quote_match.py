"""Quotes several articles carry: normalised wordings, matching (same, contained, similar), groups.

Candidates are found by blocking, never by comparing every pair of quotes: two wordings are
compared only when they share a run of :data:`SHINGLE` words that few wordings hold, or when
the shorter one (a partial quote of fewer words) is a run of the longer one.

>>> quote_words("It’s  a fresh start,")
("it's", 'a', 'fresh', 'start')
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from ..read.text import normalize
from .common import _filled, _of, _side_by_side, _union, memo_frames, outlet_labels

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: A word of a normalised quote: letters and digits with inner apostrophes ("it's", "don't").
QUOTE_WORD_RE = re.compile(r"\w+(?:'\w+)*")
#: Two quotes are "similar" when their normalised wordings agree this much (difflib ratio, 0-1).
SIMILAR_RATIO = 0.8
#: A shorter quote is "contained" in a longer one when runs of 2+ shared words cover this share of it.
CONTAINED_SHARE = 0.8
#: The fewest words a quote needs to be found inside another ("fresh start" counts, "start" does not).
MIN_CONTAINED_WORDS = 2
#: Wordings sharing a run of this many words are compared.
SHINGLE = 3
#: A quote of fewer words is a fragment: it joins a group but does not link two.
LONG_QUOTE = 6
#: A run held by more distinct wordings than this is a common phrase ("I don't think that"), not a shared quote.
MAX_BLOCK = 25


def quote_words(text: str) -> tuple[str, ...]:
    """The words of a quote with case, curly quotes, dashes and punctuation folded away.

    >>> quote_words("\u201cIt\u2019s  a fresh start,\u201d \u2014 they said")
    ("it's", 'a', 'fresh', 'start', 'they', 'said')
    """
    return tuple(QUOTE_WORD_RE.findall(normalize(text if isinstance(text, str) else "")))


def contains_words(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` occurs as an unbroken run of words inside ``longer``.

    >>> contains_words(("we", "will", "not", "stand", "by"), ("stand", "by"))
    True
    >>> contains_words(("we", "will", "not", "stand", "by"), ("by", "stand"))
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

    >>> quote_match(quote_words("Talks are a good sign."), quote_words("talks are a good sign"))
    ('same', 1.0)
    >>> quote_match(quote_words("stand by"), quote_words("Ankara will not stand by"))
    ('contained', 1.0)
    >>> quote_match(quote_words("Talks are a good sign"), quote_words("Talks are good signs"))[0]
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
    """Pairs (i < j) of distinct wordings worth comparing, found by blocking, never by trying all pairs.

    Two wordings are candidates when they share two runs of :data:`SHINGLE` words (one, when
    either is shorter than :data:`LONG_QUOTE`) that at most :data:`MAX_BLOCK` wordings hold, or when the shorter,
    of :data:`MIN_CONTAINED_WORDS` words up to a shingle, is a run of the longer one and of at most
    :data:`MAX_BLOCK` wordings (a generic fragment such as "of the" links nothing).

    >>> _candidate_pairs([("we", "will", "not", "stand", "by"), ("stand", "by"), ("will", "not", "stand", "by", "now"), ("go",)])
    [(0, 1), (0, 2), (1, 2)]
    """
    from collections import Counter

    runs = [{ws[k:k + SHINGLE] for k in range(max(1, len(ws) - SHINGLE + 1))} for ws in words]
    blocks: dict[tuple[str, ...], list[int]] = {}
    for i, own in enumerate(runs):
        for run in own:
            blocks.setdefault(run, []).append(i)
    shared: Counter = Counter()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            shared.update((a, b) for n, a in enumerate(members) for b in members[n + 1:])
    pairs = {(a, b) for (a, b), n in shared.items() if n >= 2 or min(len(words[a]), len(words[b])) < LONG_QUOTE}
    short = {ws: i for i, ws in enumerate(words) if MIN_CONTAINED_WORDS <= len(ws) < SHINGLE}
    inside: dict[int, list[int]] = {}
    for i, ws in enumerate(words if short else ()):
        for run in {ws[k:k + n] for n in range(MIN_CONTAINED_WORDS, SHINGLE) for k in range(len(ws) - n + 1)}:
            j = short.get(run)
            if j is not None and j != i:
                inside.setdefault(j, []).append(i)
    for j, holders in inside.items():
        if len(holders) <= MAX_BLOCK:
            pairs.update((min(i, j), max(i, j)) for i in holders)
    return sorted(pairs)


def _link(words: list[tuple[str, ...]], links: dict[tuple[int, int], tuple[str, float]]) -> list[int]:
    """Group numbers of the distinct wordings (from 1, in order of first member) given their matches.

    Quotes of :data:`LONG_QUOTE` words or more are grouped with every quote they match. A shorter
    one (a fragment) joins the group of what it matches only when that is one group, or two: a
    fragment found in many quotes ("very sad") is common wording, and would chain unrelated quotes.

    >>> _link([("a", "b", "c", "d", "e", "f"), ("x", "y"), ("a", "b", "c", "d", "e", "g")], {(0, 2): ("similar", 0.9), (0, 1): ("contained", 1.0)})
    [1, 1, 1]
    """
    strong = [(i, j) for i, j in links if min(len(words[i]), len(words[j])) >= LONG_QUOTE or links[(i, j)][0] != "contained"]
    base = _union(len(words), strong)
    partners: dict[int, set[int]] = {}
    for i, j in links:
        if min(len(words[i]), len(words[j])) < LONG_QUOTE and links[(i, j)][0] == "contained":
            short, other = (i, j) if len(words[i]) < len(words[j]) else (j, i)
            partners.setdefault(short, set()).add(base[other])
    pairs = [(i, j) for i, j in strong]
    for short, groups in partners.items():
        if len(groups) <= 2:
            firsts = {g: base.index(g) for g in groups}
            pairs += [(short, first) for first in firsts.values()]
    return _union(len(words), pairs)


QUOTE_GROUP_COLUMNS = ("group", "article_id", "outlet", "quote_id", "text", "speaker", "speaker_text", "partial",
                       "start", "end", "n_articles", "how", "similarity")


@memo_frames
def quote_groups(quotes: "pd.DataFrame", articles: "pd.DataFrame") -> "pd.DataFrame":
    """Every quote of the articles with the ``group`` of quotes that say the same words.

    Quotes are linked when :func:`quote_match` finds them the same, similar or one inside the
    other, and groups are the linked sets (a partial quote can join a full one). ``n_articles``
    counts the articles carrying the group; ``how`` and ``similarity`` describe its weakest link
    ("same" only when every quote has the same words). ``speaker`` is the canonical speaker, or
    the attribution as written when there is none. The answer for the same two DataFrame objects
    is remembered (:func:`helpers.analyse.common.memo_frames`): treat it as read-only.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "quote_id": ["a-1", "b-1"], "text": ["stand by", "We won't stand by"],
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
    by_wording = _link(distinct, links)
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
    ...                   "speaker": ["Lee", "Eze"], "speaker_text": ["Lee", "Eze"], "start": [0, 0], "end": [11, 14]})
    >>> unique_quotes(q, arts)[["outlet", "text"]].values.tolist()
    [['A', 'Yes we can.'], ['B', 'No way, never.']]
    """
    groups = quote_groups(quotes, articles)
    alone = groups[groups["n_articles"] == 1]
    return (alone[["outlet", "article_id", "quote_id", "text", "speaker", "start", "end"]]
            .sort_values(["article_id", "start"], kind="stable").reset_index(drop=True))


