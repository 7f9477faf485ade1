"""Reported statements in one sentence: the patterns of reported speech.

==============  =========================================================
front           "X said (Sunday) that …", "X has vowed to …", "X warned …"
trailing        "…, X said (Sunday)." and the inverted "…, said X."
according       "…, according to X." and "According to X, …"
statement noun  "X issued a denial …", "X gave a warning …"
continued       "…, adding that …", "…, but argued …" (the same subject)
==============  =========================================================

A verb leading in to a quotation, or a statement that is (almost) all one quotation, is left to
the quotes table. A statement ends where the next attribution opens a clause inside it.

In: a sentence and the quotation spans inside it. Out: :class:`_Statement` (subject as written,
verb, form, and the statement's span, offsets into the sentence).

>>> [(s.subject, s.verb, s.form) for s in find_statements("Troops crossed the river, the army said.")]
[('the army', 'said', 'trailing')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ...read.text import quote_spans
from .stances import _SPACE_RE, _fold, load_stances
from .subjects import _CHAIN, _LOW, TIME_RE, SUBJECT_AFTER_RE, _subject_before, strip_subject

#: What follows a verb that ends a trailing attribution: "…, X said." / "X said Sunday, citing …".
TRAILING_TAIL_RE = re.compile(
    rf"(?:\s+(?:{TIME_RE.pattern}|(?:in|on|at|during|via|through|to|from|after|before|while|when)\b(?:[^,;.!?\"\u201c\u201d']|'(?!'))*))*"
    r"\s*(?:[,;:.!?]|$)")
#: The gap between a verb and "that": "said Sunday that", "said last week, however, that", "told reporters that".
THAT_RE = re.compile(r"^(?:(?:[^\"\u201c\u201d.;:']|'(?!')){0,60}?[\s,])?that\s+")
#: What follows a verb that is a circumstance, not a statement: "said in a statement", "added during …"
#: (but "confirmed at least 2,500 …" and "said as many as …" are statements).
ADVERBIAL_START_RE = re.compile(r"(?i:in|during|at|on|after|before|via|through|from|when|while|with|under|as|"
                                r"by|for)\b(?!\s+(?:least|most|many|much|few|little|well)\b)")
#: The person told, skipped before the statement: "told reporters", "told the BBC", "told host Jane Doe".
TOLD_OBJECT_RE = re.compile(rf"\s+(?:(?:the|a|an)\s+)?(?:(?:{_LOW}\s+){{0,2}}{_CHAIN}|{_LOW})(?=[\s,.;:])")
#: A statement cannot open with an auxiliary: in "Mark Levine estimates will expire" the verb is a noun.
AUXILIARY_START_RE = re.compile(r"(?:will|would|can|could|may|might|should|must|shall|is|are|was|were|has|have|had)\b")
#: "of" right after a verb form in -s makes it a plural noun ("the energy demands of ...") unless
#: the verb takes "of" (_VERBS_OF: "the union warns of strikes").
_NOUN_BEFORE_OF_RE = re.compile(r"\s+of\b")
_VERBS_OF = frozenset("warns speaks talks complains boasts thinks hears approves disapproves dreams despairs "
                      "accuses convinces informs notifies reminds assures".split())
#: A verb followed by a comma or colon and a quotation mark leads in to a direct quote: 'X wrote, "…'.
QUOTE_LEAD_IN_RE = re.compile(
    rf"(?:\s+(?:{TIME_RE.pattern}|(?:in|on|at|during|via|through|to)\b(?:[^,;:.!?\"\u201c\u201d']|'(?!'))*))*\s*[,:]\s*(?:[\"\u201c]|''|``)")
#: "with" before the subject of a gerund: "…, with Lee saying …".
WITH_BEFORE_RE = re.compile(r"\bwith\s+$")
#: A capitalised gerund or conjunction cannot open a reported statement: "said Reflecting on …",
#: "announced But …" start a new clause.
CLAUSE_START_RE = re.compile(r"[A-Z][a-z]+ing\b|(?:But|And|Or|So|Yet|However|Meanwhile|Still|Then|Also)\b")
#: The second verb of "neither confirmed nor denied": skipped before the statement.
NOR_RE = re.compile(r"\s+(?:or|nor)\s+[a-z]+(?=[\s,])")
#: Time adverbials opening a statement, to skip: "said last week Kenyan police officers …".
LEAD_TIME_RE = re.compile(rf"^(?:[\s,]*(?:{TIME_RE.pattern}|[a-z]+ly)(?![\w]))*[\s,:]*")
#: A connector that continues the previous statement: "…, adding that", "…, but argued", "…," adding".
CONTINUATION_RE = re.compile(r"(?:,(?:''|[\"\u201d\u2019])?|(?:''|[\"\u201d\u2019]),)\s*(?:(?:and|but|while)\s+)?$|\s(?:and|but)\s+$")
#: A connector that opens a new clause: ", with", ", and", ", as".
CLAUSE_LINK_RE = re.compile(r"[,;]\s*(?:(?:with|and|but|while|as|whereas)\s+)?$")
_CLOSE_QUOTE_RE = re.compile(r"[\"\u201d\u2019][\s,]*$")
#: A closing double quotation mark at the end of a text: one character or two apostrophes.
_CLOSING_MARKS = ('"', "\u201d", "\u2019", "''")
_WORD_RE = re.compile(r"[\w\-]+")
# Text with at least two (three) words of _WORD_RE: a search stops at the second (third) word.
_TWO_WORDS_RE = re.compile(r"[\w\-][^\w\-]+[\w\-]")
_THREE_WORDS_RE = re.compile(r"[\w\-][^\w\-]+[\w\-]+[^\w\-]+[\w\-]")


@dataclass(frozen=True)
class _Statement:
    """A reported statement found in one sentence (offsets relative to the sentence)."""

    subject: str | None          # the subject as written; None for a continuation
    anchor: int                  # where the attribution starts (subject, connector or source)
    verb: str
    pred_start: int
    pred_end: int
    start: int
    end: int
    form: str                    # front, trailing, inverted, according, noun, continued
    pronoun: bool = False


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces and one sentence-final full stop (not a closing quote).

    >>> s = "He said the bridge fell."
    >>> _trim(s, 7, len(s))
    (8, 23)
    """
    while start < end and sentence[start] in " ,:;\u2014-":
        start += 1
    while end > start and sentence[end - 1] in " ,;:\u2014":
        end -= 1
    if end > start and sentence[end - 1] in ".!?" and end == len(sentence.rstrip()):
        end -= 1
    return start, end


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and any(a < pos < b for a, b in spans)


