"""What to read: a folder, a file or a list → :class:`Source` items, one per article.

A :class:`Source` names one article: a whole file (text, Markdown, a saved web page), or one
row of a table file, which carries the row's text and metadata so that nobody reads the table
again. It is small and picklable, so a corpus's sources can be cut into chunks for worker
processes; :func:`read_source` turns one into an :class:`~helpers.read.article.Article`.

A folder is read recursively, in sorted order. Hidden files and folders (``.name``, Office's
``~$name`` lock files) are not articles, nor is a folder's metadata table
(:mod:`helpers.read.metadata`), whose rows give metadata to the files they name, nor a folder's
documentation (``README.md``, ``LICENSE.txt``, ``CHANGELOG.md`` ...: named by a warning; pass
such a file itself to read it as an article). Files of other kinds (``.pdf``, ``.docx``, images)
are listed in one warning.

>>> [s.article_id for s in find_sources()]
['000_6203879b066622a1', '002_5fa355e7d6d84585']
"""
from __future__ import annotations

import hashlib
import os
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..paths import default_corpus
from .article import Article, ArticleError, ArticleWarning, _front_matter, parse_article, read_article
from .repair import repaired
from .html import HTML_SUFFIXES, read_page
from .metadata import apply_given, front_matter_keys, is_metadata_table, read_metadata_table
from .tables import TABLE_FORMATS, table_rows

#: Files read as one article each, by suffix → their ``articles.format``.
FILE_FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
#: Every suffix read: files of one article (text, saved pages), and tables of one article per row.
FORMATS = {**FILE_FORMATS, **dict.fromkeys(HTML_SUFFIXES, "html"), **TABLE_FORMATS}
SUFFIXES = tuple(FORMATS)


@dataclass(frozen=True)
class Source:
    """One article to read.

    ``path`` is the file it comes from; ``article_id`` its id in every table; ``row`` its row
    in a table file (None for a file that holds one article); ``meta`` metadata given from
    outside the text (a folder's metadata table, a table row's columns), as ``(key, value)``
    pairs; ``text`` a table row's text (None: read the file); ``format`` the kind of input.

    >>> seed = sorted(default_corpus().glob("*.txt"))[0]
    >>> Source(str(seed), "a").fingerprint() == Source(str(seed), "b").fingerprint()
    False
    """

    path: str
    article_id: str
    row: int | None = None
    meta: tuple[tuple[str, object], ...] = field(default=())
    text: str | None = None
    format: str = ""

    def fingerprint(self) -> str:
        """A digest of everything read for this article (the file's bytes, or the row's text; its
        id and given metadata): equal fingerprints mean equal articles."""
        h = hashlib.sha256(self.text.encode() if self.text is not None else Path(self.path).read_bytes())
        h.update(repr((self.article_id, self.row, self.meta)).encode())
        return h.hexdigest()


def format_of(path: str | Path) -> str:
    """The format of a file by its suffix ("" when it is not read).

    >>> format_of("a.TXT"), format_of("b.md"), format_of("c.htm"), format_of("d.jsonl"), format_of("e.pdf")
    ('text', 'markdown', 'html', 'jsonl', '')
    """
    return FORMATS.get(Path(path).suffix.lower(), "")


def read_source(source: Source | str | Path) -> Article:
    """The :class:`Article` of one source (a plain path reads the whole file).

    Metadata the source gives wins over what the text implies, but not over a file's front matter.

    >>> read_source(find_sources()[0]).article_id
    '000_6203879b066622a1'
    """
    if not isinstance(source, Source):
        source = Source(str(source), Path(source).stem)
    fmt = source.format or format_of(source.path)
    keep: set[str] = set()
    if source.text is not None:
        raw, note = repaired(source.text)
        article = parse_article(raw, article_id=source.article_id, path=source.path)
        article.notes += [note] if note else []
    elif fmt == "html":
        article = read_page(source.path)  # the page's own metadata is inference: a metadata table wins
    else:
        article = read_article(source.path)
        if source.meta:
            keep = front_matter_keys(_front_matter(article.raw)[0])
    article.article_id = source.article_id
    article.meta["format"] = fmt
    if source.meta:
        apply_given(article, source.meta, keep)
    return article


def _reporter(errors: str) -> Callable[[str], None]:
    """How a problem found while listing sources is reported: a warning, or an exception."""
    if errors not in ("warn", "raise"):
        raise ValueError(f"errors must be 'warn' or 'raise', not {errors!r}")

    def problem(message: str) -> None:
        if errors == "raise":
            raise ArticleError(message)
        warnings.warn(message, ArticleWarning, stacklevel=4)

    return problem


# A folder's own documentation, by file stem: read as an article only when named on its own.
DOC_STEMS = frozenset({"readme", "license", "licence", "changelog", "changes", "contributing", "notice",
                       "copying", "authors", "code_of_conduct", "citation"})


def is_documentation(path: str | Path) -> bool:
    """Whether a file in a corpus folder documents the folder rather than being an article.

    >>> is_documentation("corpus/README.md"), is_documentation("LICENSE"), is_documentation("readme_story.txt")
    (True, True, False)
    """
    return Path(path).stem.lower() in DOC_STEMS


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


def _walk(root: Path) -> list[Path]:
    """Every file under ``root`` that is not hidden and not in a hidden folder, in sorted order."""
    out: list[Path] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        out += [Path(folder, n) for n in names if not _hidden(n)]
    return sorted(out, key=lambda p: p.relative_to(root).parts)


