"""Reading people's names from text: the name ending a description, and names the gazetteer lacks.

A capitalised run of words is a person's name when a title stands before it ("Deputy Minister
Jan Novak") or an appositive after it ("Eva Roe, a spokeswoman for ..."); titles, nationalities
and places before the name are stripped. A person named in full is later referred to by the
family name (:func:`reference_keys`). The gazetteer is asked only what :class:`NameIndex` lists,
so this module does not depend on how the gazetteer is built.

>>> person_name("Deputy Foreign Minister Tran Van Minh"), reference_keys(Actor("Jan Novak", "person"))
('Tran Van Minh', ('Novak',))
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Container, Protocol

from ...lexicon import UPPER
from .keys import DAY_MONTH_WORDS, FUNCTION_WORDS, NAME_PREPOSITIONS, _PLAIN_WORDS_RE, _POSSESSIVE_END_RE, Actor, name_key, token_key
from .titles import family_first, first_names, is_post_nominal, title_means, title_words, titles


class NameIndex(Protocol):
    """What name reading asks of a gazetteer (:class:`~helpers.extract.actors.gazetteer.Gazetteer` has it all)."""

    adjectives: dict[str, Actor]  # nationality adjective (its name_key) → country

    def lookup(self, name: str, context: Container[str] | None = None) -> Actor | None: ...

    def country_in(self, text: str) -> str: ...

    def gender_of(self, description: str, name: str = "") -> str: ...


#: A capitalised word of a name, an initial first ("James B. Comey" is one run); an apostrophe inside
#: it but not two ("Sunday''": a quotation mark follows).
_NAME_TOKEN = rf"(?:[{UPPER}]\.(?=[ \u00a0])|[{UPPER}](?:\w|['\u2019](?!'))*(?:-[\w'\u2019]+)*)"
_PARTICLE = r"(?:de|da|van|von|der|den|des|della|bin|al|la|le|du|dos|del|di|ibn|el|ter|ten|zu)"
#: A capitalised run of one to eight words, particles and "&" allowed inside: "Tran Van Minh", "Ursula von der
#: Leyen", "Calder & Finch" (a firm: see :func:`person_name`).
NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:[ \u00a0]+(?:(?:{_PARTICLE}|&)[ \u00a0]+)*{_NAME_TOKEN}){{0,7}}")
#: The description part of a phrase, before a preposition: "a spokesman" in "a spokesman for X".
_HEAD_SPLIT_RE = re.compile(r"\s+(?:of|for|at|from|to|with|in|on)\s+")
_INITIAL_RE = re.compile(r"[A-Z]\.")
#: A middle initial between two names: "Harry M. Reid".
_MIDDLE_INITIAL_RE = re.compile(rf"(?<=[a-z])[ \u00a0]+[A-Z]\.(?=[ \u00a0]+[{UPPER}])")


def without_initials(name: str) -> str:
    """A name without its middle initials, as a gazetteer lists it: "Harry M. Reid" → "Harry Reid".

    >>> without_initials("James B. Comey"), without_initials("U.S. Senate")
    ('James Comey', 'U.S. Senate')
    """
    return _MIDDLE_INITIAL_RE.sub("", name) if ". " in name else name
#: Up to four words before a capitalised run, to read a title written before a name.
_WORDS_BEFORE_RE = re.compile(r"((?:[\w'\u2019.-]+[ \u00a0]+){1,4})$")
#: A comma and the words after a name, to read an appositive ("Jan Roe, a spokesman for ...").
_APPOSITIVE_RE = re.compile(r",[ \u00a0]+((?:[\w'\u2019-]+[ \u00a0]*){1,7})")


def person_name(description: str, gazetteer: NameIndex | None = None) -> str:
    """The personal name ending a description, titles, nationalities and post-nominals stripped, or "".

    >>> person_name("Deputy Interior Ministry Tran Van Minh"), person_name("a spokesman for the ministry")
    ('Tran Van Minh', '')
    >>> person_name("Jan Roe KC"), person_name("Eva Lind, MD"), person_name("Jan Roe Jr.")
    ('Jan Roe', 'Eva Lind', 'Jan Roe')
    >>> person_name("former South Carolina Gov. Jim Hodges"), person_name("the Orlando killer")
    ('Jim Hodges', '')
    >>> person_name("Transport Workers of Ruritania"), person_name("Calder & Finch"), person_name("Doctors Without Borders")
    ('', '', '')
    >>> person_name("Media Research Center's Jan Roe"), person_name("Navy SEAL Jan Roe"), person_name("Deborah Jordan Roe")
    ('Jan Roe', 'Jan Roe', 'Deborah Jordan Roe')
    >>> person_name("Department of Transport spokesman Jan Roe"), person_name("a spokesman for Jan Roe")
    ('Jan Roe', '')
    >>> person_name("U.S. Attorney for the District of Kent Joshua Roe")
    'Joshua Roe'
    """
    name = _person_in(_HEAD_SPLIT_RE.split(description, maxsplit=1)[0], gazetteer)
    if name or not _HEAD_SPLIT_RE.search(description):
        return name
    # the name after the description's last preposition, behind a title of its own: "Department of
    # Transport spokesman Jan Roe", "Attorney for the District of Kent Jan Roe" (not "a spokesman for Jan Roe")
    tail = _HEAD_SPLIT_RE.split(description)[-1].rstrip(" ,.")
    name = _person_in(tail, gazetteer)
    words = name.split()
    given = first_names()
    # a place or body the text names before the person ("District of Kent Jan Roe"): from the given name on
    start = next((i for i in range(1, len(words) - 1) if words[i] in given and words[i - 1] not in given), 0)
    name = " ".join(words[start:])
    before = tail[:tail.rfind(name)].split() if name in tail else []
    personal = words[start:start + 1] and (words[start] in given or (before and token_key(before[-1]) in title_words()))
    return name if personal and len(words) - start >= 2 and tail.strip() != name else ""  # not "of Our Principles PAC"


def _person_in(head: str, gazetteer: NameIndex | None) -> str:
    """:func:`person_name` of a description's head (the words before any preposition)."""
    head = _strip_post_nominals(head.rstrip(" ,."))
    runs = list(NAME_RE.finditer(head))
    if not runs or runs[-1].end() < len(_POSSESSIVE_END_RE.sub("", head)):
        return ""  # the description ends in a common noun: "the Orlando killer"
    words = runs[-1].group().split()
    if "&" in words or any(w[:1].isupper() and w.lower() in NAME_PREPOSITIONS for w in words[1:]):
        return ""  # "Calder & Finch", "Doctors Without Borders": a body's name
    cut = 0
    for i, w in enumerate(words):
        k = token_key(w)
        if k in title_words() or k in FUNCTION_WORDS or (w.endswith(".") and len(w) > 2 and not _INITIAL_RE.fullmatch(w)):
            cut = i + 1
        elif i + 1 < len(words) and (w.endswith(("'s", "\u2019s")) or (w.isupper() and len(w) > 2 and i + 2 < len(words))):
            cut = i + 1  # the owner before a name ("The Blaze's Jan Roe"), a body's letters ("Navy SEAL Jan Roe")
        elif cut == i and gazetteer is not None and (
                k in gazetteer.adjectives or getattr(gazetteer.lookup(w), "kind", "") in ("country", "place")):
            cut = i + 1  # a nationality or country before the name, not inside it ("Eva Jordan Roe")
    if 0 < cut == len(words) - 1 and not _names_someone(words[cut - 1], gazetteer):
        return ""  # "Democratic National Convention": a word of a title before it is no title
    words = [_POSSESSIVE_END_RE.sub("", w) for w in words[cut:] if token_key(w) not in DAY_MONTH_WORDS]
    if not words or token_key(words[-1]) in title_words() or token_key(words[-1]) in FUNCTION_WORDS:
        return ""
    last = token_key(words[-1])
    if last.endswith("s") and titles().get(last[:-1], ("", ""))[0] == "role":
        return ""  # "Communications Workers": a group of people, not a person
    if len(words) == 1 and gazetteer is not None and gazetteer.lookup(words[0]) is not None and \
            gazetteer.lookup(words[0]).kind != "person":
        return ""
    return " ".join(words)


