"""Dask: the per-article step mapped on Dask's local schedulers gives load_corpus's tables.

Skipped when dask (an optional, test-only extra) is not installed.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

dask = pytest.importorskip("dask")

from helpers import ArticleError, ArticleWarning, load_corpus  # noqa: E402
from helpers.corpus import TABLES  # noqa: E402
from helpers.distributed import load_with_dask, read_partitioned_parquet, to_partitioned_parquet  # noqa: E402

ARTICLES = {
    "one.txt": """\
Bridge reopens after repairs
By Lena Vogt
VIENNA, Sept. 9 (AP) -- The Reichs Bridge reopened on Monday after 14 months of repairs costing about 80 million euros, city officials said.
"Traffic will be back to normal by Friday," transport official Karl Binder told reporters.
Repairs began in July 2023.
""",
    "two.txt": """\
Drought cuts harvest

NAIROBI: Farmers in the east expect a harvest at least 30% smaller than last year, a survey published on Thursday said.

"We have lost nearly everything," said Grace Wanjiru, who farms near Kitui.
""",
    "three.md": """\
---
outlet: Coast Weekly
published: 2023-11-20
---
Ferry fares to rise

The ferry company said on Sunday that fares would rise by up to 12% from January.
""",
    "four.txt": """\
Council meeting postponed

The council meeting set for Tuesday was postponed until next month, the mayor's office said. No reason was given.
""",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("dask") / "articles"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "five.txt").write_bytes("Caf\u00e9 tax dropped\n\nThe caf\u00e9 tax was dropped on Monday.\n".encode("cp1252"))
    (d / "zz_empty.txt").write_bytes(b"   \n")
    return d


def quietly(fn, *args, **kw):
    """Call ``fn`` and return (result, sorted ArticleWarning messages)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = fn(*args, **kw)
    return out, sorted(str(w.message) for w in caught if issubclass(w.category, ArticleWarning))


@pytest.fixture(scope="module")
def expected(folder):
    corpus, messages = quietly(load_corpus, folder)
    return corpus.tables(), messages


@pytest.mark.parametrize("scheduler", ["sync", "threads", "processes"])
def test_load_with_dask_equals_load_corpus(folder, expected, scheduler):
    tables, messages = quietly(load_with_dask, folder, scheduler=scheduler, npartitions=2)
    want, want_messages = expected
    assert list(tables) == list(TABLES)
    for t in TABLES:
        pd.testing.assert_frame_equal(tables[t], want[t], obj=t)
    assert messages == want_messages and any("zz_empty.txt" in m for m in messages)
    assert any("five.txt: not UTF-8" in m for m in messages)


def test_expected_tables_have_rows(expected):
    want, _ = expected
    assert len(want["articles"]) == 5 and len(want["sentences"]) >= 8


def test_errors_raise_names_the_bad_file(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # five.txt still loads, with a warning
        with pytest.raises(ArticleError, match="zz_empty.txt"):
            load_with_dask(folder, scheduler="sync", errors="raise")


def test_unknown_scheduler_is_refused(folder):
    with pytest.raises(ValueError, match="scheduler must be"):
        load_with_dask(folder, scheduler="cluster")


def test_partitioned_parquet_round_trip(folder, expected, tmp_path):
    out = tmp_path / "tables"
    written, messages = quietly(to_partitioned_parquet, folder, out, scheduler="threads", partition_size=2)
    want, want_messages = expected
    assert messages == want_messages
    # 6 files in partitions of 2: three partitions, each writing the tables it has rows for.
    assert [p.name for p in written["articles"]] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert all(p.parent == out / t for t, ps in written.items() for p in ps)
    back = read_partitioned_parquet(out)
    for t in TABLES:
        assert list(back[t].columns) == list(want[t].columns), t
        # Parquet keeps dates at millisecond precision at best: compare dates at one unit.
        dates = [c for c in want[t] if pd.api.types.is_datetime64_any_dtype(want[t][c])]
        pd.testing.assert_frame_equal(back[t].astype({c: "datetime64[ns]" for c in dates}),
                                      want[t].astype({c: "datetime64[ns]" for c in dates}), check_dtype=False, obj=t)


def test_partitioned_parquet_refuses_to_mix_with_old_partitions(folder, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        to_partitioned_parquet(folder, tmp_path, scheduler="sync")
        with pytest.raises(FileExistsError, match="already holds"):
            to_partitioned_parquet(folder, tmp_path, scheduler="sync")


def test_empty_partition_folder_reads_as_empty_tables(tmp_path):
    back = read_partitioned_parquet(tmp_path)
    assert all(back[t].empty and list(back[t].columns) == list(load_corpus().table(t).columns) for t in TABLES)
