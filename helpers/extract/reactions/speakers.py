"""Who a subject names: actors from the gazetteer, or the subject as written, with a country.

The gazetteer is asked only ``resolve(name)`` and ``find(text)`` (any object with those two will
do, or None), each answered once per article through :class:`_ArticleLookups`. A subject of
several actors ("Tokyo and Canberra") gives one speaker each.

In: a subject as written (and the gazetteer). Out: :class:`_Speaker` (actor, country, kind,
whether the gazetteer knew it, the text).

>>> [s.actor for s in speakers_of("Last week, Tokyo and Canberra")]
['Tokyo', 'Canberra']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .subjects import _POSS, split_subject, strip_subject

_POSS_REST_RE = re.compile(rf"{_POSS}\s+(?P<rest>.+)$")


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
    >>> _resolve(lookups, "Otieno"), _resolve(lookups, "Otieno"), Gaz.calls
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


def resolve_actor(text: str, gazetteer=None) -> _Speaker:
    """Who a subject names: the gazetteer actor, else the subject as written, with a country.

    Order: the whole name in the gazetteer; a known actor ending the subject (its head, after
    titles: "U.S. spokesman Jake Sullivan"); a known possessor ("Ankara's interior ministry" →
    "<Ankara's canonical>'s interior ministry", country of Ankara); else the name as written with
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

    >>> [s.actor for s in speakers_of("Last week, Tokyo and Canberra")]
    ['Tokyo', 'Canberra']
    """
    name = strip_subject(subject)
    parts = split_subject(name)
    if len(parts) == 1 or _names_exactly(_resolve(gazetteer, name), name):
        return [resolve_actor(subject, gazetteer)]
    return [resolve_actor(p, gazetteer) for p in parts]
