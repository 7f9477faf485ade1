"""Command line: ``python -m helpers export SRC --out DIR [--format csv|parquet] [--jobs N] [--text-column NAME]``.

SRC is anything :func:`helpers.load_corpus` reads: a folder (recursive), a text, Markdown or
saved HTML file, or a table of one article per row (CSV, TSV, XLSX, Parquet, JSON lines, JSON).

>>> main(["export", "--help"])  # doctest: +SKIP
"""
from __future__ import annotations

import argparse
import sys
import warnings


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description="News analyst workbook tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write every table of a folder of articles to CSV or Parquet")
    exp.add_argument("src", nargs="?", default=None,
                     help="folder, file (.txt .md .html .csv .tsv .xlsx .parquet .jsonl .json) or nothing (the seeds)")
    exp.add_argument("--out", required=True, help="output folder")
    exp.add_argument("--format", choices=("csv", "parquet"), default="csv")
    exp.add_argument("--jobs", type=int, default=None,
                     help="worker processes (default: every core from 100 files on, else 1)")
    exp.add_argument("--strict", action="store_true", help="fail on the first unreadable file")
    exp.add_argument("--text-column", default=None, help="the column holding the text in a table file")
    args = parser.parse_args(argv)

    from .read.article import ArticleError
    from .corpus import load_corpus

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            corpus = load_corpus(args.src, errors="raise" if args.strict else "warn", jobs=args.jobs,
                                 text_column=args.text_column)
        except (ArticleError, FileNotFoundError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    paths = corpus.to_dir(args.out, format=args.format)
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
