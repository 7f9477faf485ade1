"""Actors: the gazetteer of ``data/actors.csv``, name resolution, and the mentions table.

The gazetteer knows people, organisations, countries, places and media with their spellings
("Erdoğan", "Erdogan"), metonyms ("Seoul" for the South Korean government) and names that
only count inside a story that names the actor another way ("the North"). Names it does not
know are still read from the text: a title before a capitalised name ("Vice Foreign Minister
Park Sung Ho") or an appositive after one ("John Smith, a spokesman for ...") makes a person,
reported as written. Titles, first names and family-name order are lists in ``data/`` too.

>>> gaz = load_gazetteer()
>>> gaz.resolve("Turkish President Recep Tayyip Erdoğan's").canonical
'Recep Tayyip Erdogan'
>>> [(text[s:e], a.canonical) for text in ["Seoul and the DPRK met."] for s, e, a in gaz.find(text)]
[('Seoul', 'South Korea'), ('DPRK', 'North Korea')]
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from pathlib import Path
from typing import TYPE_CHECKING, Container, Iterable

from ..lexicon import read_table
from ..paths import DATA

if TYPE_CHECKING:  # pragma: no cover
    from ..read.article import Article

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
#: For example ``"Erdoğan's U.S. aide"`` gives ``Erdoğan``, ``'s``, ``U.S.``, ``aide``.
#: (Every branch starts with a character class, so the engine skips quickly to where a token can start.)
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s)|[^\W_]+(?:['\u2019](?![sS]\b)[^\W_]+)*|['\u2019][sS]\b|['\u2019](?<=s['\u2019])(?!\w)")
#: Plain ASCII words and single spaces: their name_key is their lower case (less a leading "the").
_PLAIN_WORDS_RE = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
#: What may separate two words of one name: spaces, or a hyphen ("Lee Jae-myung" = "Lee Jae Myung").
NAME_GAP_RE = re.compile(r"(?:[ \t\u00a0]+|[ \t]?[-\u2010\u2011][ \t]?)")
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-",
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})
#: Words that open a sentence or clause and so say nothing about the capitalised word after them.
FUNCTION_WORDS = frozenset("""a an the this that these those and or but nor so yet as at by for from in into of on onto
to with without about after before during since until while when where which who whom whose why how if than then
there here it its he she they we i you his her their our my your not no also even only just both either
neither each every all any some many most much more several last next earlier later meanwhile however separately
still instead moreover furthermore asked speaking according though although because unless whether""".split())
DAY_MONTH_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december""".split())
#: "X's Y": an owner and a thing. For example "the North's Foreign Ministry".
POSSESSIVE_RE = re.compile(r"^(?:the\s+)?(?P<owner>[^'\u2019]+?)['\u2019]s\s+(?P<thing>.+)$", re.I)
#: "Y of X" for bodies named after a country. For example "Foreign Ministry of Poland".
OF_COUNTRY_RE = re.compile(r"^(?:the\s+)?(?P<thing>[A-Z][\w ]+?)\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w .]+)$")
#: The body a role speaks for: "a spokesman for the ministry", "a professor ... at Lund University".
_ROLE_BODY_RE = re.compile(r"\s(?:for|of|at|from|with)\s+(?P<body>(?:the\s+)?[A-Z].*)$")
#: Leading article and trailing possessive of a written name: "the North's" → "North".
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE_END_RE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$", re.I)


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The matching key of one token: case-folded, accents, dots and apostrophe style removed.

    >>> token_key("U.S."), token_key("Türkiye"), token_key("\u2019s")
    ('us', 'turkiye', "'s")
    """
    t = unicodedata.normalize("NFKD", token.translate(_FOLD))
    return "".join(c for c in t if not unicodedata.combining(c)).replace(".", "").casefold()


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, token)`` of every word token of ``text`` (cached: a paragraph is read often).

    >>> [t for _, _, t in tokens("Lee Jae-myung's N. Korea")]
    ['Lee', 'Jae', 'myung', "'s", 'N.', 'Korea']
    """
    return tuple(zip(*token_columns(text)))


Columns = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]


