"""Roles: what the text says a person is, and what a description of a person or body asks for.

A person's roles are the title words written around a mention of them: before the name
("Labour leader Sir Jan Roe", "Judge Eva Lind", "director Dr. Jan Roe"), in the appositives after
it ("Eva Lind, the county's health director,", "Jan Roe, 61, who served as a transport
minister,") or in one before it ("their manager, Jan Roe"). A number alone in an appositive is an
age; a nationality adjective gives a country. An abbreviated title counts as the word it stands
for ("Dr." is a doctor).

A description ("the Labour leader", "the 67-year-old", "the Spaniard", "the company") asks for a
head word, an age or a country; :func:`fits` says whether a person's roles answer it.

In: a paragraph's text and a mention's offsets; a written description. Out: :class:`Roles`,
:class:`Description`.

>>> t = "Labour leader Jan Roe, 58, said so."
>>> r = roles_near(t, 14, 21); sorted(r.words), r.age
(['labour', 'leader'], 58)
>>> fits(r, description("the Labour leader")), fits(r, description("the judge"))
(True, False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...lexicon import read_table
from ..actors import FUNCTION_WORDS, head_kind, is_post_nominal, title_means, titles, token_key
from ..attribution import DETERMINERS, reporting_verbs

#: A title word's kinds that a person holds ("honorific" and "role").
_PERSON_KINDS = ("honorific", "role")
#: Words before a name that qualify its title without being one ("former", "acting").
_QUALIFIERS = frozenset("former acting then late incoming outgoing interim deputy senior chief".split())
#: Nouns for many people at once: "the crowd said" is no one person.
COLLECTIVE_NOUNS = frozenset("""crowd audience public people police staff team panel jury family couple committee
board council government authorities opposition delegation campaign""".split())
#: An age written as an appositive or a description: ", 67," / "the 67-year-old".
_AGE_RE = re.compile(r"(\d{1,3})(?:-year-old)?")
_WORD_RE = re.compile(r"[\w'\u2019.-]+")
#: An appositive segment after a name: up to the next comma (or the sentence end), short.
_SEGMENT_RE = re.compile(r",\s*([^,;:\"\u201c\u201d()]{1,90}?)(?=\s*[,;:.)\"\u201c\u201d]|$)")
#: An appositive before a name: "their manager, Jan Roe" / "the Conservative candidate, Jan Roe".
_BEFORE_RE = re.compile(r"(?:^|[,;:(]\s*|\b)((?:the|a|an|their|his|her|its|our)\s+[^,;:.\"\u201c\u201d]{1,60}?),\s*$", re.I)


@dataclass(frozen=True)
class Roles:
    """What the text says of one mention: title words (keys, long forms for abbreviations), an
    age, a country's adjective (its key).

    >>> (Roles(frozenset({"mayor"})) | Roles(age=61)).age
    61
    """

    words: frozenset[str] = frozenset()
    age: int | None = None
    nationality: frozenset[str] = frozenset()

    def __or__(self, other: "Roles") -> "Roles":
        return Roles(self.words | other.words, self.age if self.age is not None else other.age,
                     self.nationality | other.nationality)


NO_ROLES = Roles()


@dataclass(frozen=True)
class Description:
    """A description as written: its head word (key), the words before it, and what it asks.

    >>> Description("judge").kind
    'person'
    """

    head: str
    modifiers: tuple[str, ...] = ()
    kind: str = "person"  # person, organization, group, document
    age: int | None = None
    capitalised: bool = False  # "the Spaniard", "the Australian": a nationality noun
    words: tuple[str, ...] = field(default=())


@lru_cache(maxsize=None)
def body_kinds() -> dict[str, frozenset[str]]:
    """``body_kinds.csv``: a kind of body ("union") → the words of a name that make a body that kind.

    >>> "workers" in body_kinds()["union"], "commission" in body_kinds()["regulator"]
    (True, True)
    """
    return {r["kind"]: frozenset(w.strip().lower() for w in r["name_words"].split("|") if w.strip())
            for r in read_table("body_kinds.csv")}


@lru_cache(maxsize=None)
def _role_keys() -> frozenset[str]:
    """Every one-word key of a person's title, with the words abbreviations stand for."""
    keys = {k.split()[-1] for k, (kind, _) in titles().items() if kind in _PERSON_KINDS}
    return frozenset(keys | set(title_means().values()))


