"""Numeric figures (placeholder until the figures issue lands)."""
from __future__ import annotations


def extract(article, gazetteer=None) -> list[dict]:
    """Figure records of one article (none yet)."""
    return []
