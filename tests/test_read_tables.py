"""Tables of one article per row: every format, column names and their mapping, ids, what
happens to unmapped columns, and bad input (no text column, empty text, malformed lines).
Fixtures are written here."""
from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from helpers import ArticleError, ArticleWarning, load_corpus
from helpers.__main__ import main
from helpers.read.columns import map_columns, squeeze
from helpers.read.sources import find_sources

TEXTS = [
    "The council voted on Monday to close the harbour bridge for six weeks of repairs.\n\n"
    "About 40,000 vehicles cross it every day, officials said.",
    "Ferry fares will rise by 5% in the spring, the operator said on Tuesday.",
    "A new cycle lane opened on the quay on Wednesday after two years of work.",
]
ROWS = [
    {"id": "a1", "title": "Bridge to close", "publish_date": "2024-03-04", "media_name": "The Courier",
     "url": "https://example.org/a1", "text": TEXTS[0], "tone": "neutral"},
    {"id": "a2", "title": "Fares to rise", "publish_date": "2024-03-05", "media_name": "Harbour Post",
     "url": "https://example.org/a2", "text": TEXTS[1], "tone": "negative"},
    {"id": "a3", "title": "Cycle lane opens", "publish_date": "2024-03-06", "media_name": "The Courier",
     "url": "https://example.org/a3", "text": TEXTS[2], "tone": "positive"},
]


def frame() -> pd.DataFrame:
    return pd.DataFrame(ROWS)


def write(tmp_path, fmt: str):
    path = tmp_path / f"export.{fmt}"
    df = frame()
    if fmt == "csv":
        df.to_csv(path, index=False)
    elif fmt == "tsv":
        df.to_csv(path, sep="\t", index=False)
    elif fmt == "xlsx":
        df.to_excel(path, index=False)
    elif fmt == "parquet":
        df.to_parquet(path, index=False)
    elif fmt in ("jsonl", "ndjson"):
        path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    elif fmt == "json":
        path.write_text(json.dumps(ROWS, indent=2), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["csv", "tsv", "xlsx", "parquet", "jsonl", "ndjson", "json"])
def test_every_table_format_gives_one_article_per_row_with_its_metadata(tmp_path, fmt):
    c = load_corpus(write(tmp_path, fmt))
    a = c.articles.set_index("article_id")
    assert list(a.index) == ["export-a1", "export-a2", "export-a3"]
    assert a.loc["export-a1", "headline"] == "Bridge to close"
    assert a.loc["export-a2", "outlet"] == "Harbour Post"
    assert a.loc["export-a3", "published"] == pd.Timestamp("2024-03-06")
    assert a.loc["export-a1", "url"] == "https://example.org/a1"
    assert set(a.format) == {"jsonl" if fmt == "ndjson" else fmt}
    assert json.loads(a.loc["export-a2", "extra"]) == {"tone": "negative"}  # an unmapped column is kept
    # the row's text is the article: its body, with the block model over it
    body = c.paragraphs.groupby("article_id").text.apply("\n\n".join)
    assert body["export-a1"] == TEXTS[0] and body["export-a3"] == TEXTS[2]
    raw = {d.article_id: d.raw for d in c.documents}
    assert all(raw[i][s:e] == t for i, s, e, t in zip(c.blocks.article_id, c.blocks.start, c.blocks.end, c.blocks.text))


@pytest.mark.parametrize("names", [
    ("Publish Date", "Title", "Media Name", "Body"),
    ("publishDate", "headline", "outlet", "content"),
    ("published.at", "HEAD_LINE", "source_domain", "maintext"),
    ("date_publish", "Headline", "publication", "full_text"),
])
def test_column_names_match_ignoring_case_spaces_dots_and_underscores(tmp_path, names):
    date_col, title_col, outlet_col, text_col = names
    path = tmp_path / "other.csv"
    pd.DataFrame({date_col: ["2024-03-04"], title_col: ["Bridge to close"], outlet_col: ["The Courier"],
                  text_col: [TEXTS[1]]}).to_csv(path, index=False)
    a = load_corpus(path).articles.iloc[0]
    assert (a.published, a.headline, a.outlet) == (pd.Timestamp("2024-03-04"), "Bridge to close", "The Courier")


def test_squeezed_names_and_mapping_priorities():
    assert squeeze("Publish Date") == squeeze("publish_date") == squeeze("publishDate") == "publishdate"
    m = map_columns(["source_domain", "media_name", "story", "authors", "link", "Section"])
    assert (m.text, m.fields["outlet"], m.fields["byline"], m.fields["url"], m.fields["section"]) == \
        ("story", "media_name", "authors", "link", "Section")
    assert m.extra == ["source_domain"]  # a second outlet column is kept, not lost


