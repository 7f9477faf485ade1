#!/usr/bin/env python3
"""Score figures, claimants, quotes and speakers on our own annotated news (tests/fixtures/news).

Run from the project root with the project's python:

    .venv/bin/python benchmarks/score_news.py                      # both halves, this checkout's helpers
    .venv/bin/python benchmarks/score_news.py --half tune --misses 20
    /work/wt/other/.venv/bin/python benchmarks/score_news.py --root /work/wt/other   # another worktree's code

Each half (``tune``: develop against it; ``check``: look at it only to confirm) is loaded with
``helpers.load_corpus(folder)``; the predicted figures and quotes are matched to the gold in
``tests/fixtures/news/gold/<half>/<article>.json`` (the conventions are in
``tests/fixtures/news/README.md``). Prints the scores per half and per article, the first misses
of each kind, and writes the numbers to ``benchmarks/results/news-<root name>.json``. Exits 0
whatever the scores; 2 only when the fixtures or the code cannot be loaded.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FIXTURES = REPO / "tests" / "fixtures" / "news"
HALVES = ("tune", "check", "holdout", "holdout2")
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague")
FORMS = ("name", "surname", "honorific", "title", "pronoun", "organisation", "org_reference", "spokesperson",
         "continued")
PRONOUN_FORMS = ("title", "pronoun", "org_reference")

# Token comparison of names, as ../shared/devsets/score.py does for speakers.
STOP = {"the", "of", "a", "an", "and", "s", "said", "in", "for", "on", "to", "mr", "ms", "mrs",
        "president", "minister", "spokesman", "spokesperson", "official", "officials"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "its", "their"}
HONORIFICS = {"dr", "sir", "dame", "prof", "professor", "mr", "mrs", "ms", "miss", "lord", "lady", "cr", "gen",
              "sgt", "det", "insp", "judge", "justice", "gov", "mx"}
NUMBER_WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                "hundreds thousand thousands million millions billion billions trillion dozen dozens").split()


# --------------------------------------------------------------------------- gold


@dataclass
class Span:
    """One gold item located in its article: ``raw[start:end] == item["text"]``."""
    start: int
    end: int
    item: dict


@dataclass
class Gold:
    """One article's text and its located gold annotations."""
    name: str
    path: Path
    raw: str
    body_start: int
    meta: dict
    figures: list[Span] = field(default_factory=list)
    not_figures: list[Span] = field(default_factory=list)
    ignore: list[Span] = field(default_factory=list)
    quotes: list[Span] = field(default_factory=list)
    other_quoted: list[Span] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_raw(path: Path) -> str:
    """The article text as the workbook decodes it: UTF-8, newlines normalised to ``\\n``."""
    return path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def body_start(raw: str) -> int:
    """Where the text after the front matter (``---`` ... ``---``) begins; 0 without one."""
    m = re.match(r"---\n.*?\n---\n", raw, flags=re.S)
    return m.end() if m else 0


def find(raw: str, text: str, pos: int) -> int:
    """The first occurrence of ``text`` at or after ``pos`` that does not cut a word or number in two; -1 if none."""
    pattern = re.escape(text)
    if text[:1].isalnum():
        pattern = r"(?<![\w.,])" + pattern if text[:1].isdigit() else r"(?<!\w)" + pattern
    if text[-1:].isalnum():
        pattern += r"(?![\w])" if not text[-1:].isdigit() else r"(?![\w]|[.,]\d)"
    m = re.compile(pattern).search(raw, pos)
    return m.start() if m else -1


def locate(raw: str, items: list, start: int, kind: str, problems: list[str]) -> list[Span]:
    """Place each item (a dict with ``text``, or a string) in reading order, each after the one before."""
    spans, pos = [], start
    for i, item in enumerate(items):
        item = {"text": item} if isinstance(item, str) else item
        text = item.get("text") if isinstance(item, dict) else None
        if not isinstance(text, str) or not text:
            problems.append(f"{kind}[{i}]: no text")
            continue
        at = find(raw, text, pos)
        if at < 0:
            again = find(raw, text, start)
            problems.append(f"{kind}[{i}] {text!r}: " + ("not found after the item before it (keep reading order)"
                                                         if again >= 0 else "not in the article body"))
            if again < 0:
                continue
            at = again
        spans.append(Span(at, at + len(text), item))
        pos = at + 1
    return spans