def _key(word: str) -> str:
    """A word's key, an abbreviation read as the word it stands for ("Dr." → doctor)."""
    k = token_key(word.rstrip(".,")).replace(".", "")
    return title_means().get(k, k)


def is_title(key: str) -> bool:
    """Whether a word (its key) is a title a person holds ("mayor", "judge", "doctor"), as opposed to an
    epithet ("Spaniard", "defender").

    >>> is_title("mayor"), is_title("doctor"), is_title("spaniard")
    (True, True, False)
    """
    return key in _role_keys()


def _is_role(key: str) -> bool:
    return key in _role_keys() or (key.endswith("s") and key[:-1] in _role_keys())


def _read(words: list[str], adjectives) -> tuple[set[str], set[str]]:
    """(title keys, nationality keys) among some words."""
    found, nat = set(), set()
    for w in words:
        k = _key(w)
        if _is_role(k):
            found.add(k)
        elif adjectives is not None and k in adjectives:
            nat.add(k)
    return found, nat


@lru_cache(maxsize=16384)
def _before(text: str, start: int, adjectives) -> Roles:
    """Titles and modifiers written right before a name: read back over title words, qualifiers,
    nationality adjectives and capitalised modifiers ("Labour leader", "State Primary Industries
    Minister"), stopping at any other word."""
    lo = max(0, start - 80)
    ms = list(_WORD_RE.finditer(text, lo, start))
    ws = [m.group() for m in ms]
    taken: list[str] = []
    for n in range(len(ms) - 1, -1, -1):
        w = ws[n]
        if text[ms[n].end():ms[n + 1].start() if n + 1 < len(ms) else start].strip():
            break  # a comma, a bracket or a quotation mark: another phrase

        k = _key(w)
        if w.endswith(".") and not _is_honorific(w) and token_key(w.rstrip(".")) not in title_means():
            break  # a sentence ends here ("... on Monday. Jan Roe"), not a title ("Gov. Jan Roe")
        if _is_role(k) or k in _QUALIFIERS or (adjectives is not None and k in adjectives) or \
                (w[:1].isupper() and k not in FUNCTION_WORDS and not _is_verb(k)):
            taken.append(w)
        else:
            break
    found, nat = _read(taken, adjectives)
    if not found:
        return Roles(nationality=frozenset(nat))
    mods = {_key(w) for w in taken if w[:1].isupper() and _key(w) not in found}
    return Roles(frozenset(found | mods), None, frozenset(nat))


def _is_honorific(word: str) -> bool:
    return titles().get(token_key(word.rstrip(".")).replace(".", ""), ("", ""))[0] == "honorific"


def _is_verb(key: str) -> bool:
    return key in reporting_verbs()


