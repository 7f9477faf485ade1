"""Reporting clauses in a sentence: who says something, and which side of the sentence it covers.

In: a sentence. Out: :class:`Attribution` records for "X said", "X has confirmed", "…, the
agency said", "according to X" and "…," said X: the source as written, its span, and whether it
covers what comes before it, after it, or both. Reporting verbs and sources come from
``data/figures_claim_verbs.csv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import read_table
from ..actors import head_kind
from .grammar import patterns
from .nouns import _is_time_word
from .subjects import (PRONOUNS, TOKEN_RE, _TIME_UNITS, _apposed, _apposed_name, _document_by_issuer, _negated,
                       _coordinated_subject, _participle_subject, _phrase_before, _respondents, _shared_subject, _standalone, _subject_after,
                       _subject_before, _verb_at, _whole, _with_document_before, _with_issuer)
from .vocabulary import _word_starts

_THAT_RE = re.compile(r"\s+that\b")
#: "that" within two words after a verb: "X, the manager, insisted afterwards that ..." covers what follows only.
_THAT_NEAR_RE = re.compile(r"(?:\s+[A-Za-z]+){0,2}?\s+that\b")
_OF_RE = re.compile(r"\s+of\b")
_TO_RE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|[A-Z\d])")
#: What a verb such as "put" needs to report a figure: "put the toll at", "measured it at", "pegs losses at".
_AT_OBJECT_RE = re.compile(r"(?:\s+[\w'\u2019-]+){1,4}?\s+at\b")
_AN_RE = re.compile(r"(?i)an?\s")


@dataclass(frozen=True)
class Attribution:
    """A reporting verb (or "according to") and its source, within a sentence.

    ``before``: it may cover what comes before it ("…, the agency said."); ``after``: what comes
    after it ("Lima said (that) …", "according to X, …").
    """
    text: str
    start: int
    end: int
    verb_end: int
    before: bool
    after: bool
    source: bool = False        # "according to X": the source of what it is attached to, before or after
    narrow: bool = False        # "called for": covers its object only, not a clause after it


#: A statement that ends right after its verb: "said.", "said Sunday,", "said last week." (a verb
#: followed by more words, "said the river rose.", covers what follows it).
SHORT_TAIL_RE = re.compile(r"(?:[ \u00a0]+[A-Za-z'\u2019-]+){0,5}?[ \u00a0]*(?:[.,;:!?)\]\u2014\u2013]|$)")


#: Words that may follow a verb that ends its statement: "said Sunday.", "said in a statement,", "told reporters."
TAIL_WORDS = frozenset("on in at last this earlier later today yesterday tonight afterwards then again too also alone "
                       "separately statement a an interview morning afternoon evening night recently previously there "
                       "here reporters".split())


#: Where a statement was made, after its verb: " in New York", " at the Lima Forum", " in Ohio state".
_PLACE_TAIL_RE = re.compile(r"[ ]+(?:in|at|from|outside)[ ]+(?:the[ ]+)?[A-Z][\w'\u2019.-]*(?:[ ]+(?:of[ ]+)?[A-Z][\w'\u2019.-]*){0,3}"
                            r"(?:[ ]+(?:state|city|province|county|region))?(?=[ ]*(?:[.;!?)]|$)|[ ]+(?:on|last|this|in|at)\b)")


#: An aside in dashes or commas between a verb and the "that" of what was said: " — on Twitter — that",
#: ", in a statement late Monday, that".
_ASIDE_THAT_RE = re.compile(r"\s*(?:[\u2014\u2013]|--|[ ]-[ ])[^\u2014\u2013;.]{1,80}?(?:[\u2014\u2013]|--|[ ]-[ ])\s*that\b|,[^,;.]{1,80},[ ]+that\b")


#: A participle after its noun and before the clause's own verb: " in New York state on Friday was", " last week stood".
_REDUCED_RELATIVE_RE = re.compile(r"(?:[ ]+(?:in|at|from)[ ]+(?:the[ ]+)?[A-Z][\w.'\u2019-]*(?:[ ]+[A-Z][\w.'\u2019-]*){0,3}"
                                  r"(?:[ ]+(?:state|city|county|province|region))?)?(?:[ ]+(?:on[ ]+)?(?:[A-Z][a-z]+day|yesterday|"
                                  r"today|(?:last|this)[ ]+(?:week|month|year)))?[ ]+(?:was|were|stood|totalled|totaled)\b")
#: What makes the word after it a verb, not a subject: "must not play recorded music", "to play".
_VERB_BEFORE_RE = re.compile(r"\b(?:not|to|must|can|could|will|would|should|may|might|shall)[ ]+$")


def _tail_ends(text: str, pos: int) -> bool:
    """Whether a statement ends right after its verb at ``pos``: a mark after at most five words of
    time or manner ("said.", "said Sunday,", "said Tuesday in a statement."), not "said the victims, ...".

    >>> _tail_ends("X said on Friday.", 6), _tail_ends("X said Tuesday in a statement.", 6)
    (True, True)
    >>> _tail_ends("X said the victims, aged 9, wept.", 6), _tail_ends("X announced in New York state on Monday.", 11)
    (False, True)
    """
    if _THAT_RE.match(text, pos):
        return False
    if _PLACE_TAIL_RE.search(text, pos, pos + 160):  # "said in New York", "announced in Ohio state": where, not what
        text, pos = _PLACE_TAIL_RE.sub("", text[pos:pos + 160]), 0
    m = SHORT_TAIL_RE.match(text, pos)
    if not m:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z'\u2019-]+", m.group())]
    return all(w in TAIL_WORDS or _is_time_word(w) or w.rstrip("s") in _TIME_UNITS for w in words)


def _a_noun_use(verb: str, subject: str, base_verbs: frozenset) -> bool:
    """Whether a verb that is also a plural noun ("reports", "claims", "estimates") is that noun: after
    a determiner and words that name no one ("the new reports", not "the agency reports").

    >>> _a_noun_use("reports", "the new", frozenset({"report"})), _a_noun_use("reports", "the agency", frozenset({"report"}))
    (True, False)
    """
    if not (verb.endswith("s") and verb[:-1] in base_verbs):
        return False
    words = subject.split()
    return words[0].lower() in ("the", "these", "those", "its", "their") and not any(w[:1].isupper() for w in words) \
        and not head_kind(subject)


def attributions_in(text: str) -> list[Attribution]:
    """The attributions of a sentence: who says what, and which side of the sentence each covers.

    >>> [(a.text, a.before, a.after) for a in attributions_in("The port shipped 14,500 crates, the INEI said.")]
    [('the INEI', True, False)]
    >>> [(a.text, a.before, a.after) for a in attributions_in("Last week, Ottawa's statistics agency said that 2,500 left.")]
    [("Ottawa's statistics agency", False, True)]
    """
    out = []
    pat = patterns()
    for start in _word_starts(text, pat.claim_words):
        m = pat.claim.match(text, start)
        if m is None:
            continue
        if m.group("source"):
            subj = _subject_after(text, m.end())
            if subj:
                subj = _with_issuer(text, subj)  # "according to a report by the council"
                out.append(Attribution(subj[0], m.start(), subj[2], m.end(), m.start() > 0, True, source=True))
            continue
        if start and text[start - 1] in "-\u2010":
            continue  # "better-than-expected": part of a word
        verb = m.group().lower()
        if verb.endswith("ing") and not (verb == "claiming" and _SHARE_WON_RE.match(text, m.end())):
            # "…, saying 40 died": the subject of the clause it hangs on; "X is forecasting 29 C": X
            be = _PROGRESSIVE_RE.search(text, max(0, m.start() - 30), m.start())
            subj = _subject_before(text, be.start()) if be else _participle_subject(text, m.start())
            if subj:
                out.append(Attribution(subj[0], subj[1], m.end(), m.end(), False, True))
            continue
        if verb in ("added", "adds", "add") and _AMOUNT_AFTER_RE.match(text, m.end()) or (
                verb.startswith("claim") and _SHARE_WON_RE.match(text, m.end())):
            continue  # "we have added 1 million jobs", "claimed 41 percent of the vote": a count, not a statement
        if _TO_RE.match(text, m.end()) and m.group().lower() not in pat.commitment_verbs and not _PRONOUN_BEFORE_RE.search(
                text, max(0, m.start() - 12), m.start()):
            continue  # "a levy expected to raise", "said to be worth": no source; "promised to spend", "he expects to" are
        if m.group().lower() in pat.at_verbs and not _AT_OBJECT_RE.match(text, m.end()):
            continue  # "put the toll at 384", "measured it at 6.9" report a figure; "put 40 troops on alert" does not
        if m.group().lower() in pat.base_verbs and (_OF_RE.match(text, m.end()) or _A_NOUN_BEFORE_RE.search(
                text, max(0, m.start() - 40), m.start())):
            continue  # "the average estimate of $4.6bn", "pointed to a February report": a noun
        if _REDUCED_RELATIVE_RE.match(text, m.end()):
            continue  # "The rise in deaths announced in Lima on Friday was 777": a participle describing its noun
        tail_ends = _tail_ends(text, m.end()) and not _ASIDE_THAT_RE.match(text, m.end())
        # "X said — on Twitter, as it happens — that 40 ...": an aside between the verb and what was said
        subj = read = _apposed_name(text, m.start())
        if subj is None:
            subj = read = _subject_before(text, m.start())
            verb_at = _verb_at(text, m.start())
            if subj is None:
                subj = _coordinated_subject(text, m.start())  # "X raised its target and said ...": X
            if subj and subj[0].lower() not in PRONOUNS and (not _whole(text, subj[1]) or _apposed(text, verb_at)):
                subj = _shared_subject(text, verb_at) or subj  # the speakers' grammar reads "X of Y's agency, the ..., said"
            elif subj is None and not _negated(text, m.start()):
                subj = _shared_subject(text, verb_at)
        if subj and m.group().lower() in pat.finding_verbs and not (
                tail_ends or _THAT_RE.match(text, m.end()) or head_kind(subj[0]) in ("document", "group")
                or any(w.lower() in pat.documents or w.lower()[:-1] in pat.documents for w in TOKEN_RE.findall(
                    text, max(0, subj[1] - 100) if _capitalised(subj[0]) else _clause_start(text, subj[1]), subj[2]))):
            continue  # "they found two saws" is no finding reported; "the study found", "…, the team found" are
        if subj:
            subj = _with_document_before(text, subj)
            if not _standalone(text, subj[1]):
                subj = _phrase_before(text, subj)  # "Cattle producers in north Queensland fear"
            if subj is None or _respondents(text, subj):
                subj = _document_by_issuer(text, m.start())  # "67 percent of voters said", "the eyes of many analysts
                # shows": no source; "An analysis by Lima Polling of elections since 1972 showed": Lima Polling's
        if subj and m.group().lower() in pat.base_verbs and (_AN_RE.match(subj[0]) or (read and _AN_RE.match(read[0]))):
            subj = None  # "a fake war report", "pointed to a February report": a noun phrase, not "X reports"
        if subj and (_a_noun_use(m.group().lower(), subj[0], pat.base_verbs) or subj[0].lower() in pat.claim_words
                     or _VERB_BEFORE_RE.search(text, max(0, subj[1] - 12), subj[1]) or subj[0][-1:].isdigit()):
            subj = None  # "the new reports raised ...", "touted estimates that ...": "reports", "estimates" are nouns;
            # "must not play recorded music": "play" is a verb, "recorded" describes the music; "won 758 pledged
            # delegates": a participle describing what a number counts
        if subj and _CONTRACTED_RE.fullmatch(subj[0]):
            subj = (subj[0][:_CONTRACTED_RE.fullmatch(subj[0]).end(1)], subj[1], subj[2])  # "they've suggested": they
        if subj:
            lead = text[:subj[1]].rstrip()
            before = bool(lead) and lead[-1] in AFTER_CLAUSE_MARKS and (
                tail_ends or _told_listener(text, verb, m.end()) or bool(_FRONTED_RE.fullmatch(lead)))
            # "With some 1,800 agents and 240 aircraft, Lima Patrol says it ...": the fronted phrase is its too
            after = not tail_ends or bool(_AS_RE.search(lead) or (before and _MIDDLE_RE.match(text, m.end()))
                                          or _COLON_AFTER_RE.match(text, m.end()))  # "she said: students who ..."
            # "As Roe noted, 40 ...", "The issues, respondents said, are jobs (34 percent) ...": what follows too
            out.append(Attribution(subj[0], subj[1], m.end(), m.end(), before, after, narrow=verb in _object_verbs()))
            continue
        lead = text[:m.start()].rstrip()
        if lead and lead[-1] in AFTER_CLAUSE_MARKS:  # inverted: "…," said Jake Sullivan
            subj = _subject_after(text, m.end())
            if subj:
                out.append(Attribution(subj[0], m.start(), subj[2], m.end(), True, False))
    return out


#: A phrase fronted before a sentence's subject, which what the subject says takes in: "With 1,800 agents, X says".
_FRONTED_RE = re.compile(r"(?:With|Among|Despite|Given)\b[^;:\"\u201c\u201d]*,")
#: A colon right after a verb (and a time), which opens what is said: "she said: students who missed ...".
_COLON_AFTER_RE = re.compile(r"(?:[ ]+(?:on|last|this)?[ ]*[A-Za-z]+day)?[ ]*:")
#: A form of "be" before a verb in -ing: "Environment Lima is forecasting", "The union was demanding".
_PROGRESSIVE_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:also|now|still|already)\s+)?$")
#: "a" or "an" and at most two words before a verb's plain form, which is then a noun: "a February report".
_A_NOUN_BEFORE_RE = re.compile(r"(?i)\ban?[ ]+(?:[\w-]+[ ]+){0,2}$")
#: A pronoun right before a verb, which then reports even before "to": "a market he expects to reach $95bn".
_PRONOUN_BEFORE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+$")
#: Verbs whose object is who hears the statement: "told reporters", "tells a news conference".
LISTENER_VERBS = frozenset(("told", "tells", "tell"))
#: What "told" ends a sentence with when it names only the listeners: "told a news conference in Lima."
_LISTENER_TAIL_RE = re.compile(r"(?:[ ]+[A-Za-z'\u2019.&-]+){1,7}?[ ]*(?:[.;!?]|$)")
#: Words that show a statement goes on after "told": "told reporters the river was rising".
_CLAUSE_WORDS = frozenset("that is was were are had has have would will could can did does may might".split())


@lru_cache(maxsize=1)
def _object_verbs() -> frozenset:
    """Verbs that claim their object only (``object`` rows of ``data/figures_claim_verbs.csv``): "called for"."""
    return frozenset(r["phrase"] for r in read_table("figures_claim_verbs.csv") if r["form"] == "object")


def _capitalised(phrase: str) -> bool:
    return any(w[:1].isupper() for w in phrase.split()[1:]) or phrase[:1].isupper() and phrase.split()[0].lower() not in (
        "the", "a", "an", "but", "and")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last comma, semicolon or dash before it, at
    most 100 characters back ("in the survey, taken in July, But simple math shows": "But simple math")."""
    lo = max(0, pos - 100)
    return max([lo] + [text.rfind(c, lo, pos) + 1 for c in ",;\u2014\u2013"])