def load_gold(half_dir: Path, gold_dir: Path) -> list[Gold]:
    """Every article of a half with its gold, located; problems are listed on each :class:`Gold`."""
    out = []
    for txt in sorted(half_dir.glob("*.txt")):
        raw = read_raw(txt)
        g = Gold(txt.stem, txt, raw, body_start(raw), {})
        gold_path = gold_dir / f"{txt.stem}.json"
        if not gold_path.exists():
            g.problems.append(f"no gold file {gold_path}")
            out.append(g)
            continue
        try:
            data = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            g.problems.append(f"{gold_path}: not JSON ({e})")
            out.append(g)
            continue
        g.meta = {k: v for k, v in data.items() if not isinstance(v, list)}
        for key in ("figures", "not_figures", "ignore", "quotes", "other_quoted"):
            setattr(g, key, locate(raw, data.get(key) or [], g.body_start, key, g.problems))
        out.append(g)
    return out


def uncovered_numbers(g: Gold) -> list[tuple[int, str]]:
    """Digits and number words in the body that no gold figure, not-figure or ignored span covers."""
    spans = [(s.start, s.end) for s in g.figures + g.not_figures + g.ignore]
    words = "|".join(NUMBER_WORDS)
    out = []
    for m in re.finditer(rf"\d+|\b(?:{words})\b", g.raw[g.body_start:], flags=re.I):
        a, b = m.start() + g.body_start, m.end() + g.body_start
        if not any(s <= a and b <= e for s, e in spans):
            out.append((a, m.group()))
    return out


# --------------------------------------------------------------------------- comparing


def norm(s) -> str:
    s = unicodedata.normalize("NFKC", str(s))
    s = s.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))
    return re.sub(r"\s+", " ", s).strip().lower().strip(" \"'.,;:!?-\u2013\u2014")


def missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip()) or (
        not isinstance(v, (str, int, float, bool)) and str(v) in ("<NA>", "NaT", "nan", "None"))


def name_tokens(s) -> set[str]:
    """Lower-case word tokens of a name, plural 's' dropped, generic words removed (as the shared scorer)."""
    if missing(s):
        return set()
    return {w.rstrip("s") if len(w) > 3 else w for w in re.findall(r"[a-z0-9]+", norm(s).replace("'s", ""))} - STOP


def initials(name: str) -> set[str]:
    """Acronyms a name may be written as: 'Office for National Statistics' -> {'ons', 'ofns'}."""
    words = re.findall(r"[A-Za-z]+", name)
    small = {"of", "and", "for", "the", "on", "in", "de"}
    out = {"".join(w[0] for w in words if w.lower() not in small).lower(), "".join(w[0] for w in words).lower()}
    return {a for a in out if len(a) >= 3}


def same_actor(pred, gold: str) -> bool:
    """Token overlap of a predicted name and the gold name; an acronym of the gold name counts."""
    p, g = name_tokens(pred), name_tokens(gold) - HONORIFICS
    if not name_tokens(gold):  # a generic gold ("officials") has no name tokens: the words must agree
        return not missing(pred) and norm(pred).rstrip("s") == norm(gold).rstrip("s")
    return bool(p & (g or name_tokens(gold))) or bool(p & initials(gold))


def full_actor(pred, gold: str) -> bool:
    """Stricter: every word of the gold name (honorifics aside) is in the prediction, or its acronym is."""
    p, g = name_tokens(pred), name_tokens(gold) - HONORIFICS
    if not name_tokens(gold):
        return same_actor(pred, gold)
    return bool(g) and g <= p or bool(p & initials(gold))


