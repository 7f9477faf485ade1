"""Actors gazetteer and mentions (placeholder until the quotes issue lands)."""
from __future__ import annotations


class Gazetteer:
    """Known actors (empty placeholder)."""


def load_gazetteer(path=None) -> Gazetteer:
    """The gazetteer of ``data/actors.csv``."""
    return Gazetteer()


def mentions(article, gazetteer=None) -> list[dict]:
    """Mention records of one article (none yet)."""
    return []
