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


def kwic_explorer(corpus: "Corpus", word: str = "", article: str = "(all)"):
    """A keyword box and an article dropdown listing the sentences containing the word, marked.

    Built on :func:`helpers.read.text.kwic`; returns a ``VBox`` whose last child is the result ``HTML``.
    """
    import ipywidgets as w

    from ..analyse.text import kwic

    ids = ["(all)"] + sorted(corpus.articles.article_id)
    box = w.Text(value=word, description="Keyword", placeholder="a word or phrase", continuous_update=False)
    pick = w.Dropdown(options=ids, value=article if article in ids else "(all)", description="Article")
    out = w.HTML()

    def refresh(_=None):
        hits = kwic(corpus.sentences, box.value, None if pick.value == "(all)" else pick.value)
        rows = [{"article_id": r.article_id, "para_no": r.para_no, "sentence": mark_spans(r.text, r.spans)}
                for r in hits.itertuples()]
        out.value = f"<p>{len(rows)} sentence(s) with {html.escape(box.value)!s}</p>" + html_table(rows, marked={"sentence"}) if box.value.strip() else "<p>Type a word.</p>"

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

    from ..analyse.compare import ONE_ARTICLE, compare_pair, outlet_labels

    labels = outlet_labels(corpus.articles)
    ids = list(labels)
    if len(ids) < 2:
        return w.HTML(f"<p>{html.escape(ONE_ARTICLE)}</p>")
    options = [(label, aid) for aid, label in labels.items()]
    first = w.Dropdown(options=options, value=a if a in labels else ids[0], description="Article A")
    second = w.Dropdown(options=options, value=b if b in labels and b != first.value else next(i for i in ids if i != first.value),
                        description="Article B")
    out = w.HTML()

    def refresh(_=None):
        if first.value == second.value:
            out.value = "<p>Choose two different articles.</p>"
            return
        tables = compare_pair(corpus, first.value, second.value)
        out.value = "".join(f"<h4>{html.escape(title)}</h4>" + html_table(_frame_rows(tables[key]))
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
    ids = ["(all)"] + sorted(timeline["article_id"].unique())
    slider = w.SelectionRangeSlider(options=days, index=(0, len(days) - 1), description="Dates",
                                    continuous_update=False, layout=w.Layout(width="70%"))
    pick = w.Dropdown(options=ids, value=article if article in ids else "(all)", description="Article")
    out = w.HTML()

    def refresh(_=None):
        lo, hi = slider.value
        frame = timeline if pick.value == "(all)" else timeline[timeline["article_id"] == pick.value]
        hits = between(frame, lo, hi).sort_values(["date", "date_end", "article_id", "start"], kind="stable")
        rows = [{"when": format_when(r.date, r.date_end, r.precision), "article_id": r.article_id,
                 "expression": r.expression,
                 "event": mark_spans(r.event, [(r.start - r.event_start, r.end - r.event_start)])}
                for r in hits.itertuples()]
        out.value = f"<p>{len(rows)} dated event(s) from {html.escape(lo)} to {html.escape(hi)}</p>" + html_table(rows, marked={"event"})

    slider.observe(refresh, names="value")
    pick.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([slider, pick]), out])


def quotes_explorer(corpus: "Corpus", speaker: str = "(all)"):
    """A speaker dropdown listing each quote of that speaker in its sentence, the quoted words marked.

    Built on :func:`helpers.show.quotes.quotes_in_context`; options are the speakers of
    :func:`helpers.show.quotes.quotes_by_speaker` (most quoted first). Returns a ``VBox`` whose
    last child is the result ``HTML``, or an ``HTML`` note when there are no quotes.
    """
    import ipywidgets as w

    from ..analyse.quotes import quotes_by_speaker
    from .quotes import quotes_in_context

    speakers = list(quotes_by_speaker(corpus.quotes)["speaker"])
    if not speakers:
        return w.HTML("<p>No quotes found.</p>")
    pick = w.Dropdown(options=["(all)"] + speakers, value=speaker if speaker in speakers else "(all)",
                      description="Speaker")
    out = w.HTML()

    def refresh(_=None):
        found = quotes_in_context(corpus.quotes, corpus.sentences, pick.value)
        rows = _frame_rows(found[["article_id", "para_no", "speaker", "verb", "sentence"]])
        out.value = f"<p>{len(rows)} quote(s) by {html.escape(pick.value)}</p>" + html_table(rows, marked={"sentence"})

    pick.observe(refresh, names="value")
    refresh()
    return w.VBox([pick, out])