def noun_tokens(s) -> list[str]:
    """Lemma-ish tokens of a counted noun: lower case, singular, 'percent' = 'per cent' = '%'."""
    if missing(s):
        return []
    s = norm(s).replace("%", " percent ").replace("per cent", "percent").replace("pct", "percent")
    out = []
    for w in re.findall(r"[a-z]+", s):
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 4 and re.search(r"(ss|x|ch|sh)es$", w):
            w = w[:-2]
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def same_noun(pred, gold_item: dict) -> bool:
    """The predicted noun names what the gold counts: same words, or one's head word is among the other's."""
    p = noun_tokens(pred)
    if not p:
        return False
    for g in [gold_item.get("noun")] + list(gold_item.get("noun_alt") or []):
        g = noun_tokens(g)
        if g and (p == g or g[-1] in p or p[-1] in g):
            return True
    return False


def same_value(p, g) -> bool:
    try:
        p, g = float(p), float(g)
    except (TypeError, ValueError):
        return False
    return not math.isnan(p) and abs(p - g) <= 1e-6 * max(1.0, abs(g))


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def best_overlap(gs, preds: list, used: set[int], fits=lambda r: True) -> int | None:
    """The index of the unused prediction that overlaps gold span ``gs`` most (and ``fits``), or None."""
    cands = [(min(gs.end, sp[1]) - max(gs.start, sp[0]), i) for i, (sp, r) in enumerate(preds)
             if i not in used and overlaps(gs.start, gs.end, *sp) and fits(r)]
    return max(cands)[1] if cands else None


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


# --------------------------------------------------------------------------- predictions


def import_helpers(root: Path):
    """``helpers`` from the project at ``root`` (ahead of any installed copy)."""
    sys.path.insert(0, str(root))
    for name in [m for m in sys.modules if m == "helpers" or m.startswith("helpers.")]:
        del sys.modules[name]
    import helpers
    where = Path(helpers.__file__).resolve()
    if root.resolve() not in where.parents:
        print(f"warning: helpers was imported from {where}, not from {root}", file=sys.stderr)
    return helpers


def records(table, columns: tuple[str, ...]) -> list[dict]:
    """The rows of a DataFrame as dicts, with every column asked for (missing ones as None)."""
    if table is None or len(table) == 0:
        return []
    have = [c for c in columns if c in table.columns]
    rows = table[have].to_dict("records")
    for row in rows:
        for c in columns:
            row.setdefault(c, None)
    return rows


def table_of(corpus, name: str):
    try:
        return getattr(corpus, name)
    except Exception as e:  # noqa: BLE001 - a broken extractor is a score of zero, not a crash
        print(f"warning: corpus.{name} failed: {type(e).__name__}: {e}", file=sys.stderr)
        return None


