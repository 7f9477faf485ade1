"""A folder of articles as tidy tables: :class:`Corpus` and :func:`load_corpus`.

Per-article work is the pure function :func:`extract_article` (a path in, a dict of record
lists out); the corpus only reads files, calls it, and concatenates records into DataFrames,
lazily and once per table. This is the one place records become DataFrames.

>>> corpus = load_corpus()
>>> len(corpus.articles), list(corpus.paragraphs.columns)
(2, ['article_id', 'para_no', 'text', 'start', 'end'])
"""
from __future__ import annotations

import gc
import importlib
import json
import os
import re
import warnings
from pathlib import Path
from collections.abc import Sequence
from contextlib import closing, contextmanager, nullcontext
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .read.article import Article, ArticleError, ArticleWarning
from .read.sources import Source, find_sources, read_source
from .paths import ROOT, SEEDS
from .progress import progress
from .schema import SORT_KEYS, records_to_arrow

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

#: Which function makes each table's records from one article: "module:function".
EXTRACTORS: dict[str, str] = {
    "articles": "corpus:article_records",
    "blocks": "corpus:block_records",
    "paragraphs": "corpus:paragraph_records",
    "sentences": "corpus:sentence_records",
    "quotes": "extract.quotes:extract",  # before figures and reactions, which reuse them (Article.memo)
    "figures": "extract.figures:extract",
    "mentions": "extract.actors:mentions",
    "reactions": "extract.reactions:reactions",
    "timeline": "extract.dates:extract",
}
TABLES = tuple(EXTRACTORS)
#: Tables derived across articles from the others, by name: a function of the corpus, run on first
#: use of ``corpus.<name>`` and kept. The package fills it in (``helpers/__init__.py`` registers
#: ``estimates``), so this module needs nothing from the rooms above it.
DERIVED: dict[str, "Callable[[Corpus], pd.DataFrame]"] = {}
#: ``jobs=None`` uses worker processes from this many files on. On 2 cores (Linux, forked workers)
#: jobs=2 breaks even at 25-50 articles and is 1.3-1.5x faster from 100 on (``benchmarks/bench.py
#: --crossover``); below that it saves under half a second, and spawned workers (macOS, Windows)
#: must first re-import everything.
PARALLEL_THRESHOLD = 100
_WORD_RE = re.compile(r"\w+(?:[-'\u2019]\w+)*")


