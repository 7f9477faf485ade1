"""What to read: a folder, a file or a list → :class:`Source` items, one per article.

A :class:`Source` names one article: a whole file (a ``.txt`` or ``.md`` file), or one row
of a table file. It is small and picklable, so a corpus's sources can be cut into chunks for
worker processes; :func:`read_source` turns one into an :class:`~helpers.read.article.Article`.

>>> [s.article_id for s in find_sources()]
['000_6203879b066622a1', '002_5fa355e7d6d84585']
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..paths import SEEDS
from .article import Article, read_article

#: File kinds read as one article per file.
TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = TEXT_SUFFIXES


@dataclass(frozen=True)
class Source:
    """One article to read.

    ``path`` is the file it comes from; ``article_id`` its id in every table; ``row`` its row
    in a table file (None for a file that holds one article); ``meta`` metadata given from
    outside the text (a folder's metadata table, a table row's columns), as ``(key, value)``
    pairs so that the source stays hashable.

    >>> seed = sorted(SEEDS.glob("*.txt"))[0]
    >>> Source(str(seed), "a").fingerprint() == Source(str(seed), "b").fingerprint()
    False
    """

    path: str
    article_id: str
    row: int | None = None
    meta: tuple[tuple[str, object], ...] = field(default=())

    def fingerprint(self) -> str:
        """A digest of everything read for this article (the file's bytes, its row, its given
        metadata): equal fingerprints mean equal articles."""
        h = hashlib.sha256(Path(self.path).read_bytes())
        h.update(repr((self.article_id, self.row, self.meta)).encode())
        return h.hexdigest()


def read_source(source: Source | str | Path) -> Article:
    """The :class:`Article` of one source (a plain path reads the whole file).

    >>> read_source(find_sources()[0]).article_id
    '000_6203879b066622a1'
    """
    if not isinstance(source, Source):
        return read_article(source)
    article = read_article(source.path)
    if article.article_id != source.article_id:
        article.article_id = source.article_id
    for key, value in source.meta:
        article.meta[key] = value
    return article


def find_files(src: str | Path | Iterable[str | Path] | None = None) -> list[Path]:
    """The article files named by ``src``: a folder (every .txt/.md in it, sorted), a file, or a list.

    >>> [p.suffix for p in find_files()]
    ['.txt', '.txt']
    """
    if src is None:
        src = SEEDS
    if isinstance(src, (str, os.PathLike)):
        p = Path(src).expanduser()
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."))
            if not files:
                raise ValueError(f"{p}: no article files (.txt or .md) in this folder")
            return files
        if p.is_file():
            return [p]
        raise FileNotFoundError(f"{p}: no such file or folder")
    files = [Path(s).expanduser() for s in src]
    if not files:
        raise ValueError("load_corpus: the list of files is empty")
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise FileNotFoundError(f"{', '.join(missing)}: no such file")
    return files


def find_sources(src: str | Path | Iterable[str | Path] | None = None) -> list[Source]:
    """Every article named by ``src`` (see :func:`find_files`), in order.

    >>> len(find_sources())
    2
    """
    return [Source(str(f), f.stem) for f in find_files(src)]
