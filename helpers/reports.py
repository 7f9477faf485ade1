"""Reports: every notebook run on a corpus, written as HTML, with an index page.

``python -m helpers.reports [--corpus DIR] [--out DIR] [--code]`` (what ``make report`` runs)
executes each ``notebooks/NN_topic.ipynb`` in order with papermill into ``reports/NN_topic.ipynb``
(the committed notebooks are never written), converts it to ``reports/NN_topic.html`` with the
widget state embedded, so the controls render with the values they had when the report was
made, and writes ``reports/index.html`` with one line per notebook. Code cells are hidden
(``--code`` keeps them). Charts land in ``reports/figures/`` because the notebooks write them
there with :func:`helpers.show.plots.save_chart`.

The widgets are drawn by the Jupyter widget manager (``embed-amd.js``, from the npm package
``@jupyter-widgets/html-manager``) running on require.js. When ``make vendor`` has unpacked both
into ``.vendor/``, :func:`install_static` copies them (and the icon fonts) into
``reports/_static/`` and the pages load them from there by relative URLs: the report folder works
offline, zipped and opened anywhere. Without ``.vendor/`` the pages load them from unpkg.com and
cdnjs, as nbconvert does by default, and the build says so in one line.

papermill and nbconvert are imported inside the functions, so ``import helpers`` stays light.

>>> notebook_title({"cells": [{"cell_type": "markdown", "source": "# 00 · What is <here>?"}]})
'00 · What is <here>?'
>>> index_html([("00_corpus.html", "00 · <Corpus>", "")])  # doctest: +ELLIPSIS
'<!DOCTYPE html>...<li><a href="00_corpus.html">00 · &lt;Corpus&gt;</a></li>...'
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .paths import FIGURES, NOTEBOOKS, REPORTS, ROOT

#: A workbook notebook: two digits, an underscore, a topic. ``00_corpus.ipynb`` matches,
#: ``scratch.ipynb`` and ``00_corpus-checkpoint.ipynb`` do not.
NOTEBOOK_NAME_RE = re.compile(r"^\d\d_[A-Za-z0-9_]+\.ipynb$")

#: A Markdown ATX heading line: ``# 00 · What is in the corpus?`` gives ``00 · What is in the corpus?``.
HEADING_RE = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<title>.+?)[ \t]*#*[ \t]*$", re.MULTILINE)

#: The media type under which nbconvert embeds the widget state in the HTML.
WIDGET_STATE_MIME = "application/vnd.jupyter.widget-state+json"

#: Where ``make vendor`` unpacks the pinned npm packages (the Makefile holds the versions).
VENDOR = ROOT / ".vendor"
#: The folder, inside a report folder, that holds the widget manager, its fonts and require.js.
STATIC = "_static"
#: A file the widget manager's bundle loads next to itself: its icon fonts, named by content hash.
ASSET_NAME_RE = re.compile(r'"([0-9a-f]{16,}\.(?:woff2?|ttf|eot|svg))"')
#: Math in Markdown cells or in LaTeX/Markdown outputs: the pages then keep MathJax (from cdnjs).
MATH_RE = re.compile(r"\$|\\\(|\\\[|\\begin\{")

#: The lab template with two changes for offline pages. ``require.config`` tells require.js that
#: the ``@jupyter-widgets/*`` modules (all bundled in embed-amd.js) live in the static folder, so
#: the bundle finds its icon fonts there rather than in ``@jupyter-widgets/`` beside the page.
#: MathJax, which only cdnjs serves, is left out when ``mathjax_url`` is empty (no math).
OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}
{{ super() }}
<script>
require.config({paths: {"@jupyter-widgets": {{ resources.widgets_static | tojson }},
                        "@jupyter-widgets/html-manager/dist": {{ resources.widgets_static | tojson }}}});
</script>
{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}
{%- if resources.mathjax_url %}{{ super() }}{% endif -%}
{%- endblock html_head_js_mathjax -%}
"""


@dataclass(frozen=True)
class Report:
    """One notebook's report: where it came from, where its HTML is, its title, and the error
    (empty when the notebook ran to the end)."""

    notebook: Path
    html: Path
    title: str
    error: str = ""


def find_notebooks(folder: str | Path = NOTEBOOKS) -> list[Path]:
    """The workbook notebooks in ``folder``, in name (= reading) order.

    >>> [p.name for p in find_notebooks()][:1]
    ['00_corpus.ipynb']
    """
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and NOTEBOOK_NAME_RE.match(p.name))


