"""How specific a quantity's subject must be, and how far apart its numbers may lie, for the quantity
to be one thing counted over time (:mod:`helpers.analyse.estimates`).

Four judgements, each a mechanism and none a rule about one corpus:

- **Whose, not which country.** A figure read from a person or an organisation has two subjects:
  the owner itself ("Ana Duarte's delegates") and the country it belongs to. The country is used
  (the Pentagon's troops are a country's troops; what the noun file lists, troops or casualties,
  is always a country's) unless the corpus calls for the owner: several owners of one country
  each carry the same other thing (two candidates' delegates are two quantities), or one owner
  alone does, or the country is the corpus's backdrop. See :func:`choose_subjects`.
- **A backdrop country says nothing.** A country that stands behind most articles of a corpus
  of many articles (:func:`widespread`) is, like a stop word, no subject: its people and bodies are
  their own subjects, it is a subject only where the figure's own words name it (a demonym, "of
  X", "X's", X as the agent) for a specific thing (troops, not dollars or people), and it is
  never handed to a figure that does not name it.
- **One order of things.** A quantity whose numbers span more than :data:`SPAN` (two orders of
  magnitude) counts several things: it is cut into magnitude bands (:func:`magnitude_bands`),
  each its own quantity ("dollars · Freedonia (2 million to 3.5 million)").
- **Rather left out than forced in.** In a corpus of :data:`MANY_ARTICLES` or more, a figure that
  names no owner is in no quantity: its counted noun alone would gather unrelated stories.

>>> magnitude_bands([12, 35, 120, 2_000_000, 3_500_000])
[0, 0, 0, 1, 1]
>>> band_name(2_000_000, 3_500_000)
'2 million to 3.5 million'
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: A country behind more than this share of the articles is the corpus's backdrop ...
BACKDROP_SHARE = 0.5
#: ... when the corpus has at least this many articles. Below, a corpus is read as one story, whose
#: countries are what it is about (a word is no stop word in a handful of documents), and a figure
#: that names no subject still forms a quantity of its counted noun alone; from this many on, such
#: a figure would gather unrelated stories and is left out.
MANY_ARTICLES = 20
#: The rules of :func:`~helpers.analyse.quantities.subject_of` that read a subject in the figure's
#: own words (a demonym in the noun, "of X", "X's", X doing it); the others only see X nearby.
OWN_WORDS = frozenset({"noun", "of", "possessive", "agent"})
#: How many owners of one country, each with at least two figures of a counted thing, make that
#: thing theirs rather than the country's.
OWNERS = 2
#: The widest ratio between the numbers of one quantity (two orders of magnitude).
SPAN = 100.0


def widespread(mentions: "pd.DataFrame", n_articles: int) -> tuple[frozenset[str], frozenset[str]]:
    """``(backdrop, common)``: the countries behind more than :data:`BACKDROP_SHARE` of ``n_articles``
    articles (named, or standing behind a person or body named), and every name (person, body,
    country, place) named in that many, when there are at least :data:`MANY_ARTICLES`.
    That an article names a common name says nothing about which story a figure belongs to.

    >>> import pandas as pd
    >>> m = pd.DataFrame({"article_id": [f"a{i}" for i in range(30)], "canonical": ["Ana Duarte"] * 30,
    ...                   "kind": ["person"] * 30, "country": ["Freedonia"] * 30})
    >>> [sorted(s) for s in widespread(m, 30)], [sorted(s) for s in widespread(m.head(5), 5)]
    ([['Freedonia'], ['Ana Duarte', 'Freedonia']], [[], []])
    """
    if n_articles < MANY_ARTICLES or mentions.empty:
        return frozenset(), frozenset()
    countries = mentions["country"].where(mentions["country"].notna() & (mentions["country"] != ""),
                                          mentions["canonical"].where(mentions["kind"] == "country"))
    least = BACKDROP_SHARE * n_articles
    per = mentions.assign(_c=countries).dropna(subset=["_c"]).groupby("_c")["article_id"].nunique()
    backdrop = frozenset(str(c) for c, n in per.items() if n > least)
    named = mentions.groupby("canonical")["article_id"].nunique()
    return backdrop, backdrop | frozenset(str(c) for c, n in named.items() if n > least)


def choose_subjects(readings: list[dict], broad: dict[str, str], backdrops: Iterable[str] = (),
                    specific_sets: Iterable[str] = ()) -> None:
    """Set each reading's ``subject`` from the ``owner`` its words gave and ``broad`` (owner → its
    country). A person's or body's figure is its own when its words name it (:data:`OWN_WORDS`)
    and the corpus calls for it: the country is the backdrop; or, for a thing not of
    ``specific_sets`` (the noun file's sets: troops, casualties, which are a country's whoever
    sends or counts them), several of the country's owners each count it (:data:`OWNERS`, two
    figures each), or one owner alone counts it and the country itself never does. Otherwise it is
    the country's. A backdrop country is a subject only where the figure's own words name it, for
    a thing of ``specific_sets`` (not money, not a generic count of people); else the figure has none.

    >>> rows = [{"category": "personnel", "counted": "delegate", "owner": o, "subject_rule": "agent", "generic": False}
    ...         for o in ["Ana Duarte", "Ana Duarte", "Ben Ortiz", "Ben Ortiz", "Freedonia"]]
    >>> choose_subjects(rows, {"Ana Duarte": "Freedonia", "Ben Ortiz": "Freedonia"})
    >>> [r["subject"] for r in rows]
    ['Ana Duarte', 'Ana Duarte', 'Ben Ortiz', 'Ben Ortiz', 'Freedonia']
    >>> choose_subjects(rows[2:], {"Ana Duarte": "Freedonia", "Ben Ortiz": "Freedonia"})
    >>> [r["subject"] for r in rows[2:]]
    ['Freedonia', 'Freedonia', 'Freedonia']
    """
    backdrops, specific_sets = frozenset(backdrops), frozenset(specific_sets)
    owners: dict[tuple, Counter] = defaultdict(Counter)
    direct: set[tuple] = set()
    for r in readings:
        # where a thing is ("killed in X") is X itself; who has it may stand for a country
        country = r["_country"] = r["owner"] if r["subject_rule"] == "place" else broad.get(r["owner"], r["owner"])
        family = (r["category"], r["counted"], country)
        if r["owner"] and country == r["owner"]:
            direct.add(family)
        elif r["owner"] and r["subject_rule"] in OWN_WORDS:
            owners[family][r["owner"]] += 1
    # what a country has or suffers (the noun file's sets: troops, casualties) is the country's,
    # whoever sends or counts it; other things (delegates, money) may be their owners'
    theirs = {k for k, c in owners.items() if k[2] in backdrops or k[1] not in specific_sets and (
        sum(n >= 2 for n in c.values()) >= OWNERS or (len(c) == 1 and k not in direct))}
    for r in readings:
        owner, rule, country = r["owner"], r["subject_rule"], r.pop("_country")
        own = rule in OWN_WORDS
        subject = owner if own and (r["category"], r["counted"], country) in theirs else country
        if subject in backdrops and not (own and not r["generic"] and r["category"] != "money"
                                         and r["counted"] in specific_sets):
            subject, r["subject_rule"] = "", ""
        r["subject"] = subject


def magnitude(value: float) -> float:
    """The order of a number (its log10; 0 for numbers under 1 and for 0, negatives by their size).

    >>> magnitude(1000), magnitude(-250), magnitude(0)
    (3.0, 2.3979400086720375, 0.0)
    """
    return math.log10(max(abs(value), 1.0))


def magnitude_bands(values: Iterable[float], span: float = SPAN) -> list[int]:
    """A band number per value: the widest group within ``span`` (a ratio) is band 0, the widest of
    the rest band 1, and so on; all 0 when the values fit in one span. Ties go to the lower numbers.

    >>> magnitude_bands([5, 20, 30, 400])
    [0, 0, 0, 0]
    >>> magnitude_bands([15, 20, 2_000_000, 3_000_000, 7e9])
    [0, 0, 1, 1, 2]
    """
    logs = [magnitude(v) for v in values]
    width = math.log10(span)
    if not logs or max(logs) - min(logs) <= width:
        return [0] * len(logs)
    order = sorted(range(len(logs)), key=lambda i: logs[i])
    band = [-1] * len(logs)
    left = order
    n = 0
    while left:
        best, best_lo, j = 0, 0, 0
        for i in range(len(left)):  # two pointers over the sorted values left: the fullest window
            while logs[left[j]] < logs[left[i]] - width:
                j += 1
            if i - j + 1 > best:
                best, best_lo = i - j + 1, j
        for k in left[best_lo:best_lo + best]:
            band[k] = n
        left = left[:best_lo] + left[best_lo + best:]
        n += 1
    return band


def short_number(value: float) -> str:
    """A number for a label: "250", "12,000", "3.5 million", "1.2 trillion".

    >>> short_number(12000), short_number(3_500_000), short_number(-2e9), short_number(0.5)
    ('12,000', '3.5 million', '-2 billion', '0.5')
    """
    size = abs(value)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if size >= scale:
            return f"{value / scale:,.3g} {word}"
    return f"{value:,.0f}" if float(value).is_integer() or size >= 100 else f"{value:.3g}"


def band_name(low: float, high: float) -> str:
    """How a band is named in labels: its lowest and highest number.

    >>> band_name(3, 40), band_name(100_000, 10_000_000), band_name(7e9, 7e9)
    ('3 to 40', '100,000 to 10 million', '7 billion')
    """
    a, b = short_number(low), short_number(high)
    return a if a == b else f"{a} to {b}"
