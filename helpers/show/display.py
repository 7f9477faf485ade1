"""How the notebooks and reports show numbers: whole numbers without a decimal point, with
thousands separated ("14,500", not "14500.0"), other numbers with up to six significant digits,
and a missing number as nothing (an empty cell reads better than "NaN").

Use it as pandas' float format in a notebook: ``pd.set_option("display.float_format", number)``.

>>> [number(v) for v in (14500.0, 1500000.0, 3.5, 0.3333333, -26.0, float("nan"))]
['14,500', '1,500,000', '3.5', '0.333333', '-26', '']
"""
from __future__ import annotations

import math


def number(value: float) -> str:
    """A number as a reader expects it in a table.

    >>> number(2500.0), number(12.5), number(1e-7)
    ('2,500', '12.5', '1e-07')
    """
    if value is None or math.isnan(value):
        return ""
    if math.isinf(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:.6g}"
