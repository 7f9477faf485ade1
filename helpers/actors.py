"""Actors: the gazetteer of ``data/actors.csv``, name resolution, and the mentions table.

The gazetteer knows people, organisations, countries, places and media with their spellings
("Zelenskyy", "Zelensky"), metonyms ("Seoul" for the South Korean government) and names that
only count inside a story that names the actor another way ("the North"). Names it does not
know are still read from the text: a title before a capitalised name ("Vice Foreign Minister
Kim Jong Gyu") or an appositive after one ("John Smith, a spokesman for ...") makes a person,
reported as written.

>>> gaz = load_gazetteer()
>>> gaz.resolve("Ukrainian President Volodymyr Zelenskyy's").canonical
'Volodymyr Zelensky'
>>> [(text[s:e], a.canonical) for text in ["Seoul and the DPRK met."] for s, e, a in gaz.find(text)]
[('Seoul', 'South Korea'), ('DPRK', 'North Korea')]
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .lexicon import read_table
from .paths import DATA

if TYPE_CHECKING:  # pragma: no cover
    from .articles import Article

KINDS = ("person", "organization", "country", "place", "media")


@dataclass(frozen=True)
class Actor:
    """One actor. ``known`` is False for a name read from the text rather than the gazetteer."""

    canonical: str
    kind: str
    country: str = ""
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    gender: str = ""
    known: bool = True


# --------------------------------------------------------------------------- tokens

#: Word tokens for name matching: dotted acronyms ("U.S."), initials ("N." before a space), words
#: with inner apostrophes ("O'Brien") and possessive markers ("'s", a plural's "'") on their own.
#: For example ``"Zelenskyy's U.S. aide"`` gives ``Zelenskyy``, ``'s``, ``U.S.``, ``aide``.
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s)|[^\W_]+(?:['\u2019](?![sS]\b)[^\W_]+)*|['\u2019][sS]\b|(?<=s)['\u2019](?!\w)")
#: What may separate two words of one name: spaces, or a hyphen ("Kim Jong-un" = "Kim Jong Un").
NAME_GAP_RE = re.compile(r"(?:[ \t\u00a0]+|[ \t]?[-\u2010\u2011][ \t]?)")
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-",
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})
#: Words that open a sentence or clause and so say nothing about the capitalised word after them.
FUNCTION_WORDS = frozenset("""a an the this that these those and or but nor so yet as at by for from in into of on onto
to with without about after before during since until while when where which who whom whose why how if than then
there here it its he she they we i you his her their our my your not no also also even only just both either
neither each every all any some many most much more several last next earlier later meanwhile however separately
still instead moreover furthermore asked speaking according though although because unless whether""".split())
DAY_MONTH_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december""".split())


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The matching key of one token: case-folded, accents, dots and apostrophe style removed.

    >>> token_key("U.S."), token_key("Türkiye"), token_key("\u2019s")
    ('us', 'turkiye', "'s")
    """
    t = unicodedata.normalize("NFKD", token.translate(_FOLD))
    return "".join(c for c in t if not unicodedata.combining(c)).replace(".", "").casefold()


def tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` of every word token of ``text``.

    >>> [t for _, _, t in tokens("Kim Jong-un's N. Korea")]
    ['Kim', 'Jong', 'un', "'s", 'N.', 'Korea']
    """
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def name_key(name: str) -> str:
    """A name folded for lookup: no quotes, possessive, dots, hyphens, case or leading "the".

    >>> name_key("the North\u2019s"), name_key("Kim Jong-Un"), name_key('"U.S."')
    ('north', 'kim jong un', 'us')
    """
    s = unicodedata.normalize("NFKC", name).translate(_FOLD).replace(".", "").strip(" \t\n\"',;:!?()[]")
    s = re.sub(r"(?:'s|(?<=s)')$", "", s, flags=re.I)
    s = " ".join(token_key(t) for _, _, t in tokens(s.replace("-", " ")) if t[:1] != "'")
    return s[4:] if s.startswith("the ") else s


def _case_rule(token: str) -> str:
    """How a text token must be capitalised to match this alias token: upper, cap or any."""
    bare = token.replace(".", "")
    if len(bare) >= 2 and bare.isupper():
        return "upper"
    return "cap" if token[:1].isupper() else "any"


