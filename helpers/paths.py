"""Where things live. One module owns the paths, so no notebook writes ``"../data"``.

>>> from helpers.paths import SEEDS
>>> SEEDS.name
'seeds'
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
#: Where reports and chart exports go; NEWS_WORKBOOK_REPORTS moves them (e.g. for a run on another corpus).
REPORTS = Path(os.environ.get("NEWS_WORKBOOK_REPORTS") or ROOT / "reports")
FIGURES = REPORTS / "figures"
#: The on-disk cache of extracted records (git-ignored; see :mod:`helpers.cache`).
CACHE = ROOT / ".cache"


def default_corpus() -> Path:
    """The corpus read when none is named (``load_corpus()``, a notebook's ``corpus = None``):
    the folder or file in ``$NEWS_WORKBOOK_CORPUS`` when set (``CORPUS=path make lab`` and
    ``make dashboard`` set it), else the seeds.

    >>> default_corpus() == SEEDS or "NEWS_WORKBOOK_CORPUS" in os.environ
    True
    """
    chosen = os.environ.get("NEWS_WORKBOOK_CORPUS", "").strip()
    return Path(chosen).expanduser() if chosen else SEEDS