def reactions_explorer(corpus: "Corpus", countries: Iterable[str] = (), stances: Iterable[str] = ()):
    """Two multiple-choice lists (countries, stances) listing the matching statements.

    Built on :func:`helpers.analyse.reactions.filter_reactions`; nothing chosen in a list means all of it.
    Returns a ``VBox`` whose last child is the result ``HTML``, or an ``HTML`` note when there
    are no reactions.
    """
    import ipywidgets as w

    from ..analyse.reactions import filter_reactions, reactions_matrix

    reactions = corpus.reactions
    matrix = reactions_matrix(reactions)
    if matrix.empty:
        return w.HTML("<p>No reactions found.</p>")
    country_options = list(matrix["country"])
    stance_options = [c for c in matrix.columns if c not in ("country", "total")]
    rows_shown = max(3, min(8, max(len(country_options), len(stance_options))))
    pick_countries = w.SelectMultiple(options=country_options, rows=rows_shown, description="Countries",
                                      value=tuple(c for c in countries if c in country_options))
    pick_stances = w.SelectMultiple(options=stance_options, rows=rows_shown, description="Stances",
                                    value=tuple(s for s in stances if s in stance_options))
    out = w.HTML()

    def refresh(_=None):
        found = filter_reactions(reactions, pick_countries.value, pick_stances.value)
        rows = _frame_rows(found[["article_id", "actor", "country", "stance", "verb", "kind", "text"]])
        out.value = f"<p>{len(rows)} statement(s); choose none to see all</p>" + html_table(rows)

    pick_countries.observe(refresh, names="value")
    pick_stances.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox([pick_countries, pick_stances]), out])


def figures_explorer(corpus: "Corpus", category: str = "(all)", claimant: str = "(all)", article: str = "(all)"):
    """Three dropdowns (category, claimant, article) listing the matching figures, each marked in its sentence.

    Built on :func:`helpers.extract.figures.filter_figures`; "(all)" means any. Returns a ``VBox`` whose
    last child is the result ``HTML``, or an ``HTML`` note when there are no figures.
    """
    import ipywidgets as w

    from ..analyse.figures import filter_figures

    figures = corpus.figures
    if figures.empty:
        return w.HTML("<p>No figures found.</p>")
    starts = {(r.article_id, r.para_no, r.sent_no): r.start for r in corpus.sentences.itertuples()}

    def options(column: str) -> list[str]:
        return ["(all)"] + sorted({v for v in figures[column] if isinstance(v, str) and v})

    picks = [w.Dropdown(options=opts, value=value if value in opts else "(all)", description=label)
             for label, opts, value in (("Category", options("category"), category),
                                        ("Claimant", options("claimant"), claimant),
                                        ("Article", options("article_id"), article))]
    out = w.HTML()

    def refresh(_=None):
        cat, who, aid = (None if p.value == "(all)" else p.value for p in picks)
        found = filter_figures(figures, category=cat, claimant=who, article_id=aid)
        rows = []
        for r in found.itertuples():
            offset = starts.get((r.article_id, r.para_no, r.sent_no), r.start)
            rows.append({"article_id": r.article_id, "figure": r.text, "qualifier": r.qualifier, "category": r.category, "claimant": r.claimant, "timeframe": r.timeframe,
                         "sentence": mark_spans(r.sentence, [(r.start - offset, r.end - offset)])})
        out.value = f"<p>{len(rows)} figure(s)</p>" + html_table(rows, marked={"sentence"})

    for p in picks:
        p.observe(refresh, names="value")
    refresh()
    return w.VBox([w.HBox(picks), out])
