"""Resolution: who a phrase at a point of an article stands for.

In order: a pronoun is the nearest fitting actor named before it ("she": a woman or a person
of unknown gender; "they": several people, a group or a body, not a country; "it": a body or a
country), a speaker first within the nearest sentence; a document ("the report said") speaks
for the body that issued it; a definite description of a body ("the company", "the union",
"the regulator"; a spokesperson named by that word: "a council spokeswoman") is the last body
named with that word in its name, else the nearest whose name
says it is that kind (``data/body_kinds.csv``: "... Workers of America" is a union), else the body
just named;
a definite description of a person ("the Labour leader", "the judge", "the 67-year-old") is the
nearest person the text gave that title or age, else the person just named when nothing the
text says of them contradicts it; an honorific and one name ("Sir Jan", "Dr Eva") or a family
name alone is the person named in full before, and the first word of a body's name the body; anything else goes to the gazetteer, which
keeps unknown names as written (post-nominals aside).

In: a phrase as written and where it is. Out: an :class:`~helpers.extract.actors.Actor`, or None.
"""
from __future__ import annotations

import re

from ..actors import Actor, first_names, head_kind, reference_keys, titles, token_key
from ..actors.names import person_name, without_initials
from ..attribution import DETERMINERS, pronouns
from .entities import Entities, Entity
from .names import POSSESSIVE_RE, acting_bodies, full_name_in
from .roles import Description, Roles, body_kinds, description, fits, is_title

#: Honorifics before a given name rather than a family name: "Sir Jan", "Dame Eva".
_GIVEN_NAME_HONORIFICS = frozenset("sir dame lord lady baroness baron".split())
#: Words for a body that a story names by its kind after naming it ("the company said").
_BODY_KINDS = frozenset("""company firm corporation group union regulator watchdog club airline carmaker automaker
retailer insurer lender bank miner manufacturer chipmaker charity organisation organization association federation
league society trust foundation institute university college school hospital team network broadcaster newspaper
paper outlet publisher startup supermarket supplier contractor consortium operator utility brokerage agency
council committee commission board party campaign""".split())
_NAME_WORD_RE = re.compile(r"[a-z]+")
#: A clause with lower-case words that ends in one capitalised name: "The event raised twice what | Roe".
_CLAUSE_THEN_NAME_RE = re.compile(r"[\w'\u2019-]+(?:\s+[a-z][\w'\u2019-]*)+\s+([A-Z][\w'\u2019-]+)")
#: A word written in lower case.
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z-]+\b")
#: Where a name's head ends: "Center | for Auto Safety".
_HEAD_RE = re.compile(r"\s+(?:of|for|at|from|on)\s+")
#: A spokesperson named by the kind of body they speak for: "a council spokeswoman", "the company spokesman".
_SPOKES_RE = re.compile(r"(?:a|an|the)\s+(?P<kind>[a-z]+)\s+(?:spokes(?:man|woman|person)|representative)", re.I)
_NO_DESCRIPTION = Description("")
#: Pronouns that show a person's gender in the words after their name.
_CONTEXT_PRONOUNS = {"f": frozenset("she her hers herself".split()), "m": frozenset("he his him himself".split())}
#: "the" opening a description: "the actor", "The former host".
_THE_RE = re.compile(r"\b[Tt]he\s+")
#: Up to three words after "the".
_THREE_WORDS_RE = re.compile(r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}")
#: How far back (paragraphs) each search reaches.
_PRONOUN_BACK, _BODY_BACK, _JUST_NAMED_BACK = 3, 4, 1


def _gender(actor: Actor) -> str:
    if actor.gender:
        return actor.gender
    first = actor.canonical.split()[:1]
    return first_names().get(first[0], "") if first else ""


def _fits_pronoun(ent: Entity, refers: str, gender: str) -> bool:
    """Whether an entity can be what a pronoun stands for (``refers`` from ``pronouns.csv``)."""
    actor = ent.actor
    if refers == "person":
        return (actor.kind == "person" or ent.for_body) and not ent.plural and (not gender or _gender(actor) in ("", gender))
    if refers == "group":  # "they": several people, a group, a body; a country only when named with another
        return ent.plural or actor.kind in ("organization", "media")
    return actor.kind in ("organization", "country", "media") and not (ent.plural and actor.kind == "person")


