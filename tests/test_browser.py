"""The notebooks in a real browser: JupyterLab and Voilà driven in Debian's Chromium by Playwright.

For every ``notebooks/NN_*.ipynb`` (copied to a temporary folder, so the committed files are never
touched): open it in JupyterLab, run all cells, check that no cell raised, change the first
ipywidgets control on the page and check that the widget's output changes, then save a screenshot
to ``reports/screenshots/NN_topic.png``. The same in Voilà (``voila_NN_topic.png``).

The HTML reports (``make report``) are opened from ``file://`` with every other request blocked,
as an analyst offline would: their controls must be drawn by the widget manager copied from
``.vendor/`` (``make vendor``); without it those tests are skipped.

Servers listen on 127.0.0.1 only, on a random free port, behind a random token, and are stopped
with their kernels when the module ends; teardown fails if any of their processes survives or if
any of them listened beyond 127.0.0.1.

The tests use ``/usr/bin/chromium`` (``apt-get install chromium``) and never download a browser.
Without it they are skipped, unless ``REQUIRE_BROWSER=1`` (``make test-browser``, CI), which turns
the skip into a failure.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.paths import NOTEBOOKS, REPORTS
from helpers import reports
from helpers.reports import find_notebooks

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
except ImportError:  # then require_browser() skips, or fails under REQUIRE_BROWSER=1
    PlaywrightTimeout = TimeoutError

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BIN = Path(sys.executable).parent  # the project .venv: its jupyter and voila import helpers
SCREENSHOTS = REPORTS / "screenshots"
#: The notebooks the design plans; one not written yet is reported as a skip, not forgotten.
PLANNED = ("00", "01", "02", "03", "04", "05", "06")
#: Words a generic test types into a text box: the first that changes the output wins.
PROBE_WORDS = ("said", "the", "and", "a")
#: Every ipywidgets 8 control, as rendered in JupyterLab and Voilà.
CONTROLS = ", ".join([
    ".widget-dropdown select", ".widget-select select", ".widget-select-multiple select",
    ".widget-text input", ".widget-textarea textarea", ".widget-combobox input",
    ".widget-slider .noUi-handle", ".widget-toggle-buttons button", ".widget-radio-box input",
    ".widget-checkbox input", ".widget-toggle-button", ".widget-button",
])
#: Jupyter refuses to run as root without this (CI containers run as root).
ROOT_FLAG = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
#: The last line of a Python traceback: ``KeyError: 'speaker'``.
ERROR_LINE_RE = re.compile(r"^\w*(?:Error|Exception|Interrupt)\b.*$", re.MULTILINE)
RUN_TIMEOUT_MS = 180_000
WIDGET_TIMEOUT_MS = 60_000
CHANGE_TIMEOUT_MS = 8_000


def require_browser() -> None:
    """Skip (or fail under REQUIRE_BROWSER=1) when Chromium or Playwright is missing."""
    missing = None
    if not CHROMIUM.exists():
        missing = f"{CHROMIUM} not found (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the playwright package is not installed in this environment"
    if missing:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {missing}", pytrace=False)
        pytest.skip(f"browser tests skipped: {missing}")


def notebook_params() -> list:
    """One parameter per notebook on disk, plus a skipped one per planned notebook not written yet."""
    found = {p.name[:2]: p for p in find_notebooks(NOTEBOOKS)}
    params = [pytest.param(p.name, id=p.stem) for p in found.values()]
    params += [pytest.param(None, id=f"{nn}_missing",
                            marks=pytest.mark.skip(reason=f"notebooks/{nn}_*.ipynb is not written yet"))
               for nn in PLANNED if nn not in found]
    return sorted(params, key=lambda p: p.id)


# --- servers ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Server:
    """A running server: its base URL and token."""

    url: str
    token: str


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    """Poll ``url`` until it answers; fail with the server log if the server exits or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited with {proc.returncode}:\n{log.read_text()[-3000:]}", pytrace=False)
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"server did not answer {url} in {timeout}s:\n{log.read_text()[-3000:]}", pytrace=False)


