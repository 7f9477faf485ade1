"""Analysis: the corpus's DataFrames → answers across articles.

In: the tables of a :class:`~helpers.corpus.Corpus` (pandas DataFrames). Out: smaller
DataFrames that answer the notebooks' questions: which facts several outlets carry, how
outlets compare, who is quoted most, what each side said, what happened when. Pure queries:
nothing here reads files or draws.

Modules: ``overview`` (human labels for articles, outlets, coverage by week, what needs
attention), ``figures``, ``quotes``, ``reactions`` (sides that fit the corpus), ``timeline``,
``text`` (queries over each table); ``estimates``, ``quantities`` and ``series`` (figures placed
in quantities followed over time); across articles, ``compare`` (articles or outlets as units,
overlap, only_in), ``facts`` (what two or more outlets carry, what one alone has), matched by
``quote_match``, ``figure_match`` and ``names`` (spellings), on ``common`` helpers; ``named``
(pronouns and generic nouns are not actors).
"""
