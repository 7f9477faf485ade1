"""Names the gazetteer lacks, and what a mention's words say of it.

People named without a title, whom the words around show to be people (a given name the lists
know, a role before the name, an age or "who" after it: :func:`given_names`); bodies named with an
organisation's word at their head ("Harbour Bank Ltd", "the Department of Labor":
:func:`body_names`) or described as a kind of body ("French carrier Aerolis", "Prairie Grid, the
region's utility,": :func:`described_bodies`); whether a mention stands for several and whether its head is a role
(:func:`shape`). Each is cached on the text: wire copy repeats paragraphs from story to story.

In: a paragraph's text (and the gazetteer). Out: ``(start, end, Actor)`` spans; flags.

>>> from helpers.extract.actors import load_gazetteer
>>> [a.canonical for _, _, a in given_names("Their manager, Jan Roe, spoke.", load_gazetteer())]
['Jan Roe']
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import UPPER
from ..actors import (DAY_MONTH_WORDS, FUNCTION_WORDS, NAME_RE, Actor, Gazetteer, first_names, head_kind, person_name,
                      titles, token_key)
from ..actors.names import without_initials
from .roles import COLLECTIVE_NOUNS, body_kinds
from ..attribution import reporting_verbs

#: Auxiliaries that open an inverted clause: "Had Roe won, he ...".
_AUXILIARIES = frozenset("had has have was were is are did does do will would could should can may might".split())

#: Two capitalised names joined: "Tom and Ellie Ward", "Tokyo and Canberra".
JOINED_RE = re.compile(rf"[{UPPER}][\w.'\u2019-]*\s+(?:and|&)\s+(?:[a-z]+\s+)?[{UPPER}]")
#: Where the head of a phrase ends: "Analysts | at Harbor Point".
_HEAD_RE = re.compile(r"\s+(?:of|for|at|from|with|in|on)\s+")
#: Bodies that are many people: "they" may stand for them.
_COLLECTIVE = frozenset("police authorities forces staff military army navy government team union".split())


#: What around a capitalised run shows it is a person's name: a role before it ("their manager,
#: Jan Roe"), an age or a relative "who" after it ("Jan Roe, 67," / "Jan Roe, who ...").
_ROLE_COMMA_RE = re.compile(r"\b([a-z]+)['\u2019]?,\s*$")
_AGE_OR_WHO_RE = re.compile(r",\s*(?:\d{1,3}\s*[,.;]|who\b)")
#: A personal pronoun soon after a name, in its sentence and with no other name between, that
#: refers back to it: "the letters of Ines Varga and her lawyer", "the words of Amos Tilden when he left".
#: A given name and a family name, perhaps an initial between: what a pronoun alone may show is a person
#: (not "Harbor Fisher Footwear ... her shoes", a brand).
_TWO_NAMES_RE = re.compile(rf"[{UPPER}][\w'\u2019-]+(?: [A-Z]\.)? [{UPPER}][\w'\u2019-]+")
_PRONOUN_AFTER_RE = re.compile(r"[^.!?;:,()\-\u2013\u2014\"\u201c\u201dA-Z]{1,60}?\b(?P<p>he|his|him|she|her)\b")
#: The word after a name and the one before it.
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")
_WORD_BEFORE_RE = re.compile(r"\b([a-z]+)\s+$")
#: Words before a place or a date rather than a person ("in New Hampshire", "flew to New York"), or
#: before the agent of a passive, whom a pronoun after rarely means ("asked by Jan Roe whether she").
_NOT_PERSON_BEFORE = frozenset("in on at into onto from to near across outside inside throughout prior by".split())
#: Words that may join a name to a pronoun that refers back to it: "Ines Varga and her", "Roe when he".
_LINKS = frozenset("and when while as after before because until since who whose if whether".split())


def _refers_back(text: str, start: int, end: int) -> str:
    """The gender ("m", "f") of a personal pronoun soon after a two-word name at ``text[start:end]``
    that can only refer back to it, or "": no punctuation between, the name is the head of its
    phrase and a verb or a function word follows it, and it is not a place's ("in New Hampshire,
    his ...", "a Kansas City radio station when he ...", "Had Roe won, he ...").

    >>> t = "It rests on the words of Ines Varga and her notes, a Kansas City radio host when he spoke."
    >>> _refers_back(t, 25, 35), _refers_back(t, 54, 65)
    ('f', '')
    """
    run = text[start:end]
    if not _TWO_NAMES_RE.fullmatch(run) or head_kind(run) or run.split()[0].lower() in FUNCTION_WORDS | _AUXILIARIES:
        return ""
    m = _PRONOUN_AFTER_RE.match(text, end)
    nxt = _NEXT_WORD_RE.match(text, end)
    before = _WORD_BEFORE_RE.search(text, max(0, start - 12), start)
    if m is None or nxt is None or (before is not None and before.group(1) in _NOT_PERSON_BEFORE):
        return ""  # "in New Hampshire, his ...", "asked by Jan Roe whether she ...": someone else
    word = nxt.group(1)
    if not (word in _LINKS or word.endswith("ed") or word in reporting_verbs() or word == m.group("p")):
        return ""  # "a Kansas City radio station": the name is a modifier
    return "f" if m.group("p") in ("she", "her") else "m"


@lru_cache(maxsize=8192)
def given_names(text: str, gazetteer: Gazetteer) -> tuple[tuple[int, int, Actor], ...]:
    """People named without a title, whom the words around show to be people: a given name the
    lists know ("Mary Lind", its gender kept), a role before the name ("their manager, Jan
    Roe"), an age or "who" after it ("Jan Roe, 67,"), or a personal pronoun soon after it in its
    sentence that can only refer back to it ("the letters of Ines Varga and her lawyer": a woman).
    (start, end, actor) as written; cached on the text.

    >>> from helpers.extract.actors import load_gazetteer
    >>> t = "On Monday Mary Lind met their manager, Jan Roe, and Ola Berg, 67, in Lima."
    >>> [(s, a.canonical, a.gender) for s, _, a in given_names(t, load_gazetteer())]
    [(10, 'Mary Lind', 'f'), (39, 'Jan Roe', ''), (52, 'Ola Berg', '')]
    >>> [(a.canonical, a.gender) for _, _, a in given_names("It rests on the words of Ines Varga and her notes.", load_gazetteer())]
    [('Ines Varga', 'f')]
    """
    out = []
    given = first_names()
    for m in NAME_RE.finditer(text):
        run = m.group()
        words = run.split()
        if len(words) < 2:
            continue
        k = next((k for k, w in enumerate(words[:-1]) if w in given), None)
        gender = given.get(words[k], "") if k is not None else ""
        if k is None:
            before = _ROLE_COMMA_RE.search(text, max(0, m.start() - 30), m.start())
            pronoun = _refers_back(text, m.start(), m.end())
            if before and head_kind(before.group(1)) == "role" or _AGE_OR_WHO_RE.match(text, m.end()):
                pass
            elif pronoun:
                gender = pronoun
            else:
                continue
            k = 0
        at = m.start() + run.index(words[k], len(" ".join(words[:k])))
        name = person_name(text[at:m.end()], gazetteer)
        if not name or name.split()[0] != words[k] or gazetteer.lookup(name) is not None or text[at:at + len(name)] != name:
            continue
        out.append((at, at + len(name), Actor(without_initials(name), "person", gender=gender, known=False)))
    return tuple(out)


#: A capitalised name with "of", "for", "and" inside: "Department of Labor", "Harbour Bank Ltd".
_BODY_NAME_RE = re.compile(rf"[{UPPER}][\w&'\u2019.-]*(?:[ \u00a0]+(?:(?:of|for|and|&|on)[ \u00a0]+)?[{UPPER}][\w&'\u2019.-]*)*")


@lru_cache(maxsize=8192)
def body_names(text: str, gazetteer: Gazetteer) -> tuple[tuple[int, int, Actor], ...]:
    """Bodies the gazetteer does not know, named with an organisation's word at their head
    ("Harbour Bank Ltd", "the Department of Labor", "Cork County Council"): (start, end, actor).

    >>> from helpers.extract.actors import load_gazetteer
    >>> t = "Shares in Harbour Bank Ltd fell, the Department of Labor said."
    >>> [a.canonical for _, _, a in body_names(t, load_gazetteer())]
    ['Harbour Bank Ltd', 'Department of Labor']
    """
    out = []
    for m in _BODY_NAME_RE.finditer(text):
        name = m.group().rstrip(".'\u2019")
        head = _HEAD_RE.split(name, maxsplit=1)[0]
        if " " not in name or head_kind(head) != "organization" or gazetteer.lookup(name) is not None:
            continue
        at = m.start()
        if name.startswith(("The ", "A ")):
            name, at = name.split(" ", 1)[1], at + name.index(" ") + 1
        out.append((at, at + len(name), Actor(name, "organization", gazetteer.country_in(name), known=False)))
    return tuple(out)


#: An appositive after a name, up to its end: ", the region's largest utility,".
_APPOSITIVE_RE = re.compile(r",\s+(?:the|a|an)\s+(?P<what>[^,;:.()\"\u201c\u201d]{1,60}?)\s*(?:[,;:.)]|$)")
#: Where an appositive's head ends: before a preposition or a relative clause ("a Michigan Republican | who led
#: the House Intelligence Committee").
_APPOSITIVE_HEAD_RE = re.compile(r"\s+(?:of|for|at|from|with|in|on|who|whom|whose|that|which)\s+")
#: The word right before a name: "French carrier | Aerolis".
_WORD_BEFORE_NAME_RE = re.compile(r"\b([a-z][a-z-]+)[ \u00a0]+$")
#: A written name's trailing possessive: "Erdoğan's" → "Erdoğan".
POSSESSIVE_RE = re.compile(r"['\u2019]s?$")
#: Trade nouns that name a kind of business before its name: "French carrier Aerolis".
_TRADE_WORDS = frozenset("""carrier drugmaker chipmaker automaker carmaker utility giant startup conglomerate broker
brokerage operator broadcaster publisher supermarket manufacturer supplier contractor insurer""".split())


def body_apposition(text: str, end: int) -> str:
    """The kind of body the appositive after a name (ending at ``end``) says it is, or "": its head
    is an organisation's word ("Prairie Grid, the region's largest utility," → "utility"; not "Jan
    Roe, the dean of the law school," nor "Jan Roe, a senator who led the Budget Committee,").

    >>> t = "Prairie Grid, the region's largest utility, said. Jan Roe, the dean of the law school, said."
    >>> body_apposition(t, 12), body_apposition(t, 57)
    ('utility', '')
    """
    m = _APPOSITIVE_RE.match(text, end)
    if m is None:
        return ""
    head = _APPOSITIVE_HEAD_RE.split(m.group("what"), maxsplit=1)[0]
    return head.split()[-1].lower() if head_kind(head) == "organization" else ""


@lru_cache(maxsize=None)
def _descriptors() -> frozenset[str]:
    """Nouns that, written right before a name, say it is a body: the kinds of ``body_kinds.csv``
    ("company", "union", "airline") and trade words ("carrier", "drugmaker"); not "board" ("on board
    Flight 12") or "network" ("fired from the network Wednesday")."""
    return frozenset(body_kinds()) | _TRADE_WORDS


@lru_cache(maxsize=8192)
def described_bodies(text: str, gazetteer: Gazetteer) -> tuple[tuple[int, int, Actor], ...]:
    """Bodies the gazetteer does not know that the text calls a kind of body, before the name
    ("French carrier Aerolis", "drugmaker Corvanta") or in an appositive after it ("Aerolis, the
    low-cost carrier,"): (start, end, actor), the kind word kept as the actor's title. A name that
    opens with a given name is a person's ("the firm Jan Roe founded").

    >>> from helpers.extract.actors import load_gazetteer
    >>> t = "French carrier Aerolis cut flights. Prairie Grid, the region's largest utility, said so."
    >>> [(a.canonical, a.kind, a.titles) for _, _, a in described_bodies(t, load_gazetteer())]
    [('Aerolis', 'organization', ('carrier',)), ('Prairie Grid', 'organization', ('utility',))]
    >>> described_bodies("He was fired from the network Wednesday, on board Flight Nine.", load_gazetteer())
    ()
    """
    out = []
    for m in NAME_RE.finditer(text):
        name = POSSESSIVE_RE.sub("", m.group())
        if name.split()[0] in first_names() or name.lower() in FUNCTION_WORDS or name.lower() in DAY_MONTH_WORDS or \
                gazetteer.lookup(name) is not None:
            continue
        before = _WORD_BEFORE_NAME_RE.search(text, max(0, m.start() - 40), m.start())
        kind = before.group(1) if before and before.group(1) in _descriptors() else ""
        kind = kind or body_apposition(text, m.end())
        if kind:
            out.append((m.start(), m.start() + len(name),
                        Actor(name, "organization", gazetteer.country_in(name), titles=(kind,), known=False)))
    return tuple(out)


#: Up to two capitalised words (a middle initial aside) before a family name: "Karl Jonas | Eberhardt".
_FORENAMES = r"((?:[A-Z][\w'\u2019-]+[ \u00a0]+(?:[A-Z]\.[ \u00a0]+)?){1,2})"


@lru_cache(maxsize=8192)
def full_name_in(text: str, family: str, gazetteer: Gazetteer) -> str:
    """The last full name written in ``text`` that ends with the family name ``family`` and opens
    with words that may be given names (no function word, month, title or name the gazetteer knows),
    or "": the person a later "Eberhardt told reporters" stands for when nothing read the full name
    as a person ("admirer Karl Jonas Eberhardt from Malmo", "billionaire Michael R. Dunmore").

    >>> from helpers.extract.actors import load_gazetteer
    >>> g = load_gazetteer()
    >>> t = "On Monday, fan Karl Jonas Eberhardt from Malmo and Lea Eberhardt Group met in The Eberhardt Hall."
    >>> full_name_in(t, "Eberhardt", g), full_name_in("billionaire Michael R. Dunmore spoke", "Dunmore", g)
    ('Karl Jonas Eberhardt', 'Michael R. Dunmore')
    """
    found = ""
    for m in re.finditer(_FORENAMES + re.escape(family) + r"\b(?![ \u00a0]*[A-Z\d])", text):
        fore = m.group(1).split()
        if any(w.lower() in FUNCTION_WORDS or w.lower() in DAY_MONTH_WORDS or gazetteer.lookup(w.rstrip(".")) is not None
               or head_kind(w) for w in fore if not w.endswith(".")):
            continue
        name = person_name(m.group().strip(), gazetteer)
        if name.endswith(family) and " " in name:
            found = name
    return found


#: A name of two capitalised words or more acting as a subject: "(which) Prairie Wildfire has".
_ACTING_NAME_RE = re.compile(r"\b([A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+)+)[ \u00a0]+"
                             r"(?:has|had|have|is|was|were|are|will|would|said|says|warned|declared)\b")


@lru_cache(maxsize=8192)
def acting_bodies(text: str, gazetteer: Gazetteer) -> tuple[tuple[int, int, Actor], ...]:
    """Names the gazetteer does not know, of two words or more, that act as a subject and do not
    open with a given name: bodies a later "the agency" may stand for, when no body was named as
    one ("which Prairie Wildfire has labelled"); the caller keeps those with a common noun in them.

    >>> from helpers.extract.actors import load_gazetteer
    >>> t = "The fire, which Prairie Wildfire has labelled out of control, grew. Lord Mayor Cr Ana Pappas has left."
    >>> [a.canonical for _, _, a in acting_bodies(t, load_gazetteer())]
    ['Prairie Wildfire']
    """
    out = []
    for m in _ACTING_NAME_RE.finditer(text):
        name, words = m.group(1), m.group(1).split()
        if words[0] in first_names() or any(w.lower() in FUNCTION_WORDS or w.lower() in DAY_MONTH_WORDS or
                                            token_key(w) in titles() for w in words) or gazetteer.lookup(name) is not None:
            continue
        out.append((m.start(1), m.end(1), Actor(name, "organization", gazetteer.country_in(name), known=False)))
    return tuple(out)


@lru_cache(maxsize=16384)
def shape(written: str, known: bool) -> tuple[bool, bool]:
    """(stands for several, its head is a role) of a mention as written: joined names, a group
    noun or a collective body ("Tom and Eva Roe", "officials", "the police"); "a reporter for X".

    >>> shape("Tom and Eva Roe", False), shape("a reporter for the Daily Star", False), shape("Audiences", False)
    ((True, False), (False, True), (True, False))
    """
    head = _HEAD_RE.split(written, maxsplit=1)[0]
    words = head.lower().split()
    if not words:
        return False, False
    kind = head_kind(head)
    plural = bool(JOINED_RE.search(written)) or kind == "group" or words[-1] in _COLLECTIVE or \
        (not known and words[-1].endswith("s") and (head_kind(words[-1][:-1]) == "role" or words[-1][:-1] in COLLECTIVE_NOUNS))
    return plural, kind == "role"
