"""Extraction: one :class:`~helpers.read.article.Article` (and the gazetteer) → lists of records.

In: an Article from :mod:`helpers.read`. Out: plain dicts, one per figure, quote, mention,
reaction or dated event, each with ``start``/``end`` offsets into the article's raw text and
the columns of :data:`helpers.schema.COLUMNS`. Every function is pure and per article, so a
corpus maps onto worker processes; :mod:`helpers.corpus` turns the records into DataFrames.

Modules: ``actors`` (gazetteer, mentions), ``attribution`` (who said it: the grammar of
reporting clauses, quotation marks), ``coref`` (who a phrase at a point stands for: pronouns,
titles, descriptions, short names; shared by quotes, reactions and figures), ``quotes``,
``reactions``, ``figures``, ``dates`` (the timeline). ``actors``, ``attribution``, ``coref``,
``quotes`` and ``reactions`` are subpackages, imported in that order (each from those before
it only; ``figures`` may use ``actors`` and ``coref``); each one's ``__init__`` says what comes
in and goes out and lists its modules.
"""
