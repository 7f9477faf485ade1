"""Where things live. One module owns the paths, so no notebook writes ``"../data"``.

>>> from helpers.paths import SEEDS
>>> SEEDS.name
'seeds'
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