def predictions(helpers, folder: Path) -> tuple[dict, dict]:
    """Predicted figures and quotes of every article in ``folder``, by article id."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            corpus = helpers.load_corpus(str(folder))
        except Exception as e:  # noqa: BLE001 - scored as predicting nothing
            print(f"warning: load_corpus({folder}) failed: {type(e).__name__}: {e}", file=sys.stderr)
            return {}, {}
        figs = records(table_of(corpus, "figures"), ("article_id", "text", "value", "value_min", "value_max",
                                                     "qualifier", "noun", "claimant", "claimant_text", "start", "end"))
        quotes = records(table_of(corpus, "quotes"), ("article_id", "text", "speaker", "speaker_text", "start", "end"))
    by_fig, by_quote = {}, {}
    for r in figs:
        by_fig.setdefault(str(r["article_id"]), []).append(r)
    for r in quotes:
        by_quote.setdefault(str(r["article_id"]), []).append(r)
    return by_fig, by_quote


def span_of(row: dict, raw: str) -> tuple[int, int] | None:
    """Where a predicted row stands in the raw text: its offsets, or its text found in the body."""
    try:
        s, e = int(row["start"]), int(row["end"])
        if 0 <= s < e <= len(raw):
            return s, e
    except (TypeError, ValueError):
        pass
    text = row.get("text")
    if isinstance(text, str) and text:
        at = raw.find(text, body_start(raw))
        if at >= 0:
            return at, at + len(text)
    return None


# --------------------------------------------------------------------------- scoring


def context(raw: str, s: int, e: int, width: int = 45) -> str:
    left = raw[max(0, s - width):s].split("\n")[-1]
    right = raw[e:e + width].split("\n")[0]
    return f"{left}[{raw[s:e]}]{right}"


def score_article(g: Gold, figs: list[dict], quotes: list[dict]) -> tuple[dict, dict]:
    """Counts for one article and its misses, by kind."""
    c = {k: 0 for k in ("gold_figures", "pred_figures", "fig_tp", "noun_tp", "qual_ok", "claim_n", "claim_ok",
                        "claim_full_ok", "claim_spurious", "claim_null_n", "nonfig_fp", "extra_fp", "ignored",
                        "gold_quotes", "pred_quotes", "quote_tp", "named_n", "named_ok", "named_full_ok",
                        "pron_n", "pron_ok", "offset_mismatch")}
    c["forms"] = {}
    m = {k: [] for k in ("missed_figure", "wrong_value", "extra_figure", "non_figure", "noun", "qualifier",
                         "claimant", "spurious_claimant", "missed_quote", "extra_quote", "speaker")}
    raw = g.raw

    # figures
    preds = []
    for r in figs:
        sp = span_of(r, raw)
        if sp is None:
            continue
        if r.get("text") is not None and raw[sp[0]:sp[1]] != r["text"]:
            c["offset_mismatch"] += 1
        preds.append((sp, r))
    used: set[int] = set()
    c["gold_figures"] = len(g.figures)
    for gs in g.figures:
        item = gs.item
        i = best_overlap(gs, preds, used, lambda r: same_value(r["value"], item["value"]))
        if i is None:
            near = [r for sp, r in preds if overlaps(gs.start, gs.end, *sp)]
            where = context(raw, gs.start, gs.end)
            if near:
                m["wrong_value"].append(f"{where} | gold {item['value']:g} {item.get('noun')!r}; got "
                                        + ", ".join(f"{r['value']} {r['text']!r}" for r in near))
            else:
                m["missed_figure"].append(f"{where} | {item['value']:g} {item.get('noun')!r}")
            continue
        used.add(i)
        r = preds[i][1]
        c["fig_tp"] += 1
        tag = f"{r['text']!r} in {context(raw, gs.start, gs.end, 30)}"
        if same_noun(r["noun"], item):
            c["noun_tp"] += 1
        else:
            m["noun"].append(f"{tag} | noun {r['noun']!r}, gold {item.get('noun')!r}")
        if r["qualifier"] == item.get("qualifier"):
            c["qual_ok"] += 1
        else:
            m["qualifier"].append(f"{tag} | {r['qualifier']!r}, gold {item.get('qualifier')!r}")
        gold_claimant = item.get("claimant")
        if gold_claimant:
            c["claim_n"] += 1
            names = [gold_claimant] + list(item.get("claimant_alt") or [])
            ok = any(same_actor(r["claimant"], n) for n in names)
            c["claim_ok"] += ok
            c["claim_full_ok"] += any(full_actor(r["claimant"], n) for n in names)
            if not ok:
                m["claimant"].append(f"{tag} | {r['claimant']!r} (as written {r['claimant_text']!r}), "
                                     f"gold {gold_claimant!r}")
        else:
            c["claim_null_n"] += 1
            if not missing(r["claimant"]):
                c["claim_spurious"] += 1
                m["spurious_claimant"].append(f"{tag} | {r['claimant']!r}, gold none (the article's own)")
    for i, (sp, r) in enumerate(preds):
        if i in used:
            continue
        if any(overlaps(*sp, s.start, s.end) for s in g.ignore):
            c["ignored"] += 1
            continue
        bad = [s for s in g.not_figures if overlaps(*sp, s.start, s.end)]
        if bad:
            c["nonfig_fp"] += 1
            m["non_figure"].append(f"{context(raw, *sp)} | {r['value']} {r['noun']!r}; "
                                   f"{bad[0].item.get('kind', 'not a figure')}")
        else:
            c["extra_fp"] += 1
            m["extra_figure"].append(f"{context(raw, *sp)} | {r['value']} {r['noun']!r}")
    c["pred_figures"] = len(preds) - c["ignored"]

    # quotes
    qpreds = []
    for r in quotes:
        sp = span_of(r, raw)
        if sp is None or any(overlaps(*sp, s.start, s.end) for s in g.other_quoted):
            continue
        qpreds.append((sp, r))
    c["gold_quotes"], c["pred_quotes"] = len(g.quotes), len(qpreds)
    qused: set[int] = set()
    for gs in g.quotes:
        item = gs.item
        i = best_overlap(gs, qpreds, qused)
        if i is None:
            m["missed_quote"].append(f"{item['text'][:60]!r} ({item.get('speaker')})")
            continue
        qused.add(i)
        r = qpreds[i][1]
        c["quote_tp"] += 1
        names = [item.get("speaker")] + list(item.get("speaker_alt") or [])
        spk = r["speaker"]
        pronoun_form = bool(item.get("speaker_is_pronoun"))
        ok = (not missing(spk) and norm(spk) not in PRONOUNS and any(n and same_actor(spk, n) for n in names))
        form = item.get("form") or ("pronoun" if pronoun_form else "name")
        f = c["forms"].setdefault(form, [0, 0])
        f[0] += 1
        f[1] += ok
        if pronoun_form:
            c["pron_n"] += 1
            c["pron_ok"] += ok
        else:
            c["named_n"] += 1
            c["named_ok"] += ok
            c["named_full_ok"] += any(n and full_actor(spk, n) for n in names)
        if not ok:
            m["speaker"].append(f"{item['text'][:40]!r}: {spk!r} (as written {r['speaker_text']!r}), "
                                f"gold {item.get('speaker')!r} [{form}]")
    for i, (sp, r) in enumerate(qpreds):
        if i not in qused:
            m["extra_quote"].append(f"{str(r['text'])[:60]!r} ({r['speaker']!r})")
    return c, m


def add(total: dict, c: dict) -> None:
    for k, v in c.items():
        if k == "forms":
            for form, (n, ok) in v.items():
                t = total.setdefault("forms", {}).setdefault(form, [0, 0])
                t[0] += n
                t[1] += ok
        else:
            total[k] = total.get(k, 0) + v


def rate(ok: int, n: int) -> float | None:
    return ok / n if n else None


def summary(c: dict) -> dict:
    """The scores of a set of counts (an article, a half)."""
    figs = prf(c["fig_tp"], c["pred_figures"], c["gold_figures"])
    nouns = prf(c["noun_tp"], c["pred_figures"], c["gold_figures"])
    quotes = prf(c["quote_tp"], c["pred_quotes"], c["gold_quotes"])
    return {
        "figures": {**figs, "tp": c["fig_tp"], "pred": c["pred_figures"], "gold": c["gold_figures"]},
        "value_noun_f1": nouns["f1"],
        "qualifier_accuracy": rate(c["qual_ok"], c["fig_tp"]),
        "claimant_accuracy": rate(c["claim_ok"], c["claim_n"]),
        "claimant_full_name_accuracy": rate(c["claim_full_ok"], c["claim_n"]),
        "claimants_scored": c["claim_n"],
        "spurious_claimant_rate": rate(c["claim_spurious"], c["claim_null_n"]),
        "non_figure_false_positives": c["nonfig_fp"],
        "unannotated_false_positives": c["extra_fp"],
        "quotes": {**quotes, "tp": c["quote_tp"], "pred": c["pred_quotes"], "gold": c["gold_quotes"]},
        "named_speaker_accuracy": rate(c["named_ok"], c["named_n"]),
        "named_speaker_full_name_accuracy": rate(c["named_full_ok"], c["named_n"]),
        "pronoun_speaker_accuracy": rate(c["pron_ok"], c["pron_n"]),
        "speaker_accuracy_by_form": {f: {"n": n, "accuracy": ok / n} for f, (n, ok) in sorted(c.get("forms", {}).items())},
        "offset_mismatches": c["offset_mismatch"],
    }


def fmt(x) -> str:
    if x is None:
        return "  -  "
    return f"{x:5.3f}"


def print_half(half: str, per_article: dict, total: dict) -> None:
    head = (f"{'article':<24} {'figP':>5} {'figR':>5} {'figF1':>5} {'v+nF1':>5} {'qual':>5} {'claim':>5} "
            f"{'nonFP':>5} {'qP':>5} {'qR':>5} {'qF1':>5} {'named':>5} {'pron':>5}")
    print(f"\n== {half} ==")
    print(head)
    rows = list(per_article.items()) + [("ALL " + half, total)]
    for name, s in rows:
        if name.startswith("ALL"):
            print("-" * len(head))
        print(f"{name[:24]:<24} {fmt(s['figures']['p'])} {fmt(s['figures']['r'])} {fmt(s['figures']['f1'])} "
              f"{fmt(s['value_noun_f1'])} {fmt(s['qualifier_accuracy'])} {fmt(s['claimant_accuracy'])} "
              f"{s['non_figure_false_positives']:>5} {fmt(s['quotes']['p'])} {fmt(s['quotes']['r'])} "
              f"{fmt(s['quotes']['f1'])} {fmt(s['named_speaker_accuracy'])} {fmt(s['pronoun_speaker_accuracy'])}")
    f, q = total["figures"], total["quotes"]
    print(f"figures: {f['tp']} matched of {f['gold']} gold and {f['pred']} predicted "
          f"({total['non_figure_false_positives']} on marked non-figures, {total['unannotated_false_positives']} elsewhere); "
          f"claimants scored {total['claimants_scored']}, full-name {fmt(total['claimant_full_name_accuracy'])}, "
          f"spurious claimant on the article's own figures {fmt(total['spurious_claimant_rate'])}")
    print(f"quotes: {q['tp']} matched of {q['gold']} gold and {q['pred']} predicted; named speakers full-name "
          f"{fmt(total['named_speaker_full_name_accuracy'])}; by form: "
          + ", ".join(f"{k} {v['accuracy']:.2f} ({v['n']})" for k, v in total["speaker_accuracy_by_form"].items()))
    if total["offset_mismatches"]:
        print(f"warning: {total['offset_mismatches']} predicted figures whose start/end do not point at their text")


def run(root: Path, fixtures: Path, halves: list[str], n_misses: int, out: Path | None) -> dict:
    helpers = import_helpers(root)
    results = {"root": str(root), "fixtures": str(fixtures), "halves": {}}
    for half in halves:
        folder = fixtures / half
        golds = load_gold(folder, fixtures / "gold" / half)
        for g in golds:
            for p in g.problems:
                print(f"gold problem in {half}/{g.name}: {p}", file=sys.stderr)
        figs, quotes = predictions(helpers, folder)
        total: dict = {}
        misses: dict = {}
        per_article = {}
        for g in golds:
            c, m = score_article(g, figs.get(g.name, []), quotes.get(g.name, []))
            add(total, c)
            per_article[g.name] = summary(c)
            for k, v in m.items():
                misses.setdefault(k, []).extend(f"{g.name}: {x}" for x in v)
        s = summary(total)
        print_half(half, per_article, s)
        if n_misses:
            for kind, items in misses.items():
                if items:
                    print(f"\n-- {kind.replace('_', ' ')} ({len(items)}):")
                    print("\n".join("   " + x for x in items[:n_misses]))
        results["halves"][half] = {"all": s, "articles": per_article, "miss_counts": {k: len(v) for k, v in misses.items()}}
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
        print(f"\nwrote {out}")
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path.cwd(), help="project whose helpers to score (default: .)")
    ap.add_argument("--fixtures", type=Path, default=FIXTURES, help=f"annotated news (default: {FIXTURES})")
    ap.add_argument("--half", choices=HALVES, action="append", help="score only this half (repeatable)")
    ap.add_argument("--misses", type=int, default=10, metavar="N", help="print the first N misses of each kind (0: none)")
    ap.add_argument("--out", type=Path, help="where to write the JSON (default: benchmarks/results/news-<root name>.json)")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    if not (root / "helpers").is_dir():
        print(f"{root}: no helpers/ package here; run from the project root or pass --root", file=sys.stderr)
        return 2
    halves = args.half or [h for h in HALVES if (args.fixtures / h).is_dir()]
    if not halves or not all((args.fixtures / h).is_dir() for h in halves):
        print(f"{args.fixtures}: no {'/'.join(args.half or HALVES)} folders of annotated news", file=sys.stderr)
        return 2
    out = args.out or HERE / "results" / f"news-{root.name}.json"
    run(root, args.fixtures, halves, args.misses, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
