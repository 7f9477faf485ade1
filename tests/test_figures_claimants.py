"""Claimants: reporting clauses in a sentence (``reporting``) and who claims a figure (``claimants``).

Each piece is tested on its own, then through :func:`extract`.
"""
from __future__ import annotations


import pytest

from helpers.extract.figures import attributions_in, canonical_claimant, extract
from helpers.extract.figures.claimants import _a_document, _pick_attribution, _Sentences
from helpers.read.article import parse_article

from figure_cases import FakeGazetteer, figs, one


# --------------------------------------------------------------------------- through extract


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


def test_a_sentence_without_attribution_continues_the_one_before_it_in_its_paragraph_only():
    found = figs("Officials said the river rose overnight. More than 100 homes were flooded.")
    assert (found[0]["claimant"], found[0]["text"]) == ("Officials", "More than 100 homes")
    found = figs("Officials said the river rose overnight.\n\nMore than 100 homes were flooded.")
    assert (found[0]["claimant"], found[0]["text"]) == (None, "More than 100 homes")
    found = figs("The river rose overnight. More than 100 homes were flooded.")
    assert found[0]["claimant"] is None


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
    assert (alone["claimant"], alone["claimant_text"]) == (None, None)  # never the word "report"


@pytest.mark.parametrize("text", [
    "Figures released on Monday showed 40 boats were lost.",
    "According to the exit polls, 61% of voters backed the levy.",
    "In Lima, a June poll found 48 percent support for the plan.",
    "Early results show the mayor won 52 percent of the vote.",
])
def test_a_document_no_sentence_names_the_issuer_of_has_no_claimant(text):
    assert one(text)["claimant"] is None


@pytest.mark.parametrize("text, claimant", [
    ("The poll of 400 voters, released by Lima Polling on Friday, found 55 percent backed her.", "Lima Polling"),
    ("According to a poll of 400 voters released on Friday by Lima Polling, 55 percent backed her.", "Lima Polling"),
    ("Lima Polling data from Cusco showed a shift of six points.", "Lima Polling"),
    ("According to early results of exit polls conducted for Radio Cusco by Lima Polling, 55 percent backed her.",
     "Lima Polling"),
    ("Audit files from Lima Data Corp show that the staff ran 24 searches.", "Lima Data Corp"),
    ("Exit polls taken in Cusco found that about 75 percent backed the levy.", None),
    ("Eva Roe notes that the fund hid donations that totaled $2.35 million.", "Eva Roe"),
    ("An analysis by Lima Polling of elections going back to 1972 showed the party won 11 times.", "Lima Polling"),
])
def test_the_issuer_of_a_document_is_read_past_what_it_covers(text, claimant):
    assert [f["claimant"] for f in figs(text) if "400" not in f["text"]] == [claimant]


@pytest.mark.parametrize("text", [
    "Asked about the levy, 46 percent of voters said yes, compared with 23 percent who said no.",
    "Two in three said they would vote for the mayor, and 40 percent backed the levy.",
    "Nearly six in 10 say the city spends too much, while 31% disagree.",
    "The figure that caught the eyes of so many analysts shows the mayor ahead by 2 points.",
    "That the bill has only one co-sponsor and no Republicans shows its odds are below 10 percent.",
])
def test_a_share_of_respondents_or_a_phrase_inside_another_is_no_claimant(text):
    assert {f["claimant"] for f in figs(text)} == {None}


@pytest.mark.parametrize("text, claimant", [
    ("When Eva Lind a month later announced 6,000 layoffs, workers were stunned.", "Eva Lind"),
    ("Cattle farmers in north Lima fear thousands of head have drowned.", "Cattle farmers in north Lima"),
    ("As Jan Roe noted, more than a dozen mayors joined the suit.", "Jan Roe"),
    ("The plan raises $1.1 trillion, according to the Lima Budget Office - half a point of output.", "Lima Budget Office"),
])
def test_the_subject_of_a_reporting_verb_is_read_whole(text, claimant):
    assert one(text)["claimant"] == claimant


@pytest.mark.parametrize("text, claimant", [
    ("The union sued the council on Friday, claiming the cuts would cost members $600,000 a year.", "union"),
    ("Eva Lind quit the board, saying 40 staff had been misled.", "Eva Lind"),
    ("Opponents argued that the levy could cost billions of dollars.", "Opponents"),
    ("The two candidates are tied, the new Lima Polling survey indicates, with each on 40 percent.", "Lima Polling"),
    ("The top issues, respondents said, are housing (34 percent) and jobs.", "respondents"),
])
def test_participles_argued_and_a_clause_in_the_middle_attribute(text, claimant):
    assert one(text)["claimant"] == claimant


@pytest.mark.parametrize("text, claimant", [
    ("In the latest Lima Polling survey, Roe led Lind 47 percent to 39 percent.", "Lima Polling"),
    ("In a poll conducted by the Lima Herald and Radio Cusco, just 28 percent of voters said they approved.",
     "Lima Herald and Radio Cusco"),
    ("Some 67 percent of voters said they disliked him in a Lima Polling survey this month.", "Lima Polling"),
    ("Readers asked about Eva Lind's assertion that 90 percent of the emails were kept.", "Eva Lind"),
    ("The mayor repeated the council's forecast of 4,000 new homes.", "council"),
])
def test_a_named_poll_a_figure_is_in_and_a_named_claim_attribute(text, claimant):
    assert {f["claimant"] for f in figs(text)} == {claimant}


