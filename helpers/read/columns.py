"""Which column of a table holds what: column names → article fields, and cell values → metadata.

A table of articles (one per row) or a folder's metadata table names its columns as its maker
chose: ``Publish Date``, ``publish_date`` and ``publishDate`` are one name here, since names are
compared without case, spaces, dots, hyphens or underscores. ``data/columns.csv`` lists the
names of each field (text, headline, published, outlet, url, byline, section, ...); the first
listed that a table has wins. Columns that no field takes are kept as ``extra``.

>>> m = map_columns(["ID", "Publish Date", "Title", "media_name", "Body", "tone"])
>>> m.text, m.fields["published"], m.fields["outlet"], m.fields["id"], m.extra
('Body', 'Publish Date', 'media_name', 'ID', ['tone'])
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Iterable

from ..lexicon import read_table
from .article import ArticleError, parse_date

#: The fields a table's columns can fill, besides the text; each is an ``articles`` column.
META_FIELDS = ("headline", "published", "outlet", "url", "byline", "section", "dateline")
_SQUEEZE_RE = re.compile(r"[\s._\-]+")


class TableError(ArticleError):
    """A table that cannot be read as articles: no text column, or not a table at all."""


def squeeze(name: object) -> str:
    """A column name without case, spaces, dots, hyphens or underscores.

    >>> squeeze("Publish Date"), squeeze("publish_date"), squeeze("publishDate"), squeeze("source.name")
    ('publishdate', 'publishdate', 'publishdate', 'sourcename')
    """
    return _SQUEEZE_RE.sub("", str(name)).lower()


@lru_cache(maxsize=None)
def synonyms() -> tuple[tuple[str, str], ...]:
    """``(field, squeezed name)`` for every row of ``data/columns.csv``, in order of preference.

    >>> ("text", "maintext") in synonyms(), ("published", "publishedat") in synonyms()
    (True, True)
    """
    return tuple((r["field"], squeeze(r["name"])) for r in read_table("columns.csv"))


@dataclass
class ColumnMap:
    """Where a table keeps each field: ``text`` (None when it has no text column), ``fields``
    (field → column name as the table writes it) and ``extra`` (the columns no field takes)."""

    text: str | None
    fields: dict[str, str] = field(default_factory=dict)
    extra: list[str] = field(default_factory=list)


def map_columns(columns: Iterable[str], text_column: str | None = None) -> ColumnMap:
    """Find the text, id, file and metadata columns among ``columns`` by their names.

    ``text_column`` names the text column (matched the same way) when its name is not a common
    one; a name the table does not have raises :class:`TableError`.

    >>> map_columns(["Headline", "Words"], text_column="words").text
    'Words'
    >>> map_columns(["title", "source.id", "source.name", "description"]).fields["outlet"]
    'source.name'
    """
    columns = list(dict.fromkeys(columns))
    by_name: dict[str, str] = {}
    for col in columns:
        by_name.setdefault(squeeze(col), col)
    if text_column is not None:
        if squeeze(text_column) not in by_name:
            raise TableError(f"no column {text_column!r}; the columns are: {', '.join(map(str, columns))}")
        text = by_name[squeeze(text_column)]
    else:
        text = next((by_name[name] for fld, name in synonyms() if fld == "text" and name in by_name), None)
    taken: dict[str, str] = {}
    for fld, name in synonyms():
        col = by_name.get(name)
        if fld != "text" and fld not in taken and col is not None and col != text and col not in taken.values():
            taken[fld] = col
    used = set(taken.values()) | {text}
    return ColumnMap(text, taken, [c for c in columns if c not in used])


def flatten(record: dict, prefix: str = "") -> dict:
    """A JSON object with nested objects spelled out as dotted keys (lists stay lists).

    >>> flatten({"title": "T", "source": {"id": None, "name": "The Daily"}})
    {'title': 'T', 'source.id': None, 'source.name': 'The Daily'}
    """
    out: dict = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        else:
            out[name] = value
    return out


def is_missing(value: object) -> bool:
    """True for what a table writes for "nothing": None, NaN, NaT, an empty or blank string, [].

    >>> [is_missing(v) for v in (None, float("nan"), "  ", [], "x", 0)]
    [True, True, True, True, False, False]
    """
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return not any(not is_missing(v) for v in value)
    return value != value  # NaT and other not-a-number values


def as_text(value: object) -> str | None:
    """A cell as text: lists joined with ", ", whole floats without ".0", missing as None.

    >>> as_text(["Jane Roe", "Sam Poe"]), as_text(1000.0), as_text(" x "), as_text(float("nan"))
    ('Jane Roe, Sam Poe', '1000', 'x', None)
    """
    if is_missing(value):
        return None
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (as_text(v) for v in value) if t)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict):
        return ", ".join(t for t in (as_text(v) for v in value.values()) if t) or None
    return str(value).strip()


_SLASH_DATE_RE = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\b")


def as_date(value: object) -> date | None:
    """A cell as a date: a date or datetime as it is, an ISO string ("2025-11-17T07:42:00Z",
    "2025-11-17 12:00:00"), "2025/11/17", a date as news copy writes it ("Nov. 17, 2025",
    "Mon, 17 Nov 2025 10:00:00 GMT"), or seconds since 1970. Day-first or month-first numbers
    ("11/17/2025") are ambiguous and not read.

    >>> as_date("2025-11-17T07:42:00Z"), as_date("November 17, 2025"), as_date("17/11/2025")
    (datetime.date(2025, 11, 17), datetime.date(2025, 11, 17), None)
    >>> as_date("Mon, 17 Nov 2025 10:00:00 GMT"), as_date(1763373600)
    (datetime.date(2025, 11, 17), datetime.date(2025, 11, 17))
    """
    if is_missing(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # seconds (or milliseconds) since 1970, as some exports write dates: 2001 to 2033 only
        seconds = value / 1000 if value > 1e12 else value
        return datetime.fromtimestamp(seconds, timezone.utc).date() if 1e9 <= seconds < 2e9 else None
    text = str(value).strip()
    m = _SLASH_DATE_RE.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    return parse_date(text)[0]


def given_meta(row: dict, columns: ColumnMap) -> tuple[tuple[str, object], ...]:
    """The metadata a row gives, as ``(field, value)`` pairs: mapped fields as text (dates kept as
    the table wrote them), and the other columns' non-empty values under ``extra``.

    >>> given_meta({"title": "T", "date": "2025-11-17", "tone": 3, "x": ""}, map_columns(["title", "date", "tone", "x"]))
    (('headline', 'T'), ('published', '2025-11-17'), ('extra', (('tone', 3),)))
    """
    out: list[tuple[str, object]] = []
    for fld in META_FIELDS:
        col = columns.fields.get(fld)
        if col is None:
            continue
        value = row.get(col)
        if fld == "published" and isinstance(value, (date, datetime)):
            out.append((fld, value))
        elif (text := as_text(value)) is not None:
            out.append((fld, text))
    extra = tuple((c, _plain(row[c])) for c in columns.extra if c in row and not is_missing(row[c]))
    if extra:
        out.append(("extra", extra))
    return tuple(out)


def _plain(value: object) -> object:
    """A cell value that JSON can hold and a :class:`~helpers.read.sources.Source` can hash:
    dates as ISO text, lists as tuples."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return tuple(_plain(v) for v in value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)
