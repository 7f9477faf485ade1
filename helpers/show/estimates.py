"""Estimates over time, shown: a chart of one quantity's values against the date they are for,
one series per claimant, and an explorer to pick the quantity and the claimants.

Built on :mod:`helpers.analyse.estimates` (:func:`~helpers.analyse.series.quantity_rows` is the
plain query both show). matplotlib and ipywidgets are imported inside the functions; article
text reaches the page only through :func:`helpers.show.html.html_table`, which escapes it.

>>> import pandas as pd
>>> rows = pd.DataFrame({"quantity": ["troops · Ruritania"] * 2, "as_of": pd.to_datetime(["2025-01-02", "2025-03-31"]),
...     "value": [300.0, 900.0], "value_min": [None, None], "value_max": [None, None], "kind": ["count", "projection"],
...     "mark": ["≥", "≈"], "series": ["Freedonia", "Freedonia"]})
>>> ax = estimates_chart(rows).axes[0]
>>> ax.get_title(), [t.get_text() for t in ax.texts]
('troops · Ruritania', ['≥ 300', '≈ 900'])
"""
from __future__ import annotations

import html
import io
from datetime import date
from typing import TYPE_CHECKING, Iterable, Sequence

from ..analyse.series import UNATTRIBUTED
from .html import html_table
from .plots import EXTRA_PALETTE, PALETTE

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

    from ..corpus import Corpus

#: Marker of each kind of estimate; a projection is drawn hollow.
KIND_MARKERS = {"count": "o", "cumulative": "s", "projection": "o"}
#: Up to this many dated points, each is labelled with its value and each series joined by a line.
LABELLED = 24
#: The columns of an estimates table the chart plots and the explorer lists.
SHOWN = ["as_of", "kind", "value", "value_min", "value_max", "qualifier", "mark", "claimant", "outlet", "published", "text"]


def _amount(value: float, low, high) -> str:
    """A value as the chart labels it: "4,500", "10–12", "2.5"."""
    def fmt(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:,.3g}"

    if low == low and high == high and low is not None and high is not None:
        return f"{fmt(low)}–{fmt(high)}"
    return fmt(value)


