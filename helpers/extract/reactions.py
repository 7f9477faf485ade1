"""Reactions: what each actor said, one row per statement, with a stance.

Statements come from two places:

* **direct**: every attributed quote that :func:`helpers.extract.quotes.extract` finds; the actor is
  its speaker.
* **reported**: reported speech, found by small rules over each body sentence:

  ==============  =========================================================
  front           "X said (Sunday) that …", "X has vowed to …", "X warned …"
  trailing        "…, X said (Sunday)." and the inverted "…, said X."
  according       "…, according to X." and "According to X, …"
  statement noun  "X gave a non-denial answer …", "X made the assessment …"
  continued       "…, adding that …", "…, but argued …" (the same subject)
  ==============  =========================================================

**One row per actor**: "Seoul and Washington confirmed that …" gives two rows, one for each
actor, with the same text and span, so counts by country count each side once. A partial quote
inside a reported statement of the same actor is part of that statement (one row, not two).
A quotation attributed after it ('"…," X said') is left to the quotes table (a direct row).

The stance comes from the verb (or statement noun) and may be overridden by a keyword phrase in
the statement, as ``data/stances.csv`` says: "said that it does not feel the need to confirm"
is a non-denial, "said the move was highly concerning" is concern. ``report`` is the neutral
stance: the actor states something as fact.

>>> from helpers.read.article import parse_article
>>> a = parse_article("Talks stall\\n\\nThe army said Sunday that the bridge was lost.\\n", "a1")
>>> [(r["actor"], r["verb"], r["stance"], r["text"]) for r in reactions(a, quotes=[])]
[('army', 'said', 'report', 'the bridge was lost')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from ..lexicon import letter_tree, read_table
from ..read.text import quote_spans

if TYPE_CHECKING:  # pragma: no cover

    from ..read.article import Article

NEUTRAL = "report"

# --------------------------------------------------------------------------- the stance lexicon


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

    >>> _fold('Would not \u201csit  idle\u201d')
    'would not sit idle'
    """
    for mark, replacement in _FOLD_MARKS:
        text = text.replace(mark, replacement)
    return " ".join(text.split()).lower()


