"""Metadata given from outside an article's text: a folder's metadata table, a table row's columns.

A folder may hold a ``metadata.csv`` (or ``.tsv``, ``.xlsx``): a ``file`` column naming files
in that folder (or below it, as ``sub/name.txt``), and article columns named as
``data/columns.csv`` lists them (outlet, published, headline, byline, url, section, ...). Other
columns are kept in ``articles.extra``. The order of precedence: front matter inside a file wins
over the table, and the table wins over what is inferred from the text.

>>> from helpers.read.article import parse_article
>>> a = parse_article("---\\noutlet: Front Page\\n---\\nRain fell on Monday.\\n")
>>> apply_given(a, (("outlet", "Table Times"), ("published", "2025-11-17")), keep={"outlet"})
>>> a.meta["outlet"], a.meta["published"]
('Front Page', datetime.date(2025, 11, 17))
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from .article import Article
from .columns import TableError, as_date, as_text, given_meta, map_columns
from .repair import repaired
from .tables import read_rows

#: File names (lower case) of a folder's metadata table; such a file is never an article.
METADATA_NAMES = ("metadata.csv", "metadata.tsv", "metadata.xlsx")

Given = tuple[tuple[str, object], ...]


def is_metadata_table(path: str | Path) -> bool:
    """Whether a file is a folder's metadata table, by its name.

    >>> is_metadata_table("corpus/Metadata.csv"), is_metadata_table("corpus/export.csv")
    (True, False)
    """
    return Path(path).name.lower() in METADATA_NAMES


def read_metadata_table(path: str | Path, files: Iterable[Path], problem: Callable[[str], None]) -> dict[Path, Given]:
    """The metadata a folder's table gives each of ``files`` (the article files under its folder).

    A row's ``file`` is matched as a path relative to the table's folder, with or without its
    extension. A row naming no file among ``files`` goes to ``problem``. Raises
    :class:`~helpers.read.columns.TableError` when the table has no ``file`` column.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     root = Path(d)
    ...     _ = (root / "metadata.csv").write_text("file,outlet,published\\na.txt,The Daily,2025-11-17\\nb.txt,X,\\n")
    ...     _ = (root / "a.txt").write_text("Rain fell.")
    ...     given = read_metadata_table(root / "metadata.csv", [root / "a.txt"], problem=lambda m: print(m.split(", ", 1)[1]))
    ...     given[root / "a.txt"]
    line 3: names 'b.txt', which is not an article file here
    (('published', '2025-11-17'), ('outlet', 'The Daily'))
    """
    table = Path(path)
    folder = table.parent
    columns, rows = read_rows(table, problem)
    mapping = map_columns(columns)
    column = mapping.fields.get("file")
    if column is None:
        raise TableError(f"{table}: a metadata table needs a 'file' column naming each article file; "
                         f"its columns are: {', '.join(columns) or 'none'}")
    if mapping.text is not None:  # a text column in a metadata table is just another column
        mapping.extra.append(mapping.text)
    by_name: dict[str, Path] = {}
    stems: dict[str, list[Path]] = {}
    for f in files:
        rel = os.path.relpath(f, folder).replace(os.sep, "/")
        by_name[rel.lower()] = f
        stems.setdefault(rel.rsplit(".", 1)[0].lower() if "." in Path(rel).name else rel.lower(), []).append(f)
    out: dict[Path, Given] = {}
    for row in rows:
        name = as_text(row.values.get(column))
        if not name:
            problem(f"{table}, {row.where}: no file named in column {column!r}, skipped")
            continue
        key = os.path.normpath(name.replace("\\", "/")).replace(os.sep, "/").lower()
        target = by_name.get(key) or (stems[key][0] if len(stems.get(key, ())) == 1 else None)
        if target is None:
            problem(f"{table}, {row.where}: names {name!r}, which is not an article file here")
            continue
        out[target] = given_meta(row.values, mapping)
    return out


def apply_given(article: Article, given: Given, keep: Iterable[str] = ()) -> None:
    """Set metadata given from outside the text on ``article``: it wins over what was inferred
    from the text, but not over the fields in ``keep`` (those the file's own front matter set).
    ``extra`` values are merged into ``article.meta["extra"]``. A date that cannot be read is
    noted and leaves the inferred one; mangled characters in a text value are repaired, with a note.

    >>> from helpers.read.article import parse_article
    >>> a = parse_article("Rain fell.")
    >>> apply_given(a, (("published", "soon"), ("extra", (("tone", 3),))))
    >>> a.meta["published"], a.meta["extra"], a.notes
    (None, {'tone': 3}, ['no publication date', "given date 'soon' not understood"])
    """
    keep = set(keep)
    meta = article.meta
    for key, value in given:
        if key in keep:
            continue
        if key == "extra":
            meta["extra"] = {**meta.get("extra", {}), **dict(value)}
        elif key == "published":
            day = as_date(value)
            if day is None:
                article.notes.append(f"given date {value!r} not understood")
                continue
            meta["published"], meta["published_inferred"] = day, False
            if "no publication date" in article.notes:
                article.notes.remove("no publication date")
        else:
            text, note = repaired(value) if isinstance(value, str) else (value, None)
            meta[key] = text
            if note and note not in article.notes:
                article.notes.append(f"{key}: {note}")


def front_matter_keys(front: dict) -> set[str]:
    """The article fields a file's front matter sets ("date" sets ``published``).

    >>> sorted(front_matter_keys({"date": "2025-11-17", "outlet": "X", "tags": "a"}))
    ['outlet', 'published']
    """
    keys = {k for k in ("outlet", "headline", "byline", "url", "section", "dateline", "published") if front.get(k)}
    return keys | ({"published"} if front.get("date") else set())
