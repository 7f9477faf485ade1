"""Reading one file: layouts, metadata, typed blocks, losslessness. Fixtures are written here."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from helpers.read.article import ArticleError, decode, parse_article, read_article

WIRE_WITH_SECTION = """World News
Nov. 3, 2025 / 9:14 PM

Floods force thousands from homes in river valley

By Jane Roe
Rescuers wade through water in the valley on Sunday. File Photo by Ann Lee/ Wire
Rescuers wade through water in the valley on Sunday. File Photo by Ann Lee/ Wire | License Photo

CAIRO, Nov. 3 (UPI) -- Floods forced thousands of people from their homes on Sunday, officials said.

"We have never seen water like this," a farmer said.

Latest Headlines

Quake shakes island nation
World News // 2 hours ago
Quake shakes island nation
Nov. 3 (UPI) -- A strong quake struck on Sunday.
"""

AGENCY_WITH_TAGS = """![]() |
\u25b2 This Oct. 2, 2023, photo shows a bridge under repair. (Yonhap) |
(LEAD) Bridge-repairs
(LEAD) City closes main bridge for 'urgent' repairs
(ATTN: UPDATES with mayor's remarks)
BUSAN, Oct. 5 (Yonhap) -- The city closed its main bridge for repairs on Thursday.
The mayor said the work would take a month.
(END)
(C) Yonhap News Agency. All Rights Reserved
"""


def kinds(article):
    return [(b.kind, b.text) for b in article.blocks]


def test_wire_layout_with_section_date_line_byline_and_repeated_caption():
    a = parse_article(WIRE_WITH_SECTION)
    assert a.meta["section"] == "World News"
    assert a.meta["published"] == date(2025, 11, 3) and a.meta["published_inferred"] is False
    assert a.meta["headline"] == "Floods force thousands from homes in river valley"
    assert a.meta["byline"] == "Jane Roe"
    assert a.meta["dateline"] == "CAIRO" and a.meta["outlet"] == "UPI"
    got = kinds(a)
    assert [t for k, t in got if k == "caption"] == [ln for ln in WIRE_WITH_SECTION.splitlines() if "File Photo" in ln]
    body = [t for k, t in got if k == "body"]
    assert body == ["Floods forced thousands of people from their homes on Sunday, officials said.",
                    '"We have never seen water like this," a farmer said.']
    assert ("dateline", "CAIRO, Nov. 3 (UPI) --") in got
    related = [t for k, t in got if k == "related"]
    assert related[0] == "Latest Headlines" and "A strong quake struck on Sunday." in related[-1]


def test_agency_layout_with_slug_lead_tag_editors_note_and_end_mark():
    a = parse_article(AGENCY_WITH_TAGS)
    assert a.meta["headline"] == "City closes main bridge for 'urgent' repairs"
    assert a.meta["outlet"] == "Yonhap" and a.meta["dateline"] == "BUSAN"
    # The dateline has no year: it comes from the caption's full date, and the table says so.
    assert a.meta["published"] == date(2023, 10, 5) and a.meta["published_inferred"] is True
    got = kinds(a)
    assert ("boilerplate", "(LEAD)") in got and ("metadata", "(LEAD) Bridge-repairs") in got
    assert ("boilerplate", "(ATTN: UPDATES with mayor's remarks)") in got
    assert ("boilerplate", "(END)") in got and ("boilerplate", "(C) Yonhap News Agency. All Rights Reserved") in got
    assert [k for k, t in got if t.startswith("\u25b2")] == ["caption"]
    assert [t for k, t in got if k == "body"] == ["The city closed its main bridge for repairs on Thursday.",
                                                  "The mayor said the work would take a month."]


@pytest.mark.parametrize("text, place, outlet", [
    ("KYIV: Air raid sirens sounded across the capital overnight.\n", "KYIV", None),
    ("WASHINGTON (AP) \u2014 The Senate passed the bill on Tuesday.\n", "WASHINGTON", "Associated Press"),
    ("LONDON, March 3 (Reuters) - Shares rose on Monday.\n", "LONDON", "Reuters"),
    ("KYIV, Ukraine (AP) \u2014 Drones struck a power plant.\n", "KYIV, Ukraine", "Associated Press"),
])
def test_datelines_of_common_wire_layouts(text, place, outlet):
    a = parse_article(text)
    assert a.meta["dateline"] == place
    assert a.meta["outlet"] == outlet
    assert [b.kind for b in a.blocks] == ["dateline", "body"]
    assert not a.blocks[1].text.startswith(("\u2014", "-", ":"))


def test_a_colon_lead_in_is_not_a_dateline():
    a = parse_article("NOTE: this story was updated. Officials met on Friday.\n")
    assert a.meta["dateline"] is None and [b.kind for b in a.blocks] == ["body"]


def test_plain_headline_then_paragraphs_blank_lines():
    a = parse_article("Council approves new budget\n\nThe council voted 7-2 on Monday.\n\nThe mayor welcomed it.\n")
    assert a.meta["headline"] == "Council approves new budget"
    assert [b.kind for b in a.blocks] == ["headline", "body", "body"]


def test_single_newline_paragraphs():
    a = parse_article("Council approves new budget\nThe council voted on Monday.\nThe mayor welcomed it.\n")
    assert [b.text for b in a.body_blocks()] == ["The council voted on Monday.", "The mayor welcomed it."]


def test_hard_wrapped_paragraphs_are_joined():
    text = ("Storm season ends early\n\nThe storm season ended early this year, forecasters\n"
            "said on Friday, after a quiet month in the\nAtlantic basin.\n\n"
            "Insurers welcomed the news, which lowers\nexpected claims for the year.\n\n"
            "Officials urged caution anyway.\n")
    a = parse_article(text)
    assert len(a.body_blocks()) == 3
    assert a.body_blocks()[0].text.endswith("Atlantic basin.")


def test_plain_text_with_no_metadata_is_one_body_paragraph():
    a = parse_article("The ministry said talks would resume next week, without giving details.\n")
    assert [b.kind for b in a.blocks] == ["body"]
    assert all(a.meta[k] is None for k in ("outlet", "headline", "byline", "published", "dateline", "url"))
    assert "no publication date" in a.notes


def test_metadata_is_never_guessed_from_the_file_name(tmp_path):
    f = tmp_path / "2024-10-28_reuters_some-headline.txt"
    f.write_text("Officials said the talks would resume.\n")
    a = read_article(f)
    assert a.article_id == "2024-10-28_reuters_some-headline"
    assert a.meta["published"] is None and a.meta["outlet"] is None and a.meta["headline"] is None


def test_front_matter_wins_over_inference():
    text = ("---\noutlet: The Daily Example\npublished: 2024-11-02\nheadline: \"Clean headline\"\n"
            "byline: Sam Poe\nurl: https://example.org/a\n---\n"
            "Messy headline line\n\nPARIS (AFP) \u2014 Ministers met on Saturday.\n")
    a = parse_article(text)
    assert a.meta["outlet"] == "The Daily Example"
    assert a.meta["published"] == date(2024, 11, 2)
    assert a.meta["headline"] == "Clean headline" and a.meta["byline"] == "Sam Poe"
    assert a.meta["url"] == "https://example.org/a"
    assert a.blocks[0].kind == "metadata" and a.blocks[0].text.startswith("---")
    assert a.meta["dateline"] == "PARIS"


def test_straight_and_curly_quotes_are_kept_verbatim():
    text = "ROME (AP) \u2014 \u201cWe will rebuild,\u201d the mayor said. \"Soon,\" she added.\n"
    a = parse_article(text)
    assert a.body_blocks()[0].text == "\u201cWe will rebuild,\u201d the mayor said. \"Soon,\" she added."


def test_crlf_and_bom_are_normalised():
    raw, enc = decode("\ufeffHeadline here\r\n\r\nBody text.\r\n".encode("utf-8"))
    assert raw == "Headline here\n\nBody text.\n" and enc == "utf-8"


def test_latin1_bytes_decode_with_a_note(tmp_path):
    f = tmp_path / "caf\u00e9.txt"
    f.write_bytes("Le caf\u00e9 a ferm\u00e9 lundi, selon le maire.\n".encode("latin-1"))
    a = read_article(f)
    assert "caf\u00e9" in a.raw and a.meta["encoding"] == "cp1252"
    assert any("not UTF-8" in n for n in a.notes)


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"),
    (b"   \n\n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
])
def test_unreadable_files_raise_a_clear_error_naming_the_file(tmp_path, data, problem):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    with pytest.raises(ArticleError, match=re.escape(str(f)) + ".*" + problem):
        read_article(f)


def _assert_lossless(raw, blocks):
    covered = [0] * len(raw)
    for b in blocks:
        assert raw[b.start:b.end] == b.text
        for i in range(b.start, b.end):
            covered[i] += 1
    for i, ch in enumerate(raw):
        if not ch.isspace():
            assert covered[i] == 1, f"character {ch!r} at {i} lies in {covered[i]} blocks"


@pytest.mark.parametrize("text", [WIRE_WITH_SECTION, AGENCY_WITH_TAGS])
def test_fixture_layouts_are_lossless(text):
    a = parse_article(text)
    _assert_lossless(a.raw, a.blocks)


LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"), max_size=60)
PIECES = st.sampled_from(["SEOUL, Oct. 28 (Yonhap) -- ", "(LEAD) ", "(END)", "By Ann Lee", "\u25b2 ", "Latest Headlines",
                          "---", "outlet: X", "\"", "\u201c", "\u201d", "Oct. 28, 2024", "KYIV: ", "\n", "\n\n", " "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINE, PIECES), max_size=30))
def test_no_character_is_lost_or_doubled_on_random_text(parts):
    raw = "".join(parts)
    a = parse_article(raw)
    _assert_lossless(raw, a.blocks)
    starts = [b.start for b in a.blocks]
    assert starts == sorted(starts)


def test_markdown_heading_is_the_headline_without_its_hashes():
    a = parse_article("# Storm hits coast\n\nRain fell. Roads closed.\n")
    assert a.meta["headline"] == "Storm hits coast"
    assert [(b.kind, b.text) for b in a.blocks] == [("boilerplate", "#"), ("headline", "Storm hits coast"),
                                                    ("body", "Rain fell. Roads closed.")]


# --------------------------------------------------------------------------- the fast paths read as the plain ones

MARKER_LINES = ["(END)", "(MORE)", "-30-", "###", "\u00a9 2024 AP", "Copyright 2024", "All Rights Reserved.", "all rights reserved",
                "Share", "Read More:", "Related Stories", "Photo: a pier", "\u25b2 A caption here", "File Photo by Jane | x",
                "Photography by", "x | License Photo", "(PHOTO NOT FOR SALE)", "(For Use Only in Korea)", "(ATTN: editors)",
                "(c) 2020 Owner", "Politics // 3 hours ago", "![img](http://x.org/a.png)", "The vote passed 51-49.", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKER_LINES), min_size=1, max_size=3), st.sampled_from([" ", "", " | "]))
def test_marker_shortcuts_give_the_first_marker_that_matches(parts, sep):
    from helpers.read.article import _marker, _markers

    line = sep.join(parts)
    assert _marker(line) == next((kind for kind, pat in _markers() if pat.search(line)), "")


def test_marker_declarations_hold_on_the_sample_lines():
    """What data/layout_markers.csv declares about a rule (``at_start``, ``contains``) is true of its matches."""
    from helpers.read.article import _marker_rows

    for kind, pat, at_start, contains in _marker_rows():
        assert not at_start or pat.pattern.startswith("^"), pat.pattern
        for line in MARKER_LINES + [f"{a} | {b}" for a in MARKER_LINES for b in MARKER_LINES]:
            m = pat.search(line)
            if m:
                assert contains in m.group(0), (pat.pattern, line)
                assert not at_start or m.start() == 0
            if at_start:  # no match anywhere but the real start, even where the line itself starts
                assert not pat.search(" " + line, 1), (pat.pattern, line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b c", " ", "\n", "\t", "\u2028", "\x1c", "\u00a0", "\n\n"]), max_size=30))
def test_lines_are_the_stripped_non_blank_lines_with_their_offsets(pieces):
    from helpers.read.article import _lines

    raw, expected, pos = "".join(pieces), [], 0
    for ln in raw.split("\n"):
        if ln.strip():
            start = pos + len(ln) - len(ln.lstrip())
            expected.append((ln.strip(), start, start + len(ln.strip())))
        pos += len(ln) + 1
    assert [(ln.text, ln.start, ln.end) for ln in _lines(raw)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Oct", "Oct.", "October", "5", "28", "2024", "1999", "2024-10-28", ",", " ", "\n", "(",
                                 "é", "_", "th", "5th", "-", "Sept", "Mayor", "\u0663", "\u00a0", ";", "\u2019", "20"]),
                max_size=25))
def test_dates_with_year_are_what_a_whole_scan_finds(pieces):
    from helpers.read.article import DATE_RE, _dates_with_year

    text = "".join(pieces)
    assert _dates_with_year(text) == [m.group(0) for m in DATE_RE.finditer(text) if m.group("y1") or m.group("y2") or m.group("y3")]


def test_a_first_line_ending_with_a_full_stop_is_still_a_headline_when_it_reads_as_one():
    story = ("Council Backs Budget Plan After Long Debate.\n\n"
             "The city council voted 7-2 on Monday night to approve a spending plan that raises "
             "library hours and repairs two bridges, after a debate that ran past midnight.\n")
    assert parse_article(story, "a1").meta["headline"] == "Council Backs Budget Plan After Long Debate."
    before_dateline = "Mayor Wins Second Term In Close Race.\n\nSPRINGFIELD (AP) — The mayor won.\n"
    assert parse_article(before_dateline, "a2").meta["headline"] == "Mayor Wins Second Term In Close Race."


def test_a_short_sentence_case_opening_paragraph_without_a_dateline_is_body_not_a_headline():
    # it may be the story's opening (and hold the names that later pronouns refer to)
    story = ("The mayor spoke to reporters on Monday.\n\n"
             "\u201cWe will rebuild the bridge before winter,\u201d she said, standing beside the river.\n")
    article = parse_article(story, "a1")
    assert article.meta["headline"] is None
    assert article.paragraphs[0]["text"] == "The mayor spoke to reporters on Monday."


def test_a_short_opening_paragraph_of_several_sentences_is_body_not_a_headline():
    story = ("Rain fell. Roads closed.\n\n"
             "The storm moved east overnight, flooding low streets and closing schools across the county.\n")
    article = parse_article(story, "a1")
    assert article.meta["headline"] is None
    assert article.paragraphs[0]["text"] == "Rain fell. Roads closed."


@pytest.mark.parametrize("dateline, place, outlet", [
    ("Mexico City (AFP) \u2013", "Mexico City", "Agence France-Presse"),
    ("Washington (AFP) -", "Washington", "Agence France-Presse"),
])
def test_a_title_case_agency_dateline_ends_the_header(dateline, place, outlet):
    a = parse_article(f"Rivals trade barbs over trade.\n\n{dateline} The two candidates traded barbs on Monday.\n", "d1")
    assert a.meta["headline"] == "Rivals trade barbs over trade."
    assert a.meta["dateline"] == place and a.meta["outlet"] == outlet
    assert [b.kind for b in a.blocks][:3] == ["headline", "dateline", "body"]


def test_a_title_case_place_before_an_unknown_bracket_is_no_dateline():
    a = parse_article("Profile of a lawmaker.\n\nSenator Roe (Ohio) - a profile of the senator and her record.\n", "d2")
    assert not a.meta.get("dateline")


STORY = "\n\n".join(["The city council voted 7-2 on Monday night to approve the spending plan after a long debate.",
                     "The plan adds money for parks, buses and libraries over the next two years.",
                     "Opponents said the plan would raise property taxes for many homeowners in the city.",
                     "A final vote on the tax rate is set for next month."])


def test_a_short_sentence_case_line_over_a_whole_story_is_its_headline():
    a = parse_article("Council backs budget plan.\n\n" + STORY + "\n", "h1")
    assert a.meta["headline"] == "Council backs budget plan."
    assert a.blocks[0].kind == "headline"


@pytest.mark.parametrize("first", ["She plans to vote in May.", "But the council backs it.", "Roe said the plan failed."])
def test_an_opening_line_that_carries_the_story_on_stays_body(first):
    a = parse_article(first + "\n\n" + STORY + "\n", "h2")
    assert not a.meta.get("headline") and a.blocks[0].kind == "body"


def test_the_first_of_two_paragraphs_stays_body_an_excerpt_may_open_mid_story():
    a = parse_article("Council backs budget plan.\n\n" + STORY.split("\n\n")[0] + "\n", "h3")
    assert not a.meta.get("headline")


def test_a_capitalised_clause_before_a_colon_is_no_dateline():
    a = parse_article("FIX IS IN: Moderators Ignore The Budget Row.\n\n" + STORY + "\n", "h4")
    assert not a.meta.get("dateline")
    assert a.meta["headline"] == "FIX IS IN: Moderators Ignore The Budget Row."


def test_versus_does_not_end_a_sentence():
    a = parse_article("Court to hear Roe v. Wade challenge.\n\nWASHINGTON (AP) \u2014 The court will hear the case.\n", "h5")
    assert a.meta["headline"] == "Court to hear Roe v. Wade challenge."


@pytest.mark.parametrize("head, dek", [("Mayor says budget is on track.", ""),
                                       ("Council backs budget plan.", "Spending rises for parks.\n\n")])
def test_headlines_that_say_says_or_stand_over_a_dek(head, dek):
    a = parse_article(head + "\n\n" + dek + STORY + "\n", "h6")
    assert a.meta["headline"] == head


@pytest.mark.parametrize("first", [
    "EXCLUSIVE: Harbour board quietly shelves ferry plan.",   # a kicker from data/kickers.csv
    "EXCLUSIVE \u2013 Harbour Board Shelves Ferry Plan.",
    "AP: Harbour board shelved ferry plan in secret.",          # an agency code, not a place
    "ROUNDUP: Harbour Board Shelves Ferry Plan",                # an unknown label before a title-cased headline
])
def test_a_label_before_a_headline_on_the_first_line_is_no_dateline(first):
    a = parse_article(first + "\n\n" + STORY + "\n", "k1")
    assert not a.meta.get("dateline")
    assert a.meta["headline"] == first and a.blocks[0].kind == "headline"
    assert a.paragraphs[0]["text"].startswith("The city council voted")


def test_a_capitalised_place_before_a_colon_in_the_body_is_still_a_dateline():
    a = parse_article("Harbour Board Shelves Ferry Plan\n\nKYIV: Air raid sirens sounded across the capital overnight.\n")
    assert a.meta["dateline"] == "KYIV" and a.meta["headline"] == "Harbour Board Shelves Ferry Plan"


def test_a_town_and_state_before_a_hyphen_is_a_dateline():
    a = parse_article("What next for the mayor? Much depends on May.\n\n"
                      "SPRING HILL, Tenn. - The mayor lost her primary on Tuesday by 212 votes.\n", "t1")
    assert a.meta["dateline"] == "SPRING HILL, Tenn."
    assert a.meta["headline"] == "What next for the mayor? Much depends on May."


def test_a_title_cased_headline_of_two_sentences_over_a_story():
    a = parse_article("Council Backs The Budget. Is The Fight Over?\n\n" + STORY + "\n", "t2")
    assert a.meta["headline"] == "Council Backs The Budget. Is The Fight Over?"
    excerpt = parse_article("Council Backs The Budget. Is The Fight Over?\n\n" + STORY.split("\n\n")[0] + "\n", "t3")
    assert not excerpt.meta.get("headline")  # an excerpt may open mid-story
