"""The entities of an article: who each paragraph names outside its quotes, in reading order.

Per paragraph: the known and titled names (:func:`~helpers.extract.actors.find_actors`), the
subjects of reporting verbs (marked as speakers) and the subjects that open sentences, each
with its sentence, its roles (:mod:`.roles`) and whether it stands for several ("Tom and Ellie
Ward", "officials", the police). A capitalised word that only opens a sentence ("Flu cases
rose") is no one. A paragraph is worked out when a search first reaches it.

In: an Article and the Gazetteer. Out: :class:`Entity` lists per paragraph, and the entities
before a point grouped by sentence, nearest first (:meth:`Entities.before`).

>>> t = "Jan Roe said the plan failed. The ministry agreed."
>>> [t[s:e] for s, e, _ in _subjects(t, (), (0, 30))]
['Jan Roe', 'Jan Roe', 'The ministry', 'The ministry']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Sequence

from ...lexicon import UPPER
from ...read.text import split_sentences
from ..actors import FUNCTION_WORDS, Actor, Gazetteer, article_context, find_actors, first_names, head_kind, titles, token_key
from ..attribution import is_pronoun, quotations, reporting_verbs, sentence_subject, subjects_in
from ..attribution.words import _LY_NOUNS, ADVERBIALS
from .names import JOINED_RE, POSSESSIVE_RE, body_names, described_bodies, given_names, shape
from .roles import NO_ROLES, Roles, description, roles_near

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


@dataclass(slots=True)
class Entity:
    """One mention of an actor: paragraph index, sentence index in it, offsets in the paragraph.

    >>> Entity(0, 0, 4, Actor("Jan Roe", "person"), speaker=True, end=11).actor.canonical
    'Jan Roe'
    """

    para: int
    sent: int
    at: int
    actor: Actor
    speaker: bool = False
    end: int = -1
    plural: bool = False
    given: Roles = NO_ROLES  # roles known without reading the text around ("The judge said" → judge)
    for_body: bool = False  # a person who speaks for the body that is the actor: "a reporter for X"
    around: tuple | None = None  # (paragraph text, adjective keys): where to read its roles, when asked

    @property
    def roles(self) -> Roles:
        """What the text says of this mention (:func:`~.roles.roles_near`), read on first use: most
        mentions are never asked.

        >>> Entity(0, 0, 6, Actor("Eva Lind", "person"), end=14, around=("Mayor Eva Lind, 61, said", None)).roles.age
        61
        """
        if self.around is not None:
            text, adjectives = self.around
            self.given, self.around = roles_near(text, self.at, self.end, adjectives) | self.given, None
        return self.given


#: A subject "X of Y" before its one known name Y: "The Communications Workers of America".
_OF_BEFORE_RE = re.compile(r"[A-Za-z]\s+(?:of|for|at)\s+(?:the\s+)?$")
#: What stands between a description and the name it gives: "the union's secretary, | Ben Walsh".
_APPOSED_NAME_RE = re.compile(r",\s*")
#: An owner's mark after a name: "Peru's Transport Ministry".
#: An owner opening a description: "Ridgemoor's manager" asks for a manager as "the manager" does.
_OWNER_START_RE = re.compile(rf"^[{UPPER}][\w.&'\u2019-]*(?:\s+[{UPPER}][\w.&'\u2019-]*)*['\u2019]s\s+")
_OWNS_RE = re.compile(rf"['\u2019]s\s+[{UPPER}]")


class Entities:
    """What an article names, paragraph by paragraph (worked out as searches reach each one).

    Subclasses say what a written phrase stands for (:meth:`phrase_actor`, :meth:`refine`): this
    class reads it with the gazetteer alone.

    >>> from helpers.read.article import parse_article
    >>> from helpers.extract.actors import load_gazetteer
    >>> ents = Entities(parse_article("Head line\\n\\nJan Roe, 61, said the plan failed.\\n"), load_gazetteer())
    >>> [(e.actor.canonical, e.speaker, e.roles.age) for e in ents.entities(0)]
    [('Jan Roe', True, 61)]
    """

    def __init__(self, article: "Article", gazetteer: Gazetteer):
        self.article = article
        self.gazetteer = gazetteer
        self.names = article_context(article, gazetteer)
        self.paragraphs = article.paragraphs
        self._quoted: dict[int, tuple[tuple[int, int], ...]] | None = None
        self._entities: dict[int, list[Entity]] = {}
        self._sentences: dict[int, tuple[int, ...]] = {}
        self._para_starts = [p["start"] for p in self.paragraphs]
        self._inside: dict[str, bool] = {}
        self._bearers: dict[tuple[str, str], bool] = {}

    # -- where things are ----------------------------------------------------------
    def locate(self, start: int) -> tuple[int, int]:
        """(paragraph index, offset in it) of an offset into the raw text.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> Entities(parse_article("Head line\\n\\nOne.\\n\\nTwo.\\n"), load_gazetteer()).locate(18)
        (1, 1)
        """
        para = max(0, bisect_right(self._para_starts, start) - 1)
        return para, start - self._para_starts[para] if self._para_starts else start

    def quoted(self, para: int) -> tuple[tuple[int, int], ...]:
        """(open, close) of the quotations of a paragraph, to leave their words out.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> Entities(parse_article('Head line\\n\\nHe said "no" twice.\\n'), load_gazetteer()).quoted(0)
        ((8, 11),)
        """
        if self._quoted is None:  # tuples of numbers: an article keeps them, the garbage collector skips them
            spans: dict[int, list[tuple[int, int]]] = {}
            for q in self.article.memo("quotations", None, lambda: quotations(self.paragraphs)):
                spans.setdefault(q.para, []).append((q.open, q.close))
            self._quoted = {n: tuple(v) for n, v in spans.items()}
        return self._quoted.get(para, ())

    def sentence_starts(self, para: int) -> tuple[int, ...]:
        """Offsets (in the paragraph) where its sentences start (the article's sentences if they are
        already split, else this paragraph's alone).

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> Entities(parse_article("Head line\\n\\nOne fell. Two rose.\\n"), load_gazetteer()).sentence_starts(0)
        (0, 10)
        """
        starts = self._sentences.get(para)
        if starts is not None:
            return starts
        if "sentences" in self.article.__dict__:  # split already: index them all at once
            base = {p["para_no"]: (n, p["start"]) for n, p in enumerate(self.paragraphs)}
            found: dict[int, list[int]] = {}
            for sent in self.article.sentences:
                n, start = base[sent["para_no"]]
                found.setdefault(n, []).append(sent["start"] - start)
            self._sentences.update((n, tuple(v)) for n, v in found.items())
        else:
            self._sentences[para] = tuple(s for s, _, _ in split_sentences(self.paragraphs[para]["text"]))
        if not self._sentences.get(para):
            self._sentences[para] = (0,)
        return self._sentences[para]

    def sentence_of(self, para: int, at: int) -> int:
        """Index of the sentence of a paragraph that holds offset ``at``.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> Entities(parse_article("Head line\\n\\nOne fell. Two rose.\\n"), load_gazetteer()).sentence_of(0, 12)
        1
        """
        return max(0, bisect_right(self.sentence_starts(para), at) - 1)

    def sentence_span(self, para: int, at: int) -> tuple[int, int]:
        """(start, end) in the paragraph of the sentence holding ``at``.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> Entities(parse_article("Head line\\n\\nOne fell. Two rose.\\n"), load_gazetteer()).sentence_span(0, 3)
        (0, 10)
        """
        starts = self.sentence_starts(para)
        k = self.sentence_of(para, at)
        end = starts[k + 1] if k + 1 < len(starts) else len(self.paragraphs[para]["text"])
        return starts[k], end

    # -- who is named ----------------------------------------------------------------
    def phrase_actor(self, written: str, para: int, at: int) -> Actor | None:
        """The actor a subject phrase written at ``at`` in paragraph ``para`` stands for.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> Entities(parse_article("Head line\\n\\nHi.\\n"), load_gazetteer()).phrase_actor("Mayor Eva Lind", 0, 0).canonical
        'Eva Lind'
        """
        return self.gazetteer.describe(POSSESSIVE_RE.sub("", written.strip()), self.names)

    def entities(self, para: int) -> list[Entity]:
        """Actors named outside quotes in one paragraph, in order: known and titled names, the
        subjects of reporting verbs (as speakers) and the subjects that open sentences.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> ents = Entities(parse_article('Head line\\n\\nFlu cases rose. "Wow," Mayor Eva Lind said.\\n'), load_gazetteer())
        >>> [(e.actor.canonical, e.speaker, sorted(e.roles.words)) for e in ents.entities(0)]
        [('Eva Lind', True, ['mayor'])]
        """
        if para in self._entities:
            return self._entities[para]
        self._entities[para] = []  # while it is being built, a name here cannot refer back into it
        text = self.paragraphs[para]["text"]
        quoted = self.quoted(para)
        # [start, end, actor, is a speaker, stands for several]
        found = [[s, e, a, False, False] for s, e, a in find_actors(text, self.gazetteer, self.names)
                 if not quoted or not _inside(s, quoted)]
        described = described_bodies(text, self.gazetteer)
        for s, e, a in given_names(text, self.gazetteer) + body_names(text, self.gazetteer) + described:
            if quoted and _inside(s, quoted):
                continue
            inner = [f for f in found if f[0] < e and s < f[1]]
            if not inner:
                found.append([s, e, a, False, False])
            elif len(inner) == 1 and _another_bearer(text, s, e, inner[0], a):
                inner[0][:3] = [s, e, a]  # "Ivanka Roe": not the Roe the gazetteer knows best
        starts = self.sentence_starts(para)
        adjectives = _adjectives(self.gazetteer)
        for s, e, speaker in _subjects(text, quoted, starts):
            inner = [item for item in found if item[0] < e and s < item[1]]
            if len(inner) == 1 and (_OF_BEFORE_RE.search(text, s, inner[0][0]) or
                                    _OWNS_RE.match(text, inner[0][1]) and inner[0][1] + 3 < e):
                inner = []  # "The Transport Workers of Ruritania", "Peru's Transport Ministry": not the country
            if inner:
                if speaker:  # the subject holds a known name: that name speaks
                    inner[-1][3] = True
                    inner[-1][4] = bool(JOINED_RE.search(text, s, e))  # "Tom and Ellie Ward said": both speak
                continue
            if not speaker and not self._named_here(text, s, e):
                continue  # "Flu cases rose": a capitalised word opening a sentence is no one
            written = text[s:e].strip()
            if token_key(POSSESSIVE_RE.sub("", written)) in self.gazetteer.adjectives:
                continue  # "Chinese brands said": a nationality alone names no one
            if written.islower() and " " not in written and not head_kind(written):
                continue  # "talks would continue": a plain noun, no one who speaks
            actor = self.phrase_actor(text[s:e], para, s)
            if actor is not None:
                found.append([s, e, actor, speaker, False])
        found.sort(key=lambda x: x[0])
        titled: dict[int, Roles] = {}  # the title a description gave the name beside it
        for k, item in enumerate(found[:-1]):  # "The union's secretary, Ben Walsh, said": the name it gives
            nxt = found[k + 1]
            desc = description(_OWNER_START_RE.sub("the ", text[item[0]:item[1]])) if not item[2].known else None
            if desc is not None and nxt[2].kind == "person" and _APPOSED_NAME_RE.fullmatch(text, item[1], nxt[0]):
                item[2] = nxt[2]
                titled[item[0]] = titled[nxt[0]] = Roles(frozenset({desc.head}))  # "the chief executive" later finds her
        bodies = {a.canonical: a for _, _, a in described}
        for item in found:  # "French carrier Aerolis", "Prairie Grid, the region's largest utility,": a body
            if not item[2].known and item[2].kind == "person" and item[2].canonical in bodies:
                item[2] = bodies[item[2].canonical]
        ents = []
        around = (text, adjectives)  # one per paragraph, shared by its people
        for s, e, actor, speaker, joined in found:
            plural, role_head = shape(text[s:e], actor.known)
            plural = joined or plural
            for_body = actor.kind != "person" and role_head
            ents.append(Entity(para, max(0, bisect_right(starts, s) - 1), s, actor, speaker, e, plural,
                               titled.get(s, NO_ROLES), for_body, around if actor.kind == "person" else None))
        self._entities[para] = ents
        self.refine(para, text, ents)
        return ents

    def refine(self, para: int, text: str, ents: list[Entity]) -> None:
        """Resolve what a paragraph's entities stand for, once they are listed (a subclass's hook:
        here the gazetteer's reading stands).

        >>> Entities.refine(None, 0, "", []) is None
        True
        """

    def _named_here(self, text: str, s: int, e: int) -> bool:
        """Whether a sentence's opening subject names someone: more than one capitalised word, a
        title or a possessive, a name the gazetteer or the first names know, a word the article also
        capitalises inside a sentence, or one that no plain noun follows ("Roe was upfront", "Roe,
        a lawyer, ..."; not "Flu cases rose")."""
        words = text[s:e].split()
        if len(words) != 1 or head_kind(words[0]) or POSSESSIVE_RE.search(words[0]) or text[e:e + 2] in ("'s", "\u2019s"):
            return True
        word = POSSESSIVE_RE.sub("", words[0])
        if self.gazetteer.lookup(word) is not None or word in first_names() or self.names_inside(word):
            return True
        if _COMMA_PRONOUN_RE.match(text, e):
            return False  # "Soon, he left": an adverb opening the sentence
        nxt = _NEXT_WORD_RE.match(text, e)  # "Flu cases rose", "Shares in X fell": a noun's modifier or head
        if nxt is not None and not _verb_like(nxt.group(1)) and _adverb(nxt.group(1)):  # "Roe further lambasted"
            nxt = _NEXT_WORD_RE.match(text, nxt.end()) or nxt
        if nxt is not None and nxt.group(1) in ("?", "!"):
            return False  # "Come again?": a word said, not a subject
        if _DIGIT_NEXT_RE.match(text, e):
            return False  # "Around 30 people came", "Nearly 200 were found": a word before a number
        return nxt is None or not nxt.group(1)[:1].islower() or _verb_like(nxt.group(1)) or \
            nxt.group(1).lower() in _NAME_FOLLOWERS

    def names_inside(self, word: str) -> bool:
        """Whether ``word`` is written capitalised somewhere in the body other than at a sentence's start.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> ents = Entities(parse_article("Head line\\n\\nVeda rose. Shares of Veda fell. Flu spread.\\n"), load_gazetteer())
        >>> ents.names_inside("Veda"), ents.names_inside("Flu")
        (True, False)
        """
        held = self._inside.get(word)
        if held is None:
            held = self._inside[word] = bool(re.search(rf"[\w,;:][ \t\u00a0]+{re.escape(word)}\b", self.names.body))
        return held

    def may_name_another(self, family: str, person: Actor) -> bool:
        """Whether the body may name someone other than ``person`` with the family name ``family``:
        a capitalised word stands before it that is neither part of the person's name nor a title
        ("Ivanka Roe" beside "Jan Roe"; not "Jan Roe", "Mr. Roe" or "Senator Roe"). A quick test on
        the text, so that a known name is only traced back through the paragraphs when it may be.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> ents = Entities(parse_article("Head line\\n\\nSen. Jan Roe and Ivanka Roe met. Roe spoke.\\n"), load_gazetteer())
        >>> ents.may_name_another("Roe", Actor("Jan Roe", "person")), ents.may_name_another("Roe", Actor("Ivanka Roe", "person"))
        (True, True)
        >>> ents = Entities(parse_article("Head line\\n\\nSen. Jan Roe met Mr. Roe. When Roe spoke.\\n"), load_gazetteer())
        >>> ents.may_name_another("Roe", Actor("Jan Roe", "person"))
        False
        """
        key = (family, person.canonical)
        held = self._bearers.get(key)
        if held is None:
            own = {token_key(w) for w in person.canonical.split()}
            held = any(token_key(w) not in own and token_key(w) not in FUNCTION_WORDS and
                       titles().get(token_key(w), ("", ""))[0] not in ("honorific", "role")
                       for w in re.findall(rf"([^\W\d_][\w'\u2019-]*)\.?[ \t\u00a0]+{re.escape(family)}\b", self.names.body)
                       if w[:1].isupper())
            self._bearers[key] = held
        return held

    def before(self, para: int, at: int, paragraphs_back: int = 3,
               extra: Sequence[Entity] = ()) -> Iterator[list[Entity]]:
        """Entities before a point (and ``extra`` ones, such as resolved speakers), grouped by
        sentence, nearest sentence first (a paragraph is worked out only when the search reaches it).

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> ents = Entities(parse_article("Head line\\n\\nJan Roe left early. Eva Lind stayed late. Then\\n"), load_gazetteer())
        >>> [[e.actor.canonical for e in group] for group in ents.before(0, 40)]
        [['Eva Lind'], ['Jan Roe']]
        """
        extra_paras = {e.para for e in extra} if extra else ()
        for n in range(para, max(-1, para - paragraphs_back - 1), -1):
            ents = self.entities(n)
            groups: dict[int, list[Entity]] = {}
            for ent in ents + [e for e in extra if e.para == n] if n in extra_paras else ents:
                if n < para or ent.at < at:
                    groups.setdefault(ent.sent, []).append(ent)
            for k in sorted(groups, reverse=True):
                yield sorted(groups[k], key=_by_place)


#: Function words that may follow a name opening a sentence: "Roe and Lind", "Roe who".
_NAME_FOLLOWERS = frozenset("and who whose which also".split())
_COMMA_PRONOUN_RE = re.compile(r",\s*(?:he|she|they|it|we|i|you)\b", re.I)
_DIGIT_NEXT_RE = re.compile(r"[ \t\u00a0]+\$?\d")
_NEXT_WORD_RE = re.compile(r"\s*([^\s\w]|[A-Za-z'\u2019-]+)")
#: Words after a subject that show it is one: auxiliaries and a few verbs of being.
_AUXILIARIES = frozenset("""is was are were has had have will would could can may might must should did does do""".split())


def _verb_like(word: str) -> bool:
    """Whether a word after a capitalised word is a verb (so that word is a subject, a name).

    >>> [_verb_like(w) for w in ["was", "said", "returned", "cases", "Roe"]]
    [True, True, True, False, False]
    """
    low = word.lower()
    return word[:1].islower() and (low in _AUXILIARIES or low in reporting_verbs() or low.endswith("ed"))


def _another_bearer(text: str, s: int, e: int, known: list, person: Actor) -> bool:
    """Whether a person named in full at ``text[s:e]`` ("Ivanka Roe") is someone other than the
    known person whose family name alone the gazetteer matched at its end ("Roe").

    >>> _another_bearer("Ivanka Roe spoke", 0, 10, [7, 10, Actor("Jan Roe", "person", known=True)], Actor("Ivanka Roe", "person"))
    True
    """
    actor = known[2]
    return actor.kind == "person" and person.kind == "person" and known[1] == e and known[0] > s and \
        " " not in text[known[0]:known[1]] and actor.canonical != person.canonical


def _adverb(word: str) -> bool:
    """Whether a lower-case word between a subject and its verb is an adverb ("further", "quickly").

    >>> [_adverb(w) for w in ["further", "quickly", "cases", "Roe", "family"]]
    [True, True, False, False, False]
    """
    low = word.lower()
    return word[:1].islower() and (low in ADVERBIALS or (low.endswith("ly") and low not in _LY_NOUNS))


@lru_cache(maxsize=8)
def _adjectives(gazetteer: Gazetteer) -> frozenset[str]:
    """The keys of a gazetteer's nationality adjectives ("polish"), as one hashable set."""
    return frozenset(gazetteer.adjectives)


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` lies inside one of the (open, close) spans.

    >>> _inside(5, [(0, 3), (4, 9)]), _inside(3, [(0, 3)])
    (True, False)
    """
    for x, y in spans:
        if x <= at < y:
            return True
    return False


def _by_place(e: Entity) -> tuple[int, bool]:
    return e.at, not e.speaker


@lru_cache(maxsize=8192)
def _subjects(text: str, quoted: tuple[tuple[int, int], ...],
              starts: tuple[int, ...]) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, is_speaker) of the subjects of reporting verbs and of sentences outside the
    ``quoted`` spans of a paragraph whose sentences start at ``starts``. Cached on the text: wire
    copy repeats paragraphs from story to story.

    >>> t = "Jan Roe said the plan failed. The ministry agreed."
    >>> [t[s:e] for s, e, _ in _subjects(t, (), (0, 30))]
    ['Jan Roe', 'Jan Roe', 'The ministry', 'The ministry']
    """
    out = []
    for k, s0 in enumerate(starts):
        e0 = starts[k + 1] if k + 1 < len(starts) else len(text)
        pieces, at = [], s0
        for a, b in quoted:
            if s0 <= a < e0:
                pieces.append((at, a))
                at = b + 1
        pieces.append((at, e0))
        for a, b in pieces:
            out += [(s, e, True) for s, e in subjects_in(text, a, b)]
        np = sentence_subject(text, s0, pieces[0][1])
        if np and not is_pronoun(text, np) and head_kind(text[np[0]:np[1]]) not in ("group", "document"):
            out.append((np[0], np[1], False))
    return tuple(out)
