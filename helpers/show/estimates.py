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
from typing import TYPE_CHECKING, Iterable, Sequence

from .html import html_table
from .plots import PALETTE

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

    from ..corpus import Corpus

#: Marker of each kind of estimate; a projection is drawn hollow.
KIND_MARKERS = {"count": "o", "cumulative": "s", "projection": "o"}
#: The colour of estimates nobody is said to claim.
UNATTRIBUTED = "(unattributed)"
#: The columns of an estimates table the chart plots and the explorer lists.
SHOWN = ["as_of", "kind", "value", "value_min", "value_max", "qualifier", "mark", "claimant", "outlet", "published", "text"]


def _amount(value: float, low, high) -> str:
    """A value as the chart labels it: "3,000", "10–12", "2.5"."""
    def fmt(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:,.3g}"

    if low == low and high == high and low is not None and high is not None:
        return f"{fmt(low)}–{fmt(high)}"
    return fmt(value)


def estimates_chart(rows: "pd.DataFrame", title: str | None = None) -> "Figure":
    """Value against ``as_of`` for one quantity: one colour per series (claimant), each point
    labelled with its qualifier's mark ("≥ 3,000", "≈ 10,000"), counts filled, running totals as
    squares, projections hollow; a range as a bar from its low to its high end. Undated rows
    cannot be placed and are counted in the title. A logarithmic axis when the values span two
    orders of magnitude.

    ``rows`` has the columns of :func:`helpers.analyse.series.quantity_rows`.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib.lines import Line2D

    fig, ax = plt.subplots(figsize=(8.5, 4.2), dpi=100)
    ax.spines[["top", "right"]].set_visible(False)
    label = title or (str(rows["quantity"].iloc[0]) if len(rows) and "quantity" in rows else "Estimates")
    dated = rows[rows["as_of"].notna()] if len(rows) else rows
    undated = len(rows) - len(dated)
    ax.set_title(label + (f" ({undated} undated estimate{'s' * (undated != 1)} not shown)" if undated else ""))
    if dated.empty:
        ax.text(0.5, 0.5, "No dated estimates.", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    order = list(dict.fromkeys(dated.sort_values(["as_of", "series"], kind="stable")["series"]))
    order = [x for x in order if x != UNATTRIBUTED] + [x for x in order if x == UNATTRIBUTED]
    colors = {x: "#999999" if x == UNATTRIBUTED else PALETTE[i % len(PALETTE)] for i, x in enumerate(order)}
    span = max(dated["as_of"].max() - dated["as_of"].min(), pd.Timedelta(days=10))
    # points several series share (same day, same value) stand a little apart, labels stacked
    same = dated.groupby(["as_of", "value"], sort=False)["series"].transform(lambda s: list(range(len(s))))
    count = dated.groupby(["as_of", "value"], sort=False)["series"].transform("size")
    shift = {i: span * 0.012 * (k - (n - 1) / 2) for i, k, n in zip(dated.index, same, count)}
    for series in order:
        part = dated[dated["series"] == series].sort_values("as_of", kind="stable")
        xs = [d + shift[i] for d, i in zip(part["as_of"], part.index)]
        color = colors[series]
        for (x0, x1), (y0, y1), (k0, k1) in zip(zip(xs, xs[1:]), zip(part["value"], part["value"][1:]),
                                                zip(part["kind"], part["kind"][1:])):
            style = "--" if "projection" in (k0, k1) else "-"  # a line into a projection is dashed
            ax.plot([x0, x1], [y0, y1], color=color, linewidth=1, alpha=0.6, linestyle=style)
        for x, r, k in zip(xs, part.itertuples(), [same[i] for i in part.index]):
            if pd.notna(r.value_min) and pd.notna(r.value_max):
                ax.vlines(x, r.value_min, r.value_max, color=color, linewidth=3, alpha=0.4)
            ax.scatter([x], [r.value], s=48, marker=KIND_MARKERS.get(r.kind, "o"), zorder=3, linewidths=1.5,
                       facecolors="none" if r.kind == "projection" else color, edgecolors=color)
            mark = f"{r.mark} " if isinstance(r.mark, str) and r.mark and r.mark != "–" else ""
            ax.annotate(mark + _amount(r.value, r.value_min, r.value_max), (x, r.value), xytext=(6, 4 + 11 * k),
                        textcoords="offset points", fontsize=8, color=color)
    values = [v for v in pd.concat([dated["value"], dated["value_min"], dated["value_max"]]).dropna() if v > 0]
    if values and min(values) > 0 and max(values) / min(values) >= 100:
        ax.set_yscale("log")
    else:
        ax.set_ylim(bottom=0, top=max(values or [1]) * 1.2)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    lo, hi = dated["as_of"].min(), dated["as_of"].max()
    pad = max(pd.Timedelta(days=3), (hi - lo) * 0.08)
    ax.set_xlim(lo - pad, hi + pad * 2)
    locator = mdates.AutoDateLocator(maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel("the date each number is for (as_of)\n≥ at least · > more than · ≈ about · ≤ up to · < fewer than · "
                  "~ order of magnitude", fontsize=8)
    kinds = [Line2D([], [], linestyle="", marker=KIND_MARKERS[k], markerfacecolor="none" if k == "projection" else "grey",
                    markeredgecolor="grey", label=k) for k in ("count", "cumulative", "projection")]
    series = [Line2D([], [], color=c, marker="o", linestyle="", label=x) for x, c in colors.items()]
    ax.legend(handles=series + kinds, fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


def _rows(frame: "pd.DataFrame") -> list[dict]:
    """Rows for :func:`html_table`: dates as days, missing values as empty cells."""
    import pandas as pd

    out = frame.astype(object).where(frame.notna(), None)
    for c in ("as_of", "published"):
        if c in out:
            out[c] = [d.date().isoformat() if isinstance(d, pd.Timestamp) else d for d in out[c]]
    return out.to_dict("records")


def estimates_explorer(source: "Corpus | pd.DataFrame", overrides: Iterable[Sequence[str]] = (),
                       quantity: str | None = None, claimants: Iterable[str] = ()):
    """A quantity dropdown (most carried first) and a claimant list; below, the chart of the
    chosen estimates and the table it plots.

    ``source`` is a corpus or an estimates table; ``overrides`` change its grouping first
    (:func:`helpers.analyse.estimates.apply_overrides`: merge two quantities, split one by keyword).
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
    from ..analyse.series import quantities, quantity_rows

    est = apply_overrides(source, overrides) if isinstance(source, pd.DataFrame) else estimates(source, overrides)
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
        shown = [c for c in SHOWN if c in rows]
        note = (f"<p>{len(rows)} estimate(s) of {html.escape(label)} from {rows['article_id'].nunique()} article(s)"
                f"{'; choose no claimant to see all' if who.value else ''}</p>")
        table.value = note + html_table(_rows(rows[shown]))

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
