"""Across articles: which figures, quotes and actors several outlets carry, and how they differ.

Functions take the corpus tables (DataFrames) and return DataFrames; nothing here reads files.
"""
from __future__ import annotations
