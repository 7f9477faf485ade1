"""Actors: the gazetteer of ``data/actors.csv``, name reading, and the mentions table.

The gazetteer knows people, organisations, countries (from the countryinfo package, with
``data/actors.csv`` adding what it lacks), places and media with their spellings
("Erdoğan", "Erdogan"), metonyms ("Tokyo" for the Japanese government) and names that
only count inside a story that names the actor another way ("the bloc"). Names it does not
know are still read from the text: a title before a capitalised name ("Deputy Foreign Minister
Tran Van Minh") or an appositive after one ("John Smith, a spokesman for ...") makes a person,
reported as written. Titles, first names and family-name order are lists in ``data/`` too.

In: ``data/actors.csv`` (and the word lists beside it); an Article's paragraphs.
Out: :class:`Gazetteer` (find, lookup, resolve, describe); per-paragraph actor spans
(:func:`find_actors`, shared per article through :func:`article_context`); mention records
(:func:`mentions`).

Modules, each importing only those before it: ``keys`` (the Actor record, tokens and name
keys) → ``titles`` (titles, post-nominals, first and family names, :func:`head_kind`) →
``names`` (person names, unknown titled names, short forms) and ``countries`` (countries,
demonyms and capitals from the countryinfo package) → ``aliases`` (the alias trie: find,
lookup) → ``gazetteer`` (resolve, describe, :func:`load_gazetteer`) → ``context`` (an article's names and
paragraph spans) → ``mentions`` (the records).

>>> gaz = load_gazetteer()
>>> gaz.resolve("Turkish President Recep Tayyip Erdoğan's").canonical
'Recep Tayyip Erdogan'
>>> [(text[s:e], a.canonical) for text in ["Tokyo and the PRC met."] for s, e, a in gaz.find(text)]
[('Tokyo', 'Japan'), ('PRC', 'China')]
"""
from __future__ import annotations

from .aliases import AliasIndex
from .context import ArticleContext, article_context, find_actors
from .gazetteer import Gazetteer, load_gazetteer
from .keys import DAY_MONTH_WORDS, FUNCTION_WORDS, KINDS, NAME_GAP_RE, NAME_PREPOSITIONS, Actor, name_key, token_columns, token_key, tokens
from .mentions import mentions
from .names import NAME_RE, NameIndex, person_name, reference_keys, unknown_names
from .titles import family_first, first_names, head_kind, is_post_nominal, post_nominals, title_means, title_words, titles

__all__ = ["Actor", "AliasIndex", "ArticleContext", "DAY_MONTH_WORDS", "FUNCTION_WORDS", "Gazetteer", "KINDS",
           "NAME_GAP_RE", "NAME_PREPOSITIONS", "NAME_RE", "NameIndex", "article_context", "family_first", "find_actors", "first_names",
           "head_kind", "is_post_nominal", "load_gazetteer", "mentions", "name_key", "person_name", "post_nominals",
           "reference_keys", "title_means", "title_words", "titles", "token_columns", "token_key", "tokens",
           "unknown_names"]
