"""Cues: where a paragraph says who speaks, around a quote or in reported speech.

A *cue* is a speaker phrase and its verb: ``Macron said``, ``said Jan Roe, an aide``,
``according to the ministry``, ``-Jan Roe`` after a quote, ``Jan Roe:`` before one, ``in Roe's
view``. :func:`cue_after` reads the attribution after a closing mark, :func:`cue_before` the
nearest one before an opening mark (verbs without a subject of their own take the clause's),
:func:`cue_in` the last one in a stretch of text; :func:`subjects_in` lists the named subjects of
reporting verbs.

>>> t = '"We will win," said Jan Roe, a spokesman for the party.'
>>> c = cue_after(t, 14, len(t)); t[c.start:c.end], c.verb, c.how
('Jan Roe', 'said', 'inverted')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ...lexicon import read_table
from ...read.text import split_sentences
from ..actors import head_kind
from .phrases import (_trailing_name, is_pronoun, leading_name, name_like, np_after, np_before, sentence_subject,
                      standalone, subject_before)
from .words import DOUBLE_MARKS, VerbHit, ends_with, ends_with_mark, pronouns, verb_hits


@dataclass
class Cue:
    """An attribution: the speaker as written (offsets into the paragraph) and the verb."""

    start: int
    end: int
    verb: str | None
    verb_at: int
    how: str  # after, before, inverted, according, dash, colon


#: A closing mark's trail before an attribution: spaces and a comma.
_TRAIL_RE = re.compile(r"[\s,]*")
#: Verbs that report words only beside a quotation ('"No," she began'); elsewhere they are plain
#: verbs ("before the rains begin", "fighting continued").
_QUOTE_ONLY = frozenset("begin continue conclude".split())
_QUOTE_NEXT_RE = re.compile(r"\s*,?\s*(?:[:\u201c\u2018\"]|''|``)")
#: A subordinating word before a clause's subject: "before | the rains begin".
_SUBORDINATOR_RE = re.compile(r"\b(?:before|after|until|till|when|whenever|while|once|since|as|if|unless)\s+$", re.I)
#: What follows the subject of an inverted verb: the clause ends ("..., said Jan Roe." / ", an aide"), not
#: a verb of its own ("said the House is unlikely": the House is what was said).
_CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:!?()\[\]\u2013\u2014\"\u201d\u2019']|-\s|$)")
#: A dash that introduces the speaker after a quote: '"..." -Jan Roe', '"..." — Jan Roe'.
_DASH_RE = re.compile(r"[-\u2013\u2014\u2015]+\s*")
#: What may follow a dash attribution: the end, a comma, a full stop or a bracket.
_DASH_END_RE = re.compile(r"\s*(?:[,.;)(]|$)")
#: A colon right after a verb: the verb leads in to what follows.
_COLON_NEXT_RE = re.compile(r"\s*:")
#: A sentence boundary inside an attribution search.
_SENTENCE_BREAK_RE = re.compile(r"[.!?;]\s")
#: Words after which a gerund has no subject of its own: ", saying", "by saying", "upon saying".
SUBJECTLESS_BEFORE_RE = re.compile(r"(?:,|\b(?:by|upon|after|before|while|when|in|and|but|then|also|as if to))\s*$", re.I)
#: A coordinated verb without its own subject: "... and joked", "... and later said".
_COORDINATED_RE = re.compile(r"\b(?:and|but|then)(?:\s+(?:later|then|also|again|finally|still|once|soon|[a-z]+ly))?\s*$", re.I)
#: What introduces a gerund's own subject: "with Lee saying".
_WITH_RE = re.compile(r"\b(?:with|without)\s*$", re.I)
#: An attribution without a verb: "in Roe's view", "in the words of Jan Roe".
IN_VIEW_RE = re.compile(
    r"\bin\s+(?P<np>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}?)['\u2019]s?\s+"
    r"(?:view|opinion|words|telling|estimation|assessment|account)\b"
    r"|\bin\s+the\s+words\s+of\s+(?P<np2>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})")
_AUXILIARIES = frozenset("will would could did to may might can should must not".split())


def verb_ok(text: str, hit: VerbHit, subject: tuple[int, int] | None) -> bool:
    """Whether a verb form is a verb here. A capitalised form must open a sentence ("Said Roe:",
    not "the United States"); base forms ("say") need a plural or pronoun subject or an auxiliary;
    forms that are also nouns ("states", "reports") need a subject that names someone.

    >>> t = "Officials say the United States reports progress"
    >>> [verb_ok(t, h, np_before(t, h.start)) for h in verb_hits(t)]
    [True, False, True]
    """
    verb = hit.verb
    before = text[:hit.start].rstrip()[-1:]
    if hit.text[:1].isupper() and hit.start > 0 and before not in ".!?:;(\u2014-" + DOUBLE_MARKS and \
            not ends_with_mark(text[max(0, hit.start - 9):hit.start].rstrip()) and \
            not (before == "," and not (verb.noun and verb.form in ("base", "present"))):
        return False
    if subject is None:
        return True
    last = text[subject[0]:subject[1]].split()[-1]
    low = last.lower()
    if verb.noun and verb.form in ("base", "present") and not (
            last[:1].isupper() or low in pronouns() or head_kind(low) in ("role", "organization", "document", "group")):
        return False
    if verb.form != "base":
        return True
    gap = text[subject[1]:hit.start].lower().split()
    return low in ("they", "we", "i", "you") or (low.endswith("s") and not low.endswith("'s")) or \
        any(g in _AUXILIARIES for g in gap)


def cue_after(text: str, pos: int, limit: int) -> Cue | None:
    """The attribution that starts right after a closing quotation mark (``pos`` is just past it).

    >>> t = '"No." -Jan Roe'
    >>> c = cue_after(t, 5, len(t)); t[c.start:c.end], c.how
    ('Jan Roe', 'dash')
    >>> t = '"Yes," Jan Roe, an aide, told reporters.'
    >>> c = cue_after(t, 6, len(t)); t[c.start:c.end], c.verb
    ('Jan Roe', 'told')
    >>> cue_after('"Yes." The mayor added: "No."', 6, 24) is None
    True
    """
    p = _TRAIL_RE.match(text, pos, limit).end()
    if p >= limit:
        return None
    dash = _DASH_RE.match(text, p, limit)
    if dash and dash.end() < limit and text[dash.end()].isupper():
        np = np_after(text, dash.end(), limit)
        if np and _DASH_END_RE.match(text, np[1], limit):
            return Cue(np[0], np[1], None, dash.start(), "dash")
        return None
    for hit in verb_hits(text, p, min(limit, p + 260)):
        verb = hit.verb
        if hit.start == p:
            if verb.lemma == "according to" or verb.inverts:
                np = np_after(text, hit.end, limit)
                if np and not is_pronoun(text, np) and (verb.lemma == "according to" or not _CLAUSE_VERB_RE.match(text, np[1])):
                    return Cue(np[0], np[1], hit.text, hit.start, "according" if verb.lemma == "according to" else "inverted")
            return None
        subject = subject_before(text, hit.start, p)
        if subject and subject[0] == p and verb_ok(text, hit, subject):
            if _COLON_NEXT_RE.match(text, hit.end, limit):
                return None  # '"..." Roe added: "..."': the lead-in of the next quote
            return Cue(subject[0], subject[1], hit.text, hit.start, "after")
        if _SENTENCE_BREAK_RE.search(text, p, hit.start):
            return None
    return None


def _gerund_subject_ok(text: str, floor: int, subject: tuple[int, int]) -> bool:
    """A gerund's own subject is introduced by "with" or opens a clause ("with Lee saying")."""
    return standalone(text, floor, subject[0]) or bool(ends_with(_WITH_RE, text, floor, subject[0]))


