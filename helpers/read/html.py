"""Saved web pages (``.html``, ``.htm``) → an :class:`~helpers.read.article.Article`.

trafilatura finds the page's main text (leaving out menus, related links, comments and
footers) and its metadata: headline, byline, date, site name, canonical URL, description. The
article's raw text is what was extracted: the headline, then one line per paragraph, list item
or table row, separated by blank lines. Every line is then typed, as lines of a text file are:
what trafilatura kept but is not the story (bylines, date stamps, photo captions and credits,
subscription and app prompts, comment policies, share buttons) becomes a byline, metadata,
caption or boilerplate block, by rules in ``data/page_lines.csv`` and by the class names of
the page's own elements (``data/page_classes.csv``). Nothing is fetched: a page's links and
its URL are never followed.

>>> page = (b"<html><head><title>Port reopens</title></head><body><nav><a href='/'>Home</a></nav>"
...         b"<article><h1>Port reopens</h1><p class='byline'>By Jane Roe</p>"
...         b"<p>The port reopened on Monday after a week-long strike by dock workers, officials said.</p>"
...         b"<p>Ships queued outside the harbour for days while talks went on between the two sides.</p>"
...         b"<p>Subscribe now for the full story.</p></article></body></html>")
>>> a = parse_page(page)
>>> a.meta["headline"], [b.kind for b in a.blocks]
('Port reopens', ['headline', 'body', 'body', 'boilerplate'])
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..lexicon import read_table
from .article import (BYLINE_RE, DATE_LINE_RE, DATELINE_RE, META_KEYS, Article, ArticleError, Block, _marker,
                      _plausible_dateline)
from .columns import as_date
from .repair import repaired

#: Page suffixes read as one article each.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SPACE_RE = re.compile(r"\s+")
_WORD_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
#: Words an extractor puts in a byline that name nobody: "Article by", "Posted by".
_EMPTY_AUTHOR_RE = re.compile(
    r"^(?:(?:(?:article|posted|written|story|words|published)\s+)?by|no author|unknown|anonymous|admin|none|null)$", re.I)
#: Elements whose short text is page furniture whatever their class: menus, headers, footers, asides.
_TAG_KINDS = {"nav": "boilerplate", "menu": "boilerplate", "header": "boilerplate", "footer": "boilerplate",
              "aside": "boilerplate"}
#: What joins a site's name to a page title: "Storm hits coast | The Daily", "… - The Daily".
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


@lru_cache(maxsize=None)
def _line_rules() -> tuple[tuple[str, re.Pattern, int], ...]:
    """``data/page_lines.csv`` as (kind, pattern, longest line it holds for).

    >>> [kind for kind, pat, _ in _line_rules() if pat.search("Subscribe now for the full story.")][:1]
    ['boilerplate']
    """
    return tuple((r["kind"], re.compile(r["pattern"]), int(r["max_len"])) for r in read_table("page_lines.csv"))


@lru_cache(maxsize=None)
def _class_words() -> dict[str, str]:
    """``data/page_classes.csv``: a class or id word → the block kind of its element.

    >>> _class_words()["figcaption"], _class_words()["newsletter"]
    ('caption', 'boilerplate')
    """
    return {r["word"]: r["kind"] for r in read_table("page_classes.csv")}


@lru_cache(maxsize=1)
def _config():
    """trafilatura's settings, but a short story is taken as it is (its fallback extractors,
    tried below 250 characters by default, run a brief's paragraphs into one)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "min_extracted_size", "60")
    return config


