"""``make bench-report``: the reports on 100, 300 and 1,000 articles, timed notebook by notebook.

The articles come from a folder of real articles with a ``metadata.csv`` (by default
``../shared/corpora/polnear-train`` beside the project, or ``--source``), cycled to reach each
size: the copies get new file names (``c01_<name>``) and rows in the copy's metadata table, so
every copy is an article of its own to the cache and to every table. Each size runs with an
empty cache of its own: the first step extracts the corpus (as ``make report`` does before the
notebooks), then every notebook of ``notebooks/`` runs with papermill and is converted to HTML,
exactly as ``make report`` does. For each step it records the wall time and the peak memory of
the whole process tree (the kernel included), sampled every 0.1 s; and the size of each HTML page.

Results: ``benchmarks/results/report-bench.json`` and a Markdown table on stdout (the README's).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
#: The shared corpus beside the project (``../shared``, or ``../../shared`` from a worktree).
DEFAULT_SOURCE = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
                       if (p / "corpora" / "polnear-train").is_dir()), ROOT.parent / "shared") / "corpora" / "polnear-train"


def make_corpus(source: Path, n: int, dest: Path) -> Path:
    """``n`` articles in ``dest``: the source's files in name order, cycled, each copy renamed
    ``cNN_<name>`` (NN: the round) with its metadata row copied under the new name."""
    meta = {}
    table = source / "metadata.csv"
    if table.is_file():
        with table.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        meta = {r["file"]: r for r in rows}
        fields = list(rows[0]) if rows else ["file"]
    files = sorted(p for p in source.iterdir() if p.suffix in (".txt", ".md") and not p.name.startswith("."))
    if not files:
        raise SystemExit(f"{source}: no article files")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    out_rows = []
    for i in range(n):
        src = files[i % len(files)]
        name = f"c{i // len(files) + 1:02d}_{src.name}"
        shutil.copyfile(src, dest / name)
        if src.name in meta:
            out_rows.append({**meta[src.name], "file": name})
    if out_rows:
        with (dest / "metadata.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=fields)
            writer.writeheader()
            writer.writerows(out_rows)
    return dest


class PeakMemory:
    """The peak resident memory of this process and all its descendants, sampled in a thread."""

    def __init__(self, interval: float = 0.1):
        import psutil

        self.me, self.interval, self.peak = psutil.Process(), interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        import psutil

        total = 0
        for p in [self.me, *self.me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


def run_size(corpus: Path, out: Path, cache: Path) -> dict:
    """Extract ``corpus`` once (a worker process, as ``make report`` does), then run every notebook."""
    from helpers.reports import _run_one, find_notebooks, install_static

    if cache.exists():
        shutil.rmtree(cache)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    env = {**os.environ, "NEWS_WORKBOOK_CACHE": str(cache), "NEWS_WORKBOOK_PROGRESS": "off",
           "NEWS_WORKBOOK_REPORTS": str(out)}
    steps = []
    begun = time.time()
    with PeakMemory() as mem:
        subprocess.run([sys.executable, "-c", "import sys, warnings; warnings.simplefilter('ignore');"
                        "from helpers.reports import warm_cache; warm_cache(sys.argv[1], lambda *a: None)", str(corpus)],
                       env=env, check=True)
    steps.append({"step": "extract (once, into the cache)", "seconds": round(time.time() - begun, 1),
                  "peak_mb": round(mem.peak / 1e6)})
    saved = dict(os.environ)
    os.environ.update({k: env[k] for k in ("NEWS_WORKBOOK_CACHE", "NEWS_WORKBOOK_PROGRESS", "NEWS_WORKBOOK_REPORTS")})
    try:
        static = install_static(out)
        for nb in find_notebooks():
            start = time.time()
            with PeakMemory() as mem:
                report = _run_one(nb, out, corpus, False, static, lambda *a: None)
            html = out / f"{nb.stem}.html"
            steps.append({"step": nb.stem, "seconds": round(time.time() - start, 1), "peak_mb": round(mem.peak / 1e6),
                          "html_mb": round(html.stat().st_size / 1e6, 2) if html.exists() else None,
                          "error": report.error})
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return {"steps": steps, "total_seconds": round(sum(s["seconds"] for s in steps), 1),
            "peak_mb": max(s["peak_mb"] for s in steps)}


def table(results: dict[int, dict]) -> str:
    """The Markdown table of the README: one row per step, one column per size."""
    sizes = sorted(results)
    lines = ["| step | " + " | ".join(f"{n:,} articles" for n in sizes) + " |",
             "| --- |" + " --- |" * len(sizes)]
    steps = [s["step"] for s in results[sizes[0]]["steps"]]
    for i, name in enumerate(steps):
        cells = []
        for n in sizes:
            s = results[n]["steps"][i]
            cell = f"{s['seconds']} s, {s['peak_mb']:,} MB"
            if s.get("html_mb") is not None:
                cell += f", {s['html_mb']} MB HTML"
            if s.get("error"):
                cell += " (FAILED)"
            cells.append(cell)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("| **all** | " + " | ".join(f"**{results[n]['total_seconds']} s**, peak {results[n]['peak_mb']:,} MB"
                                              for n in sizes) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of articles with metadata.csv")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/news-bench-report"), help="scratch folder")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        print(f"error: {args.source}: no such folder (pass --source)", file=sys.stderr)
        return 2
    results = {}
    for n in args.sizes:
        corpus = make_corpus(args.source, n, args.work / f"corpus-{n}")
        print(f"{n} articles ...", flush=True)
        results[n] = run_size(corpus, args.work / f"reports-{n}", args.work / f"cache-{n}")
        print(json.dumps(results[n], indent=1), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    record = {"source": args.source.name, "cpus": os.cpu_count(), "results": results}
    (RESULTS / "report-bench.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    print(table(results))
    if 300 in results and 1000 in results:
        print(f"\n1,000 / 300 articles: {results[1000]['total_seconds'] / results[300]['total_seconds']:.2f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