@lru_cache(maxsize=4096)
def token_columns(text: str) -> Columns:
    """The :func:`tokens` of ``text`` as three columns: starts, ends and the tokens. A paragraph's
    scan reads these: three tuples instead of one per token are cheaper to make and to collect.

    >>> token_columns("Lee Jae-myung's")
    ((0, 4, 8, 13), (3, 7, 13, 15), ('Lee', 'Jae', 'myung', "'s"))
    """
    ms = list(TOKEN_RE.finditer(text))  # map() over the matches keeps the per-token work in C
    return tuple(map(re.Match.start, ms)), tuple(map(re.Match.end, ms)), tuple(map(re.Match.group, ms))


@lru_cache(maxsize=4096)
def _token_keys(text: str) -> tuple[str, ...]:
    # token_key's cache answers for the words seen before (nearly all) without a Python call
    return tuple(map(token_key, token_columns(text)[2]))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name folded for lookup: no quotes, possessive, dots, hyphens, case or leading "the".

    >>> name_key("the North\u2019s"), name_key("Lee Jae-Myung"), name_key('"U.S."')
    ('north', 'lee jae myung', 'us')
    """
    if _PLAIN_WORDS_RE.fullmatch(name):  # plain ASCII words (most names): all the steps below come to this
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKC", name).translate(_FOLD).replace(".", "").strip(" \t\n\"',;:!?()[]")
        s = _POSSESSIVE_END_RE.sub("", s)
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
foreign defense defence security military intelligence press political lead co""".split())


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
    """Family names written first ("Park" in "Park Sung Ho"), from ``family_names_first.csv``.

    >>> "Park" in family_first()
    True
    """
    return frozenset(r["name"] for r in read_table("family_names_first.csv"))


@lru_cache(maxsize=65536)
def head_kind(description: str) -> str:
    """The kind in ``titles.csv`` (role, organization, document, group) of a description's last words.

    >>> head_kind("the paper's editorial board"), head_kind("a senior official"), head_kind("Jan Roe")
    ('organization', 'role', '')
    """
    words = [k for k in (token_key(t) for _, _, t in tokens(description)) if k[:1] != "'"]
    for k in (3, 2, 1):
        if len(words) >= k and " ".join(words[-k:]) in titles():
            return titles()[" ".join(words[-k:])][0]
    return ""


# --------------------------------------------------------------------------- the gazetteer

@dataclass(frozen=True)
class _Entry:
    keys: tuple[str, ...]
    rules: tuple[str, ...]
    actor: Actor
    contextual: bool


class _Node:
    """One word of the alias trie: the aliases that end here (in file order) and the words that go on."""

    __slots__ = ("entries", "children")

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.children: dict[str, _Node] = {}


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