@pytest.mark.parametrize("text, claimant", [
    ("Lind beat Roe in the primary, claiming 41 percent of the vote to Roe's 33 percent.", None),
    ("Lind claimed 41 percent of the vote.", None),
    ("Both saw it as a sign of disarray, with Eva Roe noting the folly of sending 200 troops.", "Eva Roe"),
    ("In the 2012 race, pizza magnate Eva Roe revealed that she was paid $25,000 a speech.", "Eva Roe"),
])
def test_a_share_won_is_no_claim_and_with_x_noting_is_x(text, claimant):
    assert {f["claimant"] for f in figs(text) if "33" not in f["text"]} == {claimant}


@pytest.mark.parametrize("text, claimant", [
    ("A Lima Polling rolling poll shows Roe at the top with 36 percent support.", "Lima Polling"),
    ("According to a National Lima Society survey, 70% of adults need support.", "National Lima Society"),
    ("For 14 straight years she has topped the list, according to a yearly Lima Polling survey.", "Lima Polling"),
    ("According to July's Lima Herald/Radio Cusco polling, 57 percent of her support comes from women.",
     "July's Lima Herald/Radio Cusco"),
    ("The yield on the benchmark 10-year note fell to 1.45 percent.", None),
])
def test_the_issuer_of_a_named_poll_keeps_its_whole_name(text, claimant):
    assert {f["claimant"] for f in figs(text) if "10-year" not in f["text"]} == {claimant}


def test_a_contracted_pronoun_is_the_pronoun():
    found = figs("Eva Roe spoke at the rally. She won nearly 12 percent in the primary, they\u2019ve suggested.")
    assert [f["claimant_text"] for f in found] == ["they"]


def test_a_poll_without_issuer_is_never_the_person_quoted_before():
    found = figs('"It was angry," said political scientist Eva Roe.\n\n'
                 "According to the exit polls in Lima, 66% of those voters opted for Lind.")
    assert [f["claimant"] for f in found] == [None]


def test_his_prediction_is_the_person_named_before():
    found = figs("Eva Lind spoke on Monday. She backed away from her prediction a year ago that 40 plants would close.")
    assert [f["claimant"] for f in found] == ["Eva Lind"]


@pytest.mark.parametrize("text", [
    "In the past five years, we have added 1 million private sector jobs.",
    "The plant added another 300 workers in March.",
    "Roe said nothing. In a June poll, 48 percent backed the plan.",
])
def test_added_with_an_amount_and_a_poll_without_issuer_attribute_nothing(text):
    assert {f["claimant"] for f in figs(text)} == {None}


def test_the_poll_an_earlier_paragraph_names_with_its_issuer_claims_later_figures():
    found = figs("Voters sour on the mayor, according to a poll of 400 voters released on Friday by Lima Polling.\n\n"
                 "Mayor Jan Roe said she would fight on.\n\n"
                 "Some 84 percent view her unfavorably, the poll found.")
    assert [f["claimant"] for f in found if f["text"].startswith("Some 84")] == ["Lima Polling"]


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


# --------------------------------------------------------------------------- issue 14: claimants on any story

def story(*paragraphs: str, dateline: str = "SYDNEY (AAP) - ") -> list[dict]:
    body = "Head line of the story\n\n" + dateline + "\n\n".join(paragraphs) + "\n"
    return extract(parse_article(body, article_id="t1"))


def claims(*paragraphs: str, **kw) -> dict[str, str | None]:
    return {f["text"]: f["claimant"] for f in story(*paragraphs, **kw)}


def test_a_number_inside_a_quote_is_claimed_by_the_quotes_speaker_over_several_sentences():
    found = claims('"We have 41 flu patients tonight. A month ago we had nine," said Dr Ana Lind, the chief '
                   'medical officer at Harbour Hospital.')
    assert found == {"41 flu patients": "Ana Lind", "nine": "Ana Lind"}


def test_a_quote_running_on_from_the_paragraph_before_keeps_its_speaker():
    found = claims('Grazier Tom Ward said the water came up overnight.',
                   '"We lost at least 300 head of cattle," he said.')
    assert found["at least 300 head"] == "Tom Ward"


