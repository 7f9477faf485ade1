"""Date expressions and the timeline (placeholder until the timeline issue lands)."""
from __future__ import annotations


def extract(article, gazetteer=None) -> list[dict]:
    """Timeline records of one article (none yet)."""
    return []
