"""Countries from maintained data: the countryinfo package's names, other spellings, demonyms and capitals.

Every country with an ISO code becomes an actor of kind ``country``: its name, its English
other spellings (without codes such as "FR" or "FRA", nor "Korea, Republic of" index forms),
its demonym as a nationality adjective ("Peruvian"), and its capital as a name for its
government ("Lima said") when the capital is a city of a country of a million people or more
and not also a given name ("Victoria", "Douglas"). ``data/actors.csv`` keeps only what the
package lacks ("U.S.", "Burma", "Canadian government"); a row there for the same country is
merged with the package's (its aliases and adjectives added, its canonical name kept).

In: nothing (the package's data). Out: :func:`package_countries`, one row per country as
``(canonical, aliases, adjectives)``.

>>> rows = {name: (aliases, adjs) for name, aliases, adjs in package_countries()}
>>> "Lima" in rows["Peru"][0], rows["Peru"][1]
(True, ('Peruvian',))
"""
from __future__ import annotations

import re
from functools import lru_cache

from .titles import first_names

#: An other spelling worth matching: English letters, spaces, hyphens, apostrophes and dots, not an index form.
_SPELLING_RE = re.compile(r"[A-Z][A-Za-z .'\u2019-]+")
#: Capitals of smaller countries are rarely their government's name in news, and often a person's name.
_METONYM_POPULATION = 1_000_000


@lru_cache(maxsize=None)
def package_countries() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(name, aliases, adjectives) of every country the countryinfo package lists with an ISO code,
    by name. The package is imported here, on first use only.

    >>> [row for row in package_countries() if row[0] == "Chile"]
    [('Chile', ('Republic of Chile', 'Santiago'), ('Chilean',))]
    """
    from countryinfo import all_countries

    out, seen = [], set()
    given = first_names()
    for c in all_countries():
        info = c.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        name = info.get("name") or ""
        if not iso or iso in seen or not name:
            continue
        seen.add(iso)
        aliases = [s for s in info.get("altSpellings") or () if _SPELLING_RE.fullmatch(s) and len(s) > 3 and s != name]
        capital = info.get("capital")
        if isinstance(capital, str) and _SPELLING_RE.fullmatch(capital) and capital not in given and \
                (info.get("population") or 0) >= _METONYM_POPULATION:
            aliases.append(capital)
        demonym = info.get("demonym")
        adjectives = (demonym,) if isinstance(demonym, str) and _SPELLING_RE.fullmatch(demonym) else ()
        out.append((name, tuple(dict.fromkeys(aliases)), adjectives))
    return tuple(sorted(out))
