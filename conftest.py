"""Test-session settings: no on-disk cache and no progress bars, so every test (and every
notebook nbval runs, whose kernels inherit this environment) extracts afresh and stores no bar.
Tests of the cache pass ``cache=<folder>`` themselves."""
import os

os.environ.setdefault("NEWS_WORKBOOK_CACHE", "off")
os.environ.setdefault("NEWS_WORKBOOK_PROGRESS", "off")
