"""Reactions: the table of statements (direct quotes and reported speech), queries and escaped HTML.

Fixtures are short paragraphs written for these tests. A small stand-in gazetteer (the same
API as helpers.extract.actors: ``resolve(name)`` and ``find(text)``) keeps them independent of
data/actors.csv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings, strategies as st

from helpers import load_corpus
from helpers.analyse.quotes import quotes_by_speaker
from helpers.analyse.reactions import filter_reactions, reactions_matrix, what_each_side_said
from helpers.corpus import Corpus, records_to_frame
from helpers.extract.reactions import reactions
from helpers.read.article import parse_article
from helpers.schema import COLUMNS
from helpers.show.quotes import quotes_in_context


@dataclass(frozen=True)
class Actor:
    canonical: str
    kind: str
    country: str | None
    aliases: tuple = ()
    titles: tuple = ()


class Gaz:
    """A tiny gazetteer with the helpers.extract.actors API."""

    ACTORS = [
        Actor("Finland", "country", "Finland", ("Helsinki", "Finnish")),
        Actor("Norway", "country", "Norway", ("Oslo", "Norwegian")),
        Actor("Sweden", "country", "Sweden", ("Stockholm", "Swedish")),
        Actor("Anna Berg", "person", "Finland", ("Berg",), ("Prime Minister",)),
        Actor("Lars Holm", "person", "Norway", ("Holm",)),
        Actor("Finnish Border Guard", "organization", "Finland", ("Border Guard",)),
        Actor("Swedish Coast Guard", "organization", "Sweden", ("Coast Guard",)),
    ]

    def __init__(self):
        self.names = {}
        for a in self.ACTORS:
            for n in (a.canonical, *a.aliases):
                self.names[n] = a

    def resolve(self, name):
        return self.names.get(name.strip())

    def find(self, text):
        out = []
        for n in sorted(self.names, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text):
                if not any(s <= m.start() < e for s, e, _ in out):
                    out.append((m.start(), m.end(), self.names[n]))
        return sorted(out, key=lambda t: t[0])


GAZ = Gaz()


def article(*paragraphs: str, article_id: str = "t1"):
    return parse_article("Border tensions rise\n\n" + "\n\n".join(paragraphs) + "\n", article_id)


def rows(*paragraphs: str, quotes=None, gazetteer=GAZ):
    a = article(*paragraphs)
    out = reactions(a, gazetteer, quotes=[] if quotes is None else quotes)
    for r in out:
        assert a.raw[r["start"]:r["end"]] == r["text"]
        assert set(r) == set(COLUMNS["reactions"])
    return out


def brief(out):
    return [(r["actor"], r["country"], r["verb"], r["stance"], r["text"]) for r in out]


# --------------------------------------------------------------------------- reported speech forms

def test_front_form_with_that_and_a_time_word():
    assert brief(rows("The Border Guard said Tuesday that two drones crossed the frontier.")) == [
        ("Finnish Border Guard", "Finland", "said", "report", "two drones crossed the frontier")]


def test_front_form_without_that_skips_the_time_words():
    assert brief(rows("Lars Holm said last week the ferry would not sail.")) == [
        ("Lars Holm", "Norway", "said", "report", "the ferry would not sail")]


def test_trailing_attribution_takes_the_clause_before_it():
    out = rows("Two drones crossed the frontier overnight, the Border Guard said on Tuesday, citing radar data.")
    assert brief(out) == [("Finnish Border Guard", "Finland", "said", "report", "Two drones crossed the frontier overnight")]
    assert out[0]["kind"] == "reported" and out[0]["para_no"] == 1


def test_inverted_trailing_attribution():
    assert brief(rows("Talks on the fishing quota will resume in May, said Anna Berg.")) == [
        ("Anna Berg", "Finland", "said", "report", "Talks on the fishing quota will resume in May")]


def test_vowed_to_gives_a_pledge_and_keeps_the_infinitive():
    assert brief(rows("Sweden has vowed to double patrols along its coast.")) == [
        ("Sweden", "Sweden", "vowed", "pledge", "to double patrols along its coast")]


def test_warned_that():
    assert brief(rows("Prime Minister Anna Berg warned that further incursions would be answered.")) == [
        ("Anna Berg", "Finland", "warned", "warn", "further incursions would be answered")]


def test_according_to_after_and_before_the_statement():
    out = rows("The tanker carried 40 crew, according to the Coast Guard. "
               "According to Helsinki, the tanker left port at dawn.")
    assert brief(out) == [
        ("Swedish Coast Guard", "Sweden", "according to", "report", "The tanker carried 40 crew"),
        ("Finland", "Finland", "according to", "report", "the tanker left port at dawn")]


def test_a_possessive_subject_takes_the_owner_country():
    out = rows("Norway's fisheries agency said the quota talks had failed.")
    assert brief(out) == [("Norway's fisheries agency", "Norway", "said", "report", "the quota talks had failed")]


def test_a_title_before_a_known_name_resolves_to_the_name():
    out = rows("Finnish Prime Minister Anna Berg said Monday that the crossing would reopen.")
    assert [(r["actor"], r["actor_text"]) for r in out] == [("Anna Berg", "Finnish Prime Minister Anna Berg")]


def test_an_unknown_speaker_is_kept_as_written():
    out = rows("Fisheries official Marta Lind said that catches fell by a third.", gazetteer=None)
    assert brief(out) == [("Fisheries official Marta Lind", None, "said", "report", "catches fell by a third")]


def test_a_coordinated_second_verb_continues_the_same_subject():
    out = rows("The Border Guard said it had no record of the flight, but argued the airspace was open, "
               "adding that radar had been down.")
    assert brief(out) == [
        ("Finnish Border Guard", "Finland", "said", "report", "it had no record of the flight"),
        ("Finnish Border Guard", "Finland", "argued", "argue", "the airspace was open"),
        ("Finnish Border Guard", "Finland", "adding", "report", "radar had been down")]


def test_a_clause_with_another_speaker_ends_the_first_statement():
    out = rows("Sweden has pledged to send two frigates, with Lars Holm saying Norway could join later.")
    assert brief(out) == [
        ("Sweden", "Sweden", "pledged", "pledge", "to send two frigates"),
        ("Lars Holm", "Norway", "saying", "report", "Norway could join later")]


def test_a_statement_noun_after_a_support_verb():
    out = rows("Anna Berg gave a non-denial answer when asked about the radar images.")
    assert brief(out) == [("Anna Berg", "Finland", "answer", "non-denial",
                           "a non-denial answer when asked about the radar images")]


def test_pronoun_subject_resolves_to_the_last_fitting_actor():
    out = rows("Anna Berg said the border would stay open.", "She warned that smugglers could exploit it.")
    assert [(r["actor"], r["actor_text"], r["stance"]) for r in out] == [
        ("Anna Berg", "Anna Berg", "report"), ("Anna Berg", "She", "warn")]


def test_a_definite_description_resolves_to_an_earlier_actor():
    out = rows("The Coast Guard said Monday that a tanker ran aground.", "The guard said its crew was safe.")
    assert [r["actor"] for r in out] == ["Swedish Coast Guard", "Swedish Coast Guard"]


# --------------------------------------------------------------------------- multi-actor subjects

def test_two_actors_give_two_rows_with_the_same_span():
    out = rows("On Monday, Oslo and Stockholm confirmed that the joint drill was called off.")
    assert brief(out) == [
        ("Norway", "Norway", "confirmed", "confirm", "the joint drill was called off"),
        ("Sweden", "Sweden", "confirmed", "confirm", "the joint drill was called off")]
    assert out[0]["start"] == out[1]["start"] and out[0]["end"] == out[1]["end"]


def test_a_list_of_three_actors():
    out = rows("Finland, Norway and Sweden said they would share radar data.")
    assert [r["actor"] for r in out] == ["Finland", "Norway", "Sweden"]


def test_and_inside_an_organisation_name_is_not_split():
    out = rows("The Ministry of Trade and Industry said exports rose.", gazetteer=None)
    assert [r["actor"] for r in out] == ["Ministry of Trade and Industry"]


# --------------------------------------------------------------------------- negative cases

@pytest.mark.parametrize("text", [
    "Neither Oslo nor Stockholm have given clear answers about the drill.",
    "The ferry sailed north on Tuesday with 200 passengers.",
    "Officials were alarmed amid reports of drones over the port.",
    "The so-called quota deal was signed in May.",
])
def test_no_reaction_without_an_attributed_statement(text):
    assert rows(text) == []


def test_a_quotation_with_its_attribution_is_left_to_the_quotes_table():
    assert rows('"We will not back down," Anna Berg said on Tuesday.') == []
    assert rows('Anna Berg said: "We will not back down."') == []


def test_a_verb_inside_a_quotation_is_not_a_reported_statement():
    assert rows('The banner read "Norway said no to the deal" in large letters.') == []


# --------------------------------------------------------------------------- stances of rows

def test_a_keyword_in_the_statement_sets_the_stance_of_a_reported_row():
    out = rows('Lars Holm said the buildup was "highly concerning" and could soon spill over.')
    assert [r["stance"] for r in out] == ["concern"]  # both match; the longer phrase wins


def test_neither_confirmed_nor_denied_is_one_non_denial_row():
    out = rows("The Coast Guard neither confirmed nor denied that a submarine was sighted.")
    assert brief(out) == [("Swedish Coast Guard", "Sweden", "confirmed", "non-denial", "a submarine was sighted")]


# --------------------------------------------------------------------------- direct quotes

def quote(a, text, speaker, speaker_text=None, verb="said", quote_id=1):
    start = a.raw.index(text)
    para = next(p["para_no"] for p in a.paragraphs if p["start"] <= start < p["end"])
    return {"article_id": a.article_id, "quote_id": quote_id, "text": text, "speaker": speaker,
            "speaker_text": speaker_text or speaker, "verb": verb, "partial": False, "medium": None,
            "para_no": para, "start": start, "end": start + len(text)}


def test_each_attributed_quote_is_a_direct_row_with_its_speaker_country_and_stance():
    a = article('"We will not back down," Anna Berg said on Tuesday.', '"It is calm," an aide said.')
    qs = [quote(a, "We will not back down,", "Anna Berg"), quote(a, "It is calm,", None, "an aide", quote_id=2)]
    out = reactions(a, GAZ, quotes=qs)
    assert [(r["actor"], r["actor_text"], r["country"], r["stance"], r["kind"], r["quote_id"]) for r in out] == [
        ("Anna Berg", "Anna Berg", "Finland", "pledge", "direct", 1), (None, "an aide", None, "report", "direct", 2)]
    assert all(a.raw[r["start"]:r["end"]] == r["text"] for r in out)


def test_an_unattributed_quote_is_not_a_reaction():
    a = article('Crowds chanted "no border" outside.')
    assert reactions(a, GAZ, quotes=[quote(a, "no border", None, None)]) == []


def test_a_partial_quote_inside_a_reported_statement_of_the_same_actor_is_one_row():
    a = article('Lars Holm said Tuesday that the drill was "highly concerning" for the region.')
    out = reactions(a, GAZ, quotes=[quote(a, "highly concerning", "Lars Holm", "Lars Holm")])
    assert [(r["kind"], r["stance"], r["text"]) for r in out] == [
        ("reported", "concern", 'the drill was "highly concerning" for the region')]


def test_a_quote_of_another_speaker_inside_a_statement_stays_its_own_row():
    a = article('Lars Holm said Anna Berg had called the plan "reckless" in private.')
    out = reactions(a, GAZ, quotes=[quote(a, "reckless", "Anna Berg", "Anna Berg")])
    assert sorted((r["actor"], r["kind"]) for r in out) == [("Anna Berg", "direct"), ("Lars Holm", "reported")]


# --------------------------------------------------------------------------- spans and determinism

SUBJECTS = ["Anna Berg", "The Border Guard", "Oslo and Stockholm", "Norway's fisheries agency", "She", "the ministry",
            "Fisheries official Marta Lind", "Neither Oslo nor Helsinki"]


VERBS = ["said", "has vowed to", "warned that", "confirmed", "said Tuesday that", "gave a non-denial answer on"]


CLAUSES = ["the border is shut", '"highly concerning" moves', "two ships sank near the coast", "talks resume",
           "<script>alert(1)</script> appeared"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(CLAUSES),
                          st.booleans()), min_size=1, max_size=4))
def test_property_spans_point_at_their_text_and_output_is_deterministic(parts):
    sentences = [f"{c}, {s.lower() if s[0].isupper() and s.split()[0] in ('The', 'She') else s} said." if trailing
                 else f"{s} {v} {c}." for s, v, c, trailing in parts]
    a = article(" ".join(sentences))
    first = reactions(a, GAZ, quotes=[])
    assert first == reactions(a, GAZ, quotes=[])
    for r in first:
        assert a.raw[r["start"]:r["end"]] == r["text"] and r["text"].strip() == r["text"] and r["text"]
        assert r["kind"] == "reported" and r["stance"]


# --------------------------------------------------------------------------- queries

def frame(out):
    return records_to_frame("reactions", out)


def test_matrix_counts_each_actor_of_a_shared_statement_once_per_country():
    r = frame(rows("Oslo and Stockholm confirmed that the drill was off.",
                   "Lars Holm warned that it could resume.", "Fisheries official Marta Lind said catches fell."))
    m = reactions_matrix(r)
    assert m.to_dict("records") == [
        {"country": "Norway", "report": 0, "confirm": 1, "warn": 1, "total": 2},
        {"country": "Sweden", "report": 0, "confirm": 1, "warn": 0, "total": 1},
        {"country": "(unknown)", "report": 1, "confirm": 0, "warn": 0, "total": 1}]


def test_what_each_side_said_and_filter():
    r = frame(rows("Lars Holm said the drill was off.", "Lars Holm warned that it could resume.",
                   "Sweden has vowed to send ships."))
    said = what_each_side_said(r)
    assert said[["country", "actor", "statements", "stances"]].values.tolist() == [
        ["Norway", "Lars Holm", 2, "report, warn"], ["Sweden", "Sweden", 1, "pledge"]]
    assert said.said[0] == "[report] the drill was off | [warn] it could resume"
    assert filter_reactions(r, countries=["Sweden"]).actor.tolist() == ["Sweden"]
    assert filter_reactions(r, stances=["warn", "pledge"]).stance.tolist() == ["warn", "pledge"]
    assert len(filter_reactions(r)) == 3


def test_queries_on_empty_tables():
    empty = records_to_frame("reactions", [])
    assert reactions_matrix(empty).empty and what_each_side_said(empty).empty and filter_reactions(empty).empty
    q = records_to_frame("quotes", [])
    assert quotes_by_speaker(q).empty and quotes_in_context(q, records_to_frame("sentences", [])).empty


# --------------------------------------------------------------------------- quotes view and escaping

EVIL = "<script>alert(1)</script>"


def evil_corpus():
    a = article(f'"Paste {EVIL} here," Anna Berg said. The page froze.', 'Lars Holm said nothing new.',
                article_id="evil")
    qs = [quote(a, f"Paste {EVIL} here,", "Anna Berg")]
    return a, qs, Corpus([a], records={"quotes": qs})


def test_quotes_by_speaker_counts_and_sorts():
    a, qs, _ = evil_corpus()
    more = qs + [dict(qs[0], quote_id=2, speaker="Lars Holm"), dict(qs[0], quote_id=3, speaker=None, speaker_text=None)]
    assert quotes_by_speaker(records_to_frame("quotes", more)).values.tolist() == [
        ["(unattributed)", 1, 1], ["Anna Berg", 1, 1], ["Lars Holm", 1, 1]]


def test_quotes_in_context_marks_the_quote_and_escapes_the_sentence():
    _, _, c = evil_corpus()
    out = quotes_in_context(c.quotes, c.sentences)
    html = out.sentence[0]
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.startswith("&quot;<mark>Paste &lt;script&gt;") and html.endswith("</mark>&quot; Anna Berg said.")
    assert quotes_in_context(c.quotes, c.sentences, speaker="Lars Holm").empty


def test_quote_explorer_html_is_escaped_and_follows_the_dropdown():
    from helpers.show.widgets import quotes_explorer

    _, _, c = evil_corpus()
    box = quotes_explorer(c)
    (pick, search), out = box.children[0].children, box.children[1]
    assert "<script>" not in out.value and "&lt;script&gt;" in out.value and "<mark>" in out.value
    assert pick.options == ("(all)", "Anna Berg")
    pick.value = "Anna Berg"
    assert "1 quote(s) by Anna Berg" in out.value and "<script>" not in out.value
    search.value = "no such words"
    assert "0 quote(s) by Anna Berg with no such words" in out.value


def test_reactions_explorer_escapes_and_filters():
    from helpers.show.widgets import reactions_explorer

    a = article(f"Lars Holm said that {EVIL} was posted.", "Sweden has vowed to send ships.")
    c = Corpus([a], records={"reactions": reactions(a, GAZ, quotes=[])})
    box = reactions_explorer(c)
    (sides, stances), kind, out = box.children[0].children, box.children[1], box.children[2]
    assert kind.value == "actor"  # one country: the sides are the actors
    assert "<script>" not in out.value and "&lt;script&gt;" in out.value and "2 statement(s)" in out.value
    sides.value = ("Sweden",)
    assert "1 statement(s)" in out.value and "send ships" in out.value
    stances.value = ("report",)
    assert "0 statement(s)" in out.value
    kind.value = "country"  # the switch: sides are now countries, and the choices start afresh
    assert sides.value == () and sides.options == ("Norway", "Sweden")


def test_explorers_without_rows_say_so():
    from helpers.show.widgets import quotes_explorer, reactions_explorer

    c = Corpus([article("The ferry sailed north.")], records={"quotes": [], "reactions": []})
    assert quotes_explorer(c).value == "<p>No quotes found.</p>"
    assert reactions_explorer(c).value == "<p>No reactions found.</p>"


# --------------------------------------------------------------------------- the corpus table

def test_corpus_reactions_table_has_the_contract_columns_and_true_spans():
    c = load_corpus()
    r = c.reactions
    assert list(r.columns) == list(COLUMNS["reactions"])
    raws = {d.article_id: d.raw for d in c.documents}
    assert all(raws[a][s:e] == t for a, s, e, t in zip(r.article_id, r.start, r.end, r.text))
    assert set(r.kind) <= {"direct", "reported"}


# --------------------------------------------------------------------------- rules found on unseen news

@pytest.mark.parametrize("text", [
    "Lars Holm added during a visit to the port.",           # a circumstance, not a statement
    "The mayor said in a statement on Friday.",
    "Lars Holm told reporters.",
    "The Holm campaign remained committed to the plan.",     # "remained" is not part of a subject
    "Lars Holm estimates will be published in June.",        # "estimates" is a noun here
    "Lars Holm said. However, the port stayed shut.",
    "Voters cast ballots for the presidency, saying the race was close.",
    "The plan cost more than 300 crowns, according to their estimates.",
])
def test_no_reported_statement_in_these(text):
    assert rows(text) == []


def test_a_lead_in_to_a_quotation_is_left_to_the_quotes_table():
    assert rows('Anna Berg wrote on Tuesday, "The border stays shut."') == []
    assert rows('Late on Monday, Anna Berg wrote: "The border stays shut."') == []
    assert rows('Anna Berg said flatly: "The border stays shut."') == []


def test_a_statement_may_open_with_a_quantity():
    out = rows("Sweden has also confirmed at least 40 boats were seized.", "Lars Holm said as many as 12 crew fled.")
    assert [(r["actor"], r["text"]) for r in out] == [
        ("Sweden", "at least 40 boats were seized"), ("Lars Holm", "as many as 12 crew fled")]


def test_told_skips_the_person_told():
    assert [r["text"] for r in rows("Lars Holm told host Eva Dahl the quota was unfair.")] == ["the quota was unfair"]
    assert [r["text"] for r in rows("Lars Holm told reporters that the quota was unfair.")] == ["the quota was unfair"]


def test_a_non_answer_is_a_statement_by_itself():
    out = rows("The Coast Guard declined to comment.", "Lars Holm did not respond to a request for comment.")
    assert [(r["actor"], r["stance"], r["text"]) for r in out] == [
        ("Swedish Coast Guard", "non-denial", "declined to comment"),
        ("Lars Holm", "non-denial", "to a request for comment")]


def test_according_to_in_the_middle_takes_the_whole_sentence():
    out = rows("The tanker, according to the Coast Guard, was carrying 40 crew.")
    assert brief(out) == [("Swedish Coast Guard", "Sweden", "according to", "report",
                           "The tanker, according to the Coast Guard, was carrying 40 crew")]


def test_an_unplaced_speaker_takes_the_country_of_a_body_its_title_names():
    a = article("Norway's Fisheries Directorate said the quota was final.",
                '"We will not reopen it," Deputy Fisheries Director Eva Dahl said.')
    gaz = Gaz()
    gaz.names["Norway's Fisheries Directorate"] = Actor("Norwegian Fisheries Directorate", "organization", "Norway")
    out = reactions(a, gaz, quotes=[quote(a, "We will not reopen it,", "Eva Dahl", "Deputy Fisheries Director Eva Dahl")])
    assert [(r["actor"], r["country"], r["kind"]) for r in out] == [
        ("Norwegian Fisheries Directorate", "Norway", "reported"), ("Eva Dahl", "Norway", "direct")]


def test_with_the_project_gazetteer_two_capitals_are_two_countries():
    from helpers.extract.actors import load_gazetteer

    out = rows("Paris and Berlin confirmed that the summit was postponed.", gazetteer=load_gazetteer())
    assert [(r["actor"], r["country"], r["stance"]) for r in out] == [
        ("France", "France", "confirm"), ("Germany", "Germany", "confirm")]


@pytest.mark.parametrize("sentence", ["Some said the plan would fail.", "None said the plan would fail.",
                                      "That said the plan would fail, aides warned."])
def test_a_function_word_opening_a_statement_is_no_actor(sentence):
    from helpers.read.article import parse_article

    a = parse_article("Head line here\n\nThe council met on Monday. " + sentence + "\n", "a1")
    rows = reactions(a, quotes=[])
    assert rows and all(r["actor"] is None and r["actor_text"] == sentence.split()[0] for r in rows)
