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
from .corpus import TABLES, Corpus, extract_article, load_corpus

__all__ = ["Article", "ArticleError", "ArticleWarning", "Block", "Corpus", "TABLES", "extract_article",
           "load_corpus", "parse_article", "read_article"]
__version__ = "0.1.0"
