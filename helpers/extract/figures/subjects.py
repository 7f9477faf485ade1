"""Who a reporting verb names: the noun phrase before it ("Peru's statistics agency said"), after it
("according to X", '"…," said X'), behind an appositive ("Jan Roe, 74, said"), a document with its
issuer ("a report by the council") and the subject a participle or a share of respondents stands for.

In: a sentence and the position of its reporting verb (:mod:`.reporting` finds the verbs). Out: the
subject as written and its span, or None when the words before the verb name no one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..attribution import sentence_subject, subject_before
from .grammar import document_words, patterns
from .nouns import STOP_WORDS, _is_time_word
from .vocabulary import number_words

#: Pronouns: a claimant written as one is looked up among the named claimants before it.
PRONOUNS = frozenset("he she they it we i".split())
#: Words between a subject and its reporting verb ("The World Bank has also confirmed").
AUXILIARIES = frozenset("has have had also earlier previously reportedly already later again now recently separately "
                        "officially publicly initially first further repeatedly would will could may might did does do "
                        "not never wouldn't won't didn't doesn't don't can't cannot couldn't".split())
#: Negations between a subject and its verb: "X wouldn't say how many" attributes nothing.
NEGATIONS = frozenset("not never n't wouldn't won't didn't doesn't don't can't cannot couldn't declined refused".split())
#: Forms of "be": "were reported killed" is a passive, not an attribution.
BE_FORMS = frozenset("is are was were be been being".split())
#: A token of a text before a reporting verb: a word (with "'s", inner dots and hyphens) or a mark.
TOKEN_RE = re.compile(r"[A-Za-z0-9](?:[\w.\u2019&-]|'(?!'))*|''|``|[,;:()\[\]\"\u201c\u201d\u2018\u2019\u2014\u2013]")
#: "by" or "from" and a name after a document: "a report by the council", "an estimate from Lima Analytics".
_ISSUER_AFTER_RE = re.compile(r"\s+(?:(?:released|published|compiled|issued)\s+(?:(?:on\s+|last\s+|this\s+)?(?:[A-Z][a-z]+day|"
                              r"today|yesterday|earlier|week|month|year)\s+)?)?(?:by|from)\s+")
#: ... or past what it covers: "a poll of 400 voters released on Friday by Lima Polling".
_ISSUER_PAST_RE = re.compile(r"\s+(?:of|in|on|among)\s+[^,;:()]{1,80}?\s+(?:by|from)\s+(?=(?:the\s+)?[A-Z])")
#: A name, then an age or post-nominals (and maybe one more appositive) before the verb: "Jan Roe, 74,
#: said", "Eva Lind, MD, a doctor in Lima, said", "Sir Jan, 61, who served ..., said".
APPOSED_NAME_RE = re.compile(r"(?P<name>(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:[ ][A-Z][\w'\u2019-]*)*),[ ]+"
                             r"(?:\d{1,3}|[A-Z][A-Za-z.]{1,5}(?:,[ ]+[A-Z][A-Za-z.]{1,5})*)(?:,[ ]+[^,]{1,90})?,[ ]*$")

#: An appositive giving a body's short name: "the disaster agency, known as BNPB, said".
_KNOWN_AS_RE = re.compile(r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w'\u2019-]*)(?:[ ]+[\w'\u2019-]+){0,5},[ ]+"
                          r"(?:(?:also|better|formerly|widely)[ ]+)?known[ ]+(?:locally[ ]+)?as[ ]+"
                          r"(?P<alias>[A-Z][\w.&'\u2019-]*(?:[ ]+[A-Z][\w.&'\u2019-]*){0,4}),[ ]*$")
#: Auxiliaries right before a verb: "had", "has also", "would".
_AUX_BEFORE_RE = re.compile(r"(?:(?<=[ ,])(?:had|has|have|would|will|also|later|earlier|then)[ ]+)+$")
#: What may stand between a subject and its verb and is no part of it: an acronym in brackets ("the
#: Office for National Statistics (ONS) said") or a time ("the survey in June found").
_SKIP_BEFORE_VERB_RE = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\)|\s+(?:(?:released|published|conducted|taken)"
                                  r"(?:\s+(?:on|last|this))?|in|on|last|this|earlier|late|early)\s+"
                                  r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                                  r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year))+"
                                  r"\s*$")
_TIME_UNITS = frozenset("hour day week weekend fortnight month quarter year".split())
#: Words in -ly that are adjectives in a source's name: "early results", "the quarterly survey".
LY_ADJECTIVES = frozenset("early daily weekly monthly quarterly yearly tally rally ally family assembly supply "
                          "monopoly anomaly italy".split())  # and nouns in -ly: "a tally by X", "the family"
#: Words that link a sentence to the one before, never part of its subject: "But Roe said", "Still, ...".
SENTENCE_ADVERBS = frozenset("but yet so however still meanwhile instead nevertheless nonetheless also".split())
#: Words that open a clause before its subject: "When Roe announced", "As the agency noted".
CLAUSE_OPENERS = frozenset("when as while after before if because since although though once until unless where "
                           "whereas whether".split())


def _verb_at(text: str, verb_start: int) -> int:
    """Where a subject before a verb ends: before an acronym in brackets or a time between them."""
    before = text[max(0, verb_start - 12):verb_start].rstrip()
    if not before or not (before.endswith(")") or before.rsplit(None, 1)[-1].lower() in _SKIPPED_LAST):
        return verb_start  # the cheap test first: most verbs follow their subject directly
    skip = _SKIP_BEFORE_VERB_RE.search(text, max(0, verb_start - 100), verb_start)  # "X (ACARA) show", "X in June found"
    return skip.start() if skip else verb_start


_SKIPPED_LAST = frozenset("january february march april may june july august september october november december monday "
                          "tuesday wednesday thursday friday saturday sunday week month year".split())


def _subject_before(text: str, verb_start: int) -> tuple[str, int, int] | None:
    """The noun phrase before a reporting verb: "Peru's National Statistics Institute said",
    "the INEI said", "Lima and Quito confirmed", "The United Nations has also confirmed".

    >>> _subject_before("Last week, Lima and Quito confirmed", 26)
    ('Lima and Quito', 11, 25)
    >>> _subject_before("The Lima Statistics Office (LSO) in June found", 41)[0]
    'The Lima Statistics Office'
    """
    lo = max(0, verb_start - 100)
    verb_start = _verb_at(text, verb_start)
    toks = [(m.group(), m.start() + lo, m.end() + lo) for m in TOKEN_RE.finditer(text[lo:verb_start])]
    i = len(toks) - 1
    while i >= 0 and (toks[i][0].lower().replace("\u2019", "'") in AUXILIARIES or _manner(toks[i][0])):
        if toks[i][0].lower().replace("\u2019", "'") in NEGATIONS:
            return None  # "wouldn't say", "did not confirm": no attribution
        i -= 1  # "she jokingly tells", "Roe flatly denied": an adverb of manner is no part of the subject
    if i < 0 or toks[i][0].lower() in BE_FORMS:
        return None
    if i + 1 < len(toks) and toks[i + 1][0].lower() in ("later", "earlier") and toks[i][0].lower().rstrip("s") in _TIME_UNITS:
        i -= 1  # "Roe a month later announced", "the agency two weeks earlier said": the time is no subject
        while i >= 0 and (toks[i][0].lower() in ("a", "an", "one", "few", "several", "some") or toks[i][0].isdigit()
                          or toks[i][0].lower() in number_words()):
            i -= 1
        if i < 0:
            return None
    head = toks[i][0]
    if head.lower() in PRONOUNS:
        return head, toks[i][1], toks[i][2]
    if head.lower().endswith(("'s", "\u2019s")) or _is_time_word(head.lower()):
        return None  # "Chile's claims", "on Monday announced": no subject
    taken: list[int] = []
    lower = 0
    while i >= 0 and len(taken) < 9:
        w = toks[i][0]
        low = w.lower()
        left = toks[i - 1][0] if i > 0 else ""
        if not w[0].isalnum():
            break
        if low in ("the", "a", "an"):
            taken.append(i)
            break
        if low in ("and", "&", "of", "for"):
            if not taken or not left[:1].isupper():
                break
        elif _is_time_word(low) or low in CLAUSE_OPENERS or low in SENTENCE_ADVERBS:
            break  # "When Roe announced", "But Roe said": "When" opens the clause, "But" links it; they name no one
        elif w[0].isupper():
            pass
        elif w[0].isdigit() or low in STOP_WORDS or (low.endswith(("ed", "ly")) and low not in LY_ADJECTIVES) or lower >= 4 or (
                low.endswith("ing") and not _inside_phrase(toks, i)):
            break
        else:
            lower += 1
        taken.append(i)
        i -= 1
    while taken and toks[taken[-1]][0].lower() in ("and", "&", "of", "for"):
        taken.pop()
    if not taken or all(toks[k][0].lower() in ("the", "a", "an") for k in taken):
        return None
    s, e = toks[taken[-1]][1], toks[taken[0]][2]
    if _AS_A_RE.search(text, max(0, s - 4), s) and toks[taken[-1]][0].lower() in ("a", "an"):
        return _subject_before(text, _AS_A_RE.search(text, max(0, s - 4), s).start())  # "The US as a whole has"
    return text[s:e], s, e


#: "as" before a phrase read back from a verb, which then describes the subject before it: "The US as a whole".
_AS_A_RE = re.compile(r"\s+as\s+$")


def _manner(word: str) -> bool:
    """Whether a word between a subject and its verb is an adverb of manner ("jokingly", "flatly"), not
    an adjective of a source's name ("the quarterly survey").

    >>> _manner("jokingly"), _manner("quarterly"), _manner("Lily")
    (True, False, False)
    """
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in LY_ADJECTIVES


def _inside_phrase(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the word in -ing at ``toks[i]`` modifies the noun after it inside a subject read back from
    its verb ("the FEWS NET famine early warning system said"), rather than opening a clause
    ("Speaking Roe said"): a word or a determiner stands before it."""
    if i == 0:
        return False
    left = toks[i - 1][0]
    return left[:1].isalnum() and (left.lower() in ("the", "a", "an") or left.lower() not in STOP_WORDS) \
        and left.lower() not in CLAUSE_OPENERS


