"""The stance lexicon of ``data/stances.csv``, and the stance of a statement.

Each reporting verb ("vowed") and statement noun ("a denial") has a stance; support verbs
("gave", "made") carry a statement noun; "according to" is a source; keyword phrases in the
statement ("would neither confirm nor deny") may override the verb's stance. ``report``
(:data:`NEUTRAL`) is the neutral stance: the actor states something as fact.

In: ``data/stances.csv``. Out: :class:`StanceLexicon` (lookups and one pattern per type),
:func:`stance_of` a verb and statement, :func:`stance_labels` in a fixed order.

>>> stance_of("vowed", "to rebuild the bridge"), stance_of("said", "it was deeply troubling")
('pledge', 'concern')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from ...lexicon import letter_tree, read_table

NEUTRAL = "report"


@dataclass(frozen=True)
class StanceLexicon:
    """``data/stances.csv`` read into lookups and patterns (see the file's header)."""

    verbs: dict[str, tuple[str, str]]        # written form → (lemma, stance)
    nouns: dict[str, tuple[str, str]]        # written form → (lemma, stance)
    support: frozenset[str]                  # support verb forms: gave, made, issued, …
    sources: dict[str, str]                  # "according to" → stance
    keywords: dict[str, tuple[str, str]]     # phrase → (stance, override)
    verb_re: re.Pattern = field(repr=False)
    noun_re: re.Pattern = field(repr=False)
    source_re: re.Pattern = field(repr=False)
    keyword_re: re.Pattern = field(repr=False)
    # Words one of which every match of noun_re (source_re) contains: a sentence with none is not searched.
    noun_hints: tuple[str, ...] = field(repr=False)
    source_hints: tuple[str, ...] = field(repr=False)

    def stances(self) -> list[str]:
        """Every stance label, in the order the lexicon first names them."""
        seen = dict.fromkeys(s for _, s in [*self.verbs.values(), *self.nouns.values()])
        seen.update(dict.fromkeys(self.sources.values()))
        seen.update(dict.fromkeys(s for s, _ in self.keywords.values()))
        return list(seen)


_PHRASE_RE = re.compile(r"[\w\-]+(?: [\w\-]+)*")


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases as a regex alternation, spaces matching any run of space, a longer phrase tried first.

    Phrases of whole words (letters, digits, hyphens) become a trie, one branch per letter
    rather than one per phrase, which makes a 200-phrase lexicon quick to search. Where a match
    must end at a word boundary or a space, as in every pattern here, the phrases that can match
    at one place extend each other word by word, and the trie tries the longer first, so it finds
    what the longest-first list finds. Other phrases are listed longest first.

    >>> print(_alternation(["calls for", "call", "calls"]))
    call(?:s(?:\\s+for)?)?
    """
    phrases = sorted(set(phrases))
    if not all(_PHRASE_RE.fullmatch(p) for p in phrases):
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))
    return letter_tree(phrases)


@lru_cache(maxsize=None)
def load_stances(name: str = "stances.csv") -> StanceLexicon:
    """Read the stance lexicon (``data/stances.csv``) once.

    >>> lex = load_stances()
    >>> lex.verbs["vowed"], lex.keywords["non-denial"]
    (('vow', 'pledge'), ('non-denial', 'any'))
    """
    verbs, nouns, sources, keywords, support = {}, {}, {}, {}, set()
    for row in read_table(name):
        forms = row["forms"].split() if row["type"] != "source" and row["forms"] else [row["term"]]
        if row["type"] == "verb":
            # multi-word forms ("called for") are written with spaces inside the lemma's forms list
            forms = _multiword_forms(row["forms"]) if " " in row["term"] else forms
            verbs.update({f: (row["term"], row["stance"]) for f in forms})
        elif row["type"] == "noun":
            nouns.update({f: (row["term"], row["stance"]) for f in forms})
        elif row["type"] == "support":
            support.update(forms)
        elif row["type"] == "source":
            sources[row["term"]] = row["stance"]
        elif row["type"] == "keyword":
            keywords[row["term"]] = (row["stance"], row["override"] or "neutral")
        else:
            raise ValueError(f"data/{name}: unknown type {row['type']!r} for {row['term']!r}")
    return StanceLexicon(
        verbs=verbs, nouns=nouns, support=frozenset(support), sources=sources, keywords=keywords,
        verb_re=re.compile(rf"(?<![\w\-])(?:{_alternation(verbs)})(?![\w\-])"),
        noun_re=re.compile(
            rf"(?<![\w\-])(?P<support>{_alternation(support)})\s+"
            rf"(?P<object>(?:(?:a|an|the|its|his|her|their|no|any)\s+)?(?:[\w\-]+\s+){{0,3}}?"
            rf"(?P<noun>{_alternation(nouns)}))(?![\w\-])"),
        source_re=re.compile(rf"(?<![\w\-])(?P<source>{_alternation(s[:1].upper() + s[1:] for s in sources)}|"
                             rf"{_alternation(sources)})(?![\w\-])"),
        keyword_re=re.compile(rf"(?<![\w\-])(?:{_alternation(keywords)})(?![\w\-])"),
        # a phrase's first word is matched as written (a source's first letter in either case)
        noun_hints=_hints(n.split(" ", 1)[0] for n in nouns),
        source_hints=_hints(s.split(" ", 1)[0][1:] for s in sources),
    )


def _hints(words: Iterable[str]) -> tuple[str, ...]:
    """The words that contain no other of the words: a text holds one of these if it holds any.

    >>> _hints(["answer", "answers", "vow", "vows"])
    ('answer', 'vow')
    """
    words = set(words)
    return tuple(sorted(w for w in words if not any(o in w for o in words - {w})))


def _multiword_forms(forms: str) -> list[str]:
    """Split a list of two-word forms: "call for calls for called for" → ["call for", …].

    >>> _multiword_forms("call for calls for call on")
    ['call for', 'calls for', 'call on']
    """
    words = forms.split()
    return [" ".join(words[i:i + 2]) for i in range(0, len(words) - 1, 2)]


def stance_labels() -> list[str]:
    """The stance labels of the lexicon, in a fixed order (for stable chart colours).

    >>> {"confirm", "non-denial", "warn", "pledge", "concern", "report"} <= set(stance_labels())
    True
    """
    return load_stances().stances()


#: Curly apostrophes straightened, quotation marks dropped (see _fold).
# (Replaced one mark at a time: str.translate with a table goes character by character, three times slower.)
_FOLD_MARKS = (("\u2019", "'"), ("\u2018", "'"), *((mark, "") for mark in "\"\u201c\u201d\u201e\u00ab\u00bb"))
_SPACE_RE = re.compile(r"\s+")


def _fold(text: str) -> str:
    """Lower case, quotation marks dropped, curly apostrophes straightened, spaces collapsed.

    >>> _fold('Would not \u201cstand  idly by\u201d')
    'would not stand idly by'
    """
    for mark, replacement in _FOLD_MARKS:
        text = text.replace(mark, replacement)
    return " ".join(text.split()).lower()


@lru_cache(maxsize=4096)
def stance_of(verb: str, text: str = "") -> str:
    """The stance of a statement: the verb's (or noun's), unless a keyword in ``text`` overrides it.

    Keywords marked ``any`` in the lexicon beat every verb; ``neutral`` ones only replace the
    neutral ``report`` of say/tell/add. Among matches the longest phrase wins, then the first.

    >>> stance_of("said", 'it "would neither confirm nor deny" the reports')
    'non-denial'
    >>> stance_of("said", 'the plan was "deeply troubling"'), stance_of("warned", "it is concerning")
    ('concern', 'warn')
    >>> stance_of("vowed", "to rebuild the bridge"), stance_of("", "ferries arrived")
    ('pledge', 'report')
    """
    lex = load_stances()
    form = _fold(verb)
    stance = (lex.verbs.get(form) or lex.nouns.get(form) or (None, lex.sources.get(form, NEUTRAL)))[1]
    best = None
    for m in lex.keyword_re.finditer(_fold(text)):
        kw_stance, override = lex.keywords[_SPACE_RE.sub(" ", m.group(0))]
        if override != "any" and stance != NEUTRAL:
            continue
        rank = (override == "any", len(m.group(0)), -m.start())
        if best is None or rank > best[0]:
            best = (rank, kw_stance)
    return best[1] if best else stance
