"""Speed and scale benchmark: how fast does a folder of articles become every table?

Builds a synthetic corpus of N articles from the seed files (deterministic variations: body
paragraphs shuffled, numbers, dates, weekdays and speaker names swapped), then measures, each
in a fresh Python process so that peak memory belongs to that measurement alone:

* ``load``   -- ``load_corpus(folder, jobs=J).tables()``: every table built (jobs 1 and 2);
* ``stages`` -- the same work one stage at a time: read+blocks, sentences, each extractor over
  all articles, DataFrame assembly;
* ``floor``  -- reading the same files and one regular-expression pass (``\\w+``) over them:
  the fastest any pure-Python pipeline could touch every word once;
* ``estimates`` -- ``estimates(corpus)`` once the tables it reads are built (target < 2 s for 1,000);
* ``import helpers`` in a fresh interpreter (target < 0.3 s).

Usage (from the project root)::

    .venv/bin/python benchmarks/bench.py                  # N = 1,000 and 10,000
    .venv/bin/python benchmarks/bench.py --n 2000         # one size
    .venv/bin/python benchmarks/bench.py --crossover      # jobs=1 vs jobs=2 by corpus size
    .venv/bin/python benchmarks/bench.py --n 1000 --profile   # cProfile of a jobs=1 load
    .venv/bin/python benchmarks/bench.py --n 1000 --estimates # estimates(corpus) alone, on top of the tables

Wall seconds are printed, but on a shared machine other processes inflate them (jobs=2 most:
Linux shares CPU between sessions, not processes), so rates are computed from CPU time: for
jobs=J, "if idle" = the main process's CPU seconds + the workers' CPU seconds / J. Peak memory is
the sampled sum of PSS over the process and its workers (psutil), beside each one's ru_maxrss.

Prints a table and writes ``benchmarks/results/bench-N.json`` (git-ignored). Timings are for
information; no test asserts them.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))

#: Version of the synthetic corpus: a kept corpus (--keep) made by another version is made again.
GENERATOR = 2
#: Invented names that replace speakers and bylines, so mentions and quotes vary between copies:
#: every first name with every family name, 144 people.
FIRST = ("Maria", "Ahmed", "Olena", "Jin-ho", "Daniel", "Aiko", "Samuel", "Ingrid", "Rafael", "Leila", "Tomasz", "Grace")
FAMILY = ("Lopez", "Karimi", "Petrenko", "Park", "Weber", "Tanaka", "Okafor", "Larsen", "Costa", "Haddad", "Nowak",
          "Mensah")
NAMES = tuple(f"{first} {family}" for first in FIRST for family in FAMILY)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: A number that is not part of a time, decimal or code: "3,000", "70", "2024" (not "5:06", "1.5").
_NUMBER_RE = re.compile(r"(?<![\w.,:])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w:]|[.,]\d)")
_MONTH_RE = re.compile(r"\b(?:%s)\b|\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\." % "|".join(MONTHS))
_WEEKDAY_RE = re.compile(r"\b(?:%s)\b" % "|".join(WEEKDAYS))
#: A speaker as wire copy writes one: two or three capitalised words right before a reporting verb.
_SPEAKER_RE = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}(?= (?:said|says|told|wrote|added)\b)")
_BYLINE_RE = re.compile(r"^(By )(.+)$", re.M)
#: The floor's one pass: every word once.
_FLOOR_RE = re.compile(r"\w+")


# --------------------------------------------------------------------------- synthetic corpus

def _templates() -> list[tuple[str, list[tuple[int, int]]]]:
    """Each seed's text and the spans of its body paragraphs after the first (the ones to shuffle)."""
    from helpers.read.article import read_article
    from helpers.paths import SEEDS

    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        art = read_article(path)
        body = [(b.start, b.end) for b in art.blocks if b.kind == "body"]
        out.append((art.raw, body[1:]))
    return out