@pytest.mark.parametrize("paragraph, text, claimant", [
    # courts (ABC): a name before an age apposition
    ("Outside court, retired nurse Glenys Parata, 74, said she had lost $96,000.", "$96,000", "Glenys Parata"),
    # health (AP): a name before post-nominals and an appositive
    ("Ellen Brandt, MD, a pediatrician in Decatur, said she had sent 14 children to hospital.", "14 children",
     "Ellen Brandt"),
    # business (Reuters): a body before a relative clause
    ("The regulator, which banned him in 2023, said it had recovered $300,000 for victims.", "$300,000", "regulator"),
    # election (BBC): according to, at the end of the clause
    ("Turnout was 41 per cent, according to the Electoral Commission.", "41 per cent", "Electoral Commission"),
])
def test_x_said_and_according_to_x_give_x_across_appositives(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    # economy (Reuters): "data from X showed"
    ("Inflation rose to 2.6 per cent in February, data from the Office for National Statistics showed.", "2.6 per cent",
     "Office for National Statistics"),
    # health (AP): "according to X data"
    ("Adults account for about 60% of admissions, according to CDC data.", "about 60%", "CDC"),
    # housing (AP): "according to a report by X"
    ("Rents have risen 27% since 2021, according to a report by the Lima Housing Coalition.", "27%",
     "Lima Housing Coalition"),
    # insurance (AP): "an estimate from X"
    ("Insurers face losses of up to $12 billion, according to an estimate from Stormline Analytics.", "up to $12 billion",
     "Stormline Analytics"),
    # education (ABC): "a survey of ... by X found"
    ("A survey by the Secondary Principals Association found 44 per cent had cancelled classes.", "44 per cent",
     "Secondary Principals Association"),
    # government (BBC): a spokesperson speaks for the body
    ("A Castleton United spokesperson said more than 4,000 season-ticket holders had renewed.",
     "more than 4,000 season-ticket holders", "Castleton United"),
])
def test_a_claimant_is_the_named_issuer_never_the_word_for_what_it_issued(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


def test_a_description_claimant_resolves_to_the_person_named_before():
    found = claims("Health Minister Kate Hollis visited Ingham on Tuesday.",
                   "The minister said grants of up to $75,000 would be available.")
    assert found["up to $75,000"] == "Kate Hollis"


def test_a_pronoun_claimant_resolves_to_the_person_named_before():
    found = claims("Raymond Okafor, the hospital's chief executive, spoke on Friday.",
                   "He said 120 staff were off sick.")
    assert found["120 staff"] == "Raymond Okafor"


@pytest.mark.parametrize("paragraph, text", [
    # the article's own figures: nothing attributes them
    ("The river rose overnight. More than 100 homes were flooded.", "More than 100 homes"),
    # the listeners of "told" are part of the attribution
    ('"This city deserves better," Okoro told about 300 supporters.', "about 300 supporters"),
    # a physical finding reports nothing
    ("Inside the car they found two saws and four converters.", "two saws"),
    # a participle before "to" is no source
    ("A levy expected to raise $4.2 million a year passed.", "$4.2 million a year"),
    # a verb inside a hyphenated word is none
    ("The firm paid a better-than-expected dividend, sending its shares up as much as 5.2%.", "as much as 5.2%"),
    # the topic of the attribution, "said of"
    ('"They are exhausted," the aid group said of its 46 staff.', "46 staff"),
])
def test_the_articles_own_figures_get_no_spurious_claimant(paragraph, text):
    assert claims(paragraph)[text] is None


def test_an_attribution_after_a_subordinate_clause_does_not_reach_back_over_it():
    found = claims("Shares fell 8.4%, after the company reported revenue of $4.38bn, according to LSEG data.")
    assert found["8.4%"] is None and found["$4.38bn"] == "LSEG"


def test_put_at_and_measured_at_report_a_figure_and_a_finding_verb_needs_a_study():
    found = claims("The Geophysical Institute put the magnitude at 7.0.",
                   "The study found an average of 97 particles per litre.")
    assert found["7.0"] == "Geophysical Institute"
    assert found["97 particles per litre"] is not None


def test_an_acronym_in_brackets_or_a_time_before_the_verb_leaves_the_subject_whole():
    found = claims("Results released by the Lima Schools Authority (LSA) show 33.4 per cent of pupils fell behind.",
                   "A survey by the Lima Teachers Union in June found 44 per cent had cancelled classes.")
    assert found["33.4 per cent"] == "Lima Schools Authority"
    assert found["44 per cent"] == "Lima Teachers Union"


def test_according_to_names_the_source_of_its_own_predicate_only():
    found = claims("Race director Carey Pinkham said the event raised $31.6 million and would bring $420 million "
                   "into the city, according to an estimate by the University of Illinois.")
    assert found["$31.6 million"] == "Carey Pinkham" and found["$420 million"] == "University of Illinois"


def test_a_document_with_an_appositive_and_a_report_by_x_found_name_the_issuer():
    found = claims("More than 1.1 million households are in rental stress, a report by Anglicare has found.",
                   "The report, released on Thursday, found just 0.4 per cent of listings were affordable.")
    assert found["More than 1.1 million households"] == "Anglicare"
    assert found["just 0.4 per cent"] == "Anglicare"


def test_a_titled_name_is_claimed_by_the_person_and_a_statement_goes_on_after_said_the():
    found = claims("Housing Minister Rose Jackson said the state would build 8,400 social homes.",
                   'Judge Amanda Reece said the victims, the oldest of whom was 97, had lost £1.3m.')
    assert found["8,400 social homes"] == "Rose Jackson"
    assert found["£1.3m"] == "Amanda Reece"


def test_a_document_whose_appositive_names_its_publisher_is_the_publishers():
    found = claims("The data, published by the Society of Motor Traders on Wednesday, showed car output fell 9% in August.")
    assert found["9%"] == "Society of Motor Traders"


def test_a_statement_that_ends_after_several_words_of_time_and_manner_covers_what_precedes_it():
    found = claims("Retailer Marlow Stores will cut about 1,200 jobs this year, the retailer said Tuesday in a statement.")
    assert found["about 1,200 jobs"] is not None


# --------------------------------------------------------------------------- claim4: claimants on real copy

@pytest.mark.parametrize("paragraph, text, claimant", [
    # a verb in -ing after "is": the forecast is the subject's
    ("Lima Weather is forecasting a high of 31 C on Friday.", "31 C", "Lima Weather"),
    ("Tarn Motors was projecting sales of 40,000 cars before the strike.", "40,000 cars", "Tarn Motors"),
    ("The Harbour Nurses Union is demanding a 9 per cent rise.", "9 per cent", "Harbour Nurses Union"),
    # a demand or guidance "called for"
    ("For the year, Orlen Foods called for revenue of $2.1 billion.", "$2.1 billion", "Orlen Foods"),
    # an adverb of manner or a linking word around the subject
    ("Jan Roe jokingly tells visitors that 300 people once lived in the tower.", "300 people", "Jan Roe"),
    ("Eva Lind bluntly warned that 40 jobs would go.", "40 jobs", "Eva Lind"),
    ("But Mayor Eva Lind stressed that the levy raised $4m.", "$4m", "Eva Lind"),
])
def test_progressive_and_modified_reporting_verbs_attribute_to_their_subject(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    ("Output fell to 3.1 million tonnes, Minister Jan Roe told a news conference in Lima.", "3.1 million tonnes", "Jan Roe"),
    ("Prices rose 4 per cent, Eva Lind told the regional assembly.", "4 per cent", "Eva Lind"),
])
def test_told_with_only_its_listeners_covers_what_comes_before_it(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


def test_told_with_a_statement_after_it_still_covers_what_follows():
    found = claims("Eva Lind told reporters that the river rose 2 metres.")
    assert found["2 metres"] == "Eva Lind"


@pytest.mark.parametrize("paragraph, text, claimant", [
    ("Jan Roe, an analyst at Lima Capital, cut her rating and said the chain could lose 15% of its market.", "15%",
     "Jan Roe"),
    ("The mayor's office rejected the bid and said it would cost $4 million.", "$4 million", "mayor's office"),
])
def test_a_reporting_verb_after_and_shares_the_subject_of_its_clause(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


def test_a_pronoun_before_expects_to_is_a_source_and_a_passive_expected_to_is_not():
    assert claims("Jan Roe runs the Tarn fund. She expects to raise $40 million this year.")["$40 million"] == "Jan Roe"
    assert claims("The levy is expected to raise $40 million this year.")["$40 million"] is None


@pytest.mark.parametrize("paragraph, text, claimant", [
    # a compound source with a word in -ing
    ("The Lima famine early warning system said 40 per cent of crops had failed.", "40 per cent",
     "Lima famine early warning system"),
    ("Thirty-one ships were waiting, according to ship-tracking data compiled by Portwatch, a consultancy.",
     "Thirty-one ships", "Portwatch"),
    # a time between the participle and its issuer
    ("Revenue rose 3.5 percent, according to data released Friday by state gaming regulators.", "3.5 percent",
     "state gaming regulators"),
    # a named document with a participle phrase before its verb
    ("Police data released to Radio Lima under the Freedom of Information Act shows 2,400 thefts.", "2,400 thefts",
     "Police"),
    # a document and its issuer before "that" or "which"
    ("He pointed to a March report from the Lima Budget Office that cut revenue by $14 million.", "$14 million",
     "Lima Budget Office"),
    ("She cited a study by Tarn University which found 40 percent of wells were dry.", "40 percent", "Tarn University"),
])
def test_the_issuer_is_read_past_participles_times_and_compound_names(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraphs, text, claimant", [
    # a description whose word is in the name of a source before it
    (("The Lima Drought Authority said 2.1 million people needed food aid.",
      "Livestock have also died. The authority estimated that 1.5 million cattle had died."), "1.5 million cattle",
     "Lima Drought Authority"),
    (("Unofficial results from the Tarn County Board of Elections gave Roe 52% of the vote.",
      "Turnout was about 38%, the board said."), "about 38%", "Tarn County Board of Elections"),
    # an acronym inside a description names the body
    (("Tarn Air cancelled 600 flights in a strike that the TCU union says could hit 180,000 passengers.",),
     "180,000 passengers", "TCU union"),
    # "the agency said", "it said": the body quoted as a source just before in the paragraph
    (("Lima police closed the coast road on Monday, police said.",
      "Lima Weather is forecasting a high of 31 C. A cold front could bring 20 millimetres of rain, the agency said."),
     "20 millimetres", "Lima Weather"),
    (("Thirty ships were waiting, according to data compiled by Portwatch, a consultancy. Waiting times rose to "
      "4.5 days, it said.",), "4.5 days", "Portwatch"),
    # "It said" after a sentence about the body; "the company said" after a body named in the sentence
    (("Police closed the bridge on Monday.", "Marlow Foods cut 300 jobs in March. It said it would spend $40 million on "
                                            "a new plant."), "$40 million", "Marlow Foods"),
    (("Shares of Tarn Therapeutics rose 12% after the drugmaker said its pill cut weight by 16%.",), "16%",
     "Tarn Therapeutics"),
    (("The mine's owner, Mzansi Gold, said in a statement that power was back. The company said it would pay each "
      "family 200,000 rand.",), "200,000 rand", "Mzansi Gold"),
])
def test_it_and_a_bodys_description_stand_for_the_body_a_reader_takes_them_for(paragraphs, text, claimant):
    assert claims(*paragraphs)[text] == claimant


def test_a_body_description_resolved_once_is_the_same_body_later():
    found = claims("Shares of Tarn Therapeutics rose 12% after the drugmaker said its pill cut weight by 16%.",
                   "Patients lost 16.4% after 72 weeks, compared with 2.1% on placebo, the company said.",
                   "Analysts at Lima Capital raised their price target. Other drugmakers fell 3%.",
                   "The company had $1.2 billion in cash. It said it would spend $350 million on a plant.")
    assert found["2.1%"] == found["$350 million"] == "Tarn Therapeutics"


@pytest.mark.parametrize("paragraphs, text, claimant", [
    # a named poll as the subject of "has", "puts"
    (("Wednesday's Lima Polling poll has Roe leading Lind by just six points, 46 percent to 40 percent.",), "46 percent",
     "Lima Polling"),
    (("The latest Tarn Courier survey puts support for the levy at 38 percent.",), "38 percent", "Tarn Courier"),
    # "in the survey" after a comma: the survey named before
    (("A Lima News/Tarn Post poll released Sunday found record low support among women.",
      "Roe leads Lind among men by 8 points, 49% to 41%, in the survey, taken July 11-14."), "49%",
     "Lima News/Tarn Post"),
    # "the poll" after "a survey by the organization": the issuer named before that
    (("The poll by the Lima Policy Institute showed Roe ahead, 46 percent to 44 percent. A survey by the organization "
      "in March found Roe at 48 percent.", "The poll showed that Roe would beat Lind 53 percent to 36 percent."),
     "36 percent", "Lima Policy Institute"),
])
def test_a_poll_is_claimed_by_its_named_issuer_however_it_is_cited(paragraphs, text, claimant):
    assert claims(*paragraphs)[text] == claimant


@pytest.mark.parametrize("paragraphs, text, claimant", [
    # a description of a group is no person
    (("Hillary Roe said some emails were over-classified.",
      "The intelligence community has concluded that secret information was in 22 emails."), "22 emails",
     "intelligence community"),
    # "as a whole" describes the subject before it
    (("The US as a whole has recorded 467,000 cases.",), "467,000 cases", "US"),
])
def test_a_subject_is_read_whole_and_a_group_is_not_resolved_to_a_person(paragraphs, text, claimant):
    assert claims(*paragraphs)[text] == claimant


@pytest.mark.parametrize("paragraph, text", [
    # a share of respondents is no source
    ("Four in 10 voters see Roe's campaign as unfair, and a third said that of Lind's. Less than 10 percent picked Tarn.",
     "Less than 10 percent"),
    ("Half said the levy was too high, and 30 percent backed it.", "30 percent"),
    # "called for" claims its object, not a clause after it
    ("Roe called for the ban in December after gunmen killed 14 people in Lima.", "14 people"),
])
def test_respondents_and_what_follows_a_called_for_object_have_no_claimant(paragraph, text):
    assert claims(paragraph)[text] is None


@pytest.mark.parametrize("paragraph, text", [
    # a comment, a contrast or a change of scope: the writer speaks again
    ("Lima Power said the plant used 2.8 gigawatt-hours. That's roughly the output of three reactors for an hour.",
     "three reactors"),
    ("Officials said 40 homes were lost. But 12 families have already moved back.", "12 families"),
    ("The agency said the country had recorded 467,000 cases. Globally there are 1.6 million cases.", "1.6 million cases"),
    # an aside in brackets
    ("Officials said 40 homes were lost. (Another 30 homes were damaged.)", "30 homes"),
    # what follows a direct quote
    ('"We will not sign a deal that risks our plans," she said. The carrier has 24 jets on order.', "24 jets"),
    # a subject of its own that states a fact
    ("Traffic backed up for 20 km, police said. Officers went door to door in Aspen, where some 40 homes sit.",
     "some 40 homes"),
    ("The council said the bridge would reopen. Across Lima, 300 roads remain closed.", "300 roads"),
    ("Jan Roe wrote in a memo that the files were moved. The action followed a review of five offices.", "five offices"),
])
def test_the_next_sentence_does_not_continue_an_attribution_when_the_writer_speaks_again(paragraph, text):
    assert claims(paragraph)[text] is None


@pytest.mark.parametrize("paragraph, text, claimant", [
    ("Officials said the river rose overnight. More than 100 homes were flooded.", "More than 100 homes", "Officials"),
    ("The Lima Civil Defence Institute said 38 people died. On Sunday it raised the toll to 46.", "46",
     "Lima Civil Defence Institute"),
])
def test_a_count_or_a_pronoun_for_the_source_still_continues_it(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


def test_a_colon_after_said_opens_what_is_said_and_she_is_the_person_quoted_just_before():
    found = claims("Researcher Kim Delaney, of Lima University, said the results had barely moved. Attendance mattered "
                   "more than anything else, she said: students who missed more than 20 days a year were likely to fail.")
    assert found["more than 20 days a year"] == "Kim Delaney"


def test_a_polls_findings_go_on_into_a_sentence_with_a_subject_of_its_own():
    found = claims("The poll by the Lima Policy Institute showed that Roe would win. Roe leads Lind among likely voters "
                   "49 percent to 39 percent.")
    assert found["49 percent"] == "Lima Policy Institute"


@pytest.mark.parametrize("paragraph, text", [
    # the listeners of "told" and a clause describing them
    ("Roe told the packed hall, where a crowd of about 1,200 supporters watched on screens, that taxes would fall.",
     "about 1,200 supporters"),
    # "That puts", "This means": the writer's own sum
    ("Jan Roe, the committee's chairman, said it had raised $56.5 million. That puts it short of the $64 million it "
     "needs.", "$64 million"),
    # "shows" after a common noun that is no study in its own clause
    ("Roe leads among men, 49% to 41%, in the survey, taken in July, but simple math shows she needs to cut a "
     "20-point deficit among women.", "20-point"),
])
def test_listeners_a_writers_sum_and_a_non_source_that_shows_have_no_claimant(paragraph, text):
    assert claims(paragraph)[text] is None


def test_an_interviews_answers_are_the_interviewees_and_its_questions_no_ones():
    found = claims("Mayor Jan Roe spent Monday touring the new depot, which cost $40 million. We spoke to her afterwards.",
                   "Q: Critics say 300 jobs went to other towns. Is that fair?",
                   "A: No. We hired 120 people from this city alone.",
                   "And another 45 will start in May.",
                   "Q: What about the 12 buses?",
                   "A: They arrive next month.")
    assert found["300 jobs"] is None and found["12 buses"] is None
    assert found["120 people"] == found["45"] == "Jan Roe"


def test_a_transcripts_turns_are_the_named_speakers():
    found = claims("Senator Eva Lind spoke to Tom Ward of Radio Lima on Sunday.",
                   "WARD: Your plan costs $4 billion. Can the state afford it?",
                   "LIND: It saves 2,000 jobs, and it pays for itself in six years.",
                   "WARD: Your rivals say it pays for itself in 20 years.",
                   "LIND: They are wrong.")
    assert found["2,000 jobs"] == "Eva Lind"
    assert found["$4 billion"] == "Tom Ward"


def test_a_pages_labelled_boxes_are_no_transcript():
    found = claims("Officials said 40 people died on Monday.", "VIDEO: The 20-second hand wash",
                   "STRESS: How to look after yourself in 10 steps")
    assert found["10 steps"] is None


@pytest.mark.parametrize("paragraph, text, claimant", [
    ("According to a report in the Tarn Register, 40 schools will close.", "40 schools", "Tarn Register"),
    ("Forty schools will close, according to a report in the Tarn Register.", "Forty schools", "Tarn Register"),
    ("A report in the Tarn Register said 40 schools will close.", "40 schools", "Tarn Register"),
    # a place after a poll names no issuer
    ("A poll in Lima found 40 percent backed Roe.", "40 percent", None),
])
def test_a_report_in_a_paper_is_the_papers_and_a_poll_in_a_place_is_no_ones(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


def test_a_groups_forecast_and_a_closely_described_body_are_their_own():
    assert claims("Profit rose to $2.31 B, beating analysts' average forecast of $2.12 B.")["$2.12 B"] == "analysts"
    assert claims("Economists' forecast of 4.1% growth looks bold.")["4.1%"] == "Economists"
    found = claims("The Kandilli Observatory said the quake struck at 2am.",
                   "Temperatures fell to minus 11 degrees in Kars, the state meteorological service said.")
    assert found["minus 11 degrees"] == "state meteorological service"


def test_a_story_is_a_document_and_adjectives_before_a_name_are_dropped():
    found = claims("A story by the website Tarn Daily says that 100 delegates will defect.",
                   "The story also noted that only one of the 168 committee members backs Roe.")
    assert found["168 committee members"] == found["100 delegates"] != "story"
    found = claims("The nonpartisan Lima Budget Office said the deficit would reach $544 billion.",
                   "Deficits will exceed 3 percent of output after 2018, the budget office said.")
    assert found["$544 billion"] == found["3 percent"] == "Lima Budget Office"


@pytest.mark.parametrize("paragraph, text, claimant", [
    # a price target or forecast raised "to" a figure is its owner's, the subject of the clause
    ("Jan Roe, an analyst at Lima Capital, raised her price target on the stock to $62 from $51.", "$62", "Jan Roe"),
    ("Analysts at Tarn Securities cut their price target on the stock to $34 from $45.", "$45",
     "Analysts at Tarn Securities"),
    # a figure that is what a group "had expected"
    ("That compares with the loss of 12% to 13% that analysts at Tarn Securities had expected.", "12% to 13%",
     "analysts at Tarn Securities"),
])
def test_a_target_raised_to_a_figure_and_a_figure_expected_are_their_owners(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


def test_a_figure_expected_to_do_something_is_no_expectation():
    assert claims("The storm killed 12 people that officials had expected to survive.")["12 people"] is None


@pytest.mark.parametrize("paragraph, text", [
    # a plural document word alone names no issuer
    ("The jet cost $100 million, records show.", "$100 million"),
    # a share of respondents after "found that"
    ("A new Lima Decisions poll found that 70 percent of registered voters said they would back Roe.", "70 percent"),
])
def test_a_bare_document_and_respondents_after_found_that_are_no_claimants(paragraph, text):
    assert claims(paragraph)[text] in (None, "Lima Decisions")
    assert claims(paragraph)[text] not in ("records", "70 percent of registered voters")


def test_according_to_the_agency_after_a_body_named_earlier_in_the_sentence():
    found = claims("The fire, which Lima Wildfire has labelled SWF-072, had grown to 14,500 hectares by 9 p.m., up from "
                   "6,100 hectares on Monday, according to the agency.")
    assert found["14,500 hectares"] == found["6,100 hectares"] == "Lima Wildfire"


@pytest.mark.parametrize("paragraph, text, claimant", [
    ("With approximately 1,800 agents and 240 aircraft in the U.S. and Peru, Lima Patrol says it guards the coast.",
     "240 aircraft",
     "Lima Patrol"),
    ("Among the 40 towns hit, 12 had no power, officials said.", "40 towns", "officials"),
])
def test_a_phrase_fronted_before_the_source_is_part_of_what_it_says(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraphs, text, claimant", [
    # the group right after a figure that "had expected" it, with who polled them
    (["The unit made $3B, above the $2.7B economists polled by Tarn Research had expected."], "$2.7B",
     "economists polled by Tarn Research"),
    (["Profit beat the $6.4 billion analysts had forecast."], "$6.4 billion", "analysts"),
    (["Sales of $9.8 billion missed the $10.1 billion that analysts surveyed by Lima Data had predicted."],
     "$10.1 billion", "analysts surveyed by Lima Data"),
    # a list item's expected figure is the source of the line introducing the list
    (["Here is how Tarn Foods did against forecasts, according to Quito Data:", "- Sales: $2.1 billion vs. "
      "$2.0 billion expected", "- Profit: $1.12 per share vs. $1.05 estimated"], "$2.0 billion", "Quito Data"),
    (["Here is how Tarn Foods did against forecasts, according to Quito Data:", "- Sales: $2.1 billion vs. "
      "$2.0 billion expected", "- Profit: $1.12 per share vs. $1.05 estimated"], "$1.05", "Quito Data"),
])
def test_an_expected_figure_is_claimed_by_who_expected_it(paragraphs, text, claimant):
    assert claims(*paragraphs)[text] == claimant


def test_a_list_items_actual_figure_is_not_the_forecasters():
    found = claims("Here is how Tarn Foods did against forecasts, according to Quito Data:",
                   "- Sales: $2.1 billion vs. $2.0 billion expected")
    assert found["$2.1 billion"] is None


@pytest.mark.parametrize("paragraph, text, claimant", [
    # where a statement was made, after its verb, is no part of what was said
    ("Hiring rose 4 percent, Jan Roe said in New York.", "4 percent", "Jan Roe"),
    ("Jobs rose by 400, the governor announced in Tarn state on Monday.", "400", "governor"),
    ("Sales fell 12 percent, officials told reporters at the Lima Trade Forum.", "12 percent", "officials"),
    ("Exports rose 9%, the minister said in Quito last week.", "9%", "minister"),
])
def test_a_place_after_the_reporting_verb_ends_the_statement(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    # "he" or "she" cannot go on quoting a group or a body: a new sentence about a person is the writer's
    ("Officials said turnout was high. She led by 3,100 votes.", "3,100 votes", None),
    ("Tarn Foods said sales rose. He earned $4 million last year.", "$4 million", None),
    ("Police said the road was icy. She was driving at 90 mph.", "90 mph", None),
    # a person's source goes on
    ("Jan Roe said turnout was high. She expects 3,100 more votes.", "3,100 more votes", "Jan Roe"),
])
def test_he_or_she_does_not_continue_a_group_or_a_body(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    # a clause whose verb is left out takes its own subject, not the first clause's
    ("Chile has recorded 157,000 cases and Italy 143,600.", "143,600", "Italy"),
    ("Chile has confirmed 9,200 infections, and Italy 4,100.", "4,100", "Italy"),
    ("Tarn has recorded 157,000 cases and Lima 143,600.", "157,000 cases", "Tarn"),
    # a second figure of the same subject stays its own
    ("Tarn has recorded 157,000 cases and 143,600 recoveries.", "143,600 recoveries", "Tarn"),
])
def test_a_gapped_clause_takes_its_own_subject(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    # "touts" attributes what it touts; a claim word ("estimates") after a verb is a noun, never a subject
    ("The White House has previously touted estimates that 2.2 million people could lose cover.",
     "2.2 million people", "White House"),
    ("The mayor touts 4,000 new jobs.", "4,000 new jobs", "mayor"),
    # an aside in dashes or commas between the verb and "that"
    ("Campaign chairman Jan Roe said — on Twitter, as it happens — that the campaign raised about $4 million.",
     "about $4 million", "Jan Roe"),
    ("Jan Roe said -- without evidence -- that 3 million people voted twice.", "3 million people", "Jan Roe"),
    ("The agency said, in a statement late Monday, that 40 homes burned.", "40 homes", "agency"),
])
def test_touting_and_an_aside_before_that(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    # what a study "showed that" goes on in the next sentence as the study's, not as the subject inside it
    ("Research conducted for the Tarn Media Center showed that men reported 65% of political stories in 2014. "
     "In 2012, 71% of front-page stories were written by men.", "71%", "Tarn Media Center"),
    ("A survey commissioned for Lima Radio found that renters paid 30% more in 2020. In 2019, 41% of tenants "
     "were behind on rent.", "41%", "Lima Radio"),
    ("A survey commissioned for Lima Radio found that renters paid 30% more in 2020.", "30%", "Lima Radio"),
])
def test_a_finding_framed_with_that_carries_its_issuer(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraphs, text", [
    # a document introduced as new is no document an earlier source issued
    (["The White House touted estimates that 2.2 million could die.", "Stay-at-home orders closed shops in 42 states.",
      "New data on Thursday showed claims had topped 6 million."], "6 million"),
    (["Tarn Foods said sales rose 4%.", "A new report found 12,000 stores had shut."], "12,000 stores"),
])
def test_a_new_document_takes_no_issuer_named_before(paragraphs, text):
    assert claims(*paragraphs)[text] is None


