"""A progress bar for long loads: tqdm, in JupyterLab (a widget) and in the terminal (stderr).

The bar appears only when a load has taken :data:`DELAY` seconds, and goes away when it ends,
so quick loads (the seeds, a corpus read back from the cache) show nothing. Runs that store
their outputs (``make report``, ``make notebooks``, the tests) set ``NEWS_WORKBOOK_PROGRESS=off``
so that no bar lands in a stored notebook or a report. tqdm is imported only when a bar is made.

>>> with progress(3, "reading", enabled=False) as advance:
...     advance(3)
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Callable, Iterator

#: Seconds a load runs before its bar shows.
DELAY = 2.0
#: Values of ``NEWS_WORKBOOK_PROGRESS`` that turn the bars off.
OFF = ("0", "off", "false", "no", "none")


def enabled_by_environment() -> bool:
    """False when ``NEWS_WORKBOOK_PROGRESS`` turns bars off.

    >>> os.environ["NEWS_WORKBOOK_PROGRESS"] = "off"; enabled_by_environment()
    False
    >>> del os.environ["NEWS_WORKBOOK_PROGRESS"]; enabled_by_environment()
    True
    """
    return os.environ.get("NEWS_WORKBOOK_PROGRESS", "").strip().lower() not in OFF


@contextmanager
def progress(total: int, what: str, unit: str = "article", enabled: bool | None = None) -> Iterator[Callable[[int], None]]:
    """A bar of ``total`` steps named ``what``; yields ``advance(n)``. ``enabled=None`` follows the environment."""
    if enabled is None:
        enabled = enabled_by_environment()
    if not enabled or total <= 0:
        yield lambda n=1: None
        return
    from tqdm.auto import tqdm

    bar = tqdm(total=total, desc=what, unit=unit, delay=DELAY, leave=False, mininterval=0.5)
    try:
        yield bar.update
    finally:
        bar.close()
