"""Quotes: direct quotes and who said them.

Every quotation in the body is found (straight or curly marks, partial quotes inside a sentence,
quotes split by their attribution, quotes running over paragraphs, unbalanced marks) and given
a speaker from the attribution around it (see :mod:`helpers.extract.attribution` for the grammar):

- its own sentence: ``"...," Macron said`` / ``"...," said Macron`` / ``"...," X, the ..., said`` /
  ``"..." -Name`` / ``X said: "..."`` / ``X said Tuesday that ... "within the hour"``;
- the statement it belongs to: the other half of a split quote, the paragraph a quote runs on
  from, a speaker named earlier in the paragraph ("Roe agreed. "..."");
- a colon lead-in closing the previous paragraph (``Erdogan wrote:``), or the previous
  paragraph's quote when this paragraph only goes on quoting.

Speaker phrases are resolved by the article's coreference (:mod:`helpers.extract.coref`,
shared with reactions and figures): pronouns (``he wrote``) to the nearest fitting actor named
before, a speaker first; a document (``the report said``) to the body that issued it; a title
or description (``the judge said``, ``the company said``) to the person or body it describes; a
family name or an honorific and a name (``Mr Roe``, ``Sir Jan``) to the person named in full
before. Names the gazetteer lacks are kept as written. A quotation nobody is said to have said
(a scare quote, a title) is kept with an empty speaker.

In: an Article (and the Gazetteer). Out: quote records (:func:`extract`).

Modules, each importing only those before it: ``entities`` (the article's coreference and the
speakers found so far) → ``speakers`` (the actor a speaker phrase stands for) and ``attribute``
(which cue each quote takes) → ``records`` (the table). Quotation marks are read by
:mod:`helpers.extract.attribution.marks`.

>>> from helpers.read.article import parse_article
>>> art = parse_article('Head line here\\n\\n"We will win," Jan Novak, a spokesman for the party, told reporters. "Soon."\\n', "a1")
>>> [(q["text"], q["speaker"], q["verb"], q["medium"]) for q in extract(art)]
[('We will win,', 'Jan Novak', 'told', 'remarks to reporters'), ('Soon.', 'Jan Novak', 'told', 'remarks to reporters')]
"""
from __future__ import annotations

from ..attribution.marks import Quotation, mark_role, pair_marks, quotations
from .records import extract, quotes_by_speaker

__all__ = ["Quotation", "extract", "mark_role", "pair_marks", "quotations", "quotes_by_speaker"]
