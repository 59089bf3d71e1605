"""Persistence: where documents, entities and claims are kept between runs."""
from __future__ import annotations

import os

from stakegraph.store.sqlite import SQLiteStore, StoredDocument

__all__ = ["SQLiteStore", "StoredDocument", "open_store"]


def open_store(path: str | os.PathLike[str] = "stakegraph.db") -> SQLiteStore:
    """Open (creating and migrating if needed) the store at `path`."""
    return SQLiteStore(path)
