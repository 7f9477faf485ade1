"""What a claimant phrase names: the issuer of a document, the body a spokesperson speaks for, the
person in a titled name, and whether a phrase is a pronoun, a description or a short name that
stands for someone named elsewhere.

In: a claimant as written ("data from the Office for National Statistics", "a hospital
spokesman", "Race director Jan Roe", "the company"). Out: the name it gives, or yes/no about what
kind of phrase it is; the words for documents are the ``document`` rows of
``data/figures_claim_verbs.csv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..attribution import sentence_subject
from .grammar import document_words, patterns
from .reporting import PRONOUNS, Attribution
from .subjects import _subject_after


#: A title or description before a capitalised name: "Race director Jan Roe", "Polling expert Prof Eva Lind of ...".
_TITLED_RE = re.compile(r"^(?:[A-Z][a-z]+\s+)?(?:(?!(?:for|of|and|the|de|on|in|at|to|by|from|with)\b)[a-z][a-z-]+\s+){1,2}(?:[A-Z][\w.'-]*\s+)*[A-Z]")


def _titled_name(name: str) -> str | None:
    """The person's name in a name written with a title or description before it, else None.

    >>> _titled_name("Mayor Eva Lind"), _titled_name("Race director Jan Roe"), _titled_name("Eva Lind")
    ('Eva Lind', 'Jan Roe', None)
    >>> _titled_name("pizza magnate Eva Lind")
    'Eva Lind'
    >>> _titled_name("Britain's Meteorological Office"), _titled_name("Economists polled by Lima Radio")
    (None, None)
    """
    words = name.split()
    if len(words) < 3:
        return None  # a title and a name at the least: "Mayor Eva Lind"
    from ..actors import person_name, title_words, token_key

    if not (_TITLED_RE.match(name) or token_key(words[-3]) in title_words()):
        return None  # no title before a two-word name: the cheap test first
    found = person_name(name)
    if len(found.split()) >= 2 and name.endswith(found) and found != name and (
            _TITLED_RE.match(name) or name[:-len(found)].split()[-1][:1].isupper()):
        return found
    if _TITLED_RE.match(name) and len(found.split()) >= 2:  # "Polling expert Prof Eva Lind of Lima University"
        return found
    return None


def _body_like(name: str) -> bool:
    """Whether a name reads as a body's: capitalised words joined by "of", "for" or "and" ("Centers
    for Disease Control and Prevention", "Office for National Statistics").

    >>> _body_like("the Centers for Disease Control and Prevention"), _body_like("Jan Roe")
    (True, False)
    """
    words = name.split()
    return len(words) >= 3 and any(w in ("of", "for", "and", "&") for w in words[1:-1]) and words[-1][:1].isupper()


@lru_cache(maxsize=1024)
def _a_body(text: str) -> bool:
    """Whether a claimant is a body described by its kind ("the agency", "the hospital", "the firm").

    >>> _a_body("the agency"), _a_body("the hospital"), _a_body("the minister"), _a_body("the Red Cross")
    (True, True, False, False)
    """
    from ..actors import head_kind

    words = text.split()
    return (len(words) > 1 and words[0].lower() in DOCUMENT_DETERMINERS and not any(w[:1].isupper() for w in words[1:])
            and head_kind(text) == "organization")


#: "a hospital spokesman", "A Treasury spokesperson": who speaks for a body.
SPOKESPERSON_RE = re.compile(r"^(?:an?|the)\s+(?P<body>.+?)\s+(?:spokes(?:person|man|woman)|representative)$", re.I)


def issuer_of(text: str) -> str:
    """Who issued the data, report or survey a claimant is written as, else the claimant itself
    (the words for what a source issues are the ``document`` rows of ``data/figures_claim_verbs.csv``).

    >>> issuer_of("data from the Office for National Statistics"), issuer_of("CDC data"), issuer_of("a report by the council")
    ('the Office for National Statistics', 'CDC', 'the council')
    >>> issuer_of("A 2017 study of the Thames"), issuer_of("the report"), issuer_of("The report")
    ('A 2017 study of the Thames', 'the report', 'The report')
    >>> issuer_of("Lima Polling data from Cusco"), issuer_of("a poll of 400 voters released Friday by Lima Polling")
    ('Lima Polling', 'Lima Polling')
    >>> issuer_of("a June poll"), issuer_of("a report in the Lima Register")
    ('a June poll', 'the Lima Register')
    """
    by, named, loose = _issuer_patterns()
    m = by.match(text)
    first = named.match(text[:m.start("by")].rstrip()[:-4].rstrip()) if m and m.group("from") and " " not in m.group("by") else None
    if first and " " not in first.group("by") and not any(c.isupper() for c in first.group("by")[1:]):
        first = None  # "Audit files from NGP VAN": a capitalised first word names no issuer; "SurveyMonkey data" does
    m = first or m or named.match(text) or loose.match(text) or _REPORT_IN_RE.match(text)  # "SurveyMonkey data from
    # Iowa": SurveyMonkey's; "a report in the Lima Register": the paper's
    return m.group("by") if m and m.group("by").lower() not in _NOT_ISSUERS | _DOCUMENT_MODIFIERS else text


#: A report a paper ran: "a report in the Lima Register" (:data:`.subjects.REPORTED_IN`).
_REPORT_IN_RE = re.compile(r"(?i:^(?:(?:the|a|an|new|latest|recent)\s+)*(?:[\w'-]+\s+)?(?:report|article|story|editorial)s?\s+in\s+)"
                           r"(?P<by>(?:the\s+)?[A-Z].*)$")
#: Capitalised words before a document that name no issuer: "a June poll", "the Sunday count".
_NOT_ISSUERS = frozenset("january february march april may june july august september october november december "
                         "monday tuesday wednesday thursday friday saturday sunday".split())


@lru_cache(maxsize=1)
def _issuer_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"<document> from/by <issuer>", "<Issuer> <document>" ("CDC data", "the latest ONS figures") and
    "<document> of ... by <Issuer>" ("a poll of 400 voters released Friday by Lima Polling")."""
    docs = document_words()
    by = re.compile(rf"^(?:(?:the|a|an|new|latest|its|their)\s+)*(?:[\w'-]+\s+){{0,3}}?(?:{docs})s?\s+"
                    rf"(?:(?:released|published|compiled|issued|collected|conducted|commissioned|prepared|done)\s+(?:(?:on|last|this)\s+)?"
                    rf"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier)\s+)?)?"
                    rf"(?:(?P<from>from)|by|(?<=conducted\s)for|(?<=commissioned\s)for|(?<=prepared\s)for|(?<=done\s)for)\s+"
                    rf"(?P<by>.+)$", re.I)  # "research conducted for the Lima Media Center": the body it was done for
    named = re.compile(rf"^(?:(?i:the|a|an|its|their)\s+)?(?:(?:new|latest|recent|last|final|first|early|national|"
                       rf"statewide|exit|daily|weekly|monthly|quarterly|yearly|annual)\s+){{0,2}}(?!(?i:the|a|an|its|their)\s)"
                       rf"(?P<by>[A-Z][\w&.'/-]*(?:\s+[A-Z][\w&.'/-]*)*?)(?:['\u2019]s)?\s+(?:[a-z-]+\s+){{0,2}}"
                       rf"(?:{docs})s?$")
    loose = re.compile(rf"^(?:(?:the|a|an|new|latest|its|their)\s+)*(?:[\w'-]+\s+){{0,3}}?(?:{docs})s?\s+(?:of|in|on)\s+"
                       rf"[^,;]{{1,80}}?\s+(?:by|from)\s+(?P<by>(?:the\s+)?[A-Z].*)$", re.I)
    return by, named, loose


