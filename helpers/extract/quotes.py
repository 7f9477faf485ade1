"""Direct quotes and who said them.

Every quotation in the body is found (straight or curly marks, partial quotes inside a sentence,
quotes split by their attribution, quotes running over paragraphs, unbalanced marks) and given
a speaker from the attribution around it (see :mod:`helpers.extract.attribution` for the grammar):

- its own sentence: ``"...," Macron said`` / ``"...," said Macron`` / ``"...," X, the ..., said`` /
  ``"..." -Name`` / ``X said: "..."`` / ``X said Sunday that ... "in a matter of days"``;
- the statement it belongs to: the other half of a split quote, the paragraph a quote runs on
  from, a speaker named earlier in the paragraph ("Roe agreed. "..."");
- a colon lead-in closing the previous paragraph (``Erdogan wrote:``), or the previous
  paragraph's quote when this paragraph only goes on quoting.

Pronouns (``he wrote``) resolve to the nearest fitting actor named before; a document (``the
report said``) to the body that issued it; a family name alone to the person named in full
before. Names the gazetteer lacks are kept as written. A quotation nobody is said to have said
(a scare quote, a title) is kept with an empty speaker.

>>> from helpers.read.article import parse_article
>>> art = parse_article('Head line here\\n\\n"We will win," Jan Novak, a spokesman for the party, told reporters. "Soon."\\n', "a1")
>>> [(q["text"], q["speaker"], q["verb"], q["medium"]) for q in extract(art)]
[('We will win,', 'Jan Novak', 'told', 'remarks to reporters'), ('Soon.', 'Jan Novak', 'told', 'remarks to reporters')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

from .actors import (Actor, ArticleContext, Gazetteer, article_context, find_actors, head_kind, load_gazetteer,
                     reference_keys)
from .attribution import (DETERMINERS, Cue, cue_after, cue_before, cue_in, ends_with, is_pronoun, medium_of, pronouns,
                          sentence_subject, subjects_in, verb_hits)
from ..read.text import split_sentences

if TYPE_CHECKING:  # pragma: no cover
    from ..read.article import Article

# --------------------------------------------------------------------------- quotation marks

DOUBLE_OPEN = "\u201c\u201e\u00ab"
DOUBLE_CLOSE = "\u201d\u00bb"
DOUBLE = '"' + DOUBLE_OPEN + DOUBLE_CLOSE
SINGLE_OPEN = "\u2018"
SINGLE = "'\u2018\u2019"
#: Characters after which a quotation mark opens: a space, "(", a dash, a slash or a colon.
_OPEN_BEFORE = frozenset(" \t\n\u00a0([{\u2014\u2013-/:")
#: Characters before which a quotation mark closes.
_CLOSE_AFTER = frozenset(" \t\n\u00a0,.;:!?)]}\u2014\u2013-\u2026")
DOUBLE_RE = re.compile(f"[{DOUBLE}]")
#: Markup a scraper left in the text ('<tweet author="@x">'): marks inside it are not quotes.
TAG_RE = re.compile(r"<[^<>\n]{1,300}>")


def mark_role(text: str, i: int) -> str:
    """Whether the quotation mark at ``i`` opens, closes or could do either, from its neighbours.

    Curly marks say which they are unless their neighbours contradict it (some copy uses ``”``
    both ways); a straight mark opens after a space and closes before one; a mark that ends the
    paragraph closes.

    >>> [mark_role('He said "yes" then', i) for i in (8, 12)]
    ['open', 'close']
    >>> mark_role('a " b', 2), mark_role('he said. \u201c', 9)
    ('either', 'close')
    """
    ch = text[i]
    if i > 0 and i + 1 == len(text.rstrip()):
        return "close"
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
    marks instead (copy that quotes with them). Marks inside markup tags are skipped.

    >>> pair_marks('"A," he said. "B')
    ([(0, 3)], 14)
    >>> pair_marks('He said \u201cyes\u201d and \u201cno\u201d twice')
    ([(8, 12), (18, 21)], None)
    """
    spans, open_at = _pair_marks(text, single, carried)
    return list(spans), open_at


