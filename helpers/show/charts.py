"""Charts for corpora of any size: at most :data:`MAX_ITEMS` bars or series, the rest summed or named in a note.

Each function takes the table it draws (as a query of :mod:`helpers.analyse` gives it) and
returns a matplotlib Figure; :func:`helpers.show.plots.save_chart` saves it with its numbers.

>>> import pandas as pd
>>> fig = ranked_bars(pd.DataFrame({"speaker": list("abc"), "quotes": [3, 2, 1]}), "speaker", "quotes", "Quotes", top=2)
>>> fig.axes[0].get_xlabel()
'quotes (not shown: 1 more, with 1)'
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .plots import KIND_COLORS, PALETTE, EXTRA_PALETTE, _empty_note, _new

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

#: The most bars or series a chart draws.
MAX_ITEMS = 15
#: The colour of everything gathered as "other".
OTHER_COLOR = "#BBBBBB"


def _colors(names) -> dict:
    colors = PALETTE[:-1] + EXTRA_PALETTE
    return {n: (OTHER_COLOR if n == "other" else colors[i % len(colors)]) for i, n in enumerate(names)}


def ranked_bars(table: "pd.DataFrame", label: str, value: str, title: str, top: int = MAX_ITEMS) -> "Figure":
    """Horizontal bars of the first ``top`` rows of a ranked table (largest on top); what is left
    out is said under the axis, not drawn, so no bar is too thin to see.

    >>> import pandas as pd
    >>> fig = ranked_bars(pd.DataFrame({"side": ["A", "B"], "statements": [9, 4]}), "side", "statements", "Sides")
    >>> len(fig.axes[0].patches), fig.axes[0].get_xlabel()
    (2, 'statements')
    """
    from matplotlib.ticker import MaxNLocator

    shown, rest = table.head(top), table.iloc[top:]
    fig, ax = _new(7.5, 1.0 + 0.32 * max(2, len(shown)))
    ax.set_title(title)
    if shown.empty:
        _empty_note(ax, "Nothing found.")
        return fig
    ax.barh([str(v) for v in shown[label]], list(shown[value]), color=PALETTE[0])
    ax.invert_yaxis()
    note = f" (not shown: {len(rest):,} more, with {int(rest[value].sum()):,})" if len(rest) else ""
    ax.set_xlabel(value + note)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return fig


def over_time(table: "pd.DataFrame", title: str, ylabel: str, x: str = "week") -> "Figure":
    """Lines over time, one per column of ``table`` except ``x`` and ``total`` (at most
    :data:`MAX_ITEMS`: gather the rest first, e.g. with :func:`helpers.analyse.overview.top_and_other`).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"week": pd.to_datetime(["2024-01-01", "2024-01-08"]), "AP": [1, 3], "total": [1, 3]})
    >>> [l.get_label() for l in over_time(t, "Articles", "articles").axes[0].get_lines()]
    ['AP']
    """
    series = [c for c in table.columns if c not in (x, "total")][:MAX_ITEMS]
    fig, ax = _new(9, 3.6)
    ax.set_title(title)
    if table.empty or not series:
        _empty_note(ax, "Nothing dated.")
        return fig
    colors = _colors(series)
    for name in series:
        ax.plot(table[x], table[name], label=str(name), color=colors[name], lw=1.6,
                marker="o" if len(table) <= 12 else None, ms=4)
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=0)
    if len(series) > 1:  # beside the axes, clear of the dates
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.autofmt_xdate()
    return fig


def shares_chart(share: "pd.DataFrame", label: str = "outlet", title: str = "Share of the text by block kind") -> "Figure":
    """Stacked horizontal bars (each row to 100%): the share of each kind per ``label`` (first
    :data:`MAX_ITEMS` rows); every column but ``label`` and ``articles`` is a kind.

    >>> import pandas as pd
    >>> fig = shares_chart(pd.DataFrame({"outlet": ["AP"], "articles": [2], "body": [0.9], "caption": [0.1]}))
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['body', 'caption']
    """
    rows = share.head(MAX_ITEMS)
    kinds = [c for c in rows.columns if c not in (label, "articles")]
    fig, ax = _new(7.5, 1.2 + 0.45 * max(2, len(rows)))
    ax.set_title(title)
    if rows.empty:
        _empty_note(ax, "Nothing found.")
        return fig
    left = [0.0] * len(rows)
    names = [str(v) for v in rows[label]]
    for kind in kinds:
        values = [float(v) for v in rows[kind]]
        ax.barh(names, values, left=left, label=kind, color=KIND_COLORS.get(kind, "#666666"))
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of characters")
    ax.legend(ncols=4, fontsize=8, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.25))
    return fig


def stacked_bars(table: "pd.DataFrame", label: str, title: str, xlabel: str, colors: dict | None = None) -> "Figure":
    """Stacked horizontal bars: one bar per row (the first :data:`MAX_ITEMS`), one colour per
    column but ``label`` and ``total`` (at most :data:`MAX_ITEMS`, the rest summed as other).

    >>> import pandas as pd
    >>> fig = stacked_bars(pd.DataFrame({"side": ["A"], "warn": [2], "total": [2]}), "side", "Statements", "statements")
    >>> len(fig.axes[0].patches)
    1
    """
    from matplotlib.ticker import MaxNLocator

    rows = table.head(MAX_ITEMS)
    parts = [c for c in rows.columns if c not in (label, "total")]
    if len(parts) > MAX_ITEMS:
        keep = sorted(parts, key=lambda c: -rows[c].sum())[:MAX_ITEMS - 1]
        rows = rows[[label, *keep]].assign(other=rows[[c for c in parts if c not in keep]].sum(axis=1))
        parts = [*keep, "other"]
    fig, ax = _new(7.5, 1.2 + 0.4 * max(2, len(rows)))
    ax.set_title(title)
    if rows.empty:
        _empty_note(ax, "Nothing found.")
        return fig
    colors = {**_colors(parts), **(colors or {})}
    left = [0] * len(rows)
    names = [str(v) for v in rows[label]]
    for part in parts:
        values = list(rows[part])
        ax.barh(names, values, left=left, label=str(part), color=colors.get(part, "#666666"))
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    more = len(table) - len(rows)
    ax.set_xlabel(xlabel + (f" (not shown: {more:,} more)" if more > 0 else ""))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(ncols=min(5, max(1, len(parts))), fontsize=8, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.2))
    return fig
