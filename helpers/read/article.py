"""Read one news file into an :class:`Article`: metadata plus the raw text cut into typed blocks.

Pure and pandas-free: a file (or a string) in, an ``Article`` out. Every non-space character of
the decoded text lies in exactly one block, so nothing the analyst gave us is lost: what is not
body is kept as headline, byline, metadata, dateline, caption, related or boilerplate.

>>> a = parse_article("WASHINGTON (AP) — The Senate voted on Tuesday.\\n\\nIt passed 51-49.\\n")
>>> a.meta["dateline"], a.meta["outlet"], [b.kind for b in a.blocks]
('WASHINGTON', 'Associated Press', ['dateline', 'body', 'body'])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..lexicon import read_table
from .datelines import (DATE_LINE_RE, DATE_RE, DATELINE_RE, _agency_dateline, _dates_with_year, _outlets,  # noqa: F401
                        _plausible_dateline, parse_date)  # DATE_RE, parse_date: also read from here
from .repair import repaired
from .text import split_sentences

META_KEYS = ("outlet", "headline", "byline", "published", "dateline", "url", "section")


class ArticleError(ValueError):
    """A file that cannot be read as an article (binary, empty, undecodable)."""


class ArticleWarning(UserWarning):
    """Something about a file the analyst should know; the file still loads (or is skipped)."""


@dataclass(frozen=True)
class Block:
    """A typed span of the raw text: ``raw[start:end] == text``."""

    kind: str
    text: str
    start: int
    end: int


@dataclass
class Article:
    """One news file: its id, decoded raw text, metadata and typed blocks.

    ``paragraphs`` and ``sentences`` are computed once, on first use, by :mod:`helpers.read.text`.
    """

    article_id: str
    path: str
    raw: str
    meta: dict = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, gazetteer, make):
        """``make()`` once per key and gazetteer: lets one extractor reuse another's records.

        >>> a = Article("a", "", "")
        >>> a.memo("n", None, lambda: [1]) is a.memo("n", None, lambda: [2])
        True
        """
        held = self._memo.get(key)
        if held is None or held[0] is not gazetteer:
            held = self._memo[key] = (gazetteer, make())
        return held[1]

    @cached_property
    def paragraphs(self) -> list[dict]:
        return paragraph_records(self)

    @cached_property
    def sentences(self) -> list[dict]:
        return sentence_records(self)

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "body"]


# --------------------------------------------------------------------------- reading bytes

#: C0 control characters other than tab, newline, form feed and carriage return: "\x00", "\x1b".
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a file's bytes: UTF-8 (a BOM is dropped), else Windows-1252/Latin-1 with a note.

    Newlines are normalised to ``\\n``; offsets everywhere refer to this decoded text.

    >>> decode("café".encode("latin-1"))
    ('café', 'cp1252')
    """
    if not data.strip():
        raise ArticleError(f"{name}: empty file")
    sample = data[:4096]
    if b"\x00" in sample and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{name}: binary file (NUL bytes), not text")
    for enc in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            text, used = data.decode(enc), enc.replace("-sig", "")
            break
        except UnicodeDecodeError:
            continue
    else:
        try:
            text, used = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, used = data.decode("latin-1"), "latin-1"
    controls = len(_CONTROL_RE.findall(text, 0, 4096))
    if controls > max(8, len(text[:4096]) // 50):
        raise ArticleError(f"{name}: binary file ({controls} control characters in the first 4 KB), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{name}: empty file (whitespace only)")
    return text, used


def read_article(path: str | Path) -> Article:
    """Read and parse one file; ``article_id`` is the file name without its extension.

    Mangled characters are repaired (:mod:`helpers.read.repair`) before parsing, with a note.

    Raises :class:`ArticleError` for empty, binary or unreadable files.

    >>> from helpers.paths import SEEDS
    >>> a = read_article(sorted(SEEDS.glob("*.txt"))[0])
    >>> a.meta["published"].year
    2024
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{p}: cannot read ({exc.strerror or exc})") from None
    raw, encoding = decode(data, str(p))
    raw, repair = repaired(raw)
    art = parse_article(raw, article_id=p.stem, path=str(p))
    art.meta["encoding"] = encoding
    if encoding != "utf-8":
        art.notes.append(f"not UTF-8: decoded as {encoding}")
    if repair:
        art.notes.append(repair)
    return art


# --------------------------------------------------------------------------- layout rules

@lru_cache(maxsize=None)
def _markers() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, pat) for kind, pat, _, _ in _marker_rows())


@lru_cache(maxsize=None)
def _marker_rows() -> tuple[tuple[str, re.Pattern, bool, str], ...]:
    """The layout markers as (kind, pattern, at_start, contains), as ``data/layout_markers.csv`` declares them.

    >>> [(kind, at_start, contains) for kind, _, at_start, contains in _marker_rows()][2]
    ('caption', False, 'Photo by')
    """
    return tuple((r["kind"], re.compile(r["pattern"]), r["at_start"].lower() == "yes", r["contains"])
                 for r in read_table("layout_markers.csv"))


_Rules = tuple[tuple[str, re.Pattern, str], ...]


@lru_cache(maxsize=None)
def _marker_tests() -> tuple[re.Pattern | None, _Rules, _Rules]:
    """The layout markers with what lets :func:`_marker` skip most of them on most lines.

    Returns one pattern that matches a line's start where any marker declared ``at_start`` does
    (None if that cannot be built); the markers as (kind, pattern, the plain text every match
    holds, "" if none is declared); and those of them not tested by the joint pattern.
    """
    # A marker with groups stays out of the joint pattern (its back-references would change meaning).
    rules = [(kind, pat, at_start and not pat.groups, contains) for kind, pat, at_start, contains in _marker_rows()]
    try:
        starts = re.compile("|".join(f"(?:{pat.pattern})" for _, pat, joint, _ in rules if joint) or "(?!)")
    except re.error:  # a marker with its own global flags cannot join the others: try each on every line
        starts = None
    return (starts, tuple((kind, pat, contains) for kind, pat, _, contains in rules),
            tuple((kind, pat, contains) for kind, pat, joint, contains in rules if not joint or starts is None))


BYLINE_RE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'\-]+(?:[\s,]+(?:and\s+)?[A-Z][\w.'\-]+){0,7})\s*$")
URL_RE = re.compile(r"^(?:URL:\s*|Source:\s*)?(?P<url>https?://\S+)$", re.I)
#: What may precede a headline and is not part of it: a wire tag "(LEAD) " or a Markdown "# ".
TAG_RE = re.compile(r"^(?:#{1,6}\s+|\((?P<tag>" + "|".join(
    [re.escape(r["tag"]) for r in read_table("headline_tags.csv")] + [r"\d+(?:ST|ND|RD|TH) LD"]) + r")\)\s+)")
FRONT_RE = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")


@dataclass(slots=True)
class _Line:
    text: str
    start: int
    end: int
    kind: str = ""


#: A line's text without the space around it (a line holding only space is no match).
_LINE_RE = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")


def _lines(raw: str) -> list[_Line]:
    return [_Line(m.group(1), m.start(1), m.end(1)) for m in _LINE_RE.finditer(raw)]


def _marker(text: str) -> str:
    """The kind of the first layout marker that matches the line ``text``, or "".

    >>> _marker("(END)"), _marker("File Photo by Jane Roe"), _marker("The vote passed.")
    ('end', 'caption', '')
    """
    starts, rules, unanchored = _marker_tests()
    for kind, pat, literal in rules if starts is not None and starts.match(text) else unanchored:
        if literal in text and pat.search(text):
            return kind
    return ""


def _sentence_like(text: str) -> bool:
    return text.rstrip("\"'”’)").endswith((".", "?", "!", ":"))


def _headline_sentence(text: str, following: str, header: bool = False, story: int = 0) -> bool:
    """A line that ends with a full stop yet reads as a headline: one short sentence that stands
    before a dateline (``header``) or is title-cased ("Council Backs Budget Plan."). A sentence-case
    first paragraph without a dateline after it stays body unless a whole story follows: in an
    excerpt it may be the story's opening.

    >>> _headline_sentence("Council Backs Budget Plan.", "The council voted 7-2 on Monday to approve a spending plan.")
    True
    >>> _headline_sentence("Council backs budget plan.", "The council voted 7-2 on Monday to approve a spending plan.")
    False
    >>> _headline_sentence("Council backs budget plan.", "The council voted 7-2 on Monday to approve a spending plan.", story=9)
    True
    >>> _headline_sentence("Rain fell. Roads closed.", "The storm moved east overnight and on into the next day.")
    False
    """
    words = text.split()
    if not text.rstrip("\"'”’)").endswith((".", "!", "?")) or text.endswith("..") or len(words) > 24:
        return False
    capitalised = _capitalised(words)
    if len(split_sentences(text)) > 1:
        # Two or three sentences before a dateline, or title-cased over a story, are a headline
        # ("Rates Rise Again. Who Pays?").
        return (header or capitalised >= 0.6 and story >= 4) and len(split_sentences(text)) <= 3
    if header or capitalised >= 0.6:
        return True
    # Sentence case over a whole story (``story`` paragraphs follow; an excerpt of two or three
    # may open mid-story): short, opening on no pronoun or conjunction, reporting no one's words,
    # before a paragraph at least twice as long (``following``) ("Rabbis vow to boycott speech.").
    return story >= 4 and len(words) <= 12 and words[0].lower().strip("\"'“‘") not in _NO_HEADLINE_START \
        and not _SAID_RE.search(text) and len(following.split()) >= 2 * len(words)


def _capitalised(words: list[str]) -> float:
    """The share of words that open with a capital or are no word ("12", "–"): title case is near 1."""
    return sum(w[:1].isupper() or not w[:1].isalpha() for w in words) / max(len(words), 1)


def _kicker_headline(text: str, m: re.Match) -> bool:
    """A first line that looks like a capitalised dateline but is a label before a title-cased
    headline ("ROUNDUP: Storm Leaves Thousands Without Power"): no agency, no date, a short title after.

    >>> _kicker_headline("ROUNDUP: Storm Leaves Thousands Without Power", DATELINE_RE.match("ROUNDUP: Storm"))
    True
    >>> _kicker_headline("KYIV: Ukraine said on Monday it had shot down 20 drones.", DATELINE_RE.match("KYIV: Ukraine"))
    False
    """
    rest = text[m.end():].split()
    return not (m.group("agency") or m.group("date")) and 3 <= len(rest) <= 24 and _capitalised(rest) >= 0.6


#: Words a headline does not open with: pronouns and conjunctions that carry a story on.
_NO_HEADLINE_START = frozenset("i he she it we they you his her its their our this that these those there but and or so "
                               "then yet still also".split())
_SAID_RE = re.compile(r"\b(?:said|told|added)\b")  # headlines say "says"; openings "said"


def _front_matter(raw: str) -> tuple[dict, int]:
    m = FRONT_RE.match(raw)
    if not m:
        return {}, 0
    meta = {}
    for ln in m.group("body").splitlines():
        if ":" in ln:
            k, v = ln.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip("\"'")
    return meta, m.end()


# --------------------------------------------------------------------------- parsing

def parse_article(raw: str, article_id: str = "", path: str = "") -> Article:
    """Split decoded text into typed blocks and read its metadata.

    Layout, in order: optional ``---`` front matter; a header of page furniture (section, date
    line, headline, byline, captions, slugs and editor's notes); the body, whose first paragraph
    may open with a dateline; a tail of related headlines and boilerplate. Paragraphs are lines,
    or blank-line-separated groups when the text is hard-wrapped.

    >>> a = parse_article("Storm hits coast\\n\\nBy Jane Roe\\n\\nRain fell. Roads closed.\\n")
    >>> a.meta["headline"], a.meta["byline"], [b.kind for b in a.blocks]
    ('Storm hits coast', 'Jane Roe', ['headline', 'byline', 'body'])
    """
    front, body_from = _front_matter(raw)
    blocks: list[Block] = []
    if body_from:
        end = body_from - 1 if raw[body_from - 1] == "\n" else body_from
        blocks.append(Block("metadata", raw[:end], 0, end))
    lines = [ln for ln in _lines(raw) if ln.start >= body_from]
    meta: dict = {k: None for k in META_KEYS}
    notes: list[str] = []

    _classify(lines, raw, meta)
    blocks += _blocks_from_lines(lines, raw, meta)
    blocks.sort(key=lambda b: b.start)

    # Dates: front matter wins; then a date line; then the dateline with the year taken from the
    # article's own fully dated references (the latest year it mentions).
    published, inferred = None, False
    if meta.get("_date_line"):
        published, _ = parse_date(meta["_date_line"])
    if published is None and meta.get("_dateline_date"):
        published, inferred = parse_date(meta["_dateline_date"])
        if published is None:
            years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", " ".join(_dates_with_year(raw[body_from:])))]
            if years:
                published, inferred = parse_date(meta["_dateline_date"], default_year=max(years))
    meta["published"], meta["published_inferred"] = published, inferred

    for key in ("outlet", "headline", "byline", "url", "section", "dateline"):
        if front.get(key):
            meta[key] = front[key]
    if front.get("published") or front.get("date"):
        value = front.get("published") or front.get("date")
        d, _ = parse_date(value)
        if d is None:
            notes.append(f"front matter date {value!r} not understood")
        else:
            meta["published"], meta["published_inferred"] = d, False
    for k in [k for k in meta if k.startswith("_")]:
        meta.pop(k)
    if not any(b.kind == "body" for b in blocks):
        notes.append("no body text found")
    if meta["published"] is None:
        notes.append("no publication date")
    return Article(article_id=article_id, path=path, raw=raw, meta=meta, blocks=blocks, notes=notes)


def _classify(lines: list[_Line], raw: str, meta: dict) -> None:
    """Give every line a kind, filling ``meta`` on the way."""
    n = len(lines)
    # 1. Markers that hold anywhere: captions, boilerplate, related lists, end marks.
    tail_from = n
    for i, ln in enumerate(lines):
        kind = _marker(ln.text)
        if kind in ("related", "end") and i > 0 and i < tail_from:
            tail_from = i
        ln.kind = {"end": "boilerplate", "related_item": "related"}.get(kind, kind)
    for ln in lines[tail_from:]:
        first_kind = lines[tail_from].kind
        if not ln.kind or ln.kind == "caption":
            ln.kind = first_kind if first_kind == "related" else "boilerplate"

    # 2. The dateline marks where the body starts; lines before it are header.
    body_from = None
    for i, ln in enumerate(lines[:tail_from]):
        if ln.kind:
            continue
        m = DATELINE_RE.match(ln.text) or _agency_dateline(ln.text)
        if m and _plausible_dateline(m) and not (i == 0 and _kicker_headline(ln.text, m)):
            body_from = i
            meta["dateline"] = m.group("place").strip()
            meta["_dateline_end"] = ln.start + m.end("sep")
            meta["_dateline_date"] = m.group("date") or None
            agency = (m.group("agency") or "").strip()
            meta["outlet"] = _outlets().get(agency, agency or None)
            break
        if i >= 12:
            break

    header = range(0, body_from) if body_from is not None else range(0, tail_from)
    # 3. Header lines: date line, byline, url, tags, headline, section.
    headline_at = None
    for i in header:
        ln = lines[i]
        if ln.kind:
            continue
        if DATE_LINE_RE.match(ln.text):
            ln.kind, meta["_date_line"] = "metadata", ln.text
        elif BYLINE_RE.match(ln.text):
            ln.kind, meta["byline"] = "byline", BYLINE_RE.match(ln.text).group("name")
        elif URL_RE.match(ln.text):
            ln.kind, meta["url"] = "metadata", URL_RE.match(ln.text).group("url")
    # A repeated line in the header is a caption shown twice or page furniture.
    seen: dict[str, int] = {}
    for i in header:
        ln = lines[i]
        key = ln.text.split(" | ")[0]
        if key in seen and not ln.kind:
            ln.kind = "caption" if len(key) > 80 else "metadata"
            if not lines[seen[key]].kind or lines[seen[key]].kind == "metadata":
                lines[seen[key]].kind = ln.kind
        seen.setdefault(key, i)

    candidates = [i for i in header if not lines[i].kind]
    if body_from is None:
        # No dateline: a short first line without end punctuation followed by text is a headline.
        cand = candidates[:1]
        first = lines[cand[0]] if cand else None
        if cand and cand[0] < tail_from - 1 and len(first.text) <= 160 and (
                not _sentence_like(first.text) or
                _headline_sentence(first.text, max((ln.text for ln in lines[cand[0] + 1:min(cand[0] + 4, tail_from)]), key=len),
                                   story=tail_from - cand[0] - 1)):  # the longest of the next three: a dek may come first
            headline_at = cand[0]
            body_from = headline_at + 1
            # Allow a byline or metadata right after the headline.
            while body_from < tail_from and lines[body_from].kind in ("byline", "metadata", "caption", "boilerplate"):
                body_from += 1
        else:
            body_from = 0
            while body_from < tail_from and lines[body_from].kind in ("byline", "metadata", "caption", "boilerplate"):
                body_from += 1
    else:
        tagged = [i for i in candidates if TAG_RE.match(lines[i].text)]
        plain = [i for i in candidates if not TAG_RE.match(lines[i].text)]
        # Wire slugs ("(LEAD) Japan-Australia talks") come before the tagged headline.
        if tagged:
            headline_at = tagged[-1]
            for i in tagged[:-1]:
                lines[i].kind = "metadata"
        elif plain:
            short = [i for i in plain if len(lines[i].text) <= 200 and (
                not _sentence_like(lines[i].text) or _headline_sentence(lines[i].text, lines[i + 1].text, header=True))]
            headline_at = max(short, key=lambda i: (len(lines[i].text.split()) >= 4, -i), default=None)
        for i in candidates:
            if i == headline_at or lines[i].kind:
                continue
            ln = lines[i]
            if headline_at is not None and i < headline_at and len(ln.text.split()) <= 4 and not _sentence_like(ln.text):
                ln.kind = "metadata"
                meta["section"] = meta["section"] or ln.text
            else:
                ln.kind = "caption" if len(ln.text) > 80 else "metadata"
    if headline_at is not None:
        ln = lines[headline_at]
        ln.kind = "headline"
        tag = TAG_RE.match(ln.text)
        meta["headline"] = ln.text[tag.end():] if tag else ln.text
        meta["_tag_len"] = tag.end() if tag else 0

    for i in range(body_from, tail_from):
        if not lines[i].kind:
            lines[i].kind = "body"
    for i in header:
        if not lines[i].kind:
            lines[i].kind = "metadata"


def _blocks_from_lines(lines: list[_Line], raw: str, meta: dict) -> list[Block]:
    out: list[Block] = []
    dateline_end = meta.pop("_dateline_end", None)
    tag_len = meta.pop("_tag_len", 0)
    wrapped = _hard_wrapped(lines, raw)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "headline" and tag_len:
            out.append(Block("boilerplate", raw[ln.start:ln.start + tag_len].rstrip(), ln.start, ln.start + len(raw[ln.start:ln.start + tag_len].rstrip())))
            out.append(Block("headline", raw[ln.start + tag_len:ln.end], ln.start + tag_len, ln.end))
            i += 1
            continue
        start, end, j = ln.start, ln.end, i + 1
        if ln.kind == "body" and wrapped:
            while j < len(lines) and lines[j].kind == "body" and "\n\n" not in raw[end:lines[j].start] and not raw[end:lines[j].start].strip(" \t\n") :
                end = lines[j].end
                j += 1
        if ln.kind == "body" and dateline_end is not None and start <= dateline_end <= end:
            head = raw[start:dateline_end].rstrip()
            out.append(Block("dateline", head, start, start + len(head)))
            rest = len(raw[dateline_end:end]) - len(raw[dateline_end:end].lstrip())
            start = dateline_end + rest
            dateline_end = None
        out.append(Block(ln.kind, raw[start:end], start, end))
        i = j
    return out


def _hard_wrapped(lines: list[_Line], raw: str) -> bool:
    """True when body lines are wrapped at a fixed width, so a paragraph spans several lines."""
    body = [ln for ln in lines if ln.kind == "body"]
    if len(body) < 3 or "\n\n" not in raw:
        return False
    joined = sum(1 for a, b in zip(body, body[1:]) if raw[a.end:b.start].count("\n") == 1)
    unfinished = sum(1 for a, b in zip(body, body[1:]) if raw[a.end:b.start].count("\n") == 1 and not _sentence_like(a.text))
    longest = max(len(ln.text) for ln in body)
    return joined > 0 and longest <= 100 and unfinished >= joined / 2


def paragraph_records(article: "Article") -> list[dict]:
    """Body paragraphs of an article, numbered from 1, with spans into ``article.raw``.

    >>> from helpers.read.article import parse_article
    >>> [p["text"] for p in paragraph_records(parse_article("Head line here\\n\\nOne.\\n\\nTwo.\\n"))]
    ['One.', 'Two.']
    """
    return [
        {"article_id": article.article_id, "para_no": n, "text": b.text, "start": b.start, "end": b.end}
        for n, b in enumerate(article.body_blocks(), start=1)
    ]


def sentence_records(article: "Article") -> list[dict]:
    """Body sentences, numbered within each paragraph from 1, with spans into ``article.raw``.

    >>> from helpers.read.article import parse_article
    >>> [s["text"] for s in sentence_records(parse_article("Head line here\\n\\nMr. Lee came. He left.\\n"))]
    ['Mr. Lee came.', 'He left.']
    """
    out = []
    for p in article.paragraphs:
        for n, (s, e, sent) in enumerate(split_sentences(p["text"], p["start"]), start=1):
            out.append({"article_id": article.article_id, "para_no": p["para_no"], "sent_no": n,
                        "text": sent, "start": s, "end": e})
    return out