@lru_cache(maxsize=4096)
def stance_of(verb: str, text: str = "") -> str:
    """The stance of a statement: the verb's (or noun's), unless a keyword in ``text`` overrides it.

    Keywords marked ``any`` in the lexicon beat every verb; ``neutral`` ones only replace the
    neutral ``report`` of say/tell/add. Among matches the longest phrase wins, then the first.

    >>> stance_of("said", 'it "does not feel the need to confirm" the reports')
    'non-denial'
    >>> stance_of("said", 'the move was "highly concerning"'), stance_of("warned", "it is concerning")
    ('concern', 'warn')
    >>> stance_of("vowed", "to take measures"), stance_of("", "troops arrived")
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


# --------------------------------------------------------------------------- subjects

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
#: A time adverbial after a reporting verb: "Sunday", "on Friday", "last week", "on Oct. 28", "earlier".
TIME_RE = re.compile(
    rf"(?i:(?:(?:on|last|this|late|early|earlier|later)\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier\s+this|late\s+last|early\s+this|later\s+this)\s+(?:week|weekend|month|year|night|morning)"
    rf"|(?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r"|yesterday|today|tonight|earlier|later|recently|previously|again|also|however|separately|publicly)(?![\w])")

# A capitalised word: "Sullivan", "O'Brien", "U.S.", "Jae-myung", or a short title before a name: "Gen. Park".
_CAP = r"(?:[A-Z]'[A-Z][\w\-]*|[A-Z](?:\.[A-Z])+\.?|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[A-Z\u00c0-\u00de][\w\-]*)"
_STOP = ("has|have|had|also|is|was|were|are|be|been|being|and|or|nor|but|the|a|an|of|for|in|on|at|to|by|with|"
         "from|as|that|this|these|those|which|who|whom|whose|when|while|where|after|before|amid|about|over|under|"
         "into|than|then|so|if|not|never|did|does|do|would|will|could|can|may|might|should|must|it|its|he|his|she|"
         "her|they|their|we|our|i|you|said|says|reportedly|previously|already|later|earlier|again|however|since|"
         "during|between|against|through|via|per|around|up|out|off|only|just|yet|still|even|both|each|all|some|"
         "any|no|more|most|such|own|there|here|what|how|why|repeatedly|publicly|officially|separately|neither|declined|"
         "refused|quoted|went")
# A lower-case word of a subject: not a function word, a past form ("remained"; "speed" is fine) or an
# adverb ("immediately"; "family" is fine).
_LOW = (rf"(?!(?:{_STOP})\b)(?![a-z\-]*[^e\W]ed\b)"
        rf"(?!(?!(?:family|assembly|ally|rally|supply|monopoly|anomaly)\b)[a-z\-]*ly\b)[a-z][a-z\-]*")
_NAME = rf"{_CAP}(?:\s+{_CAP})*"
_CHAIN = rf"{_NAME}(?:\s+(?:of|for|on|to)(?:\s+the)?\s+{_NAME})*"
_POSS = r"(?:'s|\u2019s|')"
_DET = r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Bb]oth)\s+"
_OWNER = rf"{_CHAIN}{_POSS}\s+"
_HEAD_CAP = rf"{_CHAIN}(?:\s+{_LOW}(?:\s+{_LOW})?\s+{_CHAIN})*(?:\s+{_LOW}(?:\s+{_LOW})?)?"
_HEAD_LOW = rf"{_LOW}(?:\s+{_LOW}){{0,2}}(?:\s+{_CHAIN})?"
# A lower-case head needs a determiner or an owner: "the ministry", "Kyiv's military intelligence".
_UNIT = (rf"(?:(?:{_DET})?(?:{_OWNER})?{_HEAD_CAP}|(?:{_DET}(?:{_OWNER})?|{_OWNER}){_HEAD_LOW})"
         rf"(?:\s+(?:for|of)(?:\s+the)?\s+{_CHAIN})?")
_SUBJ = rf"{_UNIT}(?:(?:\s*,\s*{_UNIT})*,?\s+(?:and|&)\s+{_UNIT})?"
_FILLER = (r"(?:\s+(?:has|have|had|also|did|does|do|not|never|reportedly|previously|repeatedly|publicly|later|again|"
           r"earlier|officially|separately|then|would|will|could|only|already|still|neither|"
           r"(?:was|were|is)\s+quoted\s+as|declined\s+to|refused\s+to|went\s+on\s+to|has\s+yet\s+to|"
           r"(?!(?:family|assembly|ally|rally|supply)\b)[a-z]+ly)|n't)*")

#: The subject right before a reporting verb, with auxiliaries between: "Seoul's National
#: Intelligence Service", "U.S. spokesman Jake Sullivan has also", "Seoul and Washington".
SUBJECT_BEFORE_RE = re.compile(rf"(?<![\w'\u2019.\-])(?P<subj>{_SUBJ})(?P<filler>{_FILLER})\s*$")
# What a subject before a verb cannot reach back over: the subject search starts after the last
# of these, as trying each earlier word as the start of a subject is slow (see _subject_cut).
# A character no subject has: a quotation mark, a bracket, a colon, a dash.
_NO_SUBJECT_CHAR_RE = re.compile(r"(?s:.*)[^\w\s\-.'\u2019,&]")
#: "and" after a comma: a subject's commas separate a list of actors that ends "and X".
_AND_RE = re.compile(r"\s(?:and|&)\s")
#: The lower-case words of _STOP that a subject (a determiner, "of/for/on/to", "and") or the
#: auxiliaries after it (every word of _FILLER) may contain; the others end any subject.
_SUBJECT_WORDS = (frozenset("the its his her their a an both of for on to and".split())
                  | set(re.findall(r"[a-z]+", _FILLER)))
# A word no subject has: a function word ("that", "in", "said"), a past form ("crossed", but
# not "declined to"), a number.
_NO_SUBJECT_WORD_RE = re.compile(
    r"(?s:.*)(?<![\w'\u2019.\-])(?:(?:%s)|[a-z]*[a-df-z]ed%s|[\d_]\w*)(?![\w\-'\u2019])" % (
        _alternation(w for w in _STOP.split("|") if w not in _SUBJECT_WORDS and not w.endswith("ly")),
        "".join(f"(?<!{w})" for w in sorted(_SUBJECT_WORDS) if w.endswith("ed"))))
#: A pronoun subject right before a verb: "he said", "it has warned".
PRONOUN_BEFORE_RE = re.compile(rf"(?<![\w'\u2019])(?P<subj>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)(?P<filler>{_FILLER})\s*$")
_NO_PRONOUN_CHAR_RE = re.compile(r"(?s:.*)[^A-Za-z\s']")
#: A subject after the verb or source phrase, ending at a comma or the sentence end: "…, said Jake Sullivan."
SUBJECT_AFTER_RE = re.compile(rf"\s+(?P<subj>{_SUBJ})(?=\s*(?:[,;.!?]|$))")
#: What follows a verb that ends a trailing attribution: "…, X said." / "X said Sunday, citing …".
TRAILING_TAIL_RE = re.compile(
    rf"(?:\s+(?:{TIME_RE.pattern}|(?:in|on|at|during|via|through|to|from|after|before|while|when)\b[^,;.!?\"\u201c\u201d]*))*"
    r"\s*(?:[,;:.!?]|$)")
#: The gap between a verb and "that": "said Sunday that", "said last week, however, that", "told reporters that".
THAT_RE = re.compile(r"^(?:[^\"\u201c\u201d.;:]{0,60}?[\s,])?that\s+")
#: What follows a verb that is a circumstance, not a statement: "said in a statement", "added during …"
#: (but "confirmed at least 2,500 …" and "said as many as …" are statements).
ADVERBIAL_START_RE = re.compile(r"(?i:in|during|at|on|after|before|via|through|from|when|while|with|under|as|"
                                r"by|for)\b(?!\s+(?:least|most|many|much|few|little|well)\b)")
#: The person told, skipped before the statement: "told reporters", "told the BBC", "told host Jane Doe".
TOLD_OBJECT_RE = re.compile(rf"\s+(?:(?:the|a|an)\s+)?(?:(?:{_LOW}\s+){{0,2}}{_CHAIN}|{_LOW})(?=[\s,.;:])")
#: A statement cannot open with an auxiliary: in "Mark Levine estimates will expire" the verb is a noun.
AUXILIARY_START_RE = re.compile(r"(?:will|would|can|could|may|might|should|must|shall|is|are|was|were|has|have|had)\b")
#: A verb followed by a comma or colon and a quotation mark leads in to a direct quote: 'X wrote, "…'.
QUOTE_LEAD_IN_RE = re.compile(
    rf"(?:\s+(?:{TIME_RE.pattern}|(?:in|on|at|during|via|through|to)\b[^,;:.!?\"\u201c\u201d]*))*\s*[,:]\s*[\"\u201c]")
#: "with" before the subject of a gerund: "…, with Lee saying …".
WITH_BEFORE_RE = re.compile(r"\bwith\s+$")
#: A capitalised gerund or conjunction cannot open a reported statement: "said Reflecting on …",
#: "announced But …" start a new clause.
CLAUSE_START_RE = re.compile(r"[A-Z][a-z]+ing\b|(?:But|And|Or|So|Yet|However|Meanwhile|Still|Then|Also)\b")
#: The second verb of "neither confirmed nor denied": skipped before the statement.
NOR_RE = re.compile(r"\s+(?:or|nor)\s+[a-z]+(?=[\s,])")
#: Time adverbials opening a statement, to skip: "said last week North Korean soldiers …".
LEAD_TIME_RE = re.compile(rf"^(?:[\s,]*(?:{TIME_RE.pattern}|[a-z]+ly)(?![\w]))*[\s,:]*")
#: A sentence adverb or conjunction that may open a subject: "But Kim said", "Separately, …".
LEADING_ADVERB_RE = re.compile(
    rf"^(?:(?:{TIME_RE.pattern})\s*,\s*|(?:{TIME_RE.pattern})\s+(?=[A-Z])|(?:But|And|However|Meanwhile|Still|Yet|Also|"
    rf"Separately|Earlier|Later|Instead|Now|Then|So|Both|In|On|At|After|Before|Since|When|While|As)\b[\s,]*)+")
#: Words before a subject that negate it: "Neither Paris nor Berlin have given …".
NEGATED_BEFORE_RE = re.compile(r"(?:\b(?:[Nn]either|nor|[Nn]o|[Nn]ot)\s+(?:[Tt]he\s+)?)$")
#: A preposition right before a would-be subject: "for the presidency said" has no subject.
PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|for|in|on|at|to|by|from|into|about|against|between|over|under|than)\s+$")
#: A connector that continues the previous statement: "…, adding that", "…, but argued", "…," adding".
CONTINUATION_RE = re.compile(r"(?:,[\"\u201d\u2019]?|[\"\u201d\u2019],)\s*(?:(?:and|but|while)\s+)?$|\s(?:and|but)\s+$")
#: A connector that opens a new clause: ", with", ", and", ", as".
CLAUSE_LINK_RE = re.compile(r"[,;]\s*(?:(?:with|and|but|while|as|whereas)\s+)?$")
#: Split a subject into actors: "Seoul and Washington", "Britain, France and Germany".
CONJUNCTION_RE = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
#: An "of/for" name chain around a conjunction keeps it whole: "Ministry of Trade and Industry".
NAME_CHAIN_AND_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:and|&)\s+[A-Z]")
_POSS_RE = re.compile(_POSS)
_POSS_REST_RE = re.compile(rf"{_POSS}\s+(?P<rest>.+)$")
_NEGATED_START_RE = re.compile(r"(?:Neither|Either|No)\b")
_CLOSE_QUOTE_RE = re.compile(r"[\"\u201d\u2019][\s,]*$")
_DET_START_RE = re.compile(rf"^{_DET}")
_WORD_RE = re.compile(r"[\w\-]+")
# Text with at least two (three) words of _WORD_RE: a search stops at the second (third) word.
_TWO_WORDS_RE = re.compile(r"[\w\-][^\w\-]+[\w\-]")
_THREE_WORDS_RE = re.compile(r"[\w\-][^\w\-]+[\w\-]+[^\w\-]+[\w\-]")


@dataclass
class _Speaker:
    """An actor a statement is attributed to."""

    actor: str
    country: str | None = None
    kind: str | None = None
    resolved: bool = False
    text: str = ""


def _country(actor) -> str | None:
    """The country of a gazetteer actor; a country is its own country."""
    country = getattr(actor, "country", None)
    if not country and getattr(actor, "kind", None) == "country":
        country = getattr(actor, "canonical", None)
    return country or None


def _find(gazetteer, text: str) -> list:
    """Gazetteer mentions in ``text`` as (start, end, actor); none without a gazetteer."""
    find = getattr(gazetteer, "find", None)
    return sorted(find(text), key=lambda m: (m[0], m[1])) if callable(find) and text else []


def _resolve(gazetteer, name: str):
    """The gazetteer actor of ``name``, or None."""
    resolve = getattr(gazetteer, "resolve", None)
    return resolve(name) if callable(resolve) and name else None


class _ArticleLookups:
    """A gazetteer whose ``resolve`` and ``find`` answer each name once: an article names its
    speakers again and again (every quote, every "X said").

    >>> class Gaz:
    ...     calls = 0
    ...     def resolve(self, name):
    ...         Gaz.calls += 1
    ...         return None
    >>> lookups = _ArticleLookups(Gaz())
    >>> _resolve(lookups, "Kim"), _resolve(lookups, "Kim"), Gaz.calls
    (None, None, 1)
    """

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self._resolved: dict[str, object] = {}
        self._found: dict[str, list] = {}

    def resolve(self, name: str) -> object:
        """The gazetteer's actor for ``name`` (or None), looked up once."""
        if name not in self._resolved:
            self._resolved[name] = _resolve(self.gazetteer, name)
        return self._resolved[name]

    def find(self, text: str) -> list:
        """The gazetteer's mentions in ``text``, sorted, looked up once."""
        if text not in self._found:
            self._found[text] = _find(self.gazetteer, text)
        return self._found[text]