def _modifies(word: str, nxt: str) -> bool:
    """Whether a word in -ing read after "according to" modifies the word after it ("ship-tracking data",
    "polling firm") rather than going on with a clause ("officials monitoring the vote")."""
    return "-" in word or (nxt[:1].isalpha() and nxt.lower() not in STOP_WORDS)


def _apposed_name(text: str, verb_start: int) -> tuple[str, int, int] | None:
    """The name before an age or post-nominals that stand between it and its verb.

    >>> _apposed_name("Later, Eva Lind, MD, a doctor in Lima, said", 39)
    ('Eva Lind', 7, 15)
    >>> _apposed_name("The report, released on Thursday, found", 34)
    ('The report', 0, 10)
    >>> _apposed_name("Earlier the agency, known as BNPB, had put", 39)
    ('BNPB', 29, 33)
    """
    aux = _AUX_BEFORE_RE.search(text, max(0, verb_start - 30), verb_start)
    if aux:
        verb_start = aux.start()  # "the agency, known as BNPB, had put": the auxiliary is no appositive
    if not text[max(0, verb_start - 8):verb_start].rstrip().endswith(","):
        return None  # an appositive ends with a comma before the verb
    known = _KNOWN_AS_RE.search(text, max(0, verb_start - 200), verb_start)
    if known:  # "the disaster agency, known as BNPB, said": the name it is known by
        return known.group("alias"), known.start("alias"), known.end("alias")
    m = APPOSED_NAME_RE.search(text, max(0, verb_start - 200), verb_start) or _apposed_document().search(
        text, max(0, verb_start - 200), verb_start)
    if not m:
        return None
    name = m.group("name")
    if m.re is not APPOSED_NAME_RE:  # "The report, released on Thursday, found"; "The data, published by X, showed" → X
        by = _BY_ISSUER_RE.search(m.group("apposition"))
        if by:
            at = m.start("apposition") + by.start("issuer")
            return by.group("issuer"), at, at + len(by.group("issuer"))
        return name, m.start("name"), m.end("name")
    words = name.split()
    if words[0].lower() in STOP_WORDS:  # "The Eva Lind" never; "In Lima, 40, ..." no name
        return None
    return name, m.start("name"), m.end("name")