class Gazetteer:
    """Actors and the indexes that find and resolve their names.

    Finding walks a trie of the aliases' word keys from each word that starts one, then checks the
    case of the longest aliases that fit: no loop over all aliases, and each text is scanned once.

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
        self._trie: dict[str, _Node] = {}
        self._names_of: dict[str, list[str]] = {}
        context_aliases = context_aliases or {}
        for actor in self.actors:
            for name in (actor.canonical, *actor.aliases):
                self._add(name, actor, contextual=False)
            for name in context_aliases.get(actor.canonical, ()):
                self._add(name, actor, contextual=True)
        self._described: dict[str, list[tuple[tuple[tuple[str, bool], ...] | None, Actor]]] = {}
        self._owns: dict[str, bool] = {}
        self.adjectives: dict[str, Actor] = {}
        for canonical, adjs in (adjectives or {}).items():
            for adj in adjs:
                self.adjectives.setdefault(name_key(adj), self.by_canonical[canonical])
        words = sorted((a for adjs in (adjectives or {}).values() for a in adjs), key=len, reverse=True)
        self._adjective_re = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                                        + r")(?!\w)") if words else None

    def _add(self, name: str, actor: Actor, contextual: bool) -> None:
        toks = [t for _, _, t in tokens(name)]
        if not toks:
            return
        (self._context_keys if contextual else self._keys).setdefault(name_key(name), actor)
        if not contextual:
            self._names_of.setdefault(actor.canonical, []).append(name)
        entry = _Entry(tuple(token_key(t) for t in toks), tuple(_case_rule(t) for t in toks), actor, contextual)
        level = self._trie
        for key in entry.keys[:-1]:
            level = level.setdefault(key, _Node()).children
        level.setdefault(entry.keys[-1], _Node()).entries.append(entry)

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.resolve(name) is not None

    @lru_cache(maxsize=None)
    def names_re(self, canonical: str) -> re.Pattern:
        """A pattern for an actor's plain names (no context aliases), to test whether a story names it.

        >>> bool(load_gazetteer().names_re("North Korea").search("talks with Pyongyang"))
        True
        """
        names = sorted(self._names_of.get(canonical, [canonical]), key=len, reverse=True)
        alts = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+").replace("'", "['\u2019]") for n in names)
        return re.compile(rf"(?<![\w.])(?:{alts})(?!\w)")

    # -- resolution ----------------------------------------------------------
    def lookup(self, name: str, context: Container[str] | None = None) -> Actor | None:
        """The actor whose alias is exactly ``name`` (case, hyphens, possessive and "the" aside).

        Context aliases ("the North") count when ``context`` is None or names their actor.

        >>> load_gazetteer().lookup("Erdoğan").canonical
        'Recep Tayyip Erdogan'
        """
        key = name_key(name)
        actor = self._keys.get(key)
        if actor is None:
            actor = self._context_keys.get(key)
            if actor is not None and context is not None and actor.canonical not in context:
                actor = None
        return actor

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
        """Whether ``text`` holds only titles, nationalities and articles ("the Ukrainian President")."""
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
        >>> a = gaz.describe("Vice Foreign Minister Park Sung Ho")
        >>> a.canonical, a.kind, a.known
        ('Park Sung Ho', 'person', False)
        >>> a = gaz.describe("Poland's Foreign Ministry")
        >>> a.canonical, a.kind, a.country
        ("Poland's Foreign Ministry", 'organization', 'Poland')
        >>> gaz.describe("Donald Trump and Hillary Clinton").canonical
        'Hillary Clinton'
        >>> a = gaz.describe("a spokesperson for the Danish Foreign Ministry")
        >>> a.canonical, a.country
        ('Danish Foreign Ministry', 'Denmark')
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
        if body and head_kind(text[:body.start()]) == "role":
            inner = self.describe(body.group("body"), context)  # "a spokesperson for the Danish Foreign Ministry"
            if inner.kind in ("organization", "country", "media"):
                return inner
        kind = head_kind(text)
        person = person_name(text, self) if kind not in ("organization", "document", "group") else ""
        if person:
            return self.lookup(person, context) or Actor(person, "person", self.country_in(text),
                                                         gender=self.gender_of(text, person), known=False)
        kind = "organization" if kind in ("organization", "document") or not kind and text[:1].isupper() else "person"
        return Actor(text, kind, self.country_in(text), gender=self.gender_of(text), known=False)

    def country_in(self, text: str) -> str:
        """The country a description names by adjective or name ("North Korean Vice Foreign Minister").

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
        """
        for _, _, t in tokens(description):
            g = titles().get(token_key(t), ("", ""))[1]
            if g:
                return g
        first = (name or description).split()[:1]
        return first_names().get(first[0], "") if first else ""

    # -- finding -------------------------------------------------------------
    def find(self, text: str, context: Container[str] | None = None) -> list[tuple[int, int, Actor]]:
        """Non-overlapping longest alias matches in ``text``, left to right, as (start, end, actor).

        A context alias ("the North") counts only if its actor is in ``context`` or, with no
        context given, is matched another way in ``text``. A country followed by "'s" and a body
        it is listed with grows into that body ("Washington's spy agency"). A place inside a longer
        capitalised name is skipped ("George Washington").

        >>> gaz = load_gazetteer()
        >>> [(s, e, a.canonical) for s, e, a in gaz.find("Pyongyang: the North's Foreign Ministry and Lee Jae-myung's aides")]
        [(0, 9, 'North Korea'), (11, 39, "North Korea's Foreign Ministry"), (44, 57, 'Lee Jae-myung')]
        >>> gaz.find("The North won the game.")
        []
        """
        return _with_context(self._scan(text), context)

    @lru_cache(maxsize=16384)
    def _scan(self, text: str) -> tuple[tuple[int, int, Actor, str], ...]:
        """Alias matches of ``text`` as (start, end, actor, the actor a context alias needs or ""),
        cached (for :meth:`find`; paragraphs have their own cache, see :func:`_paragraph`)."""
        return self._matches(text)

    def _matches(self, text: str) -> tuple[tuple[int, int, Actor, str], ...]:
        """What :meth:`_scan` returns, worked out."""
        toks, keys, trie = token_columns(text), _token_keys(text), self._trie
        starts, ends, words = toks
        out: list[tuple[int, int, Actor, str]] = []
        i = 0
        for at in list(compress(count(), map(trie.__contains__, keys))):  # words that open an alias
            if at < i:
                continue  # inside the previous match
            i = at
            hit = self._match_at(text, toks, keys, i)
            if hit is None:
                continue
            length, entry = hit
            start, end = starts[i], ends[i + length - 1]
            actor = entry.actor
            grown = self._grow_possessive(text, toks, i + length, actor) if actor.kind in ("country", "place") else None
            if grown:
                length, end, actor = grown[0] - i, grown[1], grown[2]
            elif length == 1 and (actor.kind in ("country", "place") or len(words[i]) == 1) and \
                    (_inside_name(text, toks, keys, i) or text[end:end + 1] == "-" and len(words[i]) == 1):
                continue  # "George Washington", "Malcolm X", "X-ray"
            out.append((start, end, actor, entry.actor.canonical if entry.contextual else ""))
            i += length
        return tuple(out)

    def _match_at(self, text: str, toks: Columns, keys, i: int) -> tuple[int, _Entry] | None:
        """(number of words, entry) of the longest alias at token ``i`` whose words, gaps and case fit."""
        starts, tok_ends, words = toks
        node = self._trie[keys[i]]
        ends: list[tuple[int, list[_Entry]]] = [(1, node.entries)] if node.entries else []
        j, n = i + 1, len(words)
        while node.children and j < n:
            node = node.children.get(keys[j])
            if node is None:
                break
            gap = text[tok_ends[j - 1]:starts[j]]
            if gap and not NAME_GAP_RE.fullmatch(gap):
                break
            j += 1
            if node.entries:
                ends.append((j - i, node.entries))
        for k, entries in reversed(ends):
            for entry in entries:
                rules = entry.rules
                if not _case_ok(rules[0], words[i], False):
                    continue
                for m in range(1, k):
                    gap = text[tok_ends[i + m - 1]:starts[i + m]]
                    if not _case_ok(rules[m], words[i + m], "-" in gap or "\u2010" in gap or "\u2011" in gap):
                        break
                else:
                    return k, entry
        return None

    def _owns_names(self, owner: Actor) -> bool:
        """Whether some listed name goes on from ``owner``'s name ("North Korea" → "North Korea's
        Foreign Ministry", keyed "north korea foreign ministry"); most places own none.

        >>> gaz = load_gazetteer()
        >>> gaz._owns_names(gaz.by_canonical["North Korea"])
        True
        """
        owns = self._owns.get(owner.canonical)
        if owns is None:
            prefix = name_key(owner.canonical) + " "
            owns = self._owns[owner.canonical] = any(k.startswith(prefix) for k in (*self._keys, *self._context_keys))
        return owns

    def _grow_possessive(self, text: str, toks: Columns, i: int, owner: Actor):
        """(next token index, end, actor) when "<owner>'s <words>" is a listed body, else None."""
        starts, ends, words = toks
        if i >= len(words) or words[i][:1] not in "'\u2019" or starts[i] != ends[i - 1]:
            return None
        run, limit = 0, min(5, len(words) - i - 1)  # how many words follow, each after a name gap
        while run < limit and NAME_GAP_RE.fullmatch(text, ends[i + run], starts[i + run + 1]):
            run += 1
        if not self._owns_names(owner) and not any(w[:1] in "'\u2019" for w in words[i + 1:i + 1 + run]):
            return None  # no listed name goes on from the owner's, so none of the lookups below can succeed
        for k in range(run, 0, -1):
            actor = self.lookup(f"{owner.canonical}'s {text[starts[i + 1]:ends[i + k]]}")
            if actor is not None:
                return i + 1 + k, ends[i + k], actor
        return None


def _with_context(found: tuple[tuple[int, int, Actor, str], ...],
                  context: Container[str] | None) -> list[tuple[int, int, Actor]]:
    """The matches of :meth:`Gazetteer._scan` whose context alias, if any, is licensed."""
    if not any([f[3] for f in found]):
        return [f[:3] for f in found]
    named = context if context is not None else {a.canonical for _, _, a, need in found if not need}
    return [(s, e, a) for s, e, a, need in found if not need or need in named]


def _inside_name(text: str, toks: Columns, keys, i: int) -> bool:
    """Whether token ``i`` is glued to a capitalised word that is not a title or function word.

    "George Washington" and "Washington Examiner" are not the United States; "In Seoul" and
    "President Biden" are unaffected.
    """
    def name_like(j: int) -> bool:
        """A capitalised word that is neither a title nor a function word nor an acronym."""
        t, k = words[j], keys[j]
        return (t[:1].isupper() and k not in FUNCTION_WORDS and k not in DAY_MONTH_WORDS and k not in title_words()
                and k not in ("today", "yesterday", "tonight") and not t.replace(".", "").isupper())

    starts, ends, words = toks
    if i > 0 and text[ends[i - 1]:starts[i]] == " " and name_like(i - 1):
        return True
    return i + 1 < len(words) and text[ends[i]:starts[i + 1]] == " " and name_like(i + 1)


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
#: A capitalised run of one to eight words, particles allowed inside: "Park Sung Ho", "Ursula von der Leyen".
NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)*{_NAME_TOKEN}){{0,7}}")
#: The description part of a phrase, before a preposition: "a spokesman" in "a spokesman for X".
_HEAD_SPLIT_RE = re.compile(r"\s+(?:of|for|at|from|to|with|in|on)\s+")
_INITIAL_RE = re.compile(r"[A-Z]\.")
#: Up to four words before a capitalised run, to read a title written before a name.
_WORDS_BEFORE_RE = re.compile(r"((?:[\w'\u2019.-]+[ \u00a0]+){1,4})$")
#: A comma and the words after a name, to read an appositive ("Jan Roe, a spokesman for ...").
_APPOSITIVE_RE = re.compile(r",[ \u00a0]+((?:[\w'\u2019-]+[ \u00a0]*){1,7})")


def person_name(description: str, gazetteer: Gazetteer | None = None) -> str:
    """The personal name ending a description, titles and nationalities stripped, or "".

    >>> person_name("Vice Foreign Ministry Park Sung Ho"), person_name("a spokesman for the ministry")
    ('Park Sung Ho', '')
    >>> person_name("former South Carolina Gov. Jim Hodges"), person_name("the Orlando killer")
    ('Jim Hodges', '')
    """
    head = _HEAD_SPLIT_RE.split(description, maxsplit=1)[0].rstrip(" ,.")
    runs = list(NAME_RE.finditer(head))
    if not runs or runs[-1].end() < len(_POSSESSIVE_END_RE.sub("", head)):
        return ""  # the description ends in a common noun: "the Orlando killer"
    words = runs[-1].group().split()
    cut = 0
    for i, w in enumerate(words):
        k = token_key(w)
        if k in title_words() or k in FUNCTION_WORDS or (w.endswith(".") and len(w) > 2 and not _INITIAL_RE.fullmatch(w)):
            cut = i + 1
        elif gazetteer is not None and (k in gazetteer.adjectives or getattr(gazetteer.lookup(w), "kind", "") in ("country", "place")):
            cut = i + 1
    words = [_POSSESSIVE_END_RE.sub("", w) for w in words[cut:] if token_key(w) not in DAY_MONTH_WORDS]
    if not words or token_key(words[-1]) in title_words() or token_key(words[-1]) in FUNCTION_WORDS:
        return ""
    if len(words) == 1 and gazetteer is not None and gazetteer.lookup(words[0]) is not None and \
            gazetteer.lookup(words[0]).kind != "person":
        return ""
    return " ".join(words)


def _words_before(text: str, start: int) -> str:
    """What ``_WORDS_BEFORE_RE`` finds in the 60 characters before ``start``, read backwards from
    ``start`` instead (a regex search tries every position of the window).

    >>> _words_before("He met the deputy foreign minister Jan", 35), _words_before("said, Jan", 6)
    ('the deputy foreign minister ', '')
    """
    lo, at, found = max(0, start - 60), start, 0
    while found < 4:
        gap = at
        while gap > lo and text[gap - 1] in " \u00a0":
            gap -= 1
        word = gap
        while word > lo and (text[word - 1].isalnum() or text[word - 1] in "_'\u2019.-"):
            word -= 1
        if gap == at or word == gap:
            break
        at, found = word, found + 1
    return text[at:start] if found else ""


def _title_before(text: str, start: int) -> str:
    """The title written just before ``start`` ("spokesman", "Sen."), or ""."""
    before = _words_before(text, start)
    if not before:
        return ""
    words = before.split()
    if _PLAIN_WORDS_RE.fullmatch(words[-1]) and words[-1].lower() not in _title_ends():
        return ""  # the key of every phrase below ends in this plain word's lower case, and no title's does
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[-k:])
        if titles().get(name_key(phrase), ("", ""))[0] in _TITLE_KINDS:
            return phrase
    return ""


_TITLE_KINDS = ("honorific", "role", "organization")


@lru_cache(maxsize=None)
def _title_ends() -> frozenset[str]:
    """The last word (its key) of every title that can stand before a name.

    >>> {"minister", "sen"} <= _title_ends()
    True
    """
    return frozenset(key.split()[-1] for key, (kind, _) in titles().items() if key and kind in _TITLE_KINDS)


def _role_after(text: str, end: int) -> str:
    """The role an appositive gives after a name (", a spokesman for the ministry"), or ""."""
    m = _APPOSITIVE_RE.match(text, end)
    if not m:
        return ""
    words = m.group(1).split()
    if words[0].lower() not in ("a", "an", "the", "his", "her", "its", "their") and not words[0][:1].islower():
        return ""
    for w in words:
        if titles().get(token_key(w.rstrip(",.")).rstrip("s"), ("", ""))[0] == "role" or \
                titles().get(token_key(w.rstrip(",.")), ("", ""))[0] == "role":
            return m.group(1)
    return ""


@lru_cache(maxsize=65536)
def _run_name(run: str, gazetteer: Gazetteer) -> tuple[str, int, str]:
    """(name, its offset in ``run``, the titles before it or "") of a capitalised run of words, or
    ("", 0, "") when the run ends in no name or in one the gazetteer knows. Runs ("The", "South
    Korea", ...) recur from paragraph to paragraph, so this is cached."""
    name = person_name(run, gazetteer)
    if not name or gazetteer.lookup(name) is not None:
        return "", 0, ""
    offset = run.rfind(name.split()[0])
    prefix = run[:offset]
    return name, offset, prefix if any(token_key(w) in title_words() for w in prefix.split()) else ""


def unknown_names(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, Actor]]:
    """People the gazetteer does not know, found by a title before or an appositive after the name.

    >>> gaz = load_gazetteer()
    >>> [(a.canonical, a.kind) for _, _, a in unknown_names("Deputy Minister Jan Novak met Eva Roe, a spokeswoman for the party.", gaz)]
    [('Jan Novak', 'person'), ('Eva Roe', 'person')]
    """
    out = []
    for m in NAME_RE.finditer(text):
        name, offset, title = _run_name(m.group(), gazetteer)
        if not name:
            continue
        s = m.start() + offset
        e = s + len(name)
        if text[s:e] != name:
            continue
        title = title or _title_before(text, m.start())
        role = "" if title else _role_after(text, m.end())
        if not (title or (role and len(name.split()) >= 1)):
            continue
        out.append((s, e, Actor(name, "person", gazetteer.country_in(title or role),
                                gender=gazetteer.gender_of(title or role, name), known=False)))
    return out