def _clause_start(text: str, floor: int, hit: VerbHit) -> int:
    """Where the clause of a subjectless verb starts: its sentence subject, past any introductory
    clause ("As the crowd began to chant, Roe ... joked"); verbs before it belong to another clause."""
    subject = sentence_subject(text, floor, hit.start)
    return subject[0] if subject else floor


def _subordinate(text: str, floor: int, hit: VerbHit) -> bool:
    """Whether a verb's clause is a subordinate one ("before the rains begin"), which reports no words.

    >>> t = "Roe said that before the rains begin, it was dry"
    >>> _subordinate(t, 0, verb_hits(t)[-1]), _subordinate(t, 0, verb_hits(t)[0])
    (True, False)
    """
    subject = subject_before(text, hit.start, floor)
    return subject is not None and bool(_SUBORDINATOR_RE.search(text, max(floor, subject[0] - 12), subject[0]))


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    """Label words that introduce quoted words but never speak them (``data/quote_labels.csv``)."""
    return frozenset(r["word"].lower() for r in read_table("quote_labels.csv") if r["note"] != "modifier")


@lru_cache(maxsize=1)
def _label_modifiers() -> frozenset[str]:
    """Words that may come before a label ("the full transcript"), ``data/quote_labels.csv``."""
    return frozenset(r["word"].lower() for r in read_table("quote_labels.csv") if r["note"] == "modifier")