def _ends_in_close_quote(text: str) -> bool:
    """Whether ``text`` ends with a closing quotation mark, spaces and commas aside (_CLOSE_QUOTE_RE,
    read from the end instead of searched from the start).

    >>> _ends_in_close_quote('"We agree," , '), _ends_in_close_quote("We agree, ")
    (True, False)
    """
    text = text.rstrip()
    while text.endswith(","):
        text = text[:-1].rstrip()
    return text.endswith(_CLOSING_MARKS)


def _is_quotation(sentence: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) is (almost) all one quotation, so it belongs to the quotes table.

    Up to two words may come before the quotation ('said flatly: "No."').

    >>> s = 'He said flatly: "We never agreed to it."'
    >>> _is_quotation(s, 8, len(s), [(16, len(s) - 1)])
    True
    """
    body_start, body_end = _trim(sentence, start, end)
    for a, b in spans:
        lead = sentence[body_start:max(a, body_start)]
        if a < body_end and b >= body_end - 2 and len(lead) <= 20 and not _THREE_WORDS_RE.search(lead):
            return True
    return False


def _front_statement(sentence: str, verb_end: int) -> int:
    """Where a statement after its verb starts: after "that", else after time adverbials.

    >>> s = "Roe said on Friday, however, that talks failed."
    >>> s[_front_statement(s, 8):]
    'talks failed.'
    >>> s = "Roe neither confirmed nor denied the raid."
    >>> s[_front_statement(s, 21):]
    'the raid.'
    >>> s = "Roe told host Jane Doe the raid failed."
    >>> s[_front_statement(s, 8):]
    'the raid failed.'
    """
    nor = NOR_RE.match(sentence, verb_end)
    if nor:
        verb_end = nor.end()
    if load_stances().verbs.get(sentence[:verb_end].rsplit(None, 1)[-1].lower(), ("",))[0] == "tell":
        told = TOLD_OBJECT_RE.match(sentence, verb_end)
        if told:
            verb_end = told.end()
    after = sentence[verb_end:]
    m = THAT_RE.match(after)
    if m and not load_stances().verb_re.search(m.group(0)):  # not "said X, adding that"
        return verb_end + m.end()
    return verb_end + LEAD_TIME_RE.match(after).end()


def find_statements(sentence: str, spans: list[tuple[int, int]] | None = None) -> list[_Statement]:
    """Reported statements in one sentence, in order; quotations in ``spans`` (open, close) are skipped.

    >>> [(s.subject, s.verb, s.form) for s in find_statements("Troops crossed the river, the army said.")]
    [('the army', 'said', 'trailing')]
    >>> [(s.subject, s.verb, s.form) for s in find_statements("Roe said that it rained, adding that it stopped.")]
    [('Roe', 'said', 'front'), (None, 'adding', 'continued')]
    """
    spans = quote_spans(sentence) if spans is None else spans
    return list(_statements(sentence, tuple(map(tuple, spans))))


@lru_cache(maxsize=4096)
def _statements(sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[_Statement, ...]:
    """The work of :func:`find_statements`, kept for sentences met again (wire copy reprinted,
    boilerplate such as "did not respond to a request for comment")."""
    lex = load_stances()
    found: list[_Statement] = []
    sources = lex.source_re.finditer(sentence) if any(map(sentence.__contains__, lex.source_hints)) else ()
    for m in sources:
        if _in_spans(m.start(), spans):
            continue
        st = _according(sentence, m)
        if st:
            found.append(st)
    nouns = lex.noun_re.finditer(sentence) if any(map(sentence.__contains__, lex.noun_hints)) else ()
    for m in nouns:
        if _in_spans(m.start(), spans):
            continue
        subj = _subject_before(sentence[:m.start()])
        if subj:
            start, end = _trim(sentence, m.start("object"), len(sentence))
            found.append(_Statement(subj[0], subj[1], m.group("noun"), m.start(), m.end(), start, end, "noun", subj[2]))
    taken = [(s.pred_start, s.pred_end) for s in found]
    for m in lex.verb_re.finditer(sentence):
        if _in_spans(m.start(), spans) or (taken and any(a <= m.start() < b for a, b in taken)):
            continue
        st = _verb_statement(sentence, m, spans, found)
        if st:
            found.append(st)
    found.sort(key=lambda s: (s.anchor, s.pred_start))
    _cut_at_next(sentence, found)
    return tuple(s for s in found
                 if s.end > s.start and (s.form == "noun" or not _is_quotation(sentence, s.start, s.end, spans)))


def _according(sentence: str, m: re.Match) -> _Statement | None:
    """ "…, according to X.", "According to X, …", or "The plan, according to X, is …" (the whole sentence)."""
    subj = SUBJECT_AFTER_RE.match(sentence, m.end())
    if not subj:
        return None
    name = strip_subject(subj.group("subj"))
    if name[:1].islower() and not subj.group("subj").lower().startswith("the "):
        return None  # "according to their instincts" names no source
    if not sentence[:m.start()].strip():
        comma = sentence.find(",", subj.end())
        if comma < 0:
            return None
        start, end = _trim(sentence, comma + 1, len(sentence))
    elif _THREE_WORDS_RE.search(sentence, subj.end()):
        start, end = _trim(sentence, 0, len(sentence))  # "The plan, according to X, is …": the whole sentence
    else:
        start, end = _trim(sentence, 0, m.start())
    return _Statement(subj.group("subj"), m.start(), m.group("source").lower(), m.start(), subj.end(), start, end,
                      "according")


def _has_quote_mark(sentence: str, pos: int) -> bool:
    """Whether an opening quotation mark (straight or curly) comes at or after ``pos``.

    >>> _has_quote_mark('He said: "No."', 3), _has_quote_mark('"No," he said.', 5)
    (True, False)
    """
    return sentence.find('"', pos) >= 0 or sentence.find("\u201c", pos) >= 0 or sentence.find("''", pos) >= 0 or \
        sentence.find("``", pos) >= 0


def _continuation(prefix: str) -> re.Match | None:
    """CONTINUATION_RE searched where it can match: in the last word and the comma before it.

    >>> _continuation("Roe said that it rained, ").start()
    23
    """
    words = prefix.rstrip()
    lo = len(words) - 3  # a comma and a quotation mark (of up to two characters) ending the text
    for connector in ("and", "but", "while"):
        if words.endswith(connector):
            lo = len(words[:-len(connector)].rstrip()) - 3
            break
    return CONTINUATION_RE.search(prefix, max(lo, 0))


def _verb_statement(sentence: str, m: re.Match, spans, found: list[_Statement]) -> _Statement | None:
    """The statement of one reporting verb, trying each form in turn: inverted, continued,
    trailing, front. A verb leading in to a quotation ('X said: "…"') is left to the quotes table.
    """
    verb, prefix = m.group(0), sentence[:m.start()]
    if _has_quote_mark(sentence, m.end()) and QUOTE_LEAD_IN_RE.match(sentence, m.end()):
        return None
    if prefix.rstrip().endswith(",") and not _ends_in_close_quote(prefix.rstrip().rstrip(",")):
        inverted = _inverted(sentence, m, spans)
        if inverted:
            return inverted
    subj = _subject_before(prefix)
    if subj is None:
        return _continued(sentence, m) if found and _continuation(prefix) else None
    text, subj_start, pronoun = subj
    if _NOUN_BEFORE_OF_RE.match(sentence, m.end()) and verb.lower().endswith("s") and verb.lower() not in _VERBS_OF:
        return None  # "the energy demands of their algorithms", "claims of fraud": a noun, not a verb
    if verb.endswith("ing") and not WITH_BEFORE_RE.search(prefix[:subj_start]):
        return None  # a gerund reports only after "with" ("with X saying") or as a continuation
    before = sentence[:subj_start].rstrip()
    if _ends_in_close_quote(before.rstrip(",")) and (before.endswith(",") or before.endswith(_CLOSING_MARKS)):
        return None  # '"…," the minister said': a direct quote
    if before.endswith(",") and TRAILING_TAIL_RE.match(sentence, m.end()):
        start, end = _trim(sentence, 0, len(before) - 1)
        if _THREE_WORDS_RE.search(sentence, start, end) and not _is_quotation(sentence, start, end, spans):
            return _Statement(text, subj_start, verb, subj_start + len(text), m.end(), start, end, "trailing", pronoun)
    span = _front_span(sentence, m.end(), subj_start + len(text), spans)
    if span is None:
        return None
    return _Statement(text, subj_start, verb, subj_start + len(text), m.end(), *span, "front", pronoun)


def _inverted(sentence: str, m: re.Match, spans) -> _Statement | None:
    """ "Talks will resume, said the minister.": the clause before the comma, the subject after the verb."""
    inv = SUBJECT_AFTER_RE.match(sentence, m.end())
    if not (inv and strip_subject(inv.group("subj")) and inv.group("subj")[0].isupper()):
        return None
    start, end = _trim(sentence, 0, sentence[:m.start()].rstrip().rfind(","))
    if _is_quotation(sentence, start, end, spans) or not _THREE_WORDS_RE.search(sentence, start, end):
        return None
    return _Statement(inv.group("subj"), m.start(), m.group(0), m.start(), inv.end(), start, end, "inverted")


def _continued(sentence: str, m: re.Match) -> _Statement:
    """ "…, adding that …" / "…, but argued …": a second verb of the previous subject."""
    start, end = _trim(sentence, _front_statement(sentence, m.end()), len(sentence))
    anchor = _continuation(sentence[:m.start()]).start()
    return _Statement(None, anchor, m.group(0), m.start(), m.end(), start, end, "continued")


def _front_span(sentence: str, verb_end: int, subject_end: int, spans) -> tuple[int, int] | None:
    """The statement after a verb, or None when what follows is no statement (a circumstance,
    a quotation, a new clause); a predicate that is a statement by itself ("declined to
    comment") is then the statement.
    """
    start, end = _trim(sentence, _front_statement(sentence, verb_end), len(sentence))
    if start < len(sentence) and sentence[start] in ",;":
        return None
    if _is_quotation(sentence, start, end, spans) and (sentence[start:start + 1] in "\"\u201c" or
                                                               sentence.startswith(("''", "``"), start)):
        return None
    if (not _TWO_WORDS_RE.search(sentence, start, end) or ADVERBIAL_START_RE.match(sentence, start)
            or AUXILIARY_START_RE.match(sentence, start) or CLAUSE_START_RE.match(sentence, start)):
        pred = _trim(sentence, subject_end, verb_end)
        return pred if _says_by_keyword(sentence[pred[0]:pred[1]]) else None
    return start, end


def _says_by_keyword(predicate: str) -> bool:
    """Whether a predicate is a statement by itself: a keyword that overrides any verb ("declined to comment").

    >>> _says_by_keyword("declined to comment"), _says_by_keyword("said")
    (True, False)
    """
    lex = load_stances()
    return any(lex.keywords[_SPACE_RE.sub(" ", m.group(0))][1] == "any"
               for m in lex.keyword_re.finditer(_fold(predicate)))


def _cut_at_next(sentence: str, found: list[_Statement]) -> None:
    """End a statement where the next attribution opens a clause inside it: "…, with X saying …"."""
    for i, st in enumerate(found):
        for nxt in found[i + 1:]:
            if st.start < nxt.anchor < st.end:
                link = CLAUSE_LINK_RE.search(sentence, st.start, nxt.anchor)
                if link is not None or nxt.form == "continued":
                    cut = link.start() if link is not None else nxt.anchor
                    if sentence[cut:cut + 2] in (',"', ",\u201d"):
                        cut += 2  # keep the closing mark of a quotation the comma sits in
                    elif sentence.startswith(",''", cut):
                        cut += 3
                    start, end = _trim(sentence, st.start, cut)
                    found[i] = replace(st, start=start, end=end)
                    break