def _case_ok(rule: str, token: str, after_hyphen: bool) -> bool:
    if rule == "any" or after_hyphen:
        return True
    if rule == "upper":
        return token.replace(".", "").isupper()
    return token[:1].isupper()


# --------------------------------------------------------------------------- the gazetteer

@dataclass(frozen=True)
class _Entry:
    keys: tuple[str, ...]
    rules: tuple[str, ...]
    actor: Actor
    contextual: bool


class Gazetteer:
    """Actors and the indexes that find and resolve their names.

    >>> gaz = load_gazetteer()
    >>> gaz.resolve("the North's Foreign Ministry").canonical
    "North Korea's Foreign Ministry"
    >>> gaz.resolve("nobody in particular") is None
    True
    """

    def __init__(self, actors: Iterable[Actor], context_aliases: dict[str, tuple[str, ...]] | None = None,
                 adjectives: dict[str, tuple[str, ...]] | None = None):
        self.actors: tuple[Actor, ...] = tuple(actors)
        self.by_canonical = {a.canonical: a for a in self.actors}
        self._keys: dict[str, Actor] = {}
        self._context_keys: dict[str, Actor] = {}
        self._first: dict[str, list[_Entry]] = {}
        context_aliases = context_aliases or {}
        for actor in self.actors:
            for name in (actor.canonical, *actor.aliases):
                self._add(name, actor, contextual=False)
            for name in context_aliases.get(actor.canonical, ()):
                self._add(name, actor, contextual=True)
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e.keys))
        self.adjectives: dict[str, Actor] = {}
        for canonical, adjs in (adjectives or {}).items():
            for adj in adjs:
                self.adjectives.setdefault(name_key(adj), self.by_canonical[canonical])
        self._adjective_re = _alternation(sorted((a for adjs in (adjectives or {}).values() for a in adjs), key=len, reverse=True))

    def _add(self, name: str, actor: Actor, contextual: bool) -> None:
        toks = [t for _, _, t in tokens(name)]
        if not toks:
            return
        (self._context_keys if contextual else self._keys).setdefault(name_key(name), actor)
        entry = _Entry(tuple(token_key(t) for t in toks), tuple(_case_rule(t) for t in toks), actor, contextual)
        self._first.setdefault(entry.keys[0], []).append(entry)

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.resolve(name) is not None

    # -- resolution ----------------------------------------------------------
    def lookup(self, name: str, context: Iterable[str] | None = None) -> Actor | None:
        """The actor whose alias is exactly ``name`` (case, hyphens, possessive and "the" aside).

        Context aliases ("the North") count when ``context`` is None or names their actor.

        >>> load_gazetteer().lookup("Zelenskyy").canonical
        'Volodymyr Zelensky'
        """
        key = name_key(name)
        actor = self._keys.get(key)
        if actor is None:
            actor = self._context_keys.get(key)
            if actor is not None and context is not None and actor.canonical not in context:
                actor = None
        return actor

    def resolve(self, name: str, context: Iterable[str] | None = None) -> Actor | None:
        """The known actor ``name`` refers to, or None.

        Tolerates case, quotes, hyphens and possessives; strips titles and nationalities before a
        name ("U.S. National Security Council spokesman John Kirby"); reads "X's Y" where X is a
        country ("Seoul's spy agency" is the National Intelligence Service).

        >>> gaz = load_gazetteer()
        >>> gaz.resolve("U.S. National Security Council spokesman John Kirby").canonical
        'John Kirby'
        >>> gaz.resolve("Seoul's spy agency").canonical
        'National Intelligence Service'
        """
        if not name or not name.strip():
            return None
        actor = self.lookup(name, context)
        if actor is not None:
            return actor
        actor = self._compose(name, context)
        if actor is not None:
            return actor
        toks = tokens(name)
        for i in range(1, len(toks)):
            if not toks[i][2][:1].isupper() or toks[i][2][:1] in "'\u2019":
                continue  # a name starts with a capital: "spokesman John Kirby", not "kirby"
            actor = self.lookup(name[toks[i][0]:], context)
            if actor is None:
                continue
            before = token_key(toks[i - 1][2])
            titled = before in title_words() or before in self.adjectives or before == "'s"
            if self._only_titles(name[:toks[i][0]]) or (actor.kind == "person" and titled):
                return actor
        return None

    def _only_titles(self, text: str) -> bool:
        """Whether ``text`` holds only titles, nationalities and articles ("the Ukrainian President")."""
        words = [token_key(t) for _, _, t in tokens(text) if t[:1] not in "'\u2019"]
        return all(w in title_words() or w in ("the", "a", "an") or w in self.adjectives for w in words)

    def _compose(self, name: str, context: Iterable[str] | None) -> Actor | None:
        """"X's Y" or "Y of X" with X a country: the actor listed as "<country>'s Y"."""
        m = POSSESSIVE_RE.match(name.strip()) or OF_COUNTRY_RE.match(name.strip())
        if not m:
            return None
        owner = self.lookup(m.group("owner"), context) or self.adjectives.get(name_key(m.group("owner")))
        if owner is None or owner.kind != "country":
            return None
        thing = m.group("thing")
        for alias in (owner.canonical, *owner.aliases):
            actor = self.lookup(f"{alias}'s {thing}")
            if actor is not None:
                return actor
        return None

    def describe(self, name: str, context: Iterable[str] | None = None) -> Actor:
        """The known actor for ``name``, else an unknown one read from the words themselves.

        An unknown person keeps the name as written without titles; "<country>'s <body>" keeps
        its country; anything else is an organization named as written (without "the").

        >>> gaz = load_gazetteer()
        >>> a = gaz.describe("Vice Foreign Minister Kim Jong Gyu")
        >>> a.canonical, a.kind, a.known
        ('Kim Jong Gyu', 'person', False)
        >>> a = gaz.describe("Poland's Foreign Ministry")
        >>> a.canonical, a.kind, a.country
        ("Poland's Foreign Ministry", 'organization', 'Poland')
        """
        actor = self.resolve(name, context)
        if actor is not None:
            return actor
        text = re.sub(r"^(?:the|a|an)\s+", "", name.strip(" \t\n\"',.;:\u201c\u201d\u2018\u2019"), flags=re.I)
        text = re.sub(r"['\u2019]s$", "", text)
        m = POSSESSIVE_RE.match(text)
        if m:
            owner = self.lookup(m.group("owner"), context)
            if owner is not None and owner.kind == "country":
                thing = m.group("thing")
                kind = "person" if _head_kind(thing) == "role" else "organization"
                return Actor(f"{owner.canonical}'s {thing}", kind, owner.canonical, known=False)
        person = person_name(text, self)
        country = self.country_in(text)
        if person and self.lookup(person, context) is not None:
            return self.lookup(person, context)
        if person:
            return Actor(person, "person", country, gender=self.gender_of(text, person), known=False)
        kind = "person" if _head_kind(text) == "role" else "organization"
        return Actor(text, kind, country, known=False)

    def country_in(self, text: str) -> str:
        """The country a description names by adjective or name ("North Korean Vice Foreign Minister").

        >>> load_gazetteer().country_in("Polish President Andrzej Duda")
        'Poland'
        """
        m = self._adjective_re.search(text) if self._adjective_re else None
        if m:
            return self.adjectives[name_key(m.group())].canonical
        for _, _, actor in self.find(text):
            if actor.kind == "country":
                return actor.canonical
            if actor.country:
                return actor.country
        return ""

    def gender_of(self, description: str, name: str = "") -> str:
        """m, f or "" from a gendered title ("Mrs.", "spokeswoman") or a first name the lists know.

        >>> load_gazetteer().gender_of("spokeswoman Jane Roe"), load_gazetteer().gender_of("Dr. Lee")
        ('f', '')
        """
        for _, _, t in tokens(description):
            g = titles().get(token_key(t), ("", ""))[1]
            if g:
                return g
        first = (name or description).split()[:1]
        return first_names().get(first[0], "") if first else ""

    # -- finding -------------------------------------------------------------
    def find(self, text: str, context: Iterable[str] | None = None) -> list[tuple[int, int, Actor]]:
        """Non-overlapping longest alias matches in ``text``, left to right, as (start, end, actor).

        A context alias ("the North") counts only if its actor is in ``context`` or, with no
        context given, is matched another way in ``text``. A country followed by "'s" and a body
        it is listed with grows into that body ("Seoul's spy agency"). A place inside a longer
        capitalised name is skipped ("George Washington").

        >>> gaz = load_gazetteer()
        >>> [(s, e, a.canonical) for s, e, a in gaz.find("Pyongyang: the North's Foreign Ministry and Kim Jong-un's aides")]
        [(0, 9, 'North Korea'), (11, 39, "North Korea's Foreign Ministry"), (44, 55, 'Kim Jong Un')]
        >>> gaz.find("The North won the game.")
        []
        """
        toks = tokens(text)
        out: list[tuple[int, int, Actor, str]] = []  # the last item: the actor a context alias needs
        i, n = 0, len(toks)
        while i < n:
            hit = self._match_at(text, toks, i)
            if hit is None:
                i += 1
                continue
            length, entry = hit
            start, end = toks[i][0], toks[i + length - 1][1]
            actor = entry.actor
            if actor.kind in ("country", "place"):
                grown = self._grow_possessive(text, toks, i + length, actor)
                if grown:
                    length, end, actor = grown[0] - i, grown[1], grown[2]
                elif length == 1 and _inside_name(text, toks, i):
                    i += 1
                    continue
            out.append((start, end, actor, entry.actor.canonical if entry.contextual else ""))
            i += length
        named = set(context) if context is not None else {a.canonical for _, _, a, need in out if not need}
        return [(s, e, a) for s, e, a, need in out if not need or need in named]

    def _match_at(self, text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, _Entry] | None:
        entries = self._first.get(token_key(toks[i][2]))
        if not entries:
            return None
        for entry in entries:
            k = len(entry.keys)
            if i + k > len(toks):
                continue
            ok = True
            for j in range(k):
                s, e, t = toks[i + j]
                if j and not NAME_GAP_RE.fullmatch(text, toks[i + j - 1][1], s) and not (t[:1] in "'\u2019" and toks[i + j - 1][1] == s):
                    ok = False
                    break
                after_hyphen = j > 0 and "-" in text[toks[i + j - 1][1]:s].translate(_FOLD)
                if token_key(t) != entry.keys[j] or not _case_ok(entry.rules[j], t, after_hyphen):
                    ok = False
                    break
            if ok:
                return k, entry
        return None

    def _grow_possessive(self, text: str, toks, i: int, owner: Actor):
        """(next token index, end, actor) when "<owner>'s <words>" is a listed body, else None."""
        if i >= len(toks) or toks[i][2][:1] not in "'\u2019" or toks[i][0] != toks[i - 1][1]:
            return None
        for k in range(min(5, len(toks) - i - 1), 0, -1):
            words = toks[i + 1:i + 1 + k]
            if any(not NAME_GAP_RE.fullmatch(text, a[1], b[0]) for a, b in zip([toks[i]] + words, words)):
                continue
            actor = self.lookup(f"{owner.canonical}'s {text[words[0][0]:words[-1][1]]}")
            if actor is not None:
                return i + 1 + k, words[-1][1], actor
        return None


