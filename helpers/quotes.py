"""Direct quotes, speakers and reactions (placeholder until the quotes issue lands)."""
from __future__ import annotations


def extract(article, gazetteer=None) -> list[dict]:
    """Quote records of one article (none yet)."""
    return []


def reactions(article, gazetteer=None) -> list[dict]:
    """Reaction records of one article (none yet)."""
    return []
