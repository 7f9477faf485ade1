"""The reactions table: one row per statement and actor, direct quotes and reported speech.

Direct rows come from the article's attributed quotes; reported rows from the statements of
each body sentence, one per actor of the subject. A pronoun ("she said") or a bare description
("the ministry said") stands for the nearest fitting actor named before; a partial quote inside
a reported statement of the same actor is part of that statement; an unplaced speaker takes the
country of a body its title names.

In: an Article (the gazetteer; the quote records, by default the quotes table's). Out: rows with
the columns of ``schema.COLUMNS["reactions"]`` (``raw[start:end] == text``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ...read.text import quote_spans
from ..quotes import extract as extract_quotes
from .speakers import _ArticleLookups, _country, _find, _resolve, speakers_of
from .stances import stance_of
from .statements import _WORD_RE, _Statement, find_statements
from .subjects import _POSS_RE, PRONOUN_BEFORE_RE, strip_subject

if TYPE_CHECKING:  # pragma: no cover
    from ...read.article import Article


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
        quotes = article.memo("quotes", gazetteer, lambda: extract_quotes(article, gazetteer))
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