def _inside_name(text: str, toks, i: int) -> bool:
    """Whether token ``i`` is glued to a capitalised word that is not a title or function word.

    "George Washington" and "Washington Examiner" are not the United States; "In Seoul" and
    "President Biden" are unaffected.
    """
    def name_like(j: int) -> bool:
        t = toks[j][2]
        k = token_key(t)
        return (t[:1].isupper() and k not in FUNCTION_WORDS and k not in DAY_MONTH_WORDS and k not in title_words()
                and not t.replace(".", "").isupper())

    if i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and name_like(i - 1):
        prev_start = toks[i - 1][0]
        sentence_start = prev_start == 0 or text[:prev_start].rstrip()[-1:] in ".!?\"\u201c:;(" or not text[:prev_start].strip()
        if not sentence_start:
            return True
    return i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == " " and name_like(i + 1)


#: "X's Y": an owner and a thing. For example "the North's Foreign Ministry".
POSSESSIVE_RE = re.compile(r"^(?:the\s+)?(?P<owner>[^'\u2019]+?)['\u2019]s\s+(?P<thing>.+)$", re.I)
#: "Y of X" for bodies named after a country. For example "Foreign Ministry of Poland".
OF_COUNTRY_RE = re.compile(r"^(?:the\s+)?(?P<thing>[A-Z][\w ]+?)\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w .]+)$")


