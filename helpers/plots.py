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

from .paths import FIGURES

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

    ``composition`` has columns article_id, kind, chars (as :func:`helpers.text.composition` gives).
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