def _names_someone(word: str, gazetteer: NameIndex | None) -> bool:
    """Whether a word before a lone family name shows it is a person's: a title ("Mr.", "Senator",
    "Leader"), an owner ("CNN's"), a body's letters ("SEAL") or a nationality.

    >>> [_names_someone(w, None) for w in ("Mr.", "Leader", "CNN's", "National", "Democratic")]
    [True, True, True, False, False]
    """
    k = token_key(word.rstrip(".")).replace(".", "")
    if titles().get(k, ("", ""))[0] in ("honorific", "role") or k in title_means() or k in FUNCTION_WORDS:
        return True
    if word.endswith(("'s", "\u2019s")) or (word.isupper() and len(word) > 1):
        return True
    return gazetteer is not None and (k in gazetteer.adjectives or gazetteer.lookup(word) is not None)


def _strip_post_nominals(text: str) -> str:
    """``text`` without the post-nominals that end it ("Eva Lind, MD" → "Eva Lind"), when a name of
    two words or more is left ("Priorities USA" keeps its letters).

    >>> _strip_post_nominals("Jan Roe, PhD, OBE"), _strip_post_nominals("the MD"), _strip_post_nominals("Priorities USA")
    ('Jan Roe', 'the MD', 'Priorities USA')
    """
    words = text.split()
    k = len(words)
    while k > 2 and is_post_nominal(words[k - 1].rstrip(",")) and words[k - 2][:1].isupper():
        k -= 1
    if k == len(words):
        return text
    return text[:text.rindex(words[k - 1]) + len(words[k - 1])].rstrip(" ,")


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
    """The title written just before ``start`` ("spokesman", "Sen."), or "".

    >>> _title_before("said Sen. Roe", 10), _title_before("at the Policy Center. Proposals", 22)
    ('Sen.', '')
    """
    before = _words_before(text, start)
    if not before:
        return ""
    words = before.split()
    if _PLAIN_WORDS_RE.fullmatch(words[-1]) and words[-1].lower() not in _title_ends():
        return ""  # the key of every phrase below ends in this plain word's lower case, and no title's does
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[-k:])
        kind = titles().get(name_key(phrase), ("", ""))[0]
        if kind in _TITLE_KINDS:
            if kind != "honorific" and words[-1].endswith("."):
                return ""  # "the Tax Policy Center. Proposals so far": a sentence ended, no "Sen." stands here
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


