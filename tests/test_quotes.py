"""Direct quotes and their speakers: the quotes table, attribution in and across sentences.

Every fixture is a short text written for these tests; each covers one pattern of attribution.
"""
from __future__ import annotations

import pytest

from helpers.extract.actors import load_gazetteer
from helpers.extract.attribution import Cue
from helpers.extract.quotes import extract, quotations
from helpers.extract.quotes.attribute import _is_title, _own_cues
from helpers.extract.quotes.entities import _Context
from helpers.extract.quotes.speakers import _speaker_of
from helpers.read.article import parse_article
from helpers.schema import COLUMNS


HEAD = "A headline for the test story\n\n"


def quotes_of(body: str, article_id: str = "t1") -> list[dict]:
    return extract(parse_article(HEAD + body + "\n", article_id), load_gazetteer())


def said(body: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) pairs of a body."""
    return [(q["text"], q["speaker"]) for q in quotes_of(body)]


# --------------------------------------------------------------------------- records

def test_records_have_the_contract_columns_and_point_at_their_text():
    art = parse_article(HEAD + '"We will win," said Jan Novak, a spokesman for the party.\n', "a7")
    recs = extract(art, load_gazetteer())
    assert len(recs) == 1
    q = recs[0]
    assert set(COLUMNS["quotes"]) <= set(q)
    assert q["quote_id"] == "a7:q1" and q["para_no"] == 1
    assert art.raw[q["start"]:q["end"]] == q["text"] == "We will win,"
    assert art.raw[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"] == "Jan Novak"
    assert (q["speaker"], q["verb"], q["partial"], q["speaker_kind"]) == ("Jan Novak", "said", False, "person")


def test_no_quotes_no_records():
    assert quotes_of("The council met on Monday and adjourned.") == []
    assert extract(parse_article("Only a headline\n", "t0")) == []


def test_output_is_deterministic():
    body = '"One," Ana Lind said. "Two."\n\n"Three," she added.'
    assert quotes_of(body) == quotes_of(body)


# --------------------------------------------------------------------------- speakers in the sentence

def test_speaker_after_the_quote():
    assert said('"Prices will fall," Finance Minister Ana Lind said on Tuesday.') == [("Prices will fall,", "Ana Lind")]


def test_inverted_speaker_with_appositive():
    got = quotes_of('"Prices will fall," said Tomas Berg, a senior economist at the bank.')
    assert (got[0]["speaker"], got[0]["speaker_text"]) == ("Tomas Berg", "Tomas Berg")


def test_appositive_between_speaker_and_verb():
    assert said('"It is a fair deal," Ana Lind, the union\'s chairwoman, said.') == [("It is a fair deal,", "Ana Lind")]
    assert said('"It is late," Tomas Berg, 52, of Lyon, France, said.') == [("It is late,", "Tomas Berg")]


def test_speaker_before_the_quote_with_a_lead_in():
    assert said('Ana Lind said, "We will appeal."') == [("We will appeal.", "Ana Lind")]
    assert said('Ana Lind wrote: "We will appeal."') == [("We will appeal.", "Ana Lind")]


def test_according_to():
    got = said('"The dam is safe," according to Tomas Berg, the chief engineer.')
    assert got == [("The dam is safe,", "Tomas Berg")]


def test_dash_after_the_quote():
    assert said('"Never give up." -Ana Lind') == [("Never give up.", "Ana Lind")]
    assert said("\u201cNever give up.\u201d \u2014 Ana Lind") == [("Never give up.", "Ana Lind")]


def test_colon_lead_in_without_a_verb():
    assert said('Pollsters agree - Ana Lind: "Turnout decides it."') == [("Turnout decides it.", "Ana Lind")]


def test_colon_lead_in_after_more_from_a_name_and_no_heading_word_or_label_speaks():
    assert said('What the count means - More from Lind: "Turnout decides it."') == [("Turnout decides it.", "Lind")]
    assert said('Signs were there all along -More from Eva Roe: "Turnout decides it."') == [
        ("Turnout decides it.", "Eva Roe")]
    assert said('What that means for the vote: "Turnout decides it."') == [("Turnout decides it.", None)]
    assert said('Name: Ana Lind Age: 27 Why she marches: "Turnout decides it."') == [("Turnout decides it.", None)]


def test_partial_quote_inside_a_sentence():
    got = quotes_of('Finance Minister Ana Lind said the budget would not "sit on the shelf" this year.')
    assert [(q["text"], q["speaker"], q["partial"]) for q in got] == [("sit on the shelf", "Ana Lind", True)]


def test_full_and_partial_are_told_apart():
    got = quotes_of('Ana Lind said the plan was "ambitious." "We will fund it," she said.')
    assert [(q["text"], q["partial"]) for q in got] == [("ambitious.", True), ("We will fund it,", False)]


def test_two_fragments_in_one_sentence_share_a_speaker():
    got = said('Tomas Berg said on Friday that the delay was "regrettable," adding that the firm would be "held to account."')
    assert got == [("regrettable,", "Tomas Berg"), ("held to account.", "Tomas Berg")]


def test_quote_split_by_its_attribution():
    got = said('"The numbers are clear," Ana Lind said at a press conference. "We need more nurses."')
    assert got == [("The numbers are clear,", "Ana Lind"), ("We need more nurses.", "Ana Lind")]


def test_fragment_attributed_later_in_the_sentence():
    got = said('The bridge was "unsafe for years," said Tomas Berg, a city engineer.')
    assert got == [("unsafe for years,", "Tomas Berg")]


def test_verb_without_its_own_subject_takes_the_clause_subject():
    got = said('Hours later, Ana Lind returned the favor, telling reporters, "He is a good man."')
    assert got == [("He is a good man.", "Ana Lind")]
    got = said('As the crowd began to chant, Tomas Berg stepped up and joked, "I am not the band."')
    assert got == [("I am not the band.", "Tomas Berg")]


def test_gerund_with_its_own_subject():
    got = said('Talks stalled, with Prime Minister Ana Lind saying the offer was "not serious."')
    assert got == [("not serious.", "Ana Lind")]


def test_speaker_named_earlier_in_the_paragraph():
    assert said('Tomas Berg agreed. "The market will decide."') == [("The market will decide.", "Tomas Berg")]


def test_relative_pronoun_stands_for_the_name_before_it():
    got = said('The letter came from Ana Lind, who wrote, "We will not pay."')
    assert got == [("We will not pay.", "Ana Lind")]


def test_titles_and_nationalities_are_stripped_from_known_speakers():
    got = quotes_of('"Talks must resume," U.S. Secretary of State Antony Blinken said.')
    assert (got[0]["speaker"], got[0]["speaker_text"]) == ("Antony Blinken", "U.S. Secretary of State Antony Blinken")
    got = quotes_of('"We are ready," Ukrainian President Volodymyr Zelenskyy said.')
    assert (got[0]["speaker"], got[0]["speaker_country"]) == ("Volodymyr Zelensky", "Ukraine")


def test_unknown_speakers_are_reported_as_written():
    got = quotes_of('"It will pass," Vice Transport Minister Kai Moreno said in a statement.')
    assert (got[0]["speaker"], got[0]["speaker_kind"]) == ("Kai Moreno", "person")


def test_organisations_as_speakers():
    got = quotes_of('Pyongyang fired again.\n\nOn Monday, the North\'s Foreign Ministry said it would "respond in kind."')
    assert (got[0]["speaker"], got[0]["speaker_kind"], got[0]["speaker_country"]) == (
        "North Korea's Foreign Ministry", "organization", "North Korea")
    got = quotes_of('Seoul\'s spy agency said the units were "fully trained."')
    assert got[0]["speaker"] == "National Intelligence Service"


def test_country_as_speaker():
    assert said('Japan has vowed to take "every necessary step" to protect its waters.') == [
        ("every necessary step", "Japan")]


# --------------------------------------------------------------------------- speakers across sentences

def test_pronouns_resolve_to_the_nearest_fitting_person():
    body = ('Joe Biden met Kamala Harris on Monday.\n\n'
            '"We agreed on the next steps," she said.\n\n'
            '"It was a good meeting," he said.')
    assert said(body) == [("We agreed on the next steps,", "Kamala Harris"), ("It was a good meeting,", "Joe Biden")]


def test_pronoun_after_reported_speech():
    body = ('Tomas Berg said the harbor would reopen soon.\n\n'
            '"We have cleared the channel," he wrote.')
    got = quotes_of(body)
    assert (got[0]["speaker"], got[0]["speaker_text"], got[0]["verb"]) == ("Tomas Berg", "he", "wrote")


def test_it_and_they_resolve_to_organisations():
    body = 'The World Health Organization issued new advice.\n\n"Masks help," it said.'
    assert said(body) == [("Masks help,", "World Health Organization")]


def test_we_and_i_are_not_resolved():
    got = quotes_of('"We will be back," we said.')
    assert (got[0]["speaker"], got[0]["speaker_text"]) == (None, "we")


def test_a_document_speaks_for_its_issuer():
    body = ('Russian troops moved north, the Defense Intelligence of Ukraine said on Sunday.\n\n'
            '"Two columns crossed the river," the report said.')
    assert said(body) == [("Two columns crossed the river,", "Ukraine's military intelligence")]


def test_a_document_naming_its_issuer():
    assert said('"Growth will slow," the Reuters report said.') == [("Growth will slow,", "Reuters")]


def test_family_name_alone_refers_to_the_full_name():
    body = ('Deputy Minister Jan Novak arrived on Monday.\n\n'
            '"We came to listen," Novak said.')
    assert said(body) == [("We came to listen,", "Jan Novak")]


def test_colon_lead_in_in_the_previous_paragraph():
    body = 'In a post on X, Ana Lind wrote:\n\n"We will rebuild every school."'
    got = quotes_of(body)
    assert [(q["text"], q["speaker"], q["attribution"], q["medium"]) for q in got] == [
        ("We will rebuild every school.", "Ana Lind", "colon", "post on X")]


def test_newline_before_the_quote():
    body = 'Ana Lind told the council:\n"The budget is balanced."'
    assert said(body) == [("The budget is balanced.", "Ana Lind")]


def test_quote_paragraph_continues_the_previous_speaker():
    body = '"The plan is ready," Ana Lind said.\n\n"We start on Monday."'
    got = quotes_of(body)
    assert [(q["speaker"], q["attribution"]) for q in got] == [("Ana Lind", "after"), ("Ana Lind", "previous paragraph")]


def test_a_new_paragraph_with_its_own_writer_text_does_not_inherit():
    body = '"The plan is ready," Ana Lind said.\n\n"Delays" remain, the report by the city auditors noted on page four.'
    got = quotes_of(body)
    assert got[1]["speaker"] != "Ana Lind"


# --------------------------------------------------------------------------- what is not speech

def test_scare_quotes_get_no_speaker():
    got = quotes_of('The so-called "peace plan" was shelved after the vote.')
    assert [(q["text"], q["speaker"], q["partial"]) for q in got] == [("peace plan", None, True)]


def test_titles_of_works_get_no_speaker():
    got = quotes_of('Ana Lind said on Sunday on NBC\'s "Meet the Press" that she would run.')
    assert [(q["text"], q["speaker"]) for q in got] == [("Meet the Press", None)]


def test_headline_quotes_are_not_body_quotes():
    raw = ("Lind says storm will pass 'in a matter of hours'\n\n"
           'Ana Lind said the storm would pass "in a matter of hours."\n')
    art = parse_article(raw, "h2")
    got = extract(art, load_gazetteer())
    assert [(q["text"], q["partial"]) for q in got] == [("in a matter of hours.", True)]
    assert got[0]["start"] > raw.index("\n")


def test_a_full_quote_with_no_speaker_in_reach_is_kept_without_one():
    got = quotes_of('The plaza was quiet.\n\n"Everything changes now."')
    assert [(q["text"], q["speaker"], q["partial"]) for q in got] == [("Everything changes now.", None, False)]


# --------------------------------------------------------------------------- medium and verb

def test_verb_and_medium_on_the_record():
    got = quotes_of('"We are not worried," Ana Lind told reporters on Friday.')
    assert (got[0]["verb"], got[0]["medium"]) == ("told", "remarks to reporters")
    got = quotes_of('"Vote early," Ana Lind tweeted.')
    assert (got[0]["verb"], got[0]["medium"]) == ("tweeted", "post on X/Twitter")


# --------------------------------------------------------------------------- patterns found on held-out news

def test_a_lead_in_beats_the_next_sentence_attribution():
    got = said('Ana Lind said, "The zeal of this case is unusual." He added, "It is not ordinary."')
    assert got == [("The zeal of this case is unusual.", "Ana Lind"), ("It is not ordinary.", "Ana Lind")]


def test_appositive_opening_with_a_possessive():
    got = said('"Rates will hold," Ana Lind, Acme\'s chief economist, said.')
    assert got == [("Rates will hold,", "Ana Lind")]


def test_capitalised_verb_after_an_appositive():
    got = said('"Not us, but fair enough!" Tomas Berg, the head of Forward Fund, Tweeted on Friday.')
    assert got == [("Not us, but fair enough!", "Tomas Berg")]


def test_is_quoted_as_saying():
    got = said('"Our method works," Tomas Berg is quoted as saying.')
    assert got == [("Our method works,", "Tomas Berg")]


def test_in_someones_view():
    got = said('"It is a failure across the board" from top to bottom, in Ana Lind\'s view.')
    assert got == [("It is a failure across the board", "Ana Lind")]


def test_colon_after_a_titled_name_inside_a_clause():
    got = said('The result did not surprise pollster Ana Lind: "Turnout decides it."')
    assert got == [("Turnout decides it.", "Ana Lind")]


def test_a_dash_before_a_clause_is_not_an_attribution():
    body = 'Ana Lind lamented the slogan - "is that all they have?" - Democrats in the state said they were unmoved.'
    got = quotes_of(body)
    assert got[0]["speaker"] == "Ana Lind" and got[0]["attribution"] != "dash"


def test_a_document_introduced_by_which():
    body = ('The Defense Intelligence of Ukraine released a new report on Monday.\n\n'
            'Officials cited the report, which said "two brigades moved east."')
    assert said(body)[0][1] == "Ukraine's military intelligence"


def test_pronoun_after_an_inverted_reported_speech():
    body = ('Budgets are tight this year, said Tomas Berg, a school board member.\n\n'
            '"We cut again and again," he said.')
    assert said(body) == [("We cut again and again,", "Tomas Berg")]


def test_quote_paragraph_after_reported_speech():
    body = 'Later, Ana Lind said that 100 more would be admitted.\n\n"That adds up to 300 in two years."'
    got = quotes_of(body)
    assert [(q["speaker"], q["attribution"]) for q in got] == [("Ana Lind", "previous paragraph")]


def test_pronoun_resolves_to_a_described_subject():
    body = ('One local woman stopped the senator after the event.\n\n'
            '"Do not forget us," she told him.')
    assert said(body) == [("Do not forget us,", "One local woman")]


def test_an_open_quote_after_a_full_stop_is_kept_to_the_paragraph_end():
    got = said('"We tried," Ana Lind said. "Then the money ran out and the site closed')
    assert got == [("We tried,", "Ana Lind"), ("Then the money ran out and the site closed", "Ana Lind")]


def test_a_name_given_by_a_speaker_is_not_a_title():
    got = said('Tomas Berg called the mayor "The Great Divider."')
    assert got == [("The Great Divider.", "Tomas Berg")]


def test_a_body_described_by_its_kind_is_the_one_named_before():
    body = ('South Korea\'s National Intelligence Service briefed lawmakers on Wednesday. '
            'The agency added that more units could follow.\n\n'
            '"We are watching closely," the agency said.')
    assert said(body) == [("We are watching closely,", "National Intelligence Service")]


def test_an_unnamed_spokesperson_speaks_for_the_body():
    got = quotes_of('"We regret the incident," a spokesperson for the Danish Foreign Ministry said in a statement.')
    assert (got[0]["speaker"], got[0]["speaker_country"], got[0]["speaker_text"], got[0]["medium"]) == (
        "Danish Foreign Ministry", "Denmark", "a spokesperson for the Danish Foreign Ministry", "statement")


def test_british_single_quotes_and_a_described_speaker():
    got = said("\u2018We will not be cowed,\u2019 the prime minister said. \u2018This is our home.\u2019")
    assert got == [("We will not be cowed,", "prime minister"), ("This is our home.", "prime minister")]


# --------------------------------------------------------------------------- caches keyed on a paragraph's text

def test_a_paragraph_repeated_in_two_stories_takes_each_storys_speaker():
    shared = '"It is fine," she said. "We will see."'
    for _ in range(2):  # the second round answers from the caches
        assert said("Anna Roe arrived on Monday.\n\n" + shared) == [("It is fine,", "Anna Roe"),
                                                                    ("We will see.", "Anna Roe")]
        assert said("Maria Lind arrived on Monday.\n\n" + shared) == [("It is fine,", "Maria Lind"),
                                                                      ("We will see.", "Maria Lind")]


# --------------------------------------------------------------------------- the pieces: who is named, who speaks, which cue

def context_of(body: str) -> tuple[_Context, str]:
    art = parse_article(HEAD + body + "\n", "c1")
    return _Context(art, load_gazetteer(), quotations(art.paragraphs)), art.paragraphs[0]["text"]


def test_entities_before_a_point_come_nearest_sentence_first_with_speakers_marked():
    ctx, text = context_of("Jan Novak met the board on Monday. Eva Lind, an aide, said talks went well. She left early.")
    groups = [[(e.actor.canonical, e.speaker) for e in group] for group in ctx.before(0, text.index("She"))]
    assert groups == [[("Eva Lind", True)], [("Jan Novak", False)]]


def test_a_pronoun_speaker_is_the_nearest_fitting_actor_named_before():
    ctx, text = context_of("Jan Novak met the board on Monday. Eva Lind, an aide, said talks went well. She left early.")
    at = text.index("She")
    assert _speaker_of(ctx, Cue(at, at + 3, "left", at + 4, "before"), 0).canonical == "Eva Lind"


def test_a_document_speaks_for_the_body_named_before_it():
    ctx, text = context_of("The Danish Foreign Ministry issued a report on Monday. The report said talks failed.")
    at = text.index("The report")
    speaker = _speaker_of(ctx, Cue(at, at + 10, "said", at + 11, "before"), 0)
    assert (speaker.canonical, speaker.country) == ("Danish Foreign Ministry", "Denmark")


def test_a_lead_in_right_before_a_quote_is_its_cue():
    t = 'Eva Lind said: "We agree," the mayor said.'
    ((partial, cue, medium),) = _own_cues(t, ((14, 25, 15, 24, True),), (0,), load_gazetteer())
    assert (partial, t[cue.start:cue.end], cue.verb, cue.how, medium) == (False, "Eva Lind", "said", "before", None)


def test_a_title_case_quote_reads_as_the_title_of_a_work():
    assert _is_title("The Daily Show") and not _is_title("we will fight on")


# --------------------------------------------------------------------------- issue 14: lead-ins and parentheses

def test_a_clause_ending_in_a_colon_gives_the_quote_its_subject():
    assert said('Roe delivered a snappy retort: "No one is tearing this up."') == [
        ("No one is tearing this up.", "Roe")]


def test_a_verb_before_a_colon_leads_in_to_the_next_quote_not_the_one_before():
    got = said('Mayor Eva Lind spoke at the market. She proclaimed at a press conference, "We did nothing wrong." '
               'The police chief added: "We will investigate."')
    assert got == [("We did nothing wrong.", "Eva Lind"), ("We will investigate.", "police chief")]


def test_remembered_attributes_a_quote():
    assert said('"Nobody listened to us," remembered Jan Roe, a former spokesman.') == [
        ("Nobody listened to us,", "Jan Roe")]


@pytest.mark.parametrize("body, speaker", [
    ('"People told us clearly," said Émilie Tremblay, who chairs the committee.', "Émilie Tremblay"),
    ('"We were ready," said Łukasz Nowak. "It was hard," Nowak said.', "Łukasz Nowak"),
    ('"It is done," said Ómar Vik.', "Ómar Vik"),
    ('"The painting is ours," said Laurence des Cars, the museum\'s president.', "Laurence des Cars"),
])
def test_names_with_accented_capitals_and_particles_are_whole(body, speaker):
    assert {s for _, s in said(body)} == {speaker}


@pytest.mark.parametrize("body, speaker", [
    ('"Don\'t cut the buses," said Coun. Émilie Tremblay.', "Émilie Tremblay"),
    ('"It is done," said Ald. Ray Boone. Later the alderman added: "We move on."', "Ray Boone"),
])
def test_canadian_and_us_council_titles_are_no_names(body, speaker):
    assert {s for _, s in said(body)} == {speaker}


@pytest.mark.parametrize("body, speaker", [
    ('"We are watching," Department of Transport spokesman Jason Kerr said.', "Jason Kerr"),
    ('"They exploited women," said Acting U.S. Attorney for the District of Kent Joshua Levy.', "Joshua Levy"),
])
def test_a_name_after_a_body_and_its_title_is_the_person(body, speaker):
    assert {s for _, s in said(body)} == {speaker}


@pytest.mark.parametrize("body, speaker", [
    ('Tomas Kell spoke on Monday. In a radio interview later that day, Kell went even further: "If he loses, it is over."',
     "Tomas Kell"),
    ('Mayor Eva Lind met the protesters. Later, Lind went further: "We will sue the county."', "Eva Lind"),
    ('Coach Ana Ruiz watched the replay. Ruiz shrugged it off: "We lost, and that is that."', "Ana Ruiz"),
])
def test_a_name_then_its_verb_before_a_colon_is_the_name_alone(body, speaker):
    assert said(body)[-1][1] == speaker


@pytest.mark.parametrize("body, not_speaker", [
    ('Omar Pell, a judge on the quiz show "Brain Race," said his boss was "always kind and fair."', "his boss"),
    ('Omar Pell, a judge on "Brain Race," who went on to host it, said his boss was "always kind and fair."', "his boss"),
    ('Lea Moss, who starred in "Night Tide," said the director had "no patience at all."', "director"),
])
def test_the_subject_of_a_clause_reported_after_said_is_not_an_inverted_speaker(body, not_speaker):
    assert said(body)[-1][1] != not_speaker


def test_an_inverted_attribution_after_a_quote_still_speaks():
    assert said('"We will appeal," said Jan Roe, the team\'s lawyer.') == [("We will appeal,", "Jan Roe")]


@pytest.mark.parametrize("body", [
    'Senator Dale Whitmore spoke to reporters on Monday.\n\nTranscript as follows:\n\n"We will not back down on this bill."',
    'Mayor Rita Olsen held a press call on Friday.\n\nTranscript:\n\n"The bridge will reopen next week."',
    'Mayor Rita Olsen held a press call on Friday. Excerpt: "The bridge will reopen next week."',
    'The governor answered questions for an hour.\n\nFull transcript: "We are ready for the storm."',
])
def test_a_label_before_a_colon_is_never_the_speaker(body):
    assert all(s not in {"Transcript", "Excerpt", "Full", "Full transcript"} for _, s in said(body))


@pytest.mark.parametrize("body, speaker", [
    ('Mayor Rita Olsen defended the plan on Tuesday, telling the Harbor Gazette: "The bridge will reopen."',
     "Rita Olsen"),
    ('Dale Whitmore rejected the criticism, telling Breitbart London: "This is nonsense."', "Dale Whitmore"),
    ('Dale Whitmore told Channel Nine News: "This is nonsense."', "Dale Whitmore"),
    ('Rita Olsen hit back on Friday, writing to the Harbor Gazette: "We did nothing wrong."', "Rita Olsen"),
])
def test_the_outlet_told_before_a_colon_is_not_the_speaker(body, speaker):
    assert said(body)[0][1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ('Campaign group Carbon Watch said the cut showed the firm was "going backwards" on climate.', "Carbon Watch"),
    ('Ida Marsh released a campaign video that said, "We will fix the roads."', "Ida Marsh"),
])
def test_a_name_or_phrase_ending_in_a_label_word_still_speaks(body, speaker):
    assert said(body)[0][1] == speaker
