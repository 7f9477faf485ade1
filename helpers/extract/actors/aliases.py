"""The alias index: every name of every actor in a word trie, matched against text.

Each alias is a row of word keys (see :mod:`.keys`) with the case each word must have ("US" only
in capitals, "Ruto" capitalised). Finding walks the trie from each word that opens an alias and
takes the longest alias whose words, gaps and case fit: no loop over all aliases, and each
text is scanned once. A context alias ("the bloc") counts only in a story that names its
actor another way; a country followed by "'s" and a body listed under it grows into that body;
a place inside a longer capitalised name ("George Washington") is not the place.

In: actors (:class:`~.keys.Actor`) and their context aliases. Out: ``(start, end, actor)`` matches,
and exact lookups by name.

>>> from helpers.extract.actors.keys import Actor
>>> index = AliasIndex([Actor("Lower Moravia", "place", aliases=("L. Moravia",))])
>>> [(s, e, a.canonical) for s, e, a in index.find("Rain fell on Lower Moravia and on L. Moravia.")]
[(13, 26, 'Lower Moravia'), (34, 44, 'Lower Moravia')]
>>> index.lookup("lower moravia").kind
'place'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from typing import Container, Iterable

from .keys import (DAY_MONTH_WORDS, FUNCTION_WORDS, NAME_GAP_RE, Actor, Columns, _case_ok, _case_rule, _token_keys,
                   name_key, token_columns, token_key, tokens)
from .titles import title_words


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


class AliasIndex:
    """Actors and the trie that finds their names (:class:`~.gazetteer.Gazetteer` adds resolution).

    >>> from helpers.extract.actors.keys import Actor
    >>> index = AliasIndex([Actor("South Africa", "country", "South Africa", ("Pretoria",))], {"South Africa": ("the Republic",)})
    >>> [(s, e, a.canonical) for s, e, a in index.find("Pretoria said the Republic was ready.")]
    [(0, 8, 'South Africa'), (14, 26, 'South Africa')]
    >>> index.find("The bloc won the vote.")
    []
    """

    def __init__(self, actors: Iterable[Actor], context_aliases: dict[str, tuple[str, ...]] | None = None):
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
        self._owns: dict[str, bool] = {}

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

    @lru_cache(maxsize=None)
    def names_re(self, canonical: str) -> re.Pattern:
        """A pattern for an actor's plain names (no context aliases), to test whether a story names it.

        >>> from helpers.extract.actors import load_gazetteer
        >>> bool(load_gazetteer().names_re("China").search("talks with Beijing"))
        True
        """
        names = sorted(self._names_of.get(canonical, [canonical]), key=len, reverse=True)
        alts = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+").replace("'", "['\u2019]") for n in names)
        return re.compile(rf"(?<![\w.])(?:{alts})(?!\w)")

    # -- lookup --------------------------------------------------------------
    def lookup(self, name: str, context: Container[str] | None = None) -> Actor | None:
        """The actor whose alias is exactly ``name`` (case, hyphens, possessive and "the" aside).

        Context aliases ("the bloc") count when ``context`` is None or names their actor.

        >>> from helpers.extract.actors import load_gazetteer
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

    # -- finding -------------------------------------------------------------
    def find(self, text: str, context: Container[str] | None = None) -> list[tuple[int, int, Actor]]:
        """Non-overlapping longest alias matches in ``text``, left to right, as (start, end, actor).

        A context alias ("the bloc") counts only if its actor is in ``context`` or, with no
        context given, is matched another way in ``text``. A country followed by "'s" and a body
        it is listed with grows into that body ("Washington's spy agency"). A place inside a longer
        capitalised name is skipped ("George Washington").

        >>> from helpers.extract.actors import load_gazetteer
        >>> gaz = load_gazetteer()
        >>> [(s, e, a.canonical) for s, e, a in gaz.find("Beijing: China's Foreign Ministry and Emmanuel Macron's aides")]
        [(0, 7, 'China'), (9, 33, "China's Foreign Ministry"), (38, 53, 'Emmanuel Macron')]
        >>> gaz.find("The bloc won the vote.")
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
        """Whether some listed name goes on from ``owner``'s name ("Japan" → "Japan's
        Foreign Ministry", keyed "japan foreign ministry"); most places own none.

        >>> from helpers.extract.actors import load_gazetteer
        >>> gaz = load_gazetteer()
        >>> gaz._owns_names(gaz.by_canonical["Japan"])
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
    """The matches of :meth:`AliasIndex._scan` whose context alias, if any, is licensed."""
    if not any([f[3] for f in found]):
        return [f[:3] for f in found]
    named = context if context is not None else {a.canonical for _, _, a, need in found if not need}
    return [(s, e, a) for s, e, a, need in found if not need or need in named]


def _inside_name(text: str, toks: Columns, keys, i: int) -> bool:
    """Whether token ``i`` is glued to a capitalised word that is not a title or function word.

    "George Washington" and "Washington Examiner" are not the United States; "In Nairobi" and
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
