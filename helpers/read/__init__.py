"""Reading: a file, a saved web page or a row of a table file → an :class:`~helpers.read.article.Article`.

In: paths (a folder, read recursively; a file; a list). Out: ``Article`` objects holding the
decoded raw text, the metadata found for it (front matter, a folder's metadata table, a table
row's columns, a page's own metadata, the article's own layout), the typed blocks that cover
every character, and the body's paragraphs and sentences with offsets into the raw text. Pure
Python, no pandas on the per-article path. Nothing here knows about figures, quotes or actors.

Modules:

- ``sources``: what to read: folders, files and table rows → ``Source`` items (small,
  picklable, one per article) and ``read_source`` (a Source → an Article).
- ``article``: the Article, decoding bytes, text layouts and typed blocks.
- ``html``: saved web pages (``.html``, ``.htm``) through trafilatura, with byline, summary and
  boilerplate lines moved out of the body.
- ``tables``: table files of one article per row (``.csv``, ``.tsv``, ``.xlsx``, ``.parquet``,
  ``.jsonl``, ``.json``) → rows, each holding its text and metadata.
- ``columns``: which column holds what (``data/columns.csv``), and cell values → metadata.
- ``metadata``: a folder's ``metadata.csv`` and the precedence of given metadata (front matter
  > metadata table > inference).
- ``repair``: mojibake undone with ftfy ("PeÃ±a" → "Peña"), noted in ``articles.notes``.
- ``text``: sentences and quotation marks.
"""
