"""Parallel loading: ``load_corpus(folder, jobs=N)`` gives exactly the tables of ``jobs=1``.

Fixtures are small articles written here, in several layouts, plus bad files (empty, binary)
that both modes must skip with the same warning.
"""
from __future__ import annotations

import multiprocessing
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import helpers.corpus as corpus_mod
from helpers import ArticleError, ArticleWarning, load_corpus
from helpers.corpus import TABLES, _chunks, _LazyDocuments, records_to_frame
from helpers.paths import ROOT

WIRE = """\
Harbour strike enters second week
By Ana Duarte
LISBON, March 3 (Reuters) -- Dock workers in Lisbon kept up their strike on Tuesday, leaving about 40 ships waiting outside the port, the port authority said.
"We will not go back until the contract is signed," union leader Rui Matos told reporters. "Not one day earlier."
The authority said losses had reached more than 12 million euros since Feb. 24, and warned that up to 3,000 jobs could be at risk.
Transport Minister Helena Costa said on Monday that talks would resume next week.
(END)
"""

PLAIN = """\
City council approves new bus lanes

The council voted 7-2 on Wednesday to add bus lanes on three avenues. Dr. Lee, who chairs the
transport committee, called it "a modest start."

Work is due to begin in June 2025 and should take roughly six months, officials said.
"""

FRONT = """\
---
outlet: Valley Herald
published: 2024-05-14
headline: Flood waters recede
---
RIVERTON: Flood waters began to recede on Sunday after nearly 200 homes were evacuated.

"The worst is behind us," Mayor Jo Park said. Residents may return from Friday, she added.
"""

UNBALANCED = """\
Market opens early

OSLO, Nov. 2 -- The market opened at 7 a.m. on Saturday, traders said, as "demand kept rising.

Prices rose by 4% in the first hour.
"""


def write_fixture(folder: Path) -> Path:
    """A folder of good articles in several layouts plus one empty and one binary file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a_wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "b_plain.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "c_front.md").write_text(FRONT, encoding="utf-8")
    (folder / "d_unbalanced.txt").write_text(UNBALANCED, encoding="utf-8")
    (folder / "e_latin.txt").write_bytes("Caf\u00e9 owners protest\n\nParis caf\u00e9s closed on Monday.\n".encode("cp1252"))
    (folder / "f_empty.txt").write_bytes(b"")
    (folder / "g_binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder


@pytest.fixture(scope="module")
def fixture_dir(tmp_path_factory) -> Path:
    return write_fixture(tmp_path_factory.mktemp("parallel") / "articles")


def load(src, jobs: int, **kw):
    """Load with warnings recorded: (corpus, sorted ArticleWarning messages)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(src, jobs=jobs, **kw)
        tables = corpus.tables()
    return corpus, tables, sorted(str(w.message) for w in caught if issubclass(w.category, ArticleWarning))


@pytest.fixture(scope="module")
def both(fixture_dir):
    return load(fixture_dir, 1), load(fixture_dir, 2)


@pytest.mark.parametrize("table", TABLES)
def test_every_table_equal_between_jobs_1_and_2(both, table):
    (_, one, _), (_, two, _) = both
    pd.testing.assert_frame_equal(one[table], two[table])


def test_tables_are_not_trivially_empty(both):
    (_, one, _), _ = both
    assert len(one["articles"]) == 5 and len(one["sentences"]) >= 10 and len(one["blocks"]) > len(one["paragraphs"])


def test_bad_files_skipped_with_the_same_warnings(both):
    (c1, _, w1), (c2, _, w2) = both
    assert w1 == w2
    assert any("f_empty.txt" in w and "empty" in w for w in w1)
    assert any("g_binary.txt" in w and "binary" in w for w in w1)
    assert any("e_latin.txt" in w and "not UTF-8" in w for w in w1)  # loaded, with a warning
    assert c1.skipped == c2.skipped and len(c2.skipped) == 2
    assert "f_empty" not in set(c2.articles.article_id) and "g_binary" not in set(c2.articles.article_id)


def test_parallel_documents_are_read_back_on_demand(both):
    (c1, _, _), (c2, _, _) = both
    assert isinstance(c2.documents, _LazyDocuments)
    assert len(c2) == len(c1) == 5 and c2.documents._docs.count(None) == 5  # nothing re-read yet
    assert c2.article("c_front").raw == c1.article("c_front").raw
    assert [d.article_id for d in c2.documents] == [d.article_id for d in c1.documents]
    assert [d.article_id for d in c2.documents[1:3]] == ["b_plain", "c_front"]


def test_errors_raise_names_the_bad_file_in_both_modes(fixture_dir):
    for jobs in (1, 2):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the cp1252 file still loads, with a warning
            with pytest.raises(ArticleError, match="f_empty.txt"):
                load_corpus(fixture_dir, jobs=jobs, errors="raise")


def test_only_bad_files_is_an_error_in_both_modes(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"")
    (tmp_path / "y.txt").write_bytes(b"\x00\x01\x02" * 50)
    for jobs in (1, 2):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(ArticleError, match="none of the 2 file"):
                load_corpus(tmp_path, jobs=jobs)


@pytest.mark.parametrize("jobs", [0, -1, 1.5, "2"])
def test_bad_jobs_value_is_refused(fixture_dir, jobs):
    with pytest.raises(ValueError, match="jobs must be"):
        load_corpus(fixture_dir, jobs=jobs)


