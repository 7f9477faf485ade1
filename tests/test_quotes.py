"""Direct quotes and their speakers.

Every fixture is a short text written for these tests; each covers one pattern of attribution
or one way quotation marks go wrong in real copy.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.actors import load_gazetteer
from helpers.read.article import parse_article
from helpers.extract.attribution import cue_after, cue_before, medium_of, np_after, np_before, subject_before
from helpers.extract.quotes import extract, pair_marks, quotations
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


# --------------------------------------------------------------------------- quotation marks

def test_straight_and_curly_marks():
    assert said('"We are ready," Ana Lind said.') == [("We are ready,", "Ana Lind")]
    assert said("\u201cWe are ready,\u201d Ana Lind said.") == [("We are ready,", "Ana Lind")]
    assert said("\u00abWe are ready\u00bb, Ana Lind said.") == [("We are ready", "Ana Lind")]


def test_mixed_straight_and_curly_pair():
    assert said('"Costs will rise,\u201d Ana Lind said.') == [("Costs will rise,", "Ana Lind")]


def test_spacing_around_marks():
    assert said('" We will not give up , " Ana Lind said .') == [("We will not give up ,", "Ana Lind")]


def test_single_marks_nested_in_double_marks_are_part_of_the_quote():
    got = said('"He told me \'never again\' and left," Ana Lind said.')
    assert got == [("He told me 'never again' and left,", "Ana Lind")]


def test_single_marks_quote_when_the_copy_has_no_double_marks():
    assert said("'We will rebuild,' Ana Lind said. Her rival's team declined to comment.") == [
        ("We will rebuild,", "Ana Lind")]


def test_odd_number_of_marks_never_swallows_the_rest():
    body = ('Ana Lind called the plan "reckless and walked out.\n\n'
            'The council voted 7-2.\n\n"We move on," Tomas Berg said.')
    got = quotes_of(body)
    assert [(q["text"], q["speaker"]) for q in got] == [("We move on,", "Tomas Berg")]
    assert all(q["para_no"] == 3 for q in got)


def test_a_second_opening_mark_restarts_the_quote():
    assert pair_marks('He said "first and then \u201csecond,\u201d she said.')[0] == [(24, 32)]


def test_a_closing_mark_with_nothing_after_it_closes():
    got = said('"We tried," Ana Lind said. "It failed. \u201c')
    assert got == [("We tried,", "Ana Lind"), ("It failed.", "Ana Lind")]


def test_quote_running_over_paragraphs():
    body = ('"The first part of the statement goes on.\n\n'
            '"And the second part ends here," Ana Lind said.')
    got = quotes_of(body)
    assert [(q["text"], q["speaker"], q["para_no"]) for q in got] == [
        ("The first part of the statement goes on.", "Ana Lind", 1),
        ("And the second part ends here,", "Ana Lind", 2)]
    assert got[0]["attribution"] == "continued"


def test_quotations_keep_an_open_quote_only_where_it_can_be_one():
    paras = [{"text": 'Roe said: "We are done here.'}, {"text": 'The vote was "close, Roe said.'}]
    assert [(q.para, q.closed) for q in quotations(paras)] == [(0, False)]


def test_marks_inside_markup_are_not_quotes():
    assert said('<div class="note">The council met.</div>') == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list('ab Cd."\u201c\u201d\'\u2018\u2019,:-\u2014')), max_size=40),
                min_size=1, max_size=5))
def test_random_text_with_random_marks_never_breaks(paragraphs):
    body = "\n\n".join(p.replace("\n", " ") for p in paragraphs)
    art = parse_article(HEAD + body + "\n", "h1")
    recs = extract(art, load_gazetteer())
    paras = {p["para_no"]: p for p in art.paragraphs}
    for q in recs:
        assert art.raw[q["start"]:q["end"]] == q["text"] and q["text"]
        p = paras[q["para_no"]]
        assert p["start"] <= q["start"] < q["end"] <= p["end"], "a quote never leaves its paragraph"
        if q["speaker_start"] is not None:
            assert art.raw[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
    assert [q["quote_id"] for q in recs] == [f"h1:q{n}" for n in range(1, len(recs) + 1)]


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

@pytest.mark.parametrize("sentence, medium", [
    ("Ana Lind said in a post on X.", "post on X"),
    ("Kim said in a statement carried by the official Korean Central News Agency.", "statement carried by KCNA"),
    ("Lind said during a press conference in Oslo.", "press conference"),
    ("Lind told reporters in Oslo.", "remarks to reporters"),
    ("Lind said in an interview with CNN on Sunday.", "interview with CNN"),
    ("Lind said on its website.", "website"),
    ("Lind said.", None),
])
def test_medium_of(sentence, medium):
    assert medium_of(sentence) == medium


def test_verb_and_medium_on_the_record():
    got = quotes_of('"We are not worried," Ana Lind told reporters on Friday.')
    assert (got[0]["verb"], got[0]["medium"]) == ("told", "remarks to reporters")
    got = quotes_of('"Vote early," Ana Lind tweeted.')
    assert (got[0]["verb"], got[0]["medium"]) == ("tweeted", "post on X/Twitter")


# --------------------------------------------------------------------------- the grammar pieces

def test_np_before_and_after():
    t = "Russia sent troops, the Defense Intelligence of Ukraine also said"
    assert t[slice(*np_before(t, t.index("said")))] == "the Defense Intelligence of Ukraine"
    t = "said one of the advisers, who asked"
    assert t[slice(*np_after(t, 5))] == "one of the advisers"
    assert np_before("and then", 8) is None


def test_subject_before_skips_party_tags_and_parentheses():
    t = "Rep. Ana Lind, D-Wash., said"
    assert t[slice(*subject_before(t, t.index("said")))] == "Rep. Ana Lind"
    t = "Sen. Tomas Berg (R-Texas) also said"
    assert t[slice(*subject_before(t, t.index("said")))] == "Sen. Tomas Berg"


def test_cues_reject_nouns_that_look_like_verbs():
    t = 'Trade between the United States and Canada grew, "quickly"'
    assert cue_before(t, 0, t.index('"')) is None
    t = '"Fine." Then the reports came in.'
    assert cue_after(t, 7, len(t)) is None


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


def test_pair_marks_hands_out_its_own_lists():
    spans, _ = pair_marks('He said "yes" and "no".')
    spans.clear()
    assert pair_marks('He said "yes" and "no".')[0] == [(8, 12), (18, 21)]


_PIECES = list("ab SRt.'-_\u2019\u2011 s\u00a0\u00e9,\"()") + ["said", "pointed", "out", "Sen.", "according", "to"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_words_are_the_word_pattern_matches(text):
    from helpers.extract.attribution import WORD_RE, verb_hits, word_class, words
    plain = [(m.start(), m.end(), m.group(), word_class(m.group())) for m in WORD_RE.finditer(text)]
    assert list(words(text)) == plain
    for a, b in [(0, len(text)), (len(text) // 3, len(text) // 2)]:
        assert list(words(text, a, b)) == [w for w in plain if a <= w[0] and w[1] <= b and w[0] < b]
    for hit in verb_hits(text):  # "pointed_out" too: the verb comes from the words, not the text between them
        assert hit.verb.lemma in ("say", "point out", "according to") and hit.text.lower().startswith(hit.verb.lemma[:2])


_MEDIA_PIECES = ["in a ", "post on X", "statement", " told reporters", "at a press conference", "in an interview",
                 "posted to Telegram", "on its website", " ", ",", "-", "e-mail", "'s", "Reuters", "during a rally",
                 "xin", "the official KCNA", "carried by "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MEDIA_PIECES), max_size=12).map("".join), st.integers(0, 30), st.integers(0, 200))
def test_media_pattern_finds_what_the_plain_alternation_finds(text, a, b):
    import re

    from helpers.extract.attribution import media_re
    fast = media_re()
    plain = re.compile(fast.pattern.removeprefix("(?=\\b\\w)(?:").removesuffix(")") if fast.pattern.startswith("(?=")
                       else fast.pattern)
    m1, m2 = fast.search(text, a, b), plain.search(text, a, b)
    assert (m1 and (m1.span(), m1.lastgroup, m1.groupdict())) == (m2 and (m2.span(), m2.lastgroup, m2.groupdict()))