def family(pid: int) -> list:
    """The process and all its descendants (kernels included), as psutil processes."""
    import psutil

    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def wide_listeners(procs: list) -> list[str]:
    """Listening sockets of ``procs`` bound to anything but 127.0.0.1 (e.g. 0.0.0.0 or ::)."""
    import psutil

    wide = []
    for p in procs:
        try:
            conns = p.net_connections(kind="inet")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        wide += [f"{p.name()}[{p.pid}] {c.laddr.ip}:{c.laddr.port}" for c in conns
                 if c.status == psutil.CONN_LISTEN and c.laddr.ip != "127.0.0.1"]
    return wide


def stop(proc: subprocess.Popen) -> list[str]:
    """Stop a server started in its own session, then any of its kernels that outlived it.

    Kernels run in sessions of their own, so the process group alone does not reach them; the
    server shuts them down on SIGTERM, and whatever is left is killed. Returns survivors (none).
    """
    import psutil

    procs = family(proc.pid)
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    _, alive = psutil.wait_procs(procs[1:], timeout=10)
    for p in alive:
        p.kill()
    _, alive = psutil.wait_procs(alive, timeout=5)
    return [f"{p.pid}" for p in alive]


@contextmanager
def serve(argv: list[str], ready_url: str, cwd: Path, env: dict, log: Path):
    """Run a server for the duration of the block; on exit stop it and its kernels and check that
    nothing of it survives and nothing of it listened beyond 127.0.0.1."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    wide: list[str] = []
    try:
        wait_until_up(ready_url, proc, log)
        yield proc
        wide = wide_listeners(family(proc.pid))  # kernels are up by now
    finally:
        survivors = stop(proc)
    assert not survivors, f"processes outlived the server: {survivors}"
    assert not wide, f"listening beyond 127.0.0.1: {wide}"


def isolated_env(home: Path) -> dict:
    """Environment for a server: its own Jupyter config, runtime, settings and workspace folders,
    so the test neither reads nor changes the user's; JupyterLab shows no announcement and keeps
    every notebook cell rendered."""
    dirs = {name: home / name for name in ("config", "runtime", "settings", "workspaces", "data")}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    (dirs["config"] / "labconfig").mkdir(exist_ok=True)
    (dirs["config"] / "labconfig" / "page_config.json").write_text(
        '{"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": true}}')
    # Every cell in the DOM and rendered, so a widget below the fold is found and visible.
    tracker = dirs["settings"] / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True, exist_ok=True)
    tracker.write_text('{"windowingMode": "none"}')
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "JUPYTER_CONFIG_DIR": str(dirs["config"]), "JUPYTER_RUNTIME_DIR": str(dirs["runtime"]),
           "JUPYTERLAB_SETTINGS_DIR": str(dirs["settings"]),
           "JUPYTERLAB_WORKSPACES_DIR": str(dirs["workspaces"]), "JUPYTER_PLATFORM_DIRS": "1"}
    env.pop("JUPYTER_TOKEN", None)
    return env


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A throwaway copy of the notebooks: the servers run and save here, never in notebooks/."""
    require_browser()
    root = tmp_path_factory.mktemp("browser")
    nbs = root / "notebooks"
    nbs.mkdir()
    for nb in find_notebooks(NOTEBOOKS):
        shutil.copy2(nb, nbs / nb.name)
    return root


@pytest.fixture(scope="module")
def lab(workdir):
    """JupyterLab on 127.0.0.1, a random port and token, rooted at the notebook copy."""
    port, token = free_port(), secrets.token_hex(16)
    argv = [str(BIN / "jupyter"), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={workdir / 'notebooks'}", "--ServerApp.terminals_enabled=False",
            "--LabApp.expose_app_in_browser=True",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.extension_manager=readonly",
            *ROOT_FLAG]
    url = f"http://127.0.0.1:{port}"
    with serve(argv, f"{url}/api/status?token={token}", workdir, isolated_env(workdir / "lab-home"),
               workdir / "lab.log"):
        yield Server(url, token)


