"""How articles spell the actors they name: spellings per article, and pairs that are variants of one name.

>>> looks_alike("Abdel Fattah al Sisi", "Abdel Fattah al-Sisi")
True
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Iterable

from .common import _filled, _join_distinct, _of, _side_by_side, outlet_labels

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: What is dropped from a name before comparing spellings: spaces, hyphens, dots, apostrophes.
NAME_NOISE_RE = re.compile(r"[\s\-\u2010\u2011.'\u2019]+")
#: A word of a name: "Abdel Fattah al-Sisi" has the words abdel, fattah, al, sisi.
NAME_WORD_RE = re.compile(r"[^\s\-\u2010\u2011]+")
#: Two spellings of a name are variants when their letters agree this much (difflib ratio, 0-1).
VARIANT_RATIO = 0.75


def squash_name(name: str) -> str:
    """A name with case, spaces, hyphens, dots and apostrophes folded away.

    >>> squash_name("Abdel Fattah al-Sisi") == squash_name("Abdel Fattah al Sisi")
    True
    """
    return NAME_NOISE_RE.sub("", name).casefold()


def looks_alike(x: str, y: str) -> bool:
    """Whether two different names look like spellings of one name, not two descriptions or a short form.

    The same letters once spaces, hyphens, dots and case are folded; or as many words, each
    pair the same or close in letters (:data:`VARIANT_RATIO`).

    >>> looks_alike("Abdel Fattah al Sisi", "Abdel Fattah al-Sisi"), looks_alike("Sviatlana Tsikhanouskaya", "Sviatlana Tsikhanovskaya")
    (True, True)
    >>> looks_alike("Biden", "Joe Biden"), looks_alike("Ankara's police", "Turkey's police service")
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
    al Sisi / al-Sisi), and ``variants`` lists those pairs; a short form ("Biden" for "Joe Biden") is
    not a variant. Rows: actors named by most outlets first, then by name.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"]})
    >>> m = pd.DataFrame({"article_id": ["a", "b"], "text": ["Abdel Fattah al Sisi", "Abdel Fattah al-Sisi"],
    ...                   "canonical": ["Abdel Fattah al-Sisi"] * 2, "kind": ["person"] * 2, "country": ["Egypt"] * 2,
    ...                   "start": [0, 0], "end": [20, 20]})
    >>> actor_variants(m, arts).iloc[0].to_dict()
    {'canonical': 'Abdel Fattah al-Sisi', 'kind': 'person', 'country': 'Egypt', 'A': 'Abdel Fattah al Sisi', 'B': 'Abdel Fattah al-Sisi', 'outlets': 2, 'differs': True, 'variants': 'Abdel Fattah al Sisi / Abdel Fattah al-Sisi'}
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




def outlet_spellings(mentions: "pd.DataFrame", units: dict[str, str]) -> "pd.DataFrame":
    """The named actors whose name two units (outlets) spell differently, most units first: actor,
    kind, outlets (naming it), variants (the pairs of spellings), which (each unit's spellings).

    >>> import pandas as pd
    >>> m = pd.DataFrame({"article_id": ["a", "b"], "text": ["Abdel Fattah al Sisi", "Abdel Fattah al-Sisi"],
    ...                   "canonical": ["Abdel Fattah al-Sisi"] * 2, "kind": ["person"] * 2, "start": [0, 0]})
    >>> outlet_spellings(m, {"a": "AP", "b": "Reuters"})[["actor", "variants"]].values.tolist()
    [['Abdel Fattah al-Sisi', 'Abdel Fattah al Sisi / Abdel Fattah al-Sisi']]
    """
    import pandas as pd

    from .named import is_named

    cols = ["actor", "kind", "outlets", "variants", "which"]
    m = mentions[mentions["article_id"].astype(str).isin(list(units))]
    if m.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    m = m.assign(actor=_filled(m["canonical"], m["text"]), unit=m["article_id"].astype(str).map(units))
    # only actors named by two units in more than one spelling can be spelled differently
    m = m[(m.groupby("actor")["unit"].transform("nunique") > 1) & (m.groupby("actor")["text"].transform("nunique") > 1)]
    m = m[m["actor"].map(is_named).astype(bool)]
    rows = []
    spelled = m.groupby(["actor", "kind", "unit"], sort=True, dropna=False)["text"].agg(lambda t: set(t))
    for (actor, kind), per_unit in spelled.groupby(level=[0, 1], sort=True, dropna=False):
        per_unit = per_unit.droplevel([0, 1])
        pairs = name_variants(list(per_unit))
        if pairs:
            rows.append({"actor": actor, "kind": kind, "outlets": len(per_unit),
                         "variants": "; ".join(f"{x} / {y}" for x, y in pairs),
                         "which": "; ".join(f"{u}: {' | '.join(sorted(s))}" for u, s in per_unit.items())})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["outlets", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)