@pytest.mark.parametrize("paragraph, text", [
    # a reporting participle that describes its noun ("the rise announced in X") names no one
    ("The daily rise in deaths announced in Tarn state on Friday was 777, down from 799.", "777"),
    ("The total reported last week was 1,200.", "1,200"),
    ("The rise in cases confirmed in Lima on Monday was 340.", "340"),
    # a word after a modal or "not" is a verb, not a subject ("must not play recorded music")
    ("Venues must not play recorded music above 85 decibels.", "above 85 decibels"),
    ("Bars can play recorded music until 11 p.m. at up to 70 decibels.", "up to 70 decibels"),
    # two adjectives joined by "and" after "be" share no subject with a verb
    ("For Lima, it would be a shrewd and calculated move with only five months left.", "five months"),
])
def test_a_participle_or_an_adjective_names_no_source(paragraph, text):
    assert claims(paragraph)[text] is None


@pytest.mark.parametrize("paragraph, text, claimant", [
    ("Roe said in a statement the cuts were worth $4 million.", "$4 million", "Roe"),
    ("The agency reported 40 cases were confirmed.", "40 cases", "agency"),
    ("The mayor cut the budget and said 40 jobs would go.", "40 jobs", "mayor"),
])
def test_a_statement_followed_by_its_clause_keeps_its_source(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    # a count fronted with its owner ("By X's tally,") is X's
    ("By the Lima Courier's tally, he now has 739 to Lind's 465.", "739", "Lima Courier"),
    ("By the Lima Courier's tally, he now has 739 to Lind's 465.", "465", "Lima Courier"),
    ("The plan would, by Jan Roe's own count, cost $4 billion.", "$4 billion", "Jan Roe"),
    # "758 pledged delegates": a participle after a number names no source; the source after the clause does
    ("Roe so far has won 758 pledged delegates, compared to Lind's 538, according to a Tarn Radio tally.", "538",
     "Tarn Radio"),
])
def test_a_fronted_tally_and_a_participle_after_a_number(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    # a plural document word ("polls from X show") is issued as the singular is
    ("Polls from Tarn University show a 56% approval rating.", "56%", "Tarn University"),
    ("Recent polls by Tarn University show 56% of voters approve.", "56%", "Tarn University"),
    ("Surveys from Lima Radio found that 40% of renters had moved.", "40%", "Lima Radio"),
])
def test_plural_documents_name_their_issuer(paragraph, text, claimant):
    assert claims(paragraph)[text] == claimant