@pytest.fixture(scope="module")
def voila(workdir):
    """Voilà on 127.0.0.1, a random port and token, serving the notebook copy (as ``make dashboard``)."""
    port, token = free_port(), secrets.token_hex(16)
    argv = [str(BIN / "voila"), str(workdir / "notebooks"), "--no-browser", "--Voila.ip=127.0.0.1",
            f"--port={port}", f"--token={token}", "--show_tracebacks=True"]
    url = f"http://127.0.0.1:{port}"
    with serve(argv, f"{url}/?token={token}", workdir, isolated_env(workdir / "voila-home"),
               workdir / "voila.log"):
        yield Server(url, token)


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, through Playwright."""
    require_browser()
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        pw.stop()


@pytest.fixture
def page(browser):
    """A fresh page (own cookies) with a viewport wide enough for the tables."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(WIDGET_TIMEOUT_MS)
    try:
        yield pg
    finally:
        context.close()


# --- widgets -----------------------------------------------------------------------------------

# The text of the output area holding a control, without the control itself (a dropdown's
# options or a slider's readout would otherwise count as a change).
_OUTSIDE_TEXT_JS = """el => {
    const own = el.closest('.widget-inline-hbox, .widget-toggle-buttons, .widget-radio-box, .widget-button, .widget-toggle-button') || el;
    const area = el.closest('.jp-OutputArea-output') || document.body;
    own.setAttribute('data-hw-own', '1');
    const copy = area.cloneNode(true);
    own.removeAttribute('data-hw-own');
    copy.querySelectorAll('[data-hw-own], select, style, script').forEach(n => n.remove());
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    const parts = [];
    while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
    return parts.join(' ').replace(/\\s+/g, ' ').trim();
}"""


def outside_text(control) -> str:
    """The text of the control's output area, the control's own widget left out."""
    return control.evaluate(_OUTSIDE_TEXT_JS)


def changed(page, control, before: str, timeout_ms: int = CHANGE_TIMEOUT_MS) -> bool:
    """Wait until the text around ``control`` differs from ``before``; False on timeout."""
    try:
        page.wait_for_function(f"([el, before]) => ({_OUTSIDE_TEXT_JS})(el) !== before",
                               arg=[control.element_handle(), before], timeout=timeout_ms)
        return True
    except PlaywrightTimeout:
        return False


def attempts(control):
    """Ways to change ``control``, each a (description, action) pair, tried in order."""
    kind = control.evaluate("el => el.tagName.toLowerCase() + ':' + (el.type || '') + ':' + el.className")
    if kind.startswith("select"):
        n = control.evaluate("el => el.options.length")
        current = control.evaluate("el => el.selectedIndex")
        for i in [i for i in range(n) if i != current][:6]:
            yield f"option {i}", lambda i=i: control.select_option(index=i)
    elif kind.startswith("input:text") or kind.startswith("input:search") or kind.startswith("textarea"):
        for word in PROBE_WORDS:
            def type_word(word=word):
                control.fill(word)
                control.press("Enter" if kind.startswith("input") else "Tab")
            yield f"typed {word!r}", type_word
    elif kind.startswith("input:number"):
        def step():
            control.fill(str(float(control.input_value() or 0) + 1).removesuffix(".0"))
            control.press("Enter")
        yield "number + 1", step
    elif "noUi-handle" in kind:
        yield "slider right", lambda: (control.focus(), control.press("ArrowRight"))
        yield "slider end", lambda: (control.focus(), control.press("End"))
        yield "slider home", lambda: (control.focus(), control.press("Home"))
    else:  # buttons, toggle buttons, radio buttons, check boxes
        yield "click", lambda: control.click()


@dataclass
class Change:
    """What :func:`change_first_control` did: the control, how it was changed, and the text of
    its output area before and after."""

    control: object
    what: str
    before: str
    after: str


