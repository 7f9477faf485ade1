"""The corpus: seeds acceptance, bad input, exports, the command line, a light import."""
from __future__ import annotations

import subprocess
import sys
import warnings

import pandas as pd
import pytest

from helpers import ArticleError, ArticleWarning, load_corpus
from helpers.__main__ import main
from helpers.schema import COLUMNS


@pytest.fixture(scope="module")
def seeds():
    return load_corpus()


def test_seed_articles_metadata(seeds):
    a = seeds.articles.set_index("article_id")
    assert len(a) == 2
    assert a.outlet.notna().all() and a.headline.notna().all() and a.dateline.notna().all()
    assert (a.published == pd.Timestamp("2024-10-28")).all()
    assert a.byline.notna().sum() == 1  # only the UPI story carries a byline
    assert not any(h.startswith("(") for h in a.headline)


def test_seed_body_paragraph_counts(seeds):
    assert sorted(seeds.paragraphs.groupby("article_id").size().tolist()) == [12, 16]


def test_seed_body_holds_no_furniture(seeds):
    body = " ".join(seeds.paragraphs.text)
    for furniture in ("Latest Headlines", "minutes ago", "(END)", "All Rights Reserved", "License Photo",
                      "(ATTN", "PHOTO NOT FOR SALE", "\u25b2"):
        assert furniture not in body


def test_every_row_points_at_its_text(seeds):
    raw = {d.article_id: d.raw for d in seeds.documents}
    for name in ("blocks", "paragraphs", "sentences"):
        t = seeds.table(name)
        assert len(t) and all(raw[a][s:e] == x for a, s, e, x in zip(t.article_id, t.start, t.end, t.text)), name


def test_seed_files_are_lossless(seeds):
    for doc in seeds.documents:
        covered = [0] * len(doc.raw)
        for b in doc.blocks:
            for i in range(b.start, b.end):
                covered[i] += 1
        assert all(c == 1 for c, ch in zip(covered, doc.raw) if not ch.isspace())


def test_every_table_has_the_contract_columns(seeds):
    for name, frame in seeds.tables().items():
        assert tuple(frame.columns) == COLUMNS[name]


def test_tables_are_built_once(seeds):
    assert seeds.sentences is seeds.sentences


@pytest.fixture
def messy(tmp_path):
    (tmp_path / "good.txt").write_text("Port reopens after strike\n\nThe port reopened on Monday, officials said.\n")
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 owners protest\n\nThe caf\u00e9 closed, its owner said.\n".encode("latin-1"))
    (tmp_path / "quote.txt").write_text('Minister speaks\n\n"We will not back down, the minister said.\n')
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    (tmp_path / "notes.csv").write_text("name,count\nport,3\n")
    return tmp_path


def test_bad_files_are_skipped_with_warnings_and_good_ones_load(messy):
    with pytest.warns(ArticleWarning) as caught:
        c = load_corpus(messy)
    assert sorted(c.articles.article_id) == ["good", "latin", "quote"]
    messages = " | ".join(str(w.message) for w in caught)
    assert "empty.txt: empty file" in messages and "image.txt: binary file" in messages
    assert "latin.txt: not UTF-8" in messages
    assert "notes.csv: no text column" in messages and "its columns are: name, count" in messages
    assert len(c.skipped) == 2
    notes = c.articles.set_index("article_id").notes
    assert "unpaired quotation mark" in notes["quote"]
    assert "Caf\u00e9" in " ".join(c.paragraphs.text) or "caf\u00e9" in " ".join(c.paragraphs.text)


def test_errors_raise_turns_a_skip_into_an_exception(messy):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ArticleError, match="notes.csv: no text column"):
            load_corpus(messy, errors="raise")
        (messy / "notes.csv").unlink()
        with pytest.raises(ArticleError, match="empty.txt: empty file"):
            load_corpus(messy, errors="raise")


def test_missing_folder_and_empty_folder_are_clear_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere: no such file or folder"):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(ValueError, match="no article files"):
        load_corpus(tmp_path)
    (tmp_path / "empty.txt").write_text("")
    with pytest.warns(ArticleWarning), pytest.raises(ArticleError, match="none of the 1 file"):
        load_corpus(tmp_path)


def test_a_file_or_a_list_of_files_loads(messy):
    assert load_corpus(messy / "good.txt").articles.article_id.tolist() == ["good"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert len(load_corpus([messy / "good.txt", messy / "quote.txt"])) == 2


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_to_dir_writes_every_table(seeds, tmp_path, fmt):
    paths = seeds.to_dir(tmp_path, format=fmt)
    assert sorted(p.name for p in paths) == sorted(f"{t}.{fmt}" for t in COLUMNS)
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    assert len(read(tmp_path / f"paragraphs.{fmt}")) == len(seeds.paragraphs)


def test_command_line_export(tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "sentences.csv").exists()
    assert main(["export", str(tmp_path / "missing"), "--out", str(tmp_path / "x")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_import_helpers_is_light():
    code = "import sys, helpers; print(sorted(m for m in ('matplotlib', 'ipywidgets', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
