"""Direct quotes and who said them.

Every quotation in the body is found (straight or curly marks, partial quotes inside a sentence,
quotes split by their attribution, quotes running over paragraphs, unbalanced marks) and given
a speaker from the attribution around it:

- after the quote: ``"...," Putin said`` / ``"...," said Putin`` / ``"...," X, the ..., said`` /
  ``"..." -Name`` / ``"...," according to X``;
- before it: ``X said: "..."`` / ``X said Sunday that ... "in a matter of days"``;
- a colon lead-in closing the previous paragraph (``Zelensky wrote:``);
- the previous quote of the same statement (split quotes, quotes continuing a paragraph).

Pronouns (``he wrote``) resolve to the nearest fitting actor named before; a document
(``the report said``) to the body that issued it. Titles are stripped ("U.S. National Security
Council spokesman John Kirby" is John Kirby); names the gazetteer lacks are kept as written.
The reporting verbs and the phrases that state a medium are lists in ``data/``.

>>> from helpers.articles import parse_article
>>> art = parse_article('Head line here\\n\\n"We will win," Jan Novak, a spokesman for the party, told reporters. "Soon."\\n', "a1")
>>> [(q["text"], q["speaker"], q["verb"], q["medium"]) for q in extract(art)]
[('We will win,', 'Jan Novak', 'told', 'remarks to reporters'), ('Soon.', 'Jan Novak', 'told', 'remarks to reporters')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from .actors import (FUNCTION_WORDS, Actor, Gazetteer, article_context, find_actors, load_gazetteer, title_words,
                     titles, token_key)
from .lexicon import read_table
from .text import split_sentences

if TYPE_CHECKING:  # pragma: no cover
    from .articles import Article

# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Verb:
    """A reporting verb form: its lemma, which form it is, and what it implies."""

    lemma: str
    form: str  # base, past, present or gerund
    inverts: bool
    medium: str
    noun: bool = False  # the base and present forms are also nouns ("a report")


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, Verb]:
    """``reporting_verbs.csv``: every form (lower case) → :class:`Verb`.

    >>> v = reporting_verbs()["wrote"]
    >>> v.lemma, v.form, v.inverts
    ('write', 'past', True)
    """
    out: dict[str, Verb] = {}
    for r in read_table("reporting_verbs.csv"):
        for form in ("past", "present", "gerund", "lemma"):
            word = r[form].lower()
            out.setdefault(word, Verb(r["lemma"], "base" if form == "lemma" else form, r["inverts"] == "y", r["medium"],
                                      r["noun"] == "y"))
    out["according to"] = Verb("according to", "past", True, "")
    return out


@lru_cache(maxsize=None)
def verb_re() -> re.Pattern:
    """Any reporting verb form as a whole word: ``said``, ``pointed out``, ``according to``.

    >>> [m.group() for m in verb_re().finditer("He said so-called talks, according to aides.")]
    ['said', 'according to']
    """
    forms = sorted(reporting_verbs(), key=len, reverse=True)
    return re.compile(r"(?<![\w\-'\u2019])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w\-])", re.I)


@lru_cache(maxsize=None)
def media_phrases() -> tuple[tuple[str, re.Pattern], ...]:
    """``media_phrases.csv``: (medium template, compiled pattern), ``{source}`` filled in.

    >>> [m for m, p in media_phrases() if p.search("he said in a post on X on Sunday")][:1]
    ['post on {source}']
    """
    source = r"(?P<source>(?:the\s+)?(?:official\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){0,5})"
    out = []
    for r in read_table("media_phrases.csv"):
        pat = r["pattern"] if "(?P<source>" in r["pattern"] else r["pattern"].replace("{source}", source)
        out.append((r["medium"], re.compile(pat.replace(r"\b(?i)", r"\b"), re.I if "{source}" not in r["pattern"] else 0)))
    return tuple(out)


@lru_cache(maxsize=None)
def pronouns() -> dict[str, tuple[str, str]]:
    """``pronouns.csv``: pronoun → (what it refers to, gender).

    >>> pronouns()["she"]
    ('person', 'f')
    """
    return {r["pronoun"].lower(): (r["refers"], r["gender"]) for r in read_table("pronouns.csv")}


# --------------------------------------------------------------------------- quotation marks

DOUBLE_OPEN = "\u201c\u201e\u00ab"
DOUBLE_CLOSE = "\u201d\u00bb"
DOUBLE = '"' + DOUBLE_OPEN + DOUBLE_CLOSE
SINGLE_OPEN = "\u2018"
SINGLE = "'\u2018\u2019"
#: Characters after which a quotation mark opens: "(" , a dash, a slash or a colon with no space.
_OPEN_BEFORE = set(" \t\n\u00a0([{\u2014\u2013-/:")
#: Characters before which a quotation mark closes.
_CLOSE_AFTER = set(" \t\n\u00a0,.;:!?)]}\u2014\u2013-\u2026")


def mark_role(text: str, i: int) -> str:
    """Whether the quotation mark at ``i`` opens, closes or could do either, from its neighbours.

    Curly marks say which they are unless their neighbours contradict it (some copy uses ``”``
    both ways); a straight mark opens after a space and closes before one.

    >>> [mark_role('He said "yes" then', i) for i in (8, 12)]
    ['open', 'close']
    >>> mark_role('a " b', 2)
    'either'
    """
    ch = text[i]
    if i + 1 == len(text.rstrip()) and i > 0:
        return "close"  # nothing follows: '... he said. "They see that. “'
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPEN_BEFORE or before in DOUBLE_OPEN + SINGLE_OPEN
    closes = after in _CLOSE_AFTER or after in DOUBLE_CLOSE + "\u2019'"
    if ch in DOUBLE_OPEN or ch == SINGLE_OPEN:
        return "close" if closes and not opens and after.isspace() else "open"
    if ch in DOUBLE_CLOSE or ch == "\u2019":
        return "open" if opens and not closes else "close"
    if opens and not closes and not after.isspace():
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _single_quote_marks(text: str) -> list[int]:
    """Positions of single marks used as quotation marks, not apostrophes ("don't", "voters'")."""
    out = []
    for i, ch in enumerate(text):
        if ch not in SINGLE:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # don't, O'Brien
        if ch != SINGLE_OPEN and before == "s" and after.isspace():
            continue  # voters' rights: a plural possessive
        out.append(i)
    return out


def pair_marks(text: str, single: bool = False, carried: bool = False) -> tuple[list[tuple[int, int]], int | None]:
    """Pair the quotation marks of one paragraph: ``([(open, close), ...], open_at_end)``.

    ``open_at_end`` is the offset of an opening mark left open when the paragraph ends (a quote
    running into the next paragraph, or a stray mark). A second opening mark inside an open
    quote starts the quote again (the first had no partner); a closing mark with no quote open
    is ignored. Single marks inside a double quote are part of it; ``single=True`` pairs single
    marks instead (copy that quotes with them).

    >>> pair_marks('"A," he said. "B')
    ([(0, 3)], 14)
    >>> pair_marks('He said \u201cyes\u201d and \u201cno\u201d twice')
    ([(8, 12), (18, 21)], None)
    """
    marks = _single_quote_marks(text) if single else [i for i, ch in enumerate(text) if ch in DOUBLE]
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in marks:
        role = mark_role(text, i)
        if open_at is None:
            if role != "close" or (i == 0 and carried):
                open_at = i
        elif role == "open" and not text[open_at + 1:i].strip():
            open_at = i  # two opening marks in a row: keep the later
        elif role == "open" and text[i - 1:i].isspace() and text[i] not in DOUBLE_CLOSE + "\u2019":
            open_at = i  # an opening mark inside an open quote: the first one had no partner
        else:
            spans.append((open_at, i))
            open_at = None
    return spans, open_at


@dataclass
class Quotation:
    """One quotation inside one paragraph (offsets into the paragraph's text)."""

    para: int
    open: int
    close: int  # offset of the closing mark, or the paragraph's length if it runs on
    start: int
    end: int
    closed: bool = True
    continued: bool = False  # goes on from the previous paragraph
    runs_on: bool = False  # goes on in the next paragraph


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _starts_with_opening_mark(text: str, single: bool) -> bool:
    stripped = text.lstrip()
    if not stripped:
        return False
    i = len(text) - len(stripped)
    return stripped[0] in ((SINGLE_OPEN + "'") if single else DOUBLE) and mark_role(text, i) != "close"


def _uses_single_marks(paragraphs: list[dict]) -> bool:
    """True when the body has no double quotation marks but pairs single ones (British style)."""
    body = "".join(p["text"] for p in paragraphs)
    if any(ch in body for ch in DOUBLE):
        return False
    return any(pair_marks(p["text"], single=True)[0] for p in paragraphs)


def quotations(paragraphs: list[dict]) -> list[Quotation]:
    """Every quotation of an article's body paragraphs, in reading order.

    A quote left open at the end of a paragraph continues when the next paragraph opens with a
    quotation mark (the news convention for multi-paragraph quotes); otherwise it is kept to the
    paragraph's end only when it opens the paragraph or a sentence or follows a colon, and dropped
    when it is a stray mark inside a sentence. Nothing runs past its paragraph.

    >>> ps = [{"text": '"One. Two.'}, {"text": '"Three," he said.'}, {"text": 'A "stray mark here.'}]
    >>> [(q.para, ps[q.para]["text"][q.start:q.end], q.runs_on, q.continued) for q in quotations(ps)]
    [(0, 'One. Two.', True, False), (1, 'Three,', False, True)]
    """
    single = _uses_single_marks(paragraphs)
    out: list[Quotation] = []
    carried = False
    for n, p in enumerate(paragraphs):
        text = p["text"]
        spans, open_at = pair_marks(text, single=single, carried=carried)
        for k, (a, b) in enumerate(spans):
            s, e = _trim(text, a + 1, b)
            if e > s:
                out.append(Quotation(n, a, b, s, e, continued=carried and k == 0 and not text[:a].strip()))
        was_carried, carried = carried, False
        if open_at is None:
            continue
        s, e = _trim(text, open_at + 1, len(text))
        if e <= s:
            continue
        nxt = paragraphs[n + 1]["text"] if n + 1 < len(paragraphs) else ""
        lead = text[:open_at].rstrip()
        runs_on = _starts_with_opening_mark(nxt, single)
        if runs_on or not lead or lead.endswith((":", ".", "!", "?")) or (was_carried and not spans):
            continued = was_carried and not spans and not lead
            out.append(Quotation(n, open_at, len(text), s, e, closed=False, continued=continued, runs_on=runs_on))
            carried = runs_on
    return out


# --------------------------------------------------------------------------- noun phrases

#: Word tokens for attribution parsing: dotted acronyms, short abbreviations before a capital
#: ("Sen. Ted"), words with inner hyphens or apostrophes, possessive markers, any other mark.
#: For example ``"Sen. Ted Cruz's aide"`` gives ``Sen.``, ``Ted``, ``Cruz``, ``'s``, ``aide``.
WORD_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.(?=[ \u00a0]+[A-Z])|[A-Z]\.(?=[ \u00a0])"
    r"|[^\W_]+(?:(?:-|['\u2019](?![sS]\b))[^\W_]+)*|['\u2019][sS]\b|(?<=s)['\u2019](?!\w)|[^\s\w]")