def notebook_title(nb: dict, default: str = "") -> str:
    """The text of the first Markdown heading of a notebook (as a dict), or ``default``.

    >>> notebook_title({"cells": [{"cell_type": "code", "source": "# not a heading"}]}, "x")
    'x'
    """
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        m = HEADING_RE.search(source if isinstance(source, str) else "".join(source))
        if m:
            return m.group("title")
    return default


def execute(src: str | Path, dest: str | Path, corpus: str | Path | None = None, timeout: int = 600) -> None:
    """Run the notebook ``src`` with papermill into ``dest``, in ``src``'s folder, so it runs as it
    does in JupyterLab. ``corpus`` (made absolute) is passed as the ``corpus`` parameter.

    Raises ``papermill.PapermillExecutionError`` when a cell fails; ``dest`` then holds the
    notebook up to the failing cell, with its traceback.
    """
    import papermill

    params = {"corpus": str(Path(corpus).resolve())} if corpus is not None else {}
    papermill.execute_notebook(str(src), str(dest), parameters=params, cwd=str(Path(src).parent),
                               progress_bar=False, execution_timeout=timeout,
                               kernel_manager_class=_local_kernel_manager())


def _local_kernel_manager() -> type:
    """A kernel manager that talks to its kernel over local sockets (IPC) rather than unencrypted TCP,
    so nothing listens on a port and the kernel prints no warning about it (POSIX; TCP elsewhere)."""
    import os

    from jupyter_client.manager import AsyncKernelManager

    if os.name != "posix":
        return AsyncKernelManager

    class LocalKernelManager(AsyncKernelManager):
        def _transport_default(self) -> str:  # traitlets' dynamic default
            return "ipc"

    return LocalKernelManager


def vendored_files(vendor: str | Path = VENDOR) -> list[Path] | None:
    """The files a report folder needs to draw widgets offline, from ``make vendor``'s folder:
    ``embed-amd.js``, ``require.js`` and the fonts the bundle references. ``None`` when any is missing.

    >>> vendored_files("/nonexistent") is None
    True
    """
    vendor = Path(vendor)
    embed = vendor / "html-manager" / "dist" / "embed-amd.js"
    require = vendor / "requirejs" / "require.js"
    if not (embed.is_file() and require.is_file()):
        return None
    assets = sorted(set(ASSET_NAME_RE.findall(embed.read_text(encoding="utf-8"))))
    files = [embed, require, *(embed.parent / name for name in assets)]
    return files if all(f.is_file() for f in files) else None


