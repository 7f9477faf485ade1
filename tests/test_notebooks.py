"""The committed notebooks, as stored: run top to bottom, nothing in them that changes from run
to run, and no code of their own (nbval checks the outputs against the code; these checks cover
what nbval does not)."""
from __future__ import annotations

import json
import re

import pytest

from helpers.paths import NOTEBOOKS
from helpers.reports import find_notebooks

NOTEBOOK_FILES = find_notebooks(NOTEBOOKS)
ADDRESS_RE = re.compile(r" at 0x[0-9a-fA-F]{6,}")


@pytest.fixture(params=NOTEBOOK_FILES, ids=[p.stem for p in NOTEBOOK_FILES])
def notebook(request) -> dict:
    return json.loads(request.param.read_text(encoding="utf-8"))


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def test_every_code_cell_ran_in_order(notebook):
    counts = [c["execution_count"] for c in code_cells(notebook)]
    assert counts == list(range(1, len(counts) + 1))


def test_no_execution_times_or_memory_addresses_are_stored(notebook):
    assert not any("execution" in c["metadata"] for c in notebook["cells"])
    assert not ADDRESS_RE.search(json.dumps([c.get("outputs", []) for c in code_cells(notebook)]))


def test_notebooks_define_no_functions_or_classes(notebook):
    for cell in code_cells(notebook):
        assert not re.search(r"^\s*(?:def|class)\s", "".join(cell["source"]), re.M)