@functools.lru_cache(maxsize=None)
def _known_actors() -> tuple[re.Pattern, dict[str, str], dict[str, list[str]]]:
    """The gazetteer's countries, places and people: a pattern matching any of their names (aliases
    included, longest first), the kind of each name, and the canonical names of each kind. Swapping
    them makes almost every sentence differ between copies, as in a real corpus, so that no cache
    keyed on text is measured as speed."""
    from helpers.lexicon import read_table

    kind_of: dict[str, str] = {}
    by_kind: dict[str, list[str]] = {}
    for row in read_table("actors.csv"):
        if row["kind"] not in ("country", "place", "person"):
            continue
        by_kind.setdefault(row["kind"], []).append(row["canonical"])
        for name in [row["canonical"], *filter(None, row.get("aliases", "").split("|"))]:
            if name[:1].isupper() and len(name) > 3:
                kind_of.setdefault(name, row["kind"])
    names = sorted(kind_of, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(map(re.escape, names))), kind_of, by_kind


def _vary_number(m: re.Match, rng: random.Random) -> str:
    s = m.group(0)
    v = int(s.replace(",", ""))
    if 1900 <= v <= 2100 and "," not in s:
        return str(rng.randint(2015, 2025))
    if v <= 31:
        return str(rng.randint(1, 28))
    new = rng.randint(10 ** (len(str(v)) - 1), 10 ** len(str(v)) - 1)
    return f"{new:,}" if "," in s else str(new)


def variant(raw: str, shuffle: list[tuple[int, int]], rng: random.Random) -> str:
    """One synthetic article: ``raw`` with its body paragraphs shuffled and facts swapped."""
    if shuffle:
        texts = [raw[a:b] for a, b in shuffle]
        rng.shuffle(texts)
        pieces, pos = [], 0
        for (a, b), t in zip(shuffle, texts):
            pieces += [raw[pos:a], t]
            pos = b
        raw = "".join(pieces) + raw[pos:]
    perm = rng.sample(range(12), 12)
    month = {**{MONTHS[i]: MONTHS[perm[i]] for i in range(12)},
             **{MONTH_ABBR[i]: MONTH_ABBR[perm[i]] for i in range(12) if MONTH_ABBR[i].endswith(".")}}
    wperm = rng.sample(WEEKDAYS, 7)
    weekday = dict(zip(WEEKDAYS, wperm))
    names: dict[str, str] = {}

    def name(m: re.Match) -> str:
        return names.setdefault(m.group(0), rng.choice(NAMES))

    def actor(m: re.Match) -> str:
        return names.setdefault(m.group(0), rng.choice(by_kind[kind_of[m.group(0)]]))

    raw = _BYLINE_RE.sub(lambda m: m.group(1) + rng.choice(NAMES), raw, count=1)
    pattern, kind_of, by_kind = _known_actors()
    raw = pattern.sub(actor, raw)
    raw = _SPEAKER_RE.sub(name, raw)
    raw = _NUMBER_RE.sub(lambda m: _vary_number(m, rng), raw)
    raw = _MONTH_RE.sub(lambda m: month.get(m.group(0), m.group(0)), raw)
    return _WEEKDAY_RE.sub(lambda m: weekday[m.group(0)], raw)


def make_corpus(n: int, folder: Path, seed: int = 0) -> Path:
    """Write ``n`` synthetic articles to ``folder`` (same files for the same ``n`` and ``seed``)."""
    folder.mkdir(parents=True, exist_ok=True)
    templates = _templates()
    for i in range(n):
        raw, shuffle = templates[i % len(templates)]
        text = variant(raw, shuffle, random.Random(f"{seed}-{i}"))
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- measurements (child side)