#: Words that are never a whole name ("The" is no claimant).
_FUNCTION_WORDS = frozenset("the a an this that these those its their his her our".split())
#: Honorifics before a single name: "Sir Jan", "Dr Eva", "Mr Roe".
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame prof professor lord lady".split())


_ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,7}")


def _a_reference(text: str) -> bool:
    """Whether a claimant as written stands for someone named elsewhere: a pronoun, a phrase opened by
    a determiner whose head is a common noun ("the minister", "The 67-year-old", "the Polish
    scientist"), one name alone or after an honorific ("Minsky", "Sir Richard").

    >>> [_a_reference(t) for t in ("she", "the company", "The former Wales defender", "Sir Jan", "Roe")]
    [True, True, True, True, True]
    >>> [_a_reference(t) for t in ("the Red Cross", "Jan Roe", "Lima and Quito", "the SICNA union")]
    [False, False, False, False]
    """
    words = text.split()
    if not words:
        return False
    first = words[0].lower().rstrip(".")
    if text.lower() in PRONOUNS or (first in DOCUMENT_DETERMINERS and len(words) > 1 and not words[-1][:1].isupper()
                                    and not any(_ACRONYM_RE.fullmatch(w) for w in words[1:])):
        return True  # "the union", not "the SICNA union": an acronym names the body
    return (len(words) == 1 and words[0][:1].isupper()) or (len(words) == 2 and first in HONORIFICS)