def roles_near(text: str, start: int, end: int, adjectives=None) -> Roles:
    """The roles written around a person's name at ``text[start:end]``: titles before it (and
    inside the span, before the name), an appositive before it, and up to two appositives after it.
    ``adjectives`` (the keys of nationality adjectives, a frozenset) adds nationalities.

    >>> t = "Judge Eva Lind jailed him. Their manager, Jan Roe, 45, a former Wales coach, said"
    >>> sorted(roles_near(t, 6, 14).words), sorted(roles_near(t, 42, 49).words), roles_near(t, 42, 49).age
    (['judge'], ['coach', 'manager'], 45)
    """
    roles = _before(text, start, adjectives)
    inside = text[start:end].split()
    if len(inside) > 1:
        found, nat = _read(inside[:-1], adjectives)
        roles = roles | Roles(frozenset(found), None, frozenset(nat))
    m = _BEFORE_RE.search(text, max(0, start - 70), start)
    if m:
        found, nat = _read(m.group(1).split(), adjectives)
        roles = roles | Roles(frozenset(found), None, frozenset(nat))
    at = end
    for _ in range(2):
        m = _SEGMENT_RE.match(text, at)
        if not m:
            break
        seg = m.group(1).strip()
        ws = seg.split()
        if ws and ws[0].lower() in ("and", "or", "but", "as", "while", "when", "after", "before", "if") or \
                any(_is_verb(w.lower()) for w in ws[:2]):
            break
        age = _AGE_RE.fullmatch(seg)
        if age:
            roles = roles | Roles(age=int(age.group(1)))
        elif all(is_post_nominal(w) for w in ws):
            pass
        elif seg[:1].islower() or seg[:1].isdigit() or ws[0].lower() in DETERMINERS or \
                (len(ws) > 1 and ws[1] in ("'s", "\u2019s")):
            found, nat = _read([w for w in ws if w.lower() not in FUNCTION_WORDS], adjectives)
            roles = roles | Roles(frozenset(found), None, frozenset(nat))
        else:
            break
        at = m.end()
    return roles


@lru_cache(maxsize=4096)
def description(text: str) -> Description | None:
    """What a definite description asks for: "the Labour leader" (a person holding a title),
    "the 67-year-old" (an age), "the Spaniard" (a nationality), "the company" (a body), or None
    when ``text`` is not one ("a spokesman", "Jan Roe", "the spokesman for the ministry").

    >>> d = description("the former Labour leader"); d.head, d.modifiers, d.kind
    ('leader', ('labour',), 'person')
    >>> description("The 67-year-old").age, description("the company").kind, description("the Spaniard").capitalised
    (67, 'organization', True)
    >>> description("a spokesman") is None, description("the spokesman for the ministry") is None
    (True, True)
    >>> [description(d).kind for d in ("the progressive heavyweights", "the committee chairmen", "the crowd", "the boss")]
    ['group', 'group', 'group', 'person']
    """
    ws = text.split()
    if len(ws) < 2 or ws[0].lower() not in ("the", "this", "that", "these", "those"):
        return None
    rest = [w.rstrip(",.") for w in ws[1:]]
    if any(w.lower() in ("of", "for", "at", "from", "with", "in", "on", "and", "who", "which", "that") for w in rest):
        return None
    head = rest[-1]
    age = _AGE_RE.fullmatch(head)
    if age and head.endswith("-year-old"):
        return Description("year-old", (), "person", int(age.group(1)), False, tuple(rest))
    if not head[:1].isalpha():
        return None
    key = _key(head)
    kind = head_kind(" ".join(rest)) or head_kind(key)
    if kind in ("honorific", "role", ""):
        plural = (key.endswith("s") and not key.endswith(("ss", "us", "is")) or key.endswith("men")) and \
            key not in _role_keys()
        kind = "group" if plural or key in COLLECTIVE_NOUNS else "person"
    mods = tuple(_key(w) for w in rest[:-1] if _key(w) not in _QUALIFIERS)
    return Description(key, mods, kind, None, head[:1].isupper(), tuple(rest))


def fits(roles: Roles, wanted: Description | None, nationality: frozenset[str] = frozenset()) -> bool:
    """Whether a person with ``roles`` answers a description: the same age, the nationality
    ("the Spaniard" → "Spanish", given the nationality keys the noun stands for), or the head
    word among the titles, and every capitalised modifier among them too ("the Labour leader" is
    not the Green leader).

    >>> r = Roles(frozenset({"leader", "labour"}))
    >>> fits(r, description("the Labour leader")), fits(r, description("the Green leader")), fits(r, description("the leader"))
    (True, False, True)
    """
    if wanted is None:
        return False
    if wanted.age is not None:
        return roles.age == wanted.age
    if wanted.capitalised and nationality:
        return bool(roles.nationality & nationality)
    if wanted.head not in roles.words:
        return False
    caps = [_key(w) for w in wanted.words[:-1] if w[:1].isupper()]
    return all(m in roles.words or m in roles.nationality for m in caps)