def estimates_chart(rows: "pd.DataFrame", title: str | None = None) -> "Figure":
    """Value against ``as_of`` for one quantity: one colour per series (claimant; the
    :data:`~helpers.analyse.series.SERIES` with most estimates, the rest gathered as "other
    claimants"), counts filled, running totals as squares, projections hollow; a range as a bar from
    its low to its high end. Up to :data:`LABELLED` points, each is labelled with its qualifier's
    mark ("≥ 4,500", "≈ 12,000") and each series joined by a line; beyond, the points alone (the
    table beside the chart has the values). Undated rows cannot be placed and are counted in the
    title. A logarithmic axis when the values span two orders of magnitude.

    ``rows`` has the columns of :func:`helpers.analyse.series.quantity_rows`.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib.lines import Line2D

    from ..analyse.series import OTHER_CLAIMANTS, gather_series

    fig, ax = plt.subplots(figsize=(8.5, 4.6), dpi=100, layout="constrained")
    ax.spines[["top", "right"]].set_visible(False)
    label = title or (str(rows["quantity"].iloc[0]) if len(rows) and "quantity" in rows else "Estimates")
    dated = gather_series(rows[rows["as_of"].notna()]) if len(rows) else rows
    undated = len(rows) - len(dated)
    lo, hi = date_window(dated["as_of"]) if len(dated) else (None, None)
    outside = int(((dated["as_of"] < lo) | (dated["as_of"] > hi)).sum()) if len(dated) else 0
    dated = dated[(dated["as_of"] >= lo) & (dated["as_of"] <= hi)] if outside else dated
    notes = [f"{undated} undated estimate{'s' * (undated != 1)}" if undated else "",
             (f"{outside}" if undated else f"{outside} estimate{'s' * (outside != 1)}") + " far from the others in time"
             if outside else ""]
    left = " and ".join(n for n in notes if n)
    ax.set_title(label + (f" ({left} not shown)" if left else ""), fontsize=11 if left else 12)
    if dated.empty:
        ax.text(0.5, 0.5, "No dated estimates.", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    few = len(dated) <= LABELLED
    order = list(dict.fromkeys(dated.sort_values(["as_of", "series"], kind="stable")["series"]))
    last = (UNATTRIBUTED, OTHER_CLAIMANTS)
    order = [x for x in order if x not in last] + [x for x in last if x in order]
    named = [x for x in order if x not in last]
    palette = PALETTE[:-1] + EXTRA_PALETTE  # black is kept for text
    colors = {x: palette[i % len(palette)] for i, x in enumerate(named)}
    colors.update({UNATTRIBUTED: "#999999", OTHER_CLAIMANTS: "#CCCCCC"})
    span = max(dated["as_of"].max() - dated["as_of"].min(), pd.Timedelta(days=10))
    # points several series share (same day, same value) stand a little apart, labels stacked
    same = dated.groupby(["as_of", "value"], sort=False)["series"].transform(lambda s: list(range(len(s))))
    count = dated.groupby(["as_of", "value"], sort=False)["series"].transform("size")
    shift = {i: span * 0.012 * (k - (n - 1) / 2) if few else pd.Timedelta(0) for i, k, n in zip(dated.index, same, count)}
    for series in order:
        part = dated[dated["series"] == series].sort_values("as_of", kind="stable")
        xs = [d + shift[i] for d, i in zip(part["as_of"], part.index)]
        color = colors[series]
        if few and series not in last:  # nor other claimants nor the unattributed are one series: no line joins them
            for (x0, x1), (y0, y1), (k0, k1) in zip(zip(xs, xs[1:]), zip(part["value"], part["value"][1:]),
                                                    zip(part["kind"], part["kind"][1:])):
                style = "--" if "projection" in (k0, k1) else "-"  # a line into a projection is dashed
                ax.plot([x0, x1], [y0, y1], color=color, linewidth=1, alpha=0.6, linestyle=style)
        for x, r, k in zip(xs, part.itertuples(), [same[i] for i in part.index]):
            if pd.notna(r.value_min) and pd.notna(r.value_max):
                ax.vlines(x, r.value_min, r.value_max, color=color, linewidth=3 if few else 1.5, alpha=0.4)
            ax.scatter([x], [r.value], s=48 if few else 22, marker=KIND_MARKERS.get(r.kind, "o"), zorder=3,
                       linewidths=1.5 if few else 1, facecolors="none" if r.kind == "projection" else color,
                       edgecolors=color, alpha=1 if few else 0.8)
            if few:
                mark = f"{r.mark} " if isinstance(r.mark, str) and r.mark and r.mark != "–" else ""
                ax.annotate(mark + _amount(r.value, r.value_min, r.value_max), (x, r.value), xytext=(6, 4 + 11 * k),
                            textcoords="offset points", fontsize=8, color=color)
    values = [v for v in pd.concat([dated["value"], dated["value_min"], dated["value_max"]]).dropna() if v > 0]
    if values and min(values) > 0 and max(values) / min(values) >= 100 and (dated["value"] > 0).all():
        ax.set_yscale("log")
    else:
        low = min(0.0, float(dated["value"].min()))
        ax.set_ylim(bottom=low * 1.2, top=max(values or [1]) * 1.2)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}" if abs(v) >= 10 or float(v).is_integer() else f"{v:,.2g}")
    lo, hi = dated["as_of"].min(), dated["as_of"].max()
    pad = max(pd.Timedelta(days=3), (hi - lo) * 0.08)
    ax.set_xlim(lo - pad, hi + pad * 2)
    locator = mdates.AutoDateLocator(maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel("the date each number is for (as_of)\n≥ at least · > more than · ≈ about · ≤ up to · < fewer than · "
                  "~ order of magnitude" + ("" if few else " (see the table)"), fontsize=8)
    kinds = [Line2D([], [], linestyle="", marker=KIND_MARKERS[k], markerfacecolor="none" if k == "projection" else "#333333",
                    markeredgecolor="#333333", label=k) for k in ("count", "cumulative", "projection")]
    series = [Line2D([], [], color=colors[x], marker="o", linestyle="", label=_short(x)) for x in order]
    ax.legend(handles=series + kinds, fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def date_window(dates: "pd.Series", reach: float = 1.0) -> tuple:
    """The dates a chart shows: the middle 80% of ``dates`` widened by ``reach`` times their span
    (at least 30 days) each way. A figure for a year long past ("60 points ahead in 2014") does not
    squeeze a year of news into a sliver.

    >>> import pandas as pd
    >>> d = pd.to_datetime(["1988-12-31"] + [f"2016-0{m}-01" for m in range(1, 10)])
    >>> [x.year for x in date_window(d)]
    [2015, 2017]
    """
    import pandas as pd

    dates = pd.Series(pd.to_datetime(dates)).dropna().sort_values().reset_index(drop=True)
    tail = int(0.1 * len(dates))  # a tenth of the dates at each end
    q10, q90 = dates.iloc[tail], dates.iloc[-1 - tail]
    pad = max(q90 - q10, pd.Timedelta(days=30)) * reach
    return q10 - pad, q90 + pad


def _short(name: str, width: int = 32) -> str:
    """A legend entry no wider than ``width`` characters."""
    return name if len(name) <= width else name[:width - 1].rstrip() + "…"


def _rows(frame: "pd.DataFrame") -> list[dict]:
    """Rows for :func:`html_table`: dates as days, missing values as empty cells."""
    import pandas as pd

    out = frame.astype(object).where(frame.notna(), None)
    for c in ("as_of", "published"):
        if c in out:
            out[c] = [d.isoformat()[:10] if isinstance(d, (pd.Timestamp, date)) else d for d in out[c]]
    return out.to_dict("records")


def estimates_explorer(source: "Corpus | pd.DataFrame", overrides: Iterable[Sequence[str]] = (),
                       quantity: str | None = None, claimants: Iterable[str] = (),
                       articles: "pd.DataFrame | None" = None):
    """A quantity dropdown (most carried first) and a claimant list; below, the chart of the
    chosen estimates and the table it plots (its first :data:`~helpers.show.tables.ROWS` rows).

    ``source`` is a corpus or an estimates table; ``overrides`` change its grouping first
    (:func:`helpers.analyse.estimates.apply_overrides`: merge two quantities, split one by keyword).
    With the corpus's ``articles`` (or a corpus as ``source``), articles are named by their labels.
    Choosing no claimant shows them all. Returns a ``VBox`` whose children are the controls, the
    chart (a PNG ``Image``, so that reports and dashboards keep it) and the table (``HTML``), or an
    ``HTML`` note when nothing was estimated.

    >>> from helpers import load_corpus
    >>> box = estimates_explorer(load_corpus())
    >>> [type(c).__name__ for c in box.children], box.children[0].children[0].description
    (['HBox', 'Image', 'HTML'], 'Quantity')
    """
    import ipywidgets as w
    import matplotlib.pyplot as plt
    import pandas as pd

    from ..analyse.estimates import apply_overrides, estimates
    from ..analyse.series import quantities, quantity_rows, series_table
    from .tables import ROWS

    est = apply_overrides(source, overrides) if isinstance(source, pd.DataFrame) else estimates(source, overrides)
    if articles is None and not isinstance(source, pd.DataFrame):
        articles = source.articles
    ranked = quantities(est, top=len(est))
    if ranked.empty:
        return w.HTML("<p>No figure counts anything that could be followed over time.</p>")
    options = [(f"{r.quantity} ({r.articles} article{'s' * (r.articles != 1)})", r.quantity_id) for r in ranked.itertuples()]
    ids = list(ranked["quantity_id"])
    first = quantity if quantity in ids else ids[0]
    pick = w.Dropdown(options=options, value=first, description="Quantity", layout=w.Layout(width="60%"))
    who = w.SelectMultiple(options=[], description="Claimants", rows=4, layout=w.Layout(width="38%"))
    chart, table = w.Image(format="png"), w.HTML()
    busy = []

    def claimant_options(q: str) -> list[str]:
        return sorted(quantity_rows(est, q)["series"].unique())

    def refresh(_=None):
        if busy:
            return
        rows = quantity_rows(est, pick.value, who.value)
        label = ranked.loc[ranked["quantity_id"] == pick.value, "quantity"].iloc[0]
        fig = estimates_chart(rows, label)
        png = io.BytesIO()
        fig.savefig(png, format="png", metadata={"Software": None})
        plt.close(fig)
        chart.value = png.getvalue()
        shown = series_table(rows, articles) if articles is not None else rows[[c for c in SHOWN if c in rows]]
        note = (f"<p>{len(rows)} estimate(s) of {html.escape(label)} from {rows['article_id'].nunique()} article(s)"
                f"{'; choose no claimant to see all' if who.value else ''}</p>")
        more = (f'<p class="hw-more">… and {len(shown) - ROWS:,} more estimates; the chart shows them all</p>'
                if len(shown) > ROWS else "")
        table.value = note + html_table(_rows(shown.head(ROWS))) + more

    def new_quantity(_=None):
        busy.append(1)
        who.options = claimant_options(pick.value)
        who.value = tuple(c for c in claimants if c in who.options) if pick.value == first else ()
        busy.clear()
        refresh()

    pick.observe(new_quantity, names="value")
    who.observe(refresh, names="value")
    new_quantity()
    return w.VBox([w.HBox([pick, who]), chart, table])