@lru_cache(maxsize=1024)
def _a_document(text: str) -> bool:
    """Whether a claimant is a document described by its kind ("the report", "the statement"), not named.

    >>> _a_document("the report"), _a_document("the new report"), _a_document("the Pentagon report"), _a_document("the INEI")
    (True, True, False, False)
    >>> _a_document("Figures"), _a_document("the exit polls"), _a_document("a June poll"), _a_document("Data Corp")
    (True, True, True, False)
    >>> _a_document("A poll in Iowa"), _a_document("Bank of Lima"), _a_document("records"), _a_document("statement")
    (True, False, True, False)
    >>> _a_document("Lima Polling data"), _a_document("CDC data")
    (False, False)
    """
    from ..actors import head_kind

    words = text.split()
    cut = next((n for n, w in enumerate(words) if n and (w.lower() in _ISSUED or (
        w.lower() in ("in", "of", "on", "among") and _document_word(words[n - 1])))), len(words))
    words = words[:cut]  # "Figures released", "the data published", "A poll in Iowa": the document alone
    head = words[-1].lower() if words else ""
    if head and (head in patterns().documents or head[:-1] in patterns().documents | _PLURAL_DOCUMENTS) and (all(
            w.lower() in DOCUMENT_DETERMINERS or w.lower() in _DOCUMENT_MODIFIERS or w.lower() in _NOT_ISSUERS
            or w.isdigit() for w in words[:-1]) and (words[0][:1].isupper() or len(words) > 1 or head.endswith("s")
                                                     or head in _PLURAL_DOCUMENTS)):
        return True  # "Figures", "records show", "the exit polls", "a June poll", "early results"
    return (len(words) > 1 and words[0].lower() in DOCUMENT_DETERMINERS and not any(w[:1].isupper() for w in words[1:])
            and head_kind(text) == "document")


def _document_word(word: str) -> bool:
    low = word.lower()
    return low in patterns().documents or low[:-1] in patterns().documents


#: Participles after a document: "Figures released on Monday", "the data published".
_ISSUED = frozenset("released published compiled issued collected reported conducted taken carried".split())
#: Document words that are plural already or whose singular differs: "data", "figures", "statistics".
_PLURAL_DOCUMENTS = frozenset("data figure statistic number result estimate".split())
#: Words before a document that name no issuer: "the latest figures", "early results", "the exit polls".
_DOCUMENT_MODIFIERS = frozenset("new latest recent last final first early preliminary official unofficial exit "
                                "national statewide separate same such these those daily weekly monthly quarterly yearly "
                                "annual".split())


#: Words before a document described by its kind: "the report", "a statement", "its assessment".
DOCUMENT_DETERMINERS = frozenset("the a an this that its their his her".split())


