"""Explorers: ipywidgets controls wrapped around plain query functions.

Each explorer calls a query function that lives in the module of its topic (``text.kwic``,
…), so the same query is testable, and shown once as a plain table, without a widget.
ipywidgets is imported inside the functions, so ``import helpers`` stays light. Article text
reaches the page only through :func:`helpers.show.html.html_table`, which escapes it.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Iterable

from .html import html_table, mark_spans

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..corpus import Corpus


#: The most rows an explorer lists at once (the count above them says how many match).
MAX_ROWS = 50
#: The most entries a dropdown offers besides "(all)".
MAX_OPTIONS = 300


def _listed(rows: list[dict], marked: Iterable[str] = ()) -> str:
    """The first :data:`MAX_ROWS` rows as an escaped HTML table, and a line saying how many more match."""
    more = len(rows) - MAX_ROWS
    tail = f'<p class="hw-more">… and {more:,} more; narrow the choice to see them</p>' if more > 0 else ""
    return html_table(rows[:MAX_ROWS], marked=marked) + tail


def _article_options(corpus: "Corpus", ids: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """Dropdown options naming articles by outlet · date · headline (values are article ids), "(all)" first."""
    from ..analyse.overview import article_labels

    labels = article_labels(corpus.articles)
    keep = labels if ids is None else {a: labels.get(a, a) for a in sorted(set(ids))}
    return [("(all)", "(all)")] + sorted(((label, a) for a, label in keep.items()), key=lambda o: o[0])


def _labels(corpus: "Corpus") -> dict[str, str]:
    from ..analyse.overview import article_labels

    return article_labels(corpus.articles)


def kwic_explorer(corpus: "Corpus", word: str = "", article: str = "(all)"):
    """A keyword box and an article dropdown listing the sentences containing the word, marked.

    Built on :func:`helpers.read.text.kwic`; returns a ``VBox`` whose last child is the result ``HTML``.
    """
    import ipywidgets as w

    from ..analyse.text import kwic

    options = _article_options(corpus)
    labels = _labels(corpus)
    box = w.Text(value=word, description="Keyword", placeholder="a word or phrase", continuous_update=False)
    pick = w.Dropdown(options=options, value=article if article in dict(options).values() else "(all)", description="Article")
    out = w.HTML()

    def refresh(_=None):
        hits = kwic(corpus.sentences, box.value, None if pick.value == "(all)" else pick.value)
        rows = [{"article": labels.get(r.article_id, r.article_id), "para_no": r.para_no,
                 "sentence": mark_spans(r.text, r.spans)} for r in hits.itertuples()]
        out.value = f"<p>{len(rows)} sentence(s) with {html.escape(box.value)!s}</p>" + _listed(rows, marked={"sentence"}) if box.value.strip() else "<p>Type a word.</p>"

    box.observe(refresh, names="value")
    pick.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([box, pick]), out])


#: The sections of :func:`sources_explorer`: key of :func:`helpers.analyse.compare.compare_pair`, heading.
SOURCES_SECTIONS = (("figures", "Figures both carry"), ("quotes", "Quotes both carry"),
                    ("unique_quotes", "Quotes only one carries"), ("actors", "Actors and how each spells them"),
                    ("only", "What only one reports"))


def _frame_rows(frame: "pd.DataFrame") -> list[dict]:
    """Rows of a DataFrame as dicts, missing values as None (shown as empty cells)."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def sources_explorer(corpus: "Corpus", a: str | None = None, b: str | None = None):
    """Two dropdowns choosing two articles, and their side-by-side tables below.

    Built on :func:`helpers.analyse.compare.compare_pair`; options are outlet labels, values article ids;
    ``a`` and ``b`` preselect (default: the first two articles). Returns a ``VBox`` whose last
    child is the result ``HTML``; with fewer than two articles, just an ``HTML`` note.
    """
    import ipywidgets as w

    from ..analyse.compare import ONE_ARTICLE, compare_pair
    from ..analyse.facts import closest_pair

    labels = _labels(corpus)
    ids = list(labels)
    if len(ids) < 2:
        return w.HTML(f"<p>{html.escape(ONE_ARTICLE)}</p>")
    if a is None and b is None:
        a, b = closest_pair(corpus)
    options = sorted(((label, aid) for aid, label in labels.items()), key=lambda o: o[0])
    first = w.Dropdown(options=options, value=a if a in labels else ids[0], description="Article A")
    second = w.Dropdown(options=options, value=b if b in labels and b != first.value else next(i for i in ids if i != first.value),
                        description="Article B")
    out = w.HTML()

    def refresh(_=None):
        if first.value == second.value:
            out.value = "<p>Choose two different articles.</p>"
            return
        tables = compare_pair(corpus, first.value, second.value)
        out.value = "".join(f"<h4>{html.escape(title)}</h4>" + _listed(_frame_rows(tables[key]))
                            for key, title in SOURCES_SECTIONS)

    first.observe(refresh, names="value")
    second.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([first, second]), out])