#: Verbs that show a phrase after a comma opens a clause rather than stands beside a name.
_CLAUSE_VERBS = frozenset("said says told tells wrote writes spoke speaks is was are were has had have will would".split())


def _role_after(text: str, end: int) -> str:
    """The role an appositive gives after a name (", a spokesman for the ministry"), or "" (also
    for the subject of the next clause: "In Lima, an official said").

    >>> _role_after("Eva Roe, a lawyer for the family, spoke", 7), _role_after("In Lima, an official said", 7)
    ('a lawyer for the family', '')
    """
    m = _APPOSITIVE_RE.match(text, end)
    if not m:
        return ""
    words = m.group(1).split()
    if is_post_nominal(words[0]):
        return words[0]  # "Eva Lind, MD, said": letters after a name make it a person's
    if words[0][:1].islower() and len(words) > 1 and words[1][:1].isupper():
        return ""  # "In Lima, director Jan Roe said": a title before the next name, not an appositive
    if words[0].lower() not in ("a", "an", "the", "his", "her", "its", "their") and not words[0][:1].islower():
        return ""
    for k, w in enumerate(words):
        if titles().get(token_key(w.rstrip(",.")).rstrip("s"), ("", ""))[0] == "role" or \
                titles().get(token_key(w.rstrip(",.")), ("", ""))[0] == "role":
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nxt.islower() and (nxt.endswith("ed") or nxt in _CLAUSE_VERBS) or nxt[:1].isupper():
                return ""  # "In Lima, a young woman asked", "in Ohio, law professor Jan Roe": another clause or name
            return m.group(1)
    return ""


@lru_cache(maxsize=65536)
def _run_name(run: str, gazetteer: NameIndex) -> tuple[str, int, str]:
    """(name, its offset in ``run``, the titles before it or the post-nominal after it or "") of a capitalised run of words, or
    ("", 0, "") when the run ends in no name or in one the gazetteer knows. Runs ("The", "South
    Africa", ...) recur from paragraph to paragraph, so this is cached."""
    name = person_name(run, gazetteer)
    if not name or gazetteer.lookup(name) is not None:
        return "", 0, ""
    offset = run.rfind(name.split()[0])
    prefix = run[:offset]
    if any(token_key(w) in title_words() for w in prefix.split()):
        return name, offset, prefix
    suffix = run[offset + len(name):].split()
    return name, offset, suffix[0] if suffix and is_post_nominal(suffix[0]) else ""  # "Jan Roe KC"


def unknown_names(text: str, gazetteer: NameIndex) -> list[tuple[int, int, Actor]]:
    """People the gazetteer does not know, found by a title before or an appositive after the name.

    >>> from helpers.extract.actors import load_gazetteer
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
        known = gazetteer.lookup(without_initials(name)) if ". " in name else None
        if known is not None and known.kind == "person":  # "Senate Minority Leader Harry M. Reid"
            out.append((s, e, known))
            continue
        out.append((s, e, Actor(without_initials(name), "person", gazetteer.country_in(title or role),
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
