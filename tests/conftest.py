"""Fixtures several test modules share."""
from __future__ import annotations

import pytest

from helpers.extract.actors import load_gazetteer


@pytest.fixture(scope="session")
def gaz():
    """The gazetteer of ``data/`` (loaded once; ``load_gazetteer`` caches it)."""
    return load_gazetteer()
