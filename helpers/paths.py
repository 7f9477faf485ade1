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
