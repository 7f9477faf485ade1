"""The subject of a reported statement: who stands before (or after) a reporting verb.

Subjects are read with regular expressions over capitalised words, determiners, owners
("Ankara's") and "of/for" chains, with auxiliaries and adverbs allowed before the verb ("has also
said"); a pronoun subject is found apart. Searches are confined to the end of the text a
subject can reach, which finds what a search over the whole text finds (tests check this).

In: the text of a sentence before a verb. Out: ``(subject, start, is_pronoun)``
(:func:`_subject_before`), the subject without opening adverbs (:func:`strip_subject`), and its
actors one per conjunct (:func:`split_subject`).

>>> _subject_before("Last week, Tokyo and Canberra "), split_subject("Tokyo and Canberra")
(('Tokyo and Canberra', 11, False), ['Tokyo', 'Canberra'])
"""
from __future__ import annotations

import re
from functools import lru_cache

from .stances import _alternation

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
#: A time adverbial after a reporting verb: "Sunday", "on Friday", "last week", "on Nov. 17", "earlier".
TIME_RE = re.compile(
    rf"(?i:(?:(?:on|last|this|late|early|earlier|later)\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier\s+this|late\s+last|early\s+this|later\s+this)\s+(?:week|weekend|month|year|night|morning)"
    rf"|(?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r"|yesterday|today|tonight|earlier|later|recently|previously|again|also|however|separately|publicly)(?![\w])")

# A capitalised word: "Sullivan", "O'Brien", "U.S.", "Jae-myung", or a short title before a name: "Gen. Park".
_CAP = r"(?:[A-Z]'[A-Z][\w\-]*|[A-Z](?:\.[A-Z])+\.?|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[A-Z\u00c0-\u00de][\w\-]*)"
_STOP = ("has|have|had|also|is|was|were|are|be|been|being|and|or|nor|but|the|a|an|of|for|in|on|at|to|by|with|"
         "from|as|that|this|these|those|which|who|whom|whose|when|while|where|after|before|amid|about|over|under|"
         "into|than|then|so|if|not|never|did|does|do|would|will|could|can|may|might|should|must|it|its|he|his|she|"
         "her|they|their|we|our|i|you|said|says|reportedly|previously|already|later|earlier|again|however|since|"
         "during|between|against|through|via|per|around|up|out|off|only|just|yet|still|even|both|each|all|some|"
         "any|no|more|most|such|own|there|here|what|how|why|repeatedly|publicly|officially|separately|neither|declined|"
         "refused|quoted|went|now|once|first|initially|instead|ultimately|eventually|soon")
# A lower-case word of a subject: not a function word, a past form ("remained"; "speed" is fine) or an
# adverb ("immediately"; "family" is fine).
_LOW = (rf"(?!(?:{_STOP})\b)(?![a-z\-]*[^e\W]ed\b)"
        rf"(?!(?!(?:family|assembly|ally|rally|supply|monopoly|anomaly)\b)[a-z\-]*ly\b)[a-z][a-z\-]*")
_NAME = rf"{_CAP}(?:\s+{_CAP})*"
_CHAIN = rf"{_NAME}(?:\s+(?:of|for|on|to)(?:\s+the)?\s+{_NAME})*"
_POSS = r"(?:'s|\u2019s|')"
_DET = r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Bb]oth)\s+"
_OWNER = rf"{_CHAIN}{_POSS}\s+"
_HEAD_CAP = rf"{_CHAIN}(?:\s+{_LOW}(?:\s+{_LOW})?\s+{_CHAIN})*(?:\s+{_LOW}(?:\s+{_LOW})?)?"
_HEAD_LOW = rf"{_LOW}(?:\s+{_LOW}){{0,2}}(?:\s+{_CHAIN})?"
# A lower-case head needs a determiner or an owner: "the ministry", "Ankara's interior ministry".
_UNIT = (rf"(?:(?:{_DET})?(?:{_OWNER})?{_HEAD_CAP}|(?:{_DET}(?:{_OWNER})?|{_OWNER}){_HEAD_LOW})"
         rf"(?:\s+(?:for|of)(?:\s+the)?\s+{_CHAIN})?")
_SUBJ = rf"{_UNIT}(?:(?:\s*,\s*{_UNIT})*,?\s+(?:and|&)\s+{_UNIT})?"
_FILLER = (r"(?:\s+(?:has|have|had|also|did|does|do|not|never|reportedly|previously|repeatedly|publicly|later|again|"
           r"earlier|officially|separately|then|would|will|could|only|already|still|neither|now|once|first|"
           r"initially|instead|ultimately|eventually|soon|"
           r"(?:was|were|is)\s+quoted\s+as|declined\s+to|refused\s+to|went\s+on\s+to|has\s+yet\s+to|"
           r"(?!(?:family|assembly|ally|rally|supply)\b)[a-z]+ly)|n't)*")

