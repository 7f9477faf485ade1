"""Date expressions and the timeline: every date an article writes, resolved against its publication date.

:func:`extract` finds date expressions in body sentences and in captions, and resolves each to a
period (``date`` .. ``date_end``) with a ``precision`` of day, week, month or year:

* absolute dates: "Nov. 17, 2025", "17 November 2025", "2025-11-17", "Dec. 14 and 15" (one row, a
  range of days), "in March 2021", "in 2022", "from 2020 to 2022", "mid-2023";
* dates that need the publication date: "Nov. 17" (no year), "in June", "by December",
  "last September", "March last year", "Thursday", "last Thursday", "yesterday", "today",
  "last week", "this month", "early next year", "two weeks ago".

Rules, in the words of news copy (each is a small function below, its examples in its docstring):

* A day name is the most recent such day *before* publication ("said Thursday"); the publication
  day itself only when the sentence says "today", "this morning" or "tonight". In a future
  context ("will meet Friday", "is expected to open Saturday") it is the next such day
  from publication (the publication day included), or, in reported speech, the first one after
  the statement was made: in "said last week ... will sail as early as Saturday and Sunday"
  Saturday and Sunday are the first ones after the Monday that starts last week.
* "last week" is Monday to Sunday of the week before the publication week; "this month" the
  publication month; "last September" is September of the previous calendar year (a month of
  the current year is written without "last", AP style); "next March" of the next year.
* A month or month-day without a year is the latest one on or before publication in a past
  context ("took place in April", "since April"), the first one on or after it in a future
  context ("by December", "expected", "will", "plans to"), and the nearest one otherwise.
  The tense is read from the closest cue word before the date (``data/date_words.csv``).
* An article without a publication date still lists every date expression; those that need the
  publication date are left unresolved (``date`` None, ``resolved`` False), never guessed.

"May" is a month only when capitalised and in a date context ("in May", "May 5", "May 2024");
"may return" is not a date, and nor are "2,500 nurses" or "the 14-month strike".

In: an :class:`~helpers.read.article.Article` whose ``meta["published"]`` is the reference date.
Out: :func:`extract`'s timeline records (or :func:`find_dates`' for one sentence).

The modules, bottom to top (each imports only those above it in this list): ``patterns`` (the
words and regular expressions), ``periods`` (calendar arithmetic), ``tense`` (the tense a date is
read in, statements' dates), ``expressions`` (finding date expressions), ``resolution`` (each
expression to a period), ``timeline`` (the records of a sentence and of an article).

>>> from datetime import date
>>> [(r["expression"], str(r["date"]), r["precision"]) for r in find_dates(
...     "Officials said Thursday the talks, held in June, will resume by December.", date(2025, 11, 17))]
[('Thursday', '2025-11-13', 'day'), ('in June', '2025-06-01', 'month'), ('by December', '2025-12-01', 'month')]
"""
from __future__ import annotations

from .expressions import find_expressions
from .patterns import (AGO_RE, DAY_DATE_RE, ISO_DATE_RE, MONTH_RE, PATTERNS, PRECISIONS, RELATIVE_RE, WEEKDAY_RE,
                       YEAR_RE)
from .periods import month_end, period, shift_month, week_start, weekday_after, weekday_before
from .resolution import RESOLVERS, resolve
from .tense import is_speech_anchor, tense_after, tense_before, tense_cues, tense_of
from .timeline import extract, find_dates

__all__ = ["AGO_RE", "DAY_DATE_RE", "ISO_DATE_RE", "MONTH_RE", "PATTERNS", "PRECISIONS", "RELATIVE_RE", "RESOLVERS",
           "WEEKDAY_RE", "YEAR_RE", "extract", "find_dates", "find_expressions", "is_speech_anchor", "month_end",
           "period", "resolve", "shift_month", "tense_after", "tense_before", "tense_cues", "tense_of", "week_start",
           "weekday_after", "weekday_before"]
