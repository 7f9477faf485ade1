"""The small modules of ``extract.figures`` and ``extract.dates`` import one way, in the order their
package docstring lists them (bottom to top), so a new rule goes into the module of its concern
without tying the modules into a knot. Read from the sources with ``ast``; nothing is imported.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parent.parent / "helpers" / "extract"


def listed_order(package: Path) -> list[str]:
    """The module names the package docstring lists after "The modules, bottom to top", in order."""
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))) or ""
    listing = doc[doc.index("The modules, bottom to top"):].split(">>>")[0]
    return re.findall(r"``(\w+)``", listing)


def sibling_imports(path: Path) -> set[str]:
    """The sibling modules ``path`` imports (``from .x import ...``), anywhere in the file."""
    return {node.module.split(".")[0] for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


@pytest.mark.parametrize("name", ["figures", "dates"])
def test_the_package_docstring_lists_every_module(name):
    package = EXTRACT / name
    assert sorted(listed_order(package)) == sorted(p.stem for p in package.glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("name", ["figures", "dates"])
def test_each_module_imports_only_those_listed_before_it(name):
    package = EXTRACT / name
    order = listed_order(package)
    wrong = [f"{module} imports {dep}" for k, module in enumerate(order)
             for dep in sorted(sibling_imports(package / f"{module}.py")) if dep not in order[:k]]
    assert wrong == []


def test_the_check_sees_imports():
    assert {"grammar", "vocabulary"} <= sibling_imports(EXTRACT / "figures" / "numerals.py")
    assert "sentence" in sibling_imports(EXTRACT / "figures" / "claimants.py")  # under TYPE_CHECKING too