#: "as follows" after a label: "Transcript as follows:".
_AS_FOLLOWS_RE = re.compile(r"\s+as\s+follows\b", re.I)


def _is_label(text: str, cue: Cue) -> bool:
    """Whether a cue's phrase is a label ("Transcript", "Full text", "the excerpt"), not a speaker.

    >>> t = 'Full text: "We'
    >>> _is_label(t, Cue(0, 9, None, 9, "colon"))
    True
    """
    end = max(cue.end, cue.verb_at) if cue.how == "colon" else cue.end  # "Full transcript:" past its "Full"
    ws = _AS_FOLLOWS_RE.sub("", text[cue.start:end]).lower().split()
    while ws and ws[0] in _label_modifiers():
        ws = ws[1:]
    return " ".join(ws) in _labels()


def cue_before(text: str, floor: int, pos: int) -> Cue | None:
    """The nearest attribution with a speaker before a quote opening at ``pos`` (see
    :func:`_cue_before`); a label such as "Transcript:" or "Excerpt:" names no speaker.

    >>> t = 'Transcript as follows: "We'
    >>> cue_before(t, 0, t.index('"')) is None
    True
    """
    cue = _cue_before(text, floor, pos)
    return None if cue is not None and _is_label(text, cue) else cue


def _cue_before(text: str, floor: int, pos: int) -> Cue | None:
    """The nearest attribution with a speaker between ``floor`` and a quote opening at ``pos``.

    A verb with no subject of its own (", adding that", "and joked", "by tweeting") is passed
    over for the verb before it in the same clause, and failing that takes the subject that opens
    the clause; "NAME:" right before the quote is a colon lead-in, and so is any clause ending in a
colon, whose subject then speaks.

    >>> t = 'Jan Roe said on Friday, adding that it was "fine'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.verb
    ('Jan Roe', 'said')
    >>> t = 'Pollsters agree - Jan Roe: "Thanks'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.how
    ('Jan Roe', 'colon')
    >>> t = 'Hours later, Jan Roe thanked him, telling Reuters, "Yes'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.verb
    ('Jan Roe', 'telling')
    >>> t = 'Jan Roe delivered a snappy retort: "No'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.how
    ('Jan Roe', 'colon')
    >>> t = 'Then Roe called them on it: "No'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end]
    'Roe'
    >>> t = 'Eva Lind said the timing, just before school holidays begin, was "regrettable'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end]
    'Eva Lind'
    >>> t = 'What it means - More from Roe: "No'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end]
    'Roe'
    """
    lead = text[floor:pos].rstrip()
    if lead.endswith(":"):
        colon = floor + len(lead) - 1
        np = np_before(text, colon, floor)
        if np and name_like(text, np) and _FROM_RE.search(text, floor, np[0]):
            return Cue(np[0], np[1], None, colon, "colon")  # "Polls were early - More from Roe: "…"": Roe's
        if np and _object_of_verb(text, floor, np):
            np = None  # "..., telling Breitbart London:": the one told, not the speaker
        if np and not standalone(text, floor, np[0]) and not is_pronoun(text, np):
            np = _trailing_name(text, np)  # "... surprise pollster Jan Roe:" → "pollster Jan Roe"
            np = np if np and len(text[np[0]:np[1]].split()) >= 2 and not verb_hits(text, np[0], np[1]) else None
            if np:
                return Cue(np[0], np[1], None, colon, "colon")
        elif np and (name_like(text, np) or is_pronoun(text, np) and standalone(text, floor, np[0])):
            np = leading_name(text, np)  # "Later, Lind went further:": Lind
            return Cue(np[0], np[1], None, colon, "colon")  # "He:" speaks; in "called them on it:" the subject does
    subjectless: VerbHit | None = None
    clause_from = floor
    for hit in reversed(verb_hits(text, floor, pos)):
        if hit.start < clause_from or not verb_ok(text, hit, None):
            continue
        if hit.verb.lemma in _QUOTE_ONLY and _subordinate(text, floor, hit):
            continue  # "just before school holidays begin in May, was "...": no one began to speak
        verb = hit.verb
        if verb.lemma == "according to":
            np = np_after(text, hit.end, pos)
            if np:
                return Cue(np[0], np[1], hit.text, hit.start, "according")
            continue
        if verb.form == "gerund" and ends_with(SUBJECTLESS_BEFORE_RE, text, floor, hit.start):
            subjectless = subjectless or hit
            clause_from = _clause_start(text, floor, subjectless)
            continue
        subject = subject_before(text, hit.start, floor)
        if subject and verb_ok(text, hit, subject):
            if verb.form == "gerund" and not _gerund_subject_ok(text, floor, subject):
                subjectless = subjectless or hit
                clause_from = _clause_start(text, floor, subjectless)
                continue
            return Cue(subject[0], subject[1], hit.text, hit.start, "before")
        if ends_with(_COORDINATED_RE, text, floor, hit.start):
            subjectless = subjectless or hit
            clause_from = _clause_start(text, floor, subjectless)
            continue
        before = text[floor:hit.start].rstrip()
        if verb.inverts and (not before or before.endswith((",", ":"))):
            np = np_after(text, hit.end, pos)
            if np and not is_pronoun(text, np) and not _CLAUSE_VERB_RE.match(text, np[1]):
                return Cue(np[0], np[1], hit.text, hit.start, "inverted")
    view = IN_VIEW_RE.search(text, floor, pos)
    if view:
        g = "np" if view.group("np") else "np2"
        return Cue(view.start(g), view.end(g), None, view.start(), "according")
    if subjectless is not None:
        subject = sentence_subject(text, floor, subjectless.start)
        if subject:
            return Cue(subject[0], subject[1], subjectless.text, subjectless.start, "before")
    if lead.endswith(":"):  # "Roe delivered a snappy retort:": the clause's subject introduces the quote
        colon = floor + len(lead) - 1
        subject = sentence_subject(text, floor, colon)
        if subject and (name_like(text, subject) or is_pronoun(text, subject)) and not (
                text[subject[0]:subject[1]].lower() in _WH_WORDS or _LABEL_RE.match(text, subject[1], colon)):
            return Cue(subject[0], subject[1], None, colon, "colon")  # not "What that means - ...:", "Name: Eva ...:"
    return None