def timeline_explorer(corpus: "Corpus", article: str = "(all)"):
    """A date-range slider over the event dates and an article dropdown, listing the dated events
    in range with their date expression marked.

    Built on :func:`helpers.extract.dates.between` (a period is listed when it overlaps the range);
    returns a ``VBox`` whose last child is the result ``HTML``, or an ``HTML`` note when nothing is dated.
    """
    import ipywidgets as w

    from ..analyse.timeline import between, format_when

    timeline = corpus.timeline
    days = sorted({d.date().isoformat() for d in timeline["date"].dropna()})
    if not days:
        return w.HTML("<p>No dated events found.</p>")
    options = _article_options(corpus, timeline["article_id"].unique())
    labels = _labels(corpus)
    slider = w.SelectionRangeSlider(options=days, index=(0, len(days) - 1), description="Dates",
                                    continuous_update=False, layout=w.Layout(width="70%"))
    pick = w.Dropdown(options=options, value=article if article in dict(options).values() else "(all)",
                      description="Article")
    out = w.HTML()

    def refresh(_=None):
        lo, hi = slider.value
        frame = timeline if pick.value == "(all)" else timeline[timeline["article_id"] == pick.value]
        hits = between(frame, lo, hi).sort_values(["date", "date_end", "article_id", "start"], kind="stable")
        rows = [{"when": format_when(r.date, r.date_end, r.precision), "article": labels.get(r.article_id, r.article_id),
                 "expression": r.expression,
                 "event": mark_spans(r.event, [(r.start - r.event_start, r.end - r.event_start)])}
                for r in hits.itertuples()]
        out.value = f"<p>{len(rows)} dated event(s) from {html.escape(lo)} to {html.escape(hi)}</p>" + _listed(rows, marked={"event"})

    slider.observe(refresh, names="value")
    pick.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([slider, pick]), out])


def quotes_explorer(corpus: "Corpus", speaker: str = "(all)", words: str = ""):
    """A speaker dropdown and a search box listing the matching quotes, each in its sentence with
    the quoted words marked.

    Built on :func:`helpers.analyse.quotes.search_quotes` and
    :func:`helpers.show.quotes.quotes_in_context`; the speakers offered are the most quoted
    named ones (:func:`helpers.analyse.quotes.top_speakers`, at most :data:`MAX_OPTIONS`); the
    search box matches the quote's words or its speaker. Returns a ``VBox`` whose last child is
    the result ``HTML``, or an ``HTML`` note when there are no quotes.
    """
    import ipywidgets as w

    from ..analyse.quotes import search_quotes, top_speakers
    from .quotes import quotes_in_context

    quotes = corpus.quotes
    if quotes.empty:
        return w.HTML("<p>No quotes found.</p>")
    speakers = list(top_speakers(quotes, corpus.articles)["speaker"].head(MAX_OPTIONS))
    options = ["(all)"] + speakers + ([speaker] if speaker not in speakers and speaker != "(all)" else [])
    pick = w.Dropdown(options=options, value=speaker if speaker in options else "(all)", description="Speaker")
    box = w.Text(value=words, description="Search", placeholder="words in the quote or its speaker",
                 continuous_update=False)
    labels = _labels(corpus)
    out = w.HTML()

    def refresh(_=None):
        found = search_quotes(quotes, box.value, pick.value)
        shown = quotes_in_context(found.head(MAX_ROWS), corpus.sentences)
        rows = [{"article": labels.get(r["article_id"], r["article_id"]), "speaker": r["speaker"], "verb": r["verb"],
                 "sentence": r["sentence"]} for r in _frame_rows(shown)]
        what = f" with {html.escape(box.value.strip())}" if box.value.strip() else ""
        more = len(found) - len(rows)
        out.value = (f"<p>{len(found)} quote(s) by {html.escape(pick.value)}{what}</p>" + html_table(rows, marked={"sentence"})
                     + (f'<p class="hw-more">… and {more:,} more; narrow the search to see them</p>' if more > 0 else ""))

    pick.observe(refresh, names="value")
    box.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([pick, box]), out])


