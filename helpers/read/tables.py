"""Table files, one article per row: ``.csv``, ``.tsv``, ``.xlsx``, ``.parquet``, ``.jsonl`` /
``.ndjson`` and ``.json`` (a list of objects) → rows, and rows → articles to read.

A table file is read once, here, in the calling process: each row becomes a small
:class:`TableRow` holding its text and the metadata its columns give (see
:mod:`helpers.read.columns`), which worker processes then parse like any article, never
re-reading the file. A malformed line (a CSV row with the wrong number of fields, a JSON line
that does not parse) and a row with empty text are reported through ``problem`` with the file
and the line or row, and the other rows still load.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     p = pathlib.Path(d, "export.csv")
...     _ = p.write_text("id,title,body\\n7,Rain,It rained.\\n8,Sun,It shone.\\n")
...     [(r.article_id, r.text, r.meta) for r in table_rows(p)]
[('export-7', 'It rained.', (('headline', 'Rain'),)), ('export-8', 'It shone.', (('headline', 'Sun'),))]
"""
from __future__ import annotations

import codecs
import csv
import json
import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, TextIO

from .article import ArticleWarning
from .columns import TableError, as_text, flatten, given_meta, map_columns, synonyms

#: Table files by suffix → their format (the ``articles.format`` of their rows).
TABLE_FORMATS = {".csv": "csv", ".tsv": "tsv", ".xlsx": "xlsx", ".parquet": "parquet", ".jsonl": "jsonl",
                 ".ndjson": "jsonl", ".json": "json"}

Problem = Callable[[str], None]


def _warn(message: str) -> None:
    warnings.warn(message, ArticleWarning, stacklevel=3)


@dataclass(frozen=True)
class Row:
    """One row of a table file: where it stands in the file (``"line 5"`` of a CSV or JSON-lines
    file, ``"sheet row 3"`` of a workbook, ``"item 2"`` of a JSON list), its number among the data
    rows (from 1, the header not counted) and its values by column (nested JSON objects
    flattened to dotted keys)."""

    where: str
    number: int
    values: dict


@dataclass(frozen=True)
class TableRow:
    """One article of a table file: its id, row number, text, and the metadata its columns give."""

    article_id: str
    row: int
    text: str
    meta: tuple[tuple[str, object], ...]


def read_rows(path: str | Path, problem: Problem = _warn) -> tuple[list[str], list[Row]]:
    """The columns and rows of a table file, whatever its format.

    Raises :class:`TableError` when the file cannot be read as a table at all; a malformed line
    goes to ``problem`` and is skipped.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "t.jsonl")
    ...     _ = p.write_text('{"a": 1}\\n{oops\\n{"a": 2, "b": {"c": 3}}\\n')
    ...     cols, rows = read_rows(p, problem=lambda m: print(m[len(d) + 1:]))
    ...     cols, [r.values for r in rows]
    t.jsonl, line 2: not valid JSON (Expecting property name enclosed in double quotes), skipped
    (['a', 'b.c'], [{'a': 1}, {'a': 2, 'b.c': 3}])
    """
    p = Path(path)
    kind = TABLE_FORMATS.get(p.suffix.lower())
    if kind is None:
        raise TableError(f"{p}: not a table file ({', '.join(TABLE_FORMATS)})")
    header: list[str] = []
    if kind == "xlsx":
        rows = list(_xlsx_rows(p, header))
    elif kind == "parquet":
        rows = list(_parquet_rows(p))
    else:
        encoding = _encoding(p)
        if encoding != "utf-8-sig":
            problem(f"{p}: not UTF-8, decoded as {encoding}")
        # read as a stream, row by row: a large export is never held twice in memory
        with open(p, encoding=encoding, newline="") as f:
            if kind in ("csv", "tsv"):
                rows = list(_csv_rows(p, f, "\t" if kind == "tsv" else None, problem, header))
            elif kind == "jsonl":
                rows = list(_jsonl_rows(p, f, problem))
            else:
                rows = list(_json_rows(p, f.read().replace("\r\n", "\n").replace("\r", "\n"), problem))
    columns = dict.fromkeys(header)
    for r in rows:
        columns.update(dict.fromkeys(r.values))
    return list(columns), rows


