"""The reactions table: one row per statement and actor, direct quotes and reported speech.

Direct rows come from the article's attributed quotes; reported rows from the statements of
each body sentence, one per actor of the subject. A pronoun ("she said"), a description ("the
ministry said", "the judge said") or a short name stands for whom the article's coreference
(:mod:`helpers.extract.coref`) says; an actor that is no one's name (an unresolved pronoun or
description, "writers", "world's largest economy") is left empty, its words kept in
``actor_text``; "I", "we" and "you" are the writer's, not an actor's. A partial quote inside a
reported statement of the same actor is part of that statement; an unplaced speaker takes the
country of a body its title names.

In: an Article (the gazetteer; the quote records, by default the quotes table's). Out: rows with
the columns of ``schema.COLUMNS["reactions"]`` (``raw[start:end] == text``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...read.text import quote_spans
from ..actors import FUNCTION_WORDS, Gazetteer, head_kind, titles, token_key
from ..attribution.words import QUANTIFIERS, TIME_WORDS
from ..coref import article_coref, description, is_title
from ..quotes import extract as extract_quotes
from .speakers import _ArticleLookups, _country, _find, _resolve, speakers_of
from .stances import stance_of
from .statements import _WORD_RE, _Statement, find_statements
from .subjects import _POSS_RE, LEADING_ADVERB_RE, PRONOUN_BEFORE_RE, strip_subject

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


def _generic(actor: str | None) -> bool:
    """Whether an actor's name is a common noun phrase rather than a name ("writers", "strangers",
    "world's largest economy", "a spokesman"): no capital letter in it.

    A single function word, quantifier, time word or honorific opening a sentence ("That",
    "None", "Wednesday", "Mr") names no one either ("Post" may be a newspaper: it stays).

    >>> [_generic(a) for a in ["writers", "world's largest economy", "Officers", "Jan Roe", "UN", None]]
    [True, True, True, False, False, True]
    >>> [_generic(a) for a in ["That", "None", "Wednesday", "Mr", "Post", "Reuters"]]
    [True, True, True, True, False, False]
    """
    if not actor or actor == actor.lower():
        return True
    key = actor.lower()  # "Officers" opening a sentence: a plural of a role or a group, capitalised
    if " " in key:
        return False
    return head_kind(key) == "group" or key.endswith("s") and head_kind(key[:-1]) == "role" or \
        key in FUNCTION_WORDS or key in QUANTIFIERS or key in TIME_WORDS or \
        titles().get(key.rstrip("."), ("", ""))[0] == "honorific"


def _direct_rows(article: "Article", quotes: list[dict], gazetteer) -> list[dict]:
    """One row per attributed quote: the speaker (empty when it is no one's name), its country, the
    quote's verb and stance."""
    rows = []
    for q in quotes:
        written = q.get("speaker_text") or q.get("speaker")
        if not written or PRONOUN_BEFORE_RE.fullmatch(written.strip()) and not q.get("speaker"):
            continue
        actor = q.get("speaker") if not _generic(q.get("speaker")) else None
        found = _resolve(gazetteer, actor) if actor else None
        country = _country(found) if found is not None else None
        if country is None:
            country = next((_country(a) for _, _, a in _find(gazetteer, written) if _country(a)), None)
        rows.append({
            "article_id": article.article_id, "actor": actor, "actor_text": written,
            "country": country, "verb": q.get("verb") or "", "stance": stance_of(q.get("verb") or "", q["text"]),
            "kind": "direct", "text": q["text"], "para_no": q.get("para_no"), "start": q["start"], "end": q["end"],
            "quote_id": q.get("quote_id"), "_kind": getattr(found, "kind", None), "_resolved": found is not None,
        })
    return rows


@lru_cache(maxsize=4096)
def _stems(text: str) -> tuple[str, ...]:
    """Six-letter stems of the longer words, so "Minister" meets "Ministry".

    >>> _stems("Vice Foreign Minister Tran")
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
    if not row["actor"]:
        return None
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
        return {w for w in _WORD_RE.findall(f'{row["actor"] or ""} {row["actor_text"]}') if w[:1].isupper()}

    return bool(words(direct) & words(reported))


def reactions(article: "Article", gazetteer=None, quotes: list[dict] | None = None) -> list[dict]:
    """Every statement of an actor in one article: direct quotes and reported speech.

    ``quotes`` are the article's quote records (by default :func:`helpers.extract.quotes.extract`).
    Rows have the columns of ``schema.COLUMNS["reactions"]``; ``raw[start:end] == text``.

    >>> from helpers.read.article import parse_article
    >>> a = parse_article("Border row\\n\\nCanberra and Tokyo confirmed that talks failed.\\n", "a1")
    >>> [(r["actor"], r["stance"]) for r in reactions(a, quotes=[])]
    [('Canberra', 'confirm'), ('Tokyo', 'confirm')]
    """
    if quotes is None:
        quotes = article.memo("quotes", gazetteer, lambda: extract_quotes(article, gazetteer))
    described = isinstance(gazetteer, Gazetteer)  # the project's gazetteer (not a stand-in) names unknown people
    coref = article_coref(article, gazetteer if described else None)
    gazetteer = _ArticleLookups(gazetteer) if gazetteer is not None else None
    direct = _direct_rows(article, quotes, gazetteer)
    reported: list[dict] = []
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
                speakers = previous if st.subject is None else _speakers(st, sent["start"], gazetteer, coref,
                                                                          described)
                new = _reported_rows(article, sent, st, speakers)
                reported += new
                previous = speakers
    absorbed = set()
    for row in reported:
        for i, q in enumerate(direct):
            if row["start"] <= q["start"] and q["end"] <= row["end"] and _same_speaker(q, row):
                absorbed.add(i)
                if not row["_resolved"] and q["actor"] and direct[i]["_resolved"]:
                    row.update(actor=q["actor"], country=q["country"], _resolved=True)
    rows = [r for i, r in enumerate(direct) if i not in absorbed] + reported
    rows.sort(key=lambda r: (r["start"], r["end"], r["actor"] or ""))
    for i, r in enumerate(rows):
        if not r["country"]:
            r["country"] = _country_from_title(r, rows[:i])
    for r in rows:
        del r["_kind"], r["_resolved"]
    return rows


def _speakers(st: _Statement, base: int, gazetteer, coref, described: bool = True) -> list[tuple]:
    """Who made a statement, as (actor, actor_text, country, kind, resolved), one per actor.

    A pronoun ("she said"), a description ("the ministry said", "the judge said") or a short name
    ("Roe said") stands for whom the article's coreference says; one with nobody to stand for keeps
    its words as ``actor_text`` and leaves the actor empty, as does a common noun phrase ("writers").
    "I", "we" and "you" make no row. With ``described``, a person the gazetteer lacks is named as
    the quotes name them, without titles ("Fisheries official Jan Roe" → "Jan Roe").
    """
    subject = strip_subject(st.subject)
    written = LEADING_ADVERB_RE.sub("", st.subject.strip())  # "the guard", with its article
    if st.pronoun or (subject[:1].islower() and not _POSS_RE.search(st.subject)) or _short_name(subject) or \
            (description(written) is not None and (written.split()[-1][:1].islower() or
                                                   is_title(token_key(written.split()[-1])))):  # "the Opposition leader"
        if subject.lower() in _NOBODY:
            return []
        actor = coref.resolve(written, base + st.anchor, fallback=False)
        if actor is not None and (actor.known or actor.canonical != subject):
            actor = _resolve(gazetteer, actor.canonical) or actor  # the caller's gazetteer names it
            return [(actor.canonical, st.subject.strip(), _country(actor), actor.kind, True)]
        if st.pronoun or subject[:1].islower():
            return [(None, st.subject.strip(), None, None, False)]
    out = []
    for sp in speakers_of(st.subject, gazetteer):
        if sp.actor.lower() in _NOBODY:
            continue
        generic = not sp.resolved and (_generic(sp.actor) or _PLURAL_WORD_RE.fullmatch(sp.actor) is not None
                                       and not coref.names_inside(sp.actor))  # "Strangers told her": no name
        if generic:
            out.append((None, sp.text.strip(), sp.country, sp.kind, False))
            continue
        name, country = sp.actor, sp.country
        if not sp.resolved and described:  # a person the gazetteer lacks, as the quotes name them: no titles
            person = coref.gazetteer.describe(sp.actor, coref.names)
            if person.kind == "person" and person.canonical != sp.actor and person.canonical[:1].isupper():
                name, country = person.canonical, country or person.country or None
        out.append((name, sp.text.strip(), country, sp.kind, sp.resolved))
    return out


#: One capitalised word in the plural: "Strangers", "Critics" (a name the article also writes inside a sentence aside).
_PLURAL_WORD_RE = re.compile(r"[A-Z][a-z]+[^s]s")
#: Subjects that are the writer or the reader, not an actor of the story.
_NOBODY = frozenset("i we you yourself yourselves myself ourselves one".split())


def _short_name(subject: str) -> bool:
    """A name of one word, or an honorific and one word: "Roe", "Sir Jan", "Dr Eva" (not "Coast Guard").

    >>> [_short_name(s) for s in ["Roe", "Sir Jan", "Dr. Eva", "Coast Guard", "the army"]]
    [True, True, True, False, False]
    """
    words = subject.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return len(words) == 1 or (len(words) == 2 and titles().get(token_key(words[0].rstrip(".")), ("", ""))[0] == "honorific")


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