def _package_line(package_json: Path) -> str:
    """``name version (license)`` from an npm package.json, for the static folder's README."""
    try:
        meta = json.loads(package_json.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return package_json.parent.name
    return f"{meta.get('name', '?')} {meta.get('version', '?')} ({meta.get('license', 'see npm')})"


def install_static(out: str | Path, vendor: str | Path = VENDOR) -> Path | None:
    """Copy the vendored widget manager, its fonts and require.js into ``out/_static`` and return
    that folder; ``None`` (the pages will use the CDN) when ``vendor`` lacks them.

    >>> install_static("/tmp", vendor="/nonexistent") is None
    True
    """
    files = vendored_files(vendor)
    if files is None:
        return None
    static = Path(out) / STATIC
    static.mkdir(parents=True, exist_ok=True)
    for src in files:
        dest = static / src.name
        if not (dest.is_file() and dest.stat().st_size == src.stat().st_size
                and dest.stat().st_mtime_ns == src.stat().st_mtime_ns):
            shutil.copy2(src, dest)
    vendor = Path(vendor)
    packages = [_package_line(vendor / name / "package.json") for name in ("html-manager", "requirejs")]
    (static / "README.txt").write_text(
        "What the reports load to draw their widgets offline (copied from .vendor/ by make report):\n"
        + "".join(f"  {line}\n" for line in packages), encoding="utf-8")
    return static


def needs_mathjax(nb: dict) -> bool:
    """Whether a notebook (as a dict) has math for MathJax: ``$``, ``\\(``, ``\\[`` or ``\\begin{`` in
    a Markdown cell, or a LaTeX or Markdown output.

    >>> needs_mathjax({"cells": [{"cell_type": "markdown", "source": "Share of $x$"}]})
    True
    >>> needs_mathjax({"cells": [{"cell_type": "code", "source": "print('$5')", "outputs": []}]})
    False
    """
    def text(value) -> str:
        return value if isinstance(value, str) else "".join(value)

    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown" and MATH_RE.search(text(cell.get("source", ""))):
            return True
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/latex" in data or MATH_RE.search(text(data.get("text/markdown", ""))):
                return True
    return False


def exporter_settings(html_path: str | Path, static: str | Path | None) -> dict:
    """The HTMLExporter traits that point a page at the widget manager in ``static`` by URLs
    relative to the page; ``{}`` (nbconvert's CDN defaults) when ``static`` is ``None``.

    >>> exporter_settings("reports/00_corpus.html", "reports/_static")["widget_renderer_url"]
    '_static/embed-amd.js'
    >>> exporter_settings("reports/00_corpus.html", None)
    {}
    """
    if static is None:
        return {}
    rel = Path(os.path.relpath(Path(static).resolve(), Path(html_path).resolve().parent)).as_posix()
    return {"widget_renderer_url": f"{rel}/embed-amd.js", "require_js_url": f"{rel}/require.js"}


def to_html(nb_path: str | Path, html_path: str | Path, code: bool = False,
            static: str | Path | None = None) -> Path:
    """Convert an executed notebook to HTML (JupyterLab look, widget state embedded).

    Without ``code`` the inputs and prompts are left out: a report shows questions and answers.
    With ``static`` (a folder filled by :func:`install_static`) the page loads the widget manager
    and require.js from there, by relative URLs, and MathJax only if the notebook has math;
    without it, from the CDNs.
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(nb_path), as_version=4)
    # the page title is the notebook's first heading (escaped by the template), not "Notebook"
    settings = exporter_settings(html_path, static)
    resources: dict = {"metadata": {"name": notebook_title(nb, Path(nb_path).stem)}}
    if settings:
        import jinja2

        settings.update(template_file="offline.html.j2",
                        extra_loaders=[jinja2.DictLoader({"offline.html.j2": OFFLINE_TEMPLATE})])
        if not needs_mathjax(nb):
            settings["mathjax_url"] = ""
        resources["widgets_static"] = settings["widget_renderer_url"].rsplit("/", 1)[0]
    exporter = HTMLExporter(template_name="lab", exclude_input=not code,
                            exclude_input_prompt=not code, exclude_output_prompt=not code, **settings)
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    out = Path(html_path)
    out.write_text(body, encoding="utf-8")
    return out


def _corpus_label(corpus: str | Path | None) -> str:
    """How the index names the corpus: its folder or file name, never an absolute path.

    >>> _corpus_label(None), _corpus_label("/data/news/week1/")
    ('the seed articles', 'week1')
    """
    return "the seed articles" if corpus is None else Path(corpus).name


def index_html(entries: Iterable[tuple[str, str, str]], corpus: str = "the seed articles",
               figures: Iterable[str] = (), tables: Iterable[str] = ()) -> str:
    """The index page: one line per report, ``(href, title, error)``, then the charts.

    Titles, links and error messages are escaped; a failed notebook is flagged.

    >>> "failed" in index_html([("01_x.html", "01", "NameError in cell 3")])
    True
    """
    items = []
    for href, title, error in entries:
        line = f'<li><a href="{html.escape(href)}">{html.escape(title)}</a>'
        if error:
            line += f' <strong class="failed">failed: {html.escape(error)}</strong>'
        items.append(line + "</li>")
    charts = [f'<li><a href="figures/{html.escape(n)}.png">{html.escape(n)}</a> '
              f'(<a href="figures/{html.escape(n)}.csv">data</a>)</li>' for n in figures]
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             "<title>News workbook reports</title>",
             "<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}"
             ".failed{color:#D55E00}</style></head><body>",
             "<h1>News workbook reports</h1>",
             f"<p>Every notebook run on {html.escape(corpus)}.</p>",
             "<ul>", *items, "</ul>"]
    if charts:
        parts += ["<h2>Charts</h2>", "<p>Each chart with the numbers behind it.</p>", "<ul>", *charts, "</ul>"]
    rows = [f'<li><a href="tables/{html.escape(n)}.csv">{html.escape(n)}</a></li>' for n in tables]
    if rows:
        parts += ["<h2>Tables</h2>", "<p>The whole of each table a report shows only the first rows of.</p>", "<ul>", *rows, "</ul>"]
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _error_summary(exc: Exception) -> str:
    """One line for a failed run: the exception name and value, and the cell when papermill knows it."""
    ename, evalue = getattr(exc, "ename", type(exc).__name__), getattr(exc, "evalue", str(exc))
    cell = getattr(exc, "exec_count", None)
    return f"{ename}: {evalue}" + (f" (cell [{cell}])" if cell is not None else "")


def written_since(folder: Path, since: float, pattern: str = "*.png") -> list[str]:
    """Names of the charts (``NN_name.png``) written in ``folder`` at or after ``since`` (a
    ``time.time()``), so the index links this run's charts, not those left by an earlier run.

    >>> written_since(Path("/nonexistent"), 0.0)
    []
    """
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob(pattern) if p.stat().st_mtime >= since - 1)


def build(corpus: str | Path | None = None, out: str | Path = REPORTS,
          notebooks: Iterable[str | Path] | None = None, code: bool = False, log=print,
          vendor: str | Path = VENDOR) -> list[Report]:
    """Run every notebook (default: all of ``notebooks/``) on ``corpus`` and write its HTML and
    the index under ``out``. A failing notebook does not stop the others; its HTML shows the
    traceback and the index flags it. Returns one :class:`Report` per notebook.

    The pages load the widget manager from ``out/_static`` when ``vendor`` holds it (see
    :func:`install_static`), else from the CDN, which ``log`` notes in one line.
    """
    if corpus is not None and not Path(corpus).exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in notebooks] if notebooks is not None else find_notebooks()
    static = install_static(out, vendor) if paths else None
    if paths and static is None:
        log(f"note: no widget manager in {vendor} (run `make vendor`): the pages load it from "
            "unpkg.com and cdnjs, so their controls need the internet")
    reports, started = [], time.time()
    warm_cache(corpus, log)
    # The kernels inherit this environment: no progress bar in a stored output, and charts and
    # tables written beside these pages. It is restored afterwards.
    saved = {k: os.environ.get(k) for k in ("NEWS_WORKBOOK_PROGRESS", "NEWS_WORKBOOK_REPORTS")}
    os.environ.update(NEWS_WORKBOOK_PROGRESS="off", NEWS_WORKBOOK_REPORTS=str(out.resolve()))
    try:
        for src in paths:
            reports.append(_run_one(src, out, corpus, code, static, log))
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    figures = written_since(out / FIGURES.name, started)
    tables = written_since(out / "tables", started, "*.csv")
    entries = [(r.html.name, r.title, r.error) for r in reports]
    (out / "index.html").write_text(index_html(entries, _corpus_label(corpus), figures, tables), encoding="utf-8")
    log(f"index -> {out / 'index.html'}")
    return reports


def _run_one(src: Path, out: Path, corpus, code: bool, static, log) -> Report:
    """Execute one notebook into ``out`` and convert it to HTML; a failure is reported, not raised."""
    import nbformat

    executed, page = out / src.name, out / f"{src.stem}.html"
    log(f"{src.name} -> {page}")
    error, begun = "", time.time()
    try:
        execute(src, executed, corpus)
    except Exception as exc:  # papermill's error, or a kernel that died: report it, go on
        error = _error_summary(exc)
        log(f"  FAILED: {error}")
    log(f"  {time.time() - begun:.1f} s")
    title = notebook_title(nbformat.read(str(src), as_version=4), default=src.stem)
    if executed.exists():
        to_html(executed, page, code=code, static=static)
    return Report(src, page, title, error)


def warm_cache(corpus: str | Path | None, log=print) -> None:
    """Extract the corpus once, into the on-disk cache (:mod:`helpers.cache`), before the notebooks
    run, so that each of them reads it back instead of extracting it again; a progress bar shows
    in the terminal while it takes more than a few seconds. Nothing to do when the cache is off.

    >>> warm_cache(None, log=print)  # doctest: +ELLIPSIS
    ...
    """
    from .cache import cache_folder
    from .corpus import load_corpus

    if cache_folder() is None:
        return
    import warnings

    begun = time.time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the notebooks show what needs attention
        try:
            n = len(load_corpus(corpus))
        except Exception as exc:  # the notebooks will fail on it too, and report it
            log(f"note: could not load {_corpus_label(corpus)} ahead of the notebooks: {exc}")
            return
    log(f"corpus: {n:,} articles extracted or read from the cache in {time.time() - begun:.1f} s")


def main(argv: list[str] | None = None) -> int:
    """Command line for :func:`build`; exits 1 when a notebook failed."""
    parser = argparse.ArgumentParser(prog="python -m helpers.reports",
                                     description="Run every notebook on a corpus and write HTML reports.")
    parser.add_argument("--corpus", default=None, help="folder of articles (default: the seeds)")
    parser.add_argument("--out", default=str(REPORTS), help="output folder (default: reports/)")
    parser.add_argument("--code", action="store_true", help="keep the code cells in the HTML")
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: notebooks/NN_*.ipynb)")
    args = parser.parse_args(argv)
    try:
        reports = build(args.corpus, args.out, args.notebooks or None, code=args.code)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    failed = [r for r in reports if r.error]
    for r in failed:
        print(f"error: {r.notebook.name}: {r.error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