@lru_cache(maxsize=4096)
def strip_subject(text: str) -> str:
    """A subject without its opening adverbs, conjunctions and determiner.

    >>> strip_subject("Last week, the North's Foreign Ministry"), strip_subject("But Kim")
    ("North's Foreign Ministry", 'Kim')
    """
    text = LEADING_ADVERB_RE.sub("", text.strip())
    return _DET_START_RE.sub("", text).strip(" ,")


def split_subject(text: str) -> list[str]:
    """The actors of a subject: one per conjunct, unless "and" sits inside an "of/for" name.

    >>> split_subject("Seoul and Washington"), split_subject("the Ministry of Trade and Industry")
    (['Seoul', 'Washington'], ['the Ministry of Trade and Industry'])
    """
    if "," not in text and "&" not in text and "and" not in text:  # one actor (the common case, kept quick)
        return [text] if text.strip() else []
    if NAME_CHAIN_AND_RE.search(text):
        return [text]
    return [p for p in CONJUNCTION_RE.split(text) if p.strip()]


def resolve_actor(text: str, gazetteer=None) -> _Speaker:
    """Who a subject names: the gazetteer actor, else the subject as written, with a country.

    Order: the whole name in the gazetteer; a known actor ending the subject (its head, after
    titles: "U.S. spokesman Jake Sullivan"); a known possessor ("Kyiv's military intelligence" →
    "<Kyiv's canonical>'s military intelligence", country of Kyiv); else the name as written with
    the country of any known actor inside it ("U.S. officials").

    >>> resolve_actor("the army")
    _Speaker(actor='army', country=None, kind=None, resolved=False, text='the army')
    """
    name = strip_subject(text)
    actor = _resolve(gazetteer, name)
    if actor is not None:
        return _Speaker(actor.canonical, _country(actor), getattr(actor, "kind", None), True, text)
    found = _find(gazetteer, name)
    if found:
        start, end, head = found[-1]
        tail = name[end:]
        if not tail.strip():
            country = _country(head) or next((_country(a) for _, _, a in found if _country(a)), None)
            return _Speaker(head.canonical, country, getattr(head, "kind", None), True, text)
        for start, end, owner in found:
            poss = _POSS_REST_RE.match(name[end:])
            if poss and not _find(gazetteer, poss.group("rest")):
                return _Speaker(f"{owner.canonical}'s {poss.group('rest')}", _country(owner), None, False, text)
        country = next((_country(a) for _, _, a in found if _country(a)), None)
        return _Speaker(name, country, None, False, text)
    return _Speaker(name, None, None, False, text)