def test_news_please_json_lines_and_newsapi_nested_source(tmp_path):
    lines = tmp_path / "crawl.jsonl"
    lines.write_text(json.dumps({"title": "Fares to rise", "maintext": TEXTS[1], "date_publish": "2024-03-05 10:00:00",
                                 "source_domain": "harbourpost.example", "authors": ["Ann Lee", "Tom Berg"],
                                 "url": None, "language": "en"}) + "\n", encoding="utf-8")
    a = load_corpus(lines).articles.iloc[0]
    assert (a.outlet, a.byline, a.published) == ("harbourpost.example", "Ann Lee, Tom Berg", pd.Timestamp("2024-03-05"))
    assert pd.isna(a.url) and json.loads(a.extra) == {"language": "en"}
    assert len({*find_sources(lines)}) == 1  # sources hash, whatever their cells hold
    newsapi = tmp_path / "newsapi.json"
    newsapi.write_text(json.dumps({"status": "ok", "totalResults": 1, "articles": [
        {"source": {"id": None, "name": "The Courier"}, "author": "Mara Quill", "title": "Bridge to close",
         "description": "Six weeks of repairs.", "keywords": ["bridge", "repairs"], "url": "https://example.org/b", "publishedAt": "2024-03-04T09:30:00Z",
         "content": TEXTS[0]}]}), encoding="utf-8")
    a = load_corpus(newsapi).articles.iloc[0]
    assert (a.outlet, a.byline, a.headline, a.published) == ("The Courier", "Mara Quill", "Bridge to close",
                                                             pd.Timestamp("2024-03-04"))
    assert json.loads(a.extra) == {"description": "Six weeks of repairs.", "keywords": ["bridge", "repairs"]}


def test_text_column_can_be_named_and_ids_fall_back_to_row_numbers(tmp_path):
    path = tmp_path / "notes.csv"
    pd.DataFrame({"Words": TEXTS[:2], "Headline": ["One", "Two"]}).to_csv(path, index=False)
    a = load_corpus(path, text_column="words").articles
    assert a.article_id.tolist() == ["notes-1", "notes-2"] and a.headline.tolist() == ["One", "Two"]
    # stable: the same file gives the same ids on every run
    assert [s.article_id for s in find_sources(path, text_column="Words")] == ["notes-1", "notes-2"]


def test_a_repeated_id_column_names_rows_by_number_with_a_warning(tmp_path):
    path = tmp_path / "dup.csv"
    pd.DataFrame({"id": [7, 7], "text": TEXTS[:2]}).to_csv(path, index=False)
    with pytest.warns(ArticleWarning, match="column 'id' is empty or repeated"):
        ids = load_corpus(path).articles.article_id.tolist()
    assert ids == ["dup-1", "dup-2"]


def test_a_table_with_no_text_column_is_an_error_listing_its_columns(tmp_path):
    path = tmp_path / "counts.csv"
    pd.DataFrame({"name": ["port"], "count": [3]}).to_csv(path, index=False)
    with pytest.raises(ArticleError, match=r"counts.csv: no text column .*its columns are: name, count"):
        load_corpus(path)
    with pytest.raises(ArticleError, match=r"no column 'body'; the columns are: name, count"):
        load_corpus(path, text_column="body")


def loads_with_warning(path, warned: str, raised: str) -> pd.DataFrame:
    """The articles of ``path``, loaded with a warning matching ``warned``; ``errors="raise"``
    turns the same problem into an ArticleError matching ``raised``."""
    with pytest.warns(ArticleWarning, match=warned):
        articles = load_corpus(path).articles
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ArticleError, match=raised):
            load_corpus(path, errors="raise")
    return articles


def test_empty_text_rows_are_skipped_with_a_warning_naming_file_and_row(tmp_path):
    path = tmp_path / "gaps.csv"
    pd.DataFrame({"title": ["One", "Two", "Three"], "text": [TEXTS[0], "  ", TEXTS[2]]}).to_csv(path, index=False)
    a = loads_with_warning(path, r"gaps.csv, row 2 \(line 5\): empty text in column 'text', skipped", "empty text")
    assert a.headline.tolist() == ["One", "Three"] and a.article_id.tolist() == ["gaps-1", "gaps-3"]


