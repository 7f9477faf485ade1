"""Counted nouns and categories: what a number counts, and what kind of thing that is.

In: a sentence and the offset where a number ends. Out: the head of the noun phrase after it
(:func:`head_noun`: "2,500 Peruvian soldiers" → soldiers), its category from
``data/figure_nouns.csv`` and ``data/figures_units.csv`` (:func:`noun_category`), a rate written
after it ("$15 an hour" → dollars per hour) and whether a cue word makes people casualties.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import months, read_table
from .grammar import patterns
from .vocabulary import _time_words, measure_units, noun_categories, number_words, word_class

#: Words a noun phrase does not run through: function words, auxiliaries, pronouns.
STOP_WORDS = frozenset("""
a an the of to in on at by for from with without into onto over under about after before since during per via
than as and or but nor that which who whom whose this these those it its their his her they he she we you i me us
them there here is are was were be been being has have had will would could should may might must can do does did
not no so if then when while where because against between among amid across through toward towards around along
more less most least each every also only just still already yet ago now according including like until till up
down out off within upon beyond near behind alone again even too very such other another some any all both either
neither what how why whether said says say told""".split())
#: A plural ending: "troops", "casualties" (not "class", "status", "analysis").
PLURAL_RE = re.compile(r"[^siu]s$|ies$|[sx]es$")
#: Plurals without an -s ending.
IRREGULAR_PLURALS = frozenset("people men women children police personnel staff aircraft feet teeth mice geese cattle "
                              "livestock clergy".split())
#: A word of a noun phrase after a number: "soldiers", "South", "weeks'", "long-range", "%", "°C".
NP_WORD_RE = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*)|[ \u00a0]?(%|°[ ]?[CFcf]?(?![A-Za-z]))")
#: A model's code after a capitalised name, before a lower-case word: " 9" in "Falcon 9 rockets", " A320neo" in
#: "Airbus A320neo jets".
MODEL_CODE_RE = re.compile(r"[ \u00a0]+(?=[A-Za-z]*\d)[A-Za-z]*\d[A-Za-z\d]*(?:-\d+)?(?=[ \u00a0]+[a-z])")
#: The point after a middle initial, before the rest of the name: ". Bush" in "George W. Bush".
INITIAL_RE = re.compile(r"\.[ \u00a0]+[A-Z][a-z]")
#: A dotted abbreviation before another word of the phrase: " U.S." in "1,850 U.S. adults", " e.v." in "the e.v. total".
ABBREVIATION_RE = re.compile(r"[ \u00a0]+(?:[A-Za-z]\.){2,}(?=[ \u00a0]+[A-Za-z])")
#: A possessive word: "group's", "Peru’s".
POSSESSIVE_RE = re.compile(r"['\u2019]s$")
#: Function words a noun phrase may start with after a number, before a plural: "25 other states", "4,000 more troops".
LEADING_MODIFIERS = frozenset(("other", "more", "fewer"))
#: Up to three words in a row, one space apart: a candidate noun of several words.
COMPOUND_RE = re.compile(r"[A-Za-z][A-Za-z-]*(?:[ \u00a0][A-Za-z][A-Za-z-]*){1,2}")


def singular_forms(word: str) -> list[str]:
    """Candidate singulars of a (lower-case) noun, the word itself first.

    >>> singular_forms("casualties"), singular_forms("men"), singular_forms("square miles")
    (['casualties', 'casualty', 'casualtie'], ['men', 'man'], ['square miles', 'square mile'])
    """
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    out = [word]
    if last.endswith("ies"):
        out.append(prefix + last[:-3] + "y")
    if last.endswith("men"):
        out.append(prefix + last[:-3] + "man")
    if last.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        out.append(prefix + last[:-2])
    if last.endswith("ren"):
        out.append(prefix + last[:-3])
    if last.endswith("s") and not last.endswith("ss"):
        out.append(prefix + last[:-1])
    if last == "feet":
        out.append(prefix + "foot")
    return out


def noun_category(noun: str | None) -> str | None:
    """The category of a counted noun: from the lexicon (any plural), capitalised plurals as
    nationalities, "other" for a noun the lexicon does not know, None without a noun.

    >>> noun_category("troops"), noun_category("South Africans"), noun_category("Square Miles"), noun_category("bakeries")
    ('personnel', 'personnel', 'area', 'other')
    >>> noun_category("Peruvian soldiers"), noun_category("crime analysts")
    ('personnel', 'other')
    """
    if not noun:
        return None
    cats = noun_categories()
    for form in singular_forms(noun.lower()):
        if form in cats:
            return cats[form]
    if all(w[:1].isupper() for w in noun.split()) and noun.endswith("s") and "<nationality>" in cats:
        return cats["<nationality>"]
    mods, _, head = noun.rpartition(" ")
    if mods and all(w[:1].isupper() for w in mods.split()):  # "Peruvian soldiers": the head's category
        return noun_category(head)
    return "other"


def _is_plural(word: str) -> bool:
    """Whether a word looks like a plural noun: "soldiers", "casualties", "men", "people" (not "class", "status").

    >>> [w for w in ("troops", "men", "people", "class", "bus", "aircraft") if _is_plural(w)]
    ['troops', 'men', 'people', 'aircraft']
    """
    low = word.lower()
    return bool(PLURAL_RE.search(low)) or low in IRREGULAR_PLURALS


def head_noun(text: str, pos: int, plural: bool = True,
              masks: list[tuple[int, int]] | None = None) -> tuple[str | None, int, int]:
    """The counted noun after position ``pos`` (the end of a number): (noun, start, end).

    The phrase runs over up to five words and stops at a function word, a punctuation mark, a
    date word, a verb (``data/figures_word_classes.csv``: "a 7.1 earthquake struck"), a time
    frame of ``masks`` ("389 last year"), or (when the count is more than one) right after its
    first plural word: "2,500 Peruvian soldiers were …" → soldiers. A unit of measure right after
    the number is the head ("square miles", "degrees Celsius", "per cent", "50 mg ethanol" →
    mg); else a phrase that ends in a plural has it as head, whatever modifies it ("4 civilian
    crime analysts" → analysts); else the head is the first word or compound the lexicon knows,
    else the last word (words ending in -ed, -ing, -ly are not heads). A capitalised head keeps
    the capitalised words before it ("South Africans").

    >>> t = "2,500 Peruvian soldiers were sent"
    >>> head_noun(t, 5)[0], head_noun("2,500 South Africans have left", 5)[0], head_noun("12,000 expected to go", 6)[0]
    ('soldiers', 'South Africans', None)
    >>> [head_noun(t, 2)[0] for t in ("13 crates of grain", "45 square miles", "40 Americans dead", "30 degrees Celsius")]
    ['crates', 'square miles', 'Americans', 'degrees Celsius']
    >>> head_noun("3.9 per cent in May", 3)[0], head_noun("50 mg ethanol", 2)[0], head_noun("25 other states", 2)[0]
    ('per cent', 'mg', 'states')
    >>> head_noun("4 civilian crime analysts", 1)[0], head_noun("7.1 earthquake struck Lima", 3)[0]
    ('analysts', 'earthquake')
    >>> head_noun("1,500 security forces troops", 5)[0], head_noun("6 goals apiece", 1)[0]
    ('troops', 'goals')
    """
    words, skipped, ended = _phrase_after(text, pos, plural, masks)
    if not words:
        return None, pos, pos
    for j in range(min(len(words), 3), 0, -1):  # a unit of measure first: "50 mg ethanol", "30 degrees Celsius"
        phrase = text[words[0][1]:words[j - 1][2]]
        if any(f in measure_units() for f in singular_forms(phrase.lower())):
            return phrase, words[0][1], words[j - 1][2]
    if not ended:
        for i in range(len(words)):  # the first word (or compound of up to three) the lexicon knows
            for j in range(min(len(words), i + 3), i, -1):
                phrase = text[words[i][1]:words[j - 1][2]]
                if phrase[0].isupper() and any(_is_plural(w.split()[-1]) for w, _, _ in words[j:]):
                    continue  # "five Dallas police officers": a capitalised name before more words modifies them
                if noun_category(phrase) != "other":
                    return phrase, words[i][1], words[j - 1][2]
    content = [k for k, (w, _, _) in enumerate(words) if not w.lower().endswith(("ed", "ing", "ly"))]
    if ended and len(words) - 1 not in content:
        content.append(len(words) - 1)  # a plural that ends the phrase is its head, even "3 buildings"
    if not content or (skipped and not _is_plural(words[content[-1]][0])):  # "14 more ready to go": no noun
        return None, pos, pos
    head = first = content[-1]
    compound = " " in words[head][0]
    while not compound and words[head][0][0].isupper() and first > 0 and words[first - 1][0][0].isupper():
        first -= 1
    return text[words[first][1]:words[head][2]], words[first][1], words[head][2]


def _plural_next(text: str, pos: int, reach: int = 2) -> bool:
    """Whether one of the ``reach`` words after ``pos`` is a plural noun, before any function word
    (what an adjective in -ed would modify: "armed men", "armed hooded men")."""
    for _ in range(reach):
        m = NP_WORD_RE.match(text, pos)
        if not (m and m.group(1)) or m.group(1).lower() in STOP_WORDS:
            return False
        if _is_plural(m.group(1)):
            return True
        pos = m.end()
    return False


def _phrase_after(text: str, pos: int, plural: bool,
                  masks: list[tuple[int, int]] | None) -> tuple[list[tuple[str, int, int]], bool, bool]:
    """The words of the noun phrase after ``pos`` (see :func:`head_noun`), whether a leading
    modifier was skipped ("25 other states") and whether the phrase ended at a plural."""
    words: list[tuple[str, int, int]] = []
    p = pos
    skipped = ended = False
    verbs = word_class("verb")
    while len(words) < 5:
        code = MODEL_CODE_RE.match(text, p) if words and words[-1][0][0].isupper() else None
        if code:  # "two Falcon 9 rockets", "24 Airbus A320neo jets": a model's code modifies the head after it
            p = code.end()
            continue
        abbrev = ABBREVIATION_RE.match(text, p)
        if abbrev:  # "1,850 U.S. adults", "40 D.C. schools": a dotted abbreviation modifies the head after it
            p = abbrev.end()
            continue
        m = NP_WORD_RE.match(text, p)
        if not m:
            break
        w = (m.group(1) or m.group(2)).rstrip("'\u2019")
        s = m.start(1) if m.group(1) else m.start(2)
        low = w.lower()
        if masks and any(a <= s < b for a, b in masks):
            break  # a time frame: "389 last year"
        if low in _compound_starts():
            compound = _compound_at(text, s)
            if compound:  # a noun of several words is a whole phrase: "degrees Celsius", "per cent"
                words.append(compound)
                break
        if low in ("and", "or", "&") and words and _plural_next(text, m.end(), 3):
            p = m.end()  # "9,500 search and rescue workers", "300 full- or part-time jobs": one phrase
            continue
        participle = (low in verbs and all(x.lower().endswith("ly") for x, _, _ in words) and low in PARTICIPLES and _plural_next(text, m.end())
                      and not CLAUSE_START_RE.search(text, max(0, pos - 40), pos))
        if low in STOP_WORDS or low in number_words() or _is_time_word(low) or (
                low in verbs and (words or not low.endswith("s")) and not participle):
            # "30 came", "a 7.1 quake struck"; "100 hits"; but "seven paid speeches", "40 stolen cars": an adjective
            if p == pos and low in LEADING_MODIFIERS:  # "25 other states", "4,000 more troops"
                p, skipped = m.end(), True
                continue
            break
        if len(low) > 4 and low.endswith("ed") and "-" not in low and not _plural_next(text, m.end()):
            break  # "85 stayed home": a verb; "2,500 armed men": an adjective
        if len(w) == 1 and w.isupper() and words and words[-1][0][0].isupper() and INITIAL_RE.match(text, s + 1):
            p = s + 2  # "three former George W. Bush officials": a middle initial inside a name
            continue
        if w in _title_abbreviations() and INITIAL_RE.match(text, s + len(w)):
            p = s + len(w) + 1  # "half of Mrs. Clinton's bundlers": a title's abbreviation inside a name
            continue
        if POSSESSIVE_RE.search(w):  # "the group's researchers": a possessive modifies the head after it
            p = m.end()
            continue
        words.append((w, s, s + len(w)))
        p = m.end()
        if m.group(2):  # "%" and "°C" are whole units
            break
        if plural and _is_plural(w):  # a plural ends the phrase, unless it modifies one: "police officers"
            nxt = NP_WORD_RE.match(text, p)
            if nxt and nxt.group(1) and PLURAL_RE.search(nxt.group(1).lower()) and (
                    low in IRREGULAR_PLURALS or noun_category(nxt.group(1)) not in (None, "other")):
                continue  # "security forces troops", "armed forces personnel": the known plural after is the head
            if nxt and nxt.group(1) and w[0].isupper() and nxt.group(1)[0].islower() and nxt.group(1).lower() not in STOP_WORDS \
                    and (_is_plural(nxt.group(1)) or _plural_next(text, nxt.end(), 1)):
                continue  # "five Dallas police officers", "12 Texas cities": a name in -s before the head is a modifier
            ended = True
            break
    return words, skipped, ended


#: A number that opens a clause (its start, or after a comma, "and", "but"): a verb after it is its predicate
#: ("85 paid taxes"), not an adjective.
CLAUSE_START_RE = re.compile(r"(?:^|[,;:(]|\b(?:and|but|or|while|as)\b)[ \u00a0]*\S+$", re.I)
#: Irregular past participles of the ``verb`` word class that also modify a plural noun as adjectives
#: ("seven paid speeches", "40 stolen cars", "12 newly built homes").
PARTICIPLES = frozenset("paid built sold held given taken made shot kept sent spent stolen broken chosen frozen grown "
                        "known hidden written driven drawn fallen beaten bought brought caught cut put set split "
                        "lost won left led fled".split())


@lru_cache(maxsize=None)
def _title_abbreviations() -> frozenset[str]:
    """Titles written as abbreviations before a name (``data/abbreviations.csv``): "Mrs", "Dr", "Gen"."""
    return frozenset(r["abbreviation"] for r in read_table("abbreviations.csv") if r["kind"] == "title")


@lru_cache(maxsize=None)
def _compound_starts() -> frozenset[str]:
    """The first words of the lexicon's nouns of several words ("square" of "square mile", "per" of "per cent")."""
    return frozenset(n.split()[0] for n in noun_categories() if " " in n)


def _compound_at(text: str, pos: int) -> tuple[str, int, int] | None:
    """The longest noun of two or three words the lexicon knows that starts at ``pos``, or None.

    >>> _compound_at("32 degrees Celsius today", 3), _compound_at("5 light trucks", 2)
    (('degrees Celsius', 3, 18), None)
    """
    m = COMPOUND_RE.match(text, pos)
    if not m:
        return None
    ends = [pos + i for i, ch in enumerate(m.group()) if ch in " \u00a0"] + [m.end()]
    for end in reversed(ends[1:]):
        if noun_category(text[pos:end]) not in (None, "other"):
            return text[pos:end], pos, end
    return None


def _is_time_word(word: str) -> bool:
    weekdays, _ = _time_words()
    return word in weekdays or word in months()


#: A rate after a figure's noun: "/hour", " per kg", " an hour" (not "a year ago", "a day later").
RATE_RE = re.compile(r"(?:[ \u00a0]?/[ \u00a0]?|[ \u00a0]+(?P<word>per|an?)[ \u00a0]+)(?P<unit>[A-Za-z]+)(?![\w/^-])"
                     r"(?![ \u00a0]+(?:ago|later|earlier|before|after|old)\b)")


def _with_rate(text: str, noun: str, end: int) -> tuple[str, int]:
    """A noun with the rate written after it ("$15/hour" → dollars per hour, "$3 a gallon",
    "120 km per hour", "$50 per person"), and where the figure then ends. The rate is a unit of
    ``data/figures_units.csv`` (or, after "per", a noun the lexicon knows).

    >>> _with_rate("$15/hour", "dollars", 3), _with_rate("$3 a gallon", "dollars", 2), _with_rate("5 km a year ago", "km", 4)
    (('dollars per hour', 8), ('dollars per gallon', 11), ('km', 4))
    >>> _with_rate("90 km/h winds", "km", 5)
    ('km/h', 7)
    """
    m = RATE_RE.match(text, end)
    if not m:
        return noun, end
    unit = m.group("unit")
    if "/" in m.group() and f"{noun}/{unit}".lower() in measure_units():  # "120 km/h", "50 m/s": one unit
        return f"{noun}/{unit}", m.end()
    forms = singular_forms(unit.lower())
    if any(f in measure_units() for f in forms) or (m.group("word") == "per" and noun_category(unit) != "other"):
        return f"{noun} per {unit}", m.end()
    return noun, end


def _casualty_cue(text: str, start: int, end: int) -> bool:
    """Whether a cue word makes a count of people casualties: "killed at least 85", "85 people were killed".

    >>> _casualty_cue("The flood killed at least 212 people", 17, 36), _casualty_cue("3 people were killed", 0, 8)
    (True, True)
    """
    pat = patterns()
    after = text[end:end + 40].lstrip("\"'\u201d\u2019")  # past a closing quote: '"up to 200,000" could die'
    return bool(pat.cue_before.search(text, max(0, start - 20), start) or pat.cue_after.match(after))
