"""The on-disk cache of extracted records, and the progress bar of long loads.

Fixtures are small articles written here; every test passes its own cache folder.
"""
from __future__ import annotations

import os
import warnings

import pandas as pd
import pytest

import helpers.cache as cache_mod
import helpers.corpus as corpus_mod
from helpers import ArticleWarning, load_corpus
from helpers.cache import RecordCache, cache_folder, clear, code_version
from helpers.corpus import TABLES
from helpers.progress import progress

STORY = """Harbour strike enters second week

LISBON, March 3 (Reuters) -- Dock workers kept up their strike on Tuesday, leaving about 40 ships waiting, the port authority said.

"We will not go back until the contract is signed," union leader Rui Matos told reporters.
"""
PLAIN = """Council approves bus lanes

The council voted 7-2 on Wednesday to add bus lanes on three avenues, officials said.
"""
ODD = """Market opens early

OSLO -- The market opened at 7 a.m. on Saturday, traders said, as "demand kept rising.
"""


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    for name, text in (("strike", STORY), ("council", PLAIN), ("market", ODD)):
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    return src


def load(src, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(src, **kw)
    return corpus, [(w.category, str(w.message)) for w in caught]


def test_a_cached_load_gives_the_same_tables_and_warnings_without_extracting(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    fresh, fresh_warnings = load(folder, cache=False, jobs=1)
    first, first_warnings = load(folder, cache=store)
    seen = []
    real = corpus_mod._extract_chunk
    monkeypatch.setattr(corpus_mod, "_extract_chunk", lambda paths, *a, **k: seen.extend(paths) or real(paths, *a, **k))
    again, again_warnings = load(folder, cache=store)
    assert [s.article_id for s in seen] == ["empty"]  # only the file that could not be read is tried again
    for t in TABLES:
        pd.testing.assert_frame_equal(again.table(t), fresh.table(t))
        pd.testing.assert_frame_equal(first.table(t), fresh.table(t))
    assert again_warnings == first_warnings == fresh_warnings
    assert any(c is ArticleWarning and "empty.txt" in m for c, m in again_warnings)
    assert again.skipped == fresh.skipped


def test_only_a_changed_file_is_extracted_again(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    load(folder, cache=store)
    (folder / "council.txt").write_text(PLAIN.replace("7-2", "6-3"), encoding="utf-8")
    seen = []
    real = corpus_mod._extract_chunk
    monkeypatch.setattr(corpus_mod, "_extract_chunk", lambda paths, *a, **k: seen.extend(paths) or real(paths, *a, **k))
    corpus, _ = load(folder, cache=store, jobs=1)
    assert sorted(s.article_id for s in seen) == ["council", "empty"]  # the empty file is never cached
    assert "6-3" in " ".join(corpus.sentences.text)


def test_a_copy_elsewhere_shows_its_own_path(folder, tmp_path):
    store = tmp_path / "cache"
    load(folder, cache=store)
    other = tmp_path / "copy"
    other.mkdir()
    (other / "strike.txt").write_text(STORY, encoding="utf-8")
    corpus, _ = load(other, cache=store)
    assert corpus.articles.path.tolist() == [str(other / "strike.txt")]


def test_workers_fill_the_cache_too(folder, tmp_path):
    store = tmp_path / "cache"
    fresh, _ = load(folder, cache=False, jobs=1)
    load(folder, cache=store, jobs=2)
    entries = list((store / code_version()).rglob("*.pickle"))
    assert len(entries) == 3  # the three good articles
    again, _ = load(folder, cache=store, jobs=2)
    for t in TABLES:
        pd.testing.assert_frame_equal(again.table(t), fresh.table(t))


def test_a_new_code_version_starts_a_new_folder_and_drops_old_ones(tmp_path, monkeypatch):
    for n, version in enumerate(["v1", "v2", "v3"]):
        monkeypatch.setattr(cache_mod, "code_version", lambda version=version: version)
        RecordCache(tmp_path).put("ab12", {"articles": [{"n": n}]}, [])
        os.utime(tmp_path / version, (n + 1, n + 1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v2", "v3"]
    assert RecordCache(tmp_path).get("ab12")[0] == {"articles": [{"n": 2}]}


def test_the_code_version_follows_the_data_files(tmp_path, monkeypatch):
    before = code_version()
    data = tmp_path / "data"
    data.mkdir()
    (data / "words.csv").write_text("word\nx\n", encoding="utf-8")
    code_version.cache_clear()
    monkeypatch.setattr(cache_mod, "DATA", data)
    try:
        assert code_version() != before
    finally:
        code_version.cache_clear()


def test_a_damaged_entry_is_a_miss(tmp_path):
    store = RecordCache(tmp_path)
    store.put("ab12", {"articles": []}, [])
    store.path("ab12").write_bytes(b"not a pickle")
    assert store.get("ab12") is None


def test_the_environment_chooses_the_folder_or_turns_it_off(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_WORKBOOK_CACHE", "off")
    assert cache_folder() is None and cache_folder(True) is not None
    monkeypatch.setenv("NEWS_WORKBOOK_CACHE", str(tmp_path))
    assert cache_folder() == tmp_path
    monkeypatch.delenv("NEWS_WORKBOOK_CACHE")
    assert cache_folder().name == ".cache"


def test_clear_empties_the_cache(tmp_path):
    RecordCache(tmp_path).put("ab12", {}, [])
    clear(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_progress_bar_stays_off_when_the_environment_says_so(monkeypatch, capsys):
    monkeypatch.setenv("NEWS_WORKBOOK_PROGRESS", "off")
    with progress(10, "reading") as advance:
        advance(10)
    assert capsys.readouterr().err == ""


def test_the_progress_bar_shows_in_the_terminal_only_after_its_delay(monkeypatch, capsys):
    import helpers.progress as progress_mod

    monkeypatch.setenv("NEWS_WORKBOOK_PROGRESS", "on")
    with progress(10, "quick") as advance:  # done well within the delay: nothing shown
        advance(10)
    assert "quick" not in capsys.readouterr().err
    monkeypatch.setattr(progress_mod, "DELAY", 0.0)
    with progress(10, "slow load") as advance:
        advance(5)
        advance(5)
    assert "slow load" in capsys.readouterr().err
