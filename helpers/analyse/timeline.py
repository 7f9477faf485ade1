"""Queries over the timeline table: a date range, readable periods, one story on one axis.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def between(timeline: "pd.DataFrame", start=None, end=None) -> "pd.DataFrame":
    """Timeline rows whose period overlaps ``start`` .. ``end`` (inclusive; either may be None).

    A row is kept when its period (``date`` .. ``date_end``) touches the range, so "this month"
    is kept for any range inside the month. Unresolved rows (NaT) are dropped as soon as a bound
    is set. Bounds may be dates, strings or Timestamps.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"date": pd.to_datetime(["2025-11-01", "2025-11-13", None]),
    ...                   "date_end": pd.to_datetime(["2025-11-30", "2025-11-13", None]), "expression": ["this month", "Thursday", "Friday"]})
    >>> between(t, "2025-11-09", "2025-11-11").expression.tolist()
    ['this month']
    >>> len(between(t)), len(between(t, start="2024-01-01"))
    (3, 2)
    """
    import pandas as pd

    lo = None if start is None or pd.isna(start) else pd.Timestamp(start)
    hi = None if end is None or pd.isna(end) else pd.Timestamp(end)
    keep = pd.Series(True, index=timeline.index)
    if lo is not None:
        keep &= timeline["date_end"].fillna(timeline["date"]) >= lo
    if hi is not None:
        keep &= timeline["date"] <= hi
    return timeline[keep].reset_index(drop=True)


def format_when(start, end, precision: str) -> str:
    """A short label for a period: "2025-11-13", "week of 2025-11-10", "2025-11", "2020–2022".

    >>> from datetime import date
    >>> format_when(date(2024, 12, 14), date(2024, 12, 15), "day")
    '2024-12-14 – 12-15'
    >>> format_when(date(2025, 11, 10), date(2025, 11, 16), "week")
    'week of 2025-11-10'
    """
    if start is None or start != start:  # None or NaT
        return "unresolved"
    fmt = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[precision]
    label = start.strftime(fmt)
    if precision == "week":
        return f"week of {label}"
    if end is not None and end == end and end.strftime(fmt) != label:
        tail = end.strftime({"day": "%m-%d", "month": "%Y-%m", "year": "%Y"}[precision]) if end.year == start.year or precision == "year" else end.strftime(fmt)
        return f"{label} – {tail}" if precision != "year" else f"{label}–{tail}"
    return label


def gist(event: str, start: int, end: int, words: int = 4, width: int = 38) -> str:
    """A short label for an event: the few words before its date expression and the expression
    (or, when the expression opens the sentence, the expression and the words after it).

    >>> gist("The two sides signed a new fishing accord in June.", 42, 49)
    'a new fishing accord in June'
    >>> gist("On Friday, the ministry said it would not confirm.", 0, 9)
    'On Friday, the ministry said…'
    """
    before = re.findall(r"\S+", event[:start])
    if len(before) >= 2:
        label = " ".join(before[-words:] + [event[start:end]])
    else:
        after = event[end:]
        more = re.match(rf"(?:[,;:]?\s+\S+){{0,{words - 1}}}", after)
        label = event[:end].strip() + more.group(0) + ("…" if after[more.end():].strip(" .") else "")
    label = _LABEL_EDGE_RE.sub("", label)
    if len(label) <= width:
        return label
    kept = label.split(" ")
    while len(kept) > 1 and len(" ".join(kept)) > width - 1:
        kept.pop(0)
    return "…" + " ".join(kept)[-(width - 1):]


_LABEL_EDGE_RE = re.compile(r"^[^\w…]+|[\s,;:.\"“”'’]+$")


def timeline_story(timeline: "pd.DataFrame") -> "pd.DataFrame":
    """The resolved events in time order, one row per article, period and sentence, with a
    readable ``when`` and a short ``label``: the table a timeline chart plots.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a", "a", "a"], "date": pd.to_datetime(["2025-11-13", "2024-06-01", "2025-11-13"]),
    ...     "date_end": pd.to_datetime(["2025-11-13", "2024-06-30", "2025-11-13"]), "precision": ["day", "month", "day"],
    ...     "expression": ["Thursday", "in June", "Thursday"], "event": ["He said Thursday.", "Signed in June.", "He said Thursday."],
    ...     "resolved": [True, True, True], "start": [8, 40, 88], "end": [16, 47, 96], "event_start": [0, 33, 80]})
    >>> timeline_story(t)[["when", "label"]].values.tolist()
    [['2024-06', 'Signed in June'], ['2025-11-13', 'He said Thursday']]
    """
    import pandas as pd

    cols = ["when", "date", "date_end", "precision", "article_id", "expression", "label", "event"]
    t = timeline[timeline["resolved"].fillna(False).astype(bool)] if len(timeline) else timeline
    if t.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    t = t.sort_values(["date", "date_end", "article_id", "start"], kind="stable")
    t = t.drop_duplicates(["article_id", "date", "date_end", "precision", "event"])
    when = [format_when(s, e, p) for s, e, p in zip(t["date"], t["date_end"], t["precision"])]
    labels = [gist(ev, s - es, e - es) for ev, s, e, es in zip(t["event"], t["start"], t["end"], t["event_start"])]
    return t.assign(when=when, label=labels)[cols].reset_index(drop=True)


def timeline_points(story: "pd.DataFrame") -> "pd.DataFrame":
    """One point per article and period, for a chart: the first event's label, and how many
    events of that article share the period (``events``).

    >>> import pandas as pd
    >>> s = pd.DataFrame({"when": ["2025-11-13"] * 2, "date": pd.to_datetime(["2025-11-13"] * 2),
    ...     "date_end": pd.to_datetime(["2025-11-13"] * 2), "precision": ["day"] * 2, "article_id": ["a", "a"],
    ...     "expression": ["Thursday", "on Thursday"], "label": ["Eze said Thursday", "met on Thursday"], "event": ["x", "y"]})
    >>> timeline_points(s)[["when", "events", "label"]].values.tolist()
    [['2025-11-13', 2, 'Eze said Thursday (+1)']]
    """
    import pandas as pd

    cols = ["when", "date", "date_end", "precision", "article_id", "events", "label"]
    if story.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    keys = ["article_id", "date", "date_end", "precision"]
    g = (story.sort_values(["date", "date_end", "article_id"], kind="stable")
         .groupby(keys, sort=False, as_index=False)
         .agg(when=("when", "first"), events=("event", "size"), label=("label", "first")))
    g["label"] = [lab if n == 1 else f"{lab} (+{n - 1})" for lab, n in zip(g["label"], g["events"])]
    return g[cols].sort_values(["date", "date_end", "article_id"], kind="stable").reset_index(drop=True)



def events_per_week(timeline: "pd.DataFrame", articles: "pd.DataFrame | None" = None, margin_weeks: int = 8) -> "pd.DataFrame":
    """Dated events (resolved, to the day or the week) per week of the date they name, every week
    from first to last, with ``events`` and ``articles`` (how many articles date something then).

    With ``articles``, only weeks within ``margin_weeks`` of the publication dates are kept: a
    corpus of one season does not stretch its axis over the centuries its articles mention.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a", "b", "a"], "date": pd.to_datetime(["2025-11-10", "2025-11-12", "2025-11-26"]),
    ...                   "precision": ["day", "day", "day"], "resolved": [True, True, True]})
    >>> events_per_week(t).values.tolist()[0][1:]
    [2, 2]
    """
    import pandas as pd

    t = timeline[timeline["resolved"].fillna(False).astype(bool) & timeline["precision"].isin(["day", "week"])]
    if articles is not None and articles["published"].notna().any():
        lo = articles["published"].min() - pd.Timedelta(weeks=margin_weeks)
        hi = articles["published"].max() + pd.Timedelta(weeks=margin_weeks)
        t = t[(t["date"] >= lo) & (t["date"] <= hi)]
    if t.empty:
        return pd.DataFrame({"week": pd.Series(dtype="datetime64[ns]"), "events": pd.Series(dtype="int64"),
                             "articles": pd.Series(dtype="int64")})
    week = t["date"].dt.to_period("W-SUN").dt.start_time
    out = t.assign(week=week).groupby("week").agg(events=("date", "size"), articles=("article_id", "nunique"))
    span = pd.date_range(out.index.min(), out.index.max(), freq="7D")
    out = out.reindex(span, fill_value=0).rename_axis("week").reset_index()
    return out


def busiest_weeks(timeline: "pd.DataFrame", weekly: "pd.DataFrame", n: int = 25, examples: int = 2) -> "pd.DataFrame":
    """The ``n`` weeks of :func:`events_per_week` with most events, most first, each with a few of
    its events (short labels from :func:`gist`).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a"], "date": pd.to_datetime(["2025-11-12"]), "date_end": pd.to_datetime(["2025-11-12"]),
    ...                   "precision": ["day"], "resolved": [True], "event": ["Talks ended on Wednesday."],
    ...                   "start": [15], "end": [24], "event_start": [0]})
    >>> busiest_weeks(t, events_per_week(t)).values.tolist()[0][1:]
    [1, 1, 'Talks ended on Wednesday']
    """
    import pandas as pd

    top = weekly[weekly["events"] > 0].sort_values(["events", "week"], ascending=[False, True], kind="stable").head(n)
    t = timeline[timeline["resolved"].fillna(False).astype(bool) & timeline["precision"].isin(["day", "week"])]
    t = t.assign(week=t["date"].dt.to_period("W-SUN").dt.start_time if len(t) else pd.Series(dtype="datetime64[ns]"))
    t = t[t["week"].isin(top["week"])].sort_values(["date", "article_id", "start"], kind="stable")
    labels = {wk: " | ".join(list(dict.fromkeys(gist(e, s - es, en - es) for e, s, en, es in
                                                zip(g["event"], g["start"], g["end"], g["event_start"])))[:examples])
              for wk, g in t.groupby("week")}
    return top.assign(what=top["week"].map(labels).fillna("")).reset_index(drop=True)


def key_points(points: "pd.DataFrame", n: int = 15) -> "pd.DataFrame":
    """The ``n`` points of :func:`timeline_points` that stand for most events (ties: earliest),
    in date order: what a labelled timeline can show without crowding.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-02-01"]), "article_id": ["a", "b"], "events": [1, 3]})
    >>> key_points(p, 1)["article_id"].tolist()
    ['b']
    """
    top = points.sort_values(["events", "date"], ascending=[False, True], kind="stable").head(n)
    return top.sort_values(["date", "article_id"], kind="stable").reset_index(drop=True)
