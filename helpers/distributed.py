"""Beyond one machine: the per-article step mapped with Dask, and tables as partitioned Parquet.

Every article is processed by the pure function :func:`helpers.corpus.extract_article` (a path
in, a dict of record lists out), so any engine that can map a function over a list of paths can
build the corpus. With Dask the recipe is::

    import dask.bag as db
    from helpers.corpus import TABLES, extract_article, records_to_frame

    results = db.from_sequence(paths, npartitions=16).map(extract_article).compute()
    tables = {t: records_to_frame(t, [r for res in results for r in res[t]]) for t in TABLES}

:func:`load_with_dask` is that recipe plus the care :func:`helpers.load_corpus` takes (a bad file
is skipped with a warning, not fatal; the gazetteer is loaded once per worker process). Its
tables equal ``load_corpus(paths).tables()``. :func:`to_partitioned_parquet` never gathers
records in one place: each partition of articles writes ``out/<table>/part-NNNNN.parquet``
itself, so the corpus may be larger than one machine's memory; :func:`read_partitioned_parquet`
reads such a folder back.

Dask is optional (it is in the ``test`` extra: ``pip install -e '.[test]'``, or
``pip install dask``); it is imported inside these functions only, so ``import helpers`` never
needs it. On a ``dask.distributed`` cluster, pass ``scheduler=None`` to use the active
``Client``; every worker then needs this package installed and the article paths readable.

>>> import pytest; dask = pytest.importorskip("dask")   # these examples need the optional dask
>>> tables = load_with_dask(None, scheduler="sync")
>>> list(tables) == list(TABLES), len(tables["articles"])
(True, 2)
"""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .read.article import ArticleError, ArticleWarning
from .corpus import TABLES, _name, _worker, records_to_frame
from .read.sources import find_sources
from .paths import SEEDS
from .schema import SORT_KEYS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SCHEDULERS = ("processes", "threads", "sync", None)


def _check(scheduler: str | None, errors: str) -> None:
    if scheduler not in SCHEDULERS:
        raise ValueError(f"scheduler must be one of {SCHEDULERS}, not {scheduler!r}")
    if errors not in ("warn", "raise"):
        raise ValueError(f"errors must be 'warn' or 'raise', not {errors!r}")


def _encoding(payload: dict) -> str | None:
    """The encoding a worker decoded an article with, from its ``articles`` record."""
    return payload["articles"][0].get("encoding") if payload.get("articles") else None


def _replay(path: str, status: str, message: str | None, encoding: str | None, caught, errors: str) -> bool:
    """Report in this process what a worker saw, as :func:`helpers.load_corpus` does: its
    warnings, a bad file (skipped, or raised with ``errors="raise"``), a file not in UTF-8.
    True when the file gave records."""
    for category, text in caught:
        warnings.warn(text, category, stacklevel=3)
    if status == "error":
        if errors == "raise":
            raise ArticleError(message)
        warnings.warn(message, ArticleWarning, stacklevel=3)
        return False
    if encoding not in ("utf-8", None):
        warnings.warn(f"{path}: not UTF-8, decoded as {encoding}", ArticleWarning, stacklevel=3)
    return True


def load_with_dask(paths: str | Path | Iterable[str | Path] | None, scheduler: str | None = "processes", *,
                   npartitions: int | None = None, num_workers: int | None = None,
                   errors: str = "warn") -> dict[str, "pd.DataFrame"]:
    """Every table of the articles in ``paths`` (as :func:`helpers.load_corpus` takes them), with
    articles extracted by Dask: ``scheduler`` is "processes", "threads", "sync" or None (Dask's
    default, e.g. a running ``dask.distributed`` Client). The tables equal ``load_corpus(paths)``'s.

    >>> import pytest; dask = pytest.importorskip("dask")
    >>> from helpers import load_corpus
    >>> load_with_dask(None, scheduler="threads")["sentences"].equals(load_corpus().sentences)
    True
    """
    _check(scheduler, errors)
    import dask.bag as db

    files = find_sources(paths, errors=errors)
    bag = db.from_sequence(files, npartitions=npartitions or min(len(files), 64))
    bag = bag.map(_worker, capture=scheduler != "threads")
    kwargs = {"scheduler": scheduler} if scheduler else {}
    if num_workers and scheduler in ("processes", "threads"):
        kwargs["num_workers"] = num_workers
    results = bag.compute(**kwargs)
    records: dict[str, list[dict]] = {t: [] for t in TABLES}
    good = 0
    for f, (status, payload, caught) in zip(files, results):
        ok = status == "ok"
        if _replay(_name(f), status, None if ok else payload, _encoding(payload) if ok else None, caught, errors):
            good += 1
            for t in TABLES:
                records[t].extend(payload[t])
    if not good:
        raise ArticleError(f"{paths or SEEDS}: none of the {len(files)} file(s) could be read as an article")
    return {t: records_to_frame(t, records[t]) for t in TABLES}


