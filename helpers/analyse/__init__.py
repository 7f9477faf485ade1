"""Analysis: the corpus's DataFrames → answers across articles.

In: the tables of a :class:`~helpers.corpus.Corpus` (pandas DataFrames). Out: smaller
DataFrames that answer the notebooks' questions: which facts several outlets carry, how
outlets compare, who is quoted most, what each side said, what happened when. Pure queries:
nothing here reads files or draws.

Modules: ``compare`` (across outlets and articles), ``estimates``, ``quantities`` and
``series`` (figures placed in quantities followed over time), ``figures``, ``quotes``,
``reactions``, ``timeline``, ``text`` (queries over each table).
"""
