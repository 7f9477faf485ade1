"""Reactions: what each actor said, one row per statement, with a stance.

Statements come from two places:

* **direct**: every attributed quote that :func:`helpers.extract.quotes.extract` finds; the actor is
  its speaker (empty when the speaker is no one's name: "a spokesman", an unresolved "he").
* **reported**: reported speech, found by small rules over each body sentence ("X said that …",
  "…, X said.", "according to X", "X issued a denial", "…, adding that …"; the forms are
  listed in :mod:`helpers.extract.reactions.statements`).

**One row per actor**: "Tokyo and Canberra confirmed that …" gives two rows, one for each
actor, with the same text and span, so counts by country count each side once. A partial quote
inside a reported statement of the same actor is part of that statement (one row, not two).
A quotation attributed after it ('"…," X said') is left to the quotes table (a direct row).

The stance comes from the verb (or statement noun) and may be overridden by a keyword phrase in
the statement, as ``data/stances.csv`` says: "said that it would neither confirm nor deny"
is a non-denial, "said the plan was deeply worrying" is concern. ``report`` is the neutral
stance: the actor states something as fact.

In: an Article (the gazetteer, the article's quote records). Out: reaction rows
(:func:`reactions`); the stance lexicon and labels for charts.

Modules, each importing only those before it: ``stances`` (the lexicon, :func:`stance_of`) →
``subjects`` (who stands before a verb) → ``speakers`` (the actors a subject names) and
``statements`` (the patterns of reported speech) → ``records`` (the table).

>>> from helpers.read.article import parse_article
>>> a = parse_article("Talks stall\\n\\nThe Ruritanian army said Sunday that the bridge was lost. Officers said it held.\\n", "a1")
>>> [(r["actor"], r["actor_text"], r["verb"], r["stance"], r["text"]) for r in reactions(a, quotes=[])]
[('Ruritanian army', 'The Ruritanian army', 'said', 'report', 'the bridge was lost'), (None, 'Officers', 'said', 'report', 'it held')]
"""
from __future__ import annotations

from .records import reactions
from .speakers import resolve_actor, speakers_of
from .stances import NEUTRAL, StanceLexicon, load_stances, stance_labels, stance_of
from .statements import find_statements
from .subjects import split_subject, strip_subject

__all__ = ["NEUTRAL", "StanceLexicon", "find_statements", "load_stances", "reactions", "resolve_actor",
           "speakers_of", "split_subject", "stance_labels", "stance_of", "strip_subject"]