def reference_keys(actor: Actor) -> tuple[str, ...]:
    """Short forms a story uses for a person after naming them in full: the family name.

    >>> reference_keys(Actor("Jake Sullivan", "person")), reference_keys(Actor("Park Chan-wook", "person"))
    (('Sullivan',), ('Park', 'Chan-wook'))
    """
    return _reference_keys(actor.canonical) if actor.kind == "person" else ()


@lru_cache(maxsize=65536)
def _reference_keys(canonical: str) -> tuple[str, ...]:
    # asked for every name of every paragraph a pronoun or a family name looks back over
    words = [w for w in canonical.split() if w[:1].isupper()]
    if len(words) < 2:
        return ()
    keys = [words[-1].rstrip(".")]
    if words[0] in family_first():
        keys.insert(0, words[0])
    return tuple(k for k in keys if len(k) > 2 and k not in ("Jr", "Sr", "II", "III"))


class ArticleContext:
    """The actors an article names outright, asked lazily: it licenses context aliases ("the North"
    counts as North Korea only in a story that names North Korea another way).

    >>> from helpers.read.article import parse_article
    >>> ctx = ArticleContext(parse_article("Head line here\\n\\nPyongyang fired.\\n"), load_gazetteer())
    >>> "North Korea" in ctx, "South Korea" in ctx
    (True, False)
    """

    def __init__(self, article: "Article", gazetteer: Gazetteer):
        self.body = "\n".join(p["text"] for p in article.paragraphs)
        self.gazetteer = gazetteer
        self._known: dict[str, bool] = {}
        self._spans: dict[str, _Spans] = {}

    def spans(self, text: str) -> tuple[tuple[int, int, Actor], ...]:
        """The actors of one of the article's paragraphs (see :func:`find_actors`), worked out once.

        >>> from helpers.read.article import parse_article
        >>> ctx = ArticleContext(parse_article("Head line here\\n\\nPyongyang fired.\\n"), load_gazetteer())
        >>> [a.canonical for _, _, a in ctx.spans("The North fired.")]
        ['North Korea']
        """
        return self._found(text)[0]

    def _found(self, text: str) -> _Spans:
        found = self._spans.get(text)
        if found is None:
            found = self._spans[text] = _spans(text, self.gazetteer, self)
        return found

    def __contains__(self, canonical: object) -> bool:
        if not isinstance(canonical, str):
            return False
        if canonical not in self._known:
            self._known[canonical] = bool(self.gazetteer.names_re(canonical).search(self.body))
        return self._known[canonical]