def _person_like(actor: Actor) -> bool:
    """Whether an actor reads as one person: a name, or a phrase whose head is a title ("a
    spokesman"), rather than a common noun phrase taken for a subject ("number of flu patients").

    >>> _person_like(Actor("Jan Roe", "person", known=False)), _person_like(Actor("number of patients", "person", known=False))
    (True, False)
    """
    return _named(actor) or actor.kind != "person" or head_kind(_HEAD_RE.split(actor.canonical, 1)[0]) in ("role", "honorific")


#: A preposition right before a name: the name is an object in passing ("who works at X").
_PREPOSITION_END_RE = re.compile(r"\b(?:at|in|of|for|from|with|by|to|into|on)\s+(?:the\s+)?$")


def _described_person(text: str, at: int) -> str:
    """The words after "the" at ``at`` that describe one person, up to a title that ends them and
    stands alone ("former host" in "the former host said"), or "".

    >>> _described_person("the actor discussed it", 4), _described_person("the absence of it", 4)
    ('actor', '')
    """
    m = _THREE_WORDS_RE.match(text, at)
    if not m:
        return ""
    ws = m.group().split()
    for k in range(len(ws), 0, -1):
        last = ws[k - 1]
        if last[:1].islower() and is_title(token_key(last)) and (k == len(ws) or not ws[k][:1].islower() or
                                                               not is_title(token_key(ws[k]))):
            return " ".join(ws[:k])
    return ""


def _epithet(wanted: Description) -> bool:
    """Whether a description with a title for its head reads as an epithet for someone just named
    rather than as a post nobody was given: a plain adjective before the title ("the retired nurse",
    "the exhausted firefighter"), not a title, a qualifier or a capitalised word ("the Labour leader").

    >>> [_epithet(description(d)) for d in ("the retired nurse", "the judge", "the Labour leader", "the former judge")]
    [True, False, False, False]
    """
    return all(w[:1].islower() for w in wanted.words[:-1]) and \
        any(m.isalpha() and not is_title(m) for m in wanted.modifiers)


def _named(actor: Actor) -> bool:
    """A known actor or one with a name: not a description ("agency"), nor a common noun phrase
    capitalised because it opens a sentence ("Aid groups said").

    >>> _named(Actor("Harbour Bank", "organization", known=False)), _named(Actor("Aid groups", "organization", known=False))
    (True, False)
    """
    if actor.known:
        return True
    words = actor.canonical.split()
    return actor.canonical[:1].isupper() and not (len(words) > 1 and all(w[:1].islower() for w in words[1:]))