def test_jobs_none_is_sequential_below_the_threshold_and_parallel_above(fixture_dir, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert isinstance(load_corpus(fixture_dir, jobs=None).documents, list)
        monkeypatch.setattr(corpus_mod, "PARALLEL_THRESHOLD", 2)
        monkeypatch.setattr(corpus_mod, "_cpus", lambda: 2)
        assert isinstance(load_corpus(fixture_dir, jobs=None).documents, _LazyDocuments)


fork_only = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                               reason="patching an extractor reaches the workers only when they are forked")


@fork_only
def test_warnings_raised_in_workers_reach_the_caller(fixture_dir, monkeypatch):
    import helpers.extract.figures

    def noisy(article, gazetteer=None):
        warnings.warn(f"{article.article_id}: odd figure", ArticleWarning)
        return []

    monkeypatch.setattr(helpers.extract.figures, "extract", noisy)
    _, _, w1 = load(fixture_dir, 1)
    _, _, w2 = load(fixture_dir, 2)
    assert "a_wire: odd figure" in w2 and w1 == w2


@fork_only
def test_a_crash_in_a_worker_names_the_file(fixture_dir, monkeypatch):
    import helpers.extract.figures

    def broken(article, gazetteer=None):
        if article.article_id == "c_front":
            raise RuntimeError("extractor bug")
        return []

    monkeypatch.setattr(helpers.extract.figures, "extract", broken)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(RuntimeError, match="extractor bug") as info:
            load_corpus(fixture_dir, jobs=2)
    assert any("c_front.md" in note for note in getattr(info.value, "__notes__", []))


def test_export_command_with_jobs_writes_every_table(fixture_dir, tmp_path):
    outs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        proc = subprocess.run([sys.executable, "-m", "helpers", "export", str(fixture_dir), "--out", str(out),
                               "--jobs", jobs], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        assert "f_empty.txt" in proc.stderr and "g_binary.txt" in proc.stderr
        outs[jobs] = {p.name: p.read_bytes() for p in out.iterdir()}
    assert sorted(outs["2"]) == sorted(f"{t}.csv" for t in TABLES)
    assert outs["1"] == outs["2"]


SENTENCES = st.sampled_from([
    "Officials said 12 people were hurt on Monday.",
    '"We are ready," the minister told reporters.',
    "About 3,000 homes lost power after the storm.",
    "The talks, held in Geneva last week, ended without a deal.",
    "Dr. Kim said the U.S. plan was unclear.",
    'Some residents called the move "a mistake.',
])
ARTICLE = st.tuples(st.sampled_from(["", "BERLIN, May 2 (AP) -- ", "QUITO: "]),
                    st.lists(st.lists(SENTENCES, min_size=1, max_size=3), min_size=1, max_size=4))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ARTICLE, min_size=2, max_size=4))
def test_property_parallel_equals_sequential(tmp_path_factory, articles):
    folder = tmp_path_factory.mktemp("prop")
    for i, (dateline, paras) in enumerate(articles):
        body = "\n\n".join(" ".join(p) for p in paras)
        (folder / f"art{i}.txt").write_text(f"Headline number {i}\n\n{dateline}{body}\n", encoding="utf-8")
    (_, one, w1), (_, two, w2) = load(folder, 1), load(folder, 2)
    assert w1 == w2
    for t in TABLES:
        pd.testing.assert_frame_equal(one[t], two[t])


PARAGRAPH = st.fixed_dictionaries({
    "article_id": st.sampled_from(["a", "b", "c"]), "para_no": st.integers(1, 5),
    "text": st.one_of(st.none(), st.text(max_size=8)), "start": st.integers(0, 50), "end": st.integers(0, 50)})


@given(st.lists(PARAGRAPH, max_size=20))
def test_property_a_frame_holds_the_records_sorted_with_the_schema_types(records):
    frame = records_to_frame("paragraphs", records)
    assert frame.columns.tolist() == ["article_id", "para_no", "text", "start", "end"]
    assert [str(t) for t in frame.dtypes] == [str(t) for t in records_to_frame("paragraphs", []).dtypes]
    expected = sorted(records, key=lambda r: (r["article_id"], r["para_no"]))  # stable, like the frame
    got = frame.astype(object).where(frame.notna(), None).to_dict("records")
    assert got == expected


def test_column_types_come_from_the_schema_not_from_the_data():
    whole = {"article_id": "a", "quote_id": "a:q1", "text": "Yes", "speaker_start": 4, "speaker_end": 9,
             "partial": False, "para_no": 1, "start": 0, "end": 3}
    full, gaps, empty = (records_to_frame("quotes", recs) for recs in (
        [whole], [{**whole, "speaker_start": None, "speaker_end": None, "speaker": None}], []))
    assert full.speaker_start.dtype == gaps.speaker_start.dtype == "float64"  # offsets, missing when unknown
    assert full.start.dtype == empty.start.dtype == "int64" and full.partial.dtype == "bool"
    assert full.speaker.dtype == gaps.speaker.dtype == empty.speaker.dtype  # text, even when all missing
    dated = records_to_frame("articles", [{"article_id": "a", "published": "2024-05-14"}, {"article_id": "b"}])
    assert str(dated.published.dtype) == "datetime64[s]" and dated.published.isna().tolist() == [False, True]


def test_workers_get_the_files_in_order_in_many_chunks():
    files = [Path(f"{i:03d}.txt") for i in range(1000)]
    chunks = _chunks(files, 2)
    assert [c for chunk in chunks for c in chunk] == [str(f) for f in files]
    assert chunks[0] == ["000.txt"] and len(chunks) > 8 and max(map(len, chunks)) <= 200
