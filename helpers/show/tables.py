"""Tables that fit a page: the first rows of a ranked table, and a line that says what is left out.

:func:`top` shows at most :data:`ROWS` rows of a table (already ranked by the query that made
it), never a truncated DataFrame, and says "… and 812 more"; the whole table is saved beside
the reports as ``reports/tables/<name>.csv`` and linked. Text is escaped (pandas' ``to_html``).

>>> import pandas as pd
>>> shown = top(pd.DataFrame({"speaker": list("abcd"), "quotes": [4, 3, 2, 1]}), 2)
>>> print(repr(shown))
  speaker  quotes
1       a       4
2       b       3
… and 2 more rows
"""
from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import REPORTS
from .display import number

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: The most rows a table shows in a notebook or report.
ROWS = 25
#: Where the whole tables go, beside the reports.
TABLES = REPORTS / "tables"


class Shown:
    """The first rows of a table, with what is left out; shows as HTML in a notebook, as text in a console."""

    def __init__(self, head: "pd.DataFrame", total: int, noun: str = "rows", csv: Path | None = None,
                 empty: str = "Nothing found.", marked: tuple[str, ...] = ()):
        self.head, self.total, self.noun, self.csv, self.empty = head, total, noun, csv, empty
        self.marked = marked

    @property
    def more(self) -> int:
        return self.total - len(self.head)

    def _note(self) -> str:
        parts = [f"… and {self.more:,} more {self.noun}"] if self.more > 0 else []
        if self.csv is not None:
            parts.append(f"all {self.total:,} in {_href(self.csv)}")
        return "; ".join(parts)

    def __repr__(self) -> str:
        if not self.total:
            return self.empty
        body = self.head.to_string(max_rows=None, max_cols=None, float_format=number, na_rep="")
        note = self._note()
        return body + (f"\n{note}" if note else "")

    def _repr_html_(self) -> str:
        if not self.total:
            return f"<p>{html.escape(self.empty)}</p>"
        if self.marked:  # columns holding <mark> tags made by mark_spans, which escapes the text around them
            from .html import html_table

            rows = self.head.astype(object).where(self.head.notna(), None).to_dict("records")
            table = html_table(rows, marked=self.marked)
        else:
            table = self.head.to_html(max_rows=None, max_cols=None, show_dimensions=False, float_format=number,
                                      na_rep="", escape=True, border=0, classes="dataframe hw-top")
        note = self._note()
        if not note:
            return table
        if self.csv is not None:
            href = html.escape(_href(self.csv))
            link = f'<a href="{href}">{href}</a>'
            more = f"… and {self.more:,} more {html.escape(self.noun)}; " if self.more > 0 else ""
            return f'{table}<p class="hw-more">{more}all {self.total:,} in {link}</p>'
        return f'{table}<p class="hw-more">{html.escape(note)}</p>'


def _href(csv: Path) -> str:
    """How a page links the CSV: from a report (built with ``NEWS_WORKBOOK_REPORTS`` set, the page
    beside ``tables/``) as ``tables/<name>.csv``; in JupyterLab, relative to the notebook's folder.

    >>> os.environ["NEWS_WORKBOOK_REPORTS"] = "/tmp/r"; _href(Path("/tmp/r/tables/x.csv"))
    'tables/x.csv'
    >>> del os.environ["NEWS_WORKBOOK_REPORTS"]
    """
    if os.environ.get("NEWS_WORKBOOK_REPORTS"):
        return f"{csv.parent.name}/{csv.name}"
    return Path(os.path.relpath(csv, Path.cwd())).as_posix()


def top(table: "pd.DataFrame", n: int = ROWS, name: str | None = None, noun: str = "rows",
        empty: str = "Nothing found.", out_dir: str | Path | None = None, marked: tuple[str, ...] = ()):
    """The first ``n`` rows of ``table`` and how many more there are; with ``name`` (``NN_topic``)
    and more rows than ``n``, the whole table is written as ``reports/tables/<name>.csv`` and linked.

    Rows are numbered by rank, from 1 (the table's own index is dropped); ``empty`` is what an empty
    table says instead; ``marked`` columns hold HTML marks (:func:`helpers.show.html.mark_spans`).
    Anything that is not a DataFrame (a one-line answer) is returned as it is.

    >>> import pandas as pd
    >>> top(pd.DataFrame({"x": []}), empty="No quotes found.")
    No quotes found.
    """
    if not hasattr(table, "to_csv"):
        return table
    csv = None
    if name is not None and len(table) > n:
        folder = Path(out_dir) if out_dir is not None else TABLES
        folder.mkdir(parents=True, exist_ok=True)
        csv = folder / f"{name}.csv"
        table.to_csv(csv, index=False)
    head = table.head(n).reset_index(drop=True)
    head.index = range(1, len(head) + 1)  # the rank
    return Shown(head, len(table), noun, csv, empty, tuple(marked))