class Coref(Entities):
    """One article's coreference: who a phrase at a point stands for (see the module docstring).

    >>> from helpers.read.article import parse_article
    >>> from helpers.extract.actors import load_gazetteer
    >>> art = parse_article("Head line\\n\\nJan Roe was jailed on Monday by Judge Mary Lind.\\n\\nThe judge said he lied.\\n")
    >>> co = Coref(art, load_gazetteer())
    >>> body = art.paragraphs[1]
    >>> co.resolve("The judge", body["start"]).canonical, co.resolve("he", body["start"] + 15).canonical
    ('Mary Lind', 'Jan Roe')
    """

    _lower: frozenset[str] | None = None  # the article's words in lower case, read when first asked
    _tails: dict[str, bool] | None = None  # family names of two words: written after a capital?

    def resolve(self, text: str, start: int, speakers: tuple[Entity, ...] | list[Entity] = (),
                fallback: bool = True) -> Actor | None:
        """The actor ``text``, written at offset ``start`` of the raw text, stands for.

        ``speakers``: entities to prefer for pronouns (the quotes' resolved speakers). With
        ``fallback`` False, a pronoun, a description or a common noun phrase with nothing to stand
        for gives None rather than an actor read from its own words ("judge").

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> co = Coref(parse_article("Head line\\n\\nThe bridge closed. The judge said so.\\n"), load_gazetteer())
        >>> co.resolve("The judge", 30).canonical, co.resolve("The judge", 30, fallback=False)
        ('judge', None)
        """
        para, at = self.locate(start)
        return self.resolve_in(text, para, at, speakers, fallback)

    def resolve_in(self, text: str, para: int, at: int, speakers=(), fallback: bool = True) -> Actor | None:
        """:meth:`resolve` with the point given as (paragraph index, offset in its text).

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> art = parse_article("Head line\\n\\nVeridian Inc cut jobs. The company said sales fell.\\n")
        >>> Coref(art, load_gazetteer()).resolve_in("The company", 0, 22).canonical
        'Veridian Inc'
        """
        bare = POSSESSIVE_RE.sub("", text.strip())
        if not bare:
            return None
        if bare.lower() in pronouns():
            return self._pronoun(bare, para, at, speakers, fallback)
        words = bare.split()
        kind = head_kind(bare)
        if kind == "document":
            issuer = [a for _, _, a in self.gazetteer.find(bare, self.names)
                      if a.kind in ("organization", "media", "country", "person")]
            if issuer:
                return issuer[0]  # "the Associated Press report", "a CNN poll"
        last = words[-1]
        wanted = description(bare)  # "the judge", "the Spaniard", "the MP"; not "the Foreign Ministry"
        if wanted is not None and last[:1].isupper() and not is_title(wanted.head) and not self._nationality(last):
            wanted = None
        if wanted is not None:
            named = next((e.actor for e in self.entities(para) if e.at == at and e.actor.kind == "person"
                          and e.actor.canonical[:1].isupper() and e.actor.canonical not in bare), None)
            if named is not None:  # "The chief executive, Ana Ruiz, ... telling X:": the name beside it
                return named
            found = self._described(wanted, bare, para, at)
            if found is not None or not fallback:
                return found
        elif kind == "document" and words[0].lower() in DETERMINERS and not any(w[:1].isupper() for w in words[1:]):
            found = self._issuer(para, at)
            if found is not None or not fallback:
                return found
        spokes = _SPOKES_RE.fullmatch(bare)
        if spokes and head_kind(spokes.group("kind")) == "organization":  # "a council spokeswoman": the council
            body = self._body(description("the " + spokes.group("kind")) or _NO_DESCRIPTION, para, at)
            if body is not None:
                return body
        short = self._short_name(words, para, at) or self._name_tail(words, para, at)
        if short is not None:
            return short
        if not fallback and not any(w[:1].isupper() for w in words):
            return None  # "writers", "a spokesman": a common noun phrase names no one
        return self.gazetteer.describe(bare, self.names)

    # -- pronouns ---------------------------------------------------------------------
    def _pronoun(self, pronoun: str, para: int, at: int, speakers, fallback: bool = True) -> Actor | None:
        refers, gender = pronouns().get(pronoun.lower(), ("none", ""))
        if refers == "none":
            return None
        for group in self.before(para, at, _PRONOUN_BACK, speakers):
            fitting = [e for e in group if _fits_pronoun(e, refers, gender)]
            if refers == "person":  # a name or a title before a phrase such as "the number of patients"
                fitting = [e for e in fitting if _person_like(e.actor)] or fitting
            if fitting:
                said = [e for e in fitting if e.speaker]
                return (said[-1] if said else fitting[0]).actor
        if fallback and refers == "person":
            return self._bearer_by_context(para, at, gender) or self._description_before(para, at, gender)
        return None

    def _bearer_by_context(self, para: int, at: int, gender: str) -> Actor | None:
        """A family name the gazetteer gives to someone of the other gender, when the words after it
        in its sentence show it is someone of the pronoun's ("Roe signed the papers that closed her
        shop": a woman named Roe): the name as written, for a pronoun nobody else fits."""
        if not gender:
            return None
        words = _CONTEXT_PRONOUNS[gender]
        for group in self.before(para, at, 1):
            for e in reversed(group):
                text = self.paragraphs[e.para]["text"]
                written = POSSESSIVE_RE.sub("", text[e.at:e.end].strip())
                if e.actor.kind != "person" or " " in written or _gender(e.actor) in ("", gender):
                    continue
                stop = self.sentence_span(e.para, e.at)[1]
                later = [x.at for x in self.entities(e.para) if e.at < x.at < stop and x.actor.kind == "person"]
                stop = min([stop, *later, at if e.para == para else stop])
                if any(w in words for w in _NAME_WORD_RE.findall(text[e.end:stop].lower())):
                    return Actor(written, "person", gender=gender, known=False)
        return None

    def _description_before(self, para: int, at: int, gender: str) -> Actor | None:
        """The nearest definite description of one person before a point, in its paragraph or the one
        before, outside quotes ("the actor discussed ...", "the host turned to ..."), as written:
        better than nothing for a pronoun no named person fits."""
        for n in range(para, max(-1, para - 2), -1):
            text = self.paragraphs[n]["text"]
            quoted = self.quoted(n)
            for m in reversed(list(_THE_RE.finditer(text, 0, at if n == para else len(text)))):
                if any(a <= m.start() <= b for a, b in quoted):
                    continue
                written = _described_person(text, m.end())
                if written and (not gender or titles().get(token_key(written.split()[-1]), ("", ""))[1] in ("", gender)):
                    actor = self.gazetteer.describe(text[m.start():m.end()] + written, self.names)
                    if actor.kind == "person":
                        return actor
        return None

    # -- descriptions --------------------------------------------------------------------
    def _nationality(self, word: str) -> frozenset[str]:
        """The nationality keys of the country a capitalised noun names ("Spaniard" → "spanish",
        "spaniard"), or an empty set."""
        country = self.gazetteer.adjectives.get(token_key(word))
        if country is None:
            return frozenset()
        return frozenset(k for k, a in self.gazetteer.adjectives.items() if a is country)

    def _described(self, wanted: Description, written: str, para: int, at: int) -> Actor | None:
        if wanted.kind == "organization":
            return self._body(wanted, para, at)
        if wanted.kind == "document":
            return self._issuer(para, at)
        if wanted.kind != "person":
            return None
        if not is_title(wanted.head) and not wanted.capitalised:
            body = self._named_with(wanted.head, para, at)
            if body is not None:
                return body  # "the guard" after "the Coast Guard": a word of a body's name
        nationality = self._nationality(wanted.words[-1]) if wanted.capitalised else frozenset()
        held: dict[Actor, Roles] = {}
        order: list[Entity] = []
        for group in self.before(para, at, para):
            for e in reversed(group):
                if e.actor.kind == "person" and not e.plural and _named(e.actor):
                    held[e.actor] = held.get(e.actor, e.roles) | e.roles
                    order.append(e)
        for e in order:  # nearest first: the nearest person the text gave this title, age or nationality
            if fits(held[e.actor], wanted, nationality):
                return e.actor
        caps = {w for w in wanted.words[:-1] if w[:1].isupper()}
        if any(caps & set(a.canonical.split()) for a in held):
            return None  # "this Roe look-alike" is not Roe
        titled = is_title(wanted.head)
        if titled and not _epithet(wanted):
            return None  # a title nobody holds is someone new ("the judge")
        for group in self.before(para, at, 0 if titled else _JUST_NAMED_BACK):  # an epithet: the person just named
            people = [e for e in group if e.actor in held and self._a_person(e, held[e.actor])
                      and not self._contradicts(held[e.actor], e.actor, wanted)
                      and not (titled and held[e.actor].words)]
            if people:
                said = [e for e in people if e.speaker]
                return (said[-1] if said else people[-1]).actor
        return None

    @staticmethod
    def _a_person(ent: Entity, roles: Roles) -> bool:
        """Whether the text shows an entity is a person: the gazetteer says so, or it speaks, holds
        a title, has an age, starts with a known given name or is a name of two words or more."""
        names = ent.actor.canonical.split()
        return ent.actor.known or ent.speaker or bool(roles.words) or roles.age is not None or \
            names[0] in first_names() or (len(names) > 1 and all(n[:1].isupper() for n in names))

    def _contradicts(self, roles: Roles, actor: Actor, wanted: Description) -> bool:
        """Whether what the text says of a person rules a description out: another age, another
        gender, or other titles when the description's head is a title ("the mayor" is not the police chief)."""
        if wanted.age is not None and roles.age is not None and roles.age != wanted.age:
            return True
        gender = titles().get(wanted.head, ("", ""))[1]
        if gender and _gender(actor) not in ("", gender):
            return True
        held = {w for w in roles.words if titles().get(w, ("", ""))[0] == "role"}
        return bool(held) and titles().get(wanted.head, ("", ""))[0] == "role" and wanted.head not in roles.words

    def _body(self, wanted: Description, para: int, at: int) -> Actor | None:
        """A body named before with the description's word in its name, else (a company, a union,
        a regulator ...) the body just named."""
        head = wanted.head
        for group in self.before(para, at, _BODY_BACK):
            for e in reversed(group):
                if self._names_word(e.actor, head) or (head in e.actor.titles and e.actor.kind == "organization"):
                    return e.actor
                if e.actor.kind == "organization" and _named(e.actor) and e.end > e.at:
                    before = description(self.paragraphs[e.para]["text"][e.at:e.end]) or _NO_DESCRIPTION
                    if before.head == head and set(wanted.modifiers) <= set(before.modifiers):
                        return e.actor  # "the company" again: the body the last "the company" was ("the
                        # aid group" is not the body "the group" was)
        words = body_kinds().get(head)
        if words:  # "the union": the nearest body whose name says it is one ("... Workers of America"),
            # not one named in passing ("Quillon said ... manages $2bn at Northgate Capital. The company said")
            kind = [e for group in self.before(para, at, para) for e in reversed(group)
                    if e.actor.kind == "organization" and _named(e.actor) and words & (
                        set(_NAME_WORD_RE.findall(_HEAD_RE.split(e.actor.canonical.lower(), 1)[0])) | set(e.actor.titles))]
            # (a word of the name's head, not "auto" in "Center for Auto Safety"; or the kind the text
            # called it: "French carrier Aerolis")
            acting = [e for e in kind if not _PREPOSITION_END_RE.search(self.paragraphs[e.para]["text"], 0, e.at)]
            if kind:  # the nearest, unless named only as a preposition's object ("manages $2bn at X")
                return (acting or kind)[0].actor
        if head not in _BODY_KINDS:
            return None
        bodies = [e for group in self.before(para, at, _BODY_BACK) for e in reversed(group)
                  if e.actor.kind == "organization" and _named(e.actor)]  # nearest first
        said = [e for e in bodies if e.speaker]  # a body that spoke before, else the nearest one
        if bodies:
            return (said or bodies)[0].actor
        for n in range(para, max(-1, para - 2), -1):  # a body named only in passing: "which X has labelled"
            acting = [a for s, _, a in acting_bodies(self.paragraphs[n]["text"], self.gazetteer)
                      if (n < para or s < at) and self._common_word_in(a.canonical)]
            if acting:
                return acting[-1]
        return None

    def _common_word_in(self, name: str) -> bool:
        """Whether the article also writes a word of a name in lower case ("the wildfire" beside
        "Prairie Wildfire"): a common noun, so a body's name rather than a person's."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD_RE.findall(self.article.raw))
        return any(w.lower() in self._lower for w in name.split()[1:])

    @staticmethod
    def _names_word(actor: Actor, head: str) -> bool:
        """Whether a named body has ``head`` in one of its names ("ministry" in "Foreign Ministry")."""
        return actor.kind in ("organization", "media") and _named(actor) and \
            any(head in n.lower() for n in (actor.canonical, *actor.aliases))

    def _named_with(self, head: str, para: int, at: int) -> Actor | None:
        """The nearest body named before with ``head`` as a word of its name."""
        for group in self.before(para, at, _BODY_BACK):
            for e in reversed(group):
                if self._names_word(e.actor, head) and head in _NAME_WORD_RE.findall(e.actor.canonical.lower()):
                    return e.actor
        return None

    def _issuer(self, para: int, at: int) -> Actor | None:
        """The body or person that issued "the report": the last one named before it, a source first."""
        for group in self.before(para, at, 2):
            named = [e for e in group if e.actor.kind in ("organization", "media", "country", "person") and _named(e.actor)]
            if named:
                return min(named, key=lambda e: (not e.speaker, e.actor.kind not in ("organization", "media"))).actor
        return None

    # -- short names ---------------------------------------------------------------------
    def _short_name(self, words: list[str], para: int, at: int) -> Actor | None:
        """The person named in full before whom a family name ("Roe"), an honorific and a family
        name ("Mr Roe") or an honorific and a given name ("Sir Jan", "Dr Eva") stands for."""
        k = 0
        while k < len(words) - 1 and titles().get(token_key(words[k].rstrip(".")).replace(".", ""), ("", ""))[0] in (
                "honorific", "role"):
            k += 1
        if len(words) - k != 1 or not words[-1][:1].isupper():
            return None
        name = words[-1]
        known = self.gazetteer.lookup(name)
        if known is not None:  # "Cuban" after "Mark Cuban", "Roe" after "Ivanka Roe": the person named in full
            found = self._family(name, para, at) if self.may_name_another(name, known) else None
            if found is None and known.kind != "person" and k == 0:
                return self._written_in_full(name, para, at)  # "Forbes" after "investor Clara M. Forbes"
            if found is None or found == known or found.kind != "person" or \
                    (known.kind == "person" and self._named_in_full(known, para, at)):
                return None
            return found
        given_first = k > 0 and token_key(words[0].rstrip(".")) in _GIVEN_NAME_HONORIFICS
        tries = (self._given, self._family) if given_first else (self._family, self._given)
        for find in tries if k else (self._family, self._first_word, self._written_in_full):
            found = find(name, para, at)
            if found is not None:
                return found
        return None

    def _written_in_full(self, name: str, para: int, at: int) -> Actor | None:
        """A person the text named in full before, ending with the family name ``name``, though no
        entity read that name as a person's ("admirer Karl Jonas Eberhardt" → "Eberhardt told")."""
        for n in range(para, -1, -1):
            text = self.paragraphs[n]["text"]
            full = full_name_in(text[:at] if n == para else text, name, self.gazetteer)
            if full:
                return Actor(without_initials(full), "person", known=False)
        return None

    def _name_tail(self, words: list[str], para: int, at: int) -> Actor | None:
        """The person named in full before whose name ends with a family name of two words or more
        ("Marsh Roe" after "Eva Marsh Roe", "Van Dyke" after "Ana Van Dyke")."""
        if len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]) or self.gazetteer.lookup(" ".join(words)):
            return None
        tail = " " + " ".join(words)
        if not self._longer_name_written(tail):
            return None  # the text never writes a longer name ending so: no need to look back
        for group in self.before(para, at, para):
            for e in reversed(group):
                if e.actor.kind == "person" and e.actor.canonical.endswith(tail):
                    return e.actor
        return None

    def _longer_name_written(self, tail: str) -> bool:
        """Whether the article writes ``tail`` (" Marsh Roe") right after a capitalised word."""
        if self._tails is None:
            self._tails = {}
        found = self._tails.get(tail)
        if found is None:
            raw, i, found = self.article.raw, self.article.raw.find(tail), False
            while i > 0 and not found:
                j = i
                while j > 0 and (raw[j - 1].isalpha() or raw[j - 1] in "'.-\u2019"):
                    j -= 1
                found = j < i and raw[j].isupper()
                i = raw.find(tail, i + 1)
            self._tails[tail] = found
        return found

    def _first_word(self, name: str, para: int, at: int) -> Actor | None:
        """A body named in full before whose name starts with ``name`` ("Veridian" after "Veridian Devices Inc")."""
        for group in self.before(para, at, para):
            for e in reversed(group):
                if e.actor.kind in ("organization", "media") and e.actor.canonical.split()[0] == name and \
                        " " in e.actor.canonical:
                    return e.actor
        return None

    def _family(self, name: str, para: int, at: int) -> Actor | None:
        for group in self.before(para, at, para):
            for e in reversed(group):
                if name in reference_keys(e.actor):
                    return e.actor
        return None

    def _named_in_full(self, actor: Actor, para: int, at: int) -> bool:
        """Whether the article names a person with more than one word before a point ("Jan Roe", not "Roe")."""
        for group in self.before(para, at, para):
            for e in group:
                if e.actor == actor and " " in self.paragraphs[e.para]["text"][e.at:e.end].strip():
                    return True
        return False

    def _given(self, name: str, para: int, at: int) -> Actor | None:
        for group in self.before(para, at, para):
            for e in reversed(group):
                if e.actor.kind == "person" and e.actor.canonical.split()[0] == name and " " in e.actor.canonical:
                    return e.actor
        return None

    # -- the hook entity building calls -----------------------------------------------------
    def refine(self, para: int, text: str, ents: list[Entity]) -> None:
        """Subjects written as descriptions or short names stand for whom they refer to; the
        description is then one more thing the text says of them ("The judge said" → a judge). A
        family name the gazetteer knows for someone is the person of that name named in full before,
        unless the article named the gazetteer's bearer in full before it.

        >>> from helpers.read.article import parse_article
        >>> from helpers.extract.actors import load_gazetteer
        >>> co = Coref(parse_article("Head line\\n\\nJan Roe, 61, spoke. The 61-year-old said no.\\n"), load_gazetteer())
        >>> [(e.actor.canonical, e.roles.age) for e in co.entities(0)]
        [('Jan Roe', 61), ('Jan Roe', 61)]
        >>> co = Coref(parse_article("Head line\\n\\nIvanka Trump closed her shop. Trump left.\\n"), load_gazetteer())
        >>> [e.actor.canonical for e in co.entities(0)]
        ['Ivanka Trump', 'Ivanka Trump']
        """
        for ent in ents:
            if ent.end < 0:
                continue
            if ent.actor.known:
                if ent.actor.kind == "person":  # "Roe" after "Ivanka Roe": not the Roe the gazetteer knows best
                    written = POSSESSIVE_RE.sub("", text[ent.at:ent.end].strip())
                    found = self._family(written, para, ent.at) if " " not in written and \
                        self.may_name_another(written, ent.actor) else None
                    if found is not None and found.kind == "person" and found != ent.actor and \
                            not self._named_in_full(ent.actor, para, ent.at):
                        ent.actor = found
                continue
            written = POSSESSIVE_RE.sub("", text[ent.at:ent.end].strip())
            words = written.split()
            if not words or (len(words) > 1 and description(written) is None and person_name(written, self.gazetteer)):
                continue
            if ent.actor.kind == "person" and ent.actor.canonical[:1].isupper() and ent.actor.canonical not in written:
                continue  # "Ridgemoor's manager, Siobhan Kerr,": the name beside it already says who
            tail = _CLAUSE_THEN_NAME_RE.fullmatch(written)
            if tail and len(words) > 3:  # "The event raised twice what Roe" read as the subject
                written = tail.group(1)  # of "said": the family name alone, as written
            found = self.resolve_in(written, para, ent.at, fallback=False)
            same_name_as_person = found is not None and found.canonical == ent.actor.canonical and found.kind == "person"
            if found is not None and found != ent.actor and not same_name_as_person:  # a body the text described
                # ("Alphabet, the parent company") is not read back into a person of its name
                wanted = description(written)
                ent.for_body = ent.for_body or (ent.actor.kind == "person" and found.kind != "person")  # "a council spokeswoman"
                ent.actor = found
                if wanted is not None and found.kind == "person":
                    ent.given = ent.given | (Roles(age=wanted.age) if wanted.age is not None else Roles(frozenset({wanted.head})))
                    ent.plural = False