def _alternation(words: list[str]) -> re.Pattern | None:
    if not words:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w.])(?:{alts})(?![\w])")


def _head_kind(description: str) -> str:
    """The kind of the last word of a description in ``titles.csv`` (role, organization, ...), or ""."""
    words = [token_key(t) for _, _, t in tokens(description) if t[:1] not in "'\u2019"]
    for k in (3, 2, 1):
        if len(words) >= k and " ".join(words[-k:]) in titles():
            return titles()[" ".join(words[-k:])][0]
    return ""


# --------------------------------------------------------------------------- lexicons

@lru_cache(maxsize=None)
def titles() -> dict[str, tuple[str, str]]:
    """``titles.csv``: title (folded, dots dropped) → (kind, gender).

    >>> titles()["spokeswoman"], titles()["mr"]
    (('role', 'f'), ('honorific', 'm'))
    """
    return {name_key(r["word"]): (r["kind"], r["gender"]) for r in read_table("titles.csv")}


#: Words that qualify a title without being a name: "former Vice Foreign Minister".
TITLE_QUALIFIERS = frozenset("""former acting then late incoming outgoing senior junior first second third chief deputy
vice national federal state general special presidential executive assistant associate interim principal top
foreign defense defence security military intelligence press political lead co chief-of-staff""".split())


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Every single word that makes up a title, role or organisation word, plus qualifiers.

    >>> {"vice", "foreign", "minister", "ministry", "spokesman"} <= title_words()
    True
    """
    words = {w for t, (kind, _) in titles().items() if kind in ("honorific", "role", "organization") for w in t.split()}
    return frozenset(words | TITLE_QUALIFIERS)


@lru_cache(maxsize=None)
def first_names() -> dict[str, str]:
    """``first_names.csv``: given name → m or f.

    >>> first_names()["Mary"]
    'f'
    """
    return {r["name"]: r["gender"] for r in read_table("first_names.csv")}


@lru_cache(maxsize=None)
def family_first() -> frozenset[str]:
    """Family names written first ("Kim" in "Kim Jong Gyu"), from ``family_names_first.csv``."""
    return frozenset(r["name"] for r in read_table("family_names_first.csv"))


def _split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split("|") if x.strip())


@lru_cache(maxsize=8)
def _load(path: str) -> Gazetteer:
    p = Path(path)
    rows = read_table(p.name, p.parent)
    actors, context, adjectives = [], {}, {}
    for n, r in enumerate(rows, start=1):
        if r["kind"] not in KINDS:
            raise ValueError(f"{p}: row {n} ({r['canonical']}): kind {r['kind']!r} is not one of {', '.join(KINDS)}")
        actors.append(Actor(r["canonical"], r["kind"], r.get("country", ""), _split(r.get("aliases", "")),
                            _split(r.get("titles", "")), r.get("gender", "")))
        if r.get("context_aliases"):
            context[r["canonical"]] = _split(r["context_aliases"])
        if r.get("adjectives"):
            adjectives[r["canonical"]] = _split(r["adjectives"])
    return Gazetteer(actors, context, adjectives)


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer of ``data/actors.csv`` (or another file with the same columns), read once per path.

    >>> gaz = load_gazetteer()
    >>> gaz is load_gazetteer(), gaz.resolve("DPRK").kind
    (True, 'country')
    """
    return _load(str(Path(path) if path else DATA / "actors.csv"))