#: A bare article ("The estimated value ..."): a capital that opens a sentence, never a subject.
_ONLY_STOP_RE = re.compile(r"(?i:the|an?)")
#: The subject right before a reporting verb, with auxiliaries between: "Kenya's National
#: Police Service", "U.S. spokesman Jake Sullivan has also", "Tokyo and Canberra".
SUBJECT_BEFORE_RE = re.compile(rf"(?<![\w'\u2019.\-])(?P<subj>{_SUBJ})(?P<filler>{_FILLER})\s*$")
# What a subject before a verb cannot reach back over: the subject search starts after the last
# of these, as trying each earlier word as the start of a subject is slow (see _subject_cut).
# A character no subject has: a quotation mark, a bracket, a colon, a dash.
_NO_SUBJECT_CHAR_RE = re.compile(r"(?s:.*)[^\w\s\-.'\u2019,&]")
#: "and" after a comma: a subject's commas separate a list of actors that ends "and X".
_AND_RE = re.compile(r"\s(?:and|&)\s")
#: The lower-case words of _STOP that a subject (a determiner, "of/for/on/to", "and") or the
#: auxiliaries after it (every word of _FILLER) may contain; the others end any subject.
_SUBJECT_WORDS = (frozenset("the its his her their a an both of for on to and".split())
                  | set(re.findall(r"[a-z]+", _FILLER)))
# A word no subject has: a function word ("that", "in", "said"), a past form ("crossed", but
# not "declined to"), a number.
_NO_SUBJECT_WORD_RE = re.compile(
    r"(?s:.*)(?<![\w'\u2019.\-])(?:(?:%s)|[a-z]*[a-df-z]ed%s|[\d_]\w*)(?![\w\-'\u2019])" % (
        _alternation(w for w in _STOP.split("|") if w not in _SUBJECT_WORDS and not w.endswith("ly")),
        "".join(f"(?<!{w})" for w in sorted(_SUBJECT_WORDS) if w.endswith("ed"))))
#: A pronoun subject right before a verb: "he said", "it has warned".
PRONOUN_BEFORE_RE = re.compile(rf"(?<![\w'\u2019])(?P<subj>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)(?P<filler>{_FILLER})\s*$")
_NO_PRONOUN_CHAR_RE = re.compile(r"(?s:.*)[^A-Za-z\s']")
#: A subject after the verb or source phrase, ending at a comma or the sentence end: "…, said Jake Sullivan."
SUBJECT_AFTER_RE = re.compile(rf"\s+(?P<subj>{_SUBJ})(?=\s*(?:[,;.!?]|$))")
#: A sentence adverb or conjunction that may open a subject: "But Otieno said", "Separately, …".
LEADING_ADVERB_RE = re.compile(
    rf"^(?:(?:{TIME_RE.pattern})\s*,\s*|(?:{TIME_RE.pattern})\s+(?=[A-Z])|(?:But|And|However|Meanwhile|Still|Yet|Also|"
    rf"Separately|Earlier|Later|Instead|Now|Then|So|Both|In|On|At|After|Before|Since|When|While|As)\b[\s,]*)+")
#: Words before a subject that negate it: "Neither Paris nor Berlin have given …".
NEGATED_BEFORE_RE = re.compile(r"(?:\b(?:[Nn]either|nor|[Nn]o|[Nn]ot)\s+(?:[Tt]he\s+)?)$")
#: A preposition right before a would-be subject: "for the presidency said" has no subject.
PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|for|in|on|at|to|by|from|into|about|against|between|over|under|than)\s+$")
#: Split a subject into actors: "Tokyo and Canberra", "Britain, France and Germany".
CONJUNCTION_RE = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
#: An "of/for" name chain around a conjunction keeps it whole: "Ministry of Trade and Industry".
NAME_CHAIN_AND_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:and|&)\s+[A-Z]")
_POSS_RE = re.compile(_POSS)
_NEGATED_START_RE = re.compile(r"(?:Neither|Either|No)\b")
_DET_START_RE = re.compile(rf"^{_DET}")