def framing_sources(text: str) -> list[Attribution]:
    """Sources a sentence names without a reporting verb: a named poll or survey it is "in" ("In the
    latest Lima Polling survey, Roe led 47 percent to 39"; "..., in a poll conducted by Lima Polling")
    and a named claim ("Roe's prediction that ...", "his estimate of 4 million").

    >>> [(a.text, a.before, a.after) for a in framing_sources("In the latest Lima Polling survey, Roe led 47 to 39.")]
    [('the latest Lima Polling survey', False, True)]
    >>> [(a.text, a.after) for a in framing_sources("Roe backed away from his prediction that 40 would go.")]
    [('Roe', True)]
    >>> [a.text for a in framing_sources("He said it would go. His estimate of 40 stands.")]
    ['he']
    """
    out = []
    for m in _in_document_re().finditer(text):
        issuer = m.group("name")
        doc_end = m.end()
        if issuer is None:  # "in a poll conducted by Lima Polling"
            found = _subject_after(text, m.end())
            if not found or not found[0].removeprefix("the ")[:1].isupper():
                continue
            doc_end = found[2]
        lead = text[:m.start()].strip().lower()
        opening = lead in ("", "but", "and", "yet", "meanwhile,", "still,")
        if not opening and (not issuer or issuer.lower() in _NOT_ISSUERS):
            continue  # "said in a statement", "in a June poll" within a sentence; "In a June poll, 48 percent ...",
            # "In the poll, ..." open a sentence that is the poll's (its issuer found before, if any)
        out.append(Attribution(text[m.start("doc"):doc_end], m.start(), doc_end, doc_end, not opening, opening, source=True))
    for m in _poll_has_re().finditer(text):  # "Wednesday's Lima Polling poll has Roe leading by six points"
        out.append(Attribution(m.group("doc"), m.start("doc"), m.end(), m.end(), False, True))
    for m in _IN_THE_POLL_RE.finditer(text):  # "…, 49% to 41%, in the survey, taken in July"
        out.append(Attribution(m.group("doc"), m.start("doc"), m.end("doc"), m.end("doc"), True, False))
    for m in _document_that_re().finditer(text):  # "a report from the Lima Budget Office that lowered ... by $146m"
        found = _subject_after(text, m.end())
        if found and found[0].removeprefix("the ")[:1].isupper() and _THAT_AFTER_RE.match(text, found[2]):
            end = _THAT_AFTER_RE.match(text, found[2]).end()
            out.append(Attribution(text[m.start("doc"):found[2]], m.start("doc"), end, end, False, True))
    for m in _BY_TALLY_RE.finditer(text):  # "By the Lima Courier's tally, Roe has 739": the Courier's count
        out.append(Attribution(m.group("who"), m.start("who"), m.end(), m.end(), False, True, source=True))
    for m in _CLAIM_NOUN_RE.finditer(text):
        who, start = m.group("who"), m.start()
        if who.lower() in _POSSESSIVE_PRONOUNS:  # "Jan Roe, an analyst, raised her target to $62": Jan Roe's
            found = sentence_subject(text, 0, m.start())
            owner = text[found[0]:found[1]] if found else ""
            if owner and owner.lower() not in PRONOUNS and found[1] <= m.start() and any(c.isalpha() for c in owner):
                who, start = owner, found[0]
        who = _POSSESSIVE_PRONOUNS.get(who.lower(), who)
        out.append(Attribution(who, start, m.end(), m.end(), False, True))
    return out


