"""Reading: a file (or a row of a table file) → an :class:`~helpers.read.article.Article`.

In: paths. Out: ``Article`` objects holding the decoded raw text, the metadata found for it
(front matter, a folder's metadata table, the article's own layout), the typed blocks that
cover every character, and the body's paragraphs and sentences with offsets into the raw
text. Pure Python, no pandas. Nothing here knows about figures, quotes or actors.

Modules: ``article`` (the Article, layouts, blocks), ``text`` (sentences, quotation marks).
"""