# --------------------------------------------------------------------------- unknown names

_NAME_TOKEN = r"(?:[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*|[A-Z]\.)"
_PARTICLE = r"(?:de|da|van|von|der|den|bin|al|la|le|du|dos|del|di|ibn|el)"
#: A capitalised run of one to eight words, particles allowed inside: "Kim Jong Gyu", "Ursula von der Leyen".
NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)*{_NAME_TOKEN}){{0,7}}")


def person_name(description: str, gazetteer: Gazetteer | None = None) -> str:
    """The personal name at the end of a description, titles and nationalities stripped, or "".

    >>> person_name("Vice Foreign Ministry Kim Jong Gyu"), person_name("a spokesman for the ministry")
    ('Kim Jong Gyu', '')
    >>> person_name("former South Carolina Gov. Jim Hodges"), person_name("campaign manager Robby Mook")
    ('Jim Hodges', 'Robby Mook')
    """
    head = re.split(r"\s+(?:of|for|at|from|to|with|in|on)\s+", description, maxsplit=1)[0]
    runs = list(NAME_RE.finditer(head))
    if not runs:
        return ""
    run = runs[-1].group()
    words = re.split(r"[ \u00a0]+", run)
    # Drop titles, honorifics, nationalities and places before the name itself.
    cut = 0
    for i, w in enumerate(words):
        k = token_key(w.rstrip("."))
        if k in title_words() or k in FUNCTION_WORDS or w.endswith(".") and len(w) > 2 and not re.fullmatch(r"[A-Z]\.", w):
            cut = i + 1
        elif gazetteer is not None and (k in gazetteer.adjectives or (gazetteer.lookup(w) or Actor("", "")).kind in ("country", "place")):
            cut = i + 1
    words = [w for w in words[cut:] if token_key(w) not in DAY_MONTH_WORDS]
    words = [re.sub(r"['\u2019]s$", "", w) for w in words]
    if not words or token_key(words[-1]) in title_words() or token_key(words[-1]) in FUNCTION_WORDS:
        return ""
    if len(words) == 1 and gazetteer is not None and gazetteer.lookup(words[0]) is not None:
        return ""
    return " ".join(words)