def reactions_explorer(corpus: "Corpus", sides: Iterable[str] = (), stances: Iterable[str] = (), by: str = "auto",
                       countries: Iterable[str] = ()):
    """Two multiple-choice lists (sides, stances) listing the matching statements, and below them a
    choice of what the sides are (countries, or people and organisations).

    Built on :func:`helpers.analyse.reactions.filter_sides`; ``by="auto"`` starts with the kind of
    side that fits the corpus (:func:`helpers.analyse.reactions.side_kind`); nothing chosen in a
    list means all of it; the sides offered are the :data:`MAX_OPTIONS` with most statements.
    ``countries`` is the old name of ``sides``. Returns a ``VBox`` whose last child is the result
    ``HTML``, or an ``HTML`` note when there are no reactions.
    """
    import ipywidgets as w

    from ..analyse.reactions import filter_sides, side_kind, sides_matrix

    reactions = corpus.reactions
    if reactions.empty:
        return w.HTML("<p>No reactions found.</p>")
    labels = _labels(corpus)
    wanted = list(sides) or list(countries)
    kind = w.ToggleButtons(options=[("countries", "country"), ("people and organisations", "actor")],
                           value=side_kind(reactions) if by == "auto" else by, description="Sides")
    pick_sides = w.SelectMultiple(rows=8, description="Sides")
    pick_stances = w.SelectMultiple(rows=8, description="Stances")
    out = w.HTML()

    def options(_=None):
        matrix, _ = sides_matrix(reactions, kind.value)
        side_options = list(matrix["side"].head(MAX_OPTIONS))
        stance_options = [c for c in matrix.columns if c not in ("side", "total")]
        chosen = tuple(v for v in (pick_sides.value or tuple(wanted)) if v in side_options)
        pick_sides.options, pick_sides.value = side_options, chosen
        pick_stances.options = stance_options
        pick_stances.value = tuple(v for v in (pick_stances.value or tuple(stances)) if v in stance_options)

    def refresh(_=None):
        found = filter_sides(reactions, pick_sides.value, pick_stances.value, kind.value)
        rows = [{"article": labels.get(r["article_id"], r["article_id"]), "side": r["side"], "stance": r["stance"],
                 "verb": r["verb"], "kind": r["kind"], "text": r["text"]} for r in _frame_rows(found.head(MAX_ROWS + 1))]
        more = len(found) - min(len(found), MAX_ROWS)
        out.value = (f"<p>{len(found)} statement(s); choose none to see all</p>" + html_table(rows[:MAX_ROWS])
                     + (f'<p class="hw-more">… and {more:,} more; narrow the choice to see them</p>' if more > 0 else ""))

    def switch(change=None):
        pick_sides.value = ()
        options()
        refresh()

    options()
    kind.observe(switch, names="value")
    pick_sides.observe(refresh, names="value")
    pick_stances.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([pick_sides, pick_stances]), kind, out])


def figures_explorer(corpus: "Corpus", category: str = "(all)", claimant: str = "(all)", article: str = "(all)"):
    """Three dropdowns (category, claimant, article) listing the matching figures, each marked in its sentence.

    Built on :func:`helpers.analyse.figures.filter_figures`; "(all)" means any; the claimants
    offered are the :data:`MAX_OPTIONS` cited most. Returns a ``VBox`` whose last child is the
    result ``HTML``, or an ``HTML`` note when there are no figures.
    """
    import ipywidgets as w

    from ..analyse.figures import filter_figures

    figures = corpus.figures
    if figures.empty:
        return w.HTML("<p>No figures found.</p>")
    starts = {(r.article_id, r.para_no, r.sent_no): r.start for r in corpus.sentences.itertuples()}
    labels = _labels(corpus)
    categories = ["(all)"] + sorted({v for v in figures["category"] if isinstance(v, str) and v})
    cited = figures["claimant"].dropna().value_counts()
    claimants = ["(all)"] + list(cited.sort_index().sort_values(ascending=False, kind="stable").index[:MAX_OPTIONS])
    if claimant not in claimants:
        claimant = "(all)"
    articles = _article_options(corpus, figures["article_id"].unique())
    picks = [w.Dropdown(options=categories, value=category if category in categories else "(all)", description="Category"),
             w.Dropdown(options=claimants, value=claimant, description="Claimant"),
             w.Dropdown(options=articles, value=article if article in dict(articles).values() else "(all)",
                        description="Article")]
    out = w.HTML()

    def refresh(_=None):
        cat, who, aid = (None if p.value == "(all)" else p.value for p in picks)
        found = filter_figures(figures, category=cat, claimant=who, article_id=aid)
        rows = []
        for r in found.head(MAX_ROWS).itertuples():
            offset = starts.get((r.article_id, r.para_no, r.sent_no), r.start)
            rows.append({"article": labels.get(r.article_id, r.article_id), "figure": r.text, "qualifier": r.qualifier,
                         "category": r.category, "claimant": r.claimant, "timeframe": r.timeframe,
                         "sentence": mark_spans(r.sentence, [(r.start - offset, r.end - offset)])})
        more = len(found) - len(rows)
        out.value = (f"<p>{len(found)} figure(s)</p>" + html_table(rows, marked={"sentence"})
                     + (f'<p class="hw-more">… and {more:,} more; narrow the choice to see them</p>' if more > 0 else ""))

    for p in picks:
        p.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox(picks), out])