@lru_cache(maxsize=8192)
def _pair_marks(text: str, single: bool, carried: bool) -> tuple[tuple[tuple[int, int], ...], int | None]:
    # pair_marks, cached on the text (wire copy repeats paragraphs from story to story)
    marks = _single_quote_marks(text) if single else [m.start() for m in DOUBLE_RE.finditer(text)]
    if "<" in text and marks:
        tags = [m.span() for m in TAG_RE.finditer(text)]
        marks = [i for i in marks if not any(a <= i < b for a, b in tags)]
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
    return tuple(spans), open_at


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
    if any(DOUBLE_RE.search(p["text"]) for p in paragraphs):
        return False
    return any(_pair_marks(p["text"], True, False)[0] for p in paragraphs)


#: What may end the text before a quote left open that still counts: a sentence end or a colon.
_OPEN_QUOTE_LEAD = (":", ".", "!", "?")


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
        spans, open_at = _pair_marks(text, single, carried)
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
        if runs_on or not lead or lead.endswith(_OPEN_QUOTE_LEAD) or (was_carried and not spans):
            continued = was_carried and not spans and not lead
            out.append(Quotation(n, open_at, len(text), s, e, closed=False, continued=continued, runs_on=runs_on))
            carried = runs_on
    return out


# --------------------------------------------------------------------------- who is who


@dataclass
class _Entity:
    para: int
    sent: int
    at: int  # offset in the paragraph
    actor: Actor
    speaker: bool = False


#: A written name's trailing possessive: "Erdoğan's" → "Erdoğan".
_POSSESSIVE_RE = re.compile(r"['\u2019]s?$")


