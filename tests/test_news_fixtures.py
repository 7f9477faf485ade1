"""The annotated news fixtures (tests/fixtures/news) are well-formed: every gold text is in its
article, in reading order; values are numbers; qualifiers and forms come from the vocabularies;
every number in a body is judged. This checks the gold, not what the code scores on it
(benchmarks/score_news.py does that)."""
from __future__ import annotations

import importlib.util
import json
import math
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from helpers import load_corpus
from helpers.schema import QUALIFIERS

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "tests" / "fixtures" / "news"
HALVES = tuple(h for h in ("tune", "check", "holdout", "holdout2") if (NEWS / h).is_dir())


def _scorer():
    spec = importlib.util.spec_from_file_location("score_news", ROOT / "benchmarks" / "score_news.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_news"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


sn = _scorer()
GOLD = {(half, g.name): g for half in HALVES for g in sn.load_gold(NEWS / half, NEWS / "gold" / half)}
IDS = [f"{half}/{name}" for half, name in GOLD]
TOP_KEYS = {"article", "topic", "style", "figures", "not_figures", "ignore", "quotes", "other_quoted"}
FIGURE_KEYS = {"text", "value", "value_min", "value_max", "qualifier", "noun", "noun_alt", "claimant", "claimant_alt"}
QUOTE_KEYS = {"text", "speaker", "speaker_alt", "speaker_is_pronoun", "form"}
NOT_FIGURE_KINDS = {"time", "date", "year", "year span", "age", "code", "label", "score", "tally", "ordinal"}
OPENING_MARKS = '"\u201c\u2018\''


def is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def raw_gold(half: str, name: str) -> dict:
    return json.loads((NEWS / "gold" / half / f"{name}.json").read_text(encoding="utf-8"))


def test_each_half_has_its_articles_each_with_its_gold():
    assert {"tune", "check"} <= set(HALVES)
    for half in HALVES:
        articles = sorted(p.stem for p in (NEWS / half).glob("*.txt"))
        golds = sorted(p.stem for p in (NEWS / "gold" / half).glob("*.json"))
        assert len(articles) >= 6, half
        assert articles == golds, half
        assert sorted(p.name for p in (NEWS / half).iterdir()) == [f"{a}.txt" for a in articles], \
            f"{half}/ holds only the articles, so load_corpus reads nothing else"


@pytest.mark.parametrize("half", HALVES)
def test_the_loader_reads_each_half_as_exactly_its_articles(half):
    corpus = load_corpus(NEWS / half)
    assert sorted(corpus.articles.article_id) == sorted(name for h, name in GOLD if h == half)
    assert corpus.articles.published.notna().all() and corpus.articles.outlet.notna().all()


@pytest.mark.parametrize("key", list(GOLD), ids=IDS)
def test_every_gold_text_is_in_the_body_in_reading_order(key):
    g = GOLD[key]
    assert g.problems == []
    for kind in ("figures", "not_figures", "ignore", "quotes", "other_quoted"):
        for span in getattr(g, kind):
            assert span.start >= g.body_start
            assert g.raw[span.start:span.end] == span.item["text"]


@pytest.mark.parametrize("key", list(GOLD), ids=IDS)
def test_every_number_in_the_body_is_judged_once(key):
    g = GOLD[key]
    left = [g.raw[max(0, a - 30):a + 20] for a, _ in sn.uncovered_numbers(g)]
    assert left == [], "numbers that are neither a figure, a not-figure nor ignored"
    spans = sorted((s.start, s.end, s.item["text"]) for s in g.figures + g.not_figures + g.ignore)
    assert [(a, b) for a, b in zip(spans, spans[1:]) if b[0] < a[1]] == []


@pytest.mark.parametrize("key", list(GOLD), ids=IDS)
def test_the_gold_file_is_well_formed(key):
    half, name = key
    data = raw_gold(half, name)
    assert set(data) <= TOP_KEYS and data["article"] == name and data["figures"] and data["quotes"]
    for f in data["figures"]:
        assert set(f) <= FIGURE_KEYS and {"text", "value", "qualifier", "noun", "claimant"} <= set(f), f
        assert is_number(f["value"]), f
        assert f["qualifier"] in QUALIFIERS, f
        assert isinstance(f["noun"], str) and f["noun"].strip(), f
        assert f["claimant"] is None or (isinstance(f["claimant"], str) and f["claimant"].strip()), f
        for alt in ("noun_alt", "claimant_alt"):
            assert all(isinstance(a, str) and a.strip() for a in f.get(alt, [])), f
        if f["qualifier"] == "range":
            lo, hi = f["value_min"], f["value_max"]
            assert is_number(lo) and is_number(hi) and lo < hi, f
            assert math.isclose(f["value"], (lo + hi) / 2), f
        else:
            assert "value_min" not in f and "value_max" not in f, f
    for nf in data.get("not_figures", []):
        assert nf.get("kind") in NOT_FIGURE_KINDS, nf
    for ig in data.get("ignore", []):
        assert isinstance(ig.get("why"), str) and ig["why"], ig
    for q in data["quotes"]:
        assert set(q) <= QUOTE_KEYS and isinstance(q["speaker"], str) and q["speaker"].strip(), q
        assert isinstance(q["speaker_is_pronoun"], bool), q
        assert q.get("form") in sn.FORMS, q
        assert q["speaker_is_pronoun"] == (q["form"] in sn.PRONOUN_FORMS), q


@pytest.mark.parametrize("key", list(GOLD), ids=IDS)
def test_gold_quotes_start_inside_quotation_marks(key):
    g = GOLD[key]
    for q in g.quotes:
        assert g.raw[q.start - 1] in OPENING_MARKS, q.item["text"]


@pytest.mark.parametrize("key", list(GOLD), ids=IDS)
def test_figure_values_agree_with_the_digits_written(key):
    """A plain written number ("1,420 homes", "more than 3.6m hours") has the gold value its digits say."""
    scale = {"": 1, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "B": 1e9, "lakh": 1e5, "crore": 1e7}
    for f in GOLD[key].figures:
        item = f.item
        m = re.fullmatch(r"\D*?(\d[\d,]*(?:\.\d+)?)(?![\d.,]\d)\s?(m|bn|B|million|billion|lakh|crore)?\b(?![/-]).*",
                         item["text"])
        if item["qualifier"] == "range" or m is None or re.search(r"\d.*\d", item["text"].replace(m.group(1), "", 1)):
            continue
        if m.group(2) == "m" and item["noun"] in ("m", "metres"):
            continue  # "a 3.5m antenna" is metres
        written = float(m.group(1).replace(",", "")) * scale[m.group(2) or ""]
        sign = -1 if item["text"].startswith("minus") else 1
        assert math.isclose(item["value"], sign * written), item


@pytest.mark.parametrize("key", list(GOLD), ids=IDS)
def test_articles_are_news_length_with_front_matter(key):
    g = GOLD[key]
    front = g.raw[:g.body_start]
    assert all(f"\n{k}: " in front for k in ("outlet", "published", "headline"))
    assert 250 <= len(g.raw[g.body_start:].split()) <= 500


@given(st.integers(0, 10**7), st.integers(0, 10**7), st.sampled_from([" ", ",", "."]))
def test_a_gold_number_is_never_found_inside_a_longer_number(left, right, sep):
    """``find`` places "410" at a whole number, never inside "1,410" or "4100"."""
    target = str(right)
    raw = f"{left}{sep}{right} and {target}0 and x {target}."
    at = sn.find(raw, target, 0)
    assert raw[at:at + len(target)] == target
    assert not re.search(r"(\w|\d[.,])$", raw[:at]) and not re.match(r"(\w|[.,]\d)", raw[at + len(target):])


def test_the_scorer_matches_a_generic_gold_claimant_by_its_words():
    assert sn.same_actor("officials", "officials") and sn.full_actor("Officials", "officials")
    assert not sn.same_actor("Mayor Ann Roe", "officials") and not sn.same_actor(None, "officials")
    assert sn.full_actor("Office for National Statistics", "Office for National Statistics")