def test_a_malformed_csv_row_is_reported_with_its_line_and_the_others_load(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text('title,text\nOne,"First story, with a comma."\nTwo,Second story.,extra,fields\n'
                    'Three,"A story\nover two lines."\n', encoding="utf-8")
    a = loads_with_warning(path, r"broken.csv, line 3: 4 fields where the header has 2, skipped", "line 3")
    assert a.headline.tolist() == ["One", "Three"]


def test_a_malformed_json_line_is_reported_with_its_line_and_the_others_load(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"title": "One", "text": TEXTS[0]}) + "\n{\"title\": \"Two\", \"text\": \n"
                    + json.dumps({"title": "Three", "text": TEXTS[2]}) + "\n", encoding="utf-8")
    a = loads_with_warning(path, r"crawl.jsonl, line 2: not valid JSON", "line 2: not valid JSON")
    assert a.headline.tolist() == ["One", "Three"] and a.article_id.tolist() == ["crawl-1", "crawl-2"]


def test_a_broken_object_in_a_json_list_is_reported_and_the_others_load(tmp_path):
    path = tmp_path / "list.json"
    text = json.dumps(ROWS, indent=2)
    broken = text.replace('"title": "Fares to rise",', '"title": "Fares to rise" oops', 1)
    path.write_text(broken, encoding="utf-8")
    with pytest.warns(ArticleWarning, match=r"list.json, line \d+: not valid JSON"):
        a = load_corpus(path).articles
    assert a.article_id.tolist() == ["list-a1", "list-a3"]


def test_mangled_text_in_a_row_is_repaired_and_noted(tmp_path):
    path = tmp_path / "mojibake.csv"
    pd.DataFrame({"title": ["Pe\u00c3\u00b1a visits"], "text": ["Enrique Pe\u00c3\u00b1a Nieto met the mayor on Monday."]}
                 ).to_csv(path, index=False)
    c = load_corpus(path)
    a = c.articles.iloc[0]
    assert a.headline == "Peña visits" and "Peña Nieto" in c.paragraphs.text.iloc[0]
    assert "repaired mangled characters (ftfy): 'PeÃ±a' → 'Peña'" in a.notes


def test_rows_go_through_the_same_workers_with_the_same_tables(tmp_path):
    path = tmp_path / "many.csv"
    pd.DataFrame({"id": range(12), "title": [f"Story {i}" for i in range(12)],
                  "text": [TEXTS[i % 3] for i in range(12)]}).to_csv(path, index=False)
    one, two = load_corpus(path, jobs=1), load_corpus(path, jobs=2)
    for name in ("articles", "paragraphs", "figures", "quotes"):
        pd.testing.assert_frame_equal(one.table(name), two.table(name))
    assert two.article("many-5").raw == TEXTS[2]


def test_a_folder_mixes_files_and_tables(tmp_path):
    write(tmp_path, "csv")
    (tmp_path / "story.txt").write_text("Quay works end\n\nThe quay reopened on Friday.\n", encoding="utf-8")
    a = load_corpus(tmp_path).articles
    assert a.article_id.tolist() == ["export-a1", "export-a2", "export-a3", "story"]
    assert a.set_index("article_id").format.to_dict() == {"export-a1": "csv", "export-a2": "csv",
                                                          "export-a3": "csv", "story": "text"}


def test_the_command_line_exports_a_table_file(tmp_path, capsys):
    src = write(tmp_path, "jsonl")
    assert main(["export", str(src), "--out", str(tmp_path / "out")]) == 0
    articles = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert articles.article_id.tolist() == ["export-a1", "export-a2", "export-a3"]
    assert main(["export", str(src), "--out", str(tmp_path / "o2"), "--text-column", "missing"]) == 2
    assert "no column 'missing'" in capsys.readouterr().err


def test_dask_reads_tables_as_load_corpus_does(tmp_path):
    pytest.importorskip("dask")
    from helpers.distributed import load_with_dask

    path = write(tmp_path, "jsonl")
    tables = load_with_dask(path, scheduler="sync")
    pd.testing.assert_frame_equal(tables["articles"], load_corpus(path).articles)


def test_a_table_not_in_utf8_is_decoded_with_a_warning_and_a_binary_one_is_reported(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("title;text\nCaf\u00e9 closes;The caf\u00e9 on the quay closed on Monday.\n".encode("cp1252"))
    with pytest.warns(ArticleWarning, match="latin.csv: not UTF-8, decoded as cp1252"):
        a = load_corpus(path).articles.iloc[0]
    assert a.headline == "Caf\u00e9 closes"  # semicolons found as the delimiter
    (tmp_path / "blob.csv").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.warns(ArticleWarning) as caught:
        assert len(load_corpus(tmp_path)) == 1
    assert any("blob.csv: binary file" in str(w.message) for w in caught)