@dataclass
class _Context:
    """What an article names, paragraph by paragraph, worked out only where a pronoun, a document
    or a bare family name needs it."""

    article: "Article"
    gazetteer: Gazetteer
    quotes: list[Quotation]
    names: ArticleContext = field(init=False)
    _entities: dict[int, list[_Entity]] = field(default_factory=dict)
    _speakers: list[_Entity] = field(default_factory=list)
    _sentences: dict[int, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.names = article_context(self.article, self.gazetteer)

    def sentence_starts(self, para: int) -> list[int]:
        """Offsets (in the paragraph) where its sentences start (the article's sentences if they are
        already split, else this paragraph's alone)."""
        starts = self._sentences.get(para)
        if starts is not None:
            return starts
        if para not in self._sentences:
            if "sentences" in self.article.__dict__:  # split already: index them all at once
                base = {p["para_no"]: (n, p["start"]) for n, p in enumerate(self.article.paragraphs)}
                for sent in self.article.sentences:
                    n, start = base[sent["para_no"]]
                    self._sentences.setdefault(n, []).append(sent["start"] - start)
            else:
                self._sentences[para] = [s for s, _, _ in split_sentences(self.article.paragraphs[para]["text"])]
            self._sentences.setdefault(para, [0])
            if not self._sentences[para]:
                self._sentences[para] = [0]
        return self._sentences[para]

    def sentence_of(self, para: int, at: int) -> int:
        return max(0, bisect_right(self.sentence_starts(para), at) - 1)

    def sentence_span(self, para: int, at: int) -> tuple[int, int]:
        starts = self.sentence_starts(para)
        k = self.sentence_of(para, at)
        end = starts[k + 1] if k + 1 < len(starts) else len(self.article.paragraphs[para]["text"])
        return starts[k], end

    def entities(self, para: int) -> list[_Entity]:
        """Actors named outside quotes in one paragraph, in order: known and titled names, the
        subjects of reporting verbs (as speakers) and the subjects that open sentences."""
        if para not in self._entities:
            self._entities[para] = []  # while it is being built, a name here cannot refer back into it
            text = self.article.paragraphs[para]["text"]
            quoted = sorted((q.open, q.close) for q in self.quotes if q.para == para)
            found = [(s, e, a, False) for s, e, a in find_actors(text, self.gazetteer, self.names)
                     if not any(x <= s < y for x, y in quoted)]
            named = [_Entity(para, 0, s, a) for s, _, a, _ in found]
            for s, e, speaker in self._subjects(para, text, quoted):
                inner = [k for k, item in enumerate(found) if item[0] < e and s < item[1]]
                if not inner:
                    found.append((s, e, self._actor(text[s:e], para, s, named), speaker))
                elif speaker:  # the subject holds a known name: that name speaks
                    found[inner[-1]] = (*found[inner[-1]][:3], True)
            found.sort(key=lambda x: x[0])
            ents = [_Entity(para, self.sentence_of(para, s), s, a, sp) for s, _, a, sp in found]
            for k, ent in enumerate(ents):
                if _is_description(ent.actor):  # "the agency added": the agency named before it
                    named = _described(ent.actor.canonical, ents[:k][::-1])
                    for n in range(para - 1, max(-1, para - 4), -1):  # earlier paragraphs only as needed
                        if named is not None:
                            break
                        named = _described(ent.actor.canonical, self.entities(n)[::-1])
                    if named is not None:
                        ent.actor = named
            self._entities[para] = ents
        return self._entities[para]

    def _subjects(self, para: int, text: str, quoted: list[tuple[int, int]]) -> tuple[tuple[int, int, bool], ...]:
        """(start, end, is_speaker): subjects of reporting verbs and of sentences, outside quotes."""
        return _subjects(text, tuple(quoted), tuple(self.sentence_starts(para)))

    def _actor(self, written: str, para: int, at: int, current: list[_Entity]) -> Actor:
        bare = _POSSESSIVE_RE.sub("", written.strip())
        return self.refers_back(bare, para, at, current) or self.gazetteer.describe(bare, self.names)

    def add_speaker(self, para: int, at: int, actor: Actor) -> None:
        self._speakers.append(_Entity(para, self.sentence_of(para, at), at, actor, speaker=True))

    def before(self, para: int, at: int, paragraphs_back: int = 3) -> Iterator[list[_Entity]]:
        """Entities before a point, grouped by sentence, nearest sentence first (a paragraph's
        entities are worked out only when the search reaches it)."""
        for n in range(para, max(-1, para - paragraphs_back - 1), -1):
            groups: dict[int, list[_Entity]] = {}
            for ent in self.entities(n) + [e for e in self._speakers if e.para == n]:
                if n < para or ent.at < at:
                    groups.setdefault(ent.sent, []).append(ent)
            for k in sorted(groups, reverse=True):
                yield sorted(groups[k], key=lambda e: (e.at, not e.speaker))

    def refers_back(self, name: str, para: int, at: int, current: list[_Entity] | None = None) -> Actor | None:
        """A family name alone ("Kim said") is the last person named in full with it (``current``:
        the names of this paragraph when its entities are being built)."""
        if " " in name.strip() or not name[:1].isupper() or self.gazetteer.lookup(name) is not None:
            return None
        for n in range(para, -1, -1):
            here = self.entities(n) if n < para else (current if current is not None else self.entities(n))
            for e in reversed(here):
                if (n < para or e.at < at) and name in reference_keys(e.actor):
                    return e.actor
        return None


@lru_cache(maxsize=8192)
def _subjects(text: str, quoted: tuple[tuple[int, int], ...],
              starts: tuple[int, ...]) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, is_speaker) of the subjects of reporting verbs and of sentences outside the
    ``quoted`` spans of a paragraph whose sentences start at ``starts``. Cached on the text: wire
    copy repeats paragraphs from story to story.

    >>> t = "Jan Roe said the plan failed. The ministry agreed."
    >>> [t[s:e] for s, e, _ in _subjects(t, (), (0, 30))]
    ['Jan Roe', 'Jan Roe', 'The ministry', 'The ministry']
    """
    out = []
    for k, s0 in enumerate(starts):
        e0 = starts[k + 1] if k + 1 < len(starts) else len(text)
        pieces, at = [], s0
        for a, b in quoted:
            if s0 <= a < e0:
                pieces.append((at, a))
                at = b + 1
        pieces.append((at, e0))
        for a, b in pieces:
            out += [(s, e, True) for s, e in subjects_in(text, a, b)]
        np = sentence_subject(text, s0, pieces[0][1])
        if np and not is_pronoun(text, np) and head_kind(text[np[0]:np[1]]) not in ("group", "document"):
            out.append((np[0], np[1], False))
    return tuple(out)


def _fits(actor: Actor, refers: str, gender: str) -> bool:
    if refers == "person":
        return actor.kind == "person" and (not gender or not actor.gender or actor.gender == gender)
    return actor.kind in ("organization", "country", "media")


def _resolve_pronoun(ctx: _Context, pronoun: str, para: int, at: int) -> Actor | None:
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


def _is_named(actor: Actor) -> bool:
    """A known actor or one with a name (not a description such as "agency")."""
    return actor.known or actor.canonical[:1].isupper()


def _is_description(actor: Actor) -> bool:
    return not _is_named(actor) and head_kind(actor.canonical) in ("organization", "document")


def _described(description: str, earlier: list[_Entity]) -> Actor | None:
    """The named body an organisation word stands for ("the agency", "the ministry"): the nearest
    earlier one with that word in a name ("South Korea's spy agency"), nearest first."""
    head = description.split()[-1].lower()
    for e in earlier:
        if e.actor.kind in ("organization", "media") and _is_named(e.actor) and \
                any(head in n.lower() for n in (e.actor.canonical, *e.actor.aliases)):
            return e.actor
    return None


def _resolve_description(ctx: _Context, description: str, para: int, at: int) -> Actor | None:
    """The actor a document or a body described by its kind stands for: "the report" → the last
    named body or person before it (a source first); "the ministry" → the last body with
    "Ministry" in its name."""
    if head_kind(description) == "document":
        for group in ctx.before(para, at, paragraphs_back=2):
            named = [e for e in group if e.actor.kind in ("organization", "media", "country", "person") and _is_named(e.actor)]
            if named:
                return min(named, key=lambda e: (not e.speaker, e.actor.kind not in ("organization", "media"))).actor
        return None
    for group in ctx.before(para, at, paragraphs_back=4):
        found = _described(description, group[::-1])
        if found is not None:
            return found
    return None


def _speaker_of(ctx: _Context, cue: Cue, para: int) -> Actor | None:
    """The actor a cue's speaker text stands for (None for "we", "I", or an unresolved pronoun)."""
    written = ctx.article.paragraphs[para]["text"][cue.start:cue.end]
    bare = _POSSESSIVE_RE.sub("", written)
    if bare.lower() in pronouns():
        return _resolve_pronoun(ctx, bare, para, cue.start)
    kind = head_kind(bare)
    words = bare.split()
    if kind == "document":
        issuer = [a for _, _, a in ctx.gazetteer.find(bare, ctx.names) if a.kind in ("organization", "media", "country", "person")]
        if issuer:
            return issuer[0]  # "the Associated Press report", "a CNN poll"
    if kind in ("document", "organization") and words[0].lower() in DETERMINERS and not any(w[:1].isupper() for w in words[1:]):
        found = _resolve_description(ctx, bare, para, cue.start)
        if found is not None:
            return found
    return ctx.refers_back(bare, para, cue.start) or ctx.gazetteer.describe(bare, ctx.names)


