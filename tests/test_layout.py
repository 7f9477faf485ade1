"""The package's layout: imports run one way, down the pipeline, and no module is too long.

The order, top to bottom: the package's entry points → reports → show → analyse → corpus →
extract → read → (lexicon, schema, paths). A module may import from its own room or any room
below it, never above, and the imports between modules form no cycle. Read from the sources
with ``ast``; nothing is imported.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

HELPERS = Path(__file__).resolve().parent.parent / "helpers"
#: Each room's rank: a module may import only from rooms of the same or a lower rank.
RANKS = {"paths": 0, "schema": 0, "lexicon": 0, "read": 1, "extract": 2, "corpus": 3, "distributed": 3, "cache": 3, "progress": 3,
         "analyse": 4, "show": 5, "reports": 6, "__init__": 7, "__main__": 7}
MAX_LINES = 600


def module_name(path: Path) -> str:
    parts = path.relative_to(HELPERS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports_of(path: Path) -> set[str]:
    """The helpers modules that ``path`` imports, anywhere in the file (TYPE_CHECKING and function-level too)."""
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [f"{target}.{a.name}" for a in node.names]
            found |= {n for n in names if _is_module(n)} or {target}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return {m for m in found if m == "helpers" or m.startswith("helpers.")} - {me}


def _is_module(name: str) -> bool:
    rel = Path(*name.split("."))
    return (HELPERS.parent / rel).with_suffix(".py").exists() or (HELPERS.parent / rel / "__init__.py").exists()


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in sorted(HELPERS.rglob("*.py"))}


def rank(module: str) -> int:
    return RANKS[room(module)]


def upward(g: dict[str, set[str]]) -> list[str]:
    return [f"{a} imports {b}, which is above it" for a, deps in sorted(g.items()) for b in sorted(deps)
            if b != "helpers" and rank(b) > rank(a)]


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by depth-first search, each as the modules along it."""
    found, state, stack = [], {}, []

    def visit(m: str) -> None:
        state[m] = "open"
        stack.append(m)
        for d in sorted(g.get(m, ())):
            if d not in g:
                continue
            if state.get(d) == "open":
                found.append(stack[stack.index(d):] + [d])
            elif d not in state:
                visit(d)
        stack.pop()
        state[m] = "done"

    for m in sorted(g):
        if m not in state:
            visit(m)
    return found


def test_every_room_is_ranked():
    assert {room(m) for m in graph()} <= set(RANKS)


def test_imports_run_down_the_pipeline():
    g = graph()
    assert "helpers.read.article" in g["helpers.corpus"]  # the graph is really read
    assert upward(g) == []


def test_no_import_cycles():
    assert cycles(graph()) == []


def test_the_checks_catch_what_they_forbid():
    g = graph()
    g["helpers.read.text"] = g["helpers.read.text"] | {"helpers.read.article"}  # article imports text
    assert cycles(g) and "helpers.read.text" in cycles(g)[0]
    g["helpers.read.article"] = g["helpers.read.article"] | {"helpers.show.html"}
    assert upward(g) == ["helpers.read.article imports helpers.show.html, which is above it"]


@pytest.mark.parametrize("path", sorted(HELPERS.rglob("*.py")), ids=lambda p: str(p.relative_to(HELPERS)))
def test_no_module_is_too_long(path):
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_LINES, f"{path.relative_to(HELPERS.parent)} has {n} lines; split it by concern (at most {MAX_LINES})"


def test_each_room_says_what_comes_in_and_goes_out():
    for init in sorted(HELPERS.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "In:" in doc and "Out:" in doc, f"{init}: the docstring says what comes in and what goes out"


#: The extractors that find who says what, each importing only from those before it.
SPEAKER_PACKAGES = ["actors", "attribution", "quotes", "reactions"]


def test_the_speaker_extractors_import_one_way():
    g = graph()
    place = {f"helpers.extract.{p}": n for n, p in enumerate(SPEAKER_PACKAGES)}

    def package(module: str) -> str:
        return ".".join(module.split(".")[:3])

    late = [f"{a} imports {b}" for a, deps in sorted(g.items()) if package(a) in place for b in sorted(deps)
            if package(b) in place and place[package(b)] > place[package(a)]]
    assert "helpers.extract.quotes.entities" in g and "helpers.extract.reactions.records" in g  # the graph is read
    assert late == []


@pytest.mark.parametrize("name", SPEAKER_PACKAGES)
def test_each_speaker_package_says_what_comes_in_and_goes_out(name):
    doc = ast.get_docstring(ast.parse((HELPERS / "extract" / name / "__init__.py").read_text(encoding="utf-8"))) or ""
    assert "In:" in doc and "Out:" in doc