DETERMINERS = frozenset("the a an one another his her their its our my your this these those some several many two three both each".split())
CONNECTORS = frozenset("of for at from to".split())
QUANTIFIERS = frozenset("one two three some many several each both most none all any".split())
#: Words between a subject and its verb that are not part of the subject: "Yoon also said".
ADVERBIALS = frozenset("""also has had have having will would could should may might must can did do does not never
then later once again previously recently further earlier first already still reportedly repeatedly publicly
privately quickly initially subsequently separately likewise similarly just even apparently is are was were be been
being""".split())
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month
year morning afternoon evening night weekend hours days weeks months years minutes moments""".split())
_LY_NOUNS = frozenset("family ally assembly daily weekly monthly rally italy".split())
PRONOUN_WORDS = frozenset("he she they it we i you".split())


def _word_class(tok: str) -> str:
    """Class of a token for noun-phrase parsing: det, connect, poss, cap, low, pron, stop or punct.

    >>> [_word_class(w) for w in ["the", "of", "Will", "will", "said", "report", "didn't", "46-year-old"]]
    ['det', 'connect', 'cap', 'stop', 'stop', 'low', 'stop', 'low']
    """
    if tok[:1] in "'\u2019" and len(tok) <= 2:
        return "poss"
    if not (tok[:1].isalnum()):
        return "punct"
    low = tok.lower()
    if low in PRONOUN_WORDS:
        return "pron"
    if low in DETERMINERS:
        return "det"
    if low in CONNECTORS:
        return "connect"
    if low in FUNCTION_WORDS or low in TIME_WORDS or (low in ADVERBIALS and low not in ("will", "may") or tok[:1].islower()) and low in ADVERBIALS:
        return "stop"
    if low.endswith(("n't", "n\u2019t")):
        return "stop"
    verb = reporting_verbs().get(low)
    if verb is not None and not (verb.noun and verb.form in ("base", "present")):
        return "stop"
    if tok[:1].isupper():
        return "cap"
    if low.endswith("ly") and low not in _LY_NOUNS or (low.endswith("ing") and "-" not in low):
        return "stop"
    return "low"


def _words(text: str, a: int, b: int) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(), _word_class(m.group())) for m in WORD_RE.finditer(text, a, b)]


def _valid_np(ws: list[tuple[int, int, str, str]]) -> bool:
    """A noun phrase ends in a word and has a head: "the report", "Kim Jong Gyu", not "the"."""
    return bool(ws) and ws[-1][3] in ("cap", "low") and ws[0][3] != "connect"


def _skip_back_adverbials(ws: list, i: int) -> int:
    """Index of the last word before adverbs, a time phrase or a parenthesis ("Cruz (R-Texas) also")."""
    while i >= 0:
        w, c = ws[i][2], ws[i][3]
        if w == ")":
            depth = 0
            while i >= 0:
                depth += ws[i][2] == ")"
                depth -= ws[i][2] == "("
                i -= 1
                if depth == 0:
                    break
            continue
        if c == "stop" and w.lower() in ADVERBIALS | TIME_WORDS | {"on", "last", "this", "late", "early", "earlier"}:
            i -= 1
            continue
        if c in ("low", "stop") and w.lower().endswith("ly") and w.lower() not in _LY_NOUNS:
            i -= 1
            continue
        break
    return i


def np_before(text: str, end: int, floor: int = 0) -> tuple[int, int] | None:
    """The noun phrase that ends just before ``end`` (a verb's start), as (start, end), or None.

    Adverbs and time phrases between the subject and the verb are skipped; "of", "for" and "to"
    may join words inside the phrase ("the Defense Intelligence of Ukraine", "a spokesman for the
    party"); a determiner ends it.

    >>> t = "Ukrainian President Volodymyr Zelensky also said"
    >>> t[slice(*np_before(t, t.index("said")))]
    'Ukrainian President Volodymyr Zelensky'
    >>> t = "Russia sent troops, the Defense Intelligence of Ukraine said"
    >>> t[slice(*np_before(t, t.index("said")))]
    'the Defense Intelligence of Ukraine'
    """
    ws = _words(text, floor, end)
    i = _skip_back_adverbials(ws, len(ws) - 1)
    if i < 0:
        return None
    if ws[i][3] == "pron":
        return ws[i][0], ws[i][1]
    j = i
    while j >= 0:
        c = ws[j][3]
        if c in ("cap", "low", "poss") or (j < i and c == "stop" and ws[j][2].endswith("ing") and ws[j][2].islower()
                                           and j > 0 and ws[j - 1][3] == "det"):
            j -= 1  # "a marketing video": an -ing word inside a phrase is a noun
        elif (c == "connect" or ws[j][2] == "and") and j > 0 and ws[j - 1][3] in ("cap", "low") and j < i:
            j -= 1
        elif c == "det":
            if j > 0 and ws[j - 1][3] == "connect":
                j -= 1
                continue
            j -= 1
            break
        else:
            break
    np = ws[j + 1:i + 1]
    while np and np[0][3] == "connect":
        np = np[1:]
    if not _valid_np(np):
        return None
    return np[0][0], np[-1][1]


def np_after(text: str, start: int, limit: int | None = None) -> tuple[int, int] | None:
    """The noun phrase starting at ``start`` (after "said" or "according to"), or None.

    >>> t = 'said Skip Roe, a longtime aide'
    >>> t[slice(*np_after(t, 5))]
    'Skip Roe'
    >>> t = "according to a spokesman for the ministry on Monday"
    >>> t[slice(*np_after(t, 13))]
    'a spokesman for the ministry'
    >>> t = "said one of the advisers, who asked"
    >>> t[slice(*np_after(t, 5))]
    'one of the advisers'
    """
    ws = _words(text, start, len(text) if limit is None else limit)
    if not ws:
        return None
    if ws[0][3] == "pron":
        return ws[0][0], ws[0][1]
    np: list = []
    for k, w in enumerate(ws):
        c = w[3]
        if c == "det" and (not np or np[-1][3] == "connect"):
            np.append(w)
        elif c == "connect" and len(np) == 1 and np[0][2].lower() in QUANTIFIERS and w[2].lower() == "of":
            np.append(w)  # "one of those advisers"
        elif c in ("cap", "low", "poss") and w[2].lower() not in TIME_WORDS:
            np.append(w)
        elif c == "connect" and np and np[-1][3] in ("cap", "low"):
            np.append(w)
        else:
            break
    while np and np[-1][3] in ("connect", "det", "poss"):
        np.pop()
    if not _valid_np(np) or (np[0][3] == "det" and len(np) == 1):
        return None
    return np[0][0], np[-1][1]


#: A party and state tag after a US politician's name: "Rep. Glenn Roe, R-Pa., said".
PARTY_TAG_RE = re.compile(r"\s*\(?[RDI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?\)?\s*")


def _looks_appositive(segment: str) -> bool:
    """Whether a comma-delimited segment describes the name before it.

    >>> [_looks_appositive(s) for s in [" a spokesman for X", " 45", " Twitter's director", " R-Pa.", " and Roe", " Jan Roe"]]
    [True, True, True, True, False, False]
    """
    ws = _words(segment, 0, len(segment))
    if not ws or PARTY_TAG_RE.fullmatch(segment):
        return bool(ws)
    if verb_re().search(segment) and not re.match(r"\s*(?:who|whose|which)\b", segment):
        return False
    first = ws[0][2]
    if first.lower() in ("and", "or", "but", "as", "while", "when", "after", "before", "if"):
        return False
    possessive = len(ws) > 2 and ws[1][3] == "poss" and ws[2][3] == "low"
    return first[:1].islower() or first[:1].isdigit() or ws[0][3] == "det" or possessive


#: "X is quoted as saying": the subject stands before the passive.
QUOTED_AS_RE = re.compile(r"\s+(?:is|was|were|are|has been|had been|being)\s+(?:also\s+)?quoted\s+as\s*$", re.I)


def _name_like(text: str, np: tuple[int, int]) -> bool:
    """A phrase that names someone: it has a capitalised word and does not open with a plain noun."""
    ws = _words(text, np[0], np[1])
    return any(w[3] == "cap" and w[2][:1].isalpha() for w in ws) and ws[0][3] != "low"


def _standalone(text: str, floor: int, at: int) -> bool:
    """Whether a phrase at ``at`` opens its clause (after the start, a comma, a dash or a bracket)."""
    before = text[floor:at].rstrip()
    return not before or before[-1] in ",;:(\u2014\u2013-" or before.endswith(tuple(DOUBLE))


def subject_before(text: str, verb_start: int, floor: int = 0) -> tuple[int, int] | None:
    """The subject of a verb: the phrase just before it, or the name before an appositive.

    >>> t = "Jan Roe, a longtime aide to the mayor, who knows him well, said"
    >>> t[slice(*subject_before(t, t.index("said")))]
    'Jan Roe'
    >>> t = "Cory Roe, 22, of Flint, Mich., once said"
    >>> t[slice(*subject_before(t, t.index("said")))]
    'Cory Roe'
    """
    quoted_as = QUOTED_AS_RE.search(text, floor, verb_start)
    if quoted_as:
        verb_start = quoted_as.start()
    ws = _words(text, floor, verb_start)
    i = _skip_back_adverbials(ws, len(ws) - 1)
    if i >= 0 and ws[i][2].lower() in ("who", "which", "that") and i > 0:
        # "a video that said", "Roe, who said": the phrase the relative pronoun stands for, if it
        # names someone (who) or is a body or a document (which, that)
        j = i - 1 if ws[i - 1][2] != "," else i - 2
        np = np_before(text, ws[j][1], floor) if j >= 0 else None
        if np is None:
            return None
        head = _head_word(text[np[0]:np[1]])[1]
        fits = _name_like(text, np) if ws[i][2].lower() == "who" else head in ("document", "organization")
        return np if fits else None
    if i < 0 or ws[i][2] != ",":
        return np_before(text, verb_start, floor)
    # NAME, appositive[, appositive], VERB
    cut = ws[i][0]
    described = None
    for _ in range(4):
        prev = text.rfind(",", floor, cut)
        if prev < 0 or cut - prev > 220 or any(ch in DOUBLE for ch in text[prev:cut]):
            break
        np = np_before(text, prev, floor)
        segment = text[prev + 1:cut]
        if np and _standalone(text, floor, np[0]) and _looks_appositive(segment):
            if _name_like(text, np):
                return np
            if described is None and _words(text, np[0], np[1])[0][3] == "det" and \
                    re.match(r"\s*(?:who|whose|which)\b", segment):
                described = np  # "an intelligence source, who was not authorized to speak, told"
        if not (_looks_appositive(segment) or PLACE_RE.fullmatch(segment)):
            break
        cut = prev
    # "Gov. Jan Roe (R-OH), said": a stray comma after the subject
    np = np_before(text, ws[i][0], floor)
    if np and _name_like(text, np) and _standalone(text, floor, np[0]) and _only_name_words(text, np):
        return np
    return described


def _only_name_words(text: str, np: tuple[int, int]) -> bool:
    """Whether a phrase is made of names and titles only ("Gov. Jan Roe"), not a clause ("Roe hit Kim")."""
    return all(w[3] in ("cap", "poss", "connect", "det") or token_key(w[2]) in title_words() for w in _words(text, np[0], np[1]))


#: A place or a state written between commas after a name: "Cory Roe, 22, of Flint, Mich., said".
PLACE_RE = re.compile(r"\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*")


def sentence_subject(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The subject opening the clause at ``floor``, for verbs without their own ("..., saying",
    "and joked", "by tweeting"): a name with its titles, or a determiner and title words.
    A leading conjunction is skipped, and so is an introductory phrase before a comma.

    >>> t = "Hours later, Jan Roe returned the favor to Kim, telling Reuters"
    >>> t[slice(*sentence_subject(t, 0, len(t)))]
    'Jan Roe'
    >>> [t[slice(*sentence_subject(t, 0, len(t)))] for t in ["The Vermont senator emailed supporters", "But Roe made a plea"]]
    ['The Vermont senator', 'Roe']
    """
    ws = _words(text, floor, end)
    if ws and ws[0][2].lower() in ("but", "and", "yet", "so", "still", "now"):
        ws = ws[1:]
    if not ws:
        return None
    if ws[0][3] == "pron":
        return ws[0][0], ws[0][1]
    first = ws[0][2].lower()
    if ws[0][3] == "stop" or (first in FUNCTION_WORDS and first not in DETERMINERS):
        comma = next((n + 1 for n, w in enumerate(ws) if w[2] == ","), len(ws))
        ws = ws[comma:]
    out: list = []
    for w in ws:
        c, key = w[3], token_key(w[2])
        if not out and c == "det":
            out.append(w)
        elif c in ("cap", "poss") or (c == "connect" and out and out[-1][3] == "cap"):
            out.append(w)
        elif c == "low" and (key in title_words() or _head_word(key)[1]):
            out.append(w)
        else:
            break
    while out and out[-1][3] in ("connect", "det", "poss"):
        out.pop()
    if not out or (not any(w[3] == "cap" for w in out) and not _head_word(out[-1][2])[1]):
        return None
    return out[0][0], out[-1][1]


# --------------------------------------------------------------------------- attribution cues


@dataclass
class Cue:
    """An attribution: the speaker as written (offsets into the paragraph) and the verb."""

    start: int
    end: int
    verb: str | None
    verb_at: int
    how: str  # after, before, inverted, according, dash, colon


def _verb_ok(text: str, m: re.Match, subject: tuple[int, int] | None) -> bool:
    """Whether a verb match is a verb here. A capitalised form must open a sentence ("Said Roe:",
    not "the United States"); base forms ("say") need a plural or pronoun subject or an auxiliary;
    forms that are also nouns ("states", "reports") need a subject that names someone.
    """
    word = m.group()
    if word[:1].isupper() and m.start() > 0 and text[:m.start()].rstrip()[-1:] not in ".!?\"\u201d\u201c:;(\u2014-":
        return False
    verb = _verb_info(m)
    if subject is None:
        return True
    words = text[subject[0]:subject[1]].split()
    last = words[-1] if words else ""
    low = last.lower()
    if verb.noun and verb.form in ("base", "present") and not (
            last[:1].isupper() or low in PRONOUN_WORDS or _head_word(low)[1] in ("role", "organization", "document", "group")):
        return False
    if verb.form != "base":
        return True
    gap = text[subject[1]:m.start()].lower().split()
    return low in ("they", "we", "i", "you") or (low.endswith("s") and not low.endswith("'s")) or \
        any(g in ("will", "would", "could", "did", "to", "may", "might", "can", "should", "must", "not") for g in gap)


def _verb_info(m: re.Match) -> Verb:
    return reporting_verbs()[re.sub(r"\s+", " ", m.group().lower())]


def _is_pronoun(text: str, np: tuple[int, int]) -> bool:
    return text[np[0]:np[1]].lower() in PRONOUN_WORDS


def cue_after(text: str, pos: int, limit: int) -> Cue | None:
    """The attribution that starts right after a closing quotation mark at ``pos``.

    >>> t = '"Yes," said Jan Roe, an aide. '
    >>> c = cue_after(t, 6, len(t)); t[c.start:c.end], c.verb, c.how
    ('Jan Roe', 'said', 'inverted')
    >>> t = '"No." -Jan Roe'
    >>> c = cue_after(t, 5, len(t)); t[c.start:c.end], c.how
    ('Jan Roe', 'dash')
    """
    m = re.compile(r"[\s,]*").match(text, pos, limit)
    p = m.end()
    if p >= limit:
        return None
    dash = re.compile(r"[-\u2013\u2014\u2015]+\s*").match(text, p, limit)
    if dash and dash.end() < limit and text[dash.end()].isupper():
        np = np_after(text, dash.end(), limit)
        if np and re.match(r"\s*(?:[,.;)]|\(|$)", text[np[1]:limit]):
            return Cue(np[0], np[1], None, dash.start(), "dash")
        return None
    for vm in verb_re().finditer(text, p, min(limit, p + 260)):
        verb = _verb_info(vm)
        if vm.start() == p:
            if verb.lemma == "according to" or verb.inverts:
                np = np_after(text, vm.end(), limit)
                if np and not _is_pronoun(text, np):
                    return Cue(np[0], np[1], vm.group(), vm.start(), "according" if verb.lemma == "according to" else "inverted")
            return None
        subject = subject_before(text, vm.start(), p)
        if subject and subject[0] == p and _verb_ok(text, vm, subject):
            return Cue(subject[0], subject[1], vm.group(), vm.start(), "after")
        if re.search(r"[.!?;]\s", text[p:vm.start()]):
            return None
    return None


#: An attribution without a verb: "in Roe's view", "in the words of Jan Roe".
IN_VIEW_RE = re.compile(
    r"\bin\s+(?P<np>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}?)['\u2019]s?\s+"
    r"(?:view|opinion|words|telling|estimation|assessment|account)\b"
    r"|\bin\s+the\s+words\s+of\s+(?P<np2>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})")
#: Words after which a gerund has no subject of its own: ", saying", "by saying", "upon saying".
SUBJECTLESS_BEFORE_RE = re.compile(r"(?:,|\b(?:by|upon|after|before|while|when|in|and|but|then|also|as if to))\s*$", re.I)


def _gerund_subject_ok(text: str, floor: int, subject: tuple[int, int]) -> bool:
    """A gerund's own subject is introduced by "with" or opens a clause ("with Yoon saying")."""
    before = text[floor:subject[0]].rstrip()
    return _standalone(text, floor, subject[0]) or bool(re.search(r"\b(?:with|without)$", before, re.I))


def _subjectless(text: str, floor: int, vm: re.Match, seen: re.Match | None) -> re.Match:
    """The verb with no subject nearest the quote (the first one met going back)."""
    return seen or vm


def _clause_start(text: str, floor: int, vm: re.Match) -> int:
    """Where the clause of a subjectless verb starts: its sentence subject, past any introductory
    clause ("As the crowd began to chant, Roe ... joked"); verbs before it belong to another clause."""
    subject = sentence_subject(text, floor, vm.start())
    return subject[0] if subject else floor


def cue_before(text: str, floor: int, pos: int) -> Cue | None:
    """The nearest attribution with a speaker between ``floor`` and a quote opening at ``pos``.

    A verb with no subject of its own (", adding that", "and joked", "by tweeting") is passed
    over for the verb before it, and failing that takes the subject that opens the clause;
    "NAME:" right before the quote is a colon lead-in.

    >>> t = 'Jan Roe said on Friday, adding that it was "fine'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.verb
    ('Jan Roe', 'said')
    >>> t = 'Pollsters agree - Jan Roe: "Thanks'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.how
    ('Jan Roe', 'colon')
    >>> t = 'Hours later, Jan Roe thanked him, telling Reuters, "Yes'
    >>> c = cue_before(t, 0, t.index('"')); t[c.start:c.end], c.verb
    ('Jan Roe', 'telling')
    """
    lead = text[floor:pos].rstrip()
    if lead.endswith(":"):
        colon = floor + len(lead) - 1
        np = np_before(text, colon, floor)
        if np and (_name_like(text, np) or _is_pronoun(text, np)) and _standalone(text, floor, np[0]):
            return Cue(np[0], np[1], None, colon, "colon")
    subjectless: re.Match | None = None
    clause_from = floor
    for vm in reversed(list(verb_re().finditer(text, floor, pos))):
        if not _verb_ok(text, vm, None) or vm.start() < clause_from:
            continue
        verb = _verb_info(vm)
        if verb.lemma == "according to":
            np = np_after(text, vm.end(), pos)
            if np:
                return Cue(np[0], np[1], vm.group(), vm.start(), "according")
            continue
        before = text[floor:vm.start()]
        if verb.form == "gerund" and SUBJECTLESS_BEFORE_RE.search(before):
            subjectless = _subjectless(text, floor, vm, subjectless)
            clause_from = _clause_start(text, floor, subjectless)
            continue
        subject = subject_before(text, vm.start(), floor)
        if subject and _verb_ok(text, vm, subject):
            if verb.form == "gerund" and not _gerund_subject_ok(text, floor, subject):
                subjectless = _subjectless(text, floor, vm, subjectless)
                clause_from = _clause_start(text, floor, subjectless)
                continue
            return Cue(subject[0], subject[1], vm.group(), vm.start(), "before")
        if re.search(r"\b(?:and|but|then)\s*$", before, re.I):
            subjectless = _subjectless(text, floor, vm, subjectless)
            clause_from = _clause_start(text, floor, subjectless)
            continue
        if verb.inverts and (not before.strip() or before.rstrip().endswith((",", ":"))):
            np = np_after(text, vm.end(), pos)
            if np and not _is_pronoun(text, np):
                return Cue(np[0], np[1], vm.group(), vm.start(), "inverted")
    view = IN_VIEW_RE.search(text, floor, pos)
    if view:
        g = "np" if view.group("np") else "np2"
        return Cue(view.start(g), view.end(g), None, view.start(), "according")
    if subjectless is not None:
        subject = sentence_subject(text, floor, subjectless.start())
        if subject:
            return Cue(subject[0], subject[1], subjectless.group(), subjectless.start(), "before")
    return None


def cue_in(text: str, start: int, end: int, skip: Iterable[tuple[int, int]] = ()) -> Cue | None:
    """The last attribution in ``text[start:end]`` outside the quotes in ``skip`` (for a quote whose
    speaker was named earlier in its paragraph: "Roe agreed. "It is time."").

    >>> t = 'Jan Roe agreed. "Time is short."'
    >>> c = cue_in(t, 0, t.index('"')); t[c.start:c.end]
    'Jan Roe'
    """
    cuts = sorted([(a, b) for a, b in skip if start <= a < end])
    pieces, at = [], start
    for a, b in cuts:
        pieces.append((at, a))
        at = b + 1
    pieces.append((at, end))
    for a, b in reversed(pieces):
        for sa, sb, _ in reversed(split_sentences(text[a:b], a)):
            cue = cue_before(text, sa, sb)
            if cue is not None:
                return cue
    return None


def medium_of(text: str, gazetteer: Gazetteer | None = None, verb: str | None = None) -> str | None:
    """The medium an attribution states ("in a post on X", "told reporters"), else what the verb implies.

    >>> medium_of("Zelensky said in a post on X.")
    'post on X'
    >>> medium_of("Kim said in a statement carried by the official Korean Central News Agency.")
    'statement carried by KCNA'
    >>> medium_of("she tweeted", verb="tweeted"), medium_of("he said") is None
    ('post on X/Twitter', True)
    """
    for template, pat in media_phrases():
        m = pat.search(text)
        if not m:
            continue
        if "{source}" not in template:
            return template
        src = m.group("source")
        gaz = gazetteer or load_gazetteer()
        actor = gaz.resolve(src)
        name = actor.canonical if actor is not None else re.sub(r"^(?:the\s+)?(?:official\s+)?", "", src)
        return template.replace("{source}", name)
    if verb:
        v = reporting_verbs().get(re.sub(r"\s+", " ", verb.lower()))
        if v and v.medium:
            return v.medium
    return None


# --------------------------------------------------------------------------- speakers


@dataclass
class _Entity:
    para: int
    sent: int
    at: int  # offset in the paragraph
    actor: Actor
    speaker: bool = False


@dataclass
class _Context:
    """What the article has named so far, for pronouns, documents and family names."""

    article: "Article"
    gazetteer: Gazetteer
    quotes: list[Quotation]
    _entities: list[_Entity] | None = None
    _sentences: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    _names: frozenset[str] | None = None

    @property
    def names(self) -> frozenset[str]:
        if self._names is None:
            self._names = article_context(self.article, self.gazetteer)
        return self._names

    def sentences(self, para: int) -> list[tuple[int, int, str]]:
        if para not in self._sentences:
            self._sentences[para] = split_sentences(self.article.paragraphs[para]["text"])
        return self._sentences[para]

    def sentence_of(self, para: int, at: int) -> int:
        for k, (s, e, _) in enumerate(self.sentences(para)):
            if at < e:
                return k
        return max(0, len(self.sentences(para)) - 1)

    def entities(self) -> list[_Entity]:
        """Actors named outside quotes, in reading order: known and titled names, the subjects of
        reporting verbs (speakers) and the subjects that open sentences."""
        if self._entities is None:
            inside: dict[int, list[tuple[int, int]]] = {}
            for q in self.quotes:
                inside.setdefault(q.para, []).append((q.open, q.close))
            people: dict[str, Actor] = {}
            out = []
            for n, p in enumerate(self.article.paragraphs):
                text = p["text"]
                spans = inside.get(n, [])
                named = [(s, e, actor, False) for s, e, actor in find_actors(text, self.gazetteer, self.names, people)
                         if not any(a <= s < b for a, b in spans)]
                kept = list(named)
                for s, e, actor, speaker in self._subjects(text, spans, people):
                    inner = [k for k, item in enumerate(kept) if item[0] < e and s < item[1]]
                    if not inner:
                        kept.append((s, e, actor, speaker))
                    elif speaker:  # a named subject of a reporting verb: mark the name as a speaker
                        k = inner[-1]
                        kept[k] = (*kept[k][:3], True)
                kept.sort(key=lambda x: x[0])
                out += [_Entity(n, self.sentence_of(n, s), s, actor, speaker) for s, e, actor, speaker in kept]
            self._entities = out
        return self._entities

    def _subjects(self, text: str, quoted: list[tuple[int, int]], people: dict[str, Actor]) -> list:
        """(start, end, actor, is_speaker) for subjects of reporting verbs and of sentences."""
        out = []
        for s0, e0, _ in split_sentences(text):
            pieces, at = [], s0
            for a, b in sorted(quoted):
                if a >= s0 and a < e0:
                    pieces.append((at, a))
                    at = b + 1
            pieces.append((at, e0))
            for a, b in pieces:
                for vm in verb_re().finditer(text, a, b):
                    np = subject_before(text, vm.start(), a)
                    if not np or not _verb_ok(text, vm, np) or _is_pronoun(text, np) or not re.search(r"[A-Za-z]", text[np[0]:np[1]]):
                        continue
                    if _verb_info(vm).form == "gerund" and (SUBJECTLESS_BEFORE_RE.search(text, a, vm.start())
                                                            or not _gerund_subject_ok(text, a, np)):
                        continue
                    if True:
                        out.append((np[0], np[1], self._actor(text[np[0]:np[1]], people), True))
            np = sentence_subject(text, s0, pieces[0][1])
            if np and not _is_pronoun(text, np) and _head_word(text[np[0]:np[1]])[1] not in ("group", "document"):
                out.append((np[0], np[1], self._actor(text[np[0]:np[1]], people), False))
        return out

    def _actor(self, written: str, people: dict[str, Actor]) -> Actor:
        bare = re.sub(r"['\u2019]s?$", "", written.strip())
        return people.get(bare) or self.gazetteer.describe(bare, self.names)

    def add_speaker(self, para: int, at: int, actor: Actor) -> None:
        ents = self.entities()
        ents.append(_Entity(para, self.sentence_of(para, at), at, actor, speaker=True))
        ents.sort(key=lambda x: (x.para, x.at, not x.speaker))

    def before(self, para: int, at: int, paragraphs_back: int = 3) -> list[list[_Entity]]:
        """Entities before a point, grouped by sentence, nearest sentence first."""
        groups: dict[tuple[int, int], list[_Entity]] = {}
        for ent in self.entities():
            if para - paragraphs_back <= ent.para < para or (ent.para == para and ent.at < at):
                groups.setdefault((ent.para, ent.sent), []).append(ent)
        return [groups[k] for k in sorted(groups, reverse=True)]


def _fits(actor: Actor, refers: str, gender: str) -> bool:
    if refers == "person":
        return actor.kind == "person" and (not gender or not actor.gender or actor.gender == gender)
    if refers == "group":
        return actor.kind in ("organization", "country", "media")
    if refers == "thing":
        return actor.kind in ("organization", "country", "media")
    return False


def resolve_pronoun(ctx: _Context, pronoun: str, para: int, at: int) -> Actor | None:
    """The nearest fitting actor named before a pronoun: in the nearest sentence that has one, a
    speaker first, else the first fitting actor (usually the sentence's subject)."""
    refers, gender = pronouns().get(pronoun.lower(), ("none", ""))
    if refers == "none":
        return None
    for group in ctx.before(para, at):
        fitting = [e for e in group if _fits(e.actor, refers, gender)]
        if fitting:
            speakers = [e for e in fitting if e.speaker]
            return (speakers[-1] if speakers else fitting[0]).actor
    return None


def _head_word(description: str) -> tuple[str, str]:
    """(last word folded, its kind in titles.csv) of a description such as "the report"."""
    words = [token_key(w) for w in re.findall(r"[\w'-]+", description)]
    for k in (2, 1):
        key = " ".join(words[-k:])
        if len(words) >= k and key in titles():
            return key, titles()[key][0]
    return (words[-1] if words else ""), ""


def resolve_description(ctx: _Context, description: str, para: int, at: int) -> Actor | None:
    """The actor a document or a body described by its kind refers to: "the report" → the last
    organisation named as a source before it; "the ministry" → the last one with "Ministry" in its
    name."""
    head, kind = _head_word(description)
    if kind == "document":
        for group in ctx.before(para, at, paragraphs_back=2):
            named = [e for e in group if e.actor.kind in ("organization", "media", "country", "person")
                     and (e.actor.known or e.actor.canonical[:1].isupper())]
            ranked = sorted(named, key=lambda e: (not e.speaker, e.actor.kind not in ("organization", "media")))
            if ranked:
                return ranked[0].actor
        return None
    if kind == "organization":
        for group in ctx.before(para, at, paragraphs_back=4):
            for e in group:
                names = (e.actor.canonical, *e.actor.aliases)
                if e.actor.kind in ("organization", "media") and any(head in n.lower() for n in names):
                    return e.actor
    return None


def _refers_back(ctx: _Context, name: str, para: int, at: int) -> Actor | None:
    """A family name alone ("Kim said") refers to the last person named in full with it."""
    if " " in name.strip() or not name[:1].isupper():
        return None
    from .actors import reference_keys

    for group in ctx.before(para, at, paragraphs_back=50):
        for e in reversed(group):
            if name in reference_keys(e.actor):
                return e.actor
    return None


def speaker_of(ctx: _Context, cue: Cue, para: int) -> Actor | None:
    """The actor a cue's speaker text stands for (None for "we", "I", or an unresolved pronoun)."""
    text = ctx.article.paragraphs[para]["text"]
    written = text[cue.start:cue.end]
    bare = re.sub(r"['\u2019]s?$", "", written)
    if bare.lower() in pronouns():
        return resolve_pronoun(ctx, bare, para, cue.start)
    head, kind = _head_word(bare)
    first = bare.split()[0].lower() if bare.split() else ""
    if kind == "document":
        issuer = [a for _, _, a in ctx.gazetteer.find(bare, ctx.names) if a.kind in ("organization", "media", "country", "person")]
        if issuer:
            return issuer[0]  # "the Associated Press report", "a CNN poll"
    if kind in ("document", "organization") and first in DETERMINERS and not any(w[:1].isupper() for w in bare.split()[1:]):
        found = resolve_description(ctx, bare, para, cue.start)
        if found is not None:
            return found
    back = _refers_back(ctx, bare, para, cue.start)
    if back is not None:
        return back
    return ctx.gazetteer.describe(bare, ctx.names)


# --------------------------------------------------------------------------- quotes


def _partial(text: str, q: Quotation, floor: int) -> bool:
    """A fragment inside the writer's sentence rather than a sentence of the speaker's own.

    Full: the quote opens the sentence, or follows a colon, or a comma or reporting verb and
    starts with a capital. Partial: anything else ("would not "sit idle" in response").
    """
    lead = text[floor:q.open].rstrip(" \t\u00a0([\u2014\u2013-")
    first = text[q.start:q.start + 1]
    if not lead:
        return not (first.isupper() or first.isdigit() or not first.isalpha())
    if lead.endswith(":"):
        return False
    if first.isupper() and (lead.endswith(",") or re.search(verb_re().pattern + r"$", lead, re.I)):
        return False
    return True


#: What stands before the title of a work: "on ABC's", "his book,", "the program".
TITLE_CONTEXT_RE = re.compile(r"(?:['\u2019]s|\b(?:on|in|the|titled|entitled|show|film|book|movie|song|series|program|"
                              r"programme|magazine|newspaper|album|play|musical|column|podcast|documentary),?)\s*$", re.I)
#: A quote that is the title of a work or a name, not words spoken: "on ABC's "Good Morning America"".
TITLE_CASE_RE = re.compile(r"^(?:[A-Z0-9][\w'\u2019&.-]*|of|the|a|an|and|in|on|for|to|at|with)(?:\s+(?:[A-Z0-9][\w'\u2019&.-]*|of|the|a|an|and|in|on|for|to|at|with)){0,7}[.,!?]?$")


def _is_title(quote: str) -> bool:
    """Whether a partial quote reads as a title ("Good Morning America.") rather than speech.

    >>> _is_title("Good Morning America."), _is_title("highly concerning")
    (True, False)
    """
    words = quote.split()
    return 1 <= len(words) <= 8 and bool(TITLE_CASE_RE.match(quote)) and quote[:1].isupper() and \
        sum(w[:1].isupper() for w in words) >= max(1, (len(words) + 1) // 2)


@dataclass
class _Found:
    q: Quotation
    cue: Cue | None = None
    cue_para: int = -1
    speaker: Actor | None = None
    speaker_text: str | None = None
    speaker_at: tuple[int, int] | None = None
    verb: str | None = None
    medium: str | None = None
    partial: bool = False
    how: str = ""


def _sentence_floor(ctx: _Context, para: int, at: int) -> int:
    for s, e, _ in ctx.sentences(para):
        if s <= at < e:
            return s
    return 0


#: A verb or name right before a quote, then nothing but a comma or colon: 'Roe said, "' / 'Roe:'.
LEAD_IN_RE = re.compile(r"[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+)?[ \t\u00a0]*[,:]?[ \t\u00a0]*$")


def _speech_like(quote: str) -> bool:
    """A quote ending the way speech does before its attribution: '"...," she said'."""
    return quote.rstrip()[-1:] in (",", "?", "!", "\u2026") or quote.rstrip().endswith("...")


def _own_cue(ctx: _Context, text: str, para: int, items: list[_Found], k: int) -> None:
    """The cue of a quote from its own sentence: a lead-in before it, the attribution after it,
    the nearest verb with a speaker before it, or (a fragment) one later in the sentence."""
    f = items[k]
    q = f.q
    prev_close = items[k - 1].q.close + 1 if k else 0
    floor = max(_sentence_floor(ctx, para, q.open), prev_close)
    limit = items[k + 1].q.open if k + 1 < len(items) else len(text)
    f.partial = _partial(text, q, floor)
    after = cue_after(text, q.close + 1, limit) if q.closed else None
    before = cue_before(text, floor, q.open)
    lead_in = before is not None and before.how != "according" and LEAD_IN_RE.match(text, before.verb_at, q.open) is not None
    quote = text[q.start:q.end]
    if lead_in:
        f.cue = before
    elif after is not None and (not f.partial or _speech_like(quote)):
        f.cue = after
    else:
        f.cue = before or after
    if f.cue is None and q.closed:
        end = _sentence_end(ctx, para, q.close)
        if end > q.close + 1:
            f.cue = cue_in(text, q.close + 1, end, [(g.q.open, g.q.close) for g in items[k + 1:]])
    if f.cue is not None:
        f.cue_para = para
        f.medium = medium_of(text[floor:limit], ctx.gazetteer, f.cue.verb)
        f.verb = f.cue.verb
        f.how = f.cue.how


def _sentence_end(ctx: _Context, para: int, at: int) -> int:
    for s, e, _ in ctx.sentences(para):
        if s <= at < e:
            return e
    return len(ctx.article.paragraphs[para]["text"])


def _attribute(ctx: _Context, found: list[_Found]) -> None:
    """Give every quote its cue: its own, else the statement's (split and continued quotes), else a
    speaker named earlier in the paragraph, a colon lead-in or the quote paragraph before."""
    paras = ctx.article.paragraphs
    by_para: dict[int, list[_Found]] = {}
    for f in found:
        by_para.setdefault(f.q.para, []).append(f)
    for para, items in by_para.items():
        text = paras[para]["text"]
        for k in range(len(items)):
            _own_cue(ctx, text, para, items, k)
    # Split quotes: a quote with no cue takes the one of the quote before it in the paragraph, or
    # (a full quote) of the one after it.
    for items in by_para.values():
        for k, f in enumerate(items):
            if f.cue is None and k and items[k - 1].cue is not None:
                _inherit(f, items[k - 1], "same statement")
        for k in range(len(items) - 2, -1, -1):
            f = items[k]
            if f.cue is None and not f.partial and items[k + 1].cue is not None:
                _inherit(f, items[k + 1], "same statement")
    # A full quote whose speaker was named earlier in the paragraph: "Roe agreed. "It is time.""
    for para, items in by_para.items():
        text = paras[para]["text"]
        for k, f in enumerate(items):
            if f.cue is None and not f.partial and text[:f.q.open].strip():
                cue = cue_in(text, 0, f.q.open, [(g.q.open, g.q.close) for g in items[:k]])
                if cue is not None:
                    f.cue, f.cue_para, f.verb, f.how = cue, para, cue.verb, "earlier in paragraph"
                    _propagate(found, f)
    # Across paragraphs: a continued quote, a colon lead-in, or the previous paragraph's speaker.
    for f in found:
        if f.cue is not None or f.partial:
            continue
        para, q = f.q.para, f.q
        if paras[para]["text"][:q.open].strip():
            continue
        if any(g.cue is not None and g.cue_para == para for g in by_para.get(para, ())):
            continue
        prev = [g for g in found if g.q.para == para - 1 and g.cue is not None]
        if q.continued and prev:
            _inherit(f, prev[-1], "continued")
            continue
        lead = _colon_lead_in(ctx, para - 1)
        if lead is not None:
            f.cue, f.cue_para, f.verb, f.how = lead, para - 1, lead.verb, "colon"
            f.medium = medium_of(paras[para - 1]["text"][max(0, lead.start - 200):lead.end + 200], ctx.gazetteer, lead.verb)
            _propagate(found, f)
            continue
        if prev and _ends_with_quote(paras[para - 1]["text"], prev[-1].q):
            _inherit(f, prev[-1], "previous paragraph")
            _propagate(found, f)


def _propagate(found: list[_Found], f: _Found) -> None:
    """Quotes after ``f`` in its paragraph with no cue of their own share its speaker."""
    for g in found:
        if g.q.para == f.q.para and g.q.open > f.q.open and g.cue is None and not g.partial:
            _inherit(g, f, f.how)


def _ends_with_quote(text: str, q: Quotation) -> bool:
    """Whether a quote paragraph's last quote is near its end (the speaker is still talking)."""
    return len(text) - q.close < 160


def _colon_lead_in(ctx: _Context, para: int) -> Cue | None:
    """A paragraph ending in a colon introduces the next paragraph's quote: "Zelensky wrote:"."""
    if para < 0:
        return None
    text = ctx.article.paragraphs[para]["text"].rstrip()
    if not text.endswith(":"):
        return None
    floor = _sentence_floor(ctx, para, len(text) - 1)
    return cue_before(text, floor, len(text)) or cue_before(text, floor, len(text) - 1)


def _inherit(f: _Found, src: _Found, how: str) -> None:
    f.cue, f.cue_para, f.verb, f.medium, f.how = src.cue, src.cue_para, src.verb, src.medium, how
    f.speaker, f.speaker_text, f.speaker_at = src.speaker, src.speaker_text, src.speaker_at


def extract(article: "Article", gazetteer: Gazetteer | None = None) -> list[dict]:
    """Quote records of one article: every direct quotation in the body with its speaker.

    Columns: article_id, quote_id, text (without the marks), speaker (canonical), speaker_text
    (as written), verb, partial, medium, para_no, start, end, plus speaker_kind, speaker_country,
    attribution (how the speaker was found) and speaker_start/speaker_end (where it is written).

    >>> from helpers.articles import parse_article
    >>> art = parse_article('Head line here\\n\\nJan Roe said the plan was "a disaster."\\n\\n"It will fail," she wrote.\\n', "a1")
    >>> [(q["text"], q["speaker"], q["speaker_text"], q["partial"]) for q in extract(art)]
    [('a disaster.', 'Jan Roe', 'Jan Roe', True), ('It will fail,', 'Jan Roe', 'she', False)]
    """
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer()
    paras = article.paragraphs
    qs = quotations(paras)
    if not qs:
        return []
    ctx = _Context(article, gaz, qs)
    found = [_Found(q) for q in qs]
    _attribute(ctx, found)
    # Resolve speakers in reading order, so pronouns see the speakers named before them.
    for f in sorted(found, key=lambda f: (f.cue_para if f.cue else f.q.para, f.cue.start if f.cue else f.q.open)):
        if f.cue is None or f.speaker is not None:
            continue
        same = next((g for g in found if g is not f and g.cue is f.cue and g.speaker_text is not None), None)
        if same is not None:
            f.speaker, f.speaker_text, f.speaker_at = same.speaker, same.speaker_text, same.speaker_at
            continue
        text = paras[f.cue_para]["text"]
        f.speaker_text = text[f.cue.start:f.cue.end]
        f.speaker = speaker_of(ctx, f.cue, f.cue_para)
        base = paras[f.cue_para]["start"]
        f.speaker_at = (base + f.cue.start, base + f.cue.end)
        if f.speaker is not None and f.speaker.kind in ("person", "organization", "country", "media"):
            ctx.add_speaker(f.cue_para, f.cue.start, f.speaker)
    out = []
    for f in found:
        q = f.q
        text = paras[q.para]["text"][q.start:q.end]
        base = paras[q.para]["start"]
        sp = f.speaker
        if f.partial and _is_title(text) and TITLE_CONTEXT_RE.search(paras[q.para]["text"], 0, q.open):
            sp, f.speaker_text, f.speaker_at, f.verb, f.medium, f.how = None, None, None, None, None, ""  # a title
        out.append({
            "article_id": article.article_id, "quote_id": "", "text": text,
            "speaker": sp.canonical if sp is not None else None, "speaker_text": f.speaker_text,
            "verb": f.verb, "partial": f.partial, "medium": f.medium, "para_no": paras[q.para]["para_no"],
            "start": base + q.start, "end": base + q.end,
            "speaker_kind": sp.kind if sp is not None else None, "speaker_country": (sp.country or None) if sp is not None else None,
            "attribution": f.how or None,
            "speaker_start": f.speaker_at[0] if f.speaker_at else None, "speaker_end": f.speaker_at[1] if f.speaker_at else None,
        })
    for n, rec in enumerate(out, start=1):
        rec["quote_id"] = f"{article.article_id}:q{n}"
    return out


def quotes_by_speaker(quotes: "Iterable[dict]") -> dict[str, list[str]]:
    """Quote texts grouped by speaker, in order (a small helper for reports and tests).

    >>> quotes_by_speaker([{"speaker": "A", "text": "x"}, {"speaker": None, "text": "y"}, {"speaker": "A", "text": "z"}])
    {'A': ['x', 'z'], '': ['y']}
    """
    out: dict[str, list[str]] = {}
    for q in quotes:
        out.setdefault(q["speaker"] or "", []).append(q["text"])
    return out


def reactions(article: "Article", gazetteer: Gazetteer | None = None) -> list[dict]:
    """Reaction records of one article (made by :func:`helpers.reactions.reactions`)."""
    from .reactions import reactions as _reactions

    return _reactions(article, gazetteer)