def _told_listener(text: str, verb: str, pos: int) -> bool:
    """Whether "told" at ``pos`` ends its sentence with the listeners only ("…, Jan Roe told a news
    conference in Lima."), so that it covers what comes before it.

    >>> _told_listener("Rents rose, Roe told a news conference in Lima.", "told", 20)
    True
    >>> _told_listener("Rents rose, Roe told reporters the rise would last.", "told", 20)
    False
    """
    m = _LISTENER_TAIL_RE.match(text, pos) if verb in LISTENER_VERBS else None
    return bool(m) and not any(w.lower() in _CLAUSE_WORDS for w in m.group().split())


#: Marks before a subject that show it follows what it attributes: '…, the agency said', '"…," he said'.
AFTER_CLAUSE_MARKS = ",\"\u201d\u2019'\u2014\u2013("
#: "As" opening a clause before its subject: "As Roe noted, ...", "..., as the agency reported, ...".
_AS_RE = re.compile(r"(?:^|[,;:(\u2014\u2013]\s*|\b(?:and|but)\s+)[Aa]s$")
#: A reporting clause set in the middle of its sentence: "…, respondents said, are …".
_MIDDLE_RE = re.compile(r"(?:[ ]+[A-Za-z'\u2019-]+){0,4}?,[ ]+(?!and\b|but\b|while\b|which\b|who\b|after\b|as\b)[a-z]")
#: A pronoun with a contraction: "they've suggested", "she'd said".
_CONTRACTED_RE = re.compile(r"(?i)(he|she|they|we|i|it)['\u2019](?:ve|d|ll|re|s)")
#: A share won after "claimed": "claimed 41 percent of the vote", "claiming 12 seats".
_SHARE_WON_RE = re.compile(r"\s+(?:(?:about|some|nearly|almost|more|than|over|just|only)\s+)*[\d.,]+\s*(?:%|percent|per\s+cent)?"
                           r"(?:\s+of\s+(?:the\s+)?(?:vote|votes|ballots|delegates|seats)|\s+(?:delegates|seats|votes)\b)")
#: An amount right after a verb: "added 1 million jobs", "added another $4m".
_AMOUNT_AFTER_RE = re.compile(r"\s+(?:(?:about|some|nearly|almost|more|than|over|another|an|additional|a|further)\s+)*"
                              r"[\d$\u00a3\u20ac]")