def _norm(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def class_words(value: str) -> set[str]:
    """The words of a class or id attribute.

    >>> sorted(class_words("wp-caption-text authorName"))
    ['author', 'caption', 'name', 'text', 'wp']
    """
    return {w for w in _WORD_SPLIT_RE.split(_CAMEL_RE.sub(" ", value).lower()) if w}


def marked_texts(tree) -> dict[str, str]:
    """Texts of the page's short elements whose class, id or tag says what they are
    (``data/page_classes.csv``; ``<figcaption>`` is a caption; ``<nav>``, ``<header>``,
    ``<footer>`` and ``<aside>`` are page furniture), by whitespace-collapsed text."""
    words = _class_words()
    out: dict[str, str] = {}
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue  # comments and processing instructions
        kind = "caption" if el.tag == "figcaption" else _TAG_KINDS.get(el.tag)
        if kind is None:
            found = class_words(f"{el.get('class') or ''} {el.get('id') or ''}") & words.keys()
            if not found:
                continue
            kind = words[min(found)]
        text = _norm(el.text_content()) if hasattr(el, "text_content") else ""
        if 3 <= len(text) <= 300:
            out.setdefault(text, kind)
    return out


def _lines(body) -> list[tuple[str, bool]]:
    """The extracted main text as lines: one per paragraph, heading, list item, quote or table
    row (cells joined by " | "), with whether it is a list item; a line break splits a line."""
    out: list[tuple[str, bool]] = []

    def text_of(el) -> list[str]:
        parts = [el.text or ""]
        for child in el:
            parts.append("\n" if child.tag == "lb" else "".join(child.itertext()))
            parts.append(child.tail or "")
        return [t for t in (_norm(p) for p in "".join(parts).split("\n")) if t]

    def visit(el, in_list: bool = False) -> None:
        if el.tag in ("list",):
            for child in el:
                visit(child, True)
        elif el.tag == "table":
            for row in el.iter("row"):
                cells = [_norm("".join(c.itertext())) for c in row]
                line = " | ".join(c for c in cells if c)
                if line:
                    out.append((line, False))
        elif el.tag in ("div", "body") or (el.tag in ("quote", "item") and any(c.tag in ("p", "list", "quote") for c in el)):
            if el.text and el.text.strip():
                out.append((_norm(el.text), in_list))
            for child in el:
                visit(child, in_list)
                if child.tail and child.tail.strip():
                    out.append((_norm(child.tail), in_list))
        else:
            out.extend((t, in_list) for t in text_of(el))

    visit(body)
    return out


def _kind(line: str, headline: str, author: str | None, marked: dict[str, str]) -> str:
    """The block kind of one extracted line, or "" for body."""
    if line == headline:
        return "metadata"  # the headline repeated in the main text
    if line in marked:
        return marked[line]
    for text, kind in marked.items():
        if kind == "caption" and len(text) >= 12 and line.endswith(text):
            return "caption"  # a caption's credit closes the line
    n = len(line)
    for kind, pattern, longest in _line_rules():
        if n <= longest and pattern.search(line):
            return kind
    marker = _marker(line)
    if marker:
        return {"end": "boilerplate", "related_item": "related"}.get(marker, marker)
    if n <= 120 and (BYLINE_RE.match(line) or (author and line in (author, f"By {author}"))):
        return "byline"
    if n <= 80 and DATE_LINE_RE.match(line):
        return "metadata"
    return ""


def _headline(title: str | None, sitename: str | None) -> str:
    """A page title without the site's name that pages append to it.

    >>> _headline("Storm hits coast | The Daily Example", "The Daily Example")
    'Storm hits coast'
    """
    title = _norm(title or "")
    for sep in _TITLE_SEPARATORS if sitename else ():
        if title.endswith(sep + sitename) and len(title) > len(sep + sitename):
            return title[:-len(sep + sitename)].strip()
    return title


def _author(value: str | None) -> str | None:
    if not value or _EMPTY_AUTHOR_RE.match(value.strip()):
        return None
    return value.strip()


def parse_page(data: bytes | str, article_id: str = "", path: str = "") -> Article:
    """Extract a saved page's main text and metadata, and type its lines (see the module docstring).

    Raises :class:`ArticleError` when the page has no main text.
    """
    import trafilatura
    from trafilatura.utils import load_html

    name = path or "<page>"
    tree = load_html(data)
    if tree is None:
        raise ArticleError(f"{name}: not an HTML page that can be parsed")
    marked = marked_texts(tree)
    doc = trafilatura.bare_extraction(tree, include_comments=False, with_metadata=True, include_images=False,
                                      include_tables=True, config=_config())
    lines = _lines(doc.body) if doc is not None and doc.body is not None else []
    if not lines:
        raise ArticleError(f"{name}: no main text found in the page")
    headline = _headline(doc.title, doc.sitename)
    author = _author(doc.author)
    # the headline opens the text, unless the main text opens with it already
    given = [headline] if headline and headline not in [t for t, _ in lines[:5]] else []
    texts = given + [t for t, _ in lines]
    raw, note = repaired("\n\n".join(texts) + "\n")
    if note:
        fixed = [t for t in raw.split("\n\n") if t.strip()]
        headline = fixed[texts.index(headline)] if headline else headline
        texts = fixed
    in_list = [False] * len(given) + [item for _, item in lines]
    blocks: list[Block] = []
    meta: dict = {k: None for k in META_KEYS}
    at = 0
    related = False
    for i, text in enumerate(texts):
        start = raw.index(text, at)
        at = start + len(text)
        first_headline = text == headline and not any(b.kind == "headline" for b in blocks)
        kind = "headline" if first_headline else _kind(text, headline, author, marked)
        # a "related" heading takes the list items after it
        related = kind == "related" or (related and in_list[i] and not kind)
        kind = kind or ("related" if related else "body")
        if kind == "dateline" and meta["dateline"] is None:
            meta["dateline"] = text.rstrip(" -\u2013\u2014:") or None
        if kind == "body" and meta["dateline"] is None and not any(b.kind == "body" for b in blocks):
            m = DATELINE_RE.match(text)
            if m and _plausible_dateline(m) and m.end() < len(text):
                meta["dateline"] = m.group("place").strip()
                head = text[:m.end("sep")]
                blocks.append(Block("dateline", head, start, start + len(head)))
                start += m.end()
                text = text[m.end():]
        blocks.append(Block(kind, text, start, start + len(text)))
    meta.update(headline=headline or None, byline=author, url=doc.url or None,
                outlet=doc.sitename or doc.hostname or None)
    meta["published"], meta["published_inferred"] = (as_date(doc.date) if doc.date else None), False
    if meta["byline"] is None:
        meta["byline"] = next((BYLINE_RE.match(b.text).group("name") for b in blocks
                               if b.kind == "byline" and BYLINE_RE.match(b.text)), None)
    extra = {k: v for k, v in (("description", doc.description), ("categories", doc.categories),
                               ("tags", doc.tags), ("language", doc.language)) if v}
    if extra:
        meta["extra"] = extra
    if not any(b.kind == "body" for b in blocks):
        raise ArticleError(f"{name}: no main text found in the page (only {', '.join(sorted({b.kind for b in blocks}))})")
    notes = [note] if note else []
    if meta["published"] is None:
        notes.append("no publication date")
    return Article(article_id=article_id, path=path, raw=raw, meta=meta, blocks=blocks, notes=notes)


def read_page(path: str | Path) -> Article:
    """Read and parse one saved page; ``article_id`` is the file name without its extension.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d, "empty-page.html")
    ...     _ = p.write_text("<html><body><nav>Home | News</nav></body></html>")
    ...     read_page(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    helpers.read.article.ArticleError: ...empty-page.html: no main text found in the page...
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ArticleError(f"{p}: empty file")
    article = parse_page(data, article_id=p.stem, path=str(p))
    try:
        data.decode("utf-8")
        article.meta["encoding"] = "utf-8"
    except UnicodeDecodeError:
        article.meta["encoding"] = "as the page declares"
    return article