def article_context(article: "Article", gazetteer: Gazetteer) -> ArticleContext:
    """The :class:`ArticleContext` of an article, made once per article and gazetteer so that the
    quotes, mentions and reactions of one article share its names and paragraph spans.

    >>> from helpers.read.article import parse_article
    >>> art = parse_article("Head line here\\n\\nPyongyang fired.\\n")
    >>> article_context(art, load_gazetteer()) is article_context(art, load_gazetteer())
    True
    """
    return article.memo("actors.context", gazetteer, lambda: ArticleContext(article, gazetteer))


def _merge(spans: list[tuple[int, int, Actor]],
           unknown: Iterable[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
    """Gazetteer spans and unknown names, in order; a known name wins an overlap."""
    for name in unknown:
        s, e, _ = name
        if not any(a < e and s < b for a, b, _ in spans):
            spans.append(name)
    spans.sort(key=lambda x: x[0])
    return spans


#: The empty set most paragraphs have as their needed actors and short names (one object, not one each).
_NO_KEYS: frozenset[str] = frozenset()


@lru_cache(maxsize=16384)
def _paragraph(text: str, gazetteer: Gazetteer) -> tuple[tuple, tuple, tuple, frozenset[str], dict]:
    """(alias matches as (start, end, actor), the actor each match's context alias needs or "",
    unknown names, the actors context aliases need, a dict for the merged spans by the needed
    actors a story licenses) of one paragraph. Cached on the text: wire copy repeats paragraphs
    from story to story. (Each span is made once and shared by every list that holds it: cached
    objects are what the garbage collector reads again and again.)"""
    found = gazetteer._matches(text)
    spans, need = tuple([f[:3] for f in found]), tuple([f[3] for f in found])
    return spans, need, tuple(unknown_names(text, gazetteer)), frozenset(need) - {""} or _NO_KEYS, {}


_Spans = tuple  # (spans, each span's reference_keys, all those keys, (key, actor) pairs in order, token columns)


def _spans(text: str, gazetteer: Gazetteer, context: Container[str] | None) -> _Spans:
    """Gazetteer names and unknown titled names of ``text``, in order (a known name wins an overlap),
    with what :func:`find_actors` needs to follow short names."""
    found, need, unknown, needs, merged = _paragraph(text, gazetteer)
    if needs:
        named = context if context is not None else {f[2].canonical for f, n in zip(found, need) if not n}
        needs = frozenset(n for n in needs if n in named)
    held = merged.get(needs)
    if held is None:
        spans = tuple(_merge([f for f, n in zip(found, need) if not n or n in needs], unknown))
        refs = tuple([reference_keys(span[2]) for span in spans])
        pairs = tuple([(key, span[2]) for span, keys in zip(spans, refs) for key in keys])
        held = merged[needs] = (spans, refs, frozenset([key for key, _ in pairs]) or _NO_KEYS, pairs,
                                   token_columns(text))
    return held


def find_actors(text: str, gazetteer: Gazetteer, context: Container[str] | None = None,
                people: dict[str, Actor] | None = None) -> list[tuple[int, int, Actor]]:
    """Every actor mention in one paragraph: gazetteer names, unknown titled names, and family
    names of people named in full before (``people`` maps such short forms to the person and is
    updated as names are met). With an :class:`ArticleContext` as ``context``, a paragraph is
    scanned once however often it is asked for.

    >>> gaz = load_gazetteer()
    >>> people = {}
    >>> [a.canonical for _, _, a in find_actors("Prime Minister Jan Novak spoke. Novak left Warsaw.", gaz, people=people)]
    ['Jan Novak', 'Jan Novak', 'Poland']
    """
    if isinstance(context, ArticleContext) and context.gazetteer is gazetteer:
        spans, refs, own, pairs, toks = context._found(text)
    else:
        spans, refs, own, pairs, toks = _spans(text, gazetteer, context)
    if people is None:
        return list(spans)
    # Only the words that are (or become, as this paragraph's names are met) short forms matter.
    short = own.union(people) if people else own
    starts, ends, texts = toks
    words = [(starts[k], ends[k], texts[k]) for k in compress(count(), map(short.__contains__, texts))] if short else ()
    if not words:
        people.update(pairs)
        return list(spans)
    out: list[tuple[int, int, Actor]] = []
    k, n = 0, len(spans)
    for s, e, t in words:
        while k < n and spans[k][0] <= s:
            out.append(spans[k])
            for key in refs[k]:
                people[key] = spans[k][2]
            k += 1
        if t in people and (not out or out[-1][1] <= s) and (k == n or spans[k][0] >= e):
            out.append((s, e, people[t]))
    for k in range(k, n):
        out.append(spans[k])
        for key in refs[k]:
            people[key] = spans[k][2]
    return out


def mentions(article: "Article", gazetteer: Gazetteer | None = None) -> list[dict]:
    """Mention records of an article's body: known actors merged under their canonical name, and
    unknown people as written (``in_gazetteer`` False).

    >>> from helpers.read.article import parse_article
    >>> art = parse_article("Head line here\\n\\nErdoğan's aide met Deputy Minister Jan Novak. Novak said no.\\n", "a1")
    >>> [(m["text"], m["canonical"], m["in_gazetteer"]) for m in mentions(art)]
    [('Erdoğan', 'Recep Tayyip Erdogan', True), ('Jan Novak', 'Jan Novak', False), ('Novak', 'Jan Novak', False)]
    """
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer()
    context = article_context(article, gaz)
    people: dict[str, Actor] = {}
    out = []
    article_id = article.article_id
    for p in article.paragraphs:
        text, base, para_no = p["text"], p["start"], p["para_no"]
        out += [{"article_id": article_id, "text": text[s:e], "canonical": actor.canonical, "kind": actor.kind,
                 "country": actor.country or None, "in_gazetteer": actor.known, "para_no": para_no,
                 "start": base + s, "end": base + e}
                for s, e, actor in find_actors(text, gaz, context, people)]
    return out