def find_files(src: str | Path | Iterable[str | Path] | None = None) -> list[Path]:
    """The article files named by ``src`` (None: :func:`~helpers.paths.default_corpus`): the
    files of a folder that :func:`find_sources` reads (a table file once), a file, or a list.

    >>> [p.suffix for p in find_files()]
    ['.txt', '.txt']
    """
    return list(dict.fromkeys(Path(s.path) for s in find_sources(src)))


def find_sources(src: str | Path | Iterable[str | Path] | None = None, *, text_column: str | None = None,
                 errors: str = "warn") -> list[Source]:
    """Every article named by ``src``, in order: a folder (recursive), a file, a list of files, or
    None (:func:`~helpers.paths.default_corpus`: the seeds unless ``$NEWS_WORKBOOK_CORPUS`` is set).

    A table file gives one source per row (``text_column`` names its text column when the
    name is not a common one). Problems that lose nothing the analyst asked for (a metadata
    table row naming a missing file, files of an unsupported kind, a malformed table row) are
    warnings, or :class:`ArticleError` with ``errors="raise"``; a single table file that cannot
    be read is an error.

    >>> len(find_sources())
    2
    """
    problem = _reporter(errors)
    if src is None:
        src = default_corpus()
    if isinstance(src, (str, os.PathLike)):
        p = Path(src).expanduser()
        if p.is_dir():
            return _unique(_folder_sources(p, text_column, problem), problem)
        if p.is_file():
            return _unique(_file_sources(p, {}, text_column, problem, alone=True), problem)
        raise FileNotFoundError(f"{p}: no such file or folder")
    files = [Path(s).expanduser() for s in src]
    if not files:
        raise ValueError("load_corpus: the list of files is empty")
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise FileNotFoundError(f"{', '.join(missing)}: no such file")
    return _unique([s for f in files for s in _file_sources(f, {}, text_column, problem, alone=len(files) == 1)],
                   problem)


def _file_sources(path: Path, given: dict, text_column: str | None, problem: Callable[[str], None],
                  alone: bool = False, article_id: str | None = None) -> list[Source]:
    """The sources of one file: itself, or one per row of a table. A table that cannot be read
    is an error when it is the only input (``alone``), else a problem and no sources."""
    fmt = format_of(path)
    if fmt in TABLE_FORMATS.values():
        try:
            rows = table_rows(path, text_column, problem)
        except ArticleError as exc:
            if alone:
                raise
            problem(str(exc))
            return []
        return [Source(str(path), r.article_id, r.row, r.meta, r.text, fmt) for r in rows]
    return [Source(str(path), article_id or path.stem, meta=given.get(path, ()), format=fmt)]


def _folder_sources(root: Path, text_column: str | None, problem: Callable[[str], None]) -> list[Source]:
    files, tables, other, docs = [], [], [], []
    for f in _walk(root):
        if is_metadata_table(f):
            tables.append(f)
        elif is_documentation(f):
            docs.append(f)
        elif format_of(f):
            files.append(f)
        else:
            other.append(f)
    if other:
        kinds = Counter(f.suffix.lower() or "(no extension)" for f in other)
        names = ", ".join(f.relative_to(root).as_posix() for f in other[:20]) + (", ..." if len(other) > 20 else "")
        # a warning even with errors="raise": nothing was asked of these files, and they are named
        warnings.warn(f"{root}: {len(other)} file(s) of a kind not read as articles "
                      f"({', '.join(f'{k} x{n}' for k, n in sorted(kinds.items()))}), left out: {names}",
                      ArticleWarning, stacklevel=4)
    if docs:
        warnings.warn(f"{root}: {len(docs)} documentation file(s) left out: "
                      f"{', '.join(f.relative_to(root).as_posix() for f in docs)} (name a file itself to load it as an article)",
                      ArticleWarning, stacklevel=4)
    if not files:
        raise ValueError(f"{root}: no article files in this folder (it reads {', '.join(SUFFIXES)})")
    given: dict[Path, tuple] = {}
    for table in sorted(tables, key=lambda t: len(t.parts)):  # a deeper table wins for its folder
        under = [f for f in files if table.parent in f.parents]
        try:
            given.update(read_metadata_table(table, under, problem))
        except ArticleError as exc:
            problem(str(exc))
    stems = Counter(f.stem for f in files)
    out: list[Source] = []
    for f in files:
        # two files of one name in different folders are told apart by their folder
        aid = f.stem if stems[f.stem] == 1 else f.relative_to(root).with_suffix("").as_posix()
        out += _file_sources(f, given, text_column, problem, article_id=aid)
    return out


def _unique(sources: list[Source], problem: Callable[[str], None]) -> list[Source]:
    """The sources with distinct article ids: a repeated id gets ``~2``, ``~3`` with a warning."""
    seen = Counter(s.article_id for s in sources)
    if all(n == 1 for n in seen.values()):
        return sources
    repeated = sorted(a for a, n in seen.items() if n > 1)
    problem(f"article id(s) used by several sources: {', '.join(repeated[:10])}; the later ones get ~2, ~3, ...")
    count: Counter = Counter()
    out = []
    for s in sources:
        count[s.article_id] += 1
        n = count[s.article_id]
        out.append(s if n == 1 else Source(s.path, f"{s.article_id}~{n}", s.row, s.meta, s.text, s.format))
    return out
