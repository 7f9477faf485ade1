"""Showing: answers → pictures, tables and controls for notebooks, reports and the dashboard.

In: DataFrames from :mod:`helpers.analyse` (or a :class:`~helpers.corpus.Corpus` for the
explorers). Out: matplotlib figures (``plots``, and ``charts`` for corpora of any size: at most
15 bars or series; saved as PNG with the CSV behind them), tables of at most 25 rows that say
what they leave out and save the rest as CSV (``tables``), ipywidgets explorers (``widgets``), estimates over time (``estimates``: chart and explorer),
escaped HTML (``html``, ``quotes``) and number display (``display``). matplotlib and ipywidgets
are imported only when a chart or widget is made.
"""
