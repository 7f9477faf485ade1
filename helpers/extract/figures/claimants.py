"""Claimants: who claims a figure, named as the gazetteer names them.

In: a figure's span, its sentence's attributions (:mod:`.reporting`), the sentences of its
article and its direct quotes. Out: (claimant, claimant_text): the speaker of the quote the
figure is in (:func:`quoted_claims`), else the nearest attribution in the figure's sentence,
else none (the article's own statement); "he" or "she" is the named source before it, "the
report" the body that issued it; canonical when the gazetteer knows the name
(:func:`canonical_claimant`); who a pronoun or a description stands for is read in :mod:`.referents`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import _clause_bounds, _clause_of, _inner_ends, _subordinate_starts
from .interviews import LABEL_RE
from .referents import _ARTICLE_RE, QUOTE_MARK_RE, _group_word, _noun_modifiers, _Sentences, _words, canonical_claimant
from .reporting import LISTENER_VERBS, PRONOUNS, Attribution
from .sources import SPOKESPERSON_RE, _a_body, _a_document, _document_word, _a_reference, _titled_name, issuer_of

__all__ = ["canonical_claimant", "quoted_claims", "_Sentences", "_a_document", "_claimant", "_pick_attribution"]

if TYPE_CHECKING:  # pragma: no cover

    from ...read.article import Article
    from .sentence import _Figure


def _pick_attribution(atts: list[Attribution], start: int, end: int, inner: list[int],
                      cuts: list[int] | None = None, subordinate: list[int] | None = None,
                      text: str = "") -> Attribution | None:
    """The attribution that covers a figure, within the same sentence (``inner``: sentence starts
    left inside the record): the first "X said" before it in its clause (of ``cuts``; the speaker
    frames what follows: "X said the researchers found 11 sites" is X's), or the nearest "…, X
    said" after it, unless a ``subordinate`` clause opens between ("fell 8%, after it reported
    $4bn, according to Y": only the $4bn is Y's); "according to X" right after the figure's clause
    names its source before any speaker. A figure that is the attribution's own object ("told about
    300 supporters") has none."""
    best, best_d = None, None
    part = _clause_of(start, inner)
    cuts = cuts or []
    clause = _clause_of(start, cuts)
    for a in atts:
        if _clause_of(a.start, inner) != part:
            continue
        if a.after and a.verb_end <= start:
            if a.narrow and _SUBORDINATOR_RE.search(text, a.verb_end, start):
                continue  # "called for a ban after gunmen killed 14": only the ban is called for
            if _in_attribution(text, a, start):
                continue  # "told about 300 supporters", "said of its 46 staff": the figure is in the attribution
            d = start - a.verb_end
            if _clause_of(a.verb_end, cuts) == clause:
                d = a.verb_end - 100_000  # the first in the figure's own clause
        elif a.start >= end and _EXPECTED_OBJECT_RE.fullmatch(text, end, a.start) and _EXPECTING_RE.search(
                text, a.start, a.verb_end):
            d = a.start - end - 300_000  # "the $6.4B (that) analysts had expected": the figure is what they expected
        elif a.before and a.start >= end:
            if any(end <= c <= a.start for c in subordinate or ()):
                continue
            own = a.source and _clause_of(a.start - 1, cuts) == clause and not _COORDINATED_RE.search(text, end, a.start)
            d = a.start - end - (200_000 if own else 0)  # "…, according to X" names the source of its own predicate
        else:
            continue
        if best_d is None or d < best_d:
            best, best_d = a, d
    return best


#: What may stand between a figure and the subject of a verb whose object it is: "the $6.4B analysts had
#: expected", "a loss of 12% that analysts at Lima Bank had forecast".
_EXPECTED_OBJECT_RE = re.compile(r"[ ]+(?:that[ ]+|which[ ]+)?")
_EXPECTING_RE = re.compile(r"\b(?:expected|forecast|predicted|estimated|projected|anticipated)$")
#: Who expected a figure, written right after it: "the $6.4B (that) analysts polled by Lima Research had expected",
#: "a loss of 12% economists at Lima Bank had forecast".
_EXPECTERS_RE = re.compile(r"[ ]+(?:that[ ]+|which[ ]+)?(?P<who>(?:[a-z]+[ ]+)?[a-z]+s(?:[ ]+(?:(?:polled|surveyed|"
                           r"questioned|canvassed)[ ]+by|at|from)[ ]+(?:the[ ]+)?[A-Z][\w&.'-]*(?:[ ]+[A-Z][\w&.'-]*)*)?)"
                           r"[ ]+(?:had[ ]+|have[ ]+|has[ ]+)?(?:expected|forecast|predicted|estimated|projected|anticipated)\b(?![ ]+to\b)")
#: An expected figure with no one expecting it in its sentence: "vs. $1.71 expected", "$2.0 billion estimated".
_EXPECTED_RE = re.compile(r"[ ]+(?:expected|estimated|forecast)\b")
#: A document introduced as new, which no issuer named before can have issued: "New data", "a new report", "Fresh figures".
_NEW_DOCUMENT_RE = re.compile(r"(?i:(?:an?[ ]+)?(?:new|fresh)|newly[ ]+released)\b")
#: A word opening a clause of its own after a verb's object: "called for a ban after gunmen killed 14".
_SUBORDINATOR_RE = re.compile(r"\b(?:after|before|when|while|because|since|until|unless|as|where|which|who)\b")
#: A second predicate: "raised $31.6m and would bring $420m, according to X" (X's is only the $420m).
_COORDINATED_RE = re.compile(r"\s(?:and|but)\s")
#: What lies between a reporting verb and a figure that is its own object or topic: "told about 300
#: supporters", "said of its 46 staff".
OBJECT_GAP_RE = re.compile(r"\s*(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?)?$")


#: The listeners after "told" and a clause describing them: " the packed hall, where a crowd of ".
_LISTENERS_DESCRIBED_RE = re.compile(r"(?:[ ]+(?!that\b)[\w'\u2019-]+){1,5},[ ]+(?:where|which|who|whose)\b[^,;:]*")


def _in_attribution(text: str, a: Attribution, start: int) -> bool:
    """Whether a figure at ``start`` is part of the attribution ``a`` itself: the listeners of "told"
    or the topic of "said of"."""
    gap = text[a.verb_end:start]
    verb = text[:a.verb_end].rsplit(None, 1)[-1].lower() if text else ""
    if verb in LISTENER_VERBS and _LISTENERS_DESCRIBED_RE.fullmatch(gap):
        return True  # "she told the packed hall, where a crowd of about 1,200 watched": who heard it
    if not text or not OBJECT_GAP_RE.fullmatch(gap):
        return False
    return gap.strip().startswith("of") or verb in LISTENER_VERBS


def _claimant(ctx: _Sentences, k: int, atts: list[Attribution], f: _Figure, gazetteer, inner: list[int] | None = None,
              named: dict[int, tuple[str | None, str | None]] | None = None,
              cuts: tuple[list[int], list[int]] | None = None) -> tuple[str | None, str | None]:
    """(claimant, claimant_text) of a figure: its sentence's attribution, else the attribution of
    the sentence just before it in the same paragraph while the writer does not speak again (a report
    goes on past the sentence that names its source: "Officials said the river rose. More than 100 homes
    were flooded."; :meth:`_Sentences.carried_over`), else none.

    ``inner`` is :func:`_inner_ends` of the sentence, ``named`` what was said of each attribution
    (by ``id``) for the figures before in the same sentence, and ``cuts`` its clause and subordinate
    clause starts, when the caller keeps them.
    """
    said = ctx.interview(k)
    if said is not None:  # "A: We hired 40 people.": the person interviewed; "Q: ...": the interviewer, no one
        return said
    text = ctx.sentences[k]["text"]
    inner = _inner_ends(text) if inner is None else inner
    clauses, subordinate = cuts or (_clause_bounds(text, inner), _subordinate_starts(text))
    expecters = _EXPECTERS_RE.match(text, f.end)
    if expecters:  # "the $6.4B analysts polled by Lima Research had expected": what they expected
        return canonical_claimant(expecters.group("who"), gazetteer), expecters.group("who")
    a = _document_subject(text, atts, f.start, f.end, clauses)  # "A survey of 1,850 adults by X found": X's sample
    a = a or _pick_attribution(atts, f.start, f.end, inner, clauses, subordinate, text)
    if a is None and _EXPECTED_RE.match(text, f.end):  # "- Revenue: $2.1 billion vs. $2.0 billion expected"
        k, a = ctx.list_intro(k)
    if a is None:
        k, a = ctx.carried_over(k)
        if a is None:  # the article's own statement
            return None, None
    gapped = _gapped_subject(text, a, f.start)
    if gapped:  # "Tarn has recorded 157,000 cases and Lima 143,600": Lima's (its verb is left out)
        return canonical_claimant(gapped, gazetteer), gapped
    if named is None:
        return _claimant_of(ctx, k, a, gazetteer)
    if id(a) not in named:
        named[id(a)] = _claimant_of(ctx, k, a, gazetteer)
    return named[id(a)]


def _document_subject(text: str, atts: list[Attribution], start: int, end: int, cuts: list[int]) -> Attribution | None:
    """The attribution whose subject is a survey, poll or study the figure at ``start``-``end`` describes
    ("A survey of 1,850 adults conducted in April by X found", "A poll of 900 voters found"): the
    issuer's description of its own work, so the figure is the issuer's; None otherwise.

    >>> from helpers.extract.figures.reporting import attributions_in
    >>> t = "A poll of 900 voters by Lima Research found 52% backed her."
    >>> _document_subject(t, attributions_in(t), 10, 20, []).text
    'Lima Research'
    """
    opening = max((c for c in cuts if c <= start), default=0)
    head = _DOCUMENT_OF_RE.match(text, opening)
    if head is None or head.end() > start or not _document_word(head.group("head")):
        return None
    for a in atts:
        if not a.after or a.verb_end < end or any(start < c <= a.verb_end for c in cuts):
            continue
        if a.start <= opening or (a.start >= end and _BY_BEFORE_RE.search(text, end, a.start)):
            return a  # the subject is the document itself ("A poll of 900 voters found"), or its issuer "by X"
    return None


#: A subject that opens with a document and what it covers: "A survey of", "The group's new study of".
_DOCUMENT_OF_RE = re.compile(r"[ ]*(?:(?:an?|the|its|their|this|that|[\w.-]+['\u2019]s?)[ ]+)?(?:[\w-]+[ ]+){0,3}?"
                             r"(?P<head>[a-z]+)[ ]+of[ ]+")
#: The issuer named right before the verb, after what the document covers: "... conducted in April by ".
_BY_BEFORE_RE = re.compile(r"\bby[ ]+$")


def _gapped_subject(text: str, a: Attribution, start: int) -> str | None:
    """The subject of a clause whose verb is left out ("Tarn has recorded 157,000 cases and Lima 143,600"),
    when the figure at ``start`` follows it and the attribution ``a`` is the first clause's subject and
    verb with a figure as its object; None otherwise.

    >>> from helpers.extract.figures.reporting import attributions_in
    >>> t = "Tarn has recorded 157,000 cases, and Lima 143,600."
    >>> _gapped_subject(t, attributions_in(t)[0], 42)
    'Lima'
    """
    if not a.after or a.before or a.verb_end > start:
        return None
    m = _GAPPED_RE.search(text, a.verb_end, start + 1)
    if m is None or m.end() != start or not _FIGURE_OBJECT_RE.match(text, a.verb_end, m.start()):
        return None
    return m.group("who")


#: A subject right before a figure after "and" or a comma: "…, and Lima 143,600", "…, Quito 90 and Cusco 12".
_GAPPED_RE = re.compile(r"(?:,[ ]*(?:and[ ]+)?|[ ]and[ ]+)(?P<who>(?:the[ ]+)?[A-Z][\w.'\u2019-]*(?:[ ]+[A-Z][\w.'\u2019-]*){0,3})"
                        r"[ ]+(?=[$\u20ac\u00a3]?\d)")
#: A verb's object that opens with a figure: " 157,000 cases", " about $4 million in aid".
_FIGURE_OBJECT_RE = re.compile(r"[ ]+(?:(?:about|around|nearly|almost|some|over|more[ ]+than|at[ ]+least)[ ]+)?"
                               r"[$\u20ac\u00a3]?\d[^;:]*")


def _claimant_of(ctx: _Sentences, k: int, a: Attribution, gazetteer) -> tuple[str | None, str | None]:
    """(claimant, claimant_text) of the attribution ``a`` of a figure in sentence ``k``: a pronoun,
    a description or a short name resolved by coreference when the article is known."""
    at = ctx.sentences[k]["start"] + a.start
    name = issuer_of(a.text)
    spokes = SPOKESPERSON_RE.match(name)
    if spokes:  # "a hospital spokesman" speaks for the hospital; "a Treasury spokesperson" for the Treasury
        body = spokes.group("body")
        name = body if body[:1].isupper() else f"the {body}"
    document = _a_document(name)  # "the poll", "Figures", "a June poll": what a source issued, not who
    if not document and (a.text.lower() == "it" or _a_body(name)):
        found = ctx.body_before(k, name)  # "the union said", "It said": the body the text is about, read first
        if found:
            return ctx.remember(k, name, found), a.text
    if a.text.lower() in ("he", "she"):
        found = ctx.speaker_before(k, a.text.lower())  # "Jan Roe said ... . Sales mattered most, she said: ..."
        if found:
            return found, a.text
    found = None if document else ctx.refers_to(name, at, bodies=name != a.text or _group_word(name))
    if found and _a_body(name) and len(name.split()) > 3 and not _words(found) & _words(name):
        found = None  # "the state weather service": a body described this closely is no other body named before
    if found:
        return (ctx.remember(k, name, found) if ctx.kind_of(name, at) == "organization" else found), a.text
    if name != a.text and (not _a_reference(name) or name[:1].isupper()):  # "Anglicare", not "the hospital"
        return canonical_claimant(name, gazetteer), a.text
    if a.text.lower() in PRONOUNS:
        named = ctx.named_before(k)
        if named is None:
            return a.text, a.text
        name = canonical_claimant(named.text, gazetteer)
        return (_titled_name(name) or name if name == _ARTICLE_RE.sub("", named.text.strip()) else name), a.text
    if document:  # "the report said": the body that issued it, when a sentence before names it; else no one
        if _NEW_DOCUMENT_RE.match(name):
            return None, None  # "New data showed", "A new report found": a document not named before, issuer unknown
        issuer = ctx.issuer_before(k)
        return (canonical_claimant(issuer_of(issuer.text), gazetteer), a.text) if issuer is not None else (None, None)
    if _a_body(name) and len(name.split()) <= 3:  # "the agency said": the body named as a source before, when
        issuer = ctx.issuer_before(k, bodies=True)  # coreference found none (not "the state weather service")
        described = _noun_modifiers(name)
        if issuer is not None and (not described or _words(issuer.text) & described):
            # "the finance ministry" is no "United Nations Office" named before; a bare "the agency" may be
            return canonical_claimant(issuer.text, gazetteer), a.text
        found = ctx.body_after_all(k, name, a.start)
        if found:
            return ctx.remember(k, name, found), a.text
    name = canonical_claimant(a.text, gazetteer)
    if name == _ARTICLE_RE.sub("", a.text.strip()):  # "Race director Jan Roe", "Mayor Eva Lind": the name
        name = _titled_name(name) or name
    return name, a.text



def quoted_claims(article: "Article", gazetteer=None) -> list[tuple[int, int, str, str | None]]:
    """(start, end, speaker, speaker_text) of each direct quote of an article that has a speaker:
    a figure inside one is claimed by its speaker, whom the quotes extractor finds (shared with
    the quotes table through ``Article.memo``, so quotes are extracted once per article).

    >>> from helpers.read.article import parse_article
    >>> a = parse_article('Body\\n\\n"We lost 40 homes," Jan Roe said.\\n')
    >>> [(a.raw[s:e], who) for s, e, who, _ in quoted_claims(a)]
    [('We lost 40 homes,', 'Jan Roe')]
    """
    if not QUOTE_MARK_RE.search(article.raw):
        return []
    from ..quotes import extract as extract_quotes

    quotes = article.memo("quotes", gazetteer, lambda: extract_quotes(article, gazetteer))
    out = []
    for q in quotes:
        label = LABEL_RE.match(article.raw, q["start"], q["end"])
        if label and label.group("name"):  # '"CLINTON: I testified for 11 hours ..."' in a transcript
            name = " ".join(w.capitalize() for w in label.group("name").split())
            out.append((q["start"], q["end"], canonical_claimant(name, gazetteer), label.group("name")))
        elif q["speaker"]:
            out.append((q["start"], q["end"], q["speaker"], q["speaker_text"]))
    return out
