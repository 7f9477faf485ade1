"""Quotation marks: which open and close, their pairs, and quotations over paragraphs.

Every fixture is a short text written for these tests; each covers one way quotation marks go
wrong in real copy.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.actors import load_gazetteer
from helpers.extract.quotes import extract, mark_role, pair_marks, quotations
from helpers.read.article import parse_article


HEAD = "A headline for the test story\n\n"


def quotes_of(body: str, article_id: str = "t1") -> list[dict]:
    return extract(parse_article(HEAD + body + "\n", article_id), load_gazetteer())


def said(body: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) pairs of a body."""
    return [(q["text"], q["speaker"]) for q in quotes_of(body)]


# --------------------------------------------------------------------------- quotation marks in quotes

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


# --------------------------------------------------------------------------- pairs and quotations

def test_a_second_opening_mark_restarts_the_quote():
    assert pair_marks('He said "first and then \u201csecond,\u201d she said.')[0] == [(24, 32)]


def test_quotations_keep_an_open_quote_only_where_it_can_be_one():
    paras = [{"text": 'Roe said: "We are done here.'}, {"text": 'The vote was "close, Roe said.'}]
    assert [(q.para, q.closed) for q in quotations(paras)] == [(0, False)]


def test_pair_marks_hands_out_its_own_lists():
    spans, _ = pair_marks('He said "yes" and "no".')
    spans.clear()
    assert pair_marks('He said "yes" and "no".')[0] == [(8, 12), (18, 21)]


# --------------------------------------------------------------------------- single marks and their roles

def test_a_mark_opens_or_closes_by_its_neighbours():
    assert [mark_role('say "yes" now', i) for i in (4, 8)] == ["open", "close"]
    assert [mark_role("\u201cyes\u201d", i) for i in (0, 4)] == ["open", "close"]
    assert mark_role('a " b', 2) == "either"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab C.,:"\u201c\u201d\u00ab\u00bb \n(<>=')), max_size=50), st.booleans())
def test_pairs_are_ordered_marks_that_never_overlap(text, carried):
    spans, open_at = pair_marks(text, carried=carried)
    marks = [i for span in spans for i in span] + ([open_at] if open_at is not None else [])
    assert marks == sorted(set(marks))
    assert all(text[i] in '"\u201c\u201d\u201e\u00ab\u00bb' for i in marks)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list('ab Cd."\u201c\u201d\'\u2018\u2019,:')), max_size=30), max_size=4))
def test_every_quotation_lies_inside_its_paragraph_without_its_marks(texts):
    paragraphs = [{"text": t} for t in texts]
    for q in quotations(paragraphs):
        text = paragraphs[q.para]["text"]
        assert q.open < q.start < q.end <= q.close <= len(text)
        assert text[q.start:q.end] == text[q.start:q.end].strip() != ""


# --------------------------------------------------------------------------- two apostrophes for a double mark

def test_two_apostrophes_quote_like_a_double_mark_archive_style():
    body = ("''We will hold the line on taxes,'' Mr. Okafor said on Tuesday.\n\n"
            "Asked about the deficit, the mayor, Ruth Okafor, added, ''It is smaller than last year.''")
    got = quotes_of(body)
    assert [(q["text"], q["speaker_text"], q["partial"]) for q in got] == [
        ("We will hold the line on taxes,", "Mr. Okafor", False),
        ("It is smaller than last year.", "Ruth Okafor", False)]


def test_inverted_attribution_after_two_apostrophes_names_the_speaker():
    body = ("''Good numbers for the county are bad news for the challenger,'' said Dale Pruitt, a pollster "
            "working for the council. Mr. Pruitt added, ''They have nothing left to run on.''")
    assert said(body) == [("Good numbers for the county are bad news for the challenger,", "Dale Pruitt"),
                          ("They have nothing left to run on.", "Dale Pruitt")]


def test_two_backticks_open_and_two_apostrophes_close_latex_style():
    assert said("``The bridge stays shut until spring,'' the engineer, Mia Torvald, said.") == [
        ("The bridge stays shut until spring,", "Mia Torvald")]


def test_single_quote_nested_in_two_apostrophes_closes_first():
    # "'''" after a word: a single mark closes, then the double; before a word: the double opens first.
    body = "''He told me, 'go home,''' Ana Lind said. She replied, '''Home' is a big word.''"
    got = quotes_of(body)
    assert [q["text"] for q in got] == ["He told me, 'go home,'", "'Home' is a big word."]
    assert [q["speaker"] for q in got] == ["Ana Lind", "Ana Lind"]


def test_two_apostrophe_quote_running_over_paragraphs():
    body = ("''The first part of the statement goes on.\n\n"
            "''And the second part ends here,'' Ana Lind said.")
    got = quotes_of(body)
    assert [(q["text"], q["speaker"], q["para_no"]) for q in got] == [
        ("The first part of the statement goes on.", "Ana Lind", 1),
        ("And the second part ends here,", "Ana Lind", 2)]
    assert got[0]["attribution"] == "continued"


def test_apostrophes_that_are_not_quotation_marks_stay_apostrophes():
    # possessives, contractions, a plural possessive, feet and inches: no quotation in any of them
    body = ("The Joneses' barn burned. The centre-back, 6'2'' tall, didn't play for St. James' side, "
            "and the voters' choice was clear, Ana Lind said.")
    assert said(body) == []
    assert pair_marks("He is 6'2'' tall and she is 5'11'' tall.") == ([], None)


def test_a_plural_possessive_before_a_two_apostrophe_quote():
    assert said("The workers' ''final offer'' was rejected, Ana Lind said. ''We walk out today,'' she said.") == [
        ("final offer", "Ana Lind"), ("We walk out today,", "Ana Lind")]


def test_pairs_of_two_apostrophes_point_at_their_marks():
    text = "''We won,'' Roe said, ''and 'we' stay.'''"
    spans, open_at = pair_marks(text)
    assert open_at is None and spans == [(0, 10), (22, 40)]
    assert [text[a:a + 2] for a, _ in spans] == ["''", "''"] and [text[b - 1:b + 1] for _, b in spans] == ["''", "''"]
    assert mark_role(text, 0, 2) == "open" and mark_role(text, 9, 11) == "close"


#: Words and marks for texts quoted with '"' and the same texts quoted with two apostrophes.
_PIECES = st.sampled_from(["We", "won", "Roe", "said", " ", " ", ", ", ". ", ".", "MARK", "MARK", ": ", "-", "(", "7"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=16), min_size=1, max_size=4))
def test_two_apostrophes_quote_exactly_as_one_straight_mark_does(paragraphs):
    straight = [{"text": "".join(p).replace("MARK", '"')} for p in paragraphs]
    doubled = [{"text": "".join(p).replace("MARK", "''")} for p in paragraphs]
    a, b = quotations(straight), quotations(doubled)
    assert [(q.para, straight[q.para]["text"][q.start:q.end], q.closed, q.continued, q.runs_on) for q in a] == \
        [(q.para, doubled[q.para]["text"][q.start:q.end], q.closed, q.continued, q.runs_on) for q in b]
    for q in b:
        text = doubled[q.para]["text"]
        assert text[q.open:q.open + 2] == "''" and "'" not in text[q.start:q.end]
