"""The on-disk cache of extracted records: each article is extracted once, until it or the code changes.

An entry holds one article's records (every table) and the warnings raised while reading and
extracting it. It is keyed by the article's :meth:`~helpers.read.sources.Source.fingerprint`
(the file's bytes, its row and given metadata, its id) and lives in a folder named by
:func:`code_version`, a digest of the code and the data that make records (``helpers/`` less
``analyse/``, ``show/`` and the reports, plus every file of ``data/``). So an edited file, an
edited word list or an edited extractor means new entries, and nothing stale is ever read;
folders of older versions are removed when a new one is made (the last :data:`KEEP_VERSIONS`
stay). Entries are written atomically (a temporary file, then a rename), so concurrent loads
of one corpus are safe.

Where: :data:`helpers.paths.CACHE` (git-ignored), or the folder that ``NEWS_WORKBOOK_CACHE``
names; ``NEWS_WORKBOOK_CACHE=off`` turns the cache off. Clear it with ``make clean-cache`` or by
deleting the folder.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     cache = RecordCache(d)
...     cache.put("ab12", {"articles": [{"article_id": "a"}]}, [])
...     cache.get("ab12")[0]["articles"], cache.get("cd34")
([{'article_id': 'a'}], None)
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
import tempfile
from pathlib import Path

from .paths import CACHE, DATA, ROOT

#: The parts of ``helpers/`` whose code does not change records: their edits keep the cache.
NOT_EXTRACTION = ("analyse", "show", "reports.py", "distributed.py", "__main__.py", "cache.py")
#: How many code versions keep their entries (the newest by use).
KEEP_VERSIONS = 2
#: Values of ``NEWS_WORKBOOK_CACHE`` that turn the cache off.
OFF = ("0", "off", "false", "no", "none")


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of every source file that makes records and every file of ``data/``.

    >>> len(code_version())
    16
    """
    h = hashlib.sha256()
    helpers = ROOT / "helpers"
    files = [(f"helpers/{p.relative_to(helpers).as_posix()}", p) for p in helpers.rglob("*.py")
             if p.relative_to(helpers).parts[0] not in NOT_EXTRACTION]
    files += [(f"data/{p.relative_to(DATA).as_posix()}", p) for p in DATA.rglob("*") if p.is_file()]
    for name, path in sorted(files):
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def cache_folder(setting: "bool | str | os.PathLike | None" = None) -> Path | None:
    """The cache's root folder for a ``cache=`` argument: ``None`` follows ``NEWS_WORKBOOK_CACHE``
    (unset: :data:`helpers.paths.CACHE`), ``False`` is no cache, ``True`` the default folder, a
    path that folder.

    >>> cache_folder(False) is None, cache_folder("/tmp/x").as_posix()
    (True, '/tmp/x')
    """
    if setting is False:
        return None
    if setting is None or setting is True:
        env = os.environ.get("NEWS_WORKBOOK_CACHE", "").strip()
        if env.lower() in OFF:
            return None if setting is None else CACHE
        return Path(env).expanduser() if env else CACHE
    return Path(setting).expanduser()


class RecordCache:
    """Entries of one code version under ``root/<code_version>/``, one file per article.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     RecordCache(d).folder.parent == Path(d)
    True
    """

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.folder = self.root / code_version()

    def path(self, fingerprint: str) -> Path:
        """Where the entry of ``fingerprint`` lives: ``<version>/<first two characters>/<fingerprint>.pickle``."""
        return self.folder / fingerprint[:2] / f"{fingerprint}.pickle"

    def get(self, fingerprint: str) -> tuple[dict[str, list[dict]], list] | None:
        """``(records by table, warnings)`` of the article, or None when it is not cached (or unreadable)."""
        try:
            with open(self.path(fingerprint), "rb") as f:
                records, caught = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, AttributeError, ImportError):
            return None
        return records, caught

    def put(self, fingerprint: str, records: dict[str, list[dict]], caught: list) -> None:
        """Store one article's entry; a cache that cannot be written is skipped silently (it is only a cache)."""
        target = self.path(fingerprint)
        try:
            if not self.folder.exists():
                self._make_folder()
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump((records, caught), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except OSError:
            pass

    def _make_folder(self) -> None:
        """Create this version's folder and remove older versions beyond :data:`KEEP_VERSIONS`."""
        self.folder.mkdir(parents=True, exist_ok=True)
        versions = sorted((p for p in self.root.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in versions[KEEP_VERSIONS:]:
            if old != self.folder:
                shutil.rmtree(old, ignore_errors=True)


def clear(root: str | os.PathLike | None = None) -> None:
    """Delete every entry of the cache (the default folder, or ``root``).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     RecordCache(d).put("ab12", {}, [])
    ...     clear(d)
    ...     list(Path(d).iterdir())
    []
    """
    root = Path(root) if root is not None else CACHE
    if root.is_dir():
        for child in root.iterdir():
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