@pytest.mark.parametrize("paragraph, text", [
    # "the <noun>" after a phrase fronted with a comma is a subject of its own: the writer states a fact
    ("Jan Roe argued that growth was a mirage. Two months before the vote, the government jailed 40 critics.",
     "40 critics"),
    ("Officials said the river rose. In Lima, the river peaked at 6 metres.", "6 metres"),
    ("Tarn Foods said sales fell. After the strike, the plant was idle for 12 days.", "12 days"),
])
def test_a_subject_after_a_fronted_phrase_does_not_continue_the_attribution(paragraph, text):
    assert claims(paragraph)[text] is None


def test_a_count_after_a_fronted_phrase_still_continues_the_report():
    assert claims("Officials said the river rose. By Monday, more than 100 homes were flooded.")[
        "more than 100 homes"] == "Officials"


@pytest.mark.parametrize("body, figure, claimant", [
    ("According to a tally by the jobs tracker CutCount, more than 61,000 posts have gone this year.",
     "more than 61,000 posts", "CutCount"),                       # "tally" is a noun, not an adverb in -ly
    ("Earlier on Wednesday the disaster agency, known as BNDA, had put the toll at 97.", "97", "BNDA"),
    ("The grid operator, also known as Transnorte, said 40,000 homes had no power.", "40,000 homes", "Transnorte"),
])
def test_a_tally_and_a_body_known_by_a_short_name(body, figure, claimant):
    assert claims(body).get(figure) == claimant