def table_rows(path: str | Path, text_column: str | None = None, problem: Problem = _warn) -> list[TableRow]:
    """Every article of a table file, in order: ``article_id`` is ``<file stem>-<id>`` where the
    table has an id column with a distinct value on every row, else ``<file stem>-<row number>``.

    Raises :class:`TableError` naming the file and its columns when none holds the text.
    """
    p = Path(path)
    columns, rows = read_rows(p, problem)
    try:
        mapping = map_columns(columns, text_column)
    except TableError as exc:
        raise TableError(f"{p}: {exc}") from None
    if mapping.text is None:
        names = ", ".join(dict.fromkeys(name for fld, name in synonyms() if fld == "text"))
        raise TableError(f"{p}: no text column (looked for {names}); its columns are: "
                         f"{', '.join(map(str, columns)) or 'none'}. Name it with load_corpus(..., text_column=...)")
    ids = _row_ids(p, rows, mapping.fields.get("id"), problem)
    out: list[TableRow] = []
    for row, rid in zip(rows, ids):
        text = row.values.get(mapping.text)
        text = text if isinstance(text, str) else as_text(text) or ""
        if not text.strip():
            problem(f"{p}, row {row.number} ({row.where}): empty text in column {mapping.text!r}, skipped")
            continue
        out.append(TableRow(f"{p.stem}-{rid}", row.number, text.replace("\r\n", "\n").replace("\r", "\n"),
                            given_meta(row.values, mapping)))
    return out


def _row_ids(path: Path, rows: list[Row], column: str | None, problem: Problem) -> list[str]:
    """Each row's id: the id column's value when every row has a distinct one, else the row number."""
    if column is not None:
        ids = [re.sub(r"\s+", "_", as_text(r.values.get(column)) or "") for r in rows]
        if all(ids) and len(set(ids)) == len(ids):
            return ids
        problem(f"{path}: column {column!r} is empty or repeated on some rows, so rows are named by number")
    return [str(r.number) for r in rows]


def _encoding(path: Path) -> str:
    """How to decode a text table: UTF-8 (a BOM dropped) when every byte is, else Windows-1252,
    else Latin-1. Checked in pieces, so a large file is not held in memory. An empty or binary
    file is a :class:`TableError`."""
    with open(path, "rb") as f:
        head = f.read(4096)
        if not head.strip():
            raise TableError(f"{path}: empty file")
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise TableError(f"{path}: binary file (NUL bytes), not a table")
        for encoding in ("utf-8-sig", "cp1252"):
            f.seek(0)
            decoder = codecs.getincrementaldecoder(encoding)()
            try:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
                return encoding
            except UnicodeDecodeError:
                continue
    return "latin-1"