def _write_partition(part: int, paths: list, out: str, capture: bool = True) -> tuple[list[str], list[tuple]]:
    """Extract one partition of articles and write each table's rows to ``out/<table>/part-NNNNN.parquet``.

    Returns the files written and, per article, what the parent must replay (warnings, errors).
    A table with no rows in this partition writes no file.
    """
    records: dict[str, list[dict]] = {t: [] for t in TABLES}
    events = []
    for p in paths:
        status, payload, caught = _worker(p, capture)
        ok = status == "ok"
        events.append((_name(p), status, None if ok else payload, _encoding(payload) if ok else None, caught))
        if status == "ok":
            for t in TABLES:
                records[t].extend(payload[t])
    written = []
    for t in TABLES:
        if records[t]:
            folder = Path(out) / t
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"part-{part:05d}.parquet"
            records_to_frame(t, records[t]).to_parquet(target, index=False)
            written.append(str(target))
    return written, events


def to_partitioned_parquet(paths: str | Path | Iterable[str | Path] | None, out: str | Path,
                           scheduler: str | None = "processes", *, partition_size: int = 500,
                           num_workers: int | None = None, errors: str = "warn") -> dict[str, list[Path]]:
    """Write every table as a folder of Parquet files, one per partition of ``partition_size``
    articles (``out/<table>/part-00000.parquet``, …), each written by the worker that extracted
    it. Returns the files written, by table. Read them back with :func:`read_partitioned_parquet`
    (or ``dask.dataframe.read_parquet(out / table)``).

    >>> import pytest, tempfile; dask = pytest.importorskip("dask")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     [p.relative_to(d).as_posix() for p in to_partitioned_parquet(None, d, scheduler="sync")["articles"]]
    ['articles/part-00000.parquet']
    """
    _check(scheduler, errors)
    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, not {partition_size!r}")
    import dask

    files = find_sources(paths, errors=errors)
    out = Path(out)
    if out.exists() and any(out.glob("*/part-*.parquet")):
        raise FileExistsError(f"{out}: already holds partitioned tables; remove them or choose another folder")
    out.mkdir(parents=True, exist_ok=True)
    chunks = [files[i:i + partition_size] for i in range(0, len(files), partition_size)]
    capture = scheduler != "threads"  # catch_warnings is not thread-safe; threads warn directly
    tasks = [dask.delayed(_write_partition)(n, chunk, str(out), capture) for n, chunk in enumerate(chunks)]
    kwargs = {"scheduler": scheduler} if scheduler else {}
    if num_workers and scheduler in ("processes", "threads"):
        kwargs["num_workers"] = num_workers
    parts = dask.compute(*tasks, **kwargs)
    written: dict[str, list[Path]] = {t: [] for t in TABLES}
    for files_written, events in parts:
        for event in events:
            _replay(*event, errors)
        for w in files_written:
            written[Path(w).parent.name].append(Path(w))
    return {t: sorted(ws) for t, ws in written.items()}


def read_partitioned_parquet(out: str | Path, tables: Iterable[str] = TABLES) -> dict[str, "pd.DataFrame"]:
    """Read the tables written by :func:`to_partitioned_parquet` back into pandas DataFrames.

    Partitions may disagree on a column's type (all empty in one, text in another); their
    schemas are unified ("permissive": a column of nulls takes the other partitions' type). A
    table with no partition file comes back empty, with the contract's columns.

    >>> read_partitioned_parquet("no/such/folder")["quotes"].empty
    True
    """
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    out = Path(out)
    frames = {}
    for t in tables:
        parts = sorted((out / t).glob("part-*.parquet"))
        if not parts:
            frames[t] = records_to_frame(t, [])
            continue
        schema = pa.unify_schemas([pq.read_schema(p) for p in parts], promote_options="permissive")
        frame = ds.dataset([str(p) for p in parts], schema=schema, format="parquet").to_table().to_pandas()
        keys = [k for k in SORT_KEYS[t] if k in frame]
        frames[t] = frame.sort_values(keys, kind="stable").reset_index(drop=True)
    return frames