def _cpu_seconds(who: int) -> float:
    """CPU time, user + system, of this process (RUSAGE_SELF) or its finished children (the workers)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _peak_mb(who: int) -> float:
    kb = resource.getrusage(who).ru_maxrss
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


class TreeMemory:
    """Peak memory of this process and its children together: the sum of their PSS (proportional
    set size, which counts a page shared by n processes as 1/n to each), sampled every ``every``
    seconds in a thread. Needs psutil (locked with ipykernel) and Linux; ``peak_mb`` stays None otherwise.
    """

    def __init__(self, every: float = 0.5):
        self.every, self.peak_mb, self._stop = every, None, None

    def _sample(self, psutil) -> None:
        me = psutil.Process()
        while not self._stop.wait(self.every):
            total = 0
            for p in [me, *me.children(recursive=True)]:
                try:
                    total += p.memory_full_info().pss
                except (psutil.Error, AttributeError):
                    pass
            self.peak_mb = max(self.peak_mb or 0, total / 2**20)

    def __enter__(self):
        try:
            import threading

            import psutil
        except ImportError:
            return self
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(psutil,), daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._stop is not None:
            self._stop.set()
            self._thread.join()


def measure_load(folder: str, jobs: int, memory_every: float = 0.5) -> dict:
    """``load_corpus(folder, jobs).tables()`` in this (fresh) process; pandas imported first."""
    import warnings

    import pandas  # noqa: F401  (import cost reported separately)

    from helpers import load_corpus

    t0, c0 = time.perf_counter(), _cpu_seconds(resource.RUSAGE_SELF)
    # PSS is costly to read (the kernel walks the page tables, holding the process's memory
    # lock), so sample at most twice a second: faster sampling slows the workers it measures.
    with warnings.catch_warnings(), TreeMemory(memory_every) as memory:
        warnings.simplefilter("ignore")
        corpus = load_corpus(folder, jobs=jobs, cache=False)  # measure the extraction, not the cache
        tables = corpus.tables()
    seconds = time.perf_counter() - t0
    main, workers = _cpu_seconds(resource.RUSAGE_SELF) - c0, _cpu_seconds(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "cpu_seconds_main": main, "cpu_seconds_workers": workers,
            # What the wall time would be with a free core per process: main's work plus the
            # workers' spread evenly (an upper bound: main partly overlaps the workers).
            "seconds_if_idle": main + workers / jobs, "rows": {k: len(v) for k, v in tables.items()},
            "peak_mb_pss_total": memory.peak_mb,
            "peak_mb_main": _peak_mb(resource.RUSAGE_SELF), "peak_mb_worker": _peak_mb(resource.RUSAGE_CHILDREN)}


def measure_stages(folder: str) -> dict:
    """The jobs=1 pipeline one stage at a time, each stage over every article."""
    import pandas  # noqa: F401

    from helpers.extract.actors import load_gazetteer
    from helpers.read.article import ArticleError, read_article
    from helpers.corpus import TABLES, _extractor, _fewer_collections, records_to_frame
    from helpers.read.sources import find_files

    files = find_files(folder)
    stages: dict[str, float] = {}

    cpu: dict[str, float] = {}

    def timed(name, fn):
        t, c = time.perf_counter(), time.process_time()
        with _fewer_collections():  # the garbage-collector setting load_corpus extracts with
            out = fn()
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - t
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - c
        return out

    def read_all():
        docs = []
        for f in files:
            try:
                docs.append(read_article(f))
            except ArticleError:
                pass
        return docs

    docs = timed("read+blocks", read_all)
    timed("sentences", lambda: [d.sentences for d in docs])
    gaz = timed("gazetteer", load_gazetteer)
    records = {}
    labels = {"articles": "articles+blocks records", "blocks": "articles+blocks records",
              "paragraphs": "articles+blocks records", "sentences": "articles+blocks records",
              "timeline": "dates/timeline"}
    for t in TABLES:
        fn = _extractor(t)
        records[t] = timed(labels.get(t, t), lambda: [r for d in docs for r in fn(d, gaz)])
    for t in TABLES:
        timed("DataFrame assembly", lambda: records_to_frame(t, records[t]))
    return {"stages": stages, "stages_cpu": cpu, "peak_mb_main": _peak_mb(resource.RUSAGE_SELF)}


def measure_floor(folder: str) -> dict:
    """Read every file, decode it and run one regex pass (``\\w+``) over it."""
    from helpers.read.sources import find_files

    files = find_files(folder)
    t0, c0 = time.perf_counter(), _cpu_seconds(resource.RUSAGE_SELF)
    words = 0
    for f in files:
        words += len(_FLOOR_RE.findall(f.read_bytes().decode("utf-8")))
    return {"seconds": time.perf_counter() - t0, "seconds_if_idle": _cpu_seconds(resource.RUSAGE_SELF) - c0,
            "words": words}


def measure_profile(folder: str, top: int = 30) -> dict:
    """cProfile of a jobs=1 load with every table; prints the top functions by own time."""
    import cProfile
    import io
    import pstats
    import warnings

    import pandas  # noqa: F401

    from helpers import load_corpus

    prof = cProfile.Profile()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prof.enable()
        load_corpus(folder, jobs=1).tables()
        prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats("helpers", top)
    return {"report": out.getvalue()}


def measure_estimates(folder: str, repeat: int = 3) -> dict:
    """``estimates(corpus)`` once the tables it reads (articles, sentences, figures, mentions) are
    built: the time it adds on top of the figures table, best of ``repeat``."""
    import warnings

    import pandas  # noqa: F401

    from helpers import estimates, load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(folder)
        for table in ("articles", "sentences", "figures", "mentions"):
            corpus.table(table)
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        est = estimates(corpus)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return {"seconds": min(times), "seconds_each": times, "cpu_seconds": min(cpu), "figures": len(corpus.figures),
            "mentions": len(corpus.mentions), "estimates": len(est), "quantities": int(est["quantity_id"].nunique())}


CHILD = {"load": measure_load, "stages": measure_stages, "floor": measure_floor, "profile": measure_profile,
         "estimates": measure_estimates}


def run_child(kind: str, folder: Path, **kw) -> dict:
    """Run one measurement in a fresh interpreter and return its JSON result."""
    args = [sys.executable, __file__, "--child", kind, str(folder), json.dumps(kw)]
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        raise RuntimeError(f"{kind} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def import_time(repeat: int = 5) -> dict:
    """Seconds to ``import helpers`` in a fresh interpreter (median of ``repeat``), and heavy modules loaded."""
    code = ("import sys, time; t = time.perf_counter(); import helpers; t = time.perf_counter() - t; "
            "import json; print(json.dumps([t, sorted({m.split('.')[0] for m in sys.modules} "
            "& {'pandas', 'numpy', 'matplotlib', 'ipywidgets', 'dask', 'pyarrow'})]))")
    runs = [json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                                      check=True).stdout) for _ in range(repeat)]
    return {"seconds": statistics.median(r[0] for r in runs), "heavy_modules": runs[0][1]}


# --------------------------------------------------------------------------- report

def bench(n: int, folder: Path, jobs_list: list[int]) -> dict:
    files = sorted(folder.glob("*.txt"))
    mb = sum(f.stat().st_size for f in files) / 1e6
    result: dict = {"n": len(files), "mb": round(mb, 3), "python": platform.python_version(),
                    "cpus": os.cpu_count(), "machine": platform.machine(), "load_average_before": os.getloadavg()}
    floor = run_child("floor", folder)
    idle = floor["seconds_if_idle"]
    result["floor"] = {**floor, "mb_s": mb / idle, "articles_s": len(files) / idle}
    result["load"] = {}
    for j in jobs_list:
        r = run_child("load", folder, jobs=j)
        idle = r["seconds_if_idle"]
        r.update(cpu_seconds=r["cpu_seconds_main"] + r["cpu_seconds_workers"],
                 mb_s=mb / idle, articles_s=len(files) / idle, share_of_floor=(mb / idle) / result["floor"]["mb_s"],
                 wall_mb_s=mb / r["seconds"],
                 peak_mb_rss_bound=r["peak_mb_main"] + (j * r["peak_mb_worker"] if j > 1 else 0))
        result["load"][str(j)] = r
    result["stages"] = run_child("stages", folder)
    extractors = {k: v for k, v in result["stages"]["stages_cpu"].items()
                  if k in ("figures", "quotes", "mentions", "reactions", "dates/timeline")}
    result["slowest_extractor"] = max(extractors, key=extractors.get)
    result["estimates"] = run_child("estimates", folder)
    result["import_helpers"] = import_time()
    result["load_average_after"] = os.getloadavg()
    return result


def print_report(r: dict) -> None:
    print(f"\n== {r['n']:,} articles, {r['mb']:.1f} MB  (Python {r['python']}, {r['cpus']} CPUs)")
    print(f"   load average (1 min) before/after: {r['load_average_before'][0]:.1f} / {r['load_average_after'][0]:.1f}"
          " -- other processes on the machine slow every row, jobs=2 most")
    print(f"{'run':<22}{'seconds':>9}{'CPU s':>8}{'if idle':>9}{'MB/s':>9}{'articles/s':>12}{'x floor':>9}"
          f"{'peak MB':>9}{'peak RSS':>13}")
    f = r["floor"]
    print(f"{'floor: read + regex':<22}{f['seconds']:>9.2f}{f['seconds_if_idle']:>8.2f}{f['seconds_if_idle']:>9.2f}"
          f"{f['mb_s']:>9.1f}{f['articles_s']:>12,.0f}{1:>9.2f}")
    for j, l in r["load"].items():
        rss = f"{l['peak_mb_main']:.0f}" if j == "1" else f"{l['peak_mb_main']:.0f}+{j}x{l['peak_mb_worker']:.0f}"
        pss = f"{l['peak_mb_pss_total']:.0f}" if l.get("peak_mb_pss_total") else "-"
        print(f"{'load, jobs=' + j:<22}{l['seconds']:>9.2f}{l['cpu_seconds']:>8.1f}{l['seconds_if_idle']:>9.2f}"
              f"{l['mb_s']:>9.2f}{l['articles_s']:>12,.0f}{l['share_of_floor']:>9.2f}{pss:>9}{rss:>13}")
    print("   CPU s: main process + workers. if idle: main's CPU + workers' CPU / jobs, the wall time with a free\n"
          "   core each; MB/s, articles/s and x floor are computed from it, since the machine is shared.\n"
          "   peak MB: sampled sum of PSS over the process and its workers. peak RSS: each one's own peak\n"
          "   (main + jobs x largest worker), an upper bound.")
    st, cpu = r["stages"]["stages"], r["stages"]["stages_cpu"]
    total, total_cpu = sum(st.values()), sum(cpu.values())
    print(f"\n{'stage (jobs=1)':<26}{'seconds':>9}{'CPU s':>8}{'share':>8}{'MB/s':>9}{'ms/article':>12}")
    for name, sec in st.items():
        rate = f"{r['mb'] / cpu[name]:>9.1f}" if cpu[name] >= 0.005 else f"{'-':>9}"
        print(f"{name:<26}{sec:>9.3f}{cpu[name]:>8.2f}{cpu[name] / total_cpu:>8.0%}{rate}{1000 * cpu[name] / r['n']:>12.2f}")
    print(f"{'total':<26}{total:>9.3f}{total_cpu:>8.2f}{1:>8.0%}{r['mb'] / total_cpu:>9.2f}"
          f"{1000 * total_cpu / r['n']:>12.2f}   (peak {r['stages']['peak_mb_main']:.0f} MB)")
    print("   share, MB/s and ms/article from CPU seconds, which other processes on the machine do not inflate")
    rows = next(iter(r["load"].values()))["rows"]
    print("\nrows: " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    print(f"slowest extractor: {r['slowest_extractor']}")
    e = r["estimates"]
    print(f"estimates (on top of the tables): {e['seconds']:.2f} s ({e['cpu_seconds']:.2f} CPU s) for {e['figures']:,} figures "
          f"-> {e['estimates']:,} estimates in {e['quantities']:,} quantities")
    imp = r["import_helpers"]
    print(f"import helpers: {imp['seconds']:.3f} s (heavy modules loaded: {', '.join(imp['heavy_modules']) or 'none'})")


def crossover(sizes: list[int], workdir: Path) -> list[dict]:
    """Seconds of jobs=1 and jobs=2 by corpus size (best of 3, fresh process each), to set PARALLEL_THRESHOLD.

    Shows wall time and the idle-machine estimate (main CPU + workers' CPU / 2), since other
    processes on a shared machine slow the parallel run most.
    """
    rows = []
    print(f"{'articles':>9}{'jobs=1 s':>10}{'jobs=2 s':>10}{'speed-up':>10}{'if idle: 1':>12}{'2':>8}{'speed-up':>10}")
    for n in sizes:
        folder = make_corpus(n, workdir / f"x{n}")
        one = [run_child("load", folder, jobs=1) for _ in range(3)]
        two = [run_child("load", folder, jobs=2) for _ in range(3)]
        row = {"n": n, "jobs1": min(r["seconds"] for r in one), "jobs2": min(r["seconds"] for r in two),
               "jobs1_if_idle": min(r["seconds_if_idle"] for r in one),
               "jobs2_if_idle": min(r["seconds_if_idle"] for r in two), "load_average": os.getloadavg()[0]}
        rows.append(row)
        print(f"{n:>9}{row['jobs1']:>10.3f}{row['jobs2']:>10.3f}{row['jobs1'] / row['jobs2']:>10.2f}"
              f"{row['jobs1_if_idle']:>12.3f}{row['jobs2_if_idle']:>8.3f}{row['jobs1_if_idle'] / row['jobs2_if_idle']:>10.2f}")
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="corpus sizes (default 1000 10000)")
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts to time (default 1 2)")
    p.add_argument("--seed", type=int, default=0, help="seed of the synthetic variations")
    p.add_argument("--keep", type=Path, help="write the synthetic corpora under this folder and keep them")
    p.add_argument("--crossover", action="store_true", help="time jobs=1 vs jobs=2 over corpus sizes")
    p.add_argument("--sizes", type=int, nargs="+", default=[10, 25, 50, 100, 200, 400],
                   help="corpus sizes of --crossover (default 10 25 50 100 200 400)")
    p.add_argument("--profile", action="store_true", help="print a cProfile of a jobs=1 load instead")
    p.add_argument("--estimates", action="store_true", help="time only estimates(corpus), on top of the tables")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args, rest = p.parse_known_args(argv)
    if args.child:  # inside run_child: rest is [folder, json keyword arguments]
        print(json.dumps(CHILD[args.child](rest[0], **json.loads(rest[1]))))
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="news-bench-"))
    try:
        if args.crossover:
            rows = crossover(args.sizes, work)
            RESULTS.mkdir(parents=True, exist_ok=True)
            (RESULTS / "crossover.json").write_text(json.dumps(rows, indent=2))
            return 0
        for n in args.n:
            folder = work / f"n{n}"
            stamp = {"generator": GENERATOR, "n": n, "seed": args.seed}
            if not (folder / "corpus.json").exists() or json.loads((folder / "corpus.json").read_text()) != stamp:
                t = time.perf_counter()
                shutil.rmtree(folder, ignore_errors=True)
                make_corpus(n, folder, seed=args.seed)
                (folder / "corpus.json").write_text(json.dumps(stamp))
                print(f"built {n:,} synthetic articles in {time.perf_counter() - t:.1f} s: {folder}")
            if args.profile:
                print(run_child("profile", folder)["report"])
                continue
            if args.estimates:
                e = run_child("estimates", folder)
                print(f"{n:,} articles: estimates {e['seconds']:.2f} s, {e['cpu_seconds']:.2f} CPU s (best of "
                      f"{len(e['seconds_each'])}) for "
                      f"{e['figures']:,} figures -> {e['estimates']:,} estimates in {e['quantities']:,} quantities")
                continue
            r = bench(n, folder, args.jobs)
            print_report(r)
            RESULTS.mkdir(parents=True, exist_ok=True)
            (RESULTS / f"bench-{n}.json").write_text(json.dumps(r, indent=2))
            print(f"wrote {RESULTS / f'bench-{n}.json'}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