@lru_cache(maxsize=4096)
def strip_subject(text: str) -> str:
    """A subject without its opening adverbs, conjunctions and determiner.

    >>> strip_subject("Last week, the bloc's Foreign Affairs Council"), strip_subject("But Otieno")
    ("bloc's Foreign Affairs Council", 'Otieno')
    """
    text = LEADING_ADVERB_RE.sub("", text.strip())
    return _DET_START_RE.sub("", text).strip(" ,")


def split_subject(text: str) -> list[str]:
    """The actors of a subject: one per conjunct, unless "and" sits inside an "of/for" name.

    >>> split_subject("Tokyo and Canberra"), split_subject("the Ministry of Trade and Industry")
    (['Tokyo', 'Canberra'], ['the Ministry of Trade and Industry'])
    """
    if "," not in text and "&" not in text and "and" not in text:  # one actor (the common case, kept quick)
        return [text] if text.strip() else []
    if NAME_CHAIN_AND_RE.search(text):
        return [text]
    return [p for p in CONJUNCTION_RE.split(text) if p.strip()]

def _subject_cut(text: str) -> int:
    """Where a subject ending ``text`` starts at the earliest: after the last character, comma or
    word that no subject can contain (the search from there finds what a search from 0 finds).

    >>> s = 'He spoke of "war" while troops crossed the river, the army '
    >>> s[_subject_cut(s):]
    ' the army '
    """
    cut = 0
    m = _NO_SUBJECT_CHAR_RE.match(text)
    if m:
        cut = m.end()
    comma = text.rfind(",")
    if comma >= cut and not _AND_RE.search(text, comma):
        cut = comma + 1
    m = _NO_SUBJECT_WORD_RE.match(text, cut)
    return m.end() if m else cut


def _negated_before(prefix: str, start: int) -> bool:
    """Whether NEGATED_BEFORE_RE matches ``prefix[:start]``, searched only in its last words.

    >>> _negated_before("Neither Paris nor Berlin", 18), _negated_before("Paris and Berlin", 10)
    (True, False)
    """
    words = prefix[:start].rstrip()
    lo = len(words[:-3].rstrip() if words.endswith(("the", "The")) else words) - len("neither")
    return NEGATED_BEFORE_RE.search(prefix, max(lo, 0), start) is not None


def _preposition_before(prefix: str, start: int) -> bool:
    """Whether PREPOSITION_BEFORE_RE matches ``prefix[:start]``, searched only in its last word.

    >>> _preposition_before("running for the presidency", 12), _preposition_before("running for", 8)
    (True, False)
    """
    lo = len(prefix[:start].rstrip()) - len("between")
    return PREPOSITION_BEFORE_RE.search(prefix, max(lo, 0), start) is not None


def _may_end_subject(prefix: str) -> bool:
    """Whether a subject (or a pronoun) and its auxiliaries may end ``prefix``: its last character
    but spaces is a word character, a full stop ("U.S.") or a hyphen, as every subject's last word has.

    >>> _may_end_subject("Troops crossed the river, the army "), _may_end_subject('"We agree," ')
    (True, False)
    """
    last = prefix.rstrip()[-1:]
    return last.isalnum() or (last != "" and last in "_.-")


def _subject_before(prefix: str) -> tuple[str, int, bool] | None:
    """The subject ending ``prefix`` (before a verb): (text, start, is_pronoun), or None.

    >>> _subject_before("Last week, Tokyo and Canberra ")
    ('Tokyo and Canberra', 11, False)
    >>> _subject_before("Neither Paris nor Berlin have ") is None
    True
    """
    if not _may_end_subject(prefix):
        return None
    tail = prefix[-200:]
    shift = len(prefix) - len(tail)
    cut = _NO_PRONOUN_CHAR_RE.match(tail)  # a pronoun and auxiliaries are letters, spaces and "n't"
    m = PRONOUN_BEFORE_RE.search(tail, cut.end() if cut else 0)
    pronoun = m is not None
    if not pronoun:
        m = SUBJECT_BEFORE_RE.search(tail, _subject_cut(tail))
        if not m:
            return None
    subj, start = m.group("subj"), m.start("subj") + shift
    lead = None if pronoun else LEADING_ADVERB_RE.match(subj)
    if lead:
        subj, start = subj[lead.end():], start + lead.end()
    if _negated_before(prefix, start) or _NEGATED_START_RE.match(subj):
        return None
    if _preposition_before(prefix, start):
        return None  # "running for the presidency, told …": the noun is an object, not the subject
    if not pronoun and (not strip_subject(subj) or _ONLY_STOP_RE.fullmatch(subj)):
        return None  # "The estimated value is ...": an article opening the sentence is no subject
    return subj, start, pronoun