#: A verb right after the phrase that follows "said": the phrase is the subject of a reported clause
#: ('..., said his boss was "kind"'), not the speaker of an inverted attribution ('..., said Jan Roe').
_CLAUSE_VERB_RE = re.compile(r"\s+(?:is|was|are|were|had|has|have|would|will|could|should|might|must|did)\b")
#: "from" right before a name and a colon: 'More from Roe: "…"', 'A statement from Roe: "…"'.
_FROM_RE = re.compile(r"(?:^|\s)[Ff]rom\s+$")
#: A word and a colon, as in a form's labels: "Name: Eva Roe Age: 27 ..." (no clause's subject).
_LABEL_RE = re.compile(r"\s*:")
_WH_WORDS = frozenset("what why how when where who which whether".split())


def _object_of_verb(text: str, floor: int, np: tuple[int, int]) -> bool:
    """Whether a phrase is the object of the reporting verb right before it ("telling Reuters").

    >>> t = "Roe hit back, telling Breitbart London"
    >>> _object_of_verb(t, 0, (t.index("B"), len(t)))
    True
    """
    hits = verb_hits(text, floor, np[0])
    return bool(hits) and bool(_OBJECT_GAP_RE.fullmatch(text, hits[-1].end, np[0])) and (
        hits[-1].verb.form == "gerund" or hits[-1].verb.lemma in _TOLD_LEMMAS)


