"""Reading one figure for :mod:`helpers.analyse.estimates`: what it counts, whose or where, and what
kind of estimate it is, from its sentence and the mentions inside that sentence.

Pure functions of strings, dates and small tuples. The judgements are data: the counted things
that are one quantity (``data/estimate_nouns.csv``), the cue words of projections and running
totals (``data/estimate_kinds.csv``), the demonyms of ``data/actors.csv`` ("Kenyan",
"Ruritanian") and the claim verbs of ``data/figures_claim_verbs.csv``.

>>> counted("soldiers", "personnel")
('troops', False, 'personnel')
>>> kind_of("the army plans to hire", "", None, None, None)
'projection'
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from ..lexicon import letter_tree, months, read_table


class Mention(NamedTuple):
    """A gazetteer mention inside a sentence: offsets in the sentence, the subject it names (its
    canonical name) and, for a person or body, the country it stands for ("the Pentagon": the United
    States; :mod:`helpers.analyse.subjects` decides which of the two a quantity follows)."""

    start: int
    end: int
    subject: str
    text: str
    kind: str
    country: str = ""  #: the country a person or body belongs to (see mention_subject)


def mention_subject(canonical: str, kind: str, country: str | None) -> str:
    """The subject a mention stands for: a country or place itself, a person's or body's country
    (its own name when it has none).

    >>> mention_subject("Pentagon", "organization", "United States"), mention_subject("NATO", "organization", None)
    ('United States', 'NATO')
    """
    if kind in ("person", "organization") and isinstance(country, str) and country:
        return country
    return canonical


# --------------------------------------------------------------------------- lexicons

def _singulars(word: str) -> list[str]:
    """The word and the singulars it may be the plural of: "casualties" -> casualty, "men" -> man.

    >>> _singulars("casualties")[:2], _singulars("servicemen")[1]
    (['casualties', 'casualty'], 'serviceman')
    """
    w = word.lower()
    out = [w]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("men"):
        out.append(w[:-3] + "man")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s"):
        out.append(w[:-1])
    return out


@lru_cache(maxsize=None)
def noun_sets() -> dict[str, tuple[str, str, bool]]:
    """Term (lower case) → (set, category, generic) from ``data/estimate_nouns.csv``.

    >>> noun_sets()["death toll"]
    ('casualties', 'casualties', False)
    """
    return {r["term"]: (r["set"], r["category"], r["generic"] == "y") for r in read_table("estimate_nouns.csv")
            if r["term"] != "*"}


#: The set of the noun file's words that count nothing to follow over time ("three times", "two ways").
NOTHING = "-"


@lru_cache(maxsize=None)
def listed_sets() -> frozenset[str]:
    """The sets the noun file names (specific counted things, and each category's one set), not
    :data:`NOTHING`: a noun it does not list is its own set, and may be in any story.

    >>> "troops" in listed_sets(), "casualties" in listed_sets(), NOTHING in listed_sets()
    (True, True, False)
    """
    return frozenset({s for s, _, _ in noun_sets().values()} | set(category_sets().values())) - {NOTHING}


@lru_cache(maxsize=None)
def category_sets() -> dict[str, str]:
    """Category → the one set all its figures share (the ``*`` rows of ``data/estimate_nouns.csv``).

    >>> category_sets()["casualties"]
    'casualties'
    """
    return {r["category"]: r["set"] for r in read_table("estimate_nouns.csv") if r["term"] == "*"}


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Demonym (as written, and its plural) → country, from the gazetteer (the countryinfo package's
    demonyms and the ``adjectives`` of ``data/actors.csv``).

    >>> demonyms()["Kenyans"], demonyms()["Belarusian"]
    ('Kenya', 'Belarus')
    """
    from ..extract.actors import load_gazetteer

    out: dict[str, str] = {}
    for adj, country in load_gazetteer().demonyms.items():
        if adj[:1].isupper():
            out.setdefault(adj, country)
            out.setdefault(adj + "s", country)
    return out


@lru_cache(maxsize=None)
def _demonym_re() -> re.Pattern:
    return re.compile(r"(?<![\w.-])" + letter_tree(demonyms()) + r"(?![\w-])")


def demonym_in(text: str) -> str:
    """The country the first demonym in ``text`` names ("" without one); case matters.

    >>> demonym_in("about 4,500 Kenyan police officers"), demonym_in("a kenyan meal")
    ('Kenya', '')
    """
    m = _demonym_re().search(text)
    return demonyms()[re.sub(r"\s+", " ", m.group())] if m else ""


def _demonym_near(sentence: str, lo: int, start: int, end: int, reach: int = 40) -> str:
    """The country of the last demonym in ``sentence[lo:end]`` that ends within ``reach`` characters
    before ``start`` or after it: the words around a term ("the number of Ruritanian troops",
    "Ruritanian troops have suffered casualties")."""
    found = [m for m in _demonym_re().finditer(sentence, lo, end) if m.end() >= start - reach]
    return demonyms()[re.sub(r"\s+", " ", found[-1].group())] if found else ""


@lru_cache(maxsize=None)
def _terms_re() -> re.Pattern:
    terms = [t for t, (set_, _, _) in noun_sets().items() if (t.isalpha() or " " in t) and set_ != NOTHING]
    forms = {f for t in terms for f in (t, t + "s", t + "es", t[:-1] + "ies" if t.endswith("y") else t)}
    return re.compile(r"(?<![\w-])" + letter_tree(forms) + r"(?![\w-])", re.I)


def counted(noun: str | None, category: str | None) -> tuple[str, bool, str | None] | None:
    """What a figure's counted noun is one of: ``(set, generic, category)``. The category is the
    noun file's for a noun it lists ("1,500 security forces" counts troops, whatever the figures
    table says), the figure's own otherwise.

    A category with a ``*`` row puts every figure of it in that set; a demonym plural is
    ``<nationality>``; a noun the file does not list is its own set (its singular); a word that
    counts nothing to follow is in :data:`NOTHING`. None without a noun.

    >>> counted("civilians", "casualties"), counted("Kenyans", "personnel"), counted("crates", "materiel")
    (('casualties', False, 'casualties'), ('people', True, 'personnel'), ('crate', False, 'materiel'))
    """
    sets = noun_sets()
    if category in category_sets():
        return category_sets()[category], False, category
    if not isinstance(noun, str) or not noun.strip():
        return None
    noun = re.sub(r"\s+", " ", noun.strip())
    if noun in demonyms() and noun[:1].isupper() and "<nationality>" in sets:
        return sets["<nationality>"][0], sets["<nationality>"][2], sets["<nationality>"][1]
    head = noun.rsplit(" ", 1)[-1]
    for form in _singulars(noun) + _singulars(head):
        if form in sets:
            return sets[form][0], sets[form][2], sets[form][1]
    return _singulars(noun)[-1], False, category


#: "$2m in damages", "$5m worth of ads", "$1bn of debt", "$20m on ads": the purpose follows the amount.
_PURPOSE_AFTER_RE = re.compile(r"\s+(?:in|worth\s+of|of|on)(?:\s+(?:the|new))?(?=\s)")
#: "the fee was $5,000", "fees worth $400,000", "debt is now $310bn": the purpose is the subject before.
_PURPOSE_LINK_RE = re.compile(r"\b([a-z][a-z-]+)\s+(?:(?:is|was|are|were|stood\s+at|totall?ed|came\s+to|amounted\s+to)"
                              r"(?:\s+(?:now|already|currently|still|just|only))?|worth)\s+$")
_WORD_RE = re.compile(r"[\w$%-]+")
#: Words after an amount that say how it is shared, not what it is for ("$25,000 apiece").
_NO_PURPOSE = frozenset("apiece each total overall annually altogether".split())
#: Words that make "in the ..." after an amount a time, not a purpose ("$3bn in the first quarter").
_WHEN_WORDS = frozenset("first second third fourth last next past previous coming same quarter quarters half "
                        "season fiscal period".split())


def money_purpose(sentence: str, start: int, end: int) -> tuple[str, int, int] | None:
    """What an amount of money is (revenue, debt, donations), read from the words around the figure
    ``sentence[start:end]``, as ``(noun, start, end)``: a noun after it ("$200,000 in donations",
    "a $500m aid package"), or the noun whose amount it is before it ("debt rose to $300bn", "the fee
    was $5,000", "a loss of $2m"). Lower case; None when the words name nothing ("gave $2m to museums").

    >>> s = "Quarterly revenue climbed 12% to $4.1bn, and Acme took $120m in charges."
    >>> money_purpose(s, 33, 39), money_purpose(s, 55, 60)
    (('revenue', 10, 17), ('charges', 64, 71))
    >>> money_purpose("The fund gave $2 million to museums.", 14, 24) is None
    True
    """
    from ..extract.figures.nouns import STOP_WORDS, _is_time_word, noun_category
    from ..extract.figures.phrases import noun_before

    def fit(found: tuple | None) -> tuple[str, int, int] | None:
        word = found[0] if found else None
        if not word or not word[:1].islower() or not word.replace("-", "").isalpha():
            return None  # no noun, a name ("in Iowa"), a number
        low = word.lower()
        if low in STOP_WORDS or low in _NO_PURPOSE or low.endswith(("ly", "ing", "ed")):
            return None
        return low, found[1], found[2]

    # the noun phrase after the amount ("in indirect donations"), up to a word that ends it: its head
    # is its last word; a time ("in the first quarter", "in 2015", "last year") is no purpose
    m = _PURPOSE_AFTER_RE.match(sentence, end)
    head = None
    for w in list(_WORD_RE.finditer(sentence, m.end() if m else end, (m.end() if m else end) + 60))[:4]:
        low = w.group().lower()
        if (w.start() > (head.end() if head else (m.end() if m else end)) + 1 or low in STOP_WORDS
                or low in _WHEN_WORDS or _is_time_word(low) or noun_category(low) == "duration"
                or not low.replace("-", "").isalpha()):
            break
        head = w
    found = fit((head.group(), head.start(), head.end())) if head else None
    if found:
        return found
    before = noun_before(sentence, start)
    if before:
        return fit(before)
    link = _PURPOSE_LINK_RE.search(sentence, max(0, start - 60), start)
    return fit((link.group(1), link.start(1), link.end(1))) if link else None


def term_before(text: str) -> tuple[int, int, str, str] | None:
    """The counted-thing term that heads the words before a noun-less number, ``(start, end, set,
    category)``, or None: in their last clause (else in them all), a casualty word if there is one
    ("troops have suffered casualties in the hundreds"), else the first term ("the number of
    troops …", "the death toll from the missile strike …").

    >>> term_before("The death toll from the missile strike has risen to")
    (4, 14, 'casualties', 'casualties')
    >>> term_before("Officials said the number of troops, by their count, stood at")
    (29, 35, 'troops', 'personnel')
    """
    lo = clause_bounds(text, len(text), len(text))[0]
    for start in (lo, 0):
        found = []
        for m in _terms_re().finditer(text, start):
            word = re.sub(r"\s+", " ", m.group().lower())
            entry = next((noun_sets()[f] for f in _singulars(word) if f in noun_sets()), None)
            if entry:
                found.append((m.start(), m.end(), entry[0], entry[1]))
        if found:
            return next((f for f in found if f[3] in category_sets()), found[0])
    return None


# --------------------------------------------------------------------------- clauses

#: Where a clause ends: ; : ( ) dashes, and a comma or full stop followed by a space (not "4,500").
_BOUNDARY_RE = re.compile(r"[;:()\u2014]|\s[\u2013-]{1,2}\s|[,.](?=\s)")


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``sentence[start:end]``: from the last boundary before it to the first after.

    >>> s = "Last week, officials said 4,500 nurses arrived, with more expected."
    >>> a, b = clause_bounds(s, 26, 38)
    >>> s[a:b]
    ' officials said 4,500 nurses arrived'
    """
    lo = 0
    for m in _BOUNDARY_RE.finditer(sentence, 0, start):
        lo = m.end()
    m = _BOUNDARY_RE.search(sentence, end)
    return lo, m.start() if m else len(sentence)


def _words(text: str, n: int, last: bool) -> str:
    """The first (or last) ``n`` words of ``text``."""
    parts = text.split()
    return " ".join(parts[-n:] if last else parts[:n])


# --------------------------------------------------------------------------- subjects

@lru_cache(maxsize=None)
def _claim_after_re() -> re.Pattern:
    verbs = [r["phrase"] for r in read_table("figures_claim_verbs.csv") if r["kind"] == "verb"]
    return re.compile(r"[\s,]*(?:(?:has|have|had|also|later|earlier)\s+)*" + letter_tree(verbs) + r"\b", re.I)


#: A mention after one of these words is where things go or whom they face, not who has them.
_DESTINATION_RE = re.compile(r"\b(?:to|into|toward|towards|against|alongside|for|with|according\s+to)\s+"
                             r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$", re.I)
#: "troops of X", "soldiers from X": whose.
_OWNER_RE = re.compile(r"\s*(?:of|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?=[A-Z])")
#: "killed in X", "troops near X": where.
_PLACE_RE = re.compile(r"\b(?:in|inside|near|at|across|around|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?=[A-Z])")
#: "X's 4,500 troops": whose, right before the number.
_POSSESSIVE_RE = re.compile(r"^['\u2019]s?\s+(?:[a-z][\w-]*\s+)?$")
#: "by X" after a passive verb: who.
_BY_RE = re.compile(r"\bby\s+(?:the\s+)?(?=[A-Z])")
_NAME_RE = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")


def _name_at(sentence: str, pos: int, mentions: Sequence[Mention]) -> str:
    """The subject named at ``pos``: a mention starting there, or else a capitalised name as
    written ("Yunnan") that is not a month, a weekday or a demonym."""
    for m in mentions:
        if m.start <= pos < m.end and m.kind != "media":  # "from the bloc": the mention starts at "the"
            return m.subject
    name = _NAME_RE.match(sentence, pos)
    if not name:
        return ""
    text = re.sub(r"['\u2019]s?$", "", name.group())  # "Wednesday's strike", "Nairobi's centre"
    first = text.split()[0].lower()
    if first in months() or first in _weekdays() or first in _honorifics() or demonym_in(text):
        return ""  # "in Mr. Smith's audience": the mention of the name, if any, says whose
    return text


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    """Words written before a name ("Mr", "Sen", "Gov"), from ``data/titles.csv``: never a subject."""
    return frozenset(r["word"].lower().rstrip(".") for r in read_table("titles.csv") if r["kind"] == "honorific")


@lru_cache(maxsize=None)
def _weekdays() -> frozenset[str]:
    return frozenset(r["phrase"] for r in read_table("date_words.csv") if r["kind"] == "weekday")


def _agent_ok(sentence: str, m: Mention, claimants: frozenset[str], claimant_text: str) -> bool:
    """Whether a mention can be who has, sends or does the counted thing: not media, not the claimant
    (by name, by its words, or followed by a claim verb), not a destination."""
    if m.kind == "media" or m.subject in claimants or m.country in claimants or (
            claimant_text and m.text in claimant_text):
        return False
    if _claim_after_re().match(sentence, m.end):
        return False
    return not _DESTINATION_RE.search(sentence[max(0, m.start - 40):m.start])


def subject_of(sentence: str, span: tuple[int, int], noun_span: tuple[int, int], casualties: bool,
               mentions: Sequence[Mention], claimant: str | None = None,
               claimant_text: str | None = None, noun: str | None = None) -> tuple[str, str]:
    """Whose or where the counted thing is, and the rule that said so: ``(subject, rule)``.

    ``span`` is the figure in the sentence; ``noun_span`` the words naming what it counts (the
    figure itself, or a term before a noun-less number: "the death toll in X rose to 35"). In
    order: a demonym in the noun ("Kenyans", "Ruritanian troops"; rule ``noun``); "of/from
    X" after it (``of``); "X's" before it (``possessive``); for all but casualties, the nearest
    actor before it in its clause, or "by X" after it (``agent``); "in/near/at X" (``place``);
    for all but casualties, the nearest actor before it in the sentence (``actor``). Claimants
    and destinations ("sent to X") are never the subject. ``("", "")`` when nothing says.

    >>> s = "Officials said the army of Ruritania sent 300 troops to Freedonia."
    >>> subject_of(s, (42, 52), (42, 52), False, [Mention(27, 36, "Ruritania", "Ruritania", "country"),
    ...            Mention(56, 65, "Freedonia", "Freedonia", "country")])
    ('Ruritania', 'agent')
    """
    fs, fe = span
    ns, ne = noun_span
    lo, hi = clause_bounds(sentence, min(fs, ns), max(fe, ne))
    country = demonym_in(noun) if isinstance(noun, str) and noun[:1].isupper() else ""
    country = country or demonym_in(sentence[fs:fe]) or (_demonym_near(sentence, lo, ns, ne) if ns < fs else "")
    if country:
        return country, "noun"
    owner = _OWNER_RE.match(sentence, ne)
    if owner and (who := _name_at(sentence, owner.end(), mentions)):
        return who, "of"
    claimants = frozenset(filter(None, [claimant, *(claimant or "").split(" and ")]))
    before = [m for m in mentions if m.end <= min(fs, ns)]
    if before and _POSSESSIVE_RE.match(sentence[before[-1].end:min(fs, ns)]) and before[-1].kind != "media":
        return before[-1].subject, "possessive"
    ok = [m for m in before if m.kind != "place" and _agent_ok(sentence, m, claimants, claimant_text or "")]
    if not casualties:
        in_clause = [m for m in ok if m.start >= lo]
        if in_clause:
            return in_clause[-1].subject, "agent"
        if country := demonym_in(sentence[lo:min(fs, ns)]):  # "where Ruritanian forces have taken 40 villages"
            return country, "agent"
        by = _BY_RE.search(sentence, fe, hi)
        if by and (who := _name_at(sentence, by.end(), mentions)):
            return who, "agent"
    regions = ([(ne, fs)] if ns < fs else []) + [(max(fe, ne), hi)]  # "the toll in X rose to 35", "35 killed in X"
    if casualties:
        regions.append((lo, min(fs, ns)))  # "strikes in X have killed 58"
    for a, b in regions:
        for place in _PLACE_RE.finditer(sentence, a, b):
            who = _name_at(sentence, place.end(), mentions)
            if who and who not in claimants:
                return who, "place"
    if not casualties and ok:
        return ok[-1].subject, "actor"
    return "", ""


# --------------------------------------------------------------------------- kinds

@lru_cache(maxsize=None)
def _kind_cues() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    rows = {re.sub(r"\s+", " ", r["cue"]): (r["kind"], r["position"]) for r in read_table("estimate_kinds.csv")}
    return re.compile(r"(?<![\w-])" + letter_tree(rows) + r"(?![\w-])", re.I), rows


def _cue_kinds(text: str, where: str) -> set[str]:
    """Kinds of the cues in ``text``, a window ``before`` or ``after`` the number (or ``either``)."""
    pattern, rows = _kind_cues()
    found = set()
    for m in pattern.finditer(text):
        word = m.group()
        if word[:1].isupper() and word.lower() in months():  # "May", "March": months, not cues
            continue
        kind, position = rows[re.sub(r"\s+", " ", word.lower())]
        if position in ("either", where) or where == "either":
            found.add(kind)
    return found


def kind_of(before: str, timeframe: str | None, period_start, period_end, published, after: str = "") -> str:
    """``projection``, ``cumulative`` or ``count`` for a figure, from the words of its clause
    before the number (the last six) and after the figure (the first eight), its time frame and
    its period against the publication date.

    >>> kind_of("the toll could", "", None, None, None, "reach 200")
    'projection'
    >>> import pandas as pd
    >>> kind_of("officials said", "by June", None, pd.Timestamp("2025-06-30"), pd.Timestamp("2025-03-01"))
    'projection'
    >>> kind_of("", "since January", pd.Timestamp("2025-01-01"), pd.Timestamp("2025-03-01"), pd.Timestamp("2025-03-01"))
    'cumulative'
    """
    kinds = _cue_kinds(_words(before, 6, last=True), "before") | _cue_kinds(_words(after, 8, last=False), "after")
    if isinstance(timeframe, str) and timeframe:
        kinds |= _cue_kinds(timeframe, "either")
    if _known(published) and ((_known(period_end) and not _known(period_start) and period_end > published)
                              or (_known(period_start) and period_start > published)):
        kinds.add("projection")
    return "projection" if "projection" in kinds else "cumulative" if "cumulative" in kinds else "count"


def _known(value) -> bool:
    return value is not None and value == value  # NaT and NaN are not equal to themselves


def as_of(kind: str, period_start, period_end, published):
    """The date a figure's number is for: a projection's deadline; a count's or total's period end,
    but never after publication (what is said on a day is known as of that day); publication when
    there is no period; None when neither.

    >>> import pandas as pd
    >>> day = pd.Timestamp("2025-11-17")
    >>> as_of("count", pd.Timestamp("2025-11-01"), pd.Timestamp("2025-11-30"), day).date()
    datetime.date(2025, 11, 17)
    >>> as_of("projection", None, pd.Timestamp("2024-12-31"), day).date(), as_of("count", None, None, None)
    (datetime.date(2024, 12, 31), None)
    """
    end = period_end if _known(period_end) else period_start if _known(period_start) else None
    if end is None:
        return published if _known(published) else None
    if kind != "projection" and _known(published) and end > published:
        return published
    return end