def _names_exactly(actor, name: str) -> bool:
    """Whether ``name`` is the actor's canonical name or one of its aliases (case aside)."""
    names = {getattr(actor, "canonical", "")} | set(getattr(actor, "aliases", ()) or ())
    return name.casefold() in {n.casefold() for n in names if n}


def speakers_of(subject: str, gazetteer=None) -> list[_Speaker]:
    """One speaker per actor of a subject; a name the gazetteer lists whole stays one actor.

    >>> [s.actor for s in speakers_of("Last week, Seoul and Washington")]
    ['Seoul', 'Washington']
    """
    name = strip_subject(subject)
    parts = split_subject(name)
    if len(parts) == 1 or _names_exactly(_resolve(gazetteer, name), name):
        return [resolve_actor(subject, gazetteer)]
    return [resolve_actor(p, gazetteer) for p in parts]


# --------------------------------------------------------------------------- statements


@dataclass(frozen=True)
class _Statement:
    """A reported statement found in one sentence (offsets relative to the sentence)."""

    subject: str | None          # the subject as written; None for a continuation
    anchor: int                  # where the attribution starts (subject, connector or source)
    verb: str
    pred_start: int
    pred_end: int
    start: int
    end: int
    form: str                    # front, trailing, inverted, according, noun, continued
    pronoun: bool = False


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces and one sentence-final full stop (not a closing quote).

    >>> s = "He said the bridge fell."
    >>> _trim(s, 7, len(s))
    (8, 23)
    """
    while start < end and sentence[start] in " ,:;\u2014-":
        start += 1
    while end > start and sentence[end - 1] in " ,;:\u2014":
        end -= 1
    if end > start and sentence[end - 1] in ".!?" and end == len(sentence.rstrip()):
        end -= 1
    return start, end


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and any(a < pos < b for a, b in spans)


def _ends_in_close_quote(text: str) -> bool:
    """Whether ``text`` ends with a closing quotation mark, spaces and commas aside (_CLOSE_QUOTE_RE,
    read from the end instead of searched from the start).

    >>> _ends_in_close_quote('"We agree," , '), _ends_in_close_quote("We agree, ")
    (True, False)
    """
    text = text.rstrip()
    while text.endswith(","):
        text = text[:-1].rstrip()
    return text.endswith(('"', "\u201d", "\u2019"))


def _is_quotation(sentence: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) is (almost) all one quotation, so it belongs to the quotes table.

    Up to two words may come before the quotation ('said flatly: "No."').

    >>> s = 'He said flatly: "We never agreed to it."'
    >>> _is_quotation(s, 8, len(s), [(16, len(s) - 1)])
    True
    """
    body_start, body_end = _trim(sentence, start, end)
    for a, b in spans:
        lead = sentence[body_start:max(a, body_start)]
        if a < body_end and b >= body_end - 2 and len(lead) <= 20 and not _THREE_WORDS_RE.search(lead):
            return True
    return False