@contextmanager
def _fewer_collections(first_generation: int = 50_000) -> Iterator[None]:
    """Run Python's cyclic garbage collector less often while extracting, then as before.

    Extraction makes and keeps millions of small objects (records, words, matches), so the
    collector, run every 700 allocations by default, spends 15-20% of the time walking objects
    that are all alive. A larger first-generation threshold keeps it running, about 70 times
    less often.

    >>> before = gc.get_threshold()
    >>> with _fewer_collections():
    ...     gc.get_threshold()[0]
    50000
    >>> gc.get_threshold() == before
    True
    """
    old = gc.get_threshold()
    gc.set_threshold(max(first_generation, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def article_records(article: Article, gazetteer=None) -> list[dict]:
    """The one-row ``articles`` record of an article.

    >>> from helpers.read.article import parse_article
    >>> article_records(parse_article("Title line here\\n\\nTwo words.\\n", "a1"))[0]["n_words"]
    2
    """
    meta = article.meta
    notes = list(article.notes)
    from .read.text import unbalanced_quotes

    odd = sum(unbalanced_quotes(p["text"]) for p in article.paragraphs)
    if odd:
        notes.append(f"{odd} unpaired quotation mark(s) in the body")
    return [{
        "article_id": article.article_id, "path": _display_path(article.path),
        **{k: meta.get(k) for k in ("outlet", "headline", "byline", "published", "dateline", "section", "url")},
        "published_inferred": bool(meta.get("published_inferred")),
        "n_words": sum(len(_WORD_RE.findall(p["text"])) for p in article.paragraphs),
        "n_paragraphs": len(article.paragraphs),
        "encoding": meta.get("encoding", "utf-8"),
        "notes": "; ".join(notes),
        "format": meta.get("format") or "text",
        "extra": json.dumps(meta["extra"], ensure_ascii=False, sort_keys=True, default=str) if meta.get("extra") else None,
    }]


def _display_path(path: str) -> str:
    """A path relative to the project when the file lies inside it, so outputs match on any clone."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path


def block_records(article: Article, gazetteer=None) -> list[dict]:
    """Every typed block of an article, numbered from 1 in reading order.

    >>> from helpers.read.article import parse_article
    >>> [b["kind"] for b in block_records(parse_article("KYIV: Shelling went on.\\n(END)\\n", "a1"))]
    ['dateline', 'body', 'boilerplate']
    """
    return [{"article_id": article.article_id, "block_no": n, "kind": b.kind, "text": b.text,
             "start": b.start, "end": b.end} for n, b in enumerate(article.blocks, start=1)]


def paragraph_records(article: Article, gazetteer=None) -> list[dict]:
    """Body paragraphs (computed once per article by :func:`helpers.read.text.paragraph_records`)."""
    return article.paragraphs


def sentence_records(article: Article, gazetteer=None) -> list[dict]:
    """Body sentences (computed once per article by :func:`helpers.read.text.sentence_records`)."""
    return article.sentences


def _extractor(table: str):
    module, func = EXTRACTORS[table].split(":")
    fn = getattr(importlib.import_module(f"helpers.{module}"), func)
    if table == "quotes":  # figures and reactions reuse the quotes: extract them once per article
        return lambda article, gazetteer: article.memo("quotes", gazetteer, lambda: fn(article, gazetteer))
    return fn


def extract_article(source: str | Path | Source | Article, gazetteer=None, tables: Iterable[str] = TABLES) -> dict[str, list[dict]]:
    """All records of one article, by table: the pure per-article step, safe to map anywhere.

    >>> recs = extract_article(sorted(SEEDS.glob("*.txt"))[0])
    >>> len(recs["articles"]), len(recs["paragraphs"]) > 0
    (1, True)
    """
    article = source if isinstance(source, Article) else read_source(source)
    if gazetteer is None and {"figures", "quotes", "mentions", "reactions", "timeline"} & set(tables):
        from .extract.actors import load_gazetteer

        gazetteer = load_gazetteer()
    return {t: _extractor(t)(article, gazetteer) for t in tables}


def _worker(path: "str | Source", capture: bool = True) -> tuple[str, dict | str, list[tuple[type[Warning], str]]]:
    """Extract one file in a worker process: ``("ok", records, warnings)`` or ``("error", message, warnings)``.

    With ``capture``, warnings raised on the way are sent back for the parent to re-emit (a
    worker process's own warnings would otherwise go to its stderr); in a thread, where
    ``warnings.catch_warnings`` is not safe, pass ``capture=False`` and they go out directly.
    An unexpected error is re-raised with the file's name attached.

    >>> status, records, caught = _worker(str(sorted(SEEDS.glob("*.txt"))[0]))
    >>> status, len(records["articles"])
    ('ok', 1)
    """
    with _recorded() if capture else nullcontext([]) as caught:
        try:  # the gazetteer is read once per process (load_gazetteer caches it)
            status, payload = "ok", extract_article(path)
        except ArticleError as exc:
            status, payload = "error", str(exc)
        except Exception as exc:
            exc.add_note(f"while extracting {path}")
            raise
    return status, payload, caught


def _extract_chunk(paths: "list[str | Source]", cache_root: str | None = None
                   ) -> tuple[list[tuple[str, str, str | None, list]], dict[str, "pa.Table"]]:
    """Extract several files in a worker process: how each went, and every table's rows as Arrow.

    Returns ``(outcomes, tables)``: one ``(path, status, detail, warnings)`` per file, where
    ``detail`` is the error message of a file that could not be read, or the encoding of one that
    could, and ``warnings`` those raised while reading and extracting it (for the parent to
    re-emit: a worker's own would go to its stderr); and, by table, the records of the good files
    in order as one Arrow table (:func:`records_to_arrow`), so that a chunk travels back as a few
    buffers, not as dicts. Like :class:`Corpus`, it runs one extractor over every article before
    the next, which keeps each extractor's code and caches warm (10-15% less CPU than article by
    article). With ``cache_root``, each good article's records and warnings are also stored in
    the :class:`~helpers.cache.RecordCache` there.

    >>> outcomes, tables = _extract_chunk([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    >>> [o[1:3] for o in outcomes], tables["articles"].num_rows
    ([('ok', 'utf-8'), ('ok', 'utf-8')], 2)
    """
    from .extract.actors import load_gazetteer

    outcomes: list[tuple[str, str, str | None, list]] = []
    docs: list[tuple[Article, list, dict[str, list[dict]], "str | Source"]] = []
    with _fewer_collections():
        for path in paths:
            with _recorded() as caught:
                try:
                    doc = read_source(path)
                except ArticleError as exc:
                    outcomes.append((path, "error", str(exc), caught))
                    continue
            outcomes.append((path, "ok", doc.meta.get("encoding"), caught))
            docs.append((doc, caught, {}, path))
        gazetteer = load_gazetteer() if docs else None
        for t in TABLES:
            fn = _extractor(t)
            for doc, caught, records, _ in docs:
                with _recorded(caught):
                    try:
                        records[t] = fn(doc, gazetteer)
                    except Exception as exc:
                        exc.add_note(f"while extracting {doc.path}")
                        raise
    if cache_root is not None:
        from .cache import RecordCache

        store = RecordCache(cache_root)
        for _, caught, records, path in docs:
            store.put(_source(path).fingerprint(), records, caught)
    return outcomes, {t: records_to_arrow(t, [r for _, _, records, _ in docs for r in records[t]]) for t in TABLES}


def _source(path: "str | Path | Source") -> Source:
    """A :class:`Source` for a plain path, as :func:`find_sources` makes it."""
    return path if isinstance(path, Source) else Source(str(path), Path(path).stem)


@contextmanager
def _recorded(into: list | None = None) -> Iterator[list[tuple[type[Warning], str]]]:
    """Record the warnings raised inside, as ``(category, message)``, appended to ``into``."""
    into = [] if into is None else into
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield into
        finally:
            into.extend((w.category, str(w.message)) for w in caught)


def _chunks(files: "list[Path | Source]", jobs: int) -> "list[list[str | Source]]":
    """The files in order, cut into chunks for ``jobs`` workers: the first file alone (it is
    extracted in the calling process, which loads the lexicons and gazetteer and compiles the
    patterns once, so that workers forked afterwards inherit them warm), then about eight
    chunks per worker of at most 200 files each, so that every round trip carries many articles.

    >>> sizes = [len(c) for c in _chunks([Path(f"{i}.txt") for i in range(1001)], 2)]
    >>> sizes[:3], len(sizes)
    ([1, 62, 62], 18)
    """
    names = [f if isinstance(f, Source) else str(f) for f in files]
    size = max(1, min(200, (len(names) - 1) // (jobs * 8)))
    return [names[:1]] + [names[i:i + size] for i in range(1, len(names), size)]


def _extract_in_workers(files: "list[Path | Source]", jobs: int, cache_root: str | None = None) -> Iterator[tuple]:
    """:func:`_extract_chunk` of every chunk of :func:`_chunks`, in order, by ``jobs`` worker processes.

    Closing the generator early (``errors="raise"``) cancels the chunks not started.
    """
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    first, *rest = _chunks(files, jobs)
    yield _extract_chunk(first, cache_root)
    if not rest:
        return
    pool = ProcessPoolExecutor(max_workers=max(1, min(jobs, len(rest))))
    try:
        yield from pool.map(partial(_extract_chunk, cache_root=cache_root), rest)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _cpus() -> int:
    """CPUs this process may run on (respects affinity masks and container limits where the OS tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def arrow_to_frame(table: str, parts: list["pa.Table"]) -> "pd.DataFrame":
    """Arrow tables of one table (:func:`records_to_arrow`) → one DataFrame, sorted by :data:`SORT_KEYS`.

    >>> arrow_to_frame("quotes", [records_to_arrow("quotes", [])]).shape
    (0, 16)
    """
    import pyarrow as pa

    whole = pa.concat_tables(parts) if parts else records_to_arrow(table, [])
    if whole.num_rows:
        # Arrow's sort is stable, so rows with equal keys keep their reading order
        whole = whole.sort_by([(k, "ascending") for k in SORT_KEYS[table]])
    return whole.to_pandas()


def records_to_frame(table: str, records: list[dict]) -> "pd.DataFrame":
    """Records of one table → a DataFrame with the contract's columns, types and order.

    >>> records_to_frame("quotes", []).columns[:2].tolist()
    ['article_id', 'quote_id']
    """
    return arrow_to_frame(table, [records_to_arrow(table, records)])


class Corpus:
    """Articles and the tables made from them, each built on first use and kept.

    >>> corpus = load_corpus()
    >>> bool(corpus.articles.outlet.notna().all())
    True
    """

    def __init__(self, documents: list[Article], gazetteer=None, records: dict[str, list[dict]] | None = None,
                 skipped: list[str] | None = None):
        self.documents = documents
        self.skipped = list(skipped or [])
        self._gazetteer = gazetteer
        self._records = records or {}
        self._frames: dict[str, "pd.DataFrame"] = {}

    # -- access -------------------------------------------------------------
    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from .extract.actors import load_gazetteer

            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def article(self, article_id: str) -> Article:
        """The parsed :class:`Article` with this id (raises KeyError naming the known ids)."""
        for doc in self.documents:
            if doc.article_id == article_id:
                return doc
        raise KeyError(f"no article {article_id!r}; known: {', '.join(d.article_id for d in self.documents)}")

    def table(self, name: str) -> "pd.DataFrame":
        """One table by name (see :data:`TABLES`), built once."""
        if name not in EXTRACTORS:
            raise KeyError(f"no table {name!r}; tables are {', '.join(TABLES)}")
        if name not in self._frames:
            if name not in self._records:
                fn = _extractor(name)
                gaz = self.gazetteer if name in ("figures", "quotes", "mentions", "reactions", "timeline") else None
                with _fewer_collections():
                    self._records[name] = [r for doc in self.documents for r in fn(doc, gaz)]
            self._frames[name] = records_to_frame(name, self._records.pop(name))
        return self._frames[name]

    def tables(self) -> dict[str, "pd.DataFrame"]:
        """Every table, by name."""
        return {name: self.table(name) for name in TABLES}

    articles = property(lambda self: self.table("articles"), doc="One row per article.")
    blocks = property(lambda self: self.table("blocks"), doc="Typed text blocks with spans.")
    paragraphs = property(lambda self: self.table("paragraphs"), doc="Body paragraphs with spans.")
    sentences = property(lambda self: self.table("sentences"), doc="Body sentences with spans.")
    figures = property(lambda self: self.table("figures"), doc="Numeric figures with qualifier, noun, claimant.")
    quotes = property(lambda self: self.table("quotes"), doc="Direct quotes with speakers.")
    mentions = property(lambda self: self.table("mentions"), doc="Actor mentions, aliases merged.")
    reactions = property(lambda self: self.table("reactions"), doc="Statements by actor, country and stance.")
    timeline = property(lambda self: self.table("timeline"), doc="Dated events resolved against publication.")

    def __getattr__(self, name: str):
        """A derived table of :data:`DERIVED` (``corpus.estimates``), built on first use and kept."""
        if name.startswith("_") or name not in DERIVED:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        derived = self.__dict__.setdefault("_derived", {})
        if name not in derived:
            derived[name] = DERIVED[name](self)
        return derived[name]

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(DERIVED))

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        return f"Corpus({len(self.documents)} articles{f', {len(self.skipped)} skipped' if self.skipped else ''})"

    # -- export -------------------------------------------------------------
    def to_dir(self, out: str | Path, format: str = "csv") -> list[Path]:
        """Write every table to ``out/<table>.csv`` (or ``.parquet``); returns the paths written.

        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     [p.name for p in load_corpus().to_dir(d)][:2]
        ['articles.csv', 'blocks.csv']
        """
        if format not in ("csv", "parquet"):
            raise ValueError(f"format must be 'csv' or 'parquet', not {format!r}")
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.tables().items():
            path = out / f"{name}.{format}"
            if format == "csv":
                frame.to_csv(path, index=False)
            else:
                frame.to_parquet(path, index=False)
            written.append(path)
        return written


def load_corpus(src: str | Path | Iterable[str | Path] | None = None, *, errors: str = "warn",
                jobs: int | None = None, cache: "bool | str | Path | None" = None,
                text_column: str | None = None) -> Corpus:
    """Load articles into a :class:`Corpus`; ``src`` is a folder (read recursively), a file, a list
    of files, or None (the seeds, or ``$NEWS_WORKBOOK_CORPUS``: :func:`helpers.paths.default_corpus`).

    Files: text (``.txt``), Markdown (``.md``), saved web pages (``.html``) and tables of one
    article per row (``.csv``, ``.tsv``, ``.xlsx``, ``.parquet``, ``.jsonl``, ``.json``), whose
    text column is found by its name or named by ``text_column`` (see :mod:`helpers.read`).
    Unreadable files (binary, empty) are skipped with an :class:`ArticleWarning` naming the file
    and the problem; ``errors="raise"`` raises :class:`ArticleError` instead. ``jobs=N`` extracts
    every table in N worker processes; the default, ``jobs=None``, uses every core from
    :data:`PARALLEL_THRESHOLD` files to extract on and one process below. The tables and
    warnings are the same as with ``jobs=1``; with workers or the cache, tables are built at once
    and ``corpus.documents`` re-reads an article only when it is asked for (``jobs=1`` without
    the cache builds each table on first use).

    ``cache``: articles extracted before, with the same code and word lists, are read back from
    the on-disk :mod:`helpers.cache` instead of extracted again (``None``: as
    ``NEWS_WORKBOOK_CACHE`` says, by default on, in :data:`helpers.paths.CACHE`; ``False``: off;
    a folder: that one). A load that takes more than a few seconds shows a progress bar
    (:mod:`helpers.progress`).

    >>> load_corpus(cache=False).articles.published.dt.year.tolist()
    [2024, 2024]
    """
    if errors not in ("warn", "raise"):
        raise ValueError(f"errors must be 'warn' or 'raise', not {errors!r}")
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise ValueError(f"jobs must be a positive number of processes or None (automatic), not {jobs!r}")
    files = find_sources(src, text_column=text_column, errors=errors)
    skipped: list[str] = []

    def problem(message: str) -> None:
        if errors == "raise":
            raise ArticleError(message)
        warnings.warn(message, ArticleWarning, stacklevel=4)
        skipped.append(message)

    from .cache import cache_folder

    root = cache_folder(cache)
    if root is None:
        jobs = jobs or (_cpus() if len(files) >= PARALLEL_THRESHOLD else 1)
    if root is not None or (jobs > 1 and len(files) > 1):
        return _load_eagerly(src, files, jobs, root, problem, skipped)
    docs: list[Article] = []
    with _fewer_collections():
        for f in files:
            try:
                doc = read_source(f)
            except ArticleError as exc:
                problem(str(exc))
                continue
            if doc.meta.get("encoding") not in ("utf-8", None):
                warnings.warn(f"{_name(f)}: not UTF-8, decoded as {doc.meta['encoding']}", ArticleWarning, stacklevel=2)
            docs.append(doc)
    if not docs:
        raise ArticleError(f"{src or SEEDS}: none of the {len(files)} file(s) could be read as an article")
    return Corpus(docs, skipped=skipped)


def _report(outcomes: list[tuple], problem) -> list:
    """Re-emit, in this process, what happened to each file of a chunk; returns the good ones."""
    good = []
    for path, status, detail, caught in outcomes:
        for category, message in caught:
            warnings.warn(message, category, stacklevel=4)
        if status == "error":
            problem(detail)
            continue
        good.append(path)
        if detail not in ("utf-8", None):
            warnings.warn(f"{_name(path)}: not UTF-8, decoded as {detail}", ArticleWarning, stacklevel=4)
    return good


def _built(src, files: list, good: list, parts: dict[str, list], skipped: list[str]) -> Corpus:
    """The corpus of the ``good`` sources, every table one concatenation of its Arrow ``parts``."""
    if not good:
        raise ArticleError(f"{src or SEEDS}: none of the {len(files)} file(s) could be read as an article")
    corpus = Corpus(_LazyDocuments(good), skipped=skipped)
    for t in TABLES:
        corpus._frames[t] = arrow_to_frame(t, parts.pop(t))
    return corpus


def _load_eagerly(src, files: "list[Source]", jobs: int | None, root: Path | None, problem,
                  skipped: list[str]) -> Corpus:
    """:func:`load_corpus` building every table at once: articles in the cache under ``root`` (if
    any) are read back, the others extracted (in ``jobs`` workers; ``None``: from
    :data:`PARALLEL_THRESHOLD` of them) and stored. Warnings come in file order, the cached
    articles' ones too, so the outcome is the same whatever the cache holds and whatever ``jobs``.
    Workers send back each chunk's tables as Arrow, in file order; each table is then one
    concatenation (records_to_arrow, then arrow_to_frame), exactly as :class:`Corpus` builds it."""
    from .cache import RecordCache

    store = RecordCache(root) if root is not None else None
    outcomes: dict[int, tuple] = {}
    cached: dict[str, list[dict]] = {t: [] for t in TABLES}
    missing: list[int] = []
    for i, source in enumerate(files):
        try:
            entry = store.get(source.fingerprint()) if store else None
        except OSError:  # unreadable: extraction will say why
            entry = None
        if entry is None:
            missing.append(i)
            continue
        records, caught = entry
        records["articles"][0]["path"] = _display_path(source.path)
        for t in TABLES:
            cached[t] += records[t]
        outcomes[i] = (source, "ok", records["articles"][0].get("encoding"), caught)
    parts: dict[str, list] = {t: [records_to_arrow(t, cached.pop(t))] for t in TABLES}
    todo = [files[i] for i in missing]
    if jobs is None:
        jobs = _cpus() if len(todo) >= PARALLEL_THRESHOLD else 1
    if jobs > 1 and len(todo) > 1:
        chunks = _extract_in_workers(todo, jobs, root and str(root))
    else:  # in this process, in small chunks so that the bar moves
        size = max(1, min(25, len(todo) // 10))
        chunks = (_extract_chunk(todo[i:i + size], root and str(root)) for i in range(0, len(todo), size))
    done = iter(missing)
    with progress(len(todo), f"extracting {len(todo):,} new articles ({len(files) - len(todo):,} cached)") as advance, \
            closing(chunks) as results:
        for chunk_outcomes, tables in results:
            for outcome in chunk_outcomes:
                outcomes[next(done)] = outcome
            for t, part in tables.items():
                parts[t].append(part)
            advance(len(chunk_outcomes))
    good = _report([outcomes[i] for i in range(len(files))], problem)
    return _built(src, files, good, parts, skipped)


class _LazyDocuments(Sequence):
    """The articles of a parallel load: workers send back records, not parsed articles, so each
    file is read again only when its :class:`Article` is asked for (``corpus.article(id)``).

    >>> docs = _LazyDocuments(sorted(SEEDS.glob("*.txt")))
    >>> len(docs), docs[1].article_id
    (2, '002_5fa355e7d6d84585')
    """

    def __init__(self, files: "list[Path | Source]"):
        self._files = list(files)
        self._docs: list[Article | None] = [None] * len(self._files)

    def __len__(self) -> int:
        return len(self._files)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        doc = self._docs[i]
        if doc is None:
            doc = self._docs[i] = read_source(self._files[i])
        return doc


def _name(source: "str | Path | Source") -> str:
    """How a warning names a source: its file, and its row in a table file."""
    if isinstance(source, Source):
        return source.path if source.row is None else f"{source.path}, row {source.row}"
    return str(source)