def test_a_nationality_opening_the_sentence_before_is_no_body_for_the_ministry():
    found = claims("Kenyan rules require the government to release funds within 72 hours. The finance ministry "
                   "said it had set aside 250 million shillings for relief.")
    assert found["250 million shillings"] == "finance ministry"


def test_a_described_body_takes_no_differently_named_source_before_it():
    found = claims("The United Nations Office for Disaster Relief said 4,000 tents had arrived. "
                   "The finance ministry said it had set aside 250 million shillings for relief.")
    assert found["250 million shillings"] == "finance ministry"
    found = claims("The Lima Disaster Agency said 4,000 tents had arrived. The agency said 612 people were hurt.")
    assert found["612 people"] == "Lima Disaster Agency"


def test_an_adjective_before_a_body_s_kind_does_not_stop_it_finding_the_body():
    found = claims("Quillon Software said it would cut 4,000 jobs. The Texas-based firm said the cuts "
                   "would save $1.1 billion a year.")
    assert found["$1.1 billion a year"] == "Quillon Software"


@pytest.mark.parametrize("body, figure, claimant", [
    ("Officials expect the final figure to be close to 305,000 tonnes.", "close to 305,000 tonnes", "Officials"),
    ("Economists predict growth of 2.1% next year.", "2.1%", "Economists"),
    ("The new project will cost $40 million.", "$40 million", None),   # "project" here is a noun
])
def test_plain_forms_of_forecast_verbs_after_a_plural_subject(body, figure, claimant):
    assert claims(body).get(figure) == claimant