#: What may stand between a verb and the one it addresses: "writing to the Harbor Gazette".
_OBJECT_GAP_RE = re.compile(r"\s*(?:to\s+)?(?:the\s+)?", re.I)
#: Verbs whose object is the one spoken to ("told CNN:"), never the speaker.
_TOLD_LEMMAS = frozenset({"tell", "ask"})


def cue_in(text: str, start: int, end: int, skip: Iterable[tuple[int, int]] = ()) -> Cue | None:
    """The last attribution in ``text[start:end]`` outside the quotes in ``skip`` (for a quote whose
    speaker was named earlier in its paragraph: 'Roe agreed. "It is time."').

    >>> t = 'Jan Roe agreed. "Time is short."'
    >>> c = cue_in(t, 0, t.index('"')); t[c.start:c.end]
    'Jan Roe'
    """
    pieces, at = [], start
    for a, b in sorted((a, b) for a, b in skip if start <= a < end):
        pieces.append((at, a))
        at = b + 1
    pieces.append((at, end))
    for a, b in reversed(pieces):
        for sa, sb, _ in reversed(split_sentences(text[a:b], a)):
            cue = cue_before(text, sa, sb)
            if cue is not None:
                return cue
    return None


def subjects_in(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Named subjects of the reporting verbs in ``text[a:b]`` (speakers of reported speech).

    >>> t = "Jan Roe said the plan failed, adding that Eze agreed."
    >>> [t[s:e] for s, e in subjects_in(t, 0, len(t))]
    ['Jan Roe', 'Eze']
    >>> t = '"No," said Eva Lind, 67.'
    >>> [t[s:e] for s, e in subjects_in(t, 5, len(t))]
    ['Eva Lind']
    >>> t = "Jan Roe, R-Olathe, said the House is unlikely to pass it before the rains begin."
    >>> [t[s:e] for s, e in subjects_in(t, 0, len(t))]
    ['Jan Roe']
    """
    out = []
    after_quote = ends_with_mark(text[max(0, a - 3):a].rstrip())
    for hit in verb_hits(text, a, b):
        if hit.verb.lemma in _QUOTE_ONLY and not (after_quote or _QUOTE_NEXT_RE.match(text, hit.end)):
            continue  # "before the rains begin": no one speaks
        lead = text[a:hit.start].rstrip()
        if hit.verb.inverts and (lead.endswith(",") or (not lead.strip(",") and ends_with_mark(text[max(0, a - 2):a]))):
            np = np_after(text, hit.end, b)  # "..., said Jan Roe, an aide"
            if np and not is_pronoun(text, np) and name_like(text, np) and _CLAUSE_END_RE.match(text, np[1]):
                out.append(np)
                continue
        if hit.verb.form == "gerund" and ends_with(SUBJECTLESS_BEFORE_RE, text, a, hit.start):
            continue
        np = subject_before(text, hit.start, a)
        if not np or not verb_ok(text, hit, np) or is_pronoun(text, np) or not any(ch.isalpha() for ch in text[np[0]:np[1]]):
            continue
        if hit.verb.form == "gerund" and not _gerund_subject_ok(text, a, np):
            continue
        out.append(np)
    return out
