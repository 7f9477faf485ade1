"""News analyst workbook: a folder of news articles as tidy, traceable pandas tables.

>>> from helpers import load_corpus
>>> corpus = load_corpus()            # the seed articles
>>> sorted(corpus.articles.article_id)[:1]
['000_6203879b066622a1']

Importing this package is light: pandas loads when a table is first built, matplotlib and
ipywidgets only when a chart or widget is made.
"""
from __future__ import annotations

from .read.article import Article, ArticleError, ArticleWarning, Block, parse_article, read_article
from .corpus import DERIVED, TABLES, Corpus, extract_article, load_corpus

#: Names this package lends from the analysis room, imported on first use (PEP 562) so that
#: ``import helpers`` stays light: ``from helpers import estimates`` works as usual.
_LENT = {"estimates": "analyse.estimates", "merge_quantities": "analyse.estimates",
         "split_quantity": "analyse.estimates"}


def __getattr__(name: str):
    if name not in _LENT:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    import importlib

    value = globals()[name] = getattr(importlib.import_module(f"{__name__}.{_LENT[name]}"), name)
    return value


def _estimates(corpus: Corpus):
    from .analyse.estimates import estimates

    return estimates(corpus)


DERIVED["estimates"] = _estimates  # corpus.estimates, without corpus.py importing the analysis room

__all__ = ["Article", "ArticleError", "ArticleWarning", "Block", "Corpus", "TABLES", "estimates", "extract_article",
           "load_corpus", "merge_quantities", "parse_article", "read_article", "split_quantity"]
__version__ = "0.1.0"