@lru_cache(maxsize=1)
def _apposed_document() -> re.Pattern:
    """A document with an appositive before its verb: "The report, released on Thursday, found"."""
    docs = document_words()
    return re.compile(rf"(?P<name>(?<![\w-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ ]+(?:[\w-]+[ ]+){{0,2}}?(?:{docs})s?"
                      rf"(?:[ ]+(?:of|on|among)[ ]+[^,]{{1,60}}?)?),[ ]+(?P<apposition>[^,]{{1,90}}),[ ]*$")


#: The issuer named in a document's appositive: "published by the Lima Statistics Office on Wednesday".
_BY_ISSUER_RE = re.compile(r"\b(?:by|from)[ ]+(?P<issuer>(?:the[ ]+)?[A-Z][\w&.'-]*(?:[ ]+(?:of|for|and|&|[A-Z][\w&.'-]*))*"
                           r"[ ]*[A-Z]?[\w&.'-]*?)(?=[ ]+(?:on|in|last|this)\b|[ ]*$)")


#: A document and "by"/"from" before the name read as a subject: "a report by Anglicare has found".
def _with_document_before(text: str, subj: tuple[str, int, int]) -> tuple[str, int, int]:
    """A subject read after "a report by" with the document it issued, so the statement it ends is covered:
    "…, a report by Anglicare has found" (the claimant is still the issuer, :func:`.claimants.issuer_of`).

    >>> _with_document_before("Rents rose, a report by Anglicare found.", ("Anglicare", 24, 33))[0]
    'a report by Anglicare'
    """
    if not text[max(0, subj[1] - 6):subj[1]].rstrip().endswith((" by", " from")):
        return subj
    m = _document_before().search(text, max(0, subj[1] - 60), subj[1])
    return (text[m.start():subj[2]], m.start(), subj[2]) if m else subj


