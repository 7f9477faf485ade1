"""Folders and their metadata tables: recursion, order, hidden files, unsupported kinds, and
front matter > metadata table > inference. Fixtures are written here."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from helpers import ArticleError, ArticleWarning, load_corpus
from helpers.paths import SEEDS, default_corpus
from helpers.read.sources import find_sources

STORY = "{headline}\n\nThe council met on Monday and voted on the budget.\n\nIt passed by seven votes to two.\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path):
    write(tmp_path / "b_story.txt", STORY.format(headline="Council passes budget"))
    write(tmp_path / "a_story.md", STORY.format(headline="# Mayor praises vote"))
    write(tmp_path / "east" / "c_story.txt", STORY.format(headline="Harbour to reopen"))
    write(tmp_path / "east" / "deep" / "d_story.txt", STORY.format(headline="Bridge repairs begin"))
    write(tmp_path / ".hidden.txt", STORY.format(headline="Should not load"))
    write(tmp_path / ".cache" / "e_story.txt", STORY.format(headline="Nor this"))
    write(tmp_path / "~$lock.txt", "owner")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "east" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "letter.docx").write_bytes(b"PK\x03\x04")
    write(tmp_path / "metadata.csv",
          "file,Outlet,Published,Headline,Byline,URL,Section,desk_editor\n"
          "b_story.txt,The Daily Example,2024-11-02,,Sam Poe,https://example.org/b,Local,R. Ames\n"
          "a_story.md,Weekly Example,2024-11-03,Table headline,,,,\n"
          "east/c_story.txt,Harbour News,2024-11-04,,,,,\n"
          "gone.txt,Nobody,2024-11-05,,,,,\n")
    return tmp_path


def test_folders_are_read_recursively_in_sorted_order_without_hidden_files(folder):
    with pytest.warns(ArticleWarning):
        sources = find_sources(folder)
    assert [s.article_id for s in sources] == ["a_story", "b_story", "c_story", "d_story"]
    assert [s.format for s in sources] == ["markdown", "text", "text", "text"]


def test_unsupported_files_are_named_in_one_warning_with_their_count(folder):
    with pytest.warns(ArticleWarning) as caught:
        find_sources(folder)
    unsupported = [str(w.message) for w in caught if "not read as articles" in str(w.message)]
    assert len(unsupported) == 1
    message = unsupported[0]
    assert "3 file(s)" in message and ".pdf x1" in message and ".docx x1" in message and ".jpg x1" in message
    assert "scan.pdf" in message and "east/photo.jpg" in message and "metadata.csv" not in message


def test_a_folders_readme_and_licence_are_named_and_left_out_but_load_when_named(tmp_path):
    write(tmp_path / "story.txt", STORY.format(headline="Council passes budget"))
    write(tmp_path / "README.md", "# My corpus\n\nArticles collected in May, 12 of them.\n")
    write(tmp_path / "sub" / "LICENSE.txt", "Licensed for research use only.\n")
    with pytest.warns(ArticleWarning, match=r"2 documentation file\(s\) left out: README.md, sub/LICENSE.txt"):
        corpus = load_corpus(tmp_path)
    assert list(corpus.articles.article_id) == ["story"]
    assert list(load_corpus(tmp_path / "README.md").articles.article_id) == ["README"]


def test_the_metadata_table_fills_articles_and_is_not_an_article(folder):
    with pytest.warns(ArticleWarning):
        a = load_corpus(folder).articles.set_index("article_id")
    assert "metadata" not in a.index
    assert a.loc["b_story", "outlet"] == "The Daily Example"
    assert a.loc["b_story", "published"] == pd.Timestamp("2024-11-02")
    assert a.loc["b_story", "byline"] == "Sam Poe"
    assert a.loc["b_story", "url"] == "https://example.org/b"
    assert a.loc["b_story", "section"] == "Local"
    assert a.loc["b_story", "headline"] == "Council passes budget"  # inferred: the table leaves it empty
    assert a.loc["a_story", "headline"] == "Table headline"  # the table wins over inference
    assert a.loc["c_story", "outlet"] == "Harbour News"  # a file in a subfolder, named by its path
    assert pd.isna(a.loc["d_story", "outlet"]) and pd.isna(a.loc["d_story", "published"])
    # a column no field takes is kept, as JSON
    assert a.loc["b_story", "extra"] == '{"desk_editor": "R. Ames"}'
    assert "no publication date" not in a.loc["b_story", "notes"]
    assert "no publication date" in a.loc["d_story", "notes"]
    assert set(a.format) == {"text", "markdown"}


def test_a_table_row_naming_a_missing_file_warns_and_raises_with_errors_raise(folder):
    with pytest.warns(ArticleWarning) as caught:
        load_corpus(folder)
    assert any("metadata.csv, line 5: names 'gone.txt'" in str(w.message) for w in caught)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ArticleError, match="names 'gone.txt', which is not an article file"):
            load_corpus(folder, errors="raise")


def test_front_matter_wins_over_the_table_and_the_table_over_inference(tmp_path):
    write(tmp_path / "fm.txt", "---\noutlet: Front Matter Times\n---\nWASHINGTON (AP) -- Rain fell on Monday.\n")
    write(tmp_path / "plain.txt", "WASHINGTON (AP) -- Rain fell on Monday.\n")
    write(tmp_path / "metadata.csv", "file,media_name,publish_date\nfm.txt,Table Post,2024-01-02\n"
                                     "plain.txt,Table Post,2024-01-03\n")
    a = load_corpus(tmp_path).articles.set_index("article_id")
    assert a.loc["fm", "outlet"] == "Front Matter Times"
    assert a.loc["fm", "published"] == pd.Timestamp("2024-01-02")  # front matter gives no date
    assert a.loc["plain", "outlet"] == "Table Post"  # not the dateline's Associated Press
    assert a.loc["plain", "published"] == pd.Timestamp("2024-01-03")


def test_an_xlsx_metadata_table_with_other_column_names(tmp_path):
    write(tmp_path / "one.txt", STORY.format(headline="Harbour to reopen"))
    pd.DataFrame({"File Name": ["one"], "Source": ["Port Gazette"], "Date": [pd.Timestamp("2023-05-06 14:00")],
                  "Author": ["Ann Lee"]}).to_excel(tmp_path / "metadata.xlsx", index=False)
    a = load_corpus(tmp_path).articles.iloc[0]
    assert (a.outlet, a.published, a.byline) == ("Port Gazette", pd.Timestamp("2023-05-06"), "Ann Lee")


def test_a_metadata_table_without_a_file_column_is_reported_with_its_columns(tmp_path):
    write(tmp_path / "one.txt", STORY.format(headline="Harbour to reopen"))
    write(tmp_path / "metadata.csv", "name,outlet\none.txt,X\n")
    with pytest.warns(ArticleWarning, match="needs a 'file' column.*its columns are: name, outlet"):
        c = load_corpus(tmp_path)
    assert len(c) == 1


def test_files_of_one_name_in_two_folders_get_distinct_ids(tmp_path):
    write(tmp_path / "north" / "story.txt", STORY.format(headline="North news"))
    write(tmp_path / "south" / "story.txt", STORY.format(headline="South news"))
    assert sorted(load_corpus(tmp_path).articles.article_id) == ["north/story", "south/story"]


def test_a_folder_with_only_unsupported_files_is_a_clear_error(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    with pytest.warns(ArticleWarning, match="1 file"), pytest.raises(ValueError, match="no article files"):
        load_corpus(tmp_path)


def test_the_default_corpus_is_the_seeds_unless_the_environment_names_another(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWS_WORKBOOK_CORPUS", raising=False)
    assert default_corpus() == SEEDS
    write(tmp_path / "x.txt", STORY.format(headline="Harbour to reopen"))
    monkeypatch.setenv("NEWS_WORKBOOK_CORPUS", str(tmp_path))
    assert load_corpus().articles.article_id.tolist() == ["x"]


def test_make_lab_and_dashboard_open_the_notebooks_on_the_corpus_named(tmp_path):
    import shutil
    import subprocess

    from helpers.paths import ROOT

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for target in ("lab", "dashboard"):
        out = subprocess.run(["make", "-n", "-o", ".venv/.installed", target, f"CORPUS={tmp_path}"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        assert f'NEWS_WORKBOOK_CORPUS="{tmp_path}"' in out, out
    out = subprocess.run(["make", "-n", "-o", ".venv/.installed", "test"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert "env -u NEWS_WORKBOOK_CORPUS" in out  # nbval always runs the notebooks on the seeds