# --------------------------------------------------------------------------- attribution


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
    return not (first.isupper() and (lead.endswith(",") or _ends_with_verb(text, floor, floor + len(lead))))


def _ends_with_verb(text: str, a: int, b: int) -> bool:
    hits = verb_hits(text, a, b)
    return bool(hits) and hits[-1].end == b


#: What stands before the title of a work: "on ABC's", "his book,", "the program".
TITLE_CONTEXT_RE = re.compile(r"(?:['\u2019]s|\b(?:on|in|the|titled|entitled|show|film|book|movie|song|series|program|"
                              r"programme|magazine|newspaper|album|play|musical|column|podcast|documentary),?)\s*$", re.I)
#: A quote that is the title of a work or a name, not words spoken: "on ABC's "Good Morning America"".
TITLE_CASE_RE = re.compile(r"^(?:[A-Z0-9][\w'\u2019&.-]*|of|the|a|an|and|in|on|for|to|at|with)"
                           r"(?:\s+(?:[A-Z0-9][\w'\u2019&.-]*|of|the|a|an|and|in|on|for|to|at|with)){0,7}[.,!?]?$")
#: A verb or name right before a quote, then nothing but a comma or colon: 'Roe said, "' / 'Roe:'.
LEAD_IN_RE = re.compile(r"[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+)?[ \t\u00a0]*[,:]?[ \t\u00a0]*")