@lru_cache(maxsize=1)
def _document_before() -> re.Pattern:
    docs = document_words()
    return re.compile(rf"(?<![\w-])(?:(?:a|an|the|new|latest|its|their)[ ]+)?(?:[\w-]+[ ]+){{0,2}}?(?:{docs})s?[ ]+"
                      rf"(?:(?:released|published|compiled|issued)[ ]+)?(?:by|from)[ ]+$", re.I)  # "polls from"

def _whole(text: str, start: int) -> bool:
    """Whether a subject read back to ``start`` is whole: it opens the sentence or follows a clause
    mark or a conjunction, not "of" or a possessive ("the country's civil defense agency")."""
    before = text[:start].rstrip()
    return not before or before[-1] in ",;:(\"\u201c\u201d" or before.endswith((" and", " but", " that"))


def _apposed(text: str, verb_start: int) -> bool:
    """Whether a comma stands right before a verb (its auxiliaries aside): an appositive may part the
    subject from it ("the agency, which ..., said")."""
    return bool(_COMMA_BEFORE_VERB_RE.search(text, max(0, verb_start - 60), verb_start))


_COMMA_BEFORE_VERB_RE = re.compile(r",(?:\s+(?:has|have|had|also|earlier|previously|later|now|would|will))*\s*$")


def _negated(text: str, verb_start: int) -> bool:
    """Whether a negation or a form of "be" stands between a subject and its verb ("X wouldn't
    say", "were reported killed"): then there is no attribution."""
    lo = max(0, verb_start - 60)
    toks = [m.group().lower().replace("\u2019", "'") for m in TOKEN_RE.finditer(text[lo:verb_start])]
    for w in reversed(toks):
        if w in NEGATIONS or w in BE_FORMS:
            return True
        if w not in AUXILIARIES:
            return False
    return False