@lru_cache(maxsize=None)
def _titled_name_re() -> re.Pattern:
    """A title (from ``titles.csv``) then a capitalised name: "Vice Foreign Minister Kim Jong Gyu"."""
    words = sorted((w for w, (kind, _) in titles().items() if kind in ("honorific", "role", "organization")),
                   key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", "[- ]") for w in words)
    return re.compile(rf"(?<![\w.])(?i:{alts})\.?[ \u00a0]+(?P<name>{NAME_RE.pattern})")


@lru_cache(maxsize=None)
def _appositive_re() -> re.Pattern:
    """A name then an appositive role: "John Smith, a spokesman for the ministry", "Jan Roe, deputy chief of ..."."""
    roles = sorted((w for w, (kind, _) in titles().items() if kind == "role"), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in roles)
    return re.compile(rf"(?P<name>{_NAME_TOKEN}(?:[ \u00a0]+{_NAME_TOKEN}){{1,3}}),\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
                      rf"(?:[\w'\u2019-]+\s+){{0,5}}?(?i:{alts})s?\b")


def unknown_names(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, Actor]]:
    """People the gazetteer does not know, found by a title before or an appositive after the name.

    >>> gaz = load_gazetteer()
    >>> [(a.canonical, a.kind) for _, _, a in unknown_names("Deputy Minister Jan Novak met Eva Roe, a spokeswoman for the party.", gaz)]
    [('Jan Novak', 'person'), ('Eva Roe', 'person')]
    """
    out = []
    for m in _titled_name_re().finditer(text):
        name = person_name(m.group("name"), gazetteer)
        if name:
            s = m.start("name") + m.group("name").rfind(name.split()[0])
            title = text[m.start():m.start("name")]
            out.append((s, s + len(name), Actor(name, "person", gazetteer.country_in(title),
                                                gender=gazetteer.gender_of(title, name), known=False)))
    for m in _appositive_re().finditer(text):
        name = person_name(m.group("name"), gazetteer)
        if name and m.group("name").endswith(name):
            e = m.end("name")
            out.append((e - len(name), e, Actor(name, "person", "", gender=gazetteer.gender_of(m.group(), name), known=False)))
    return sorted(out, key=lambda x: (x[0], -x[1]))