@pytest.mark.parametrize("body, figure, claimant", [
    ("Prosecutors had asked for 15 years in prison.", "15 years", "Prosecutors"),
    ("His lawyers sought no more than six years.", "no more than six years", "His lawyers"),
    ("The union is seeking a 6% raise.", "6%", "union"),
])
def test_what_a_side_asks_for_is_its_claim(body, figure, claimant):
    assert claims(body).get(figure) == claimant


@pytest.mark.parametrize("paragraph, text, claimant", [
    ("A survey of 1,850 U.S. adults conducted in April by the Lima Research Center found that 61% backed it.",
     "1,850", "Lima Research Center"),
    ("A poll of 900 likely voters by Harbour Polling found 52% backed the mayor.", "900 likely voters", "Harbour Polling"),
    ("A study of 4,000 patients published last week by the Tarn Institute showed that 12% relapsed.", "4,000 patients",
     "Tarn Institute"),
])
def test_the_sample_of_a_survey_that_finds_is_its_issuers(paragraph, text, claimant):
    found = claims(paragraph)
    assert next(v for k, v in found.items() if k.startswith(text)) == claimant


@pytest.mark.parametrize("paragraph, text", [
    ("A poll of 900 voters found 52% backed the mayor.", "900 voters"),  # no issuer named: no one
    ("The union, which represents some 400 technicians, said pay had fallen.", "some 400 technicians"),
])
def test_a_survey_without_issuer_or_a_description_of_the_speaker_has_no_claimant(paragraph, text):
    assert claims(paragraph)[text] is None