def _shared_subject(text: str, verb_start: int) -> tuple[str, int, int] | None:
    """The subject of a reporting verb as the speakers' grammar reads it (:func:`..attribution.subject_before`):
    a name before its appositives ("Jan Roe, 74, said", "the agency, which ..., said").

    >>> _shared_subject("Jan Roe, a nurse in Lima, said", 26)
    ('Jan Roe', 0, 7)
    """
    if _negated(text, verb_start):
        return None
    found = subject_before(text, verb_start)
    if not found:
        return None
    s, e = found
    name = text[s:e]
    if not any(ch.isalpha() for ch in name) or name.lower() in PRONOUNS:
        return None
    return name, s, e


def _subject_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The noun phrase after "according to" or an inverted "…, said": "according to Chile's health agency".

    >>> _subject_after("according to Chile's health agency, 2,500 left", 12)
    ("Chile's health agency", 13, 34)
    """
    toks = [(m.group(), m.start() + pos, m.end() + pos) for m in TOKEN_RE.finditer(text[pos:pos + 160])]
    taken: list[int] = []
    lower = 0
    for k, (w, s, _) in enumerate(toks):
        low = w.lower()
        nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
        if not w[0].isalnum() or (w[0].isdigit() and "-" not in w):
            break  # "50-state" is a word of the phrase, "2,500" is not
        if k and _SPACED_DASH_RE.fullmatch(text, toks[k - 1][2], s):
            break  # "according to the Tax Policy Center - half a point": a dash ends the name
        if low in ("the", "a", "an"):
            if taken:
                break
        elif low in ("and", "&", "of", "for"):
            if not taken or not nxt[:1].isupper():
                break
        elif not w[0].isupper():
            if low in STOP_WORDS or (low.endswith(("ed", "ly")) and low not in LY_ADJECTIVES) or lower >= 4 or (
                    low.endswith("ing") and not _modifies(w, nxt)):
                break
            lower += 1
        taken.append(k)
        if len(taken) >= 9:
            break
    while taken and toks[taken[-1]][0].lower() in ("the", "a", "an", "and", "&", "of", "for"):
        taken.pop()
    if not taken:
        return None
    s, e = toks[taken[0]][1], toks[taken[-1]][2]
    name = text[s:e].rstrip(".")  # "said Jake Sullivan." ends the sentence, not the name
    return name, s, s + len(name)


def _with_issuer(text: str, subj: tuple[str, int, int]) -> tuple[str, int, int]:
    """A document read after "according to" with its issuer: "a report by the council", "unofficial
    results from the board" (the issuer is the claimant, :func:`.claimants.issuer_of`).

    >>> _with_issuer("according to a report by the Lima Housing Coalition, rents rose", ("a report", 13, 21))[0]
    'a report by the Lima Housing Coalition'
    """
    by = _ISSUER_AFTER_RE.match(text, subj[2]) or _ISSUER_PAST_RE.match(text, subj[2])
    if by is None and subj[0].lower().rstrip("s").endswith(REPORTED_IN):
        by = _PUBLISHED_IN_RE.match(text, subj[2])  # "a report in the Lima Register": the paper that ran it
    if not by or not any(w.lower() in patterns().documents or w.lower()[:-1] in patterns().documents for w in subj[0].split()):
        return subj
    issuer = _subject_after(text, by.end())
    return (text[subj[1]:issuer[2]], subj[1], issuer[2]) if issuer else subj


#: Documents a newspaper or journal runs, whose issuer follows "in": "a report in the Lima Register".
REPORTED_IN = ("report", "article", "story", "editorial")
_PUBLISHED_IN_RE = re.compile(r"[ ]+in[ ]+(?=the[ ]+[A-Z])")
#: A share of people as a subject: "67 percent of voters said", "Two in three said", "nearly 6 in 10 say".
_RESPONDENTS_RE = re.compile(r"(?i)^(?:(?:about|around|roughly|nearly|almost|some|only|just|over|under|more|fewer|less|than|"
                             r"a|the)\s+)*(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s*(?:%|percent\b|per\s+cent\b|pct\b|"
                             r"in\s+(?:[\d]+|[a-z]+)\b|out\s+of\b|of\s+(?:the|those|them|all)\b)")
#: A share named without a count: "a third", "Two-thirds", "Half", "a majority", "most".
_SHARE_RE = re.compile(r"(?i)(?:(?:and|but|while)\s+)?(?:(?:about|nearly|almost|roughly|just|only|over|more\s+than|less\s+than)\s+)?"
                       r"(?:an?|one|two|three)?[ -]?(?:half|third|thirds|quarter|quarters|fifth|fifths|majority|minority)|most|many|few")
#: Words after which a phrase is no subject of its own: "the eyes of so many analysts shows", "no Republicans shows".
_NOT_BEFORE_SUBJECT = frozenset("of to in for with at on about than into over among between through against without under "
                                "within no so many much more most few any every each".split())


def _respondents(text: str, subj: tuple[str, int, int]) -> bool:
    """Whether a subject is a share of people, read from its clause's start: "67 percent of voters said",
    "Two in three said", "nearly six in 10 say" (respondents, not a source).

    >>> _respondents("Asked, 46 percent of voters said yes", ("voters", 26, 32))
    True
    >>> _respondents("Two officials said", ("Two officials", 0, 13))
    False
    >>> _respondents("A poll found that 70 percent of voters said", ("70 percent of voters", 18, 38))
    True
    """
    lo = max(text.rfind(c, 0, subj[1]) for c in ",;:(\u2014") + 1
    if _SHARE_RE.fullmatch(text[lo:subj[2]].strip()):
        return True  # "a third said", "Half say", "a majority said"
    for phrase in (text[lo:subj[2]].strip(), subj[0]):  # the clause, or the subject after "found that"
        m = _RESPONDENTS_RE.match(phrase)
        if m and any(w.isdigit() or w.lower() in number_words() for w in re.findall(r"[A-Za-z]+|\d+", m.group())):
            return True
    return False


def _standalone(text: str, start: int) -> bool:
    """Whether a subject starting at ``start`` stands on its own, not after "of", "to" or "no" ("the eyes
    of so many analysts shows", "elections going back to 1972 showed").

    >>> _standalone("The eyes of so many analysts shows", 15), _standalone("Analysts say", 0)
    (False, True)
    """
    before = text[max(0, start - 30):start].split()
    if not before:
        return True
    last = before[-1].lower()
    return last not in _NOT_BEFORE_SUBJECT and not (last.endswith("ing") and last[:1].isalpha() and len(before) > 1)


_SPACED_DASH_RE = re.compile(r"\s+[-\u2010-\u2015]+\s*|\s*[-\u2010-\u2015]+\s+")

_WITH_NAME_RE = re.compile(r"\bwith\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+$")


def _participle_subject(text: str, verb_start: int) -> tuple[str, int, int] | None:
    """The subject of a participle after a comma ("The union sued, claiming the cut costs $4m"): the
    subject of the clause before it (:func:`..attribution.sentence_subject`).

    >>> _participle_subject("The union sued on Friday, claiming the cut costs $4m", 26)
    ('The union', 0, 9)
    >>> _participle_subject("Without saying how many", 8) is None
    True
    """
    with_name = _WITH_NAME_RE.search(text, max(0, verb_start - 60), verb_start)
    if with_name:  # "…, with Roe noting the absurdity of …"
        return with_name.group("name"), with_name.start("name"), with_name.end("name")
    if not text[:verb_start].rstrip().endswith(","):
        return None
    found = sentence_subject(text, 0, verb_start)
    if not found:
        return None
    s, e = found
    return (text[s:e], s, e) if any(ch.isalpha() for ch in text[s:e]) else None


_AND_BEFORE_RE = re.compile(r"[ ](?:and|but)[ ]+(?:(?:also|then|later)[ ]+)?$")
#: A word before "and" that a form of "be" makes an adjective: "would be a shrewd", "was careful".
_ADJECTIVE_BEFORE_RE = re.compile(r"\b(?:be|is|was|are|were|been|very|so|too|more|most)[ ]+(?:an?[ ]+)?[a-z-]+$")


def _coordinated_subject(text: str, verb_start: int) -> tuple[str, int, int] | None:
    """The subject of a reporting verb that shares it with a verb before "and" ("Jan Roe, an analyst,
    raised her target and said ..."): the subject of the clause (:func:`..attribution.sentence_subject`).

    >>> _coordinated_subject("The mayor cut the budget and said 40 jobs would go.", 29)
    ('The mayor', 0, 9)
    """
    m = _AND_BEFORE_RE.search(text, max(0, verb_start - 20), verb_start)
    if not m or _ADJECTIVE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
        return None  # "a shrewd and calculated move": two adjectives, no verb sharing a subject
    found = sentence_subject(text, 0, m.start())
    if not found:
        return None
    s, e = found
    return (text[s:e], s, e) if any(ch.isalpha() for ch in text[s:e]) else None


def _phrase_before(text: str, subj: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """A subject read back over a preposition to its clause's start, when what lies there is a short noun
    phrase: "Cattle producers in north Queensland fear" (not "the eyes of so many analysts shows").

    >>> _phrase_before("Cattle farmers in north Lima fear", ("north Lima", 18, 28))
    ('Cattle farmers in north Lima', 0, 28)
    >>> _phrase_before("The number that caught the eyes of analysts shows", ("analysts", 35, 43)) is None
    True
    """
    lead = text[:subj[1]].split()
    if not lead or lead[-1].lower() not in _PREPOSITIONS:
        return None
    lo = max(text.rfind(c, 0, subj[1]) for c in ",;:(\u2014") + 1
    words = text[lo:subj[1]].split()[:-1]
    if not words or len(words) > 5 or words[0].lower() in CLAUSE_OPENERS or any(
            w.lower() in STOP_WORDS and w.lower() not in ("the", "a", "an") for w in words):
        return None
    start = lo + len(text[lo:subj[1]]) - len(text[lo:subj[1]].lstrip())
    return text[start:subj[2]], start, subj[2]


_PREPOSITIONS = frozenset("in of for at from with on".split())


def _document_by_issuer(text: str, verb_start: int) -> tuple[str, int, int] | None:
    """A document and its issuer opening the clause of a verb, with other words between them and the
    verb: "An analysis by Lima Polling of elections since 1972 showed" → "An analysis by Lima Polling".

    >>> _document_by_issuer("An analysis by Lima Polling of elections back to 1972 showed", 54)
    ('An analysis by Lima Polling', 0, 27)
    """
    lo = max(text.rfind(c, 0, verb_start) for c in ",;:(\u2014") + 1
    m = _document_by().match(text, lo, verb_start)
    named = None if m else _named_document().fullmatch(text, lo, _verb_at(text, verb_start))
    if named:  # "A Lima Polling rolling poll shows": the whole phrase, its issuer read by :func:`.sources.issuer_of`
        return named.group("doc"), named.start("doc"), named.end("doc")
    if not m:
        return None
    issuer = _subject_after(text, m.end())
    if not issuer or not issuer[0][:1].isupper() or issuer[2] > verb_start:
        return None
    s = m.start("doc")
    return text[s:issuer[2]], s, issuer[2]


@lru_cache(maxsize=1)
def _named_document() -> re.Pattern:
    docs = document_words()
    return re.compile(rf"\s*(?P<doc>(?:(?:[Tt]he|[Aa]n?|new|latest|recent)[ ]+)*[A-Z][\w&./'-]*(?:[ ]+[A-Z][\w&./'-]*)*"
                      rf"(?:[ ]+[a-z-]+){{0,2}}[ ]+(?:{docs})s?)(?:[ ]+(?:released|published|compiled|obtained|issued|provided)"
                      rf"[ ]+(?:to|under|by|on|in|at|through)[ ]+[^,;:]{{1,80}}?)?(?:[ ]+(?:also|now|again|still))?\s*")


@lru_cache(maxsize=1)
def _document_by() -> re.Pattern:
    docs = document_words()
    return re.compile(rf"\s*(?P<doc>(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Ii]ts|[Tt]heir)[ ]+)?(?:[\w-]+[ ]+){{0,2}}?(?:{docs})s?)[ ]+"
                      rf"(?:(?:released|published|compiled|issued|conducted|commissioned)[ ]+)?(?:by|from)[ ]+")