@lru_cache(maxsize=1)
def _in_document_re() -> re.Pattern:
    """ "in" a named poll, survey or study: "in the latest Lima Polling survey", "in a poll conducted by"."""
    docs = document_words()
    mods = "|".join(sorted(_DOCUMENT_MODIFIERS))
    return re.compile(rf"\b[Ii]n[ ]+(?P<doc>(?:the|a|an|its|their)[ ]+(?:(?:{mods}|\d{{4}})[ ]+){{0,2}}"
                      rf"(?:(?:(?P<name>[A-Z][\w&.'/-]*(?:[ ]+[A-Z][\w&.'/-]*)*)[ ]+(?:[a-z]+[ ]+)?)?(?:{docs})s?\b(?![ ]+(?:(?:conducted|released|published|commissioned|carried[ ]+out)[ ]+)?(?:by|from)\b)"
                      rf"|(?:[a-z-]+[ ]+){{0,2}}?(?:{docs})s?[ ]+(?:(?:conducted|released|published|commissioned|carried[ ]+out)[ ]+)?by[ ]+))")


@lru_cache(maxsize=1)
def _document_that_re() -> re.Pattern:
    """A document and its issuer, before what it says: "a February report from the Lima Budget Office that"."""
    docs = document_words()
    return re.compile(rf"(?P<doc>\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ ]+(?:[\w-]+[ ]+){{0,2}}?(?:{docs})s?)[ ]+"
                      rf"(?:(?:released|published|issued|compiled)[ ]+)?(?:by|from)[ ]+")


@lru_cache(maxsize=1)
def _poll_has_re() -> re.Pattern:
    """A named poll or survey as the subject of "has", "gives" or "puts": "the Lima Polling survey puts Roe at 41%"."""
    return re.compile(r"(?:[A-Z][a-z]+day['\u2019]s[ ]+)?(?P<doc>(?<![\w-])(?:(?:[Tt]he|[Aa]|[Aa]n|[Nn]ew|[Ll]atest)[ ]+)*"
                      r"(?:[A-Z][\w&'\u2019./-]*[ ]+){1,4}"
                      r"(?:poll|survey)s?)[ ]+(?:also[ ]+|now[ ]+|still[ ]+)?(?:has|had|gives|gave|puts|put)\b")


#: A poll or survey the sentence has named before, cited after a comma: "…, 49% to 41%, in the survey".
_IN_THE_POLL_RE = re.compile(r",[ ]+in[ ]+(?P<doc>the[ ]+(?:same[ ]+|new[ ]+|latest[ ]+)?(?:poll|survey|study))\b(?=[ ]*[,.;]|$)")
_THAT_AFTER_RE = re.compile(r",?[ ]+(?:that|which)[ ]+")
#: A named claim: "Roe's prediction that", "his estimate of", "the agency's forecast of".
#: A count fronted with its owner: "By the Lima Courier's tally,", "by Roe's own count,", "By CNN's estimate,".
_BY_TALLY_RE = re.compile(r"\b[Bb]y[ ]+(?P<who>(?:the[ ]+)?[A-Z][\w.&-]*(?:[ ]+[A-Z][\w.&-]*){0,4})['\u2019]s?[ ]+(?:own[ ]+)?"
                          r"(?:latest[ ]+)?(?:tally|count|estimate|calculations?|reckoning|figures|numbers|measure)\b")
_CLAIM_NOUN_RE = re.compile(r"(?P<who>\b(?:(?:[A-Z][\w.-]*[ ]+){0,3}[A-Z][\w.-]*|[Tt]he[ ]+[a-z]+)(?=['\u2019]s\b)"
                            r"|\b(?:[Hh]is|[Hh]er|[Tt]heir)(?=[ ])|\b(?:[Aa]nalysts|[Ee]conomists|[Ff]orecasters|[Ii]nvestors|"
                            r"[Tt]raders|[Ee]xperts)(?=['\u2019][ ]))"
                            r"(?:['\u2019]s?)?[ ]+(?:[a-z-]+[ ]+)?(?:prediction|assertion|claim|estimate|forecast|projection|"
                            r"calculation|contention|promise|pledge|goal|target)s?"
                            r"(?:[ ]+(?:of|that)\b|(?:[ ]+[\w-]+){1,3}?[ ]+that\b|"
                            r"(?:[ ]+(?:on|for)[ ]+(?:the[ ]+)?[\w-]+)?[ ]+to(?=[ ]+[$\u00a3\u20ac\d]))")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
