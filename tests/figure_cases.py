"""What the figures tests share: an article made of a text, its figures, and a stand-in gazetteer.

``figs`` wraps a text as the body of an article (after a dateline, so its first line is no
headline), optionally with a publication date, and returns its figure records.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from helpers.extract.figures import extract
from helpers.read.article import parse_article


def figs(text: str, published: date | None = None, gazetteer=None) -> list[dict]:
    front = f"---\npublished: {published.isoformat()}\n---\n" if published else ""
    return extract(parse_article(front + "WASHINGTON (AP) \u2014 " + text + "\n", article_id="t1"), gazetteer)


def one(text: str, **kw) -> dict:
    found = figs(text, **kw)
    assert len(found) == 1, [f["text"] for f in found]
    return found[0]


def values(text: str) -> list:
    return [f["value"] for f in figs(text)]


@dataclass
class Actor:
    canonical: str
    kind: str = "organization"
    country: str = ""


class FakeGazetteer:
    """The gazetteer API the figures use: ``resolve(name) -> Actor | None``."""

    names = {"national intelligence service": "NIS", "nis": "NIS", "the nis": "NIS", "south korea's spy agency": "NIS",
             "seoul": "South Korea", "washington": "United States", "the united states": "United States"}

    def resolve(self, name: str):
        found = self.names.get(name.lower())
        return Actor(found) if found else None
