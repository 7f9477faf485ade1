"""Attribution: the small grammar of who said it — reporting verbs, speaker phrases, cues, media.

A *cue* is where a text says who speaks: ``Macron said``, ``said Jan Roe, an aide``, ``according
to the ministry``, ``-Jan Roe`` after a quote, ``Jan Roe:`` before one, ``in Roe's view``.
Speakers are noun phrases read with a few token classes (names, lower-case words, determiners,
"of"/"for" connectors), never a model. Reporting verbs, titles and media phrases are lists in
``data/``. Every function works on a paragraph's text and offsets into it; a paragraph's words
and verbs are tokenized once and cached.

In: a paragraph's text and offsets into it (and the gazetteer, for media sources).
Out: :class:`Cue` (speaker span, verb, how it was found), speaker phrases as ``(start, end)``,
the medium as a string.

Modules, each importing only those before it: ``marks`` (quotation marks, their pairs, the
quotations of a body) and ``words`` (tokens, word classes, reporting verbs, pronouns) →
``phrases`` (noun phrases, subjects) → ``cues`` (attributions around quotes and in reported
speech); ``media`` (media phrases) needs only ``words``.

>>> t = '"We will win," said Jan Roe, a spokesman for the party.'
>>> c = cue_after(t, 14, len(t)); t[c.start:c.end], c.verb, c.how
('Jan Roe', 'said', 'inverted')
"""
from __future__ import annotations

from .cues import Cue, cue_after, cue_before, cue_in, subjects_in, verb_ok
from .marks import Quotation, mark_role, pair_marks, quotations
from .media import media_keywords, media_phrases, media_re, medium_of
from .phrases import (is_pronoun, looks_appositive, name_like, np_after, np_before, only_name_words, sentence_subject,
                      standalone, subject_before)
from .words import (DETERMINERS, DOUBLE_MARKS, WORD_RE, Verb, VerbHit, ends_with, pronouns, reporting_verbs, verb_hits,
                    word_class, words)

__all__ = ["Cue", "DETERMINERS", "DOUBLE_MARKS", "Quotation", "mark_role", "pair_marks", "quotations", "Verb", "VerbHit", "WORD_RE", "cue_after", "cue_before", "cue_in",
           "ends_with", "is_pronoun", "looks_appositive", "media_keywords", "media_phrases", "media_re", "medium_of",
           "name_like", "np_after", "np_before", "only_name_words", "pronouns", "reporting_verbs", "sentence_subject",
           "standalone", "subject_before", "subjects_in", "verb_hits", "verb_ok", "word_class", "words"]