def _is_title(quote: str) -> bool:
    """Whether a quote reads as a title ("Good Morning America.") rather than speech.

    >>> _is_title("Good Morning America."), _is_title("highly concerning")
    (True, False)
    """
    ws = quote.split()
    return 1 <= len(ws) <= 8 and bool(TITLE_CASE_RE.match(quote)) and quote[:1].isupper() and \
        sum(w[:1].isupper() for w in ws) >= max(1, (len(ws) + 1) // 2)


def _speech_like(quote: str) -> bool:
    """A quote ending the way speech does before its attribution: '"...," she said'."""
    q = quote.rstrip()
    return q[-1:] in (",", "?", "!", "\u2026") or q.endswith("...")


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

    def take(self, cue: Cue, para: int, how: str, medium: str | None) -> None:
        self.cue, self.cue_para, self.verb, self.how, self.medium = cue, para, cue.verb, how, medium

    def inherit(self, src: "_Found", how: str) -> None:
        self.take(src.cue, src.cue_para, how, src.medium)
        self.speaker, self.speaker_text, self.speaker_at = src.speaker, src.speaker_text, src.speaker_at


@lru_cache(maxsize=8192)
def _own_cues(text: str, quotes: tuple[tuple[int, int, int, int, bool], ...], starts: tuple[int, ...],
              gazetteer: Gazetteer) -> tuple[tuple[bool, Cue | None, str | None], ...]:
    """(partial, cue, medium) of each quote of a paragraph from its own sentence: a lead-in before
    it, the attribution after it, the nearest verb with a speaker before it, or (a fragment) one
    later in the sentence. ``quotes`` are (open, close, start, end, closed) in order and ``starts``
    the sentence starts. Cached on the text: wire copy repeats paragraphs from story to story.

    >>> t = '"We will win," Jan Roe said.'
    >>> [(p, t[c.start:c.end], c.verb) for p, c, _ in _own_cues(t, ((0, 13, 1, 13, True),), (0,), load_gazetteer())]
    [(False, 'Jan Roe', 'said')]
    """
    out = []
    for k, (open_, close, start, end, closed) in enumerate(quotes):
        sent_start, sent_end = _sentence_span(starts, len(text), open_)
        floor = max(sent_start, quotes[k - 1][1] + 1 if k else 0)
        limit = quotes[k + 1][0] if k + 1 < len(quotes) else len(text)
        partial = _partial(text, Quotation(0, open_, close, start, end, closed), floor)
        before = cue_before(text, floor, open_)
        if before is not None and before.how != "according" and LEAD_IN_RE.fullmatch(text, before.verb_at, open_):
            cue = before  # a lead-in right before the quote wins: what follows the quote is not read
        else:
            after = cue_after(text, close + 1, limit) if closed else None
            if after is not None and (not partial or _speech_like(text[start:end])):
                cue = after
            else:
                cue = before or after
        if cue is None and closed:
            stop = max(sent_end, _sentence_span(starts, len(text), close)[1])
            if stop > close + 1:
                cue = cue_in(text, close + 1, stop, [(g[0], g[1]) for g in quotes[k + 1:]])
        out.append((partial, cue, medium_of(text, gazetteer, cue.verb, floor, limit) if cue is not None else None))
    return tuple(out)


def _sentence_span(starts: tuple[int, ...], length: int, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding offset ``at``, given the sentence starts and the text's length."""
    k = max(0, bisect_right(starts, at) - 1)
    return starts[k], starts[k + 1] if k + 1 < len(starts) else length


def _colon_lead_in(ctx: _Context, para: int) -> Cue | None:
    """A paragraph ending in a colon introduces the next paragraph's quote: "Erdogan wrote:"."""
    if para < 0:
        return None
    text = ctx.article.paragraphs[para]["text"].rstrip()
    if not text.endswith(":"):
        return None
    floor = ctx.sentence_span(para, len(text) - 1)[0]
    return cue_before(text, floor, len(text)) or cue_before(text, floor, len(text) - 1)


def _attribute(ctx: _Context, found: list[_Found]) -> None:
    """Give every quote its cue: its own, else the statement's (split and continued quotes), else a
    speaker named earlier in the paragraph, a colon lead-in or the quote paragraph before."""
    paras = ctx.article.paragraphs
    by_para: dict[int, list[_Found]] = {}
    for f in found:
        by_para.setdefault(f.q.para, []).append(f)
    for para, items in by_para.items():
        spans = tuple((f.q.open, f.q.close, f.q.start, f.q.end, f.q.closed) for f in items)
        own = _own_cues(paras[para]["text"], spans, tuple(ctx.sentence_starts(para)), ctx.gazetteer)
        for f, (partial, cue, medium) in zip(items, own):
            f.partial = partial
            if cue is not None:
                f.take(cue, para, cue.how, medium)
    # Split quotes: the quote before in the paragraph, or (a full quote) the one after.
    for items in by_para.values():
        for k, f in enumerate(items):
            if f.cue is None and k and items[k - 1].cue is not None:
                f.inherit(items[k - 1], "same statement")
        for k in range(len(items) - 2, -1, -1):
            if items[k].cue is None and not items[k].partial and items[k + 1].cue is not None:
                items[k].inherit(items[k + 1], "same statement")
    # A full quote whose speaker was named earlier in the paragraph: 'Roe agreed. "It is time."'
    for para, items in by_para.items():
        text = paras[para]["text"]
        for k, f in enumerate(items):
            if f.cue is None and not f.partial and text[:f.q.open].strip():
                cue = cue_in(text, 0, f.q.open, [(g.q.open, g.q.close) for g in items[:k]])
                if cue is not None:
                    f.take(cue, para, "earlier in paragraph", None)
                    _propagate(items, f)
    # A quote running on into the next paragraph, attributed there: '"One.' / '"Two," she said.'
    for f in reversed(found):
        nxt = by_para.get(f.q.para + 1, [])
        if f.cue is None and f.q.runs_on and nxt and nxt[0].q.continued and nxt[0].cue is not None:
            f.inherit(nxt[0], "continued")
    # Across paragraphs: a continued quote, a colon lead-in, or the previous paragraph's speaker.
    for f in found:
        para, q = f.q.para, f.q
        if f.cue is not None or f.partial or paras[para]["text"][:q.open].strip():
            continue
        if any(g.cue is not None and g.cue_para == para for g in by_para[para]):
            continue
        prev = [g for g in by_para.get(para - 1, ()) if g.cue is not None]
        if q.continued and prev:
            f.inherit(prev[-1], "continued")
            continue
        lead = _colon_lead_in(ctx, para - 1)
        if lead is not None:
            lead_text = paras[para - 1]["text"]
            f.take(lead, para - 1, "colon", medium_of(lead_text, ctx.gazetteer, lead.verb, max(0, lead.start - 200), lead.end + 200))
            _propagate(by_para[para], f)
        elif not _only_quotes(paras[para]["text"], by_para[para]):
            continue
        elif prev and len(paras[para - 1]["text"]) - prev[-1].q.close < 160:
            f.inherit(prev[-1], "previous paragraph")  # the speaker is still talking
            _propagate(by_para[para], f)
        elif para > 0 and not by_para.get(para - 1):
            cue = _reported_speech(ctx, para - 1)  # 'Kerry said 100,000 would come.' then a quote
            if cue is not None:
                f.take(cue, para - 1, "previous paragraph", None)
                _propagate(by_para[para], f)


def _reported_speech(ctx: _Context, para: int) -> Cue | None:
    """The speaker of the last sentence of a paragraph without quotes, if it reports speech."""
    text = ctx.article.paragraphs[para]["text"]
    start = ctx.sentence_starts(para)[-1]
    cue = cue_before(text, start, len(text))
    return cue if cue is not None and cue.verb else None


def _only_quotes(text: str, items: list[_Found]) -> bool:
    """Whether a paragraph is all quotation (what lies outside its quotes is a few characters)."""
    outside = len(text) - sum(f.q.close - f.q.open + 1 for f in items)
    return outside < 20


def _propagate(items: list[_Found], f: _Found) -> None:
    """Full quotes after ``f`` in its paragraph with no cue of their own share its speaker."""
    for g in items:
        if g.q.open > f.q.open and g.cue is None and not g.partial:
            g.inherit(f, f.how)


def extract(article: "Article", gazetteer: Gazetteer | None = None) -> list[dict]:
    """Quote records of one article: every direct quotation in the body with its speaker.

    Columns: article_id, quote_id, text (without the marks), speaker (canonical), speaker_text
    (as written), verb, partial, medium, para_no, start, end, plus speaker_kind, speaker_country,
    attribution (how the speaker was found) and speaker_start/speaker_end (where it is written).

    >>> from helpers.read.article import parse_article
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
    resolved: dict[tuple[int, int], tuple[Actor | None, str, tuple[int, int]]] = {}
    for f in sorted((f for f in found if f.cue is not None), key=lambda f: (f.cue_para, f.cue.start)):
        key = (f.cue_para, f.cue.start)
        if key not in resolved:
            text = paras[f.cue_para]["text"]
            actor = _speaker_of(ctx, f.cue, f.cue_para)
            base = paras[f.cue_para]["start"]
            resolved[key] = (actor, text[f.cue.start:f.cue.end], (base + f.cue.start, base + f.cue.end))
            if actor is not None:
                ctx.add_speaker(f.cue_para, f.cue.start, actor)
        f.speaker, f.speaker_text, f.speaker_at = resolved[key]
    out = []
    for f in found:
        q = f.q
        ptext = paras[q.para]["text"]
        text = ptext[q.start:q.end]
        base = paras[q.para]["start"]
        if f.partial and _is_title(text) and ends_with(TITLE_CONTEXT_RE, ptext, 0, q.open):
            f = _Found(q, partial=True)  # the title of a work: nobody said it
        sp = f.speaker
        out.append({
            "article_id": article.article_id, "quote_id": f"{article.article_id}:q{len(out) + 1}", "text": text,
            "speaker": sp.canonical if sp is not None else None, "speaker_text": f.speaker_text,
            "verb": f.verb, "partial": f.partial, "medium": f.medium, "para_no": paras[q.para]["para_no"],
            "start": base + q.start, "end": base + q.end,
            "speaker_kind": sp.kind if sp is not None else None,
            "speaker_country": (sp.country or None) if sp is not None else None,
            "attribution": f.how or None,
            "speaker_start": f.speaker_at[0] if f.speaker_at else None,
            "speaker_end": f.speaker_at[1] if f.speaker_at else None,
        })
    return out


def quotes_by_speaker(quotes: Iterable[dict]) -> dict[str, list[str]]:
    """Quote texts grouped by speaker, in order (a small helper for reports and tests).

    >>> quotes_by_speaker([{"speaker": "A", "text": "x"}, {"speaker": None, "text": "y"}, {"speaker": "A", "text": "z"}])
    {'A': ['x', 'z'], '': ['y']}
    """
    out: dict[str, list[str]] = {}
    for q in quotes:
        out.setdefault(q["speaker"] or "", []).append(q["text"])
    return out
