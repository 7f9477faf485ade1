"""Claimants: reporting clauses in a sentence (``reporting``) and who claims a figure (``claimants``).

Each piece is tested on its own, then through :func:`extract`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from helpers.extract.figures import attributions_in, canonical_claimant, extract
from helpers.extract.figures.claimants import _a_document, _pick_attribution, _Sentences
from helpers.read.article import parse_article


def figs(text: str, published: date | None = None, gazetteer=None) -> list[dict]:
    front = f"---\npublished: {published.isoformat()}\n---\n" if published else ""
    return extract(parse_article(front + "WASHINGTON (AP) \u2014 " + text + "\n", article_id="t1"), gazetteer)


def one(text: str, **kw) -> dict:
    found = figs(text, **kw)
    assert len(found) == 1, [f["text"] for f in found]
    return found[0]


# --------------------------------------------------------------------------- through extract

@dataclass
class Actor:
    canonical: str
    kind: str = "organization"
    country: str = ""


class FakeGazetteer:
    """The planned gazetteer API: ``resolve(name) -> Actor | None``."""

    names = {"national intelligence service": "NIS", "nis": "NIS", "the nis": "NIS", "south korea's spy agency": "NIS",
             "seoul": "South Korea", "washington": "United States", "the united states": "United States"}

    def resolve(self, name: str):
        found = self.names.get(name.lower())
        return Actor(found) if found else None


@pytest.mark.parametrize("text, claimant_text", [
    ("Seoul's National Intelligence Service said the North sent 3,000 soldiers.", "Seoul's National Intelligence Service"),
    ("Pyongyang shipped 13,000 containers, the NIS said.", "the NIS"),
    ("According to the defense ministry, 40 drones were downed.", "the defense ministry"),
    ("Seoul and Washington confirmed that the North sent 3,000 soldiers.", "Seoul and Washington"),
    ("The United States has also confirmed at least 3,000 soldiers left.", "The United States"),
    ('"We lost 300 tanks," said John Kirby, a spokesman.', "John Kirby"),
    ("Police estimated that 5,000 people marched.", "Police"),
])
def test_claimant_forms(text, claimant_text):
    f = one(text)
    assert f["claimant_text"] == claimant_text
    assert f["claimant"] == claimant_text.removeprefix("the ").removeprefix("The ")


def test_the_gazetteer_gives_canonical_names_and_resolves_each_part_of_a_pair():
    gaz = FakeGazetteer()
    assert one("Pyongyang shipped 13,000 containers, the NIS said.", gazetteer=gaz)["claimant"] == "NIS"
    assert one("Seoul's National Intelligence Service said 3,000 soldiers left.", gazetteer=gaz)["claimant"] == "NIS"
    assert one("Seoul and Washington confirmed 3,000 soldiers left.", gazetteer=gaz)["claimant"] == "South Korea and United States"
    assert canonical_claimant("the Red Cross", gaz) == "Red Cross"
    assert canonical_claimant("the NIS", object()) == "NIS"  # a gazetteer without resolve is ignored


def test_a_figure_in_a_sentence_without_attribution_is_the_articles_own():
    found = figs("Officials said the river rose overnight. More than 100 homes were flooded.")
    assert (found[0]["claimant"], found[0]["text"]) == (None, "More than 100 homes")


def test_a_figure_in_a_quote_is_claimed_by_its_speaker_even_through_a_pronoun():
    f = one('Mayor Jane Roe said the town flooded. "We lost 40 homes," she said.')
    assert (f["claimant"], f["claimant_text"]) == ("Jane Roe", "she")


def test_no_attribution_no_claimant_and_negated_verbs_attribute_nothing():
    assert one("The storm flattened 40 homes.")["claimant"] is None
    assert one("The ministry would not say whether 40 homes burned.")["claimant"] is None


def test_a_report_as_claimant_resolves_to_the_body_that_issued_it():
    found = figs("The Coast Guard said it searched the bay on Monday.\n\n"
                 "Divers saw 12 boats near the pier, the report said.", gazetteer=FakeGazetteer())
    assert [(f["claimant"], f["claimant_text"]) for f in found] == [("Coast Guard", "the report")]
    alone = one("Divers saw 12 boats near the pier, the report said.")
    assert (alone["claimant"], alone["claimant_text"]) == ("report", "the report")


# --------------------------------------------------------------------------- each piece on its own

@pytest.mark.parametrize("text, source, before, after", [
    ("The ministry said 40 homes burned.", "The ministry", False, True),
    ("40 homes burned, the ministry said.", "the ministry", True, False),
    ("According to the coast guard, 12 boats sank.", "the coast guard", False, True),
    ('"We lost 40 homes," said Ana Ruiz, the mayor.', "Ana Ruiz", True, False),
    ("Last week, the ministry said that 40 homes burned.", "the ministry", False, True),
])
def test_attributions_in_reads_the_source_and_the_side_it_covers(text, source, before, after):
    (a,) = attributions_in(text)
    assert (a.text, a.before, a.after) == (source, before, after)
    assert text[a.start:a.end].startswith(source) or text[a.start:a.end].endswith(source)


@pytest.mark.parametrize("text", ["The firm wouldn't say how many.", "Ten homes were reported burned.",
                                  "He read a fake war report on Monday."])
def test_negations_passives_and_noun_phrases_attribute_nothing(text):
    assert attributions_in(text) == []


def test_pick_attribution_takes_the_nearest_covering_one_in_the_same_sentence():
    text = "The ministry said 40 homes burned. 12 boats sank, the coast guard said."
    atts = attributions_in(text)
    inner = [text.index("12")]
    picked = lambda number: _pick_attribution(atts, text.index(number), text.index(number) + 2, inner)  # noqa: E731
    assert picked("40").text == "The ministry" and picked("12").text == "the coast guard"
    assert _pick_attribution(atts, 0, 3, inner) is None  # the subject itself is covered by nothing


def test_canonical_claimant_without_a_gazetteer_drops_a_leading_article():
    assert canonical_claimant("The Red Cross") == "Red Cross" and canonical_claimant("police") == "police"


def test_a_document_is_named_by_its_kind_not_by_a_name():
    assert _a_document("the statement") and _a_document("a new report")
    assert not _a_document("the Pentagon statement") and not _a_document("statement")


def test_sentences_find_their_attributions_and_a_named_source_for_a_pronoun():
    a = parse_article("WASHINGTON (AP) \u2014 Mayor Ana Ruiz spoke on Monday. The river rose 3 feet, she said.\n")
    ctx = _Sentences(a.sentences)
    assert [x.text for x in ctx.attributions(1)] == ["she"]
    assert ctx.named_before(1) is None  # "Mayor Ana Ruiz spoke" is no attribution
    b = parse_article("WASHINGTON (AP) \u2014 Officials said the river rose. It flooded 40 homes.\n")
    assert [x.text for x in _Sentences(b.sentences).attributions(1)] == []