def change_first_control(page) -> Change:
    """Change the first widget control on the page until its output changes; fail if nothing does."""
    try:
        page.wait_for_selector(CONTROLS, state="visible", timeout=WIDGET_TIMEOUT_MS)
    except PlaywrightTimeout:
        pytest.fail(f"no ipywidgets control appeared in {WIDGET_TIMEOUT_MS // 1000} s", pytrace=False)
    control = page.locator(CONTROLS).first
    control.scroll_into_view_if_needed()
    before = outside_text(control)
    tried = []
    for what, act in attempts(control):
        act()
        tried.append(what)
        if changed(page, control, before):
            return Change(control, what, before, outside_text(control))
    pytest.fail(f"the first widget control did not change its output (tried: {', '.join(tried)})", pytrace=False)


def check_keyword_explorer(change: Change) -> None:
    """Notebook 00: typing a word in the Keyword box shows a new count and marks exactly that word."""
    word = re.fullmatch(r"typed '(.+)'", change.what).group(1)
    count = re.compile(r"\b(\d+) sentence\(s\) with (\S+)")
    before, after = count.search(change.before), count.search(change.after)
    assert before and after, (change.before[:200], change.after[:200])
    assert after.group(2) == word and after.groups() != before.groups()
    marks = change.control.evaluate(
        "el => Array.from(el.closest('.jp-OutputArea-output').querySelectorAll('mark'), m => m.textContent)")
    assert marks and {m.lower() for m in marks} == {word}


def check_estimates_explorer(change: Change) -> None:
    """Notebook 06: picking another quantity lists that quantity's estimates and draws its chart."""
    listed = re.compile(r"\b(\d+) estimate\(s\) of (.+?) from (\d+) article\(s\)")
    before, after = listed.search(change.before), listed.search(change.after)
    assert before and after, (change.before[:200], change.after[:200])
    chosen = change.control.evaluate("el => el.options[el.selectedIndex].text").replace("\xa0", " ")
    assert chosen == f"{after.group(2)} ({after.group(3)} article{'s' * (after.group(3) != '1')})"
    assert after.group(2) != before.group(2)
    src = change.control.evaluate(
        "el => (el.closest('.jp-OutputArea-output') || document.body).querySelector('.widget-image').src")
    assert src.startswith("blob:") or src.startswith("data:image/png")


EXTRA_CHECKS = {"00_corpus": check_keyword_explorer, "06_estimates": check_estimates_explorer}