def _front_statement(sentence: str, verb_end: int) -> int:
    """Where a statement after its verb starts: after "that", else after time adverbials.

    >>> s = "Kim said last week, however, that talks failed."
    >>> s[_front_statement(s, 8):]
    'talks failed.'
    >>> s = "Kim neither confirmed nor denied the raid."
    >>> s[_front_statement(s, 21):]
    'the raid.'
    >>> s = "Kim told host Jane Doe the raid failed."
    >>> s[_front_statement(s, 8):]
    'the raid failed.'
    """
    nor = NOR_RE.match(sentence, verb_end)
    if nor:
        verb_end = nor.end()
    if load_stances().verbs.get(sentence[:verb_end].rsplit(None, 1)[-1].lower(), ("",))[0] == "tell":
        told = TOLD_OBJECT_RE.match(sentence, verb_end)
        if told:
            verb_end = told.end()
    after = sentence[verb_end:]
    m = THAT_RE.match(after)
    if m and not load_stances().verb_re.search(m.group(0)):  # not "said X, adding that"
        return verb_end + m.end()
    return verb_end + LEAD_TIME_RE.match(after).end()


def _subject_cut(text: str) -> int:
    """Where a subject ending ``text`` starts at the earliest: after the last character, comma or
    word that no subject can contain (the search from there finds what a search from 0 finds).

    >>> s = 'He spoke of "war" while troops crossed the river, the army '
    >>> s[_subject_cut(s):]
    ' the army '
    """
    cut = 0
    m = _NO_SUBJECT_CHAR_RE.match(text)
    if m:
        cut = m.end()
    comma = text.rfind(",")
    if comma >= cut and not _AND_RE.search(text, comma):
        cut = comma + 1
    m = _NO_SUBJECT_WORD_RE.match(text, cut)
    return m.end() if m else cut


def _negated_before(prefix: str, start: int) -> bool:
    """Whether NEGATED_BEFORE_RE matches ``prefix[:start]``, searched only in its last words.

    >>> _negated_before("Neither Paris nor Berlin", 18), _negated_before("Paris and Berlin", 10)
    (True, False)
    """
    words = prefix[:start].rstrip()
    lo = len(words[:-3].rstrip() if words.endswith(("the", "The")) else words) - len("neither")
    return NEGATED_BEFORE_RE.search(prefix, max(lo, 0), start) is not None


def _preposition_before(prefix: str, start: int) -> bool:
    """Whether PREPOSITION_BEFORE_RE matches ``prefix[:start]``, searched only in its last word.

    >>> _preposition_before("running for the presidency", 12), _preposition_before("running for", 8)
    (True, False)
    """
    lo = len(prefix[:start].rstrip()) - len("between")
    return PREPOSITION_BEFORE_RE.search(prefix, max(lo, 0), start) is not None


def _may_end_subject(prefix: str) -> bool:
    """Whether a subject (or a pronoun) and its auxiliaries may end ``prefix``: its last character
    but spaces is a word character, a full stop ("U.S.") or a hyphen, as every subject's last word has.

    >>> _may_end_subject("Troops crossed the river, the army "), _may_end_subject('"We agree," ')
    (True, False)
    """
    last = prefix.rstrip()[-1:]
    return last.isalnum() or (last != "" and last in "_.-")


def _subject_before(prefix: str) -> tuple[str, int, bool] | None:
    """The subject ending ``prefix`` (before a verb): (text, start, is_pronoun), or None.

    >>> _subject_before("Last week, Seoul and Washington ")
    ('Seoul and Washington', 11, False)
    >>> _subject_before("Neither Paris nor Berlin have ") is None
    True
    """
    if not _may_end_subject(prefix):
        return None
    tail = prefix[-200:]
    shift = len(prefix) - len(tail)
    cut = _NO_PRONOUN_CHAR_RE.match(tail)  # a pronoun and auxiliaries are letters, spaces and "n't"
    m = PRONOUN_BEFORE_RE.search(tail, cut.end() if cut else 0)
    pronoun = m is not None
    if not pronoun:
        m = SUBJECT_BEFORE_RE.search(tail, _subject_cut(tail))
        if not m:
            return None
    subj, start = m.group("subj"), m.start("subj") + shift
    lead = None if pronoun else LEADING_ADVERB_RE.match(subj)
    if lead:
        subj, start = subj[lead.end():], start + lead.end()
    if _negated_before(prefix, start) or _NEGATED_START_RE.match(subj):
        return None
    if _preposition_before(prefix, start):
        return None  # "running for the presidency, told …": the noun is an object, not the subject
    if not pronoun and not strip_subject(subj):
        return None
    return subj, start, pronoun


def find_statements(sentence: str, spans: list[tuple[int, int]] | None = None) -> list[_Statement]:
    """Reported statements in one sentence, in order; quotations in ``spans`` (open, close) are skipped.

    >>> [(s.subject, s.verb, s.form) for s in find_statements("Troops crossed the river, the army said.")]
    [('the army', 'said', 'trailing')]
    >>> [(s.subject, s.verb, s.form) for s in find_statements("Kim said that it rained, adding that it stopped.")]
    [('Kim', 'said', 'front'), (None, 'adding', 'continued')]
    """
    spans = quote_spans(sentence) if spans is None else spans
    return list(_statements(sentence, tuple(map(tuple, spans))))