def reference_keys(actor: Actor) -> tuple[str, ...]:
    """Short forms a story uses for a person after naming them in full: the family name.

    >>> reference_keys(Actor("John Kirby", "person")), reference_keys(Actor("Kim Jong Gyu", "person"))
    (('Kirby',), ('Kim', 'Gyu'))
    """
    if actor.kind != "person":
        return ()
    words = [w for w in actor.canonical.replace("-", " ").split() if w[:1].isupper()]
    if len(words) < 2:
        return ()
    keys = [words[-1].rstrip(".")]
    if words[0] in family_first():
        keys.insert(0, words[0])
    return tuple(k for k in keys if not (len(k) <= 3 and k.endswith(".")) and k not in ("Jr", "Sr", "II", "III"))


def _overlaps(spans: list[tuple[int, int, Actor]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b, _ in spans)


def find_actors(text: str, gazetteer: Gazetteer, context: Iterable[str] | None = None,
                people: dict[str, Actor] | None = None) -> list[tuple[int, int, Actor]]:
    """Every actor mention in one paragraph: gazetteer names, unknown titled names, and family
    names of people named in full before (``people`` maps such short forms to the person and is
    updated as names are met).

    >>> gaz = load_gazetteer()
    >>> people = {}
    >>> [a.canonical for _, _, a in find_actors("Prime Minister Jan Novak spoke. Novak left Warsaw.", gaz, people=people)]
    ['Jan Novak', 'Jan Novak', 'Poland']
    """
    spans = gazetteer.find(text, context)
    for s, e, actor in unknown_names(text, gazetteer):
        if not _overlaps(spans, s, e):
            spans.append((s, e, actor))
    spans.sort(key=lambda x: x[0])
    if people is None:
        return spans
    out: list[tuple[int, int, Actor]] = []
    pending = iter(spans)
    nxt = next(pending, None)
    for s, e, t in tokens(text):
        while nxt is not None and nxt[0] <= s:
            out.append(nxt)
            for key in reference_keys(nxt[2]):
                people[key] = nxt[2]
            nxt = next(pending, None)
        if out and out[-1][1] > s:
            continue
        if t in people and t[:1].isupper() and not (nxt is not None and nxt[0] < e):
            out.append((s, e, people[t]))
    while nxt is not None:
        out.append(nxt)
        for key in reference_keys(nxt[2]):
            people[key] = nxt[2]
        nxt = next(pending, None)
    return out


def article_context(article: "Article", gazetteer: Gazetteer) -> frozenset[str]:
    """Canonical names an article mentions outright, which license its context aliases ("the North").

    >>> from helpers.articles import parse_article
    >>> sorted(article_context(parse_article("Head line here\\n\\nPyongyang fired. The North said so.\\n"), load_gazetteer()))
    ['North Korea']
    """
    found: set[str] = set()
    for p in article.paragraphs:
        found.update(a.canonical for _, _, a in gazetteer.find(p["text"], context=()))
    return frozenset(found)


def mentions(article: "Article", gazetteer: Gazetteer | None = None) -> list[dict]:
    """Mention records of an article's body: known actors merged under their canonical name, and
    unknown people as written (``in_gazetteer`` False).

    >>> from helpers.articles import parse_article
    >>> art = parse_article("Head line here\\n\\nZelenskyy's aide met Deputy Minister Jan Novak. Novak said no.\\n", "a1")
    >>> [(m["text"], m["canonical"], m["in_gazetteer"]) for m in mentions(art)]
    [('Zelenskyy', 'Volodymyr Zelensky', True), ('Jan Novak', 'Jan Novak', False), ('Novak', 'Jan Novak', False)]
    """
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer()
    context = article_context(article, gaz)
    people: dict[str, Actor] = {}
    out = []
    for p in article.paragraphs:
        base = p["start"]
        for s, e, actor in find_actors(p["text"], gaz, context, people):
            out.append({"article_id": article.article_id, "text": p["text"][s:e], "canonical": actor.canonical,
                        "kind": actor.kind, "country": actor.country or None, "in_gazetteer": actor.known,
                        "para_no": p["para_no"], "start": base + s, "end": base + e})
    return out
