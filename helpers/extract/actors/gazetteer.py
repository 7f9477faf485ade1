"""The gazetteer of ``data/actors.csv``: the alias index, plus resolving and describing names.

:meth:`Gazetteer.resolve` finds the known actor a written name stands for, past titles,
nationalities and possessives ("U.S. national security adviser Jake Sullivan", "X's spy
agency"); :meth:`Gazetteer.describe` also reads an unknown one from the words themselves (a
person's name as written, "<country>'s <body>", a description). Nationality adjectives
("Polish") give a country; gendered titles and first names a gender.

In: the CSV file (canonical, kind, country, aliases, titles, gender, context_aliases,
adjectives). Out: :class:`Gazetteer`, read once per path by :func:`load_gazetteer`.

>>> gaz = load_gazetteer()
>>> gaz.resolve("Turkish President Recep Tayyip Erdoğan's").canonical
'Recep Tayyip Erdogan'
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Container, Iterable

from ...lexicon import read_table
from ...paths import DATA
from .aliases import AliasIndex
from .countries import package_countries
from .keys import KINDS, _POSSESSIVE_END_RE, Actor, name_key, token_key, tokens
from .names import person_name, without_initials
from .titles import first_names, head_kind, post_nominals, title_words, titles

#: "X's Y": an owner and a thing. For example "Tokyo's foreign ministry".
POSSESSIVE_RE = re.compile(r"^(?:the\s+)?(?P<owner>[^'\u2019]+?)['\u2019]s\s+(?P<thing>.+)$", re.I)
#: "Y of X" for bodies named after a country. For example "Foreign Ministry of Poland".
OF_COUNTRY_RE = re.compile(r"^(?:the\s+)?(?P<thing>[A-Z][\w ]+?)\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w .]+)$")
#: The body a role speaks for: "a spokesman for the ministry", "a professor ... at Lund University".
_ROLE_BODY_RE = re.compile(r"\s(?:for|of|at|from|with)\s+(?P<body>(?:the\s+)?[A-Z].*)$")
#: What a company issues, before its name: "Shares of X rose" speaks of X.
_SECURITIES = frozenset("shares stock stocks bonds".split())
#: A name in capital letters: "ASIC", "U.N.C.R."
_ACRONYM_RE = re.compile(r"(?:[A-Z]\.?){2,6}")
#: Leading article of a written name: "the bloc" → "bloc".
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.I)


class _Recorder:
    """A context that notes what it was asked and what it answered."""

    def __init__(self, context: Container[str]):
        self.context = context
        self.asked: dict[str, bool] = {}

    def __contains__(self, canonical: object) -> bool:
        found = canonical in self.context
        if isinstance(canonical, str):
            self.asked[canonical] = found
        return found


class Gazetteer(AliasIndex):
    """Actors and the indexes that find and resolve their names.

    Finding is the :class:`~.aliases.AliasIndex`'s; this class adds nationality adjectives and
    the resolution of written names to actors, known or not.

    >>> gaz = load_gazetteer()
    >>> gaz.resolve("Tokyo's foreign ministry").canonical
    "Japan's Foreign Ministry"
    >>> gaz.resolve("nobody in particular") is None
    True
    """

    def __init__(self, actors: Iterable[Actor], context_aliases: dict[str, tuple[str, ...]] | None = None,
                 adjectives: dict[str, tuple[str, ...]] | None = None):
        super().__init__(actors, context_aliases)
        self._described: dict[str, list[tuple[tuple[tuple[str, bool], ...] | None, Actor]]] = {}
        self.adjectives: dict[str, Actor] = {}
        #: Demonym as written ("Kenyan") → the country's canonical name, the file's first.
        self.demonyms: dict[str, str] = {}
        for canonical, adjs in (adjectives or {}).items():
            for adj in adjs:
                self.adjectives.setdefault(name_key(adj), self.by_canonical[canonical])
                self.demonyms.setdefault(adj, canonical)
        words = sorted((a for adjs in (adjectives or {}).values() for a in adjs), key=len, reverse=True)
        self._adjective_re = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                                        + r")(?!\w)") if words else None

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.resolve(name) is not None

    # -- resolution ----------------------------------------------------------
    def resolve(self, name: str, context: Container[str] | None = None) -> Actor | None:
        """The known actor ``name`` refers to, or None.

        Tolerates case, quotes, hyphens and possessives; strips titles and nationalities before a
        name ("U.S. national security adviser Jake Sullivan"); reads "X's Y" where X is a
        country ("Washington's spy agency" is the CIA).

        >>> gaz = load_gazetteer()
        >>> gaz.resolve("U.S. national security adviser Jake Sullivan").canonical
        'Jake Sullivan'
        >>> gaz.resolve("Washington's spy agency").canonical
        'CIA'
        >>> gaz.resolve("Priorities USA") is None
        True
        """
        if not name or not name.strip():
            return None
        actor = self.lookup(name, context) or self._compose(name, context)
        if actor is None and ". " in name and without_initials(name) != name:  # "FBI Director James B. Comey"
            actor = self.resolve(without_initials(name), context)
        if actor is not None:
            return actor
        toks = tokens(name)
        cased = name != name.lower()
        for i in range(1, len(toks)):
            if cased and not toks[i][2][:1].isupper():
                continue  # a name starts with a capital: "spokesman Jake Sullivan", not "sullivan"
            actor = self.lookup(name[toks[i][0]:], context)
            if actor is None:
                continue
            before = token_key(toks[i - 1][2])
            titled = before in title_words() or before in self.adjectives or before == "'s"
            if self._only_titles(name[:toks[i][0]]) or (actor.kind == "person" and titled):
                return actor
        return None

    def _only_titles(self, text: str) -> bool:
        """Whether ``text`` holds only titles, nationalities and articles ("the Kenyan President")."""
        words = [k for k in (token_key(t) for _, _, t in tokens(text)) if k[:1] != "'"]
        return all(w in title_words() or w in ("the", "a", "an", "of") or w in self.adjectives for w in words)

    def _compose(self, name: str, context: Container[str] | None) -> Actor | None:
        """"X's Y" or "Y of X" with X a country: the actor listed as "<country>'s Y"."""
        m = POSSESSIVE_RE.match(name.strip()) or OF_COUNTRY_RE.match(name.strip())
        if not m:
            return None
        owner = self.lookup(m.group("owner"), context) or self.adjectives.get(name_key(m.group("owner")))
        if owner is None or owner.kind != "country":
            return None
        for alias in (owner.canonical, *owner.aliases):
            actor = self.lookup(f"{alias}'s {m.group('thing')}")
            if actor is not None:
                return actor
        return None

    def describe(self, name: str, context: Container[str] | None = None) -> Actor:
        """The known actor for ``name``, else an unknown one read from the words themselves.

        An unknown person keeps the name as written without titles; "<country>'s <body>" keeps
        its country; a description ("the report", "senior officials") is kept as written.

        >>> gaz = load_gazetteer()
        >>> a = gaz.describe("Deputy Foreign Minister Tran Van Minh")
        >>> a.canonical, a.kind, a.known
        ('Tran Van Minh', 'person', False)
        >>> a = gaz.describe("Poland's Foreign Ministry")
        >>> a.canonical, a.kind, a.country
        ("Poland's Foreign Ministry", 'organization', 'Poland')
        >>> gaz.describe("Donald Trump and Hillary Clinton").canonical
        'Hillary Clinton'
        >>> a = gaz.describe("a spokesperson for the Danish Foreign Ministry")
        >>> a.canonical, a.country
        ('Danish Foreign Ministry', 'Denmark')
        >>> gaz.describe("RVTA").kind
        'organization'
        >>> a = gaz.describe("Analysts at Calder & Finch")
        >>> a.canonical, a.kind
        ('Calder & Finch', 'organization')
        >>> gaz.describe("Shares of Brightwell Systems").canonical
        'Brightwell Systems'
        """
        # Cached per name with the answers the context gave: a story that answers the same way
        # gets the same actor (most names ask nothing of the context).
        held = self._described.get(name)
        if held is None:
            if len(self._described) >= 65536:
                self._described.clear()
            held = self._described[name] = []
        for asked, actor in held:
            if asked is None:
                if context is None:
                    return actor
            elif context is not None and all((c in context) == r for c, r in asked):
                return actor
        recorder = _Recorder(context) if context is not None else None
        actor = self._describe(name, recorder)
        held.append((tuple(recorder.asked.items()) if recorder is not None else None, actor))
        return actor

    def _describe(self, name: str, context: Container[str] | None) -> Actor:
        actor = self.resolve(name, context)
        if actor is not None:
            return actor
        text = _POSSESSIVE_END_RE.sub("", _ARTICLE_RE.sub("", name.strip(" \t\n\"',.;:\u201c\u201d\u2018\u2019")))
        m = POSSESSIVE_RE.match(text)
        if m:
            owner = self.lookup(m.group("owner"), context)
            if owner is not None and owner.kind == "country":
                thing = m.group("thing")
                kind = "person" if head_kind(thing) == "role" else "organization"
                return Actor(f"{owner.canonical}'s {thing}", kind, owner.canonical, known=False)
        body = _ROLE_BODY_RE.search(text)
        head = head_kind(text[:body.start()]) if body else ""
        if body and _ARTICLE_RE.sub("", text[:body.start()]).lower() in _SECURITIES:
            head = "group"  # "Shares of Corvanta Therapeutics": the company
        if head in ("role", "group"):
            inner = self.describe(body.group("body"), context)  # "a spokesperson for the Danish Foreign Ministry"
            if inner.kind in ("organization", "media") or (head == "role" and inner.kind == "country"):
                return inner  # "analysts at Calder & Finch": the firm; "residents of Peru" are not Peru
        kind = head_kind(text)
        if _ACRONYM_RE.fullmatch(text):
            kind = "organization"  # "ASIC", "CWA": letters in capitals name a body
        person = person_name(text, self) if kind not in ("organization", "document", "group") else ""
        if person:
            return self.lookup(person, context) or Actor(without_initials(person), "person", self.country_in(text),
                                                         gender=self.gender_of(text, person), known=False)
        kind = "organization" if kind in ("organization", "document") or not kind and text[:1].isupper() else "person"
        return Actor(text, kind, self.country_in(text), gender=self.gender_of(text), known=False)

    def country_in(self, text: str) -> str:
        """The country a description names by adjective or name ("Kenyan Deputy Foreign Minister").

        >>> load_gazetteer().country_in("French President Emmanuel Macron")
        'France'
        """
        m = self._adjective_re.search(text) if self._adjective_re else None
        if m:
            return self.adjectives[name_key(m.group())].canonical
        for _, _, actor in self.find(text):
            if actor.kind == "country" or actor.country:
                return actor.country or actor.canonical
        return ""

    def gender_of(self, description: str, name: str = "") -> str:
        """m, f or "" from a gendered title ("Mrs.", "spokeswoman") or a first name the lists know.

        >>> load_gazetteer().gender_of("spokeswoman Jane Roe"), load_gazetteer().gender_of("Dr. Lee")
        ('f', '')
        >>> load_gazetteer().gender_of("Lord Mayor Helen Dale", "Helen Dale")
        'f'
        """
        keys = [token_key(t) for _, _, t in tokens(description)]
        for i, k in enumerate(keys):
            if i + 1 < len(keys) and f"{k} {keys[i + 1]}" in titles():
                continue  # "Lord Mayor": a title of two words, not the honorific "Lord"
            g = titles().get(k, ("", ""))[1]
            if g:
                return g
        first = (name or description).split()[:1]
        return first_names().get(first[0], "") if first else ""


def _split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split("|") if x.strip())


@lru_cache(maxsize=8)
def _load(path: str) -> Gazetteer:
    p = Path(path)
    actors, context, adjectives = [], {}, {}
    for n, r in enumerate(read_table(p.name, p.parent), start=1):
        if r["kind"] not in KINDS:
            raise ValueError(f"{p}: row {n} ({r['canonical']}): kind {r['kind']!r} is not one of {', '.join(KINDS)}")
        actors.append(Actor(r["canonical"], r["kind"], r.get("country", ""), _split(r.get("aliases", "")),
                            _split(r.get("titles", "")), r.get("gender", "")))
        if r.get("context_aliases"):
            context[r["canonical"]] = _split(r["context_aliases"])
        if r.get("adjectives"):
            adjectives[r["canonical"]] = _split(r["adjectives"])
    _add_countries(actors, adjectives)
    post_nominals()  # name reading's other list from a package: read it now, with the gazetteer, not mid-extraction
    return Gazetteer(actors, context, adjectives)


def _add_countries(actors: list[Actor], adjectives: dict[str, tuple[str, ...]]) -> None:
    """Merge the package's countries (:mod:`.countries`) into the file's actors: a country the file
    lists (by its name or an alias) gains the package's spellings, demonym and capital after its
    own; any other is added after the file's actors. A name the file gives another actor stays
    that actor's ("Brussels" for the European Union, "Palestine" for the territories)."""
    at = {name_key(n): k for k, a in enumerate(actors) if a.kind == "country" for n in (a.canonical, *a.aliases)}
    taken = {name_key(n) for a in actors for n in (a.canonical, *a.aliases)}
    new = []
    for name, aliases, adjs in package_countries():
        aliases = tuple(a for a in aliases if name_key(a) not in taken or at.get(name_key(a)) is not None)
        k = at.get(name_key(name))
        if k is None:
            k = next((at[name_key(a)] for a in aliases if name_key(a) in at), None)
        if k is None:
            new.append((name, aliases, adjs))
            continue
        own = actors[k]
        extra = tuple(a for a in (name, *aliases) if a != own.canonical and a not in own.aliases)
        actors[k] = Actor(own.canonical, own.kind, own.country, own.aliases + extra, own.titles, own.gender, own.known)
        adjectives[own.canonical] = tuple(dict.fromkeys(adjectives.get(own.canonical, ()) + adjs))
    for name, aliases, adjs in new:  # after the file's countries, whose demonyms come first ("Indian")
        actors.append(Actor(name, "country", name, aliases))
        adjectives[name] = adjs


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer of ``data/actors.csv`` (or another file with the same columns), read once per path.

    >>> gaz = load_gazetteer()
    >>> gaz is load_gazetteer(), gaz.resolve("UAE").kind
    (True, 'country')
    """
    return _load(str(Path(path) if path else DATA / "actors.csv"))