@lru_cache(maxsize=4096)
def _statements(sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[_Statement, ...]:
    """The work of :func:`find_statements`, kept for sentences met again (wire copy reprinted,
    boilerplate such as "did not respond to a request for comment")."""
    lex = load_stances()
    found: list[_Statement] = []
    sources = lex.source_re.finditer(sentence) if any(map(sentence.__contains__, lex.source_hints)) else ()
    for m in sources:
        if _in_spans(m.start(), spans):
            continue
        st = _according(sentence, m)
        if st:
            found.append(st)
    nouns = lex.noun_re.finditer(sentence) if any(map(sentence.__contains__, lex.noun_hints)) else ()
    for m in nouns:
        if _in_spans(m.start(), spans):
            continue
        subj = _subject_before(sentence[:m.start()])
        if subj:
            start, end = _trim(sentence, m.start("object"), len(sentence))
            found.append(_Statement(subj[0], subj[1], m.group("noun"), m.start(), m.end(), start, end, "noun", subj[2]))
    taken = [(s.pred_start, s.pred_end) for s in found]
    for m in lex.verb_re.finditer(sentence):
        if _in_spans(m.start(), spans) or (taken and any(a <= m.start() < b for a, b in taken)):
            continue
        st = _verb_statement(sentence, m, spans, found)
        if st:
            found.append(st)
    found.sort(key=lambda s: (s.anchor, s.pred_start))
    _cut_at_next(sentence, found)
    return tuple(s for s in found
                 if s.end > s.start and (s.form == "noun" or not _is_quotation(sentence, s.start, s.end, spans)))


def _according(sentence: str, m: re.Match) -> _Statement | None:
    """ "…, according to X.", "According to X, …", or "The plan, according to X, is …" (the whole sentence)."""
    subj = SUBJECT_AFTER_RE.match(sentence, m.end())
    if not subj:
        return None
    name = strip_subject(subj.group("subj"))
    if name[:1].islower() and not subj.group("subj").lower().startswith("the "):
        return None  # "according to their instincts" names no source
    if not sentence[:m.start()].strip():
        comma = sentence.find(",", subj.end())
        if comma < 0:
            return None
        start, end = _trim(sentence, comma + 1, len(sentence))
    elif _THREE_WORDS_RE.search(sentence, subj.end()):
        start, end = _trim(sentence, 0, len(sentence))  # "The plan, according to X, is …": the whole sentence
    else:
        start, end = _trim(sentence, 0, m.start())
    return _Statement(subj.group("subj"), m.start(), m.group("source").lower(), m.start(), subj.end(), start, end,
                      "according")


def _has_quote_mark(sentence: str, pos: int) -> bool:
    """Whether an opening quotation mark (straight or curly) comes at or after ``pos``.

    >>> _has_quote_mark('He said: "No."', 3), _has_quote_mark('"No," he said.', 5)
    (True, False)
    """
    return sentence.find('"', pos) >= 0 or sentence.find("\u201c", pos) >= 0


def _continuation(prefix: str) -> re.Match | None:
    """CONTINUATION_RE searched where it can match: in the last word and the comma before it.

    >>> _continuation("Kim said that it rained, ").start()
    23
    """
    words = prefix.rstrip()
    lo = len(words) - 2  # a comma and a quotation mark ending the text
    for connector in ("and", "but", "while"):
        if words.endswith(connector):
            lo = len(words[:-len(connector)].rstrip()) - 2
            break
    return CONTINUATION_RE.search(prefix, max(lo, 0))


def _verb_statement(sentence: str, m: re.Match, spans, found: list[_Statement]) -> _Statement | None:
    """The statement of one reporting verb, trying each form in turn: inverted, continued,
    trailing, front. A verb leading in to a quotation ('X said: "…"') is left to the quotes table.
    """
    verb, prefix = m.group(0), sentence[:m.start()]
    if _has_quote_mark(sentence, m.end()) and QUOTE_LEAD_IN_RE.match(sentence, m.end()):
        return None
    if prefix.rstrip().endswith(",") and not _ends_in_close_quote(prefix.rstrip().rstrip(",")):
        inverted = _inverted(sentence, m, spans)
        if inverted:
            return inverted
    subj = _subject_before(prefix)
    if subj is None:
        return _continued(sentence, m) if found and _continuation(prefix) else None
    text, subj_start, pronoun = subj
    if verb.endswith("ing") and not WITH_BEFORE_RE.search(prefix[:subj_start]):
        return None  # a gerund reports only after "with" ("with X saying") or as a continuation
    before = sentence[:subj_start].rstrip()
    if _ends_in_close_quote(before.rstrip(",")) and (before.endswith(",") or before[-1:] in "\"\u201d\u2019"):
        return None  # '"…," the minister said': a direct quote
    if before.endswith(",") and TRAILING_TAIL_RE.match(sentence, m.end()):
        start, end = _trim(sentence, 0, len(before) - 1)
        if _THREE_WORDS_RE.search(sentence, start, end) and not _is_quotation(sentence, start, end, spans):
            return _Statement(text, subj_start, verb, subj_start + len(text), m.end(), start, end, "trailing", pronoun)
    span = _front_span(sentence, m.end(), subj_start + len(text), spans)
    if span is None:
        return None
    return _Statement(text, subj_start, verb, subj_start + len(text), m.end(), *span, "front", pronoun)


def _inverted(sentence: str, m: re.Match, spans) -> _Statement | None:
    """ "Talks will resume, said the minister.": the clause before the comma, the subject after the verb."""
    inv = SUBJECT_AFTER_RE.match(sentence, m.end())
    if not (inv and strip_subject(inv.group("subj")) and inv.group("subj")[0].isupper()):
        return None
    start, end = _trim(sentence, 0, sentence[:m.start()].rstrip().rfind(","))
    if _is_quotation(sentence, start, end, spans) or not _THREE_WORDS_RE.search(sentence, start, end):
        return None
    return _Statement(inv.group("subj"), m.start(), m.group(0), m.start(), inv.end(), start, end, "inverted")


def _continued(sentence: str, m: re.Match) -> _Statement:
    """ "…, adding that …" / "…, but argued …": a second verb of the previous subject."""
    start, end = _trim(sentence, _front_statement(sentence, m.end()), len(sentence))
    anchor = _continuation(sentence[:m.start()]).start()
    return _Statement(None, anchor, m.group(0), m.start(), m.end(), start, end, "continued")


def _front_span(sentence: str, verb_end: int, subject_end: int, spans) -> tuple[int, int] | None:
    """The statement after a verb, or None when what follows is no statement (a circumstance,
    a quotation, a new clause); a predicate that is a statement by itself ("declined to
    comment") is then the statement.
    """
    start, end = _trim(sentence, _front_statement(sentence, verb_end), len(sentence))
    if start < len(sentence) and sentence[start] in ",;":
        return None
    if _is_quotation(sentence, start, end, spans) and sentence[start:start + 1] in "\"\u201c":
        return None
    if (not _TWO_WORDS_RE.search(sentence, start, end) or ADVERBIAL_START_RE.match(sentence, start)
            or AUXILIARY_START_RE.match(sentence, start) or CLAUSE_START_RE.match(sentence, start)):
        pred = _trim(sentence, subject_end, verb_end)
        return pred if _says_by_keyword(sentence[pred[0]:pred[1]]) else None
    return start, end


def _says_by_keyword(predicate: str) -> bool:
    """Whether a predicate is a statement by itself: a keyword that overrides any verb ("declined to comment").

    >>> _says_by_keyword("declined to comment"), _says_by_keyword("said")
    (True, False)
    """
    lex = load_stances()
    return any(lex.keywords[_SPACE_RE.sub(" ", m.group(0))][1] == "any"
               for m in lex.keyword_re.finditer(_fold(predicate)))


def _cut_at_next(sentence: str, found: list[_Statement]) -> None:
    """End a statement where the next attribution opens a clause inside it: "…, with X saying …"."""
    for i, st in enumerate(found):
        for nxt in found[i + 1:]:
            if st.start < nxt.anchor < st.end:
                link = CLAUSE_LINK_RE.search(sentence, st.start, nxt.anchor)
                if link is not None or nxt.form == "continued":
                    cut = link.start() if link is not None else nxt.anchor
                    if sentence[cut:cut + 2] in (',"', ",\u201d"):
                        cut += 2  # keep the closing mark of a quotation the comma sits in
                    start, end = _trim(sentence, st.start, cut)
                    found[i] = replace(st, start=start, end=end)
                    break


# --------------------------------------------------------------------------- rows


def _direct_rows(article: "Article", quotes: list[dict], gazetteer) -> list[dict]:
    """One row per attributed quote: the speaker, its country, the quote's verb and stance."""
    rows = []
    for q in quotes:
        actor = q.get("speaker") or q.get("speaker_text")
        if not actor or PRONOUN_BEFORE_RE.fullmatch(actor.strip()):
            continue
        found = _resolve(gazetteer, actor)
        country = _country(found) if found is not None else None
        if country is None:
            country = next((_country(a) for _, _, a in _find(gazetteer, q.get("speaker_text") or actor) if _country(a)),
                           None)
        rows.append({
            "article_id": article.article_id, "actor": actor, "actor_text": q.get("speaker_text") or actor,
            "country": country, "verb": q.get("verb") or "", "stance": stance_of(q.get("verb") or "", q["text"]),
            "kind": "direct", "text": q["text"], "para_no": q.get("para_no"), "start": q["start"], "end": q["end"],
            "quote_id": q.get("quote_id"), "_kind": getattr(found, "kind", None), "_resolved": found is not None,
        })
    return rows


def _pronoun_antecedent(pronoun: str, before: int, rows: list[dict]) -> dict | None:
    """The nearest earlier row whose actor fits the pronoun (he/she: a person; it: not a person)."""
    p = pronoun.lower()
    for row in sorted((r for r in rows if r["start"] < before), key=lambda r: r["start"], reverse=True):
        kind = row.get("_kind")
        if p in ("he", "she") and kind not in (None, "person"):
            continue
        if p == "it" and kind == "person":
            continue
        return row
    return None


def _definite_antecedent(subject: str, before: int, rows: list[dict]) -> dict | None:
    """ "the ministry" → the nearest earlier actor whose name contains "ministry"."""
    head = subject.split()[-1].lower()
    for row in sorted((r for r in rows if r["start"] < before), key=lambda r: r["start"], reverse=True):
        if head in row["actor"].lower() or head in row["actor_text"].lower():
            return row
    return None


@lru_cache(maxsize=4096)
def _stems(text: str) -> tuple[str, ...]:
    """Six-letter stems of the longer words, so "Minister" meets "Ministry".

    >>> _stems("Vice Foreign Minister Kim")
    ('foreig', 'minist')
    """
    return tuple(w.casefold()[:6] for w in _WORD_RE.findall(text) if len(w) >= 6)


def _country_from_title(row: dict, earlier: list[dict]) -> str | None:
    """An unplaced speaker's country from a body named before whose name its title repeats.

    "Vice Foreign Minister Jan Nowak" after "Poland's Foreign Ministry said …" is Polish.

    >>> _country_from_title({"actor": "Jan Nowak", "actor_text": "Vice Foreign Minister Jan Nowak"},
    ...                     [{"actor": "Poland's Foreign Ministry", "country": "Poland", "_kind": "organization"}])
    'Poland'
    """
    title = set(_stems(row["actor_text"].replace(row["actor"], " ")))
    if not title:
        return None
    for prev in reversed(earlier):
        if prev.get("country") and prev.get("_kind") not in ("person", "country"):
            head = _stems(" ".join(prev["actor"].split()[-2:]))
            if len(head) == 2 and set(head) <= title:
                return prev["country"]
    return None


def _same_speaker(direct: dict, reported: dict) -> bool:
    """Whether a direct row's speaker is the actor of a reported row (shared capitalised name words).

    >>> _same_speaker({"actor": "John Smith", "actor_text": "Smith"}, {"actor": "Smith", "actor_text": "Mr. Smith"})
    True
    """
    def words(row: dict) -> set[str]:
        return {w for w in _WORD_RE.findall(f'{row["actor"]} {row["actor_text"]}') if w[:1].isupper()}

    return bool(words(direct) & words(reported))


def reactions(article: "Article", gazetteer=None, quotes: list[dict] | None = None) -> list[dict]:
    """Every statement of an actor in one article: direct quotes and reported speech.

    ``quotes`` are the article's quote records (by default :func:`helpers.extract.quotes.extract`).
    Rows have the columns of ``schema.COLUMNS["reactions"]``; ``raw[start:end] == text``.

    >>> from helpers.read.article import parse_article
    >>> a = parse_article("Border row\\n\\nSeoul and Tokyo confirmed that talks failed.\\n", "a1")
    >>> [(r["actor"], r["stance"]) for r in reactions(a, quotes=[])]
    [('Seoul', 'confirm'), ('Tokyo', 'confirm')]
    """
    if quotes is None:
        from .quotes import extract

        quotes = article.memo("quotes", gazetteer, lambda: extract(article, gazetteer))
    gazetteer = _ArticleLookups(gazetteer) if gazetteer is not None else None
    direct = _direct_rows(article, quotes, gazetteer)
    reported: list[dict] = []
    earlier = list(direct)  # direct + reported, for antecedents
    sentences: dict[int, list[dict]] = {}
    for sent in article.sentences:
        sentences.setdefault(sent["para_no"], []).append(sent)
    for para in article.paragraphs:
        spans = quote_spans(para["text"])
        for sent in sentences.get(para["para_no"], []):
            shift = sent["start"] - para["start"]
            local = [(a - shift, b - shift) for a, b in spans if b > shift and a < shift + len(sent["text"])]
            previous: list[tuple] = []
            for st in find_statements(sent["text"], local):
                speakers = previous if st.subject is None else _speakers(st, sent["start"], gazetteer, earlier)
                new = _reported_rows(article, sent, st, speakers)
                reported += new
                earlier += new
                previous = speakers
    absorbed = set()
    for row in reported:
        for i, q in enumerate(direct):
            if row["start"] <= q["start"] and q["end"] <= row["end"] and _same_speaker(q, row):
                absorbed.add(i)
                if not row["_resolved"] and q["actor"] and direct[i]["_resolved"]:
                    row.update(actor=q["actor"], country=q["country"], _resolved=True)
    rows = [r for i, r in enumerate(direct) if i not in absorbed] + reported
    rows.sort(key=lambda r: (r["start"], r["end"], r["actor"]))
    for i, r in enumerate(rows):
        if not r["country"]:
            r["country"] = _country_from_title(r, rows[:i])
    for r in rows:
        del r["_kind"], r["_resolved"]
    return rows


def _speakers(st: _Statement, base: int, gazetteer, earlier: list[dict]) -> list[tuple]:
    """Who made a statement, as (actor, actor_text, country, kind, resolved), one per actor.

    A pronoun ("she said") and a bare description ("the ministry said") stand for the nearest
    fitting actor named before; a description with no such actor is kept as written.
    """
    def of(row: dict) -> tuple:
        return row["actor"], st.subject, row["country"], row["_kind"], row["_resolved"]

    if st.pronoun:
        ante = _pronoun_antecedent(st.subject, base + st.anchor, earlier)
        return [of(ante)] if ante else []
    if strip_subject(st.subject)[:1].islower() and not _POSS_RE.search(st.subject):
        ante = _definite_antecedent(strip_subject(st.subject), base + st.anchor, earlier)
        if ante:
            return [of(ante)]
    return [(s.actor, s.text.strip(), s.country, s.kind, s.resolved) for s in speakers_of(st.subject, gazetteer)]


def _reported_rows(article: "Article", sent: dict, st: _Statement, speakers: list[tuple]) -> list[dict]:
    """Rows of one reported statement: one per actor, the same text and span."""
    text, base = sent["text"], sent["start"]
    lo, hi = min(st.start, st.pred_start), max(st.end, st.pred_end)
    stance = stance_of(st.verb, text[lo:hi])
    return [{
        "article_id": article.article_id, "actor": actor, "actor_text": actor_text, "country": country,
        "verb": st.verb, "stance": stance, "kind": "reported", "text": text[st.start:st.end],
        "para_no": sent["para_no"], "start": base + st.start, "end": base + st.end, "quote_id": None,
        "_kind": kind, "_resolved": resolved,
    } for actor, actor_text, country, kind, resolved in speakers]


# --------------------------------------------------------------------------- queries (pandas)
