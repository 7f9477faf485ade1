"""Names the gazetteer lacks, and what a mention's words say of it.

People named without a title, whom the words around show to be people (a given name the lists
know, a role before the name, an age or "who" after it: :func:`given_names`); bodies named with an
organisation's word at their head ("Harbour Bank Ltd", "the Department of Labor":
:func:`body_names`); whether a mention stands for several and whether its head is a role
(:func:`shape`). Each is cached on the text: wire copy repeats paragraphs from story to story.

In: a paragraph's text (and the gazetteer). Out: ``(start, end, Actor)`` spans; flags.

>>> from helpers.extract.actors import load_gazetteer
>>> [a.canonical for _, _, a in given_names("Their manager, Jan Roe, spoke.", load_gazetteer())]
['Jan Roe']
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..actors import NAME_RE, Actor, Gazetteer, first_names, head_kind, person_name

#: Two capitalised names joined: "Tom and Ellie Ward", "Seoul and Washington".
JOINED_RE = re.compile(r"[A-Z][\w.'\u2019-]*\s+(?:and|&)\s+(?:[a-z]+\s+)?[A-Z]")
#: Where the head of a phrase ends: "Analysts | at Harbor Point".
_HEAD_RE = re.compile(r"\s+(?:of|for|at|from|with|in|on)\s+")
#: Bodies that are many people: "they" may stand for them.
_COLLECTIVE = frozenset("police authorities forces staff military army navy government team union".split())


#: What around a capitalised run shows it is a person's name: a role before it ("their manager,
#: Jan Roe"), an age or a relative "who" after it ("Jan Roe, 67," / "Jan Roe, who ...").
_ROLE_COMMA_RE = re.compile(r"\b([a-z]+)['\u2019]?,\s*$")
_AGE_OR_WHO_RE = re.compile(r",\s*(?:\d{1,3}\s*[,.;]|who\b)")


@lru_cache(maxsize=8192)
def given_names(text: str, gazetteer: Gazetteer) -> tuple[tuple[int, int, Actor], ...]:
    """People named without a title, whom the words around show to be people: a given name the
    lists know ("Mary Lind", its gender kept), a role before the name ("their manager, Jan
    Roe"), an age or "who" after it ("Jan Roe, 67,"). (start, end, actor) as written; cached on the text.

    >>> from helpers.extract.actors import load_gazetteer
    >>> t = "On Monday Mary Lind met their manager, Jan Roe, and Ola Berg, 67, in Lima."
    >>> [(s, a.canonical, a.gender) for s, _, a in given_names(t, load_gazetteer())]
    [(10, 'Mary Lind', 'f'), (39, 'Jan Roe', ''), (52, 'Ola Berg', '')]
    """
    out = []
    given = first_names()
    for m in NAME_RE.finditer(text):
        run = m.group()
        words = run.split()
        if len(words) < 2:
            continue
        k = next((k for k, w in enumerate(words[:-1]) if w in given), None)
        if k is None:
            before = _ROLE_COMMA_RE.search(text, max(0, m.start() - 30), m.start())
            if not (before and head_kind(before.group(1)) == "role") and not _AGE_OR_WHO_RE.match(text, m.end()):
                continue
            k = 0
        at = m.start() + run.index(words[k], len(" ".join(words[:k])))
        name = person_name(text[at:m.end()], gazetteer)
        if not name or name.split()[0] != words[k] or gazetteer.lookup(name) is not None or text[at:at + len(name)] != name:
            continue
        out.append((at, at + len(name), Actor(name, "person", gender=given.get(words[k], ""), known=False)))
    return tuple(out)


#: A capitalised name with "of", "for", "and" inside: "Department of Labor", "Harbour Bank Ltd".
_BODY_NAME_RE = re.compile(r"[A-Z][\w&'\u2019.-]*(?:[ \u00a0]+(?:(?:of|for|and|&|on)[ \u00a0]+)?[A-Z][\w&'\u2019.-]*)*")


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


@lru_cache(maxsize=16384)
def shape(written: str, known: bool) -> tuple[bool, bool]:
    """(stands for several, its head is a role) of a mention as written: joined names, a group
    noun or a collective body ("Tom and Eva Roe", "officials", "the police"); "a reporter for X".

    >>> shape("Tom and Eva Roe", False), shape("a reporter for the Daily Star", False)
    ((True, False), (False, True))
    """
    head = _HEAD_RE.split(written, maxsplit=1)[0]
    words = head.lower().split()
    if not words:
        return False, False
    kind = head_kind(head)
    plural = bool(JOINED_RE.search(written)) or kind == "group" or words[-1] in _COLLECTIVE or \
        (not known and words[-1].endswith("s") and head_kind(words[-1][:-1]) == "role")
    return plural, kind == "role"