def screenshot(page, control, name: str) -> Path:
    """Scroll the control's cell to the top and save the viewport as reports/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    control.evaluate(
        "el => (el.closest('.jp-Cell') || el.closest('.jp-OutputArea') || el).scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


# --- JupyterLab --------------------------------------------------------------------------------

_RUN_ALL_JS = """async (name) => {
    const app = window.jupyterapp;
    await app.restored;
    const panel = app.shell.currentWidget;
    if (!panel || !panel.context || panel.context.path !== name) return 'not open: ' + name;
    await panel.context.ready;
    await panel.sessionContext.ready;
    app.shell.collapseLeft();
    window.__hwRun = null;
    app.commands.execute('notebook:run-all-cells').then(
        ok => { window.__hwRun = {ok: ok}; },
        err => { window.__hwRun = {ok: false, error: String(err)}; });
    return 'started';
}"""

_CELL_ERRORS_JS = """() => {
    const panel = window.jupyterapp.shell.currentWidget;
    const errors = [];
    Array.from(panel.content.model.cells).forEach((cell, i) => {
        if (cell.type !== 'code') return;
        if (!cell.executionCount) errors.push(`cell ${i}: not executed`);
        for (const o of cell.outputs.toJSON())
            if (o.output_type === 'error') errors.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
    });
    return errors;
}"""


@pytest.mark.parametrize("name", notebook_params())
def test_notebook_in_jupyterlab(page, lab, name):
    """Open the notebook in JupyterLab, run all cells without error, change its first widget."""
    stem = Path(name).stem
    page.goto(f"{lab.url}/lab/tree/{name}?reset&token={lab.token}")  # reset: no tabs from earlier tests
    page.wait_for_function("name => window.jupyterapp && window.jupyterapp.shell.currentWidget"
                           " && window.jupyterapp.shell.currentWidget.context"
                           " && window.jupyterapp.shell.currentWidget.context.path === name", arg=name)
    assert page.evaluate(_RUN_ALL_JS, name) == "started"
    page.wait_for_function("() => window.__hwRun", timeout=RUN_TIMEOUT_MS)
    assert page.evaluate(_CELL_ERRORS_JS) == []
    assert page.evaluate("() => window.__hwRun").get("ok") is True

    change = change_first_control(page)
    assert change.after != change.before
    EXTRA_CHECKS.get(stem, lambda _: None)(change)
    assert screenshot(page, change.control, stem).stat().st_size > 10_000
    page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")


# --- Voilà -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", notebook_params())
def test_notebook_in_voila(page, voila, name):
    """Render the notebook in Voilà (as `make dashboard` serves it) and change its first widget."""
    stem = Path(name).stem
    page.goto(f"{voila.url}/voila/render/{name}?token={voila.token}", timeout=RUN_TIMEOUT_MS)
    page.wait_for_selector("#loading", state="detached", timeout=RUN_TIMEOUT_MS)  # Voilà ran every cell
    page.wait_for_load_state("load")
    body = page.inner_text("body")
    if "Traceback" in body or "There was an error" in body:
        errors = ERROR_LINE_RE.findall(body)
        pytest.fail(f"a cell failed in Voilà: {'; '.join(errors[-3:]) or body[-800:]}", pytrace=False)

    change = change_first_control(page)
    assert change.after != change.before
    EXTRA_CHECKS.get(stem, lambda _: None)(change)
    assert screenshot(page, change.control, f"voila_{stem}").stat().st_size > 10_000


# --- HTML reports, offline ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def offline_report(tmp_path_factory) -> Path:
    """Notebook 00's report, built as `make report` builds it, with the widget manager from .vendor/."""
    require_browser()
    if reports.vendored_files() is None:
        pytest.skip(f"no widget manager in {reports.VENDOR} (run `make vendor`, which needs npm)")
    out = tmp_path_factory.mktemp("report")
    [report] = reports.build(out=out, notebooks=[NOTEBOOKS / "00_corpus.ipynb"], log=lambda *_: None)
    assert report.error == ""
    return report.html


def open_offline(page, url: str) -> tuple[list[str], list[str]]:
    """Open ``url`` with every request but file:// aborted; returns the blocked URLs and the page's
    script errors, both filled in as the page goes on."""
    blocked, errors = [], []

    def only_files(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)
    return blocked, errors


def test_report_draws_its_widgets_offline(page, offline_report, tmp_path):
    """The report folder, moved elsewhere, draws its controls with no network at all."""
    moved = tmp_path / "moved"
    shutil.copytree(offline_report.parent, moved)  # as if zipped and opened on another machine
    blocked, errors = open_offline(page, (moved / offline_report.name).as_uri())
    page.wait_for_selector(CONTROLS, state="visible")
    views = page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count()
    assert views >= 1
    page.wait_for_function(f"() => document.querySelectorAll('.widget-subarea > .jupyter-widgets').length >= {views}")
    page.wait_for_load_state("load")
    assert blocked == [] and errors == []


def test_a_cdn_report_draws_no_widgets_offline(page, offline_report, tmp_path):
    """The control experiment: the same report made without the local copy needs the network."""
    cdn = tmp_path / offline_report.name
    reports.to_html(offline_report.with_suffix(".ipynb"), cdn)
    blocked, _ = open_offline(page, cdn.as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(2_000)
    assert page.locator(CONTROLS).count() == 0
    assert any("unpkg.com/@jupyter-widgets/html-manager" in url for url in blocked)
