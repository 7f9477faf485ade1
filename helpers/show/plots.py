"""Charts: one function per chart, one palette. Each returns a matplotlib Figure.

matplotlib is imported inside the functions, so ``import helpers`` stays light.
:func:`save_chart` writes a chart as ``reports/figures/NN_name.png`` beside the table it plots as
``NN_name.csv`` (The Markup's habit: every chart ships with its numbers).

>>> import pandas as pd
>>> fig = block_kinds_chart(pd.DataFrame({"article_id": ["a"], "kind": ["body"], "chars": [10]}))
>>> fig.axes[0].get_title()
'Characters per block kind'
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import FIGURES

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

#: One palette for every chart: categorical colours (colour-blind safe, Okabe-Ito order).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
#: Block kinds always get the same colour.
KIND_COLORS = {"body": "#0072B2", "headline": "#000000", "dateline": "#56B4E9", "byline": "#CC79A7",
               "caption": "#E69F00", "related": "#D55E00", "boilerplate": "#999999", "metadata": "#009E73"}


def color_for(keys) -> dict:
    """A stable colour per key (sorted order), cycling through :data:`PALETTE`.

    >>> color_for(["b", "a"])["a"]
    '#0072B2'
    """
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(sorted(set(keys), key=str))}


def _new(width: float = 7.5, height: float = 3.5):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width, height), dpi=100)
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def save_chart(fig: "Figure", table: "pd.DataFrame", name: str, out_dir: str | Path | None = None) -> "Figure":
    """Write ``fig`` as ``<name>.png`` and ``table`` as ``<name>.csv`` under ``reports/figures/``.

    ``name`` is ``NN_topic`` (``"00_block_kinds"``). Returns the figure, so a cell can end with it.
    """
    out = Path(out_dir or FIGURES)
    out.mkdir(parents=True, exist_ok=True)
    fig.savefig(out / f"{name}.png", bbox_inches="tight", metadata={"Software": None})
    table.to_csv(out / f"{name}.csv", index=False)
    return fig


def block_kinds_chart(composition: "pd.DataFrame") -> "Figure":
    """Stacked horizontal bars: characters of each block kind per article.

    ``composition`` has columns article_id, kind, chars (as :func:`helpers.read.text.composition` gives).
    """
    wide = composition.pivot_table(index="article_id", columns="kind", values="chars", aggfunc="sum", fill_value=0)
    fig, ax = _new(7.5, 0.6 + 0.5 * max(1, len(wide)))
    left = None
    for kind in wide.columns:
        ax.barh(wide.index, wide[kind], left=left, label=kind, color=KIND_COLORS.get(kind, "#666666"))
        left = wide[kind] if left is None else left + wide[kind]
    ax.set_title("Characters per block kind")
    ax.set_xlabel("characters")
    ax.invert_yaxis()
    ax.legend(ncols=4, fontsize=8, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.3))
    return fig


def overlap_chart(matrix: "pd.DataFrame", title: str = "Items each pair shares (diagonal: each article's own)") -> "Figure":
    """A heat map of an outlets-by-outlets count table (as :func:`helpers.analyse.compare.overlap_matrix`
    gives), each cell labelled with its count; the diagonal is each article's own total.

    >>> import pandas as pd
    >>> m = pd.DataFrame([[5, 2], [2, 4]], index=["A", "B"], columns=["A", "B"])
    >>> [t.get_text() for t in overlap_chart(m).axes[0].texts]
    ['5', '2', '2', '4']
    """
    n = len(matrix)
    size = 2.2 + 0.7 * max(1, n)
    fig, ax = _new(size + 1.0, size)
    ax.spines[:].set_visible(False)
    values = matrix.to_numpy(dtype=float) if n else [[0.0]]
    top = max(1.0, max(max(row) for row in values))
    ax.imshow(values, cmap="Blues", vmin=0, vmax=top)
    for i in range(n):
        for j in range(n):
            v = matrix.iat[i, j]
            ax.text(j, i, str(v), ha="center", va="center", fontsize=9, color="white" if v > top * 0.6 else "black")
    ax.set_xticks(range(n), [str(c) for c in matrix.columns], rotation=30, ha="right")
    ax.set_yticks(range(n), [str(i) for i in matrix.index])
    ax.set_title(title if n else f"{title}: no articles", fontsize=10)
    return fig



#: Marker shape of each timeline precision.
PRECISION_MARKERS = {"day": "o", "week": "s", "month": "D", "year": "^"}


def _label_levels(xs: list[float], widths: list[float], xmax: float, gap: float) -> list[tuple[int, str]]:
    """Greedy label placement: for each label (in x order) the first level (1, -1, 2, -2, …) where it
    does not overlap an earlier label, and its alignment (right-aligned when it would leave the axis).

    >>> _label_levels([0, 1, 50], [10, 10, 10], xmax=55, gap=1)
    [(1, 'left'), (-1, 'left'), (1, 'right')]
    """
    placed: dict[int, list[tuple[float, float]]] = {}
    out = []
    for x, w in zip(xs, widths):
        ha, lo, hi = ("left", x, x + w) if x + w <= xmax else ("right", x - w, x)
        k = 0
        while True:
            k += 1
            level = (k + 1) // 2 * (1 if k % 2 else -1)
            if all(hi + gap < a or lo - gap > b for a, b in placed.get(level, [])):
                placed.setdefault(level, []).append((lo, hi))
                out.append((level, ha))
                break
    return out


def _zoom_window(dates: list, days: int) -> tuple["pd.Timestamp", "pd.Timestamp", int]:
    """The first and last date of the ``days``-long window holding the most dates, and how many it holds."""
    import pandas as pd

    ds = sorted(pd.Timestamp(d) for d in dates)
    best = (ds[0], ds[0], 0)
    for d in ds:
        inside = [e for e in ds if d <= e <= d + pd.Timedelta(days=days)]
        if len(inside) > best[2]:
            best = (d, inside[-1], len(inside))
    return best


def _timeline_panel(ax, points: "pd.DataFrame", colors: dict, lo, hi, width_in: float, labelled, fontsize: float = 8) -> None:
    """One timeline panel: markers on a baseline (a little apart per article), periods as bars from
    their start, and a stem to each label of the ``labelled`` rows, stacked by :func:`_label_levels`."""
    import matplotlib.dates as mdates
    import pandas as pd

    x0, x1 = mdates.date2num(lo), mdates.date2num(hi)
    lane = {a: (i - (len(colors) - 1) / 2) * 0.16 for i, a in enumerate(colors)}
    pts = points[(points["date"] >= lo) & (points["date"] <= hi)]
    ax.axhline(0, color="#bbbbbb", lw=0.8, zorder=1)
    for row in pts.itertuples():
        y, color = lane[row.article_id], colors[row.article_id]
        start, end = pd.Timestamp(row.date), pd.Timestamp(row.date_end) + pd.Timedelta(days=1)
        if (end - start).days > 1:
            ax.plot([start, min(end, pd.Timestamp(hi))], [y, y], color=color, lw=4, alpha=0.35, solid_capstyle="butt", zorder=2)
        ax.plot([start], [y], marker=PRECISION_MARKERS.get(row.precision, "o"), color=color, ms=6, zorder=3,
                markeredgecolor="white", markeredgewidth=0.6)
    for row, (level, ha) in zip(labelled.itertuples(), _levels_for(labelled, lo, hi, width_in, fontsize)):
        x, y, color = mdates.date2num(row.date), lane[row.article_id], colors[row.article_id]
        ax.plot([x, x], [y, level], color=color, lw=0.7, alpha=0.7, zorder=2)
        ax.annotate(row.label, (x, level), xytext=(3 if ha == "left" else -3, 0), textcoords="offset points",
                    ha=ha, va="center", fontsize=fontsize, color="#222222")
    ax.set_xlim(x0, x1)
    ax.yaxis.set_visible(False)
    ax.spines[["left", "top", "right"]].set_visible(False)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _levels_for(labelled: "pd.DataFrame", lo, hi, width_in: float, fontsize: float) -> list[tuple[int, str]]:
    import matplotlib.dates as mdates

    x0, x1 = mdates.date2num(lo), mdates.date2num(hi)
    days_per_px = (x1 - x0) / (width_in * 100)
    char_px = fontsize * 100 / 72 * 0.62
    xs = [mdates.date2num(d) for d in labelled["date"]]
    widths = [(len(lab) * char_px + 8) * days_per_px for lab in labelled["label"]]
    return _label_levels(xs, widths, x1, gap=6 * days_per_px)


def timeline_chart(points: "pd.DataFrame", names: dict | None = None, zoom_days: int = 45) -> "Figure":
    """Dated events on a time axis: one marker per point, coloured by article, with short labels
    stacked so they do not overlap; periods (week, month, year) are bars from their start.

    ``points`` has columns date, date_end, precision, article_id, label (as
    :func:`helpers.extract.dates.timeline_points` gives). ``names`` maps article ids to legend names. When the
    dates span more than a year and at least four fall within ``zoom_days`` days, a second panel
    zooms in on them (the first panel labels only the points outside the zoom).

    >>> import pandas as pd
    >>> pts = pd.DataFrame({"date": pd.to_datetime(["2021-03-01", "2025-11-13"]), "date_end": pd.to_datetime(["2021-03-31", "2025-11-13"]),
    ...     "precision": ["month", "day"], "article_id": ["a", "b"], "label": ["election in March 2021", "said Thursday"]})
    >>> [ax.get_title(loc="left") for ax in timeline_chart(pts).axes]
    ['Dated events']
    """
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib.lines import Line2D

    if points.empty:
        fig, ax = _new(7.5, 1.2)
        ax.axis("off")
        ax.text(0.5, 0.5, "No dated events.", ha="center", va="center", transform=ax.transAxes)
        return fig
    names, width, fontsize = names or {}, 10.0, 8
    points = points.sort_values(["date", "article_id"], kind="stable").reset_index(drop=True)
    colors = color_for(points["article_id"])
    first, last = pd.Timestamp(points["date"].min()), pd.Timestamp(points["date"].max())
    pad = max(pd.Timedelta(days=2), (last - first) * 0.02)
    panels = [(first - pad, last + pad, "Dated events", points)]
    z_first, z_last, z_n = _zoom_window(list(points["date"]), zoom_days)
    if (last - first).days > 365 and 4 <= z_n < len(points):
        z_pad = max(pd.Timedelta(days=1), (z_last - z_first) * 0.03)
        z_lo, z_hi = z_first - z_pad, z_last + z_pad
        inside = (points["date"] >= z_lo) & (points["date"] <= z_hi)
        panels = [(first - pad, last + pad, "Dated events (grey: zoomed in below)", points[~inside]),
                  (z_lo, z_hi, f"Zoom: {z_first:%d %b} to {z_last:%d %b %Y}", points[inside])]
    tops = [max([abs(lv) for lv, _ in _levels_for(lab, lo, hi, width * 0.95, fontsize)] + [1]) for lo, hi, _, lab in panels]
    heights = [2 * t + 1.4 for t in tops]
    handles = [Line2D([], [], marker="o", ls="", color=colors[a], label=_short(names.get(a, a))) for a in colors]
    handles += [Line2D([], [], marker=m, ls="", color="#777777", label=p) for p, m in PRECISION_MARKERS.items()
                if p in set(points["precision"])]
    # long names (outlet · date · headline) go two to a row, so the legend grows down, not across
    longest = max(len(h.get_label()) for h in handles)
    ncols = min(len(handles), 6 if longest <= 18 else 3 if longest <= 30 else 2)
    legend_in = 0.2 * -(-len(handles) // ncols) + 0.1
    plots_in = 0.26 * sum(heights) + 0.9 * len(panels) + 0.4
    fig, axes = plt.subplots(len(panels), 1, figsize=(width, plots_in + legend_in), dpi=100,
                             squeeze=False, gridspec_kw={"height_ratios": heights})
    for ax, (lo, hi, title, labelled), top in zip(axes[:, 0], panels, tops):
        if len(panels) > 1 and ax is axes[0, 0]:
            ax.axvspan(panels[1][0], panels[1][1], color="#e8e8e8", zorder=0)
        _timeline_panel(ax, points, colors, lo, hi, width * 0.95, labelled, fontsize)
        ax.set_ylim(-top - 0.7, top + 0.7)
        ax.set_title(title, fontsize=10, loc="left")
    fig.legend(handles=handles, ncols=ncols, fontsize=8, frameon=False, loc="lower center")
    fig.tight_layout(rect=(0, legend_in / (plots_in + legend_in), 1, 1))
    return fig


def _short(name: str, width: int = 60) -> str:
    """A legend name cut to ``width`` characters."""
    return name if len(name) <= width else name[:width - 1].rstrip() + "…"


#: More colours for charts with many categories (Paul Tol's muted scheme), after :data:`PALETTE`.
EXTRA_PALETTE = ("#882255", "#44AA99", "#117733", "#332288", "#AA4499", "#DDCC77", "#88CCEE", "#661100")
#: The neutral stance is grey in every chart.
NEUTRAL_COLOR = "#999999"


def stance_colors() -> dict[str, str]:
    """A fixed colour per stance of ``data/stances.csv`` (lexicon order), the neutral ``report`` grey.

    >>> colors = stance_colors()
    >>> colors["report"], len(set(colors.values())) == len(colors)
    ('#999999', True)
    """
    from ..extract.reactions import NEUTRAL, stance_labels

    others = [s for s in stance_labels() if s != NEUTRAL]
    colors = PALETTE[:-1] + EXTRA_PALETTE  # black is kept for text
    return {NEUTRAL: NEUTRAL_COLOR, **{s: colors[i % len(colors)] for i, s in enumerate(others)}}


def _empty_note(ax, note: str) -> None:
    ax.text(0.5, 0.5, note, ha="center", va="center", transform=ax.transAxes, fontsize=11, color="#555555")
    ax.set_axis_off()


def quotes_by_speaker_chart(by_speaker: "pd.DataFrame", top: int = 15) -> "Figure":
    """Horizontal bars: quotes per speaker, most quoted on top (the first ``top`` rows).

    ``by_speaker`` has columns speaker, quotes (as :func:`helpers.show.quotes.quotes_by_speaker` gives).

    >>> import pandas as pd
    >>> fig = quotes_by_speaker_chart(pd.DataFrame({"speaker": ["Eze", "Lee"], "quotes": [3, 1]}))
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Eze', 'Lee']
    """
    from matplotlib.ticker import MaxNLocator

    t = by_speaker.head(top)
    fig, ax = _new(7.5, 1.0 + 0.32 * max(2, len(t)))
    ax.set_title("Quotes by speaker" + (f" (top {top})" if len(by_speaker) > top else ""))
    if t.empty:
        _empty_note(ax, "No quotes found.")
        return fig
    ax.barh(list(t["speaker"]), list(t["quotes"]), color=PALETTE[0])
    ax.invert_yaxis()
    ax.set_xlabel("quotes")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return fig


def reactions_chart(matrix: "pd.DataFrame") -> "Figure":
    """Stacked horizontal bars: statements per country, split by stance (one colour per stance).

    ``matrix`` has a country column, one column per stance and a total (as
    :func:`helpers.analyse.reactions.reactions_matrix` gives).

    >>> import pandas as pd
    >>> m = pd.DataFrame({"country": ["A", "B"], "warn": [2, 0], "report": [1, 1], "total": [3, 1]})
    >>> fig = reactions_chart(m)
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['warn', 'report']
    """
    from matplotlib.ticker import MaxNLocator

    stances = [c for c in matrix.columns if c not in ("country", "total")]
    fig, ax = _new(7.5, 1.2 + 0.4 * max(2, len(matrix)))
    ax.set_title("Statements by country and stance")
    if matrix.empty:
        _empty_note(ax, "No reactions found.")
        return fig
    colors = stance_colors()
    left = [0] * len(matrix)
    for stance in stances:
        values = list(matrix[stance])
        ax.barh(list(matrix["country"]), values, left=left, label=stance, color=colors.get(stance, "#666666"))
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel("statements")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(ncols=min(5, max(1, len(stances))), fontsize=8, frameon=False, loc="upper center",
              bbox_to_anchor=(0.5, -0.2))
    return fig


def figures_chart(key: "pd.DataFrame") -> "Figure":
    """Horizontal bars: the key figures, largest on top, each labelled with its qualifier mark
    ("≥ 2,500", "≈ 12,000", "> 14,500", "~ 100"); a range is drawn from its low to its high end.
    One colour per outlet; a logarithmic axis when the figures span two orders of magnitude.

    ``key`` has columns outlet, label, mark, value, value_min, value_max, qualifier (as
    :func:`helpers.extract.figures.key_figures` gives; a range's value is its midpoint, its ends value_min
    and value_max).

    >>> import pandas as pd
    >>> k = pd.DataFrame({"outlet": ["A", "B"], "label": ["A: ≥ 2,500 soldiers", "B: 10–12 boats"], "mark": ["≥", "–"],
    ...                   "value": [3000, 11], "value_min": [None, 10], "value_max": [None, 12],
    ...                   "qualifier": ["at_least", "range"]})
    >>> fig = figures_chart(k)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()], fig.axes[0].get_xscale()
    (['A: ≥ 2,500 soldiers', 'B: 10–12 boats'], 'log')
    """
    import pandas as pd
    from matplotlib.patches import Patch

    fig, ax = _new(8.5, 1.2 + 0.38 * max(2, len(key)))
    ax.set_title("Key figures, with how exact each is said to be")
    if key.empty:
        _empty_note(ax, "No figures found.")
        return fig
    colors = color_for(key["outlet"])
    lows = key.get("value_min", key["value"])  # a range is drawn from its low end
    values = [float(lo) if pd.notna(lo) and pd.notna(h) else float(v) for v, lo, h in zip(key["value"], lows, key["value_max"])]
    highs = [float(h) if pd.notna(h) else v for v, h in zip(values, key["value_max"])]
    log = all(v > 0 for v in values) and max(highs) / min(values) >= 100
    ys = list(range(len(key)))
    for y, v, h, outlet, q, mark in zip(ys, values, highs, key["outlet"], key["qualifier"], key["mark"]):
        ax.barh(y, v, color=colors[outlet], height=0.6, alpha=0.45 if q == "vague" else 0.9)
        if h > v:
            ax.barh(y, h - v, left=v, color=colors[outlet], height=0.6, alpha=0.45, hatch="//")
        amount = f"{v:,.0f}–{h:,.0f}" if h > v else f"{v:,.6g}" if v < 10 else f"{v:,.0f}"
        ax.annotate(f" {mark + ' ' if mark and q != 'range' else ''}{amount}", (max(v, h), y), va="center", fontsize=8)
    ax.set_yticks(ys, list(key["label"]), fontsize=8)
    ax.invert_yaxis()
    if log:
        ax.set_xscale("log")
    ax.set_xlim(right=max(highs) * (4 if log else 1.25))
    ax.set_xlabel("value" + (" (log scale)" if log else "") + "\n≈ about · ≥ at least · > more than · ≤ up to · "
                  "< fewer than · ~ order of magnitude · – range", fontsize=8)
    ax.legend(handles=[Patch(color=c, label=o) for o, c in colors.items()], fontsize=8, frameon=False, loc="lower right")
    return fig
