"""Save every table of some corpora, or check that the tables are still the same.

A refactoring must not change what the workbook extracts. Save a snapshot before it, check
after it:

    .venv/bin/python benchmarks/snapshot.py save /tmp/snap            # the seeds + 1,000 bench articles
    .venv/bin/python benchmarks/snapshot.py check /tmp/snap           # exits 1 naming each table that differs
    .venv/bin/python benchmarks/snapshot.py save /tmp/snap --corpus DIR [DIR ...]   # other folders too

Each corpus's tables go to ``<snapshot>/<name>/<table>.parquet``; the synthetic corpus is made
by ``bench.make_corpus`` with a fixed seed, so the same code gives the same files.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _corpora(extra: list[Path], workdir: Path, n: int) -> dict[str, Path]:
    from bench import make_corpus
    from helpers.paths import SEEDS

    corpora = {"seeds": SEEDS, f"bench{n}": make_corpus(n, workdir / f"bench{n}")}
    corpora.update({p.name: p for p in extra})
    return corpora


def save(out: Path, extra: list[Path], n: int) -> None:
    from helpers import load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora(extra, Path(tmp), n)
        for name, folder in corpora.items():
            tables = load_corpus(folder, cache=False).tables()
            (out / name).mkdir(parents=True, exist_ok=True)
            for table, frame in tables.items():
                frame.drop(columns=["path"], errors="ignore").to_parquet(out / name / f"{table}.parquet", index=False)
            print(f"{name}: " + ", ".join(f"{t} {len(f)}" for t, f in tables.items()))
    (out / "corpora.json").write_text(json.dumps({"n": n, "extra": [str(p) for p in extra]}))


def check(snap: Path) -> int:
    import pandas as pd

    from helpers import load_corpus

    spec = json.loads((snap / "corpora.json").read_text())
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        corpora = _corpora([Path(p) for p in spec["extra"]], Path(tmp), spec["n"])
        for name, folder in corpora.items():
            for table, frame in load_corpus(folder, cache=False).tables().items():
                old = pd.read_parquet(snap / name / f"{table}.parquet")
                buf = io.BytesIO()  # through parquet as the saved one went, so types match
                frame.drop(columns=["path"], errors="ignore").to_parquet(buf, index=False)
                new = pd.read_parquet(buf)
                try:
                    pd.testing.assert_frame_equal(old.reset_index(drop=True), new.reset_index(drop=True))
                except AssertionError as exc:
                    bad += 1
                    print(f"{name}/{table}: DIFFERS\n{str(exc)[:600]}")
                else:
                    print(f"{name}/{table}: same ({len(new)} rows)")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("action", choices=["save", "check"])
    p.add_argument("snapshot", type=Path)
    p.add_argument("--corpus", type=Path, nargs="*", default=[], help="more folders to snapshot")
    p.add_argument("--n", type=int, default=1000, help="synthetic bench articles (default 1000)")
    a = p.parse_args(argv)
    if a.action == "save":
        save(a.snapshot, a.corpus, a.n)
        return 0
    return check(a.snapshot)


if __name__ == "__main__":
    sys.exit(main())