def _csv_rows(path: Path, f: TextIO, delimiter: str | None, problem: Problem, header: list[str]) -> Iterator[Row]:
    """Rows of a CSV stream (its column names go into ``header``); the delimiter, when not given,
    is the one of , ; | tab most used in the first line."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article texts are longer than the 128 KB default
    if delimiter is None:
        first = f.readline()
        f.seek(0)
        delimiter = max(",;\t|", key=first.count) if first.strip() else ","
    reader = csv.reader(f, delimiter=delimiter)
    header_row: list[str] | None = None
    number, line = 0, 0
    for fields in reader:
        start, line = line + 1, reader.line_num
        if not fields or not any(f.strip() for f in fields):
            continue
        if header_row is None:
            header_row = [f.strip() for f in fields]
            header += [h for h in header_row if h]
            continue
        if len(fields) != len(header_row):
            problem(f"{path}, line {start}: {len(fields)} fields where the header has {len(header_row)}, skipped")
            continue
        number += 1
        yield Row(f"line {start}", number, {k: v for k, v in zip(header_row, fields) if k})


def _jsonl_rows(path: Path, f: TextIO, problem: Problem) -> Iterator[Row]:
    number = 0
    for n, line in enumerate(f, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            problem(f"{path}, line {n}: not valid JSON ({exc.msg}), skipped")
            continue
        if not isinstance(value, dict):
            problem(f"{path}, line {n}: a JSON {type(value).__name__}, not an object, skipped")
            continue
        number += 1
        yield Row(f"line {n}", number, flatten(value))


def _json_rows(path: Path, text: str, problem: Problem) -> Iterator[Row]:
    """Objects of a JSON list (or of the one list inside an object, as NewsAPI's ``articles``).

    A list that does not parse is read object by object, skipping the broken ones."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if not text.lstrip().startswith("["):
            raise TableError(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg})") from None
        items = _salvage(path, text, problem)
    else:
        if isinstance(data, dict):
            lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
            if len(lists) != 1:
                raise TableError(f"{path}: a JSON object, not a list of articles (nor one list of them inside)")
            data = lists[0]
        if not isinstance(data, list):
            raise TableError(f"{path}: JSON {type(data).__name__}, not a list of articles")
        items = [(None, v) for v in data]
    number = 0
    for i, (line, value) in enumerate(items, start=1):
        where = f"line {line}" if line is not None else f"item {i}"
        if not isinstance(value, dict):
            problem(f"{path}, {where}: a JSON {type(value).__name__}, not an object, skipped")
            continue
        number += 1
        yield Row(where, number, flatten(value))


def _salvage(path: Path, text: str, problem: Problem) -> list[tuple[int, object]]:
    """The values of a JSON list that does not parse as a whole, with their line numbers: a broken
    one is reported and reading goes on at the next line that opens an object at the indent the
    list's first object has."""
    decoder = json.JSONDecoder()
    i = text.index("[") + 1
    first = re.compile(r"[ \t]*").match(text, text.rfind("\n", 0, text.find("{", i)) + 1).group()
    next_item = re.compile(r"\n" + re.escape(first) + r"\{")
    out: list[tuple[int, object]] = []
    skip = re.compile(r"[\s,]*")
    while True:
        i = skip.match(text, i).end()
        if i >= len(text) or text[i] == "]":
            return out
        line = text.count("\n", 0, i) + 1
        try:
            value, i = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            problem(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}), the object from line {line} skipped")
            m = next_item.search(text, exc.pos)
            if not m:
                return out
            i = m.start() + 1
            continue
        out.append((line, value))


def _xlsx_rows(path: Path, header_out: list[str]) -> Iterator[Row]:
    """Rows of the first sheet of a workbook; the first non-empty row is the header (its names
    go into ``header_out``)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a file that is not a workbook
        raise TableError(f"{path}: not a readable .xlsx workbook ({exc})") from None
    try:
        header: list[str] | None = None
        number = 0
        for n, cells in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            if header is None:
                header = ["" if c is None else str(c).strip() for c in cells]
                header_out += [h for h in header if h]
                continue
            number += 1
            yield Row(f"sheet row {n}", number, {k: v for k, v in zip(header, cells) if k})
    finally:
        book.close()


def _parquet_rows(path: Path) -> Iterator[Row]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        raise TableError(f"{path}: not a readable Parquet file ({exc})") from None
    for n, record in enumerate(table.to_pylist(), start=1):
        yield Row(f"row {n}", n, flatten(record))


def is_table(path: str | Path) -> bool:
    """Whether a file is read as a table of articles, by its suffix.

    >>> is_table("export.CSV"), is_table("story.txt")
    (True, False)
    """
    return Path(path).suffix.lower() in TABLE_FORMATS

